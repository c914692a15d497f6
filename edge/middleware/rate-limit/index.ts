// Step: per-key and per-tenant limits on requests per minute and estimated tokens per minute (the token
// cost of a request is the inspection's estimate: prompt + max_tokens).
//
//   app.post('/v1/chat/completions', auth(), body({task}), inspect(), rateLimit(), ...)
//
// The RateLimiter Durable Object (limiter.ts, binding RATE_LIMITER, one object per tenant) is the source
// of truth, so limits hold across isolates and locations. Before asking it, each isolate checks what the
// object last told it about this tenant and key: while that window lasts the budget can only have shrunk,
// so a caller already out of budget — or asking for more tokens than the limit allows at all — is refused
// here without a round trip. Refusals are 429 with `Retry-After` (seconds until the window resets); answers
// carry OpenAI's `x-ratelimit-limit|remaining|reset-requests|tokens` for the tightest limit that applies.
//
// Reads `caller` (auth) and `inspection` (inspect); sets nothing.
import type { MiddlewareHandler } from 'hono';
import { errors, type ApiError } from '../../../shared/protocol/openai/errors.ts';
import type { Env } from '../../env.ts';
import { setHeaders } from '../../response-headers.ts';
import type { AuthVars } from '../auth/vars.ts';
import type { InspectVars } from '../inspect/vars.ts';
import { type Dimension, type LimitReply, type Limits, type RateLimiter } from './limiter.ts';

export { RateLimiter } from './limiter.ts';

export interface RateLimitOptions {
  /** Called on every refusal (metrics). `where`: refused by the local pre-check or by the object. */
  onReject?: (info: { scope: 'key' | 'tenant'; dimension: Dimension; where: 'local' | 'object' }) => void;
  now?: () => number;
}

interface Remembered {
  resetAt: number;
  requests: number;
  tokens: number;
}

export interface LimitRequest {
  tenant: string;
  keyId: string;
  keyLimits: Limits;
  tenantLimits: Limits;
  tokens: number;
}

export type LimitResult =
  | { ok: true; headers?: Record<string, string> }
  | { ok: false; scope: 'key' | 'tenant'; dimension: Dimension; retryAfterSeconds: number; where: 'local' | 'object' };

const unlimited = (l: Limits) => l.rpm === undefined && l.tpm === undefined;

/**
 * Talks to the RateLimiter objects and remembers their last replies (per isolate: one client per
 * middleware instance). Two clients share nothing but the objects — which is how tests show that limits
 * hold across isolates.
 */
export class RateLimitClient {
  private readonly seen = new Map<string, Remembered>();
  constructor(
    private readonly ns: DurableObjectNamespace<RateLimiter>,
    private readonly now: () => number = Date.now,
  ) {}

  async check(r: LimitRequest): Promise<LimitResult> {
    const scopes = [
      { id: `key:${r.keyId}`, limits: r.keyLimits, scope: 'key' as const },
      { id: 'tenant', limits: r.tenantLimits, scope: 'tenant' as const },
    ].filter((s) => !unlimited(s.limits));
    if (scopes.length === 0) return { ok: true };

    // Local pre-check: never refuses what the object would accept (see file comment).
    const t = this.now();
    for (const s of scopes) {
      if (s.limits.tpm !== undefined && r.tokens > s.limits.tpm)
        return { ok: false, scope: s.scope, dimension: 'tokens', retryAfterSeconds: 60, where: 'local' };
      const m = this.seen.get(`${r.tenant}\u0000${s.id}`);
      if (m && t < m.resetAt && (m.requests < 1 || m.tokens < r.tokens)) {
        return {
          ok: false,
          scope: s.scope,
          dimension: m.requests < 1 ? 'requests' : 'tokens',
          retryAfterSeconds: (m.resetAt - t) / 1000,
          where: 'local',
        };
      }
    }

    const stub = this.ns.get(this.ns.idFromName(`tenant:${r.tenant}`));
    // Typed RPC to the object; the reply is a plain structured-cloneable object.
    const reply: LimitReply = await stub.check({ scopes: scopes.map(({ id, limits }) => ({ id, limits })), tokens: r.tokens });
    scopes.forEach((s, i) => {
      const rem = reply.remaining[i];
      if (rem) this.seen.set(`${r.tenant}\u0000${s.id}`, { resetAt: reply.resetAt, ...rem });
    });
    if (this.seen.size > 10_000) this.seen.clear();
    if (reply.ok) return { ok: true, headers: rateLimitHeaders(scopes, reply, this.now()) };
    const scope = scopes.find((s) => s.id === reply.scope)?.scope ?? 'tenant';
    return {
      ok: false,
      scope,
      dimension: reply.dimension ?? 'requests',
      retryAfterSeconds: Math.max(1, (reply.resetAt - this.now()) / 1000),
      where: 'object',
    };
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
  const what = r.dimension === 'requests' ? 'requests per minute' : 'tokens per minute';
  const whose = r.scope === 'key' ? 'this API key' : 'your organization';
  return errors.rateLimited(
    `Rate limit reached: ${what} for ${whose}. Retry after the time in the Retry-After header.`,
    r.retryAfterSeconds,
  );
}

type RateLimitEnv = { Bindings: Env; Variables: AuthVars & InspectVars };

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
    const result = await client.check({
      tenant: caller.tenant,
      keyId: caller.keyId,
      keyLimits: caller.keyLimits,
      tenantLimits: caller.tenantLimits,
      tokens: c.get('inspection').estimatedTokens,
    });
    if (!result.ok) {
      options.onReject?.({ scope: result.scope, dimension: result.dimension, where: result.where });
      throw rejection(result);
    }
    await next();
    if (result.headers) setHeaders(c, result.headers);
  };
}
