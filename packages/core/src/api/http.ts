// The request pipeline every endpoint goes through:
// build Request → fetch (timeout via the injected clock, caller signal) → status → parse.
import type { ZodMiniType } from 'zod/mini';
import { AuthError } from '../errors/AuthError';
import type { Clock, Fetch } from '../ports';
import type { ErrorEndpoint } from './errorMapping';
import { mapHttpError } from './errorMapping';
import { parseJson } from '../json';
import { errorBodySchema } from './schemas';

export interface HttpConfig {
  baseUrl: string;
  fetch: Fetch;
  clock: Clock;
  timeoutMs: number;
  apiVersion: string;
}

export interface CallSpec<T> {
  endpoint: ErrorEndpoint;
  method: 'GET' | 'POST';
  path: string;
  /** Send the `Api-Version` header (the endpoint table decides). */
  apiVersion?: boolean;
  body?: unknown;
  /** Sent as `Authorization: Bearer …`, never in the URL. */
  token?: string;
  /** Login with a non-SYNERISE identity provider (error mapping context). */
  social?: boolean;
  /** Success body schema; omit for endpoints with no meaningful body. */
  schema?: ZodMiniType<T>;
  /** With a schema: an empty 2xx body resolves to `undefined` instead of BAD_RESPONSE. */
  optionalBody?: boolean;
  signal?: AbortSignal;
}

// No `cause`: a JSON.parse error quotes the body, which may hold a token.
const bad = (status: number): AuthError => new AuthError('BAD_RESPONSE', { status });

function buildRequest(config: HttpConfig, spec: CallSpec<unknown>, signal: AbortSignal): Request {
  const headers = new Headers({ Accept: 'application/json' });
  if (spec.body !== undefined) headers.set('Content-Type', 'application/json');
  if (spec.apiVersion) headers.set('Api-Version', config.apiVersion);
  if (spec.token !== undefined) headers.set('Authorization', `Bearer ${spec.token}`);
  return new Request(config.baseUrl.replace(/\/+$/, '') + spec.path, {
    method: spec.method,
    headers,
    body: spec.body === undefined ? undefined : JSON.stringify(spec.body),
    signal,
    redirect: 'manual',
    credentials: 'omit',
  });
}

/** Performs one call; resolves with the parsed body or rejects with an AuthError. */
export async function call<T>(config: HttpConfig, spec: CallSpec<T>): Promise<T> {
  const { clock } = config;
  if (spec.signal?.aborted) throw new AuthError('ABORTED');
  const controller = new AbortController();
  let timedOut = false;
  let rejectAbort: (e: AuthError) => void = () => undefined;
  const aborted = new Promise<never>((_, reject) => (rejectAbort = reject));
  aborted.catch(() => undefined);
  const onAbort = (): void => {
    rejectAbort(new AuthError(timedOut ? 'TIMEOUT' : 'ABORTED'));
    controller.abort();
  };
  const timer = clock.setTimeout(() => {
    timedOut = true;
    onAbort();
  }, config.timeoutMs);
  spec.signal?.addEventListener('abort', onAbort);
  let response: Response | undefined;
  try {
    response = await Promise.race([config.fetch(buildRequest(config, spec, controller.signal)), aborted]);
    const text = await Promise.race([response.text(), aborted]);
    return interpret(config, spec, response, text);
  } catch (e) {
    // The abort/timeout rejection and interpret's errors are AuthErrors already. A failed body
    // read is NETWORK (with the status); a failed fetch is TIMEOUT, ABORTED or NETWORK.
    if (e instanceof AuthError) throw e;
    throw new AuthError(response ? 'NETWORK' : timedOut ? 'TIMEOUT' : controller.signal.aborted ? 'ABORTED' : 'NETWORK', { status: response?.status, cause: e });
  } finally {
    clock.clearTimeout(timer);
    spec.signal?.removeEventListener('abort', onAbort);
  }
}

function interpret<T>(config: HttpConfig, spec: CallSpec<T>, response: Response, text: string): T {
  const { status } = response;
  if (status >= 400) {
    const parsed = errorBodySchema.safeParse(parseJson(text));
    throw mapHttpError(status, parsed.success ? parsed.data : undefined, response.headers.get('Retry-After'), {
      endpoint: spec.endpoint,
      hasToken: spec.token !== undefined,
      social: spec.social === true,
      now: config.clock.now(),
    });
  }
  // 3xx (or an opaque redirect, status 0) and anything else outside 2xx.
  if (status < 200 || status >= 300) throw bad(status);
  if (text.trim() === '') {
    if (spec.schema === undefined || spec.optionalBody) return undefined as T;
    throw bad(status);
  }
  const json = parseJson(text);
  // HTML, truncated or otherwise non-JSON (even where no body was needed: a proxy page is not a success).
  if (json === undefined || isErrorLike(json)) throw bad(status);
  if (spec.schema === undefined) return undefined as T;
  const result = spec.schema.safeParse(json);
  if (!result.success) throw bad(status);
  return result.data;
}

/** A 2xx that carries an error body (`{status: 4xx, error: …}`) is not a success. */
function isErrorLike(json: unknown): boolean {
  if (typeof json !== 'object' || json === null) return false;
  const { status, error, errorCode } = json as Record<string, unknown>;
  return (typeof status === 'number' && status >= 400) || (typeof errorCode === 'string' && typeof error === 'string');
}
