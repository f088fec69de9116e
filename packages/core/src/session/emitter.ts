// Typed events. A throwing handler never breaks the session or other handlers.

export interface Emitter<Events> {
  on<E extends keyof Events>(event: E, handler: (payload: Events[E]) => void): () => void;
  emit<E extends keyof Events>(event: E, payload: Events[E]): void;
  clear(): void;
}

export function createEmitter<Events>(onHandlerError?: (error: unknown) => void): Emitter<Events> {
  const handlers = new Map<keyof Events, Set<(payload: never) => void>>();
  return {
    on(event, handler) {
      const set = handlers.get(event) ?? new Set();
      set.add(handler as (payload: never) => void);
      handlers.set(event, set);
      return () => set.delete(handler as (payload: never) => void);
    },
    emit(event, payload) {
      for (const handler of [...(handlers.get(event) ?? [])]) {
        try {
          (handler as (value: Events[typeof event]) => void)(payload);
        } catch (error) {
          onHandlerError?.(error);
        }
      }
    },
    clear: () => handlers.clear(),
  };
}
