// Runtime scenarios run against the emulator with a simulated clock (issue 10). This file
// imports the kit's TypeScript sources, so runtime.mjs bundles it for Node before running
// it; it is not imported directly.
import { createManualClock, createSimulatedTabs } from '@synerise-auth/core/testing';
import { createSyneriseEmulator } from '@synerise-auth/emulator';

const START = Date.UTC(2026, 0, 5, 8);
const MINUTE = 60_000;
const EMAIL = 'bench@example.com';
// A throwaway credential of the in-memory emulator; never printed.
const PASSWORD = 'Bench-Secret-123';

/**
 * @param {number} count  tabs of one simulated browser
 */
function setup(count) {
  const clock = createManualClock(START);
  const emulator = createSyneriseEmulator({ clock, tokenTtlSeconds: 3600, profiles: [{ email: EMAIL, password: PASSWORD }] });
  const sim = createSimulatedTabs({ emulator, count, clock });
  return { clock, emulator, sim };
}

/**
 * Auth requests of a first visit (no stored session) and of a reload with a valid token.
 * @returns {Promise<{ firstVisit: number, reload: number }>}
 */
export async function visitAndReload() {
  const { clock, emulator, sim } = setup(1);
  const [tab] = sim.tabs;
  if (!tab) throw new Error('no tab');
  await tab.client.start();
  await clock.flush();
  const firstVisit = emulator.requestLog.count();
  await tab.client.signIn({ email: EMAIL, password: PASSWORD });
  await clock.flush();
  emulator.requestLog.clear();
  sim.close(tab);
  const reloaded = sim.open();
  await reloaded.client.start();
  await clock.flush();
  const reload = emulator.requestLog.count();
  sim.destroy();
  return { firstVisit, reload };
}

/**
 * Token refreshes of a signed-in customer over 24 simulated hours, minute by minute.
 * @param {number} count  open tabs
 * @returns {Promise<{ refreshes: number, expiredTokenRequests: number, requests: number }>}
 */
export async function refreshesOverADay(count) {
  const { clock, emulator, sim } = setup(count);
  await sim.startAll();
  await sim.tabs[0]?.client.signIn({ email: EMAIL, password: PASSWORD });
  await clock.flush();
  emulator.requestLog.clear();
  for (let minute = 0; minute < 24 * 60; minute += 1) await clock.advance(MINUTE);
  const entries = emulator.requestLog.entries();
  sim.destroy();
  return {
    refreshes: entries.filter((entry) => /refresh/.test(entry.path)).length,
    expiredTokenRequests: entries.filter((entry) => entry.tokenExpired).length,
    requests: entries.length,
  };
}

/**
 * jsdom globals, React and the kit's provider (React, react-dom and jsdom are loaded from
 * the workspace root, not bundled, so the renderer and the hooks share one React).
 */
async function renderHarness() {
  const { JSDOM } = await import('jsdom');
  const dom = new JSDOM('<!doctype html><div id="root"></div>');
  const globals = /** @type {Record<string, unknown>} */ (/** @type {unknown} */ (globalThis));
  globals.window = dom.window;
  globals.document = dom.window.document;
  if (!('navigator' in globalThis)) globals.navigator = dom.window.navigator;
  globals.IS_REACT_ACT_ENVIRONMENT = true;
  const React = await import('react');
  const { createRoot } = await import('react-dom/client');
  const { SyneriseAuthProvider, useSession } = await import('@synerise-auth/react');
  const renders = { statusOnly: 0, wholeSnapshot: 0 };
  const StatusOnly = () => {
    renders.statusOnly += 1;
    return React.createElement('span', null, useSession((snapshot) => snapshot.status));
  };
  const WholeSnapshot = () => {
    renders.wholeSnapshot += 1;
    return React.createElement('span', null, useSession().status);
  };
  const container = dom.window.document.getElementById('root');
  if (!container) throw new Error('no container');
  const root = createRoot(container);
  /**
   * @param {import('@synerise-auth/core').AuthClient} client
   * @param {import('react').ReactNode[]} children
   */
  const render = (client, ...children) =>
    React.act(async () => {
      root.render(React.createElement(SyneriseAuthProvider, { client }, React.createElement(StatusOnly), React.createElement(WholeSnapshot), ...children));
    });
  const unmount = () => React.act(async () => root.unmount());
  return { dom, React, renders, render, unmount };
}

/**
 * Re-renders of a component that reads only `status` (`useSession(s => s.status)`) per token
 * refresh, over 24 simulated hours, next to a component that reads the whole snapshot.
 * @returns {Promise<{ statusOnly: number, wholeSnapshot: number, refreshes: number }>}
 */
export async function rendersPerRefresh() {
  const { React, renders, render, unmount } = await renderHarness();
  const { clock, emulator, sim } = setup(1);
  const client = sim.tabs[0]?.client;
  if (!client) throw new Error('no tab');
  await client.start();
  await client.signIn({ email: EMAIL, password: PASSWORD });
  await clock.flush();
  await render(client);
  const before = { ...renders };
  emulator.requestLog.clear();
  for (let minute = 0; minute < 24 * 60; minute += 1) {
    await React.act(async () => {
      await clock.advance(MINUTE);
    });
  }
  const refreshes = emulator.requestLog.entries().filter((entry) => /refresh/.test(entry.path)).length;
  await unmount();
  sim.destroy();
  return { statusOnly: renders.statusOnly - before.statusOnly, wholeSnapshot: renders.wholeSnapshot - before.wholeSnapshot, refreshes };
}

/**
 * Re-renders of the status-only component while a customer types an e-mail into
 * `SignInForm` (user-event, one keystroke per character), and commits of the form itself.
 * @returns {Promise<{ statusOnly: number, formCommits: number, keystrokes: number }>}
 */
export async function rendersPerKeystroke() {
  const ui = /** @type {Record<string, unknown>} */ (await import('@synerise-auth/ui'));
  const SignInForm = /** @type {import('react').ComponentType<object> | undefined} */ (ui.SignInForm);
  if (typeof SignInForm !== 'function') throw new Error('@synerise-auth/ui does not export SignInForm yet');
  const { dom, React, renders, render, unmount } = await renderHarness();
  const { default: userEvent } = await import('@testing-library/user-event');
  const { clock, sim } = setup(1);
  const client = sim.tabs[0]?.client;
  if (!client) throw new Error('no tab');
  await client.start();
  await clock.flush();
  let formCommits = 0;
  const onRender = () => {
    formCommits += 1;
  };
  await render(client, React.createElement(React.Profiler, { id: 'form', onRender }, React.createElement(SignInForm)));
  const input = dom.window.document.querySelector('input[type="email"], input[name="email"], input');
  if (!input) throw new Error('SignInForm rendered no input');
  const before = { statusOnly: renders.statusOnly, formCommits };
  const user = userEvent.setup({ document: dom.window.document, delay: null });
  const text = 'customer@example.com';
  await React.act(async () => {
    await user.type(input, text);
  });
  await unmount();
  sim.destroy();
  return { statusOnly: renders.statusOnly - before.statusOnly, formCommits: formCommits - before.formCommits, keystrokes: text.length };
}
