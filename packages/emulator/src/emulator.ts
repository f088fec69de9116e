import type { Ctx } from './context.js';
import { Faults } from './faults.js';
import { mintIdentityToken, tamperToken } from './identity.js';
import { createKeyPair, publicJwk, type KeyPair } from './jwt.js';
import { Outbox } from './outbox.js';
import { handleRequest } from './pipeline.js';
import { issueWorkspaceToken } from './tokens.js';
import { createSeededRandom } from './random.js';
import { RequestLog } from './requestLog.js';
import { DEFAULT_OAUTH, defaultSettings, mergeSettings } from './settings.js';
import { Store } from './store.js';
import { anonymousView, profileView } from './views.js';
import type { EmulatorOptions, SeedProfile, SyneriseEmulator, WorkspaceSettings } from './types.js';

export const DEFAULT_BASE_URL = 'https://api.synerise.emulator';
export const DEFAULT_API_KEY = 'emulator-api-key';
/** Workspace API key accepted by `POST /uauth/v2/auth/login/profile` unless `workspaceApiKey` is given. */
export const DEFAULT_WORKSPACE_API_KEY = 'emulator-workspace-api-key';

/**
 * RSA key generation is slow (hundreds of ms), so by default all emulators of a process share one
 * signing pair and one identity-provider pair. Tokens still belong to one emulator: each keeps its
 * own registry of issued `jti`s, so a token of another emulator is answered with 401 JWT_INVALID.
 */
let sharedKeys: Promise<[KeyPair, KeyPair]> | undefined;
function keyPairs(fresh: boolean): Promise<[KeyPair, KeyPair]> {
  const make = (): Promise<[KeyPair, KeyPair]> => Promise.all([createKeyPair(), createKeyPair()]);
  if (fresh) return make();
  sharedKeys ??= make();
  return sharedKeys;
}

const realClock = { now: (): number => Date.now() };
const defaultSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Creates an in-memory Synerise customer-auth server. Synchronous: key generation runs in the
 * background and every `fetch` awaits it.
 */
export function createSyneriseEmulator(options: EmulatorOptions = {}): SyneriseEmulator {
  const clock = options.clock ?? realClock;
  const seed = options.seed ?? 1;
  const baseUrl = (options.baseUrl ?? DEFAULT_BASE_URL).replace(/\/+$/, '');
  const initialSettings = mergeSettings(defaultSettings(), options.settings);
  const initialTtl = options.tokenTtlSeconds ?? 3600;
  const random = createSeededRandom(seed);
  const store = new Store(random);
  const outbox = new Outbox();
  const log = new RequestLog();
  const faults = new Faults();
  let settings = initialSettings;
  let tokenTtl = initialTtl;

  const seedProfiles = (): void => {
    for (const p of options.profiles ?? []) store.createProfile(p, clock.now());
  };
  seedProfiles();

  const ready: Promise<Ctx> = keyPairs(options.freshKeys ?? false).then(([keys, idpKeys]) => ({
    store,
    random,
    outbox,
    apiKeys: new Set(options.apiKeys ?? [DEFAULT_API_KEY]),
    workspaceApiKey: options.workspaceApiKey ?? DEFAULT_WORKSPACE_API_KEY,
    opaqueTokens: options.opaqueTokens ?? false,
    oauth: { ...DEFAULT_OAUTH, ...options.oauth },
    keys,
    idpKeys,
    now: () => clock.now(),
    settings: () => settings,
    tokenTtlSeconds: () => tokenTtl,
  }));

  const deps = {
    ready,
    faults,
    log,
    now: () => clock.now(),
    latencyMs: () => options.latencyMs ?? 0,
    sleep: options.sleep ?? defaultSleep,
  };

  const fetch = (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    let request: Request;
    try {
      if (input instanceof Request) request = init ? new Request(input, init) : input;
      else {
        const url = typeof input === 'string' && input.startsWith('/') ? `${baseUrl}${input}` : input;
        request = new Request(url, init);
      }
    } catch (e) {
      return Promise.reject(e);
    }
    return handleRequest(deps, request);
  };

  return {
    fetch,
    baseUrl,
    get settings(): WorkspaceSettings {
      return structuredClone(settings);
    },
    updateSettings(patch) {
      settings = mergeSettings(settings, patch);
    },
    setTokenTtl(seconds) {
      tokenTtl = seconds;
    },
    addProfile(p: SeedProfile) {
      store.createProfile(p, clock.now());
    },
    getProfile(email) {
      const p = store.findByEmail(email);
      if (!p) return undefined;
      const view = profileView(p);
      if (view.lockedUntil !== null && view.lockedUntil <= clock.now()) view.lockedUntil = null;
      return view;
    },
    getAnonymousProfile(uuid) {
      const a = store.anonymous.get(uuid);
      return a ? anonymousView(a) : undefined;
    },
    outbox: {
      all: () => outbox.all(),
      latest: (to, kind) => outbox.latest(to, kind),
      clear: () => outbox.clear(),
      subscribe: (l) => outbox.subscribe(l),
    },
    requestLog: {
      entries: () => log.entries(),
      count: (filter) => log.count(filter),
      clear: () => log.clear(),
    },
    faults: {
      inject: (kind, opts) => faults.inject(kind, opts),
      clear: () => faults.clear(),
    },
    identity: {
      mint: async (p) => mintIdentityToken((await ready).idpKeys, p, clock.now()),
      tamper: (token) => tamperToken(token),
    },
    publicKeyJwk: async () => publicJwk((await ready).keys),
    workspaceToken: async () => (await issueWorkspaceToken(await ready)).token,
    revokeTokens: (emailOrUuid) => store.revokeTokensOf(emailOrUuid),
    revokeAll: () => store.revokeAll(),
    reset() {
      store.clear();
      random.reseed(seed);
      outbox.clear();
      log.clear();
      faults.clear();
      settings = initialSettings;
      tokenTtl = initialTtl;
      seedProfiles();
    },
  };
}
