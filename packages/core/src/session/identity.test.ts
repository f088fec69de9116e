import { describe, expect, it } from 'vitest';
import type { IdentityMirror } from '../ports';
import { createMemoryStorage } from '../ports/memoryStorage';
import { createSeededRandom } from '../testing/seededRandom';
import { createIdentity } from './identity';

function mirror(initial: string | null): IdentityMirror & { value: string | null } {
  return {
    value: initial,
    read() {
      return this.value;
    },
    write(uuid) {
      this.value = uuid;
    },
  };
}

describe('identity', () => {
  it('creates uuid and deviceId once and keeps them in storage', () => {
    const storage = createMemoryStorage();
    const first = createIdentity({ storage, key: 'id', random: createSeededRandom(1) }).get();
    const again = createIdentity({ storage, key: 'id', random: createSeededRandom(2) }).get();
    expect(again).toEqual(first);
    expect(first.uuid).not.toBe(first.deviceId);
  });

  it('adopts the tracker cookie uuid on a first visit and mirrors its own uuid back', () => {
    const cookie = mirror('0b6a3c1e-0000-4000-8000-00000000abcd');
    const identity = createIdentity({ storage: createMemoryStorage(), key: 'id', random: createSeededRandom(1), mirror: cookie });
    expect(identity.get().uuid).toBe('0b6a3c1e-0000-4000-8000-00000000abcd');
    const fresh = identity.regenerateUuid();
    expect(fresh.uuid).not.toBe('0b6a3c1e-0000-4000-8000-00000000abcd');
    expect(cookie.value).toBe(fresh.uuid);
    expect(identity.get()).toEqual(fresh);
  });
});
