import type { KeyValueStorage } from '../ports';
import { parseRecord, type SessionRecord } from './record';

// The one place the session record is read from / written to storage.

export interface TokenStore {
  read(): SessionRecord | null;
  write(record: SessionRecord): void;
  remove(): void;
  /** Changes made by OTHER tabs (storage event), when the storage supports it. */
  subscribe(listener: () => void): () => void;
}

export function createTokenStore(storage: KeyValueStorage, key: string): TokenStore {
  return {
    read: () => {
      try {
        return parseRecord(storage.getItem(key));
      } catch {
        return null;
      }
    },
    write: (record) => storage.setItem(key, JSON.stringify(record)),
    remove: () => storage.removeItem(key),
    subscribe(listener) {
      if (!storage.subscribe) return () => undefined;
      return storage.subscribe((changed) => {
        if (changed === null || changed === key) listener();
      });
    },
  };
}
