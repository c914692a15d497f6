// The shared nonce store against a real Redis (test/support/redis.ts): the node project's shared server for
// the store's semantics, and servers of the tests' own for what happens when Redis restarts, hangs or is gone.
import { createClient } from '@redis/client';
import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { startRedis, type RunningRedis } from '../../test/support/redis.ts';
import { RedisNonceCache } from './redis-nonce-cache.ts';

const TIMEOUT = 60_000;
const opened: RedisNonceCache[] = [];
const servers: RunningRedis[] = [];
afterAll(async () => {
  await Promise.all(opened.map((c) => c.close()));
  await Promise.all(servers.map((s) => s.stop()));
});

/** A store on `url` with a fresh key prefix (tests share one Redis); `states` records what it reported. */
async function open(url: string, keyPrefix = `test:${randomUUID()}:`, timeoutMs = 1000) {
  const states: string[] = [];
  const cache = await RedisNonceCache.open({ url, keyPrefix, timeoutMs, onState: (s) => states.push(s) });
  opened.push(cache);
  return { cache, keyPrefix, states };
}

const entry = (key: string, signedAtMs = Date.now(), ttlMs = 300_000) => ({ key, signedAtMs, expiresAtMs: signedAtMs + ttlMs });

/** Resolves when `states` (filled by onState) gets `state` at index >= from. */
async function reported(states: string[], state: 'up' | 'down', from = 0): Promise<void> {
  while (!states.slice(from).includes(state)) await new Promise((r) => setTimeout(r, 20));
}

describe('RedisNonceCache', () => {
  it(
    'accepts a nonce once; the key expires when the signature goes stale; prefixes keep deployments apart',
    { timeout: TIMEOUT },
    async () => {
      const url = inject('redisUrl');
      const { cache, keyPrefix } = await open(url);
      const e = entry('edge1:n-0001');
      expect(await cache.checkAndStore(e)).toEqual({ fresh: true });
      expect(await cache.checkAndStore(e)).toEqual({ fresh: false, reason: 'replayed' });
      // What is in Redis: the nonce with its expiry (PXAT) and the fence.
      const redis = createClient({ url });
      await redis.connect();
      try {
        expect(await redis.get(`${keyPrefix}nonce:edge1:n-0001`)).toBe('1');
        expect(await redis.pExpireTime(`${keyPrefix}nonce:edge1:n-0001`)).toBe(e.expiresAtMs);
        expect(Number(await redis.get(`${keyPrefix}fence`))).toBeLessThanOrEqual(e.signedAtMs);
      } finally {
        redis.destroy();
      }
      // Another prefix is another store: the same nonce, signed after both exist, is new to it.
      const other = await open(url);
      const again = entry('edge1:n-0001');
      expect(await other.cache.checkAndStore(again)).toEqual({ fresh: true });
      expect(await cache.checkAndStore(again)).toEqual({ fresh: false, reason: 'replayed' });
    },
  );

  it('lets exactly one of many concurrent checks of the same nonce through (two replicas racing)', { timeout: TIMEOUT }, async () => {
    const url = inject('redisUrl');
    const a = await open(url);
    const b = await open(url, a.keyPrefix);
    const e = entry('edge1:raced');
    const verdicts = await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 ? a : b).cache.checkAndStore(e)));
    expect(verdicts.filter((v) => v.fresh)).toHaveLength(1);
    expect(verdicts.filter((v) => !v.fresh && v.reason === 'replayed')).toHaveLength(19);
  });

  it(
    'keeps its fence across node restarts: a store opened later refuses nothing signed after the first one began',
    { timeout: TIMEOUT },
    async () => {
      const url = inject('redisUrl');
      const first = await open(url);
      const signedAt = Date.now();
      await first.cache.close();
      const later = await open(url, first.keyPrefix);
      expect(await later.cache.checkAndStore(entry('edge1:after-node-restart', signedAt))).toEqual({ fresh: true });
    },
  );

  it(
    'after Redis lost its data (restart without persistence), refuses what was signed before it came back',
    { timeout: TIMEOUT },
    async () => {
      const redis = await startRedis();
      servers.push(redis);
      const { cache, states } = await open(redis.url);
      const accepted = entry('edge1:accepted-before-redis-restart');
      expect(await cache.checkAndStore(accepted)).toEqual({ fresh: true });
      await redis.stop();
      await reported(states, 'down');
      const mark = states.length;
      servers.push(await startRedis({ port: redis.port }));
      await reported(states, 'up', mark);
      // The nonce is gone from Redis, but the request was signed before the store's new fence.
      const verdict = await cache.checkAndStore(accepted);
      expect(verdict).toMatchObject({ fresh: false, reason: 'before_fence' });
      expect(await cache.checkAndStore(entry('edge1:signed-after-recovery'))).toEqual({ fresh: true });
    },
  );

  it('throws while Redis is down or hung (the caller fails closed) and recovers by itself', { timeout: TIMEOUT }, async () => {
    const redis = await startRedis();
    servers.push(redis);
    const { cache, states } = await open(redis.url, undefined, 300);
    expect(await cache.checkAndStore(entry('edge1:up'))).toEqual({ fresh: true });

    // Hung: connected, but nothing answers. The check gives up after its timeout instead of waiting.
    redis.pause();
    await expect(cache.checkAndStore(entry('edge1:while-hung'))).rejects.toThrow();
    expect(cache.available).toBe(false);
    let mark = states.length;
    redis.resume();
    await reported(states, 'up', mark);
    expect(await cache.checkAndStore(entry('edge1:after-hang'))).toEqual({ fresh: true });

    // Gone: refused at once (no offline queue), then back on the same port.
    await redis.stop();
    await reported(states, 'down', mark);
    await expect(cache.checkAndStore(entry('edge1:while-down'))).rejects.toThrow();
    mark = states.length;
    servers.push(await startRedis({ port: redis.port }));
    await reported(states, 'up', mark);
    expect(await cache.checkAndStore(entry('edge1:after-restart'))).toEqual({ fresh: true });
  });

  it('opens without Redis (it may come later), refusing checks until it is reachable', { timeout: TIMEOUT }, async () => {
    const redis = await startRedis();
    servers.push(redis);
    await redis.stop();
    const { cache, states } = await open(redis.url, undefined, 200);
    expect(cache.available).toBe(false);
    await expect(cache.checkAndStore(entry('edge1:nobody-home'))).rejects.toThrow();
    servers.push(await startRedis({ port: redis.port }));
    await reported(states, 'up');
    expect(await cache.checkAndStore(entry('edge1:someone-home'))).toEqual({ fresh: true });
  });
});
