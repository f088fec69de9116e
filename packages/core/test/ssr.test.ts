import { describe, expect, it, vi } from 'vitest';

// Importing core in a plain node process must not touch any browser global: defaults are
// looked up only when a client is created.
const BROWSER_GLOBALS = ['window', 'document', 'localStorage', 'sessionStorage', 'navigator', 'location', 'BroadcastChannel', 'indexedDB', 'fetch'];

describe('SSR safety', () => {
  it('importing src/index.ts reads no browser global', async () => {
    const touched: string[] = [];
    const saved = BROWSER_GLOBALS.map((name) => [name, Object.getOwnPropertyDescriptor(globalThis, name)] as const);
    for (const name of BROWSER_GLOBALS) {
      Object.defineProperty(globalThis, name, {
        configurable: true,
        get: () => {
          touched.push(name);
          return undefined;
        },
      });
    }
    try {
      vi.resetModules();
      const core = await import('../src/index');
      expect(typeof core.createAuthClient).toBe('function');
    } finally {
      for (const [name, descriptor] of saved) {
        if (descriptor) Object.defineProperty(globalThis, name, descriptor);
        else delete (globalThis as Record<string, unknown>)[name];
      }
    }
    expect(touched).toEqual([]);
  });

  it('a client created on the server falls back to memory/static ports and a booting server snapshot', async () => {
    const { createAuthClient } = await import('../src/index');
    const client = createAuthClient({ apiKey: 'k', fetch: async () => new Response(null, { status: 503 }), channel: null });
    expect(client.getServerSnapshot()).toEqual({ status: 'booting' });
    expect(client.getSnapshot().status).toBe('booting');
    expect(client.getHealth()).toMatchObject({ online: true, isLeader: false, refreshing: false });
    client.destroy();
  });
});
