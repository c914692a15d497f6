// Admission control for one engine: at most `maxConcurrent` requests run, up to `maxQueue` wait in FIFO
// order, each for at most its deadline. Framework-free; the admission step (middleware/admission/) turns
// rejections into HTTP answers and wires the slot to the engine's work.
//
//   const slot = admission.tryAcquire()                                         // a free slot at once, or
//     ?? await admission.acquire({ signal: clientSignal, timeoutMs });          // waits in the queue
//   slot.onShutdown((reason) => work.abort(reason))                             // the end of a drain's grace
//   try { await engine.handle({ ..., signal: work.signal }) }
//   finally { slot.release() }                                                   // after the last byte
//
//   queue full             → AdmissionRejected('queue_full')   429 + Retry-After
//   waited past deadline   → AdmissionRejected('deadline')     503 + Retry-After
//   draining (shutdown)    → AdmissionRejected('draining')     503
//   client gone (queued)   → the signal's reason is thrown; the request leaves the queue and never runs
//
// drain(graceMs) is the graceful shutdown: new requests are refused, queued and running ones may finish
// within the grace period; then running work is stopped through each slot's onShutdown and the rest refused.

export type RejectReason = 'queue_full' | 'deadline' | 'draining';

export class AdmissionRejected extends Error {
  constructor(
    readonly reason: RejectReason,
    /** A hint for Retry-After: roughly when a slot could be free, in whole seconds (≥ 1). */
    readonly retryAfterSeconds: number,
  ) {
    super(
      reason === 'queue_full'
        ? 'The on-prem node is at capacity and its queue is full; retry later.'
        : reason === 'deadline'
          ? 'The request waited in the on-prem queue past its deadline without an engine slot becoming free.'
          : 'The on-prem node is shutting down and takes no new requests.',
    );
    this.name = 'AdmissionRejected';
  }
}

/** The reason a slot's onShutdown callback gets when the node stops running work at the end of the grace period. */
export class ShutdownAbort extends Error {
  constructor() {
    super('the on-prem node is shutting down');
    this.name = 'AbortError';
  }
}

export interface AdmissionOptions {
  maxConcurrent: number;
  maxQueue: number;
  /** Longest wait in the queue; a request may ask for less (`timeoutMs` of acquire). */
  queueTimeoutMs: number;
  /** Called after every change of the counts (metrics gauges). */
  onChange?: (state: { queued: number; running: number }) => void;
  /** Milliseconds clock; tests don't need it, it is here so the service-time estimate is testable. */
  now?: () => number;
}

export interface Slot {
  /**
   * Calls `stop` if the node stops running work (the end of a graceful shutdown's grace period) while the slot is
   * held — at once, if it already has. One callback per slot; release() forgets it.
   */
  onShutdown(stop: (reason: ShutdownAbort) => void): void;
  /** How long the request waited in the queue, ms. */
  readonly waitedMs: number;
  /** Frees the slot for the next queued request. Idempotent. */
  release(): void;
}

interface Waiter {
  resolve(slot: Slot): void;
  reject(err: unknown): void;
  enqueuedAt: number;
  cleanup(): void;
}

/** Service time assumed before any request finished (for the first Retry-After hints). */
const INITIAL_SERVICE_MS = 1000;
const MAX_RETRY_AFTER_S = 60;

export class Admission {
  private readonly maxConcurrent: number;
  private readonly maxQueue: number;
  private readonly queueTimeoutMs: number;
  private readonly onChange: AdmissionOptions['onChange'];
  private readonly now: () => number;
  /** A Set keeps insertion order (FIFO) and deletes in O(1) when a queued client goes away. */
  private readonly queue = new Set<Waiter>();
  /** Slots held now. */
  private active = 0;
  /**
   * The running slots' stop callbacks, called once at the end of a drain's grace period: a Set, so that a slot
   * comes and goes in O(1) (listeners on one shared AbortSignal cost a search per removal, ~2 % of the node's CPU
   * at c=32).
   */
  private readonly stops = new Set<(reason: ShutdownAbort) => void>();
  /** Set once running work has been stopped for good. */
  private stoppedBy: ShutdownAbort | undefined;
  private idleWaiters: (() => void)[] = [];
  private draining = false;
  /** Exponentially weighted mean time a slot is held, ms. */
  private serviceMs = INITIAL_SERVICE_MS;

  constructor(opts: AdmissionOptions) {
    if (!(opts.maxConcurrent >= 1)) throw new RangeError('maxConcurrent must be at least 1');
    if (!(opts.maxQueue >= 0)) throw new RangeError('maxQueue must be at least 0');
    this.maxConcurrent = opts.maxConcurrent;
    this.maxQueue = opts.maxQueue;
    this.queueTimeoutMs = opts.queueTimeoutMs;
    this.onChange = opts.onChange;
    this.now = opts.now ?? Date.now;
  }

  get running(): number {
    return this.active;
  }
  get queued(): number {
    return this.queue.size;
  }
  get isDraining(): boolean {
    return this.draining;
  }

