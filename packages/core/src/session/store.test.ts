import { describe, expect, it } from 'vitest';
import { sessionEqual, shallowEqual } from './store';

describe('shallowEqual (the kit’s one equality helper; react re-exports it)', () => {
  it('compares one level by default: primitives, keys, arrays vs objects', () => {
    expect(shallowEqual({ a: 1 }, { a: 1 })).toBe(true);
    expect(shallowEqual({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(shallowEqual({ a: {} }, { a: {} })).toBe(false);
    expect(shallowEqual([1, 2], [1, 2])).toBe(true);
    expect(shallowEqual([1], { 0: 1 })).toBe(false);
    expect(shallowEqual<unknown>(null, {})).toBe(false);
  });

  it('sessionEqual looks one level deeper (a re-parsed profile is the same profile), not two', () => {
    expect(sessionEqual({ status: 'authenticated', profile: { email: 'a@x' } }, { status: 'authenticated', profile: { email: 'a@x' } })).toBe(true);
    expect(sessionEqual({ profile: { email: 'a@x' } }, { profile: { email: 'b@x' } })).toBe(false);
    expect(sessionEqual({ profile: { nested: {} } }, { profile: { nested: {} } })).toBe(false);
  });
});
