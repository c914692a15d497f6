// Admission control on its own: slots, FIFO order, queue bound, deadlines, cancellation, draining.
// The app-level behaviour over HTTP (429/503 answers, engine work stopped) is in middleware/admission/index.test.ts.
import { describe, expect, it } from 'vitest';
import { Admission, AdmissionRejected, ShutdownAbort, type Slot } from './admission.ts';

const make = (maxConcurrent = 1, maxQueue = 2, queueTimeoutMs = 60_000) => new Admission({ maxConcurrent, maxQueue, queueTimeoutMs });

async function rejection(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (e) {
    return e;
  }
  throw new Error('expected a rejection');
}

describe('Admission', () => {
  it('stops every running request at the end of the grace period, and only those still running', async () => {
    const a = make(40, 0);
    const slots = await Promise.all(Array.from({ length: 40 }, () => a.acquire()));
    const stopped: number[] = [];
    slots.forEach((s, i) => s.onShutdown(() => (stopped.push(i), s.release())));
    for (const s of slots.slice(0, 10)) s.release(); // finished before the drain: not stopped
    expect(await a.drain(1)).toEqual({ aborted: 30 });
    expect(stopped).toEqual(Array.from({ length: 30 }, (_, i) => i + 10));
    expect(a.running).toBe(0);
  });

  it('grants up to maxConcurrent slots at once and queues the rest in FIFO order', async () => {
    const a = make(2, 5);
    const s1 = await a.acquire();
    const s2 = await a.acquire();
    expect(a.running).toBe(2);
    const order: string[] = [];
    const q1 = a.acquire().then((s) => (order.push('q1'), s));
    const q2 = a.acquire().then((s) => (order.push('q2'), s));
    expect(a.queued).toBe(2);
    s1.release();
    s1.release(); // idempotent: frees one slot only
    const g1 = await q1;
    expect(a.running).toBe(2);
    expect(a.queued).toBe(1);
    s2.release();
    const g2 = await q2;
    expect(order).toEqual(['q1', 'q2']);
    g1.release();
    g2.release();
    expect(a.running).toBe(0);
  });

  it('tryAcquire grants a free slot at once, but never past a waiting request, a full node or a drain', async () => {
    const a = make(1, 2);
    const s1 = a.tryAcquire()!;
    expect(a.running).toBe(1);
    expect(a.tryAcquire()).toBeUndefined(); // full
    const queued = a.acquire();
    s1.release(); // the slot goes to the one waiting, not to a later tryAcquire
    expect(a.tryAcquire()).toBeUndefined();
    (await queued).release();
    const s2 = a.tryAcquire()!;
    void a.drain(60_000);
    s2.release();
    expect(a.tryAcquire()).toBeUndefined(); // draining
  });

  it('rejects with queue_full when the queue is at its bound, with a Retry-After hint', async () => {
    const a = make(1, 1);
    const s = await a.acquire();
    const queued = a.acquire();
    const err = await rejection(a.acquire());
    expect(err).toBeInstanceOf(AdmissionRejected);
    expect((err as AdmissionRejected).reason).toBe('queue_full');
    expect((err as AdmissionRejected).retryAfterSeconds).toBeGreaterThanOrEqual(1);
    s.release();
    (await queued).release();
  });

  it('rejects with deadline when no slot frees in time, using the shorter of the two timeouts', async () => {
    const a = make(1, 5, 60_000);
    const s = await a.acquire();
    const err = await rejection(a.acquire({ timeoutMs: 5 }));
    expect((err as AdmissionRejected).reason).toBe('deadline');
    expect(a.queued).toBe(0);
    s.release();
    expect(a.running).toBe(0);
  });

  it('removes a queued request whose signal aborts; it never gets a slot', async () => {
    const a = make(1, 5);
    const s = await a.acquire();
    const gone = new AbortController();
    const p = a.acquire({ signal: gone.signal });
    const next = a.acquire();
    gone.abort(new Error('client left'));
    expect(((await rejection(p)) as Error).message).toBe('client left');
    expect(a.queued).toBe(1);
    s.release();
    const n = await next; // the one behind it got the slot
    expect(a.running).toBe(1);
    n.release();
  });

  it('drains: refuses new requests, lets running ones finish within the grace period', async () => {
    const a = make(1, 5);
    const s = await a.acquire();
    const queued = a.acquire();
    const drained = a.drain(60_000);
    expect(a.isDraining).toBe(true);
    expect(((await rejection(a.acquire())) as AdmissionRejected).reason).toBe('draining');
    s.release();
    const q = await queued; // accepted before the drain: it still runs
    let stopped = false;
    q.onShutdown(() => (stopped = true));
    q.release();
    expect(stopped).toBe(false);
    expect(await drained).toEqual({ aborted: 0 });
  });

  it('stops running work through the slot when the grace period is over', async () => {
    const a = make(1, 5);
    const s: Slot = await a.acquire();
    const queued = a.acquire();
    let reason: unknown;
    s.onShutdown((r) => ((reason = r), s.release())); // an engine stops when told to
    const result = await a.drain(1);
    expect(result).toEqual({ aborted: 1 });
    expect(reason).toBeInstanceOf(ShutdownAbort);
    expect(((await rejection(queued)) as AdmissionRejected).reason).toBe('draining');
    expect(a.running).toBe(0);
  });

  it('reports its counts to onChange (the metrics gauges)', async () => {
    const seen: string[] = [];
    const a = new Admission({
      maxConcurrent: 1,
      maxQueue: 1,
      queueTimeoutMs: 60_000,
      onChange: (st) => seen.push(`${st.running}/${st.queued}`),
    });
    const s = await a.acquire();
    const q = a.acquire();
    s.release();
    (await q).release();
    expect(seen).toEqual(['1/0', '1/1', '1/0', '0/0']);
  });
});
