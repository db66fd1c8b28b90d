/** Runs `task` over `items` with at most `limit` at once; stops starting new ones once `signal` aborts. */
export async function runQueue<T, R>(
  items: readonly T[],
  limit: number,
  task: (item: T) => Promise<R>,
  options: { signal?: AbortSignal; onSettled?: (item: T, result: PromiseSettledResult<R>) => void } = {},
): Promise<Map<T, PromiseSettledResult<R>>> {
  const results = new Map<T, PromiseSettledResult<R>>();
  // One iterator shared by every worker: each takes the next item that no worker has started.
  const pending = items.values();
  const worker = async () => {
    while (!options.signal?.aborted) {
      const { done, value: item } = pending.next();
      if (done) return;
      let result: PromiseSettledResult<R>;
      try {
        result = { status: 'fulfilled', value: await task(item) };
      } catch (reason) {
        result = { status: 'rejected', reason };
      }
      results.set(item, result);
      options.onSettled?.(item, result);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
