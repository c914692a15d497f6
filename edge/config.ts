// The Worker's bindings and string vars → checked settings. A missing required binding or a malformed var
// is a deployment mistake: the request is answered with a 500 in OpenAI's shape that names the binding or
// var (never a stack trace), and nothing else in the pipeline runs.
import { ApiError } from '../shared/protocol/openai/errors.ts';
import type { Env } from './env.ts';
import type { Limits } from './middleware/rate-limit/limiter.ts';

/** The string vars this module checks (declared and documented in env.ts and wrangler.toml). */
export type ConfigVars = Pick<
  Env,
  | 'MAX_BODY_BYTES'
  | 'POLICY_CACHE_SECONDS'
  | 'KEY_CACHE_SECONDS'
  | 'DEFAULT_KEY_RPM'
  | 'DEFAULT_KEY_TPM'
  | 'DEFAULT_TENANT_RPM'
  | 'DEFAULT_TENANT_TPM'
  | 'METRICS_TOKEN'
  | 'PII_TAGGER'
>;

export interface Config {
  maxBodyBytes: number;
  /** How long an isolate reuses the policy it read from KV before reading again. */
  policyCacheMs: number;
  /** How long an isolate reuses a key record it read from KV (also how long a revoked key may still work). */
  keyCacheMs: number;
  /** Limits for keys whose record sets none. */
  defaultKeyLimits: Limits;
  /** Limits for tenants without a `tenant:<name>` record in KEYS. */
  defaultTenantLimits: Limits;
  metricsToken?: string;
  /** Whether the learned PII tagger runs beside the rules (PII_TAGGER, default on: `off` leaves the rules alone). */
  piiTagger: boolean;
}

export const DEFAULTS = {
  maxBodyBytes: 1024 * 1024,
  policyCacheSeconds: 10,
  keyCacheSeconds: 30,
} as const;

const REQUIRED_BINDINGS = ['KEYS', 'POLICY', 'RATE_LIMITER'] as const;

const misconfigured = (message: string) => new ApiError(500, 'server_error', message, 'misconfigured');

function intVar(env: ConfigVars, name: keyof ConfigVars, min: number, max: number): number | undefined {
  // Declared as strings, but a var written as a TOML number arrives as a number.
  const raw: unknown = env[name];
  if (raw === undefined || raw === '') return undefined;
  const n = typeof raw === 'number' ? raw : typeof raw === 'string' && /^\s*\d+\s*$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max)
    throw misconfigured(`Gateway misconfigured: var ${name} must be an integer in [${min}, ${max}].`);
  return n;
}

/** A key's or tenant's default limits from the pair of vars that set them (unset = unlimited). */
function limitsFrom(env: ConfigVars, rpm: keyof ConfigVars, tpm: keyof ConfigVars): Limits {
  const l: Limits = {};
  const r = intVar(env, rpm, 1, 1e9);
  const t = intVar(env, tpm, 1, 1e12);
  if (r !== undefined) l.rpm = r;
  if (t !== undefined) l.tpm = t;
  return l;
}

function onOff(env: ConfigVars, name: keyof ConfigVars, fallback: boolean): boolean {
  const raw: unknown = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (raw === 'on' || raw === 'off') return raw === 'on';
  throw misconfigured(`Gateway misconfigured: var ${name} must be "on" or "off".`);
}

const cache = new WeakMap<object, Config>();

/**
 * Checks the bindings and parses the vars, once per `env` object (workerd hands the same one to every
 * request of an isolate). Throws ApiError(500, code `misconfigured`) naming what is wrong.
 */
export function loadConfig(env: Env): Config {
  if (typeof env !== 'object' || env === null) throw misconfigured('Gateway misconfigured: no bindings.');
  const hit = cache.get(env);
  if (hit) return hit;
  for (const b of REQUIRED_BINDINGS) {
    if (!env[b]) throw misconfigured(`Gateway misconfigured: required binding ${b} is missing (see wrangler.toml).`);
  }
  const config: Config = {
    maxBodyBytes: intVar(env, 'MAX_BODY_BYTES', 1, 100 * 1024 * 1024) ?? DEFAULTS.maxBodyBytes,
    policyCacheMs: (intVar(env, 'POLICY_CACHE_SECONDS', 0, 3600) ?? DEFAULTS.policyCacheSeconds) * 1000,
    keyCacheMs: (intVar(env, 'KEY_CACHE_SECONDS', 0, 3600) ?? DEFAULTS.keyCacheSeconds) * 1000,
    defaultKeyLimits: limitsFrom(env, 'DEFAULT_KEY_RPM', 'DEFAULT_KEY_TPM'),
    defaultTenantLimits: limitsFrom(env, 'DEFAULT_TENANT_RPM', 'DEFAULT_TENANT_TPM'),
    piiTagger: onOff(env, 'PII_TAGGER', true),
  };
  const token: unknown = env.METRICS_TOKEN;
  if (typeof token === 'string' && token !== '') config.metricsToken = token;
  cache.set(env, config);
  return config;
}
