import { act } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AllHooks } from '../test/AllHooks';
import { createWorld } from '../test/harness';
import { SyneriseAuthProvider } from './index';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('hydration', () => {
  it('hydrates the server HTML without mismatch warnings, then boots', async () => {
    const world = createWorld();
    const props = world.tabProps();
    const tree = (
      <SyneriseAuthProvider {...props}>
        <AllHooks />
      </SyneriseAuthProvider>
    );
    const html = renderToString(tree);
    expect(html).toContain('data-status="booting"');
    expect(world.emulator.requestLog.count()).toBe(0);

    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.appendChild(container);
    const error = vi.spyOn(console, 'error');
    const warn = vi.spyOn(console, 'warn');
    const recoverable: unknown[] = [];
    let root!: ReturnType<typeof hydrateRoot>;
    await act(async () => {
      root = hydrateRoot(container, tree, { onRecoverableError: (e) => recoverable.push(e) });
    });
    await world.settle();

    expect(error).not.toHaveBeenCalled();
    expect(warn).not.toHaveBeenCalled();
    expect(recoverable).toEqual([]);
    expect(container.querySelector('section')?.dataset.status).toBe('anonymous');
    expect(container.textContent).toContain('settings: AUTOMATIC');
    expect(container.textContent).toContain('account: none');
    act(() => root.unmount());
    container.remove();
  });
});
