import { describe, expect, expectTypeOf, it } from 'vitest';
import type { SessionProfile } from './record';
import type { SessionSnapshot } from './types';

describe('SessionSnapshot is a discriminated union on status', () => {
  it('narrows profile on authenticated and uuid on anonymous (types)', () => {
    const read = (s: SessionSnapshot) => {
      if (s.status === 'authenticated') {
        expectTypeOf(s.profile).toEqualTypeOf<SessionProfile>();
        expectTypeOf(s.uuid).toEqualTypeOf<string>();
        expectTypeOf(s.expiresAt).toEqualTypeOf<number>();
        return s.profile.email;
      }
      if (s.status === 'anonymous') {
        expectTypeOf(s.uuid).toEqualTypeOf<string>();
        expectTypeOf(s.profile).toEqualTypeOf<undefined>();
        return s.uuid;
      }
      expectTypeOf(s.uuid).toEqualTypeOf<undefined>();
      return undefined;
    };
    expect(read({ status: 'booting' })).toBeUndefined();
    expect(read({ status: 'anonymous', uuid: 'u', deviceId: 'd' })).toBe('u');
    expect(read({ status: 'authenticated', uuid: 'u', deviceId: 'd', realm: 'client', expiresAt: 1, profile: { email: 'a@b.c' } })).toBe('a@b.c');
  });
});
