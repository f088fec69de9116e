import { useEffect, useState, type FormEvent } from 'react';
import { useAccount } from '@synerise-auth/react';
import { Button, Field, FormAlert, FormLayout, Spinner, TextInput, useI18n } from '@synerise-auth/ui';
import { useStrings } from '../lib/strings';

export function PersonalInfoCard() {
  const s = useStrings();
  const { formatError } = useI18n();
  const account = useAccount();
  const [firstName, setFirstName] = useState('');
  const [lastName, setLastName] = useState('');
  const data = account.data;

  useEffect(() => {
    if (!data) return;
    setFirstName(data.firstName ?? '');
    setLastName(data.lastName ?? '');
  }, [data]);

  const save = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    account.update.mutate({ firstName, lastName });
  };

  return (
    <FormLayout title={s.personal} onSubmit={save}>
      {account.isLoading ? (
        <Spinner />
      ) : (
        <>
          <Field label={s.email}>
            <TextInput value={data?.email ?? ''} readOnly data-testid="account-email" />
          </Field>
          <Field label={s.firstName}>
            <TextInput value={firstName} onChange={(e) => setFirstName(e.target.value)} autoComplete="given-name" />
          </Field>
          <Field label={s.lastName}>
            <TextInput value={lastName} onChange={(e) => setLastName(e.target.value)} autoComplete="family-name" />
          </Field>
          {account.error && <FormAlert tone="error">{formatError(account.error)}</FormAlert>}
          {account.update.error && <FormAlert tone="error">{formatError(account.update.error)}</FormAlert>}
          {account.update.isSuccess && <FormAlert tone="success">{s.saved}</FormAlert>}
          <Button type="submit" loading={account.update.isPending}>
            {s.save}
          </Button>
        </>
      )}
    </FormLayout>
  );
}
