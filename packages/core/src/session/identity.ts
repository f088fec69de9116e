import { parseJson } from '../json';
import type { IdentityMirror, KeyValueStorage, Random } from '../ports';

// The profile UUID and the deviceId: created once (Random port), kept in storage, and on the
// web mirrored into the tracker's `_snrs_uuid` cookie (read first if the tracker set it).

export interface IdentityIds {
  uuid: string;
  deviceId: string;
}

export interface Identity {
  get(): IdentityIds;
  /** New profile UUID (sign-out with session clearing); deviceId stays. */
  regenerateUuid(): IdentityIds;
}

function parse(raw: string | null): Partial<IdentityIds> {
  const value = parseJson(raw) as Partial<IdentityIds> | null | undefined;
  return value && typeof value === 'object' ? value : {};
}

export function createIdentity(options: { storage: KeyValueStorage; key: string; random: Random; mirror?: IdentityMirror | null }): Identity {
  const { storage, key, random, mirror } = options;
  const save = (ids: IdentityIds): IdentityIds => {
    storage.setItem(key, JSON.stringify(ids));
    mirror?.write(ids.uuid);
    return ids;
  };
  return {
    get() {
      const stored = parse(storage.getItem(key));
      const mirrored = mirror?.read() ?? null;
      const uuid = typeof stored.uuid === 'string' ? stored.uuid : (mirrored ?? random.uuid());
      const deviceId = typeof stored.deviceId === 'string' ? stored.deviceId : random.uuid();
      if (uuid !== stored.uuid || deviceId !== stored.deviceId) return save({ uuid, deviceId });
      if (mirror && mirrored !== uuid) mirror.write(uuid);
      return { uuid, deviceId };
    },
    regenerateUuid() {
      const current = this.get();
      return save({ uuid: random.uuid(), deviceId: current.deviceId });
    },
  };
}
