import type { TabChannel } from '../ports';

/** BroadcastChannel-backed TabChannel, or null where BroadcastChannel does not exist. */
export function createBroadcastTabChannel(name = 'synerise-auth'): TabChannel | null {
  if (typeof BroadcastChannel === 'undefined') return null;
  const channel = new BroadcastChannel(name);
  const listeners = new Set<(message: unknown) => void>();
  channel.onmessage = (event: MessageEvent) => {
    for (const listener of [...listeners]) listener(event.data);
  };
  return {
    post: (message) => channel.postMessage(message),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      listeners.clear();
      channel.close();
    },
  };
}
