// Step: authenticate the caller by API key (`Authorization: Bearer tri_<keyid>_<secret>`).
//
//   app.post('/v1/chat/completions', auth(), ...)
//   // later: c.get('caller') → { keyId, tenant, record, keyLimits, tenantLimits }
//
// The key's record is read from KV `KEYS` (`key:<keyid>`, format in shared/protocol/auth/api-keys.ts) and
// kept in the isolate for KEY_CACHE_SECONDS; the presented key is hashed with SHA-256 and compared in
// constant time to the record's hash. Missing, malformed, unknown, disabled or wrong keys all get the same
// 401 (no hint which). Which model aliases a key may use is checked once the body is read:
// `assertModelAllowed` (403).
//
// Sets `caller` (AuthVars); reads `config` (telemetry).
import type { MiddlewareHandler } from 'hono';
import { errors } from '../../../shared/protocol/openai/errors.ts';
import type { Env } from '../../env.ts';
import type { Limits } from '../rate-limit/limiter.ts';
import type { TelemetryVars } from '../telemetry/vars.ts';
import type { AuthVars, Caller } from './vars.ts';
import {
  kvKeyFor,
  kvTenantFor,
  parseApiKey,
  parseBudget,
  parseKeyRecord,
  verifyApiKey,
  type KeyRecord,
  type TenantRecord,
} from '../../../shared/protocol/auth/api-keys.ts';

export interface AuthOptions {
  /** Entries kept per isolate (key and tenant records, including "not found"). */
  maxCached?: number;
  /** Clock, for tests. */
  now?: () => number;
}

class TtlCache<V> {
  private readonly m = new Map<string, { v: V; exp: number }>();
  constructor(private readonly max: number) {}
  get(k: string, now: number): V | undefined {
    const e = this.m.get(k);
    if (!e) return undefined;
    if (e.exp <= now) {
      this.m.delete(k);
      return undefined;
    }
    return e.v;
  }
  set(k: string, v: V, exp: number): void {
    if (this.m.size >= this.max) this.m.delete(this.m.keys().next().value!); // oldest first
    this.m.set(k, { v, exp });
  }
}

const BEARER = /^Bearer\s+(\S+)\s*$/i;

const limitsOf = (r: Pick<TenantRecord, 'rpm' | 'tpm' | 'budget'> | null | undefined, fallback: Limits): Limits => {
  const l: Limits = { ...fallback };
  if (r?.rpm !== undefined) l.rpm = r.rpm;
  if (r?.tpm !== undefined) l.tpm = r.tpm;
  if (r?.budget !== undefined) l.budget = r.budget;
  return l;
};

function parseTenantRecord(v: unknown): TenantRecord | null {
  if (typeof v !== 'object' || v === null) return null;
  const r = v as Record<string, unknown>;
  const out: TenantRecord = {};
  if (typeof r.rpm === 'number' && Number.isSafeInteger(r.rpm) && r.rpm > 0) out.rpm = r.rpm;
  if (typeof r.tpm === 'number' && Number.isSafeInteger(r.tpm) && r.tpm > 0) out.tpm = r.tpm;
  const budget = parseBudget(r.budget);
  if (budget) out.budget = budget;
  return out;
}

type AuthEnv = { Bindings: Env; Variables: AuthVars & TelemetryVars };

export function auth(options: AuthOptions = {}): MiddlewareHandler<AuthEnv> {
  const now = options.now ?? Date.now;
  const keys = new TtlCache<KeyRecord | null>(options.maxCached ?? 10_000);
  const tenants = new TtlCache<TenantRecord | null>(options.maxCached ?? 10_000);

  return async function auth(c, next) {
    const m = BEARER.exec(c.req.header('authorization') ?? '');
    const presented = m?.[1];
    const parts = presented ? parseApiKey(presented) : undefined;
    if (!presented || !parts) throw errors.unauthorized();

    const { keyCacheMs, defaultKeyLimits, defaultTenantLimits } = c.get('config');
    const t = now();
    let record = keys.get(parts.keyId, t);
    if (record === undefined) {
      const raw = await c.env.KEYS.get(kvKeyFor(parts.keyId), 'json').catch(() => null);
      record = parseKeyRecord(raw) ?? null;
      keys.set(parts.keyId, record, t + keyCacheMs);
    }
    if (!record || record.disabled || !(await verifyApiKey(presented, parts.secret, record))) throw errors.unauthorized();

    let tenant = tenants.get(record.tenant, t);
    if (tenant === undefined) {
      const raw = await c.env.KEYS.get(kvTenantFor(record.tenant), 'json').catch(() => null);
      tenant = parseTenantRecord(raw);
      tenants.set(record.tenant, tenant, t + keyCacheMs);
    }
    const caller: Caller = {
      keyId: parts.keyId,
      tenant: record.tenant,
      record,
      keyLimits: limitsOf(record, defaultKeyLimits),
      tenantLimits: limitsOf(tenant, defaultTenantLimits),
    };
    c.set('caller', caller);
    await next();
  };
}

/** 403 unless the caller's key may use model alias `model` (a key without `models` may use all). */
export function assertModelAllowed(caller: Caller, model: string): void {
  const allowed = caller.record.models;
  if (allowed && !allowed.includes(model)) {
    throw errors.forbidden('This API key may not use the requested model.', 'model_not_allowed');
  }
}

/** Whether the caller's key may use `model` (for filtering GET /v1/models). */
export const modelAllowed = (caller: Caller, model: string) => !caller.record.models || caller.record.models.includes(model);
