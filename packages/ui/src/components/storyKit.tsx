import { useState, type ComponentType, type ReactElement, type ReactNode } from 'react';
import { createAuthClient, createMemoryStorage, staticEnvironment } from '@synerise-auth/core';
import { createMemoryTabLock } from '@synerise-auth/core/testing';
import type { AuthClient, Clock } from '@synerise-auth/core';
import { createSyneriseEmulator } from '@synerise-auth/emulator';
import type { SeedProfile, SyneriseEmulator, WorkspaceSettings } from '@synerise-auth/emulator';
import { SyneriseAuthProvider } from '@synerise-auth/react';
import { createI18n, type I18n } from '../i18n';
import { en } from '../locales/en';
import { pl } from '../locales/pl';

// Shared Storybook helper: every story gets its OWN in-page emulator (settings + seed data
// from `parameters.emulator`) and a core client wired to it (memory storage, no tab channel,
// no cookie), provided through <SyneriseAuthProvider>. Play functions reach the emulator
// (outbox, request log) through `context.loaded.emulator`.
//
//   export default { ...authStoryMeta, parameters: { emulator: { profiles: [storyCustomer()] } } };

export const STORY_API_KEY = 'emulator-api-key';
/** A password that passes the default policy. */
export const STORY_PASSWORD = 'Secret#123';

export interface EmulatorParameters {
  settings?: Partial<WorkspaceSettings>;
  profiles?: SeedProfile[];
  /** Artificial latency per request so pending states are visible (default 250 ms). */
  latencyMs?: number;
  /** Sign this customer in before the story renders. */
  signedInAs?: { email: string; password: string };
  /** Extra set-up against the emulator/client before rendering (e.g. send a PIN). */
  setup?: (kit: StoryKit) => Promise<void>;
  /**
   * Sits between the client and the emulator (an injected fetch): rewrite a request or a
   * reply the emulator cannot produce (a client without a device id, an unknown status).
   */
  intercept?: StoryIntercept;
}

/** `next` sends the (possibly rewritten) request on to the emulator. */
export type StoryIntercept = (request: Request, next: (request: Request) => Promise<Response>) => Promise<Response>;

export interface StoryKit {
  emulator: SyneriseEmulator;
  client: AuthClient;
  /** The client's (and the hooks') clock: real time plus whatever `advance` added. */
  clock: StoryClock;
}

export interface StoryClock extends Clock {
  /** Moves the client's time forward (e.g. past the PIN resend cooldown) without waiting. */
  advance(ms: number): void;
}

/** Real time that a play function can jump forward; timers still run in real time. */
export function createStoryClock(): StoryClock {
  let offset = 0;
  return {
    now: () => Date.now() + offset,
    setTimeout: (callback, ms) => window.setTimeout(callback, ms),
    clearTimeout: (handle) => window.clearTimeout(handle as number),
    advance: (ms) => {
      offset += ms;
    },
  };
}

export function storyCustomer(overrides: Partial<SeedProfile> = {}): SeedProfile {
  return { email: 'ann@example.com', password: STORY_PASSWORD, firstName: 'Ann', lastName: 'Smith', ...overrides };
}

export function createStoryKit(params: EmulatorParameters = {}): StoryKit {
  // The emulator defaults to the documented ON_CONFLICT_WITH_EXTERNAL_ACCOUNT; stories show a PIN for everyone.
  const emulator = createSyneriseEmulator({ settings: { pinConfirmationType: 'EVERYONE', ...params.settings }, profiles: params.profiles, latencyMs: params.latencyMs ?? 250 });
  const clock = createStoryClock();
  const client = createAuthClient({
    apiKey: STORY_API_KEY,
    clock,
    baseUrl: emulator.baseUrl,
    fetch: (request) => (params.intercept ? params.intercept(request, emulator.fetch) : emulator.fetch(request)),
    storage: createMemoryStorage(),
    channel: null,
    lock: createMemoryTabLock(),
    environment: staticEnvironment,
    identityMirror: null,
    // The workspace settings reach the client as configuration, as on a real storefront.
    settings: emulator.settings,
  });
  return { emulator, client, clock };
}

/** Loader: builds the story's emulator + client and runs its set-up. */
export async function emulatorLoader(context: { parameters: Record<string, unknown> }): Promise<{ kit: StoryKit; emulator: SyneriseEmulator }> {
  const params = (context.parameters.emulator ?? {}) as EmulatorParameters;
  const kit = createStoryKit(params);
  await kit.client.start();
  if (params.signedInAs) await kit.client.signIn(params.signedInAs);
  await params.setup?.(kit);
  return { kit, emulator: kit.emulator };
}

function KitProvider({ kit, children }: { kit: StoryKit; children: ReactNode }) {
  const [client] = useState(() => kit.client);
  return (
    <SyneriseAuthProvider client={client} clock={kit.clock}>
      {children}
    </SyneriseAuthProvider>
  );
}

/** Decorator: wraps the story in the provider of the loader's client. */
export function withEmulator(Story: ComponentType, context: { loaded: Record<string, unknown> }): ReactElement {
  const kit = (context.loaded.kit as StoryKit | undefined) ?? createStoryKit();
  return (
    <KitProvider kit={kit}>
      <Story />
    </KitProvider>
  );
}

/** Spread into a component's meta: `{ ...authStoryMeta, title: 'Components/SignInForm', … }`. */
export const authStoryMeta = { loaders: [emulatorLoader], decorators: [withEmulator] };

/** The catalogue of the story's locale (toolbar), so play functions find labels in every language. */
export function storyI18n(context: { globals: Record<string, unknown> }): I18n {
  return createI18n(context.globals.locale === 'pl' ? pl : en);
}
