import { describe, expect, it } from 'vitest';
import { HOOKS_ONLY, dropInEntry, headlessEntry, namedEntry } from './kit.mjs';

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

describe('dropInEntry / HOOKS_ONLY', () => {
  it('imports what the quick start imports: provider, AuthFlow, AccountMenu, ThemeRoot and styles.css', () => {
    expect(dropInEntry()).toBe(
      "import '@synerise-auth/ui/styles.css';\nexport { SyneriseAuthProvider } from '@synerise-auth/react';\nexport { AccountMenu, AuthFlow, ThemeRoot } from '@synerise-auth/ui';\n",
    );
    expect(HOOKS_ONLY).toEqual(['SyneriseAuthProvider', 'useSession', 'useSignIn', 'useSignOut']);
  });
});
