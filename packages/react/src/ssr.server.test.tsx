// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AllHooks } from '../test/AllHooks';
import { SyneriseAuthProvider } from './index';

const BROWSER_GLOBALS = ['window', 'document', 'localStorage', 'sessionStorage', 'navigator', 'location', 'BroadcastChannel'] as const;
const restores: Array<() => void> = [];

/** Any read of a browser global from here on is recorded (and would be a bug on the server). */
function trapBrowserGlobals(): string[] {
  const touched: string[] = [];
  for (const name of BROWSER_GLOBALS) {
    const previous = Object.getOwnPropertyDescriptor(globalThis, name);
    Object.defineProperty(globalThis, name, {
      configurable: true,
      get() {
        touched.push(name);
        return previous && 'value' in previous ? previous.value : previous?.get?.call(globalThis);
      },
    });
    restores.push(() => {
      if (previous) Object.defineProperty(globalThis, name, previous);
      else delete (globalThis as Record<string, unknown>)[name];
    });
  }
  return touched;
}

afterEach(() => {
  while (restores.length) restores.pop()!();
});

describe('server rendering (node, no DOM)', () => {
  it('renders every hook in the booting state without touching a browser global or the network', () => {
    const requests: string[] = [];
    const touched = trapBrowserGlobals();
    const html = renderToString(
      <SyneriseAuthProvider
        apiKey="emulator-api-key"
        fetch={async (request) => {
          requests.push(request.url);
          return new Response('{}');
        }}
      >
        <AllHooks />
      </SyneriseAuthProvider>,
    );
    expect(touched).toEqual([]);
    expect(requests).toEqual([]);
    expect(html).toContain('data-status="booting"');
    expect(html).toContain('status: <!-- -->booting');
    expect(html).toContain('account: <!-- -->loading');
    expect(html).toContain('settings: <!-- -->AUTOMATIC'); // configuration: known while rendering on the server
    expect(html).toContain('minLength="6"');
  });

  it('importing the package in node touches no browser global', async () => {
    vi.resetModules(); // evaluate this package and core again, under the trap
    const touched = trapBrowserGlobals();
    const mod = await import('./index');
    expect(typeof mod.SyneriseAuthProvider).toBe('function');
    expect(typeof mod.useSession).toBe('function');
    expect(touched).toEqual([]);
    void (globalThis as { localStorage?: unknown }).localStorage; // the trap itself works
    expect(touched).toEqual(['localStorage']);
  });
});
