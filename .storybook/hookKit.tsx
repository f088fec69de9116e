import { useId, useState, type ComponentProps, type ComponentType, type ReactElement, type ReactNode } from 'react';
import { createAuthClient, createMemoryStorage, staticEnvironment } from '@synerise-auth/core';
import { createMemoryTabLock } from '@synerise-auth/core/testing';
import type { AuthClient } from '@synerise-auth/core';
import { createSyneriseEmulator } from '@synerise-auth/emulator';
import type { SeedProfile, SyneriseEmulator, WorkspaceSettings } from '@synerise-auth/emulator';
import { SyneriseAuthProvider } from '@synerise-auth/react';
import { expect, waitFor, within } from 'storybook/test';

// Storybook kit for the headless-hook pages (packages/react/src/stories): the react package
// may not import ui, so this is a tiny twin of ui's storyKit. Every story gets its OWN
// in-page emulator (settings + seed data from `parameters.emulator`) and a core client wired
// to it through an injected fetch; play functions reach both through `loaded.kit`.
// The demo UIs are plain HTML (these pages show the hooks, not the kit's styling).

export const HOOK_API_KEY = 'emulator-api-key';
/** Passes the default password policy. */
export const HOOK_PASSWORD = 'Secret#123';
export const HOOK_EMAIL = 'ann@example.com';

export interface HookEmulatorParameters {
  settings?: Partial<WorkspaceSettings>;
  profiles?: SeedProfile[];
  /** Artificial latency per request so pending states are visible (default 150 ms). */
  latencyMs?: number;
  /** Sign this customer in before the story renders. */
  signedInAs?: { email: string; password: string };
  /** Extra set-up against the emulator/client before rendering. */
  setup?: (kit: HookKit) => Promise<void>;
}

export interface HookKit {
  emulator: SyneriseEmulator;
  client: AuthClient;
}

export function hookCustomer(overrides: Partial<SeedProfile> = {}): SeedProfile {
  return { email: HOOK_EMAIL, password: HOOK_PASSWORD, firstName: 'Ann', lastName: 'Smith', ...overrides };
}

/** Parameters of a story that starts with Ann signed in. */
export const signedInAnn: HookEmulatorParameters = { profiles: [hookCustomer()], signedInAs: { email: HOOK_EMAIL, password: HOOK_PASSWORD } };

export function createHookKit(params: HookEmulatorParameters = {}): HookKit {
  // The emulator defaults to the documented ON_CONFLICT_WITH_EXTERNAL_ACCOUNT; stories show a PIN for everyone.
  const emulator = createSyneriseEmulator({ settings: { pinConfirmationType: 'EVERYONE', ...params.settings }, profiles: params.profiles, latencyMs: params.latencyMs ?? 150 });
  const client = createAuthClient({
    apiKey: HOOK_API_KEY,
    baseUrl: emulator.baseUrl,
    fetch: (request) => emulator.fetch(request),
    storage: createMemoryStorage(),
    channel: null,
    lock: createMemoryTabLock(),
    environment: staticEnvironment,
    identityMirror: null,
    // The workspace settings reach the client as configuration, as on a real storefront.
    settings: emulator.settings,
  });
  return { emulator, client };
}

async function hookLoader(context: { parameters: Record<string, unknown> }): Promise<{ kit: HookKit }> {
  const params = (context.parameters.emulator ?? {}) as HookEmulatorParameters;
  const kit = createHookKit(params);
  await kit.client.start();
  if (params.signedInAs) await kit.client.signIn(params.signedInAs);
  await params.setup?.(kit);
  return { kit };
}

function KitProvider({ kit, children }: { kit: HookKit; children: ReactNode }) {
  const [client] = useState(() => kit.client);
  return <SyneriseAuthProvider client={client}>{children}</SyneriseAuthProvider>;
}

function withHookKit(Story: ComponentType, context: { loaded: Record<string, unknown> }): ReactElement {
  const kit = (context.loaded.kit as HookKit | undefined) ?? createHookKit();
  return (
    <KitProvider kit={kit}>
      <Story />
    </KitProvider>
  );
}

/** Spread into a hook page's meta: `{ ...hookStoryMeta, title: 'Hooks/useSignIn', … }`. */
export const hookStoryMeta = { loaders: [hookLoader], decorators: [withHookKit] };

// ---- plain-HTML building blocks of the demo UIs ----

/** A titled demo panel: the hook's name, one line on what it shows, the demo. */
export function HookDemo({ hook, children, description }: { hook: string; description: string; children: ReactNode }) {
  const id = useId();
  return (
    <section aria-labelledby={id} style={{ display: 'grid', gap: '0.75rem', maxWidth: '32rem', fontFamily: 'system-ui, sans-serif' }}>
      <h2 id={id} style={{ margin: 0, fontSize: '1.25rem' }}>
        <code>{hook}</code>
      </h2>
      <p style={{ margin: 0 }}>{description}</p>
      {children}
    </section>
  );
}

/** What the hook returns right now, as a definition list (`data-testid="state-<name>"` per value). */
export function HookState({ values }: { values: Record<string, unknown> }) {
  return (
    <dl style={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '0.25rem 1rem', margin: 0 }}>
      {Object.entries(values).map(([name, value]) => (
        <div key={name} style={{ display: 'contents' }}>
          <dt style={{ fontWeight: 600 }}>{name}</dt>
          <dd data-testid={`state-${name}`} style={{ margin: 0, fontFamily: 'ui-monospace, monospace' }}>
            {value === undefined ? '—' : typeof value === 'string' ? value : JSON.stringify(value)}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** A labelled plain input. */
export function HookInput({ label, ...input }: { label: string } & ComponentProps<'input'>) {
  return (
    <label style={{ display: 'grid', gap: '0.25rem' }}>
      {label}
      <input {...input} style={{ font: 'inherit', padding: '0.375rem 0.5rem' }} />
    </label>
  );
}

/** A plain form that never reloads the page. */
export function HookForm({ onSubmit, children, label }: { onSubmit: () => void; children: ReactNode; label: string }) {
  return (
    <form
      aria-label={label}
      style={{ display: 'grid', gap: '0.5rem' }}
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      {children}
    </form>
  );
}

/** `status` and the error code of an action hook, for HookState. */
export function mutationValues(m: { status: string; error: { code: string } | null }): Record<string, unknown> {
  return { status: m.status, error: m.error?.code };
}

/** Waits until HookState shows exactly `value` (or matches it) for `name`. */
export async function expectState(canvasElement: HTMLElement, name: string, value: string | RegExp): Promise<void> {
  await waitFor(
    () => {
      const text = within(canvasElement).getByTestId(`state-${name}`).textContent ?? '';
      return typeof value === 'string' ? expect(text).toBe(value) : expect(text).toMatch(value);
    },
    { timeout: 5000 },
  );
}
