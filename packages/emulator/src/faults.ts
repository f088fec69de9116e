import { matchesPath } from './requestLog.js';
import type { FaultKind, FaultOptions } from './types.js';

export interface ArmedFault {
  kind: FaultKind;
  remaining: number;
  path: string | RegExp | undefined;
  retryAfterSeconds: number;
}

/** Queue of injected failures; each matching request consumes one unit of the first armed fault. */
export class Faults {
  private armed: ArmedFault[] = [];

  inject(kind: FaultKind, opts: FaultOptions = {}): void {
    this.armed.push({
      kind,
      remaining: Math.max(1, Math.floor(opts.count ?? 1)),
      path: opts.path,
      retryAfterSeconds: opts.retryAfterSeconds ?? 30,
    });
  }

  clear(): void {
    this.armed = [];
  }

  /** Units of injected faults not yet consumed by a request. */
  get pending(): number {
    return this.armed.reduce((sum, f) => sum + f.remaining, 0);
  }

  take(path: string): ArmedFault | undefined {
    const fault = this.armed.find((f) => matchesPath(path, f.path));
    if (!fault) return undefined;
    fault.remaining -= 1;
    if (fault.remaining <= 0) this.armed = this.armed.filter((f) => f !== fault);
    return { ...fault };
  }
}

/** Builds the response of a fault that answers (server-error, malformed-json, wrong-shape, rate-limit). */
export function faultResponse(fault: ArmedFault, path: string, nowMs: number): Response {
  const json = { 'Content-Type': 'application/json' };
  switch (fault.kind) {
    case 'server-error':
      return new Response(
        JSON.stringify({
          status: 500,
          error: 'Internal Server Error',
          message: 'Injected server error',
          path,
          timestamp: new Date(nowMs).toISOString(),
          errorCode: 'INTERNAL_SERVER_ERROR',
          errors: [],
        }),
        { status: 500, headers: json },
      );
    case 'rate-limit':
      return new Response(
        JSON.stringify({
          status: 429,
          error: 'Too Many Requests',
          message: 'Rate limit exceeded',
          path,
          timestamp: new Date(nowMs).toISOString(),
          errorCode: 'RATE_LIMITED',
          errors: [],
          retryAfterSeconds: fault.retryAfterSeconds,
        }),
        { status: 429, headers: { ...json, 'Retry-After': String(fault.retryAfterSeconds) } },
      );
    case 'malformed-json':
      return new Response('{"token":"eyJhbGciOiJSUzI1NiJ9.eyJzdWIi', { status: 200, headers: json });
    case 'wrong-shape':
      return new Response(
        JSON.stringify({ token: 42, status: 42, conditions: 'none', expiration: 'soon', registrationType: 7 }),
        { status: 200, headers: json },
      );
    default:
      throw new Error(`fault ${fault.kind} has no response`);
  }
}
