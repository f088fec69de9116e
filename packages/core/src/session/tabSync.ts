import type { TabChannel } from '../ports';
import { parseRecord, type SessionRecord } from './record';
import type { TokenStore } from './tokenStore';

// Keeps tabs on one session. Storage is the source of truth (storage event → re-read); the
// channel carries the record too, so tabs whose storage is not shared (memory storage)
// still follow, and so browsers that coalesce storage events still deliver every change.

interface SessionMessage {
  type: 'synerise-auth/session';
  key: string;
  record: string;
}

export interface TabSync {
  publish(record: SessionRecord): void;
  stop(): void;
}

export function createTabSync(options: {
  tokenStore: TokenStore;
  channel: TabChannel | null;
  key: string;
  onChange: () => void;
}): TabSync {
  const { tokenStore, channel, key, onChange } = options;
  const offStorage = tokenStore.subscribe(onChange);
  const offChannel = channel?.subscribe((message) => {
    const m = message as Partial<SessionMessage> | null;
    if (!m || m.type !== 'synerise-auth/session' || m.key !== key || typeof m.record !== 'string') return;
    const record = parseRecord(m.record);
    if (!record) return;
    const stored = tokenStore.read();
    if (!stored || (stored.savedAt <= record.savedAt && m.record !== JSON.stringify(stored))) tokenStore.write(record);
    onChange();
  });
  return {
    publish(record) {
      const raw = JSON.stringify(record);
      tokenStore.write(record);
      channel?.post({ type: 'synerise-auth/session', key, record: raw } satisfies SessionMessage);
    },
    stop() {
      offStorage();
      offChannel?.();
    },
  };
}
