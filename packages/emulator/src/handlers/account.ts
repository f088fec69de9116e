import { authenticate, type Ctx } from '../context.js';
import { fieldError, HttpError, validationError, type FieldError } from '../errors.js';
import { json, noContent, readJsonBody } from '../http.js';
import { normalizeEmail, type ProfileRecord } from '../store.js';
import { parseAgreements, parseAttributes, parseTags } from './loginBody.js';

/** Free-form personal fields a customer may change (e-mail is the identifier and is not changeable). */
const EDITABLE = [
  'firstName', 'lastName', 'displayName', 'phone', 'company', 'address', 'city', 'province', 'zipCode',
  'countryCode', 'birthDate', 'sex', 'avatarUrl', 'customId',
] as const;

export function personalInformation(p: ProfileRecord): Record<string, unknown> {
  // every stored field (seeded extras such as a loyalty tier too), the documented ones null when absent
  const fields: Record<string, unknown> = { ...p.fields };
  for (const key of EDITABLE) fields[key] = p.fields[key] ?? null;
  return {
    clientId: p.id,
    email: p.email,
    uuid: p.uuid,
    ...fields,
    customId: p.customId,
    firstName: p.firstName,
    lastName: p.lastName,
    emailConfirmed: p.emailConfirmed,
    agreements: { ...p.agreements },
    attributes: structuredClone(p.attributes),
    tags: [...p.tags],
  };
}

/** GET /v4/my-account/personal-information (Bearer client) → profile. */
export async function getPersonalInformation(ctx: Ctx, request: Request): Promise<Response> {
  const auth = await authenticate(ctx, request, 'client');
  return json(200, personalInformation(auth.profile as ProfileRecord));
}

/**
 * POST /v4/my-account/personal-information (Bearer client) → updated profile (public docs "self-management"):
 * only the fields sent change, `null` deletes a field (or an attribute), an empty string is rejected
 * (400 VALIDATION_ERROR, `errors[].field`, code EMPTY_VALUE). A different e-mail → 400 EMAIL_NOT_CHANGEABLE.
 */
export async function updatePersonalInformation(ctx: Ctx, request: Request): Promise<Response> {
  const auth = await authenticate(ctx, request, 'client');
  const profile = auth.profile as ProfileRecord;
  const body = await readJsonBody(request);
  const errors: FieldError[] = [];
  const email = body['email'];
  if (email !== undefined && (typeof email !== 'string' || normalizeEmail(email) !== profile.email)) {
    const code = email === '' ? 'EMPTY_VALUE' : 'NOT_CHANGEABLE';
    throw validationError([fieldError('email', code, 'email cannot be changed', email)], 'EMAIL_NOT_CHANGEABLE');
  }
  const updates: Record<string, unknown> = {};
  for (const key of EDITABLE) {
    const v = body[key];
    if (v === undefined) continue;
    if (v === '') errors.push(fieldError(key, 'EMPTY_VALUE', `${key} must not be empty; send null to delete it`, v));
    else if (key === 'customId' && (typeof v === 'number' || typeof v === 'boolean')) updates[key] = v;
    else if (v !== null && typeof v !== 'string') errors.push(fieldError(key, 'INVALID_TYPE', `${key} must be a string`, v));
    else updates[key] = v;
  }
  const attributes = parseAttributes(body['attributes']);
  for (const [k, v] of Object.entries(attributes)) {
    if (v === '') errors.push(fieldError(`attributes.${k}`, 'EMPTY_VALUE', `attributes.${k} must not be empty; send null to delete it`, v));
  }
  const agreements = parseAgreements(body['agreements'], errors);
  if (errors.length > 0) throw validationError(errors);
  for (const [key, v] of Object.entries(updates)) {
    if (key === 'firstName') profile.firstName = v as string | null;
    else if (key === 'lastName') profile.lastName = v as string | null;
    else if (key === 'customId') profile.customId = v as ProfileRecord['customId'];
    else if (v === null) delete profile.fields[key];
    else profile.fields[key] = v;
  }
  Object.assign(profile.agreements, agreements);
  for (const [k, v] of Object.entries(attributes)) {
    if (v === null) delete profile.attributes[k];
    else profile.attributes[k] = v;
  }
  if (body['tags'] !== undefined) profile.tags = parseTags(body['tags']);
  return json(200, personalInformation(profile));
}

/** POST /sauth/my-account/logout {mode, fromAllDevices} (Bearer client) → 204; revokes the token (or all of them). */
export async function logout(ctx: Ctx, request: Request): Promise<Response> {
  const auth = await authenticate(ctx, request, 'client');
  const body = await readJsonBody(request);
  const mode = body['mode'] ?? 'LOGOUT';
  if (mode !== 'LOGOUT' && mode !== 'LOGOUT_WITH_SESSION_CLEARING') {
    throw validationError([fieldError('mode', 'INVALID_VALUE', 'mode must be LOGOUT or LOGOUT_WITH_SESSION_CLEARING', mode)]);
  }
  const all = body['fromAllDevices'];
  if (all !== undefined && typeof all !== 'boolean') {
    throw new HttpError(400, 'VALIDATION_ERROR', 'Request validation failed', [
      fieldError('fromAllDevices', 'INVALID_TYPE', 'fromAllDevices must be a boolean', all),
    ]);
  }
  if (all === true) ctx.store.revokeProfileTokens(auth.record.subjectKey);
  else auth.record.revoked = true;
  return noContent();
}
