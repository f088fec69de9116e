import type { Ctx } from './context.js';
import { errorBody, HttpError } from './errors.js';
import { faultResponse, type ArmedFault, type Faults } from './faults.js';
import { bearerToken, corsHeaders, json, withHeaders } from './http.js';
import type { RequestLog } from './requestLog.js';
import { matchRoute } from './routes.js';
import { describeToken } from './tokens.js';

export interface PipelineDeps {
  ready: Promise<Ctx>;
  faults: Faults;
  log: RequestLog;
  now(): number;
  latencyMs(): number;
  sleep(ms: number): Promise<void>;
}

/** Status recorded in the request log for a faulted request (0 = no response at all). */
const FAULT_STATUS: Record<ArmedFault['kind'], number> = {
  'network-error': 0,
  timeout: 0,
  'server-error': 500,
  'rate-limit': 429,
  'malformed-json': 200,
  'wrong-shape': 200,
};

function abortError(): DOMException {
  return new DOMException('The operation was aborted.', 'AbortError');
}

/** Never settles until the request's signal aborts; then rejects with an AbortError. No timers. */
function hangUntilAborted(signal: AbortSignal): Promise<Response> {
  return new Promise((_resolve, reject) => {
    if (signal.aborted) {
      reject(abortError());
      return;
    }
    signal.addEventListener('abort', () => reject(abortError()), { once: true });
  });
}

async function route(ctx: Ctx, request: Request, path: string): Promise<Response> {
  const match = matchRoute(request.method.toUpperCase(), path);
  try {
    if (match.kind === 'not-found') throw new HttpError(404, 'NOT_FOUND', `No endpoint ${path}`);
    if (match.kind === 'method-not-allowed') throw new HttpError(405, 'METHOD_NOT_ALLOWED', 'Method not allowed');
    const response = await match.route.handler(ctx, request, match.params);
    if (!response) throw new HttpError(404, 'NOT_FOUND', `No endpoint ${path}`);
    return response;
  } catch (e) {
    if (e instanceof HttpError) return json(e.status, errorBody(e, path, ctx.now()), e.headers);
    const internal = new HttpError(500, 'INTERNAL_SERVER_ERROR', 'Unexpected emulator error');
    return json(500, errorBody(internal, path, ctx.now()));
  }
}

/** The fetch handler: latency → preflight → faults → routing → CORS → request log. */
export async function handleRequest(deps: PipelineDeps, request: Request): Promise<Response> {
  const ctx = await deps.ready;
  const latency = deps.latencyMs();
  if (latency > 0) await deps.sleep(latency);
  const path = new URL(request.url).pathname;
  const method = request.method.toUpperCase();
  const info = describeToken(ctx, bearerToken(request));
  const record = (status: number, fault?: ArmedFault): void => {
    deps.log.add({ method, path, ...info, status, at: deps.now(), ...(fault ? { fault: fault.kind } : {}) });
  };
  const cors = corsHeaders(request);
  if (method === 'OPTIONS') {
    record(204);
    return new Response(null, { status: 204, headers: cors });
  }
  const fault = deps.faults.take(path);
  if (fault) {
    record(FAULT_STATUS[fault.kind], fault);
    if (fault.kind === 'network-error') throw new TypeError('Failed to fetch');
    if (fault.kind === 'timeout') return hangUntilAborted(request.signal);
    return withHeaders(faultResponse(fault, path, deps.now()), cors);
  }
  const response = await route(ctx, request, path);
  record(response.status);
  return withHeaders(response, cors);
}
