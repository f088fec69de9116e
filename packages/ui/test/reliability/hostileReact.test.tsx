import { Component, type ReactNode } from 'react';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Fetch } from '@synerise-auth/core';
import { RegisterForm, SignInForm } from '../../src/index';
import { act, render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GOOD_PASSWORD, SLOW, createHarness, customer, screen, type HarnessOptions } from '../../src/components/testing/harness';
import { hostileReply, MARK, toResponse, type HostileKind } from '../../../core/test/reliability/hostileArbitraries';
import { report, runCount } from '../../../core/test/reliability/report';

// Hostile replies through the whole React stack (provider → hooks → components) inside an
// error boundary: the boundary never catches, the form shows a translated message, and no
// server text reaches the DOM.

const caught: unknown[] = [];
class Boundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override componentDidCatch(error: unknown) {
    caught.push(error);
  }
  override render() {
    return this.state.failed ? <p>boundary</p> : this.props.children;
  }
}

const KINDS: HostileKind[] = ['wrongShape', 'missingFields', 'html', 'truncated', 'protoKeys', 'errorBody200', 'redirect', 'noContent', 'rateLimited', 'serverError', 'huge', 'hugeShape', 'clientError'];
const env = (globalThis as { process?: { env: Record<string, string | undefined> } }).process?.env ?? {};
const samples = fc.sample(hostileReply(KINDS), { numRuns: Math.max(8, runCount(0.1)), seed: Number(env['RELIABILITY_SEED']) || 4242 });

/** Serves `reply` on `path`; `served` resolves once it has been handed out (an event, not a delay). */
function serve(path: RegExp, reply: (typeof samples)[number]) {
  let markServed = () => undefined as void;
  const served = new Promise<void>((resolve) => (markServed = resolve));
  const transformFetch = (fetch: Fetch): Fetch => async (request) => {
    if (!path.test(new URL(request.url).pathname)) return fetch(request);
    markServed();
    return toResponse(reply);
  };
  return { transformFetch, served };
}

/** Renders with the real stack and waits, deterministically, for the session's bootstrap to end. */
async function mount(ui: ReactNode, options: HarnessOptions) {
  const harness = createHarness(options);
  const view = render(harness.wrap(ui));
  await act(() => harness.client.start().catch(() => undefined));
  await harness.settle();
  return { ...view, harness, user: userEvent.setup() };
}

describe('hostile replies never throw into React', SLOW, () => {
  it(`sign-in: ${samples.length} generated replies to the conditional login`, async () => {
    for (const reply of samples) {
      const hostile = serve(/login\/client\/conditional$/, reply);
      const { user, container, unmount, harness } = await mount(<Boundary><SignInForm /></Boundary>, {
        profiles: [customer()], transformFetch: hostile.transformFetch,
      });
      await user.click(screen.getByLabelText('E-mail'));
      await user.paste('ann@example.com');
      await user.click(screen.getByLabelText('Password'));
      await user.paste(GOOD_PASSWORD);
      await user.click(container.querySelector('button[type="submit"]')!);
      // Deterministic: the hostile reply was handed out, then every request and update settled.
      await hostile.served;
      await harness.settle();
      // Ends with something shown: the form's alert/notice state, or a message on a field (a 4xx with field errors).
      const where = `${reply.kind} ${reply.status}`;
      const state = container.querySelector('[data-slot="sign-in-form"]')?.getAttribute('data-state');
      const fieldMessage = container.querySelector('[aria-invalid="true"]') !== null;
      expect(`${where}: ${state}${fieldMessage ? ' +field' : ''}`).toMatch(/: (error|unknown|success|\w+Required|unauthorized)|\+field/);
      expect(caught).toEqual([]);
      expect(container.innerHTML).not.toContain(MARK);
      unmount();
    }
  }, 600_000);

  it('anonymous login and settings: the provider boots and the registration form renders', async () => {
    for (const reply of samples.slice(0, 8)) {
      const { container, unmount } = await mount(<Boundary><RegisterForm /></Boundary>, {
        transformFetch: serve(/(anonymous|settings\/synerise-auth)$/, reply).transformFetch,
      });
      expect(container.querySelector('form')).not.toBeNull();
      expect(caught).toEqual([]);
      expect(container.innerHTML).not.toContain(MARK);
      unmount();
    }
    report({ property: 'hostile-replies/react', runs: samples.length + 8, steps: samples.length + 8, simulatedHours: 0, faults: samples.length + 8, failures: 0 });
  }, 600_000);
});
