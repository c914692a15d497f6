// The rate limiter's source of truth: one Durable Object per tenant, counting that tenant's requests and
// estimated tokens per minute, and the same for each of its keys. One object per tenant means a request's
// key and tenant limits are checked and charged atomically in one round trip; its cost is that one
// tenant's traffic is bounded by what one object serves (thousands of checks per second).
//
// Windows are fixed, aligned to the minute of the object's clock. Within a window the remaining budget
// only goes down, which is what makes the isolates' local pre-check (RateLimitClient) safe: a caller it
// rejects from a remembered reply would be rejected by the object too. (Fixed windows allow up to twice
// the rate across a window boundary; that is the usual trade for O(1) state.)
import { DurableObject } from 'cloudflare:workers';

export const WINDOW_MS = 60_000;

/** What a key or a tenant may spend per window. */
export interface Limits {
  /** Requests per minute; undefined = unlimited. */
  rpm?: number;
  /** Estimated tokens (prompt + max_tokens) per minute; undefined = unlimited. */
  tpm?: number;
}

export interface LimitCheck {
  /** e.g. `key:k7Qm2xP9` and `tenant` — the counters this request is charged to, with their limits. */
  scopes: { id: string; limits: Limits }[];
  tokens: number;
}

export type Scope = 'key' | 'tenant';
export type Dimension = 'requests' | 'tokens';

export interface LimitReply {
  ok: boolean;
  /** When refused: which counter and which dimension. */
  scope?: string;
  dimension?: Dimension;
  /** When the current window ends (epoch ms). */
  resetAt: number;
  /** Per scope (same order as asked), what is left in this window after this request; Infinity = no limit. */
  remaining: { requests: number; tokens: number }[];
}

interface Counter {
  window: number;
  requests: number;
  tokens: number;
}

export class RateLimiter extends DurableObject {
  private readonly counters = new Map<string, Counter>();

  /** Checks every scope first, and charges them all only if all allow the request. */
  check(req: LimitCheck, nowMs: number = Date.now()): LimitReply {
    const window = Math.floor(nowMs / WINDOW_MS);
    const resetAt = (window + 1) * WINDOW_MS;
    const current = req.scopes.map((s) => {
      let c = this.counters.get(s.id);
      if (!c || c.window !== window) this.counters.set(s.id, (c = { window, requests: 0, tokens: 0 }));
      return c;
    });
    const left = (i: number) => {
      const { limits } = req.scopes[i]!;
      const c = current[i]!;
      return {
        requests: limits.rpm === undefined ? Infinity : limits.rpm - c.requests,
        tokens: limits.tpm === undefined ? Infinity : limits.tpm - c.tokens,
      };
    };
    for (let i = 0; i < req.scopes.length; i++) {
      const l = left(i);
      const dimension: Dimension | undefined = l.requests < 1 ? 'requests' : l.tokens < req.tokens ? 'tokens' : undefined;
      if (dimension) return { ok: false, scope: req.scopes[i]!.id, dimension, resetAt, remaining: req.scopes.map((_, j) => left(j)) };
    }
    for (const c of current) {
      c.requests += 1;
      c.tokens += req.tokens;
    }
    // Old windows are dropped lazily; an object only holds its tenant's keys.
    if (this.counters.size > 1000) for (const [k, c] of this.counters) if (c.window !== window) this.counters.delete(k);
    return { ok: true, resetAt, remaining: req.scopes.map((_, j) => left(j)) };
  }
}
