import { useEffect, useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useAuthClient, useSession } from '@synerise-auth/react';
import { accountQueryOptions, updateAccountMutationOptions } from '@synerise-auth/react/query';
import { Button, Field, FormAlert, FormLayout, Spinner, TextInput, useI18n } from '@synerise-auth/ui';
import { useStrings } from '../lib/strings';

/**
 * The account through the shop's own react-query hooks and the kit's options factories
 * (`@synerise-auth/react/query`): the same cache entry `useAccount()` would read, keyed by
 * the customer's uuid and removed when the customer changes.
 */
export function PersonalInfoCard() {
  const s = useStrings();
  const { formatError } = useI18n();
  const client = useAuthClient();
  const queryClient = useQueryClient();
  const uuid = useSession((snap) => (snap.status === 'authenticated' ? snap.uuid : null));
  const account = useQuery(accountQueryOptions(client, uuid));
  const update = useMutation(updateAccountMutationOptions(client, queryClient));
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
    update.mutate({ firstName, lastName });
  };

  return (
    <FormLayout title={s.personal} onSubmit={save}>
      {account.isPending ? (
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
          {update.error && <FormAlert tone="error">{formatError(update.error)}</FormAlert>}
          {update.isSuccess && <FormAlert tone="success">{s.saved}</FormAlert>}
          <Button type="submit" loading={update.isPending}>
            {s.save}
          </Button>
        </>
      )}
    </FormLayout>
  );
}
