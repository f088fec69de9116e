// zod/mini schemas for every success body. Unknown keys are stripped (the profile keeps them); `__proto__` keys never
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
// JSON holds no NaN/Infinity: this typeof check accepts exactly what z.number() would, without pulling those types' zod code (~0.25 kB gzip).
const optNum = z.optional(z.nullable(z.custom<number>((v) => typeof v === 'number' && Number.isFinite(v))));
// Free-form objects (agreements, attributes) and enums are checked by hand in client.ts: z.record/z.enum/z.union would add ~1.3 kB gzip to the bundle.
const loose = z.optional(z.unknown());

/** Any JSON scalar (`customId` is typed "any" by Synerise). */
const optScalar = z.optional(z.nullable(z.custom<string | number | boolean>((v) => typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v)))));

/** Token replies: only `token` is required; the rest is used when present (seed 003 refresh reply). */
const tokenFields = {
  token: filled,
  expiration: optNum,
  created: optNum,
  origin: optStr,
  customId: optScalar,
  realm: optStr,
};

export const tokenSchema = z.object(tokenFields);

export const conditionalSchema = z.object({
  ...tokenFields,
  status: filled,
  conditions: optStrings,
  token: optStr,
});

export const pinConfirmationSchema = z.object({ ...tokenFields, token: optStr });

/** Known fields are checked; every other field is kept (loose object). */
export const personalInformationSchema = z.looseObject({
  email: optStr,
  firstName: optStr,
  lastName: optStr,
  phone: optStr,
  customId: optScalar,
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
