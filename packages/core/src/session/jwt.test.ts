import { describe, expect, it } from 'vitest';
import { decodeJwt } from './jwt';

const encode = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');
const jwt = (payload: unknown): string => `${encode({ alg: 'HS256' })}.${encode(payload)}.sig`;

describe('decodeJwt', () => {
  it('reads exp, rlm and eml only', () => {
    const claims = decodeJwt(jwt({ exp: 1_900_000_000, rlm: 'client', eml: 'zoë@example.com', sub: 'x', secret: 1 }));
    expect(claims).toEqual({ exp: 1_900_000_000, rlm: 'client', eml: 'zoë@example.com' });
  });

  it('returns {} for opaque or broken tokens', () => {
    expect(decodeJwt('opaque')).toEqual({});
    expect(decodeJwt('a.%%%.c')).toEqual({});
    expect(decodeJwt(`x.${encode('str')}.y`)).toEqual({});
    expect(decodeJwt(jwt({ exp: 'soon' }))).toEqual({});
  });
});
