import type { SeedProfile } from '@synerise-auth/emulator';

/** Seed data for the demo workspace (documented in apps/demo/README.md). */
export const DEMO_PROFILES: SeedProfile[] = [
  { email: 'demo@example.com', password: 'Demo123!', firstName: 'Ada', lastName: 'Nowak' },
  { email: 'terms@example.com', password: 'Demo123!', firstName: 'Terry', agreements: {} },
  { email: 'mfa@example.com', password: 'Demo123!', mfaRequired: true },
  { email: 'approval@example.com', password: 'Demo123!', approvalRequired: true },
  { email: 'inactive@example.com', password: 'Demo123!', activated: false },
];
