// The rate limiter's source of truth: one Durable Object per tenant, counting that tenant's requests and
// tokens per minute, and the same for each of its keys; and, in its SQLite storage, the tenant's and its
// keys' usage per UTC day and month (usage-table.ts), against which token budgets are checked. One object
// per tenant means a request's key and tenant limits are checked and charged atomically in one round trip;
// its cost is that one tenant's traffic is bounded by what one object serves (thousands of checks per second).
//
// A request is charged its estimate (prompt + max_tokens) when it is checked; once its answer is in, settle()
// replaces the estimate with the usage the upstream reported — in the minute window it was charged to, if
// that window is still current — and writes it to the day and month counters. No usage reported: the estimate
// stands. check() writes nothing to storage (a write would hold its reply until the write is confirmed): while
// a request runs, its estimate is held in memory against its scopes' budgets; settle(), after the response,
// writes. (An object restarted in between forgets the estimates held: the budgets then see only settled usage.)
//
// Windows are fixed, aligned to the minute of the object's clock. Within a window the request count only goes
// up, which is what makes the isolates' local pre-check (RateLimitClient) safe for requests per minute. Tokens
// can go down (a settlement that reported fewer tokens than estimated), so a remembered token shortfall is
// not trusted: the object is asked. (Fixed windows allow up to twice the rate across a window boundary; that
// is the usual trade for O(1) state.)
import { DurableObject } from 'cloudflare:workers';
import type { Budget } from '../../../shared/protocol/auth/api-keys.ts';
import { periodsOf, UsageTable, type UsageRow } from './usage-table.ts';

export const WINDOW_MS = 60_000;

/** What a key or a tenant may spend per window, and per UTC day / month. */
export interface Limits {
  /** Requests per minute; undefined = unlimited. */
  rpm?: number;
  /** Tokens per minute (estimated, then corrected by the reported usage); undefined = unlimited. */
  tpm?: number;
  /** Tokens per UTC day / month; undefined = no budget. */
  budget?: Budget;
}

export interface LimitCheck {
  /** e.g. `key:k7Qm2xP9` and `tenant` — the counters this request is charged to, with their limits. */
  scopes: { id: string; limits: Limits }[];
  /** The estimate: prompt + max_tokens. */
  tokens: number;
  /** The estimate's prompt part (the usage counters' tokens in, until settled); default 0. */
  promptTokens?: number;
}

export type Scope = 'key' | 'tenant';
export type Dimension = 'requests' | 'tokens';
/** A budget's period. */
export type BudgetPeriod = 'day' | 'month';

export interface LimitReply {
  ok: boolean;
  /** When refused: which counter and which dimension (`budget`: its day's or month's tokens are spent). */
  scope?: string;
  dimension?: Dimension | 'budget';
  period?: BudgetPeriod;
  /** When the current window ends (epoch ms). */
  resetAt: number;
  /** When the request was charged (the object's clock): settle() corrects the window and periods of that instant. */
  at: number;
  /** Per scope (same order as asked), what is left in this window after this request; Infinity = no limit. */
  remaining: { requests: number; tokens: number }[];
}

/** A request's answer is in: what it really used, against what it was charged. */
export interface Settlement {
  /** The counters it counts under: `key:<id>`, `tenant`. */
  scopes: string[];
  /** The edge's estimate: tokens (prompt + max_tokens) and its prompt part. */
  estimate: { tokens: number; promptTokens: number };
  /** What check() charged, when it was asked (else the request is counted now, whole). */
  charged?: { at: number };
  /** What the upstream reported; undefined = no usage came back (the estimate stands). */
  usage?: { prompt: number; completion: number };
}

interface Counter {
  window: number;
  requests: number;
  tokens: number;
}

export class RateLimiter extends DurableObject {
  private readonly counters = new Map<string, Counter>();
  private readonly usage: UsageTable;
  /** Estimates of requests running, per budgeted scope and period (`<scope>\u0000<period>`): not yet settled. */
  private readonly held = new Map<string, number>();

  constructor(ctx: DurableObjectState, env: Cloudflare.Env) {
    super(ctx, env);
    this.usage = new UsageTable(ctx.storage.sql);
  }

