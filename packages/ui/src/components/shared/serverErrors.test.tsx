import { act, render, renderHook, waitFor } from '@testing-library/react';
import { useForm, type UseFormReturn } from 'react-hook-form';
import { describe, expect, it } from 'vitest';
import { AuthError } from '@synerise-auth/core';
import { applyServerError } from './serverErrors';

interface Values {
  login: string;
  secret: string;
  name: string;
}

function setup(values: Partial<Values> = {}) {
  return renderHook(() => useForm<Values>({ defaultValues: { login: 'ann@example.com', secret: 'Secret#123', name: 'Ann', ...values } }));
}

const FIELDS = { email: 'login', password: 'secret', firstName: 'name' } as const;

describe('applyServerError', () => {
  it('clears the secret fields after any error, even one that is not an AuthError', () => {
    const { result } = setup();
    let needsMessage = false;
    act(() => {
      needsMessage = applyServerError(result.current, new Error('boom'), { secrets: ['secret'] });
    });
    expect(result.current.getValues('secret')).toBe('');
    expect(result.current.getValues('login')).toBe('ann@example.com');
    expect(needsMessage).toBe(true);
  });

  it('puts field errors on their fields as message keys (server codes never become text)', () => {
    const { result } = setup();
    const error = new AuthError('VALIDATION', {
      fieldErrors: [
        { field: 'email', code: 'EMAIL_MALFORMED' },
        { field: 'firstName', code: 'FIELD_REQUIRED' },
      ],
    });
    let needsMessage = true;
    act(() => {
      needsMessage = applyServerError(result.current, error, { fields: FIELDS });
    });
    expect(result.current.getFieldState('login').error).toMatchObject({ type: 'server', message: 'validation.email' });
    expect(result.current.getFieldState('name').error).toMatchObject({ type: 'server', message: 'validation.required' });
    expect(needsMessage).toBe(false); // everything landed on a field
  });

  it('maps password problems to the policy message and unknown codes to "invalid"', () => {
    const { result } = setup();
    act(() => {
      applyServerError(
        result.current,
        new AuthError('POLICY_VIOLATION', { fieldErrors: [{ field: 'password', code: 'PASSWORD_TOO_SHORT' }, { field: 'firstName', code: 'ODD' }] }),
        { fields: FIELDS },
      );
    });
    expect(result.current.getFieldState('secret').error?.message).toBe('validation.passwordPolicy');
    expect(result.current.getFieldState('name').error?.message).toBe('validation.passwordPolicy'); // POLICY_VIOLATION wins
    const other = setup();
    act(() => {
      applyServerError(other.result.current, new AuthError('VALIDATION', { fieldErrors: [{ field: 'firstName', code: 'ODD' }] }), { fields: FIELDS });
    });
    expect(other.result.current.getFieldState('name').error?.message).toBe('validation.invalid');
  });

  it('a form-level message is still needed when some field errors have no field in this form', () => {
    const { result } = setup();
    let needsMessage = false;
    act(() => {
      needsMessage = applyServerError(
        result.current,
        new AuthError('VALIDATION', { fieldErrors: [{ field: 'email', code: 'X' }, { field: 'phone', code: 'X' }] }),
        { fields: FIELDS },
      );
    });
    expect(result.current.getFieldState('login').error?.message).toBe('validation.email');
    expect(needsMessage).toBe(true);
  });

  it('ACCOUNT_EXISTS without field errors lands on the e-mail field', () => {
    const { result } = setup();
    let needsMessage = true;
    act(() => {
      needsMessage = applyServerError(result.current, new AuthError('ACCOUNT_EXISTS', { status: 409 }), { fields: FIELDS });
    });
    expect(result.current.getFieldState('login').error).toMatchObject({ type: 'server', message: 'error.ACCOUNT_EXISTS' });
    expect(needsMessage).toBe(false);
  });

  it('errors without field errors need a form-level message and touch no field', () => {
    const { result } = setup();
    let needsMessage = false;
    act(() => {
      needsMessage = applyServerError(result.current, new AuthError('NETWORK'), { fields: FIELDS, secrets: ['secret'] });
    });
    expect(needsMessage).toBe(true);
    expect(['login', 'secret', 'name'].map((f) => result.current.getFieldState(f as keyof Values).error)).toEqual([undefined, undefined, undefined]);
    expect(result.current.getValues('secret')).toBe('');
  });

  it('focuses the first field that got an error', async () => {
    let form: UseFormReturn<Values> | undefined;
    function Form() {
      form = useForm<Values>({ defaultValues: { login: '', secret: '', name: '' } });
      return (
        <form>
          <input aria-label="login" {...form.register('login')} />
          <input aria-label="name" {...form.register('name')} />
        </form>
      );
    }
    const view = render(<Form />);
    act(() => {
      applyServerError(form!, new AuthError('VALIDATION', { fieldErrors: [{ field: 'firstName', code: 'X' }, { field: 'email', code: 'X' }] }), {
        fields: FIELDS,
      });
    });
    // react-hook-form focuses in a timer of its own: wait for the focus, no fixed delay.
    await waitFor(() => expect(document.activeElement).toBe(view.getByLabelText('name')));
  });
});
