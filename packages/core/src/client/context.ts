import type { AuthApi, AuthSettings } from '../api/contract';
import type { PinTracker } from '../flows/pinTracker';
import type { Clock } from '../ports';
import type { SessionEngine } from '../session/engine';
import type { Identity } from '../session/identity';
import { tokenRecord, type SessionProfile } from '../session/record';

/** What the flow modules share. */
export interface FlowContext {
  api: AuthApi;
  engine: SessionEngine;
  identity: Identity;
  clock: Clock;
  pins: PinTracker;
  getSettings(): Promise<AuthSettings>;
}

/** The object without its undefined-valued keys. */
export const compact = <T extends object>(value: T): T =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;

/** Stores a customer token from any sign-in path: same uuid as the anonymous profile. */
export function commitSignIn(ctx: FlowContext, token: string, options: { profile?: SessionProfile; expirationSeconds?: number } = {}): void {
  const { uuid } = ctx.identity.get();
  ctx.engine.commit(
    tokenRecord({
      token,
      uuid,
      now: ctx.clock.now(),
      cause: 'signIn',
      realm: 'client',
      ...(options.profile ? { profile: options.profile } : {}),
      ...(options.expirationSeconds !== undefined ? { expirationSeconds: options.expirationSeconds } : {}),
    }),
  );
}

/** Settings fetched once and shared; a failure clears the cache so the next call retries. */
export function createSettingsCache(api: AuthApi): () => Promise<AuthSettings> {
  let pending: Promise<AuthSettings> | null = null;
  return () => {
    pending ??= api.getSettings().catch((error: unknown) => {
      pending = null;
      throw error;
    });
    return pending;
  };
}
