/** Runs `task` over `items` with at most `limit` at once; stops starting new ones once `signal` aborts. */
export async function runQueue<T, R>(
  items: readonly T[],
  limit: number,
  task: (item: T) => Promise<R>,
  options: { signal?: AbortSignal; onSettled?: (item: T, result: PromiseSettledResult<R>) => void } = {},
): Promise<Map<T, PromiseSettledResult<R>>> {
  const results = new Map<T, PromiseSettledResult<R>>();
  let next = 0;
  const worker = async () => {
    while (next < items.length && !options.signal?.aborted) {
      const item = items[next++];
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
