import type { ReactElement, ReactNode } from 'react';
import { expect } from 'vitest';
import { act, configure, render, screen, waitFor, type RenderResult } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createAuthClient } from '@synerise-auth/core';
import { createFakeEnvironment, createManualClock, createMemoryStorageHub, createMemoryTabLock, createSeededRandom } from '@synerise-auth/core/testing';
import type { AuthClient, Fetch } from '@synerise-auth/core';
import { createSyneriseEmulator } from '@synerise-auth/emulator';
import type { SeedProfile, SyneriseEmulator, WorkspaceSettings } from '@synerise-auth/emulator';
import { SyneriseAuthProvider } from '@synerise-auth/react';
import { I18nProvider } from '../../i18n';
import type { Locale } from '../../i18n';
import { en } from '../../locales/en';
import { pl } from '../../locales/pl';

// Test harness: the real stack (core client → injected fetch → in-memory emulator) with
// core's fakes (manual clock, memory storage, memory lock), wrapped in the providers.

// The machine is shared and the emulator signs real RS256 tokens: allow slow replies.
configure({ asyncUtilTimeout: 5000 });

/** Per-test timeout for suites on the emulator. */
export const SLOW = { timeout: 90_000 };

export const API_KEY = 'emulator-api-key';
/** A password that passes the default (SDK) policy. */
export const GOOD_PASSWORD = 'Secret#123';

export interface HarnessOptions {
  settings?: Partial<WorkspaceSettings>;
  profiles?: SeedProfile[];
  locale?: Locale;
  startMs?: number;
  /** Wraps the emulator's fetch (e.g. to rewrite a request or a reply for one test). */
  transformFetch?: (fetch: Fetch) => Fetch;
  /** Reuse a harness built beforehand (e.g. to mint identity tokens from its emulator). */
  harness?: Harness;
}

export interface Harness {
  emulator: SyneriseEmulator;
  client: AuthClient;
  clock: ReturnType<typeof createManualClock>;
  wrap(ui: ReactNode): ReactElement;
  /** Like a page reload: a new client on the same storage (and the same emulator). */
  reload(): void;
  /**
   * Lets every started request and what follows it finish, inside act(): waits for each request
   * in flight (however slow the machine), then for idle event-loop turns (the manual clock's
   * flush), until nothing is in flight. No simulated time passes; no real-time limit decides.
   */
  settle(): Promise<void>;
  /** Tracks a fetch of a client built by hand, so `settle()` waits for its requests too. */
  track(fetch: Fetch): Fetch;
}

export function createHarness(options: HarnessOptions = {}): Harness {
  const clock = createManualClock(options.startMs);
  // The emulator defaults to the documented ON_CONFLICT_WITH_EXTERNAL_ACCOUNT; these suites expect a PIN for everyone.
  const emulator = createSyneriseEmulator({ clock, settings: { pinConfirmationType: 'EVERYONE', ...options.settings }, profiles: options.profiles });
  const hub = createMemoryStorageHub();
  // Every request is tracked by the clock: `settle()` waits for each one started, however long
  // it takes in real time, except a reply that declared itself parked (clock.park).
  const track = (inner: Fetch): Fetch => clock.trackFetch(inner);
  const fetch = track((options.transformFetch ?? ((f: Fetch) => f))((request) => emulator.fetch(request)));
  const makeClient = () =>
    createAuthClient({
      apiKey: API_KEY,
      baseUrl: emulator.baseUrl,
      fetch,
      clock,
      storage: hub.createStorage(),
      random: createSeededRandom(7),
      channel: null,
      lock: createMemoryTabLock(),
      environment: createFakeEnvironment(),
      identityMirror: null,
      // The workspace settings reach the client as configuration (never from a settings endpoint).
      settings: emulator.settings,
    });
  const harness: Harness = {
    emulator,
    client: makeClient(),
    clock,
    wrap: (ui) => (
      <SyneriseAuthProvider client={harness.client} clock={clock}>
        <I18nProvider catalogue={options.locale === 'pl' ? pl : en}>{ui}</I18nProvider>
      </SyneriseAuthProvider>
    ),
    reload() {
      harness.client.destroy();
      harness.client = makeClient();
    },
    track,
    async settle() {
      do {
        await act(async () => {
          await clock.flush();
        });
      } while (clock.pendingRequests() > 0);
    },
  };
  return harness;
}

export interface Rendered extends RenderResult {
  harness: Harness;
  user: ReturnType<typeof userEvent.setup>;
}

/** Renders `ui` on a fresh emulator and waits until the anonymous session is up. */
export async function renderWithAuth(ui: ReactNode, options: HarnessOptions = {}): Promise<Rendered> {
  const harness = options.harness ?? createHarness(options);
  const user = userEvent.setup();
  const result = render(harness.wrap(ui));
  // Deterministic: the bootstrap's own promise, then every request and update settled.
  await act(() => harness.client.start().catch(() => undefined));
  await harness.settle();
  expect(harness.client.getSnapshot().status).not.toBe('booting');
  return { ...result, harness, user };
}

/** A seeded, activated customer. */
export function customer(overrides: Partial<SeedProfile> = {}): SeedProfile {
  return { email: 'ann@example.com', password: GOOD_PASSWORD, firstName: 'Ann', lastName: 'Smith', ...overrides };
}

export { screen, waitFor };

/** A fetch wrapper that rewrites JSON request bodies on `path` (tests of server outcomes the kit itself would avoid). */
export function rewriteRequestBody(path: string, edit: (body: Record<string, unknown>) => void) {
  return (fetch: Fetch): Fetch =>
    async (request) => {
      if (!new URL(request.url).pathname.endsWith(path)) return fetch(request);
      const body = (await request.clone().json()) as Record<string, unknown>;
      edit(body);
      return fetch(new Request(request.url, { method: request.method, headers: request.headers, body: JSON.stringify(body) }));
    };
}

/** A fetch wrapper that rewrites JSON replies on `path`. */
export function rewriteReply(path: string, edit: (body: Record<string, unknown>) => void) {
  return (fetch: Fetch): Fetch =>
    async (request) => {
      const response = await fetch(request);
      if (!new URL(request.url).pathname.endsWith(path) || !response.ok) return response;
      const body = (await response.json()) as Record<string, unknown>;
      edit(body);
      return new Response(JSON.stringify(body), { status: response.status, headers: response.headers });
    };
}

/** Like renderWithAuth, with `customer()` (or the given profile) signed in before rendering. */
export async function renderSignedIn(ui: ReactNode, options: HarnessOptions = {}, who: SeedProfile = customer()): Promise<Rendered> {
  const harness = createHarness({ ...options, profiles: [...(options.profiles ?? []), who] });
  await harness.client.start();
  await harness.client.signIn({ email: who.email, password: who.password ?? GOOD_PASSWORD });
  const user = userEvent.setup();
  return { ...render(harness.wrap(ui)), harness, user };
}
