// zod/mini schemas for every success body. Unknown keys are stripped; `__proto__` keys never
// survive (see safeJsonParse). Nullable server fields are normalised to `undefined` in client.ts.
import * as z from 'zod/mini';

const str = z.string();
/** Non-empty string (one custom check: z.minLength would pull its own zod code for this alone). */
const filled = z.string().check(
  z.check<string>((payload) => {
    if (payload.value.length === 0) payload.issues.push({ code: 'too_small', origin: 'string', minimum: 1, inclusive: true, input: payload.value });
  }),
);
const optStr = z.optional(z.nullable(str));
/** Array of strings (z.array would add its own zod code for these two fields). */
const optStrings = z.optional(z.nullable(z.custom<string[]>((v) => Array.isArray(v) && v.every((item) => typeof item === 'string'))));
// JSON holds no NaN/Infinity: these typeof checks accept exactly what z.number()/z.boolean()
// would, without pulling those types' zod code (~0.25 kB gzip).
const optNum = z.optional(z.nullable(z.custom<number>((v) => typeof v === 'number' && Number.isFinite(v))));
const optBool = z.optional(z.nullable(z.custom<boolean>((v) => typeof v === 'boolean')));
// Free-form objects (agreements, attributes) and enums are checked by hand in client.ts /
// settings.ts: z.record/z.enum/z.union would add ~1.3 kB gzip to the bundle.
const loose = z.optional(z.unknown());

export const tokenSchema = z.object({ token: filled });

export const conditionalSchema = z.object({
  status: filled,
  conditions: optStrings,
  token: optStr,
  expiration: optNum,
  created: optNum,
  origin: optStr,
  customId: optStr,
  realm: optStr,
});

/**
 * Public auth settings. The reference (seed 003) sends the password policy flat, with
 * `...Letter`/`...Character` suffixes; the contract names and a nested `passwordPolicy`
 * object are accepted too, so the client works against either shape.
 */
const policyFields = {
  minLength: optNum,
  maxLength: optNum,
  requireAtLeastOneLowercase: optBool,
  requireAtLeastOneUppercase: optBool,
  requireAtLeastOneNumber: optBool,
  requireAtLeastOneNonAlphaNumeric: optBool,
  requireAtLeastOneLowercaseLetter: optBool,
  requireAtLeastOneUppercaseLetter: optBool,
  requireAtLeastOneNonAlphaNumericCharacter: optBool,
};

export const settingsSchema = z.object({
  ...policyFields,
  registrationType: str,
  pinConfirmationType: optStr,
  pinConfirmationLength: optNum,
  pinConfirmationValidInSeconds: optNum,
  allowPinResendFromDifferentDeviceId: optBool,
  pinResendCooldownSeconds: optNum,
  passwordPolicy: z.optional(z.nullable(z.object(policyFields))),
  confirmationRedirectLink: optStr,
  deviceControlMode: loose,
  requiredAgreements: optStrings,
});

export const oauthSettingsSchema = z.looseObject({ clientId: z.optional(str), appId: z.optional(str) });

export const pinConfirmationSchema = z.object({ token: optStr });

export const personalInformationSchema = z.object({
  email: optStr,
  firstName: optStr,
  lastName: optStr,
  phone: optStr,
  customId: optStr,
  uuid: optStr,
  city: optStr,
  zipCode: optStr,
  birthDate: optStr,
  agreements: loose,
  attributes: loose,
});

/** Error body: `{status, error, message, path, timestamp, errorCode?, errors: [...]}`. Only safe parts are read. */
export const errorBodySchema = z.object({
  status: loose,
  errorCode: loose,
  code: loose,
  error: loose,
  errors: loose,
  retryAfterSeconds: loose,
  retryAfter: loose,
  lockedUntil: loose,
});

export type ErrorBody = z.infer<typeof errorBodySchema>;
