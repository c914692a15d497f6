// Step: per-key and per-tenant limits on requests and tokens per minute, token budgets per UTC day / month,
// and the usage counters behind them. A request is charged the inspection's estimate (prompt + max_tokens)
// before it runs; once its answer is in, the usage the upstream reported replaces the estimate (usage.ts reads
// it off the JSON answer or the stream as it passes; the settlement goes to the object through waitUntil, the
// client never waits for it, with the isolate's other settlements for the tenant of the same few ms in one call:
// edge/durable-batches.ts). No usage reported: the estimate stands. A cache hit and an error answer ran
// nothing upstream: they count as a request of no tokens.
//
//   app.post('/v1/chat/completions', auth(), body({task}), inspect(), rateLimit(), ...)
//
// The RateLimiter Durable Object (limiter.ts, binding RATE_LIMITER, one object per tenant) is the source
// of truth, so limits hold across isolates and locations. Before asking it, each isolate checks what the
// object last told it about this tenant and key: while that window lasts the budget can only have shrunk,
// so a caller already out of requests — or asking for more tokens than the limit allows at all — is refused
// here without a round trip. Refusals are 429 with `Retry-After` (seconds until the window resets); answers
// carry OpenAI's `x-ratelimit-limit|remaining|reset-requests|tokens` for the tightest limit that applies.
// A spent budget (key or tenant record `budget`) is 429 `insufficient_quota`, as OpenAI answers it, with
// `x-should-retry: false`: retrying cannot help before the period ends. Without any limit or budget the
// request costs no round trip; it is counted when its answer is in.
//
// Reads `caller` (auth), `inspection` (inspect), `request` (body), and after the rest of the pipeline
// `cache` (cache); sets nothing.
import type { Context, MiddlewareHandler } from 'hono';
import { parseJsonOrUndefined } from '../../../shared/protocol/json.ts';
import { ApiError, errors } from '../../../shared/protocol/openai/errors.ts';
import { formatLog, type LogSink } from '../../../shared/protocol/telemetry/index.ts';
import { DurableBatches } from '../../durable-batches.ts';
import { objectStub } from '../../durable-ids.ts';
import type { Env } from '../../env.ts';
import { heldBytes } from '../../response-bytes.ts';
import { replaceResponse, setHeaders } from '../../response-headers.ts';
import type { AuthVars } from '../auth/vars.ts';
import type { BodyVars } from '../body/vars.ts';
import type { CacheVars } from '../cache/vars.ts';
import type { InspectVars } from '../inspect/vars.ts';
import type { TelemetryVars } from '../telemetry/vars.ts';
import { type BudgetPeriod, type Dimension, type LimitReply, type Limits, type RateLimiter, type Settlement } from './limiter.ts';
import { clientAskedForUsage, meteredStream, usageOf, type Usage } from './usage.ts';

export { RateLimiter } from './limiter.ts';

/** How an answer's usage was known: reported by the upstream, none ran (cache hit, error), or the estimate stood. */
export type UsageSource = 'reported' | 'none' | 'estimated';

export interface RateLimitOptions {
  /** Called on every refusal (metrics). `where`: refused by the local pre-check or by the object. */
  onReject?: (info: { scope: 'key' | 'tenant'; dimension: Dimension | 'budget'; where: 'local' | 'object' }) => void;
  /** Called once per answer with what it used (metrics: totals, no tenant or key). */
  onUsage?: (usage: Usage, source: UsageSource) => void;
  /** Where a failed settlement is logged (by error name; never content). Default: nowhere. */
  log?: LogSink;
  now?: () => number;
}

interface Remembered {
  resetAt: number;
  requests: number;
}

export interface LimitRequest {
  tenant: string;
  keyId: string;
  keyLimits: Limits;
  tenantLimits: Limits;
  /** The estimate: prompt + max_tokens. */
  tokens: number;
  /** The estimate's prompt part (default 0). */
  promptTokens?: number;
}

