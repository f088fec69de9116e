import type { BootingSnapshot, SessionHealth } from '@synerise-auth/core';

/** What the server renders and hydration starts from (stable identity). */
export const BOOTING_SNAPSHOT: BootingSnapshot = Object.freeze({ status: 'booting' } as const);

export const BOOTING_HEALTH: SessionHealth = Object.freeze({
  status: 'booting',
  online: true,
  isLeader: false,
  refreshing: false,
}) as SessionHealth;
