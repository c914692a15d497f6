// Rate limits across isolates: each RateLimitClient is one isolate's view (its own remembered replies);
// they share nothing but the RateLimiter Durable Objects — so limits hold however requests are spread.
import { env as rawEnv } from 'cloudflare:workers';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Env } from '../../env.ts';
import { RateLimitClient, rejection, type LimitRequest } from './index.ts';
import type { RateLimiter } from './limiter.ts';

const env = rawEnv as unknown as Env;
const ns = env.RATE_LIMITER as unknown as DurableObjectNamespace<RateLimiter>;
const run = Math.random().toString(36).slice(2, 8);

/** The namespace, counting how often an object is asked (to show the local pre-check saves the trip). */
function counted() {
  const c = { gets: 0, ns: undefined as unknown as DurableObjectNamespace<RateLimiter> };
  c.ns = {
    idFromName: (n: string) => ns.idFromName(n),
    get: (id: DurableObjectId) => (c.gets++, ns.get(id)),
  } as unknown as DurableObjectNamespace<RateLimiter>;
  return c;
}

/** Fixed one-minute windows: start a limit test well inside one, so it cannot straddle a reset. */
async function awayFromWindowEdge() {
  const intoWindow = Date.now() % 60_000;
  if (intoWindow > 57_000) await new Promise((r) => setTimeout(r, 60_500 - intoWindow));
}

const req = (tenant: string, over: Partial<LimitRequest> = {}): LimitRequest => ({
  tenant: `${tenant}-${run}`,
  keyId: 'k1',
  keyLimits: {},
  tenantLimits: {},
  tokens: 10,
  ...over,
});

