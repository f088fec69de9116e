import { corsHeaders, json } from './http.js';
import type { FaultKind, IdentityProvider, OutboxKind, SyneriseEmulator, WorkspaceSettings } from './types.js';

const FAULT_KINDS: FaultKind[] = ['server-error', 'network-error', 'timeout', 'malformed-json', 'wrong-shape', 'rate-limit'];
const PROVIDERS: IdentityProvider[] = ['GOOGLE', 'FACEBOOK', 'APPLE', 'OAUTH'];

export const DEV_PREFIX = '/__emulator';

async function body(request: Request): Promise<Record<string, unknown>> {
  try {
    const parsed: unknown = await request.json();
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

function bad(message: string): Response {
  return json(400, { status: 400, error: 'Bad Request', message, errorCode: 'DEV_BAD_REQUEST', errors: [] });
}

/** `{ "path": "/sauth/..." }` or `{ "pathPattern": "^/sauth/v3" }` (a RegExp source). */
function pathFilter(b: Record<string, unknown>): string | RegExp | undefined {
  if (typeof b['pathPattern'] === 'string') return new RegExp(b['pathPattern']);
  return typeof b['path'] === 'string' ? b['path'] : undefined;
}

async function route(emulator: SyneriseEmulator, request: Request, sub: string, url: URL): Promise<Response> {
  const method = request.method.toUpperCase();
  if (sub === '/outbox' && method === 'GET') {
    const to = url.searchParams.get('to');
    const kind = url.searchParams.get('kind') as OutboxKind | null;
    const all = emulator.outbox.all().filter((m) => (!to || m.to === to.toLowerCase()) && (!kind || m.kind === kind));
    return json(200, { messages: all });
  }
  if (sub === '/outbox' && method === 'DELETE') {
    emulator.outbox.clear();
    return new Response(null, { status: 204 });
  }
  if (sub === '/settings' && method === 'GET') return json(200, emulator.settings);
  if (sub === '/settings' && method === 'POST') {
    const b = await body(request);
    if (typeof b['tokenTtlSeconds'] === 'number') emulator.setTokenTtl(b['tokenTtlSeconds']);
    const { tokenTtlSeconds: _ttl, ...patch } = b;
    emulator.updateSettings(patch as Partial<WorkspaceSettings>);
    return json(200, emulator.settings);
  }
  if (sub === '/faults' && method === 'POST') {
    const b = await body(request);
    const kind = b['kind'] as FaultKind;
    if (!FAULT_KINDS.includes(kind)) return bad(`kind must be one of ${FAULT_KINDS.join(', ')}`);
    const count = typeof b['count'] === 'number' ? b['count'] : undefined;
    const retryAfterSeconds = typeof b['retryAfterSeconds'] === 'number' ? b['retryAfterSeconds'] : undefined;
    const path = pathFilter(b);
    emulator.faults.inject(kind, {
      ...(count !== undefined ? { count } : {}),
      ...(retryAfterSeconds !== undefined ? { retryAfterSeconds } : {}),
      ...(path !== undefined ? { path } : {}),
    });
    return new Response(null, { status: 204 });
  }
  if (sub === '/faults' && method === 'DELETE') {
    emulator.faults.clear();
    return new Response(null, { status: 204 });
  }
  if (sub === '/reset' && method === 'POST') {
    emulator.reset();
    return new Response(null, { status: 204 });
  }
  if (sub === '/revoke-all' && method === 'POST') {
    emulator.revokeAll();
    return new Response(null, { status: 204 });
  }
  if (sub === '/revoke-tokens' && method === 'POST') {
    const b = await body(request);
    const who = typeof b['email'] === 'string' ? b['email'] : typeof b['uuid'] === 'string' ? b['uuid'] : undefined;
    if (!who) return bad('email or uuid is required');
    return json(200, { revoked: emulator.revokeTokens(who) });
  }
  if (sub === '/workspace-token' && method === 'POST') return json(200, { token: await emulator.workspaceToken() });
  if (sub === '/identity/mint' && method === 'POST') {
    const b = await body(request);
    const provider = b['provider'] as IdentityProvider;
    if (!PROVIDERS.includes(provider) || typeof b['email'] !== 'string') return bad('provider and email are required');
    const pick = (k: string): Record<string, string | number> =>
      typeof b[k] === 'string' || typeof b[k] === 'number' ? { [k]: b[k] as string | number } : {};
    const token = await emulator.identity.mint({
      provider,
      email: b['email'],
      ...pick('subject'),
      ...pick('firstName'),
      ...pick('lastName'),
      ...pick('expiresInSeconds'),
    });
    return json(200, { token });
  }
  if (sub === '/requests' && method === 'GET') return json(200, { entries: emulator.requestLog.entries() });
  const profile = /^\/profiles\/(.+)$/.exec(sub);
  if (profile && method === 'GET') {
    const view = emulator.getProfile(decodeURIComponent(profile[1] ?? ''));
    return view ? json(200, view) : json(404, { status: 404, error: 'Not Found', message: 'No such profile', errors: [] });
  }
  return json(404, { status: 404, error: 'Not Found', message: `No dev endpoint ${sub}`, errors: [] });
}

/**
 * Dev-only control endpoints under `/__emulator/` (served by the Node dev server only, never by
 * `emulator.fetch` or the MSW handlers). Returns null for paths outside the prefix.
 */
export async function handleDevRequest(emulator: SyneriseEmulator, request: Request): Promise<Response | null> {
  const url = new URL(request.url);
  if (url.pathname !== DEV_PREFIX && !url.pathname.startsWith(`${DEV_PREFIX}/`)) return null;
  const cors = corsHeaders(request);
  if (request.method.toUpperCase() === 'OPTIONS') return new Response(null, { status: 204, headers: cors });
  const response = await route(emulator, request, url.pathname.slice(DEV_PREFIX.length) || '/', url);
  const headers = new Headers(response.headers);
  for (const [k, v] of Object.entries(cors)) headers.set(k, v);
  return new Response(response.body, { status: response.status, headers });
}
