import { act, renderHook } from '@testing-library/react';
import { useForm } from 'react-hook-form';
import { describe, expect, it } from 'vitest';
import { createPasswordPolicy } from '@synerise-auth/core';
import { checks, formResolver, type FieldCheck } from './formSchema';

describe('checks', () => {
  it('required: blank strings and missing values fail, anything else passes', () => {
    expect(checks.required('')).toBe('validation.required');
    expect(checks.required('   ')).toBe('validation.required');
    expect(checks.required(undefined)).toBe('validation.required');
    expect(checks.required(false)).toBe('validation.required');
    expect(checks.required('x')).toBeUndefined();
    expect(checks.required(true)).toBeUndefined();
  });

  it('email: required first, then the shape (trimmed)', () => {
    expect(checks.email('')).toBe('validation.required');
    expect(checks.email(42)).toBe('validation.required');
    expect(checks.email('ann')).toBe('validation.email');
    expect(checks.email('ann@example')).toBe('validation.email');
    expect(checks.email('a n@example.com')).toBe('validation.email');
    expect(checks.email('  ann@example.com  ')).toBeUndefined();
  });

  it('schema: runs a Standard Schema (core password policy) and maps any issue to one key', () => {
    const policy = createPasswordPolicy({
      minLength: 8, maxLength: 64, requireAtLeastOneUppercase: true,
      requireAtLeastOneLowercase: false, requireAtLeastOneNumber: false, requireAtLeastOneNonAlphaNumeric: false,
    });
    const check = checks.schema(policy.schema, 'validation.passwordPolicy');
    expect(check('')).toBe('validation.required');
    expect(check(undefined)).toBe('validation.required');
    expect(check('short')).toBe('validation.passwordPolicy');
    expect(check('longenough')).toBe('validation.passwordPolicy'); // no uppercase
    expect(check('Longenough')).toBeUndefined();
    expect(checks.schema(undefined, 'k')('anything')).toBeUndefined(); // no policy loaded yet
    const asyncSchema = { '~standard': { validate: () => Promise.resolve({ issues: [{ message: 'x' }] }) } };
    expect(checks.schema(asyncSchema, 'k')('anything')).toBeUndefined(); // async schemas are not awaited
  });

  it('optional never fails', () => {
    expect(checks.optional()).toBeUndefined();
  });
});

describe('formResolver (react-hook-form through @hookform/resolvers/standard-schema)', () => {
  interface Values {
    email: string;
    password: string;
    repeat: string;
  }
  const repeat: FieldCheck<Values> = (value, values) => (value === values.password ? undefined : 'validation.repeat');

  it('puts each failed check on its field with the message key, and passes valid values through', async () => {
    const { result } = renderHook(() =>
      useForm<Values>({
        resolver: formResolver<Values>({ email: checks.email, password: checks.required, repeat }),
        defaultValues: { email: 'nope', password: '', repeat: 'x' },
      }),
    );
    let valid = true;
    await act(async () => {
      valid = await result.current.trigger();
    });
    expect(valid).toBe(false);
    expect(result.current.getFieldState('email').error?.message).toBe('validation.email');
    expect(result.current.getFieldState('password').error?.message).toBe('validation.required');
    expect(result.current.getFieldState('repeat').error?.message).toBe('validation.repeat');

    act(() => {
      result.current.setValue('email', 'ann@example.com');
      result.current.setValue('password', 'Secret#123');
      result.current.setValue('repeat', 'Secret#123');
    });
    await act(async () => {
      valid = await result.current.trigger();
    });
    expect(valid).toBe(true);
    expect(['email', 'password', 'repeat'].map((f) => result.current.getFieldState(f as keyof Values).error)).toEqual([undefined, undefined, undefined]);
  });

  it('fields without a check are never validated', async () => {
    const { result } = renderHook(() =>
      useForm<Values>({ resolver: formResolver<Values>({ email: checks.email }), defaultValues: { email: 'a@b.co', password: '', repeat: '' } }),
    );
    let valid = false;
    await act(async () => {
      valid = await result.current.trigger();
    });
    expect(valid).toBe(true);
  });
});
