import { authenticate, issueToken, sendMail, type AuthInfo, type Ctx } from '../context.js';
import { HttpError, type FieldError } from '../errors.js';
import { json, noContent, readJsonBody, type JsonBody } from '../http.js';
import type { PendingPin, ProfileRecord } from '../store.js';
import { optionalString, requireEmail, requireString, throwIfErrors } from '../validation.js';
import { tokenReply } from './auth.js';

/** The device asking: body `uuid`/`deviceId`, else the Bearer token's uuid and deviceId. */
export interface Requester {
  uuid: string | null;
  deviceId: string | null;
}

export function requesterOf(body: JsonBody, auth: AuthInfo, errors: FieldError[]): Requester {
  return {
    uuid: optionalString(body, 'uuid', errors) ?? auth.record.uuid,
    deviceId: optionalString(body, 'deviceId', errors) ?? auth.record.deviceId,
  };
}

/** "The PIN must be entered from the same device that requested it": same uuid and same deviceId. */
function sameDevice(pin: PendingPin, who: Requester): boolean {
  return (pin.uuid === null || pin.uuid === who.uuid) && (pin.deviceId === null || pin.deviceId === who.deviceId);
}

/** Generates a PIN of `pinConfirmationLength` digits, binds it to the requester and sends it to the outbox. */
export function sendPin(ctx: Ctx, profile: ProfileRecord, who: Requester, pendingPassword?: string): void {
  const s = ctx.settings();
  const now = ctx.now();
  const code = ctx.random.digits(s.pinConfirmationLength);
  const expiresAt = now + s.pinConfirmationValidInSeconds * 1000;
  const keep = pendingPassword ?? profile.pin?.pendingPassword;
  profile.pin = { code, expiresAt, sentAt: now, deviceId: who.deviceId, uuid: who.uuid, ...(keep !== undefined ? { pendingPassword: keep } : {}) };
  sendMail(ctx, profile.email, 'PIN', { pin: code, expiresAt });
}

function deviceMismatch(): HttpError {
  return new HttpError(403, 'PIN_DEVICE_MISMATCH', 'The PIN must be used on the device that requested it');
}

/**
 * POST /sauth/clients/activation/by-pin-code/request {email, uuid, deviceId} (anonymous Bearer) → 204.
 * Unknown or already confirmed accounts also get 204 (no account enumeration).
 * Sooner than `pinResendCooldownSeconds` → 429 PIN_RESEND_COOLDOWN + Retry-After.
 */
export async function requestPin(ctx: Ctx, request: Request): Promise<Response> {
  const auth = await authenticate(ctx, request, 'profile');
  const body = await readJsonBody(request);
  const errors: FieldError[] = [];
  const email = requireEmail(body, errors);
  const who = requesterOf(body, auth, errors);
  throwIfErrors(errors);
  const profile = email ? ctx.store.findByEmail(email) : undefined;
  if (!profile?.pin) return noContent();
  const s = ctx.settings();
  const last = profile.pin;
  if (!sameDevice(last, who) && !s.allowPinResendFromDifferentDeviceId) throw deviceMismatch();
  const waitMs = last.sentAt + s.pinResendCooldownSeconds * 1000 - ctx.now();
  if (waitMs > 0) {
    const seconds = Math.ceil(waitMs / 1000);
    throw new HttpError(429, 'PIN_RESEND_COOLDOWN', 'A PIN was sent recently', [], { 'Retry-After': String(seconds) }, {
      retryAfterSeconds: seconds,
    });
  }
  sendPin(ctx, profile, who);
  return noContent();
}

/**
 * POST /sauth/clients/activation/by-pin-code/confirmation {email, pinCode, uuid, deviceId}
 * (anonymous Bearer) → 200 `{token, expiration, created, origin, customId, realm}` (activated and signed in). Wrong → 400 PIN_INVALID; expired → 400 PIN_EXPIRED;
 * another uuid or deviceId than the last request's (body fields, else the Bearer's) → 403 PIN_DEVICE_MISMATCH.
 */
export async function confirmPin(ctx: Ctx, request: Request): Promise<Response> {
  const auth = await authenticate(ctx, request, 'profile');
  const body = await readJsonBody(request);
  const errors: FieldError[] = [];
  const email = requireEmail(body, errors);
  const pinCode = requireString(body, 'pinCode', errors);
  const who = requesterOf(body, auth, errors);
  throwIfErrors(errors);
  const profile = email ? ctx.store.findByEmail(email) : undefined;
  const pin = profile?.pin;
  if (!profile || !pin) throw new HttpError(400, 'PIN_INVALID', 'The PIN is not valid');
  if (!sameDevice(pin, who)) throw deviceMismatch();
  if (ctx.now() >= pin.expiresAt) throw new HttpError(400, 'PIN_EXPIRED', 'The PIN has expired');
  if (pinCode !== pin.code) throw new HttpError(400, 'PIN_INVALID', 'The PIN is not valid');
  if (pin.pendingPassword !== undefined) profile.password = pin.pendingPassword;
  profile.pin = null;
  profile.activated = true;
  profile.emailConfirmed = true;
  if (who.uuid && who.uuid !== profile.uuid) ctx.store.mergeAnonymous(profile, who.uuid);
  const { token, record } = await issueToken(ctx, { realm: 'client', profile }, { deviceId: who.deviceId, origin: 'SYNERISE' });
  return json(200, tokenReply(token, record, profile.customId));
}
