// Step: answer identical non-streaming requests from the Cache API (`caches.default`), per tenant.
//
//   app.post('/v1/chat/completions', ..., decide({ store }), cache(), run)
//
// The cache key is a SHA-256 over (tenant, policy version, chosen target, task, the body as canonical JSON),
// so tenants never share entries and a policy change starts afresh. The TTL is the decision's
// (`decision.cache.ttlSeconds`, from the policy). Never cached: requests in which PII or unscanned content
// was found (checked here again, whatever the decision says), streaming requests, decisions without `cache`, and any answer
// but a 200 JSON. Every response this step sees gets `x-triage-cache: hit | miss | bypass`.
//
// Note: in production the Cache API works on a zone's custom domain (not on *.workers.dev), and is per
// data centre — a miss elsewhere costs one inference, never correctness.
import type { MiddlewareHandler } from 'hono';
import { canonicalJson } from '../../../shared/core/policy/index.ts';
import { setHeaders, type AppEnv, type CacheStatus } from '../../context.ts';
import { sha256Hex } from '../../../shared/protocol/crypto.ts';

export interface CacheOptions {
  /** The cache to use; default `caches.default`. */
  cache?: () => Cache;
  /** Largest response body stored (bytes). */
  maxBytes?: number;
  /** Called with each request's cache status (metrics). */
  onResult?: (status: CacheStatus) => void;
}

const KEY_ORIGIN = 'https://cache.triage.internal';
/** Stored with an entry: which target produced it (restored as the decision headers' target on a hit). */
const STORED_TARGET = 'x-triage-cached-target';
const STORED_KIND = 'x-triage-cached-target-kind';

export async function cacheKey(parts: {
  tenant: string;
  policyVersion: string;
  target: string;
  task: string;
  body: unknown;
}): Promise<string> {
  const hash = await sha256Hex(canonicalJson({ v: 1, ...parts }));
  return `${KEY_ORIGIN}/v1/${parts.task}/${hash}`;
}

export function cache(options: CacheOptions = {}): MiddlewareHandler<AppEnv> {
  const getCache = options.cache ?? (() => caches.default);
  const maxBytes = options.maxBytes ?? 1024 * 1024;
  const { onResult } = options;
  return async function cache(c, next) {
    const decision = c.get('decision');
    const inspection = c.get('inspection');
    const status = (s: CacheStatus) => {
      c.set('cache', s);
      onResult?.(s);
    };
    const cacheable =
      decision?.kind === 'route' &&
      decision.cache !== undefined &&
      decision.piiTypes.length === 0 &&
      inspection.piiTypes.length === 0 &&
      inspection.unscanned.length === 0 &&
      !inspection.stream;
    if (!cacheable) {
      status('bypass');
      await next();
      setHeaders(c, { 'x-triage-cache': 'bypass' });
      return;
    }
    const { task, body } = c.get('request');
    const key = await cacheKey({
      tenant: c.get('caller').tenant,
      policyVersion: decision.policyVersion,
      target: decision.target,
      task,
      body,
    });
    const store = getCache();
    const hit = await store.match(key);
    if (hit) {
      status('hit');
      const target = hit.headers.get(STORED_TARGET);
      const kind = hit.headers.get(STORED_KIND);
      if (target && kind) c.set('outcome', { target, kind: kind as typeof decision.targetKind, fallbacks: [] });
      const headers = new Headers(hit.headers);
      for (const h of [STORED_TARGET, STORED_KIND, 'cache-control', 'age', 'expires', 'cf-cache-status']) headers.delete(h);
      headers.set('x-triage-cache', 'hit');
      return new Response(hit.body, { status: hit.status, headers });
    }

    status('miss');
    await next();
    const res = c.res;
    const type = res.headers.get('content-type') ?? '';
    const length = Number(res.headers.get('content-length') ?? '0');
    if (res.status === 200 && type.includes('application/json') && length <= maxBytes) {
      const bytes = await res.arrayBuffer();
      c.res = new Response(bytes, res);
      if (bytes.byteLength <= maxBytes) {
        const stored = new Headers();
        stored.set('content-type', type);
        stored.set('cache-control', `max-age=${decision.cache!.ttlSeconds}`);
        const outcome = c.get('outcome');
        stored.set(STORED_TARGET, outcome?.target ?? decision.target);
        stored.set(STORED_KIND, outcome?.kind ?? decision.targetKind);
        const put = store.put(key, new Response(bytes, { status: 200, headers: stored })).catch(() => {});
        try {
          c.executionCtx.waitUntil(put);
        } catch {
          await put; // no execution context (app.request in tests)
        }
      }
    }
    setHeaders(c, { 'x-triage-cache': 'miss' });
  };
}
