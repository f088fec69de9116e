import { act, render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createManualClock, createSimulatedTabs, type SimulatedTab } from '@synerise-auth/core/testing';
import { createSyneriseEmulator } from '@synerise-auth/emulator';
import { SyneriseAuthProvider } from '@synerise-auth/react';
import { I18nProvider } from '../../i18n';
import { AuthFlow } from './AuthFlow';
import { GOOD_PASSWORD, SLOW, customer, screen, waitFor } from '../testing/harness';

function setup() {
  const clock = createManualClock(Date.UTC(2026, 2, 1, 8));
  const emulator = createSyneriseEmulator({ clock, profiles: [customer()] });
  const sim = createSimulatedTabs({ emulator, count: 2, clock });
  const mount = (tab: SimulatedTab, container?: HTMLElement) =>
    render(
      <SyneriseAuthProvider client={tab.client} clock={tab.clock}>
        <I18nProvider>
          <AuthFlow />
        </I18nProvider>
      </SyneriseAuthProvider>,
      container ? { container } : {},
    );
  const settle = () => act(() => clock.flush());
  return { sim, mount, settle };
}

const view = (container: HTMLElement) => container.querySelector('[data-slot="auth-flow"]')?.getAttribute('data-view');

describe('AuthFlow follows the session', SLOW, () => {
  it('moves to signed-in after a sign-in in another tab, and back to the sign-in form after a sign-out there', async () => {
    const { sim, mount, settle } = setup();
    await sim.startAll();
    const { container } = mount(sim.tabs[0]!);
    await settle();
    expect(view(container)).toBe('signIn');
    await act(() => sim.tabs[1]!.client.signIn({ email: 'ann@example.com', password: GOOD_PASSWORD }));
    await settle();
    await waitFor(() => expect(view(container)).toBe('signedIn'));
    expect(screen.queryByRole('form')).toBeNull();
    await act(() => sim.tabs[1]!.client.signOut());
    await settle();
    await waitFor(() => expect(view(container)).toBe('signIn'));
    expect(screen.getByRole('form', { name: 'Sign in' })).toBeTruthy();
    sim.destroy();
  });

  it('a signed-in customer never sees a sign-in form: booting first, then signed in', async () => {
    const { sim, mount, settle } = setup();
    await sim.startAll();
    await sim.tabs[0]!.client.signIn({ email: 'ann@example.com', password: GOOD_PASSWORD });
    const host = document.body.appendChild(document.createElement('div'));
    const views: string[] = [];
    let formSeen = false;
    const record = (mutations: MutationRecord[]) => {
      for (const m of mutations) {
        if (m.type === 'attributes' && m.attributeName === 'data-view' && m.oldValue) views.push(m.oldValue);
        for (const node of Array.from(m.addedNodes)) {
          if (node instanceof Element && (node.matches('form, [data-view="signIn"]') || node.querySelector('form, [data-view="signIn"]'))) formSeen = true;
        }
      }
    };
    const observer = new MutationObserver(record);
    observer.observe(host, { subtree: true, childList: true, attributes: true, attributeOldValue: true, attributeFilter: ['data-view'] });
    const { container } = mount(sim.tabs[0]!, host);
    await settle();
    record(observer.takeRecords());
    observer.disconnect();
    expect(views[0]).toBe('booting');
    expect(formSeen).toBe(false);
    await waitFor(() => expect(view(container)).toBe('signedIn'));
    expect(container.querySelector('form')).toBeNull();
    sim.destroy();
  });
});
