// Replay protection for signed requests: a nonce may be used once within the replay window. The verifier
// asks the cache to remember each nonce until the request could no longer be accepted anyway (its
// timestamp + the window), so the cache never needs to hold more than one window's worth of nonces.

export interface NonceCache {
  /**
   * Records `nonce` until `expiresAtMs` and returns true, or returns false if it is already recorded and
   * not yet expired (a replay). Check and record must be one step, so two concurrent replays cannot both pass.
   */
  checkAndStore(nonce: string, expiresAtMs: number): boolean | Promise<boolean>;
}

/**
 * In-memory LRU with per-entry expiry (one process / isolate). A Map keeps insertion order, which is
 * expiry order within a fixed window, so expired entries are dropped from the front. When full, the
 * oldest entry is evicted — a replay of an evicted nonce inside the window would then pass, so size it
 * for (requests per second × window seconds); `evicted` counts how often that happened.
 */
export class MemoryNonceCache implements NonceCache {
  private readonly entries = new Map<string, number>();
  evicted = 0;

  constructor(
    readonly maxEntries = 100_000,
    private readonly now: () => number = Date.now,
  ) {
    if (!(maxEntries >= 1)) throw new RangeError('maxEntries must be at least 1');
  }

  get size(): number {
    return this.entries.size;
  }

  checkAndStore(nonce: string, expiresAtMs: number): boolean {
    const now = this.now();
    this.sweep(now);
    const seen = this.entries.get(nonce);
    if (seen !== undefined && seen > now) return false;
    this.entries.delete(nonce);
    while (this.entries.size >= this.maxEntries) {
      const oldest = this.entries.keys().next();
      if (oldest.done) break;
      this.entries.delete(oldest.value);
      this.evicted++;
    }
    this.entries.set(nonce, expiresAtMs);
    return true;
  }

  /** Drops expired entries from the front (amortised O(1) per insertion). */
  private sweep(now: number): void {
    for (const [nonce, exp] of this.entries) {
      if (exp > now) break;
      this.entries.delete(nonce);
    }
  }
}