export type LimitResult =
  | { ok: true; headers?: Record<string, string>; charged?: { at: number } }
  | {
      ok: false;
      scope: 'key' | 'tenant';
      dimension: Dimension | 'budget';
      period?: BudgetPeriod;
      retryAfterSeconds: number;
      where: 'local' | 'object';
    };

const unlimited = (l: Limits) => l.rpm === undefined && l.tpm === undefined && l.budget === undefined;

/** The counters a request is charged to: its key's and its tenant's. */
const scopesOf = (r: LimitRequest) => [
  { id: `key:${r.keyId}`, limits: r.keyLimits, scope: 'key' as const },
  { id: 'tenant', limits: r.tenantLimits, scope: 'tenant' as const },
];

/** The tenant's RateLimiter object. */
const objectName = (tenant: string) => `tenant:${tenant}`;

/** Settlements per call at most (a batch also goes DELAY_MS after its first). */
const SETTLE_BATCH = 100;

/**
 * Talks to the RateLimiter objects and remembers their last replies (per isolate: one client per
 * middleware instance). Two clients share nothing but the objects — which is how tests show that limits
 * hold across isolates.
 */
export class RateLimitClient {
  private readonly seen = new Map<string, Remembered>();
  /** Settlements go a batch per object at a time: none is waited for, and one call costs less than several. */
  private readonly settlements: DurableBatches<Settlement>;
  constructor(
    private readonly ns: DurableObjectNamespace<RateLimiter>,
    private readonly now: () => number = Date.now,
  ) {
    this.settlements = new DurableBatches((name, batch) => objectStub(ns, name).settleAll(batch), SETTLE_BATCH);
  }

  async check(r: LimitRequest): Promise<LimitResult> {
    const scopes = scopesOf(r);
    if (scopes.every((s) => unlimited(s.limits))) return { ok: true };
    const local = this.precheck(r, scopes);
    if (local) return local;

    // Typed RPC to the object; the reply is a plain structured-cloneable object. Both scopes go, limited or not:
    // the object counts the usage of both.
    const reply: LimitReply = await this.stub(r.tenant).check({
      scopes: scopes.map(({ id, limits }) => ({ id, limits })),
      tokens: r.tokens,
      promptTokens: r.promptTokens ?? 0,
    });
    scopes.forEach((s, i) => {
      const rem = reply.remaining[i];
      if (rem) this.seen.set(`${r.tenant}\u0000${s.id}`, { resetAt: reply.resetAt, requests: rem.requests });
    });
    if (this.seen.size > 10_000) this.seen.clear();
    if (reply.ok) return { ok: true, headers: rateLimitHeaders(scopes, reply, this.now()), charged: { at: reply.at } };
    return {
      ok: false,
      scope: scopes.find((s) => s.id === reply.scope)?.scope ?? 'tenant',
      dimension: reply.dimension ?? 'requests',
      ...(reply.period ? { period: reply.period } : {}),
      retryAfterSeconds: Math.max(1, (reply.resetAt - this.now()) / 1000),
      where: 'object',
    };
  }

  /**
   * The answer is in: `usage` (undefined = none reported) replaces the estimate `check` charged (`charged`), or,
   * for a request `check` did not send to the object, is counted whole.
   */
  settle(r: LimitRequest, charged: { at: number } | undefined, usage: Usage | undefined): Promise<void> {
    return this.settlements.add(objectName(r.tenant), {
      scopes: scopesOf(r).map((s) => s.id),
      estimate: { tokens: r.tokens, promptTokens: r.promptTokens ?? 0 },
      ...(charged ? { charged } : {}),
      ...(usage ? { usage } : {}),
    });
  }

