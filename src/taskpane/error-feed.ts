/** Errors that happen outside a button press (the live re-check's event handler), passed on to the pane. */
export interface ErrorFeed {
  publish(error: unknown): void;
  subscribe(listener: (error: unknown) => void): () => void;
}

export function createErrorFeed(): ErrorFeed {
  const listeners = new Set<(error: unknown) => void>();
  // Errors before the pane subscribes are kept, so none is lost while React starts.
  const early: unknown[] = [];
  return {
    publish(error) {
      if (listeners.size === 0) early.push(error);
      for (const listener of listeners) listener(error);
    },
    subscribe(listener) {
      listeners.add(listener);
      for (const error of early.splice(0)) listener(error);
      return () => listeners.delete(listener);
    },
  };
}
