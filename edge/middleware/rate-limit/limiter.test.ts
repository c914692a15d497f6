// The RateLimiter object's settlements, budgets and usage counters, on the real object (Miniflare) with its
// clock driven by the tests: the reported usage replaces the estimate in the window and the counters; budgets
// refuse once spent; the counters are rows in the object's SQLite storage.
import { runInDurableObject } from 'cloudflare:test';
import { env as rawEnv } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import type { Env } from '../../env.ts';
import type { Limits, RateLimiter, Settlement } from './limiter.ts';

const env = rawEnv as unknown as Env;
const ns = env.RATE_LIMITER as unknown as DurableObjectNamespace<RateLimiter>;
const run = Math.random().toString(36).slice(2, 8);
const t0 = Date.UTC(2030, 0, 31, 12, 0, 5); // 12:00:05 on the last day of January

const object = (name: string) => ns.get(ns.idFromName(`tenant:${name}-${run}`));
const scopes = (key: Limits, tenant: Limits = {}) => [
  { id: 'key:k1', limits: key },
  { id: 'tenant', limits: tenant },
];
const settlement = (tokens: number, promptTokens: number, at: number, usage?: Settlement['usage']): Settlement => ({
  scopes: ['key:k1', 'tenant'],
  estimate: { tokens, promptTokens },
  charged: { at },
  ...(usage ? { usage } : {}),
});

describe('settling a request with its reported usage', () => {
  it('fewer tokens than estimated: the window gets them back', async () => {
    const o = object('lower');
    const limits = scopes({ tpm: 100 });
    expect((await o.check({ scopes: limits, tokens: 80, promptTokens: 20 }, t0)).ok).toBe(true);
    expect(await o.check({ scopes: limits, tokens: 50 }, t0 + 1)).toMatchObject({ ok: false, dimension: 'tokens', scope: 'key:k1' });
    await o.settle(settlement(80, 20, t0, { prompt: 20, completion: 10 }), t0 + 2);
    const after = await o.check({ scopes: limits, tokens: 50 }, t0 + 3);
    expect(after).toMatchObject({ ok: true, remaining: [{ tokens: 20 }, { tokens: Infinity }] }); // 100 - 30 - 50
  });

  it('more tokens than estimated: the window is charged them', async () => {
    const o = object('raise');
    const limits = scopes({ tpm: 100 });
    expect((await o.check({ scopes: limits, tokens: 10, promptTokens: 10 }, t0)).ok).toBe(true);
    await o.settle(settlement(10, 10, t0, { prompt: 10, completion: 85 }), t0 + 1);
    expect(await o.check({ scopes: limits, tokens: 10 }, t0 + 2)).toMatchObject({ ok: false, dimension: 'tokens' });
    expect(await o.check({ scopes: limits, tokens: 5 }, t0 + 3)).toMatchObject({ ok: true, remaining: [{ tokens: 0 }, {}] });
  });

  it('a settlement after its window ended leaves the new window alone; without usage the estimate stands', async () => {
    const o = object('late');
    const limits = scopes({ tpm: 100 });
    await o.check({ scopes: limits, tokens: 90 }, t0);
    await o.settle(settlement(90, 0, t0, { prompt: 5, completion: 5 }), t0 + 60_000);
    expect(await o.check({ scopes: limits, tokens: 10 }, t0 + 60_000)).toMatchObject({ ok: true, remaining: [{ tokens: 90 }, {}] });
    await o.check({ scopes: limits, tokens: 40 }, t0 + 60_001);
    await o.settle(settlement(40, 0, t0 + 60_001), t0 + 60_002);
    expect(await o.check({ scopes: limits, tokens: 55 }, t0 + 60_003)).toMatchObject({ ok: false, dimension: 'tokens' }); // 10 + 40 + 55 > 100
  });
});

