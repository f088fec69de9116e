import { createApiClient } from '../api/client';
import type { AuthApi } from '../api/contract';
import { createPinTracker } from '../flows/pinTracker';
import { resolveAuthSettings } from '../api/settings';
import { resolvePorts } from '../ports/defaults';
import { createEmitter } from '../session/emitter';
import { createSessionEngine } from '../session/engine';
import { createIdentity } from '../session/identity';
import { SERVER_SNAPSHOT } from '../session/sessionState';
import { DEFAULT_TIMING, type TimingOptions } from '../session/timing';
import type { AuthEvents } from '../session/types';
import { createAccountFlows } from './accountFlows';
import type { FlowContext } from './context';
import { createRegistrationFlows } from './registrationFlows';
import { callWithSession } from './sessionCall';
import { createSignInFlows } from './signInFlows';
import type { AuthClient, AuthClientOptions } from './types';

// The facade: resolves ports, builds the session engine and the flows, and exposes them as
// one AuthClient. Nothing happens on import; nothing is requested until start()/a call.

export const DEFAULT_STORAGE_KEY = 'synerise-auth';

function timingFrom(options: AuthClientOptions): TimingOptions {
  return {
    refreshLeadMs: (options.refreshLeadSeconds ?? DEFAULT_TIMING.refreshLeadMs / 1000) * 1000,
    skewMs: (options.expirySkewSeconds ?? DEFAULT_TIMING.skewMs / 1000) * 1000,
    retryBaseMs: options.retry?.baseMs ?? DEFAULT_TIMING.retryBaseMs,
    retryMaxMs: options.retry?.maxMs ?? DEFAULT_TIMING.retryMaxMs,
  };
}

/** @param api for tests or custom transports: replaces the HTTP client built from apiKey/baseUrl/fetch. */
export function createAuthClient(options: AuthClientOptions & { api?: AuthApi }): AuthClient {
  const storageKey = options.storageKey ?? DEFAULT_STORAGE_KEY;
  const ports = resolvePorts({ ...options, storageKey });
  const { clock, storage } = ports;
  const api =
    options.api ??
    createApiClient({ apiKey: options.apiKey, fetch: ports.fetch, clock, baseUrl: options.baseUrl, timeoutMs: options.timeoutMs, endpoints: options.endpoints });
  const settings = resolveAuthSettings(options.settings);
  const events = createEmitter<AuthEvents>((error) => console.error('[synerise-auth] event handler failed', error));
  const identity = createIdentity({ storage, key: `${storageKey}:identity`, random: ports.random, mirror: ports.identityMirror });
  const engine = createSessionEngine({ ...ports, api, identity, events, timing: timingFrom(options), storageKey });
  const ctx: FlowContext = {
    api, engine, identity, clock,
    pins: createPinTracker({ storage, clock, keyPrefix: `${storageKey}:pin:`, cooldownSeconds: settings.pinResendCooldownSeconds }),
    settings,
  };
  const signInFlows = createSignInFlows(ctx);
  const registration = createRegistrationFlows(ctx);
  const account = createAccountFlows(ctx);

  return {
    start: engine.start,
    subscribe: engine.snapshot.subscribe,
    getSnapshot: engine.snapshot.get,
    getServerSnapshot: () => SERVER_SNAPSHOT,
    subscribeHealth: engine.health.subscribe,
    getHealth: engine.health.get,
    on: events.on,
    getToken: engine.ensureValidToken,
    withToken: (call) => callWithSession(engine, call, { signedIn: false }),
    ...signInFlows,
    ...registration,
    ...account,
    settings,
    destroy() {
      engine.destroy();
      events.clear();
      if (ports.owned.channel) ports.channel?.close();
    },
  };
}
