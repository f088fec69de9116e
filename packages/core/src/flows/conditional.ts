// Conditional-login reply → a discriminated union the engine and the UI switch on.
import type { ConditionalLoginReply } from '../api/contract';
import { AuthError } from '../errors/AuthError';
import { decodeJwt } from '../session/jwt';

type Pending = 'unauthorized' | 'activationRequired' | 'registrationRequired' | 'approvalRequired' | 'termsAcceptanceRequired' | 'mfaRequired';

export type ConditionalResult =
  /** `expiresAt`: epoch ms, from `expiration` (s) or the token's `exp`; undefined if neither is readable. */
  | { status: 'success'; token: string; expiresAt: number | undefined }
  | { status: Pending; conditions: string[] }
  /** A status this kit does not know: surfaced, never a crash. */
  | { status: 'unknown'; serverStatus: string; conditions: string[] };

/** What the UI sees: the session engine keeps the token. */
export type PublicConditionalResult = Exclude<ConditionalResult, { status: 'success' }> | { status: 'success'; expiresAt: number | undefined };

export type ConditionalResultStatus = ConditionalResult['status'];

const STATUSES: Record<string, Pending> = {
  UNAUTHORIZED: 'unauthorized',
  ACTIVATION_REQUIRED: 'activationRequired',
  REGISTRATION_REQUIRED: 'registrationRequired',
  APPROVAL_REQUIRED: 'approvalRequired',
  TERMS_ACCEPTANCE_REQUIRED: 'termsAcceptanceRequired',
  MFA_REQUIRED: 'mfaRequired',
};

/** `exp` (seconds) of a JWT, read without verifying; undefined when unreadable. */
export function jwtExpiry(token: string): number | undefined {
  return decodeJwt(token).exp;
}

/** @throws AuthError('BAD_RESPONSE') for SUCCESS without a token. */
export function toConditionalResult(reply: ConditionalLoginReply): ConditionalResult {
  const conditions = [...(reply.conditions ?? [])];
  if (reply.status === 'SUCCESS') {
    if (!reply.token) throw new AuthError('BAD_RESPONSE');
    const seconds = reply.expiration ?? jwtExpiry(reply.token);
    return { status: 'success', token: reply.token, expiresAt: seconds === undefined ? undefined : seconds * 1000 };
  }
  const status = Object.hasOwn(STATUSES, reply.status) ? STATUSES[reply.status] : undefined;
  return status ? { status, conditions } : { status: 'unknown', serverStatus: String(reply.status), conditions };
}

/** Drops the token from a success result. */
export function toPublicConditionalResult(result: ConditionalResult): PublicConditionalResult {
  return result.status === 'success' ? { status: 'success', expiresAt: result.expiresAt } : result;
}
