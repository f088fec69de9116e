import { issueToken, sendMail, type Ctx } from '../context.js';
import { HttpError, type FieldError } from '../errors.js';
import { json, noContent, readJsonBody } from '../http.js';
import type { ProfileRecord } from '../store.js';
import { optionalString, requireEmail, requireString, throwIfErrors } from '../validation.js';

/** Generates a PIN of `pinConfirmationLength` digits, stores it and sends it to the outbox. */
export function sendPin(ctx: Ctx, profile: ProfileRecord, deviceId: string | null, pendingPassword?: string): void {
  const s = ctx.settings();
  const now = ctx.now();
  const code = ctx.random.digits(s.pinConfirmationLength);
  const expiresAt = now + s.pinConfirmationValidInSeconds * 1000;
  const keep = pendingPassword ?? profile.pin?.pendingPassword;
  profile.pin = { code, expiresAt, sentAt: now, deviceId, ...(keep !== undefined ? { pendingPassword: keep } : {}) };
  sendMail(ctx, profile.email, 'PIN', { pin: code, expiresAt });
}

function deviceMismatch(): HttpError {
  return new HttpError(403, 'PIN_DEVICE_MISMATCH', 'The PIN must be used on the device that requested it');
}

/**
 * POST /sauth/clients/activation/by-pin-code/request {email, uuid, deviceId} → 204.
 * Unknown or already confirmed accounts also get 204 (no account enumeration).
 * Sooner than `pinResendCooldownSeconds` → 429 PIN_RESEND_COOLDOWN + Retry-After.
 */
export async function requestPin(ctx: Ctx, request: Request): Promise<Response> {
  const body = await readJsonBody(request);
  const errors: FieldError[] = [];
  const email = requireEmail(body, errors);
  optionalString(body, 'uuid', errors);
  const deviceId = optionalString(body, 'deviceId', errors) ?? null;
  throwIfErrors(errors);
  const profile = email ? ctx.store.findByEmail(email) : undefined;
  if (!profile?.pin) return noContent();
  const s = ctx.settings();
  const last = profile.pin;
  if (last.deviceId && deviceId !== last.deviceId && !s.allowPinResendFromDifferentDeviceId) throw deviceMismatch();
  const waitMs = last.sentAt + s.pinResendCooldownSeconds * 1000 - ctx.now();
  if (waitMs > 0) {
    const seconds = Math.ceil(waitMs / 1000);
    throw new HttpError(429, 'PIN_RESEND_COOLDOWN', 'A PIN was sent recently', [], { 'Retry-After': String(seconds) }, {
      retryAfterSeconds: seconds,
    });
  }
  sendPin(ctx, profile, deviceId ?? last.deviceId);
  return noContent();
}

/**
 * POST /sauth/clients/activation/by-pin-code/confirmation {email, pinCode, uuid, deviceId}
 * → 200 `{token}` (activated and signed in). Wrong → 400 PIN_INVALID; expired → 400 PIN_EXPIRED;
 * other device than the last one that requested the PIN → 403 PIN_DEVICE_MISMATCH.
 */
export async function confirmPin(ctx: Ctx, request: Request): Promise<Response> {
  const body = await readJsonBody(request);
  const errors: FieldError[] = [];
  const email = requireEmail(body, errors);
  const pinCode = requireString(body, 'pinCode', errors);
  const uuid = optionalString(body, 'uuid', errors);
  const deviceId = optionalString(body, 'deviceId', errors) ?? null;
  throwIfErrors(errors);
  const profile = email ? ctx.store.findByEmail(email) : undefined;
  const pin = profile?.pin;
  if (!profile || !pin) throw new HttpError(400, 'PIN_INVALID', 'The PIN is not valid');
  if (pin.deviceId && deviceId !== pin.deviceId) throw deviceMismatch();
  if (ctx.now() >= pin.expiresAt) throw new HttpError(400, 'PIN_EXPIRED', 'The PIN has expired');
  if (pinCode !== pin.code) throw new HttpError(400, 'PIN_INVALID', 'The PIN is not valid');
  if (pin.pendingPassword !== undefined) profile.password = pin.pendingPassword;
  profile.pin = null;
  profile.activated = true;
  profile.emailConfirmed = true;
  if (uuid && uuid !== profile.uuid) ctx.store.mergeAnonymous(profile, uuid);
  const { token } = await issueToken(ctx, { realm: 'client', profile }, { deviceId, origin: 'SYNERISE' });
  return json(200, { token });
}
