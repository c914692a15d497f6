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
//
// Sets `cache` (CacheVars), and `outcome` on a hit (the target that produced the stored answer). Reads
// `routeDecision` (decide), `inspection`, `request`, `caller`, and after the run step `outcome`.
import type { Context, MiddlewareHandler } from 'hono';
import { canonicalJson, TARGET_KINDS, type RouteDecision, type TargetKind } from '../../../shared/core/policy/index.ts';
import { sha256Hex } from '../../../shared/protocol/crypto.ts';
import type { Env } from '../../env.ts';
import { heldBytes, responseFromBytes } from '../../response-bytes.ts';
import { replaceResponse, setHeaders } from '../../response-headers.ts';
import type { AuthVars } from '../auth/vars.ts';
import type { BodyVars } from '../body/vars.ts';
import type { DecideVars } from '../decide/vars.ts';
import type { InspectVars } from '../inspect/vars.ts';
import type { RunVars } from '../run/vars.ts';
import type { CacheStatus, CacheVars } from './vars.ts';

/** `outcome` is the run step's: set here on a hit, absent after a run that failed. */
type CacheEnv = { Bindings: Env; Variables: CacheVars & Partial<RunVars> & DecideVars & InspectVars & BodyVars & AuthVars };
type CacheContext = Context<CacheEnv>;

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

export function cache(options: CacheOptions = {}): MiddlewareHandler<CacheEnv> {
  const getCache = options.cache ?? (() => caches.default);
  const maxBytes = options.maxBytes ?? 1024 * 1024;
  const { onResult } = options;
  return async function cache(c, next) {
    const status = (s: CacheStatus) => {
      c.set('cache', s);
      onResult?.(s);
    };
    const decision = c.get('routeDecision');
    const ttlSeconds = cacheable(c, decision);
    if (ttlSeconds === undefined) {
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
      return fromCache(c, hit);
    }
    status('miss');
    await next();
    await storeAnswer(c, { store, key, ttlSeconds, maxBytes, decision });
    setHeaders(c, { 'x-triage-cache': 'miss' });
  };
}

/**
 * The TTL if this request may be answered from the cache: a decision with `cache`, and no PII or unscanned
 * content found (checked here again, whatever the decision says), not streaming.
 */
function cacheable(c: CacheContext, decision: RouteDecision): number | undefined {
  const inspection = c.get('inspection');
  const sensitive = decision.piiTypes.length > 0 || inspection.piiTypes.length > 0 || inspection.unscanned.length > 0;
  if (decision.cache === undefined || sensitive || inspection.stream) return undefined;
  return decision.cache.ttlSeconds;
}

/** A stored answer as the client's response; the target that produced it becomes the outcome. */
function fromCache(c: CacheContext, hit: Response): Response {
  const target = hit.headers.get(STORED_TARGET);
  const kind = hit.headers.get(STORED_KIND);
  if (target && isTargetKind(kind)) c.set('outcome', { target, kind, fallbacks: [] });
  const headers = new Headers(hit.headers);
  for (const h of [STORED_TARGET, STORED_KIND, 'cache-control', 'age', 'expires', 'cf-cache-status']) headers.delete(h);
  headers.set('x-triage-cache', 'hit');
  return new Response(hit.body, { status: hit.status, headers });
}

function isTargetKind(kind: string | null): kind is TargetKind {
  return TARGET_KINDS.some((k) => k === kind);
}

/** Where and how long a missed request's answer is stored. */
interface CacheEntry {
  store: Cache;
  key: string;
  ttlSeconds: number;
  maxBytes: number;
  decision: RouteDecision;
}

/** Stores a 200 JSON answer of at most `maxBytes` under `key` for the decision's TTL. */
async function storeAnswer(c: CacheContext, { store, key, ttlSeconds, maxBytes, decision }: CacheEntry): Promise<void> {
  const res = c.res;
  const type = res.headers.get('content-type') ?? '';
  const length = Number(res.headers.get('content-length') ?? '0');
  if (res.status !== 200 || !type.includes('application/json') || length > maxBytes) return;
  // A target's JSON answer comes with its bytes (edge/response-bytes.ts); any other is read once, and answered
  // from the bytes, which later steps then find beside it too.
  let bytes = heldBytes(res);
  if (!bytes) {
    bytes = await res.arrayBuffer();
    replaceResponse(c, responseFromBytes(bytes, res));
  }
  if (bytes.byteLength > maxBytes) return;
  const stored = new Headers();
  stored.set('content-type', type);
  stored.set('cache-control', `max-age=${ttlSeconds}`);
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