describe('budgets', () => {
  it('a spent month budget refuses (the key’s), until the next month', async () => {
    const o = object('budget');
    const limits = scopes({ budget: { tokens_per_month: 100 } });
    expect((await o.check({ scopes: limits, tokens: 60, promptTokens: 10 }, t0)).ok).toBe(true);
    // the estimate is held while the request runs: a second one still fits, a third does not
    expect((await o.check({ scopes: limits, tokens: 30 }, t0 + 1)).ok).toBe(true);
    expect(await o.check({ scopes: limits, tokens: 30 }, t0 + 2)).toMatchObject({ ok: true });
    expect(await o.check({ scopes: limits, tokens: 1 }, t0 + 3)).toMatchObject({
      ok: false,
      dimension: 'budget',
      period: 'month',
      scope: 'key:k1',
    });
    // the first answer used less than estimated: budget left again
    await o.settle(settlement(60, 10, t0, { prompt: 10, completion: 5 }), t0 + 4);
    expect((await o.check({ scopes: limits, tokens: 1 }, t0 + 5)).ok).toBe(true);
    const february = Date.UTC(2030, 1, 1, 0, 0, 1);
    expect((await o.check({ scopes: limits, tokens: 500 }, february)).ok).toBe(true);
    expect(await o.check({ scopes: limits, tokens: 1 }, february + 1)).toMatchObject({ ok: false, dimension: 'budget' });
  });

  it('the tenant’s day budget spans its keys; a refusal charges nothing', async () => {
    const o = object('day');
    const tenant: Limits = { budget: { tokens_per_day: 50 } };
    expect(
      (
        await o.check(
          {
            scopes: [
              { id: 'key:a', limits: {} },
              { id: 'tenant', limits: tenant },
            ],
            tokens: 50,
          },
          t0,
        )
      ).ok,
    ).toBe(true);
    const refused = await o.check(
      {
        scopes: [
          { id: 'key:b', limits: { rpm: 10 } },
          { id: 'tenant', limits: tenant },
        ],
        tokens: 1,
      },
      t0 + 1,
    );
    expect(refused).toMatchObject({ ok: false, dimension: 'budget', period: 'day', scope: 'tenant', remaining: [{ requests: 10 }, {}] });
    expect((await o.usageOf('2030-01')).filter((r) => r.scope === 'key:b')).toEqual([]);
  });
});

describe('usage counters', () => {
  it('per key and tenant, per UTC day and month, in the object’s SQLite storage', async () => {
    const o = object('counters');
    const limits = scopes({ rpm: 100 });
    await o.check({ scopes: limits, tokens: 50, promptTokens: 20 }, t0);
    await o.settle(settlement(50, 20, t0, { prompt: 18, completion: 7 }), t0 + 1);
    await o.check({ scopes: limits, tokens: 30, promptTokens: 10 }, t0 + 2);
    await o.settle(settlement(30, 10, t0 + 2), t0 + 3); // no usage came back: the estimate stands
    // a request that needed no check (no limits, no budget) is counted whole when settled
    await o.settle({ scopes: ['key:k2', 'tenant'], estimate: { tokens: 9, promptTokens: 9 }, usage: { prompt: 4, completion: 2 } }, t0 + 4);

    const rows = await o.usageOf('2030-01');
    const row = (scope: string, period: string) => rows.find((r) => r.scope === scope && r.period === period);
    expect(row('key:k1', '2030-01')).toEqual({
      scope: 'key:k1',
      period: '2030-01',
      requests: 2,
      prompt_tokens: 28,
      completion_tokens: 27,
      estimated_requests: 1,
    });
    expect(row('key:k1', '2030-01-31')).toMatchObject({ requests: 2, prompt_tokens: 28, completion_tokens: 27 });
    expect(row('tenant', '2030-01')).toMatchObject({ requests: 3, prompt_tokens: 32, completion_tokens: 29, estimated_requests: 1 });
    expect(row('key:k2', '2030-01-31')).toMatchObject({ requests: 1, prompt_tokens: 4, completion_tokens: 2, estimated_requests: 0 });
    expect(await o.usageOf('2030-02')).toEqual([]);

    // stored, not held in memory: the rows are in the object's SQLite database
    const stored = await runInDurableObject(o, (_, state) =>
      state.storage.sql.exec<{ n: number }>("SELECT requests AS n FROM usage WHERE scope = 'tenant' AND period = '2030-01'").one(),
    );
    expect(stored.n).toBe(3);
  });

  it('a batch of settlements (settleAll, one call) counts and corrects exactly as the same settlements one by one', async () => {
    const [one, all] = [object('one-by-one'), object('batched')];
    const limits = scopes({ tpm: 1000, budget: { tokens_per_day: 10_000 } });
    const batch = [
      settlement(50, 20, t0, { prompt: 18, completion: 7 }),
      settlement(30, 10, t0 + 1), // no usage came back: the estimate stands
      settlement(40, 40, t0 + 2, { prompt: 40, completion: 90 }),
      { scopes: ['key:k2', 'tenant'], estimate: { tokens: 9, promptTokens: 9 }, usage: { prompt: 4, completion: 2 } },
    ];
    for (const o of [one, all])
      for (const s of batch.slice(0, 3)) await o.check({ scopes: limits, tokens: s.estimate.tokens }, s.charged!.at);
    for (const s of batch) await one.settle(s, t0 + 3);
    await all.settleAll(batch, t0 + 3);

    expect(await all.usageOf('2030-01')).toEqual(await one.usageOf('2030-01'));
    expect((await all.usageOf('2030-01')).find((r) => r.scope === 'tenant' && r.period === '2030-01')).toMatchObject({ requests: 4 });
    // the window and the held estimates corrected the same way: the same room left, for the same next request
    const next = { scopes: limits, tokens: 800 };
    expect(await all.check(next, t0 + 4)).toEqual(await one.check(next, t0 + 4));
    expect((await all.check({ scopes: limits, tokens: 1 }, t0 + 5)).remaining[0]!.tokens).toBe(1000 - 25 - 30 - 130 - 800 - 1);
  });
});
