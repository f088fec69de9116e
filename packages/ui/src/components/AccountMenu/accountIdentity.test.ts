import { describe, expect, it } from 'vitest';
import { accountIdentity } from './accountIdentity';

describe('accountIdentity', () => {
  it('uses the first and last name for the initials', () => {
    expect(accountIdentity('Ann', 'Lee', 'ann@example.com')).toEqual({ name: 'Ann', initials: 'AL' });
  });
  it('falls back to the e-mail when no name is known', () => {
    expect(accountIdentity(null, undefined, 'sam@gmail.example')).toEqual({ name: 'sam', initials: 'S' });
    expect(accountIdentity(' ', '', undefined)).toEqual({ name: undefined, initials: '?' });
  });
});