  /**
   * Refusals that need no round trip: more tokens than a limit allows at all, or no requests left in the window
   * the object last reported (within a window the request count only goes up). A remembered token shortfall is
   * not trusted: a settlement may have given tokens back since.
   */
  private precheck(r: LimitRequest, scopes: ReturnType<typeof scopesOf>): LimitResult | undefined {
    const t = this.now();
    for (const s of scopes) {
      if (s.limits.tpm !== undefined && r.tokens > s.limits.tpm)
        return { ok: false, scope: s.scope, dimension: 'tokens', retryAfterSeconds: 60, where: 'local' };
      const m = this.seen.get(`${r.tenant}\u0000${s.id}`);
      if (m && t < m.resetAt && m.requests < 1)
        return { ok: false, scope: s.scope, dimension: 'requests', retryAfterSeconds: (m.resetAt - t) / 1000, where: 'local' };
    }
    return undefined;
  }

  private stub(tenant: string): DurableObjectStub<RateLimiter> {
    return objectStub(this.ns, objectName(tenant));
  }
}

/**
 * OpenAI's rate-limit headers, from the object's reply: per dimension, the limit and what is left of the
 * tightest counter (key or tenant) that has one, and when the window resets (`x-ratelimit-reset-requests: 42s`).
 */
export function rateLimitHeaders(scopes: readonly { limits: Limits }[], reply: LimitReply, nowMs: number): Record<string, string> {
  const headers: Record<string, string> = {};
  const resetIn = `${Math.max(1, Math.ceil((reply.resetAt - nowMs) / 1000))}s`;
  for (const [dimension, limitOf] of [
    ['requests', (l: Limits) => l.rpm],
    ['tokens', (l: Limits) => l.tpm],
  ] as const) {
    let tightest: { limit: number; remaining: number } | undefined;
    scopes.forEach((s, i) => {
      const limit = limitOf(s.limits);
      const remaining = reply.remaining[i]?.[dimension];
      if (limit !== undefined && remaining !== undefined && (!tightest || remaining < tightest.remaining)) tightest = { limit, remaining };
    });
    if (!tightest) continue;
    headers[`x-ratelimit-limit-${dimension}`] = String(tightest.limit);
    headers[`x-ratelimit-remaining-${dimension}`] = String(Math.max(0, tightest.remaining));
    headers[`x-ratelimit-reset-${dimension}`] = resetIn;
  }
  return headers;
}

export function rejection(r: Extract<LimitResult, { ok: false }>): ApiError {
  const whose = r.scope === 'key' ? 'this API key' : 'your organization';
  if (r.dimension === 'budget') return quotaExceeded(whose, r.period ?? 'month');
  const what = r.dimension === 'requests' ? 'requests per minute' : 'tokens per minute';
  return errors.rateLimited(
    `Rate limit reached: ${what} for ${whose}. Retry after the time in the Retry-After header.`,
    r.retryAfterSeconds,
  );
}

/** OpenAI's answer to a spent quota (type and code `insufficient_quota`); retrying cannot help before the period ends. */
function quotaExceeded(whose: string, period: BudgetPeriod): ApiError {
  const span = period === 'day' ? 'daily' : 'monthly';
  return new ApiError(
    429,
    'insufficient_quota',
    `You exceeded your current quota: the ${span} token budget of ${whose} is spent. It renews at the start of the next UTC ${period}.`,
    'insufficient_quota',
    null,
    { 'x-should-retry': 'false' },
  );
}

type RateLimitEnv = { Bindings: Env; Variables: AuthVars & BodyVars & InspectVars & Partial<CacheVars> & Partial<TelemetryVars> };

