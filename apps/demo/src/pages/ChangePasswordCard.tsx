import { ChangePasswordForm } from '@synerise-auth/ui';
import { CHANGE_PASSWORD } from '../lib/router';

/** The kit's change-password form (current + new with the policy checklist + repeat). */
export function ChangePasswordCard() {
  return (
    <section id={CHANGE_PASSWORD}>
      <ChangePasswordForm />
    </section>
  );
}
