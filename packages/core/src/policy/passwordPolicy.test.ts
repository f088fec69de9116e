import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { createPasswordPolicy, DEFAULT_PASSWORD_MAX_LENGTH } from './passwordPolicy';

const failed = (policy: ReturnType<typeof createPasswordPolicy>, value: string): string[] =>
  policy.evaluate(value).filter((r) => !r.passed).map((r) => r.id);

const messages = (policy: ReturnType<typeof createPasswordPolicy>, value: string): string[] => {
  const result = z.safeParse(policy.schema, value);
  return result.success ? [] : result.error.issues.map((i) => i.message);
};

describe('default policy (SDK)', () => {
  const policy = createPasswordPolicy();

  it('has the SDK rules in a stable order with params', () => {
    expect(policy.rules.map((r) => [r.id, r.params])).toEqual([
      ['minLength', { min: 6 }],
      ['maxLength', { max: DEFAULT_PASSWORD_MAX_LENGTH }],
      ['lowercase', {}],
      ['uppercase', {}],
      ['number', {}],
      ['nonAlphanumeric', {}],
    ]);
    expect(policy.minLength).toBe(6);
    expect(policy.maxLength).toBe(128);
  });

  it.each([
    ['Abcde1!', []],
    ['Ab1!', ['minLength']],
    ['ABCDE1!', ['lowercase']],
    ['abcde1!', ['uppercase']],
    ['Abcdef!', ['number']],
    ['Abcde12', ['nonAlphanumeric']],
    ['', ['minLength', 'lowercase', 'uppercase', 'number', 'nonAlphanumeric']],
    [`Aa1!${'x'.repeat(125)}`, ['maxLength']],
  ])('%j fails %j', (value, expected) => {
    expect(failed(policy, value)).toEqual(expected);
    expect(messages(policy, value)).toEqual(expected);
  });

  it('evaluate reports every rule with params and passed', () => {
    expect(policy.evaluate('Ab1!')[0]).toEqual({ id: 'minLength', params: { min: 6 }, passed: false });
    expect(policy.evaluate('Ab1!')).toHaveLength(6);
  });

  it('is Unicode-aware: Ł/Ż are upper case, ż/ł lower case, ٣ is a number, space and emoji are special', () => {
    expect(failed(policy, 'Łódź1!')).toEqual([]);
    expect(failed(policy, 'żółw1!')).toEqual(['uppercase']);
    expect(failed(policy, 'ŻÓŁW1!')).toEqual(['lowercase']);
    expect(failed(policy, 'Zażó٣!')).toEqual([]);
    expect(failed(policy, 'Zażółć1')).toEqual(['nonAlphanumeric']);
    expect(failed(policy, 'Zaż ół1')).toEqual([]);
    expect(failed(policy, 'Zażół1🙂')).toEqual([]);
  });

  it('exposes a passwordrules hint', () => {
    expect(policy.passwordRules).toBe('minlength: 6; maxlength: 128; required: lower; required: upper; required: digit; required: special;');
  });
});

describe('workspace policy', () => {
  it('honours settings and drops disabled classes', () => {
    const policy = createPasswordPolicy({
      minLength: 10,
      maxLength: 20,
      requireAtLeastOneLowercase: false,
      requireAtLeastOneUppercase: true,
      requireAtLeastOneNumber: false,
      requireAtLeastOneNonAlphaNumeric: false,
    });
    expect(policy.rules.map((r) => r.id)).toEqual(['minLength', 'maxLength', 'uppercase']);
    expect(policy.passwordRules).toBe('minlength: 10; maxlength: 20; required: upper;');
    expect(messages(policy, 'short')).toEqual(['minLength', 'uppercase']);
    expect(messages(policy, 'LONGENOUGH')).toEqual([]);
    expect(messages(policy, 'A'.repeat(21))).toEqual(['maxLength']);
  });

  it('falls back to the SDK default for missing fields and treats maxLength 0 as unset', () => {
    const policy = createPasswordPolicy({ minLength: 8, maxLength: 0 });
    expect(policy.minLength).toBe(8);
    expect(policy.maxLength).toBe(DEFAULT_PASSWORD_MAX_LENGTH);
    expect(policy.rules).toHaveLength(6);
  });

  it('never allows an empty password or max below min', () => {
    const policy = createPasswordPolicy({ minLength: 0, maxLength: 3, requireAtLeastOneLowercase: false, requireAtLeastOneUppercase: false, requireAtLeastOneNumber: false, requireAtLeastOneNonAlphaNumeric: false });
    expect(policy.minLength).toBe(1);
    expect(policy.maxLength).toBe(3);
    expect(messages(policy, '')).toEqual(['minLength']);
    expect(createPasswordPolicy({ minLength: 12, maxLength: 8 }).maxLength).toBe(12);
  });
});
