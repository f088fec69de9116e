import type { AuthError } from '../errors/AuthError';

/** `fieldErrors` → `{ [field]: code }` for form libraries (first error per field wins). */
export function errorFieldsToForm(error: Pick<AuthError, 'fieldErrors'>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const { field, code } of error.fieldErrors) {
    if (field !== '__proto__' && !Object.hasOwn(out, field)) out[field] = code;
  }
  return out;
}