  /** Waits for a slot. `timeoutMs` shortens (never lengthens) the configured queue timeout. */
  acquire(opts: { signal?: AbortSignal; timeoutMs?: number } = {}): Promise<Slot> {
    const { signal } = opts;
    if (signal?.aborted) return Promise.reject(signal.reason);
    if (this.draining) return Promise.reject(new AdmissionRejected('draining', this.retryAfter()));
    const free = this.tryAcquire();
    if (free) return Promise.resolve(free);
    const start = this.now();
    if (this.queue.size >= this.maxQueue) return Promise.reject(new AdmissionRejected('queue_full', this.retryAfter()));

    const timeout = Math.max(0, Math.min(this.queueTimeoutMs, opts.timeoutMs ?? Infinity));
    return new Promise<Slot>((resolve, reject) => {
      const onAbort = () => {
        if (this.queue.delete(waiter)) {
          waiter.cleanup();
          this.changed();
          reject(signal?.reason);
        }
      };
      const timer = setTimeout(() => {
        if (this.queue.delete(waiter)) {
          waiter.cleanup();
          this.changed();
          reject(new AdmissionRejected('deadline', this.retryAfter()));
        }
      }, timeout);
      const waiter: Waiter = {
        resolve,
        reject,
        enqueuedAt: start,
        cleanup: () => {
          clearTimeout(timer);
          signal?.removeEventListener('abort', onAbort);
        },
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.queue.add(waiter);
      this.changed();
    });
  }

  /** A slot now if one is free and nobody waits (no promise, no signal needed); otherwise undefined: acquire(). */
  tryAcquire(): Slot | undefined {
    if (this.draining || this.active >= this.maxConcurrent || this.queue.size > 0) return undefined;
    const slot = this.grant(this.now());
    this.changed();
    return slot;
  }

  /**
   * Graceful shutdown: refuse new requests at once; let queued and running ones finish for up to `graceMs`;
   * then stop running work (each slot's onShutdown callback, with a ShutdownAbort) and refuse what is still
   * queued. Resolves when nothing runs any more (or shortly after the abort, if an engine is slow to stop).
   */
  async drain(graceMs: number): Promise<{ aborted: number }> {
    this.draining = true;
    if (this.isIdle()) return { aborted: 0 };
    let timer: ReturnType<typeof setTimeout> | undefined;
    const graceOver = new Promise<'grace'>((r) => (timer = setTimeout(() => r('grace'), graceMs)));
    const outcome = await Promise.race([this.idle().then(() => 'idle' as const), graceOver]);
    clearTimeout(timer);
    if (outcome === 'idle') return { aborted: 0 };
    const aborted = this.active;
    for (const w of [...this.queue]) {
      this.queue.delete(w);
      w.cleanup();
      w.reject(new AdmissionRejected('draining', this.retryAfter()));
    }
    this.stopRunning(new ShutdownAbort());
    this.changed();
    // Engines stop on the signal; don't let one that ignores it hold the process.
    await Promise.race([this.idle(), new Promise((r) => setTimeout(r, 1000).unref())]);
    return { aborted };
  }

  /** Resolves when nothing is queued or running. */
  idle(): Promise<void> {
    if (this.isIdle()) return Promise.resolve();
    return new Promise((r) => this.idleWaiters.push(r));
  }

  private stopRunning(reason: ShutdownAbort): void {
    this.stoppedBy = reason;
    for (const stop of [...this.stops]) stop(reason);
    this.stops.clear();
  }

  private isIdle(): boolean {
    return this.active === 0 && this.queue.size === 0;
  }

  /** A slot for a request that arrived at `enqueuedAt`; the caller reports the change (once per step). */
  private grant(enqueuedAt: number): Slot {
    this.active++;
    const granted = this.now();
    let released = false;
    let stop: ((reason: ShutdownAbort) => void) | undefined;
    return {
      onShutdown: (callback) => {
        if (released || stop) return;
        if (this.stoppedBy) return callback(this.stoppedBy);
        stop = callback;
        this.stops.add(callback);
      },
      waitedMs: granted - enqueuedAt,
      release: () => {
        if (released) return;
        released = true;
        if (stop) this.stops.delete(stop);
        this.active--;
        this.serviceMs = 0.8 * this.serviceMs + 0.2 * (this.now() - granted);
        this.next();
      },
    };
  }

  private next(): void {
    while (this.active < this.maxConcurrent) {
      const first = this.queue.values().next();
      if (first.done) break;
      const w = first.value;
      this.queue.delete(w);
      w.cleanup();
      w.resolve(this.grant(w.enqueuedAt));
    }
    this.changed();
  }

  private changed(): void {
    this.onChange?.({ queued: this.queue.size, running: this.active });
    if (this.isIdle() && this.idleWaiters.length > 0) {
      const waiters = this.idleWaiters;
      this.idleWaiters = [];
      for (const w of waiters) w();
    }
  }

  /** When a slot may be free for a request arriving now: the queue ahead, served maxConcurrent at a time. */
  private retryAfter(): number {
    const s = ((this.queue.size + 1) * this.serviceMs) / this.maxConcurrent / 1000;
    return Math.min(MAX_RETRY_AFTER_S, Math.max(1, Math.ceil(s)));
  }
}
