import { describe, expect, it } from 'vitest';
import { runQueue } from '@/lib/run-queue';

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

describe('runQueue (the bulk runner)', () => {
  it('never has more than the limit in flight, and reports every item', async () => {
    let inFlight = 0;
    let peak = 0;
    const results = await runQueue([1, 2, 3, 4, 5, 6, 7], 3, async (n) => {
      inFlight += 1;
      peak = Math.max(peak, inFlight);
      await tick();
      inFlight -= 1;
      if (n === 4) throw new Error('four failed');
      return n * 10;
    });
    expect(peak).toBe(3);
    expect(results.size).toBe(7);
    expect(results.get(2)).toEqual({ status: 'fulfilled', value: 20 });
    expect(results.get(4)?.status).toBe('rejected');
  });

  it('starts nothing new once cancelled; what already ran is reported', async () => {
    const controller = new AbortController();
    const started: number[] = [];
    const results = await runQueue(
      [1, 2, 3, 4, 5, 6],
      2,
      async (n) => {
        started.push(n);
        await tick();
        return n;
      },
      {
        signal: controller.signal,
        onSettled: (n) => {
          if (n === 1) controller.abort();
        },
      },
    );
    expect(started).toEqual([1, 2]);
    expect([...results.keys()].sort()).toEqual([1, 2]);
  });
});
