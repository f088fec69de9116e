import { AuthError, isAuthError } from '../errors/AuthError';
import type { SessionEngine } from '../session/engine';
import { isSignedIn } from '../session/record';

// Every call made with the session's token goes through here: a 401 means "this session may
// be gone", so the session is re-checked with ONE refresh (shared by concurrent callers and,
// through the tab lock, by other tabs). Refresh OK → the call is retried once with the new
// token. Refresh refused → the session has ended in every tab (reason "revoked") and the call
// rejects SESSION_REVOKED. A network failure rejects without touching the session.

/**
 * A 401 about the token: an AuthError SESSION_EXPIRED with status 401 (not, say, a wrong old
 * password on change-password), or any other error or returned value (a `Response`) with `status: 401`.
 */
export function isUnauthorized(value: unknown): boolean {
  if (isAuthError(value)) return value.status === 401 && value.code === 'SESSION_EXPIRED';
  return typeof value === 'object' && value !== null && (value as { status?: unknown }).status === 401;
}

type Outcome<T> = { unauthorized: false; value: T } | { unauthorized: true; error: unknown };

async function attempt<T>(call: (token: string) => Promise<T>, token: string): Promise<Outcome<T>> {
  try {
    const value = await call(token);
    return isUnauthorized(value) ? { unauthorized: true, error: undefined } : { unauthorized: false, value };
  } catch (error) {
    if (isUnauthorized(error)) return { unauthorized: true, error };
    throw error;
  }
}

export interface SessionCallOptions {
  /** The call needs the customer's session: SESSION_EXPIRED without one (or when the re-check left none). */
  signedIn: boolean;
}

/** Runs `call` with the session's token; on a 401 re-checks the session and retries once. */
export async function callWithSession<T>(engine: SessionEngine, call: (token: string) => Promise<T>, options: SessionCallOptions): Promise<T> {
  const token = options.signedIn ? await engine.ensureSignedInToken() : await engine.ensureValidToken();
  const first = await attempt(call, token);
  if (!first.unauthorized) return first.value;
  const next = await engine.recheck(token);
  if (options.signedIn && !isSignedIn(engine.current())) throw new AuthError('SESSION_EXPIRED', { status: 401 });
  return call(next);
}