describe('RateLimiter across isolates', () => {
  beforeEach(awayFromWindowEdge);

  it('two isolates reach the same per-key limit; the object refuses, then each isolate refuses locally', async () => {
    const a = counted();
    const b = counted();
    const isoA = new RateLimitClient(a.ns);
    const isoB = new RateLimitClient(b.ns);
    const r = req('shared', { keyLimits: { rpm: 3 } });
    expect(await isoA.check(r)).toMatchObject({ ok: true });
    expect(await isoA.check(r)).toMatchObject({ ok: true });
    expect(await isoB.check(r)).toMatchObject({ ok: true });
    // B saw 0 left: refuses locally. A last saw 1 left: asks the object, which refuses.
    expect(await isoB.check(r)).toMatchObject({ ok: false, scope: 'key', dimension: 'requests', where: 'local' });
    const fromObject = await isoA.check(r);
    expect(fromObject).toMatchObject({ ok: false, scope: 'key', dimension: 'requests', where: 'object' });
    if (!fromObject.ok) {
      expect(fromObject.retryAfterSeconds).toBeGreaterThan(0);
      expect(fromObject.retryAfterSeconds).toBeLessThanOrEqual(60);
    }
    const tripsA = a.gets;
    expect(await isoA.check(r)).toMatchObject({ ok: false, where: 'local' });
    expect(a.gets).toBe(tripsA); // no round trip for an obviously-over-limit caller
    // Another key of the same tenant is not affected by k1's limit.
    expect(await isoA.check({ ...r, keyId: 'k2' })).toMatchObject({ ok: true });
  });

  it('the tenant limit spans its keys; a refusal charges no counter (atomic check)', async () => {
    const iso1 = new RateLimitClient(ns);
    const iso2 = new RateLimitClient(ns);
    const base = req('tenant', { tenantLimits: { rpm: 2 }, keyLimits: { rpm: 10 } });
    expect(await iso1.check({ ...base, keyId: 'k1' })).toMatchObject({ ok: true });
    expect(await iso2.check({ ...base, keyId: 'k2' })).toMatchObject({ ok: true });
    // iso2 already knows the tenant's budget is spent; a third isolate has to ask the object.
    expect(await iso2.check({ ...base, keyId: 'k3' })).toMatchObject({ ok: false, scope: 'tenant', where: 'local' });
    expect(await new RateLimitClient(ns).check({ ...base, keyId: 'k3' })).toMatchObject({
      ok: false,
      scope: 'tenant',
      dimension: 'requests',
      where: 'object',
    });
    // k3 was not charged by the refused request: the object says k3 used nothing.
    const stub = ns.get(ns.idFromName(`tenant:${base.tenant}`));
    const reply = await stub.check({ scopes: [{ id: 'key:k3', limits: { rpm: 10 } }], tokens: 0 });
    expect(reply.remaining[0]!.requests).toBe(9); // 10 minus this probe only
  });

  it('tokens per minute: estimated tokens add up across isolates; a request larger than the limit never passes', async () => {
    const iso1 = new RateLimitClient(ns);
    const iso2 = new RateLimitClient(ns);
    const r = req('tokens', { keyLimits: { tpm: 100 } });
    expect(await iso1.check({ ...r, tokens: 60 })).toMatchObject({ ok: true });
    expect(await iso2.check({ ...r, tokens: 50 })).toMatchObject({ ok: false, dimension: 'tokens', where: 'object' });
    expect(await iso2.check({ ...r, tokens: 40 })).toMatchObject({ ok: true });
    expect(await new RateLimitClient(ns).check({ ...r, tokens: 101 })).toMatchObject({ ok: false, dimension: 'tokens', where: 'local' });
  });

  it('two stubs of one object share its counters; a new window starts afresh', async () => {
    const name = `tenant:window-${run}`;
    const s1 = ns.get(ns.idFromName(name));
    const s2 = ns.get(ns.idFromName(name));
    const check = { scopes: [{ id: 'tenant', limits: { rpm: 2 } }], tokens: 1 };
    const t0 = Date.UTC(2030, 0, 1, 12, 0, 5);
    expect((await s1.check(check, t0)).ok).toBe(true);
    expect((await s2.check(check, t0 + 1000)).ok).toBe(true);
    const refused = await s1.check(check, t0 + 2000);
    expect(refused).toMatchObject({ ok: false, scope: 'tenant', dimension: 'requests', resetAt: Date.UTC(2030, 0, 1, 12, 1, 0) });
    expect((await s2.check(check, Date.UTC(2030, 0, 1, 12, 1, 0))).ok).toBe(true);
  });

  it('no limits configured: no round trip at all, and no rate-limit headers', async () => {
    const c = counted();
    expect(await new RateLimitClient(c.ns).check(req('free'))).toEqual({ ok: true });
    expect(c.gets).toBe(0);
  });

  it("answers carry OpenAI's rate-limit headers for the tightest limit of each dimension", async () => {
    const iso = new RateLimitClient(counted().ns);
    const r = req('headers', { keyLimits: { rpm: 5, tpm: 1000 }, tenantLimits: { rpm: 3 } });
    const first = await iso.check(r);
    expect(first).toMatchObject({
      ok: true,
      headers: {
        'x-ratelimit-limit-requests': '3', // the tenant's 3 is tighter than the key's 5
        'x-ratelimit-remaining-requests': '2',
        'x-ratelimit-limit-tokens': '1000',
        'x-ratelimit-remaining-tokens': '990',
      },
    });
    const reset = first.ok ? Number(/^(\d+)s$/.exec(first.headers!['x-ratelimit-reset-requests']!)?.[1]) : NaN;
    expect(reset).toBeGreaterThanOrEqual(1);
    expect(reset).toBeLessThanOrEqual(60);
    expect(await iso.check(r)).toMatchObject({ ok: true, headers: { 'x-ratelimit-remaining-requests': '1' } });
    expect(await iso.check(r)).toMatchObject({ ok: true, headers: { 'x-ratelimit-remaining-requests': '0' } });
  });

  it('a remembered token shortfall is not trusted (a settlement may have given tokens back): the object is asked', async () => {
    const a = counted();
    const iso = new RateLimitClient(a.ns);
    const r = req('shortfall', { keyLimits: { tpm: 100 }, tokens: 90, promptTokens: 10 });
    const first = await iso.check(r);
    expect(first).toMatchObject({ ok: true, charged: { at: expect.any(Number) } });
    await iso.settle(r, first.ok ? first.charged : undefined, { prompt: 10, completion: 5 }); // 15 used, not 90
    const trips = a.gets;
    expect(await iso.check({ ...r, tokens: 80 })).toMatchObject({ ok: true });
    expect(a.gets).toBe(trips + 1);
  });

  it('a budget alone makes the round trip; once spent: refused as insufficient_quota by the object', async () => {
    const c = counted();
    const iso = new RateLimitClient(c.ns);
    const r = req('budget', { tenantLimits: { budget: { tokens_per_month: 10 } }, tokens: 10 });
    expect(await iso.check(r)).toMatchObject({ ok: true, headers: {} }); // no rate limit: no rate-limit headers
    expect(c.gets).toBe(1);
    const refused = await iso.check(r);
    expect(refused).toMatchObject({ ok: false, scope: 'tenant', dimension: 'budget', period: 'month', where: 'object' });
    if (!refused.ok) {
      const err = rejection(refused);
      expect([err.status, err.type, err.code, err.headers['x-should-retry']]).toEqual([
        429,
        'insufficient_quota',
        'insufficient_quota',
        'false',
      ]);
    }
  });
});
