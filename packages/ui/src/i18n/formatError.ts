import { AUTH_ERROR_CODES, type AuthErrorCode } from '@synerise-auth/core';
import type { MessageKey, MessageParams } from './types';

// Every `AuthError.code` of @synerise-auth/core; each has an `error.<CODE>` message.
export { AUTH_ERROR_CODES };
export type ErrorCode = AuthErrorCode;

/** What `formatError` reads from an error: a stable code and an optional retry delay. */
export interface ErrorLike {
  code: string;
  retryAfterSeconds?: number;
}

type Translate = (key: MessageKey, params?: MessageParams) => string;

const KNOWN = new Set<string>(AUTH_ERROR_CODES);

function isErrorLike(value: unknown): value is ErrorLike {
  return typeof value === 'object' && value !== null && typeof (value as { code?: unknown }).code === 'string';
}

function retrySeconds(error: ErrorLike): number | undefined {
  const s = error.retryAfterSeconds;
  return typeof s === 'number' && Number.isFinite(s) && s > 0 ? Math.ceil(s) : undefined;
}

/**
 * Builds `formatError`: a translated, user-safe message for any thrown value. Unknown codes
 * and non-errors get the generic message; server text is never shown.
 */
export function createFormatError(t: Translate): (error: unknown) => string {
  return (error) => {
    if (!isErrorLike(error) || !KNOWN.has(error.code)) return t('error.generic');
    const code = error.code as ErrorCode;
    const seconds = retrySeconds(error);
    if (seconds !== undefined) {
      const minutes = Math.ceil(seconds / 60);
      if (code === 'ACCOUNT_LOCKED') return t('error.ACCOUNT_LOCKED.retry', { minutes });
      if (code === 'PIN_RESEND_COOLDOWN') return t('error.PIN_RESEND_COOLDOWN.retry', { seconds });
      if (code === 'RATE_LIMITED') {
        return seconds < 120
          ? t('error.RATE_LIMITED.retry', { seconds })
          : t('error.RATE_LIMITED.retryMinutes', { minutes });
      }
    }
    return t(`error.${code}`);
  };
}
