export interface AccountIdentity {
  /** What the trigger shows: the first name, else the e-mail's local part. */
  name: string | undefined;
  /** One or two letters for the avatar. */
  initials: string;
}

/** Name and initials for the account trigger (first + last name, else the e-mail). */
export function accountIdentity(firstName: string | null | undefined, lastName: string | null | undefined, email: string | undefined): AccountIdentity {
  const first = firstName?.trim() ?? '';
  const last = lastName?.trim() ?? '';
  const local = email?.split('@')[0] ?? '';
  const letters = first ? `${first[0] ?? ''}${last[0] ?? ''}` : (local[0] ?? '');
  return { name: first || local || undefined, initials: (letters || '?').toUpperCase() };
}
