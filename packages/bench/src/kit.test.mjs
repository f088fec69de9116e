import { describe, expect, it } from 'vitest';
import { headlessEntry, namedEntry } from './kit.mjs';

describe('headlessEntry', () => {
  it('is the whole hooks package plus core minus the testing fakes', () => {
    const entry = headlessEntry(['createAuthClient', 'createManualClock', 'AuthError'], ['createManualClock', 'createSimulatedTabs']);
    expect(entry).toBe("export * from '@synerise-auth/react';\nexport { AuthError, createAuthClient } from '@synerise-auth/core';\n");
  });

  it('namedEntry is null without names', () => {
    expect(namedEntry('@synerise-auth/core', [])).toBeNull();
    expect(headlessEntry(['x'], ['x'])).toBe("export * from '@synerise-auth/react';\n");
  });
});