  /** Checks every scope first (budgets, then windows), and charges them all only if all allow the request. */
  check(req: LimitCheck, nowMs: number = Date.now()): LimitReply {
    const window = Math.floor(nowMs / WINDOW_MS);
    const resetAt = (window + 1) * WINDOW_MS;
    const current = req.scopes.map((s) => this.counter(s.id, window));
    const left = (i: number) => {
      const { limits } = req.scopes[i]!;
      const c = current[i]!;
      return {
        requests: limits.rpm === undefined ? Infinity : limits.rpm - c.requests,
        tokens: limits.tpm === undefined ? Infinity : limits.tpm - c.tokens,
      };
    };
    const remaining = () => req.scopes.map((_, j) => left(j));
    const spent = this.budgetSpent(req.scopes, nowMs);
    if (spent)
      return { ok: false, scope: spent.scope, dimension: 'budget', period: spent.period, resetAt, at: nowMs, remaining: remaining() };
    for (let i = 0; i < req.scopes.length; i++) {
      const l = left(i);
      const dimension: Dimension | undefined = l.requests < 1 ? 'requests' : l.tokens < req.tokens ? 'tokens' : undefined;
      if (dimension) return { ok: false, scope: req.scopes[i]!.id, dimension, resetAt, at: nowMs, remaining: remaining() };
    }
    for (const c of current) {
      c.requests += 1;
      c.tokens += req.tokens;
    }
    this.hold(
      req.scopes.filter((s) => s.limits.budget).map((s) => s.id),
      nowMs,
      req.tokens,
    );
    // Old windows are dropped lazily; an object only holds its tenant's keys.
    if (this.counters.size > 1000) for (const [k, c] of this.counters) if (c.window !== window) this.counters.delete(k);
    if (this.held.size > 10_000) this.held.clear(); // only settlements that never came leave entries behind
    return { ok: true, resetAt, at: nowMs, remaining: remaining() };
  }

  /**
   * The answer is in: the reported usage replaces the estimate in the window charged (while it is current), and is
   * counted — or, with none reported, the estimate is. A request check() never saw is counted the same way.
   */
  settle(s: Settlement, nowMs: number = Date.now()): void {
    const { estimate, usage, charged } = s;
    const estPrompt = Math.min(estimate.promptTokens, estimate.tokens);
    if (charged) {
      this.hold(s.scopes, charged.at, -estimate.tokens);
      if (usage) this.correctWindow(s.scopes, charged.at, usage.prompt + usage.completion - estimate.tokens);
    }
    const [prompt, completion] = usage ? [usage.prompt, usage.completion] : [estPrompt, estimate.tokens - estPrompt];
    this.usage.add(s.scopes, charged?.at ?? nowMs, { requests: 1, prompt, completion, estimated: usage ? 0 : 1 }, nowMs);
  }

  /** Settlements in the order given (the Worker's batch of them, edge/durable-batches.ts): one event, one storage commit. */
  settleAll(settlements: readonly Settlement[], nowMs: number = Date.now()): void {
    for (const s of settlements) this.settle(s, nowMs);
  }

  /** The operator's read path: this tenant's usage rows of UTC month `YYYY-MM` (the month's and its days'). */
  usageOf(month: string): UsageRow[] {
    return this.usage.month(month);
  }

  /** Adds `tokens` (negative: releases them) to what is held for each scope in the day and month of `at`. */
  private hold(scopes: readonly string[], at: number, tokens: number): void {
    const { day, month } = periodsOf(at);
    for (const scope of scopes)
      for (const period of [day, month]) {
        const k = `${scope}\u0000${period}`;
        const n = (this.held.get(k) ?? 0) + tokens;
        if (n > 0) this.held.set(k, n);
        else this.held.delete(k); // (releasing what a restart forgot: nothing left to release)
      }
  }

  private heldFor(scope: string, period: string): number {
    return this.held.get(`${scope}\u0000${period}`) ?? 0;
  }

  /** Adds `delta` tokens to each scope's counter of the window of `at`, if that window is still the current one. */
  private correctWindow(scopes: readonly string[], at: number, delta: number): void {
    const window = Math.floor(at / WINDOW_MS);
    for (const id of scopes) {
      const c = this.counters.get(id);
      if (c && c.window === window) c.tokens = Math.max(0, c.tokens + delta);
    }
  }

  private counter(id: string, window: number): Counter {
    let c = this.counters.get(id);
    if (!c || c.window !== window) this.counters.set(id, (c = { window, requests: 0, tokens: 0 }));
    return c;
  }

  /** The first scope whose day or month budget is spent (tokens counted, and the estimates of requests running). */
  private budgetSpent(scopes: LimitCheck['scopes'], nowMs: number): { scope: string; period: BudgetPeriod } | undefined {
    const periods = periodsOf(nowMs);
    for (const { id, limits } of scopes) {
      const b = limits.budget;
      if (!b) continue;
      const used = (period: string) => this.usage.used(id, period) + this.heldFor(id, period);
      if (b.tokens_per_day !== undefined && used(periods.day) >= b.tokens_per_day) return { scope: id, period: 'day' };
      if (b.tokens_per_month !== undefined && used(periods.month) >= b.tokens_per_month) return { scope: id, period: 'month' };
    }
    return undefined;
  }
}
