import { act, render } from '@testing-library/react';
import { StrictMode, useEffect } from 'react';
import { describe, expect, it } from 'vitest';
import { createAuthClient } from '@synerise-auth/core';
import { ANN, createWorld, PASSWORD } from '../test/harness';
import { SyneriseAuthProvider, useAuthClient, useSession } from './index';

const ANON = '/sauth/v3/auth/login/client/anonymous';

function Status() {
  return <output>{useSession((s) => s.status)}</output>;
}

describe('<SyneriseAuthProvider>', () => {
  it('creates the client after mount, boots it with one anonymous login', async () => {
    const world = createWorld();
    const view = render(<SyneriseAuthProviderWrapper world={world} />);
    expect(view.container.textContent).toBe('booting');
    await world.settle();
    expect(view.container.textContent).toBe('anonymous');
    expect(world.requests(ANON)).toBe(1);
  });

  it('boots once under StrictMode (no double bootstrap)', async () => {
    const world = createWorld();
    const view = render(
      <StrictMode>
        <SyneriseAuthProvider {...world.tabProps()}>
          <Status />
        </SyneriseAuthProvider>
      </StrictMode>,
    );
    await world.settle();
    expect(view.container.textContent).toBe('anonymous');
    expect(world.requests(ANON)).toBe(1);
  });

  it('useAuthClient() is one non-null client from the first render on (also under StrictMode); early calls wait for it', async () => {
    const world = createWorld();
    const seen: unknown[] = [];
    let early: Promise<string> | undefined;
    function Probe() {
      const client = useAuthClient();
      seen.push(client);
      // A child's effect runs before the provider's mount effect created the real client.
      useEffect(() => {
        early ??= client.getToken();
      }, [client]);
      return <output>{client.getSnapshot().status}</output>;
    }
    const view = render(
      <StrictMode>
        <SyneriseAuthProvider {...world.tabProps()}>
          <Probe />
        </SyneriseAuthProvider>
      </StrictMode>,
    );
    expect(seen[0]).not.toBeNull();
    expect(seen[0]).toBeDefined();
    expect(view.container.textContent).toBe('booting');
    await world.settle();
    expect(new Set(seen).size).toBe(1);
    await expect(early).resolves.toMatch(/^\S+$/); // a token (opaque in the opaque-token run)
    expect(world.requests(ANON)).toBe(1);
  });

  it('a reload with a stored valid token makes no request', async () => {
    const world = createWorld();
    const first = await world.renderTab(<Status />);
    first.unmount();
    const second = await world.renderTab(<Status />);
    expect(second.container.textContent).toBe('anonymous');
    expect(world.requests(ANON)).toBe(1);
  });

  it('uses a given client without destroying it on unmount', async () => {
    const world = createWorld();
    const props = world.tabProps();
    const client = createAuthClient({ ...props.clientOptions, apiKey: 'emulator-api-key', baseUrl: world.emulator.baseUrl, fetch: props.fetch!, clock: props.clock!, storage: props.storage! });
    let seen: unknown;
    function Probe() {
      seen = useAuthClient();
      return <Status />;
    }
    const view = render(
      <SyneriseAuthProvider client={client} clock={props.clock}>
        <Probe />
      </SyneriseAuthProvider>,
    );
    expect(seen).toBe(client);
    await world.settle();
    expect(view.container.textContent).toBe('anonymous');
    view.unmount();
    // still alive: it can sign in after the provider is gone
    await act(() => client.signIn({ email: ANN, password: PASSWORD }));
    expect(client.getSnapshot().status).toBe('authenticated');
    client.destroy();
  });

  it('destroys the client it created on unmount (no more refreshes)', async () => {
    const world = createWorld();
    const view = await world.renderTab(<Status />);
    view.unmount();
    const before = world.emulator.requestLog.count();
    await world.advance(3 * 3600_000);
    expect(world.emulator.requestLog.count()).toBe(before);
  });

  it('hooks outside a provider fail with a clear message', () => {
    const spy = console.error;
    console.error = () => undefined;
    try {
      expect(() => render(<Status />)).toThrow(/inside <SyneriseAuthProvider>/);
    } finally {
      console.error = spy;
    }
  });
});

function SyneriseAuthProviderWrapper({ world }: { world: ReturnType<typeof createWorld> }) {
  return (
    <SyneriseAuthProvider {...world.tabProps()}>
      <Status />
    </SyneriseAuthProvider>
  );
}