export function rateLimit(options: RateLimitOptions = {}): MiddlewareHandler<RateLimitEnv> {
  const now = options.now ?? Date.now;
  let client: RateLimitClient | undefined;
  let boundTo: unknown;
  return async function rateLimit(c, next) {
    const ns = c.env.RATE_LIMITER;
    if (!client || boundTo !== ns) {
      client = new RateLimitClient(ns, now);
      boundTo = ns;
    }
    const caller = c.get('caller');
    const inspection = c.get('inspection');
    const request: LimitRequest = {
      tenant: caller.tenant,
      keyId: caller.keyId,
      keyLimits: caller.keyLimits,
      tenantLimits: caller.tenantLimits,
      tokens: inspection.estimatedTokens,
      promptTokens: inspection.promptTokens,
    };
    const result = await client.check(request);
    if (!result.ok) {
      options.onReject?.({ scope: result.scope, dimension: result.dimension, where: result.where });
      throw rejection(result);
    }
    await next();
    if (result.headers) setHeaders(c, result.headers);
    const { requestId } = c.var;
    await meter(c, ({ usage, source }) => {
      const estimate = { prompt: request.promptTokens ?? 0, completion: request.tokens - (request.promptTokens ?? 0) };
      options.onUsage?.(usage ?? estimate, source);
      return client!.settle(request, result.charged, usage).catch((err: unknown) => logSettleFailure(options.log, err, requestId));
    });
  };
}

type Known = { usage: Usage | undefined; source: UsageSource };

/**
 * Settles the request once its answer's usage is known — reported in its JSON or its stream (the stream is wrapped
 * to read it as it passes, and to strip it when only the gateway asked for it); none for a cache hit or an error
 * answer — and keeps the Worker alive for the settlement (waitUntil). A stream's is handed over when the stream
 * ends, not before: until then the response is still running.
 */
function meter(c: Context<RateLimitEnv>, settle: (known: Known) => Promise<void>): Promise<void> | void {
  const res = c.res;
  const known = (usage: Usage | undefined): Known => ({ usage, source: usage ? 'reported' : 'estimated' });
  if (c.var.cache === 'hit' || !res.ok || !res.body) return keepAlive(c, settle({ usage: { prompt: 0, completion: 0 }, source: 'none' }));
  const type = res.headers.get('content-type') ?? '';
  if (type.includes('text/event-stream')) {
    const request = c.get('request');
    const strip = request.task === 'chat' && !clientAskedForUsage(request.body);
    replaceResponse(
      c,
      new Response(
        meteredStream(res.body, strip, (usage) => keepAlive(c, settle(known(usage)))),
        res,
      ),
    );
    return;
  }
  if (!type.includes('application/json')) return keepAlive(c, settle(known(undefined)));
  // A JSON answer is whole in memory already (the targets read it before answering). A target's own (the usual
  // case) still has its bytes beside it (edge/response-bytes.ts): they are parsed for the usage, and the Response
  // goes to the client untouched. Any other is taken once and answered as it is — no clone, whose tee costs more
  // CPU than the rest of the step.
  const held = heldBytes(res);
  if (held) return keepAlive(c, settle(known(usageInJson(held))));
  return res.arrayBuffer().then(
    (bytes) => {
      replaceResponse(c, new Response(bytes, res));
      keepAlive(c, settle(known(usageInJson(bytes))));
    },
    (err: unknown) => {
      keepAlive(c, settle(known(undefined)));
      throw err;
    },
  );
}

const decoder = new TextDecoder();

/** The usage a JSON answer's bytes report (not JSON, or none: undefined, and the estimate stands). */
function usageInJson(bytes: ArrayBuffer): Usage | undefined {
  return usageOf(parseJsonOrUndefined(decoder.decode(bytes)));
}

function keepAlive(c: Context, work: Promise<unknown>): void {
  try {
    c.executionCtx.waitUntil(work);
  } catch {
    // No execution context (an app called without one, in tests): the work still runs, unawaited.
  }
}

function logSettleFailure(log: LogSink | undefined, err: unknown, requestId: string | undefined): void {
  log?.(
    formatLog({
      ts: new Date().toISOString(),
      level: 'error',
      msg: 'usage_settle_failed',
      request_id: requestId,
      error_name: err instanceof Error ? err.name : 'unknown',
    }),
  );
}
