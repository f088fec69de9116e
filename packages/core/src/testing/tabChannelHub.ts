import type { TabChannel } from '../ports';

// BroadcastChannel stand-in: a message posted by one tab reaches every OTHER open channel
// of the hub on a microtask, as a structured clone.

export interface TabChannelHub {
  createChannel(): TabChannel;
  /** Every message posted so far (for assertions). */
  messages(): unknown[];
}

export function createTabChannelHub(): TabChannelHub {
  const channels = new Set<{ listeners: Set<(message: unknown) => void> }>();
  const log: unknown[] = [];
  return {
    createChannel() {
      const self = { listeners: new Set<(message: unknown) => void>() };
      channels.add(self);
      return {
        post(message) {
          if (!channels.has(self)) return;
          log.push(message);
          for (const other of channels) {
            if (other === self) continue;
            const copy = structuredClone(message);
            for (const listener of [...other.listeners]) queueMicrotask(() => {
              if (other.listeners.has(listener)) listener(copy);
            });
          }
        },
        subscribe(listener) {
          self.listeners.add(listener);
          return () => self.listeners.delete(listener);
        },
        close() {
          channels.delete(self);
          self.listeners.clear();
        },
      };
    },
    messages: () => [...log],
  };
}
