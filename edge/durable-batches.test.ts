// Batches of calls to a Durable Object: what arrives within the delay goes as one call, in order; a full batch
// goes at once; every item learns its batch's outcome; a batch whose timer never fired is not stranded.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DurableBatches } from './durable-batches.ts';

/** A stand-in for the RPC: records each call; fails those `failing` says. */
function recorder(failing: (items: number[]) => 'reject' | 'throw' | undefined = () => undefined) {
  const calls: { name: string; items: number[] }[] = [];
  const call = (name: string, items: number[]): Promise<void> => {
    calls.push({ name, items: [...items] });
    const fail = failing(items);
    if (fail === 'throw') throw new Error('no stub (test)');
    return fail === 'reject' ? Promise.reject(new Error('object unavailable (test)')) : Promise.resolve();
  };
  return { calls, call };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('DurableBatches', () => {
  it('items added within the delay go as one call, in the order added; each add settles once it is made', async () => {
    const { calls, call } = recorder();
    const batches = new DurableBatches(call, 100, 5);
    const adds = [1, 2, 3, 4].map((i) => batches.add('a', i));
    expect(calls).toEqual([]); // not before the delay
    await Promise.all(adds);
    expect(calls).toEqual([{ name: 'a', items: [1, 2, 3, 4] }]);
    await batches.add('a', 5); // a new batch after the sent one
    expect(calls.map((c) => c.items)).toEqual([[1, 2, 3, 4], [5]]);
  });

  it('a full batch goes at once; the next item opens another', async () => {
    const { calls, call } = recorder();
    const batches = new DurableBatches(call, 3, 60_000);
    const first = [1, 2, 3].map((i) => batches.add('a', i));
    expect(calls).toEqual([{ name: 'a', items: [1, 2, 3] }]); // without waiting for the delay
    await Promise.all(first);
    void batches.add('a', 4);
    void batches.add('a', 5);
    const last = batches.add('a', 6);
    await last;
    expect(calls.map((c) => c.items)).toEqual([
      [1, 2, 3],
      [4, 5, 6],
    ]);
  });

  it('each object its own batches', async () => {
    const { calls, call } = recorder();
    const batches = new DurableBatches(call, 100, 5);
    await Promise.all([batches.add('a', 1), batches.add('b', 2), batches.add('a', 3)]);
    expect(calls.sort((x, y) => x.name.localeCompare(y.name))).toEqual([
      { name: 'a', items: [1, 3] },
      { name: 'b', items: [2] },
    ]);
  });

  it('a failed call fails every item of its batch (a rejected RPC or one that throws), and the next batch goes on', async () => {
    const { calls, call } = recorder((items) => (items.includes(1) ? 'reject' : items.includes(3) ? 'throw' : undefined));
    const batches = new DurableBatches(call, 100, 5);
    const failed = [batches.add('a', 1), batches.add('a', 2)];
    for (const add of failed) await expect(add).rejects.toThrow('object unavailable');
    await expect(batches.add('a', 3)).rejects.toThrow('no stub');
    await expect(batches.add('a', 4)).resolves.toBeUndefined();
    expect(calls.map((c) => c.items)).toEqual([[1, 2], [3], [4]]);
  });

  it('a batch whose timer never fired (its request gone) goes with the next item added after it was due', async () => {
    vi.useFakeTimers(); // the timers do not fire unless advanced: as if the request that set one had been cancelled
    const { calls, call } = recorder();
    const batches = new DurableBatches(call, 100, 5);
    const stranded = batches.add('a', 1);
    vi.setSystemTime(Date.now() + 4);
    void batches.add('a', 2); // not due yet: joins it
    expect(calls).toEqual([]);
    vi.setSystemTime(Date.now() + 20);
    const next = batches.add('a', 3);
    expect(calls).toEqual([{ name: 'a', items: [1, 2] }]);
    await stranded;
    vi.advanceTimersByTime(5);
    await next;
    expect(calls.map((c) => c.items)).toEqual([[1, 2], [3]]);
  });
});
