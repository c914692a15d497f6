// Replay protection for signed requests: a nonce is accepted once. The verifier asks the store to remember
// each nonce until the request could no longer be accepted anyway (its timestamp + the window), so a store
// never needs to hold more than one window's worth of nonces.
//
// A store also has a fence: the moment from which its memory is complete. Nonces used before it — by a
// previous process, before a restart, or before a shared store lost its data — are unknown to it, so it
// refuses every signature timestamped before the fence (`before_fence`: the edge signs again and retries)
// instead of accepting a replay. A request the previous holder accepted was signed before that holder
// stopped, which was before the fence was set: strictly before it. MemoryNonceCache's fence is the moment it was created; the shared
// Redis store (onprem/auth/redis-nonce-cache.ts) keeps its fence in Redis, set again whenever Redis has lost it.
// Timestamps are the signer's clock, the fence the verifier's: see index.ts ("Replays after a restart").

export interface NonceEntry {
  /** What must be unique: `<key id>:<nonce>`. */
  key: string;
  /** The signature's timestamp, Unix ms: compared with the fence. */
  signedAtMs: number;
  /** Remember the nonce until then (after it the signature is stale anyway). */
  expiresAtMs: number;
}

export type NonceVerdict =
  | { fresh: true }
  | { fresh: false; reason: 'replayed' }
  /** Signed before `fenceMs`, when this store's memory begins: it cannot tell whether the nonce was used. */
  | { fresh: false; reason: 'before_fence'; fenceMs: number };

export interface NonceCache {
  /**
   * Records the nonce and answers `fresh`, or answers why not. Check and record are one step, so two
   * concurrent replays cannot both pass. Throws if the store cannot answer (unreachable): the verifier then
   * refuses the request.
   */
  checkAndStore(entry: NonceEntry): NonceVerdict | Promise<NonceVerdict>;
}

interface Remembered {
  expiresAtMs: number;
  signedAtMs: number;
}

/**
 * In-memory, one process (or isolate): the default for a single node. Its fence is the moment it was
 * created, so a captured request the previous process accepted is refused after a restart. A Map keeps
 * insertion order, which is roughly expiry order, so expired entries are dropped from the front. When full,
 * the oldest entry is forgotten and the fence moves past its timestamp: the cache then refuses
 * (`before_fence`) rather than accepts what it no longer remembers. Size it for (requests per second ×
 * window seconds); `evicted` counts how often that happened.
 */
export class MemoryNonceCache implements NonceCache {
  private readonly entries = new Map<string, Remembered>();
  /** Signatures timestamped before this (Unix ms) are refused. */
  fenceMs: number;
  evicted = 0;

  constructor(
    readonly maxEntries = 100_000,
    private readonly now: () => number = Date.now,
  ) {
    if (!(maxEntries >= 1)) throw new RangeError('maxEntries must be at least 1');
    this.fenceMs = now();
  }

  get size(): number {
    return this.entries.size;
  }

  checkAndStore({ key, signedAtMs, expiresAtMs }: NonceEntry): NonceVerdict {
    if (signedAtMs < this.fenceMs) return { fresh: false, reason: 'before_fence', fenceMs: this.fenceMs };
    const now = this.now();
    this.sweep(now);
    const seen = this.entries.get(key);
    if (seen !== undefined && seen.expiresAtMs > now) return { fresh: false, reason: 'replayed' };
    this.entries.delete(key);
    while (this.entries.size >= this.maxEntries) this.forgetOldest();
    this.entries.set(key, { expiresAtMs, signedAtMs });
    return { fresh: true };
  }

  private forgetOldest(): void {
    const oldest = this.entries.entries().next();
    if (oldest.done) return;
    const [key, { signedAtMs }] = oldest.value;
    this.entries.delete(key);
    this.fenceMs = Math.max(this.fenceMs, signedAtMs + 1);
    this.evicted++;
  }

  /** Drops expired entries from the front (amortised O(1) per insertion). */
  private sweep(now: number): void {
    for (const [key, { expiresAtMs }] of this.entries) {
      if (expiresAtMs > now) break;
      this.entries.delete(key);
    }
  }
}
