// Remembered Durable Object ids: a name always reaches the object idFromName names — each tenant its own
// counters and chain, never another tenant's — in the namespace it was asked of, however many names pass.
import { env as rawEnv } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import type { Env } from './env.ts';
import { objectId, objectStub } from './durable-ids.ts';
import type { RateLimiter } from './middleware/rate-limit/limiter.ts';

const env = rawEnv as unknown as Env;
const run = Math.random().toString(36).slice(2, 8);

describe('objectId / objectStub', () => {
  it('gives each name the id idFromName gives it, in the namespace asked', () => {
    const names = Array.from({ length: 50 }, (_, i) => `tenant:t${i}-${run}`);
    for (const round of [1, 2]) {
      for (const name of names) {
        expect(objectId(env.RATE_LIMITER, name).equals(env.RATE_LIMITER.idFromName(name)), `${name}, round ${round}`).toBe(true);
        expect(objectId(env.RECEIPT_LOG!, name).equals(env.RECEIPT_LOG!.idFromName(name)), `${name}, round ${round}`).toBe(true);
      }
    }
    expect(objectId(env.RATE_LIMITER, names[0]!).equals(objectId(env.RATE_LIMITER, names[1]!))).toBe(false);
  });

  it("keeps one tenant's usage apart from another's", async () => {
    const [a, b] = [`tenant:a-${run}`, `tenant:b-${run}`];
    const month = new Date().toISOString().slice(0, 7);
    const settle = (name: string, prompt: number) =>
      objectStub(env.RATE_LIMITER as DurableObjectNamespace<RateLimiter>, name).settle({
        scopes: ['tenant'],
        estimate: { tokens: 0, promptTokens: 0 },
        usage: { prompt, completion: 0 },
      });
    await settle(a, 7);
    await settle(b, 100);
    await settle(a, 3);
    const promptOf = async (name: string) =>
      (await env.RATE_LIMITER.get(env.RATE_LIMITER.idFromName(name)).usageOf(month)).find((r) => r.period === month)?.prompt_tokens;
    expect(await promptOf(a)).toBe(10);
    expect(await promptOf(b)).toBe(100);
  });
});
