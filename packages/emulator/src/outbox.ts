import type { OutboxKind, OutboxMessage } from './types.js';

/** In-memory mailbox standing in for the e-mails the workspace would send. */
export class Outbox {
  private messages: OutboxMessage[] = [];
  private readonly listeners = new Set<() => void>();

  push(message: OutboxMessage): void {
    this.messages.push(message);
    this.emit();
  }

  all(): OutboxMessage[] {
    return this.messages.map((m) => ({ ...m }));
  }

  latest(to: string, kind?: OutboxKind): OutboxMessage | undefined {
    const wanted = to.trim().toLowerCase();
    for (let i = this.messages.length - 1; i >= 0; i -= 1) {
      const m = this.messages[i];
      if (m && m.to === wanted && (!kind || m.kind === kind)) return { ...m };
    }
    return undefined;
  }

  clear(): void {
    this.messages = [];
    this.emit();
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  private emit(): void {
    for (const l of [...this.listeners]) l();
  }
}
