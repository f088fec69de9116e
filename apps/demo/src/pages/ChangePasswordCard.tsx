import { useState, type FormEvent } from 'react';
import { useChangePassword, usePasswordPolicy } from '@synerise-auth/react';
import { Button, Checklist, Field, FormAlert, FormLayout, PasswordInput, useI18n } from '@synerise-auth/ui';
import { useStrings } from '../lib/strings';

/** SWAP POINT: replace with `<ChangePasswordForm />` from @synerise-auth/ui once it is exported. */
export function ChangePasswordCard() {
  const s = useStrings();
  const { t, has, formatError } = useI18n();
  const change = useChangePassword();
  const policy = usePasswordPolicy();
  const [oldPassword, setOldPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const rules = policy.evaluate(newPassword);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    change.mutate(
      { oldPassword, newPassword },
      {
        onSuccess: () => {
          setOldPassword('');
          setNewPassword('');
        },
      },
    );
  };

  const label = (id: string, n: number | undefined) => {
    const key = `password.rule.${id === 'nonAlphanumeric' ? 'special' : id}`;
    return has(key) ? t(key, { min: n ?? 0, max: n ?? 0 }) : id;
  };

  return (
    <FormLayout title={s.changePassword} onSubmit={submit}>
      <Field label={s.currentPassword} required>
        <PasswordInput value={oldPassword} onChange={(e) => setOldPassword(e.target.value)} autoComplete="current-password" />
      </Field>
      <Field label={s.newPassword} required>
        <PasswordInput value={newPassword} onChange={(e) => setNewPassword(e.target.value)} autoComplete="new-password" />
      </Field>
      <Checklist items={rules.map((r) => ({ id: r.id, label: label(r.id, r.params.min ?? r.params.max), met: r.passed }))} />
      {change.error && <FormAlert tone="error">{formatError(change.error)}</FormAlert>}
      {change.isSuccess && <FormAlert tone="success">{s.passwordChanged}</FormAlert>}
      <Button type="submit" loading={change.isPending} disabled={!oldPassword || rules.some((r) => !r.passed)}>
        {s.changePassword}
      </Button>
    </FormLayout>
  );
}
