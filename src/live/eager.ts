/**
 * Starts consuming an async iterable at once, so that nothing published between "subscribe" and
 * the first `next()` of the consumer is lost (yoga's pub/sub attaches its listener lazily).
 */
export function listenNow<T>(iterable: AsyncIterable<T>): AsyncIterator<T> & { close(): Promise<void> } {
  const iterator = iterable[Symbol.asyncIterator]();
  let first: Promise<IteratorResult<T>> | undefined = iterator.next();
  return {
    next: () => {
      if (first) {
        const pending = first;
        first = undefined;
        return pending;
      }
      return iterator.next();
    },
    close: async () => {
      await iterator.return?.();
    },
  };
}
