// Test helper (not exported): a fake fetch answering canned Responses and recording requests.
import type { Fetch } from '../ports';

export interface RecordedRequest {
  url: string;
  method: string;
  headers: Headers;
  /** Raw body text ('' when none). */
  body: string;
  signal: AbortSignal;
}

export type Responder = (request: Request) => Response | Promise<Response>;

export interface TestFetch {
  fetch: Fetch;
  requests: RecordedRequest[];
  /** The JSON body of the last request. */
  lastBody(): Record<string, unknown>;
  last(): RecordedRequest;
}

export function createTestFetch(responder: Responder): TestFetch {
  const requests: RecordedRequest[] = [];
  const last = (): RecordedRequest => {
    const r = requests.at(-1);
    if (!r) throw new Error('no request was made');
    return r;
  };
  return {
    async fetch(request) {
      const body = request.body === null ? '' : await request.clone().text();
      requests.push({ url: request.url, method: request.method, headers: request.headers, body, signal: request.signal });
      return responder(request);
    },
    requests,
    last,
    lastBody: () => JSON.parse(last().body || '{}') as Record<string, unknown>,
  };
}

export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });
}

export function text(status: number, body: string, headers: Record<string, string> = {}): Response {
  return new Response(status === 204 || status === 304 ? null : body, { status, headers });
}

/** A Synerise-shaped error body. */
export function errorBody(status: number, errorCode?: string, errors: unknown[] = [], extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { status, error: 'Error', message: 'server text that must not leak', path: '/x', timestamp: '2026-01-01T00:00:00Z', errorCode, errors, ...extra };
}

/** A fetch that never answers (but honours its abort signal, like the real one). */
export const hangingFetch: Fetch = (request) =>
  new Promise((_, reject) => request.signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
