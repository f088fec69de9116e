import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';
import type { MessageKey } from '../../i18n';

interface ErrorWithFields {
  code: string;
  fieldErrors?: readonly { field: string; code: string }[];
}

function isErrorWithFields(value: unknown): value is ErrorWithFields {
  return typeof value === 'object' && value !== null && typeof (value as { code?: unknown }).code === 'string';
}

/** Message key for a server field error (server codes are never shown as text). */
function fieldMessageKey(error: ErrorWithFields, field: string, code: string): MessageKey {
  if (field === 'password' || /PASSWORD/i.test(code) || error.code === 'POLICY_VIOLATION') return 'validation.passwordPolicy';
  if (field === 'email' && error.code === 'ACCOUNT_EXISTS') return 'error.ACCOUNT_EXISTS';
  if (field === 'email') return 'validation.email';
  if (/REQUIRED|BLANK|EMPTY|NULL/i.test(code)) return 'validation.required';
  return 'validation.invalid';
}

export interface ServerErrorOptions<V extends FieldValues> {
  /** Secret fields (passwords, PINs): cleared after any server error. */
  secrets?: readonly Path<V>[];
  /** Fields of this form that server `fieldErrors` may land on (by server field name). */
  fields?: Partial<Record<string, Path<V>>>;
}

/**
 * Applies a failed submit to a react-hook-form form: clears secrets, puts server field
 * errors on their fields (message = i18n key) and focuses the first one. Returns whether a
 * form-level message is still needed (false when every problem landed on a field).
 */
export function applyServerError<V extends FieldValues>(
  form: UseFormReturn<V>,
  error: unknown,
  options: ServerErrorOptions<V> = {},
): boolean {
  for (const secret of options.secrets ?? []) {
    form.setValue(secret, '' as V[Path<V>], { shouldDirty: false, shouldValidate: false });
  }
  if (!isErrorWithFields(error)) return true;
  let landed = 0;
  let first: Path<V> | undefined;
  const fieldErrors = error.fieldErrors ?? [];
  for (const { field, code } of fieldErrors) {
    const name = options.fields?.[field];
    if (!name) continue;
    form.setError(name, { type: 'server', message: fieldMessageKey(error, field, code) });
    landed++;
    first ??= name;
  }
  if (error.code === 'ACCOUNT_EXISTS' && options.fields?.email && landed === 0) {
    const name = options.fields.email;
    form.setError(name, { type: 'server', message: 'error.ACCOUNT_EXISTS' });
    first = name;
    landed++;
  }
  if (first) form.setFocus(first);
  const allLanded = landed > 0 && landed >= fieldErrors.length;
  return !allLanded;
}
