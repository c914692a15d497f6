// API keys: format, hashing and the KV record. Pure (WebCrypto only), so it runs in workerd and Node 20
// (globalThis.crypto) — the dev-key seeding in `npm start` and tests use the same functions as the Worker.
//
// A key is `tri_<keyid>_<secret>`: <keyid> (8–32 letters/digits) names the record, <secret> (≥ 16
// letters/digits) is the password. KV `KEYS` holds one record per key under `key:<keyid>`:
//
//   key:k7Qm2xP9 → {"tenant":"acme","sha256":"<64 hex>","models":["triage-small"],"rpm":600,"tpm":200000}
//
// `sha256` is the lower-case hex SHA-256 of the whole key (what `hashApiKey` and `newApiKey` write); the
// hex SHA-256 of the secret part alone is accepted too. The key itself is never stored or logged.
// Optional: `tenant:<name>` → {"rpm":..., "tpm":...} sets a tenant's limits (else DEFAULT_TENANT_* vars).
// Optional in both records: `"budget": {"tokens_per_month": 5000000, "tokens_per_day": 200000}` — tokens
// (prompt + completion, as the upstreams report them) per UTC month / day; once spent, requests are refused
// with 429 `insufficient_quota` until the period ends (edge/middleware/rate-limit/).
//
// Seeding a development key (what `npm start` does, in shared/tools/cli/start.ts):
//   const { key, kvKey, record } = await newApiKey('dev', { keyId: 'devlocal01' });
//   npx wrangler kv key put --local --binding KEYS <kvKey> '<JSON.stringify(record)>'   (same --persist-to as `wrangler dev`)
//   then print:  curl http://127.0.0.1:8787/v1/chat/completions -H "Authorization: Bearer <key>" -H 'content-type: application/json' -d '…'
// Production keys are created the same way and put with `wrangler kv key put --binding KEYS --env production`.

import { sha256Hex, timingSafeEqual } from '../crypto.ts';

export interface KeyRecord {
  tenant: string;
  /** Hex SHA-256 of the whole key (or of its secret part). */
  sha256: string;
  /** Model aliases this key may use; absent = all the policy offers. */
  models?: string[];
  /** Requests per minute for this key. */
  rpm?: number;
  /** Estimated tokens per minute for this key. */
  tpm?: number;
  /** A disabled key is refused (401) like an unknown one. */
  disabled?: boolean;
  /** Tokens this key may use per UTC day / month (absent = no budget). */
  budget?: Budget;
}

export interface TenantRecord {
  rpm?: number;
  tpm?: number;
  /** Tokens the tenant's keys together may use per UTC day / month (absent = no budget). */
  budget?: Budget;
}

/** A token budget: prompt + completion tokens per UTC day and/or month. */
export interface Budget {
  tokens_per_day?: number;
  tokens_per_month?: number;
}

export const KEY_PREFIX = 'tri_';
const KEY_RE = /^tri_([A-Za-z0-9]{8,32})_([A-Za-z0-9]{16,128})$/;

/** Splits a presented key into its id and secret; undefined if it is not shaped like a Triage key. */
export function parseApiKey(key: string): { keyId: string; secret: string } | undefined {
  const m = KEY_RE.exec(key);
  return m ? { keyId: m[1]!, secret: m[2]! } : undefined;
}

export const kvKeyFor = (keyId: string) => `key:${keyId}`;
export const kvTenantFor = (tenant: string) => `tenant:${tenant}`;

/** What goes into a key record's `sha256`: the hex SHA-256 of the whole key. */
export const hashApiKey = (key: string) => sha256Hex(key);

/** Checks a presented key against its record: both accepted hash forms, each compared in constant time. */
export async function verifyApiKey(key: string, secret: string, record: KeyRecord): Promise<boolean> {
  const stored = record.sha256.toLowerCase();
  const [whole, part] = await Promise.all([sha256Hex(key), sha256Hex(secret)]);
  // Both comparisons always run (no short-circuit), so timing does not tell which form matched.
  const a = timingSafeEqual(whole, stored);
  const b = timingSafeEqual(part, stored);
  return a || b;
}

/** Validates a KV value as a KeyRecord (KV is written by people and scripts; don't trust its shape). */
export function parseKeyRecord(v: unknown): KeyRecord | undefined {
  if (typeof v !== 'object' || v === null) return undefined;
  const r = v as Record<string, unknown>;
  if (typeof r.tenant !== 'string' || r.tenant === '') return undefined;
  if (typeof r.sha256 !== 'string' || !/^[0-9a-fA-F]{64}$/.test(r.sha256)) return undefined;
  if (r.models !== undefined && !(Array.isArray(r.models) && r.models.every((m) => typeof m === 'string'))) return undefined;
  const posInt = (x: unknown) => x === undefined || (typeof x === 'number' && Number.isSafeInteger(x) && x > 0);
  if (!posInt(r.rpm) || !posInt(r.tpm)) return undefined;
  if (r.disabled !== undefined && typeof r.disabled !== 'boolean') return undefined;
  const budget = r.budget === undefined ? undefined : parseBudget(r.budget);
  if (budget === null) return undefined;
  const out: KeyRecord = { tenant: r.tenant, sha256: r.sha256 };
  if (r.models !== undefined) out.models = r.models as string[];
  if (r.rpm !== undefined) out.rpm = r.rpm as number;
  if (r.tpm !== undefined) out.tpm = r.tpm as number;
  if (r.disabled !== undefined) out.disabled = r.disabled;
  if (budget) out.budget = budget;
  return out;
}

/**
 * A record's `budget`: positive whole numbers of tokens per day and/or month. Null if malformed (a key
 * record with a malformed budget is refused as a whole: a budget must not silently fall away); undefined
 * if it sets neither.
 */
export function parseBudget(v: unknown): Budget | undefined | null {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return null;
  const r = v as Record<string, unknown>;
  const out: Budget = {};
  for (const field of ['tokens_per_day', 'tokens_per_month'] as const) {
    const n = r[field];
    if (n === undefined) continue;
    if (typeof n !== 'number' || !Number.isSafeInteger(n) || n <= 0) return null;
    out[field] = n;
  }
  return out.tokens_per_day === undefined && out.tokens_per_month === undefined ? undefined : out;
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

function randomBase62(n: number): string {
  // Rejection sampling keeps the distribution uniform (256 is not a multiple of 62).
  let s = '';
  while (s.length < n) {
    for (const b of crypto.getRandomValues(new Uint8Array(n * 2))) {
      if (b < 248 && s.length < n) s += ALPHABET[b % 62];
    }
  }
  return s;
}

/**
 * A fresh key and the record to store for it. Show `key` to its owner once; store only `record`
 * (under `kvKey`). 32 base62 characters of secret ≈ 190 bits.
 */
export async function newApiKey(
  tenant: string,
  opts: Omit<KeyRecord, 'tenant' | 'sha256'> & { keyId?: string } = {},
): Promise<{ key: string; keyId: string; kvKey: string; record: KeyRecord }> {
  const { keyId = randomBase62(12), ...rest } = opts;
  if (!/^[A-Za-z0-9]{8,32}$/.test(keyId)) throw new Error('keyId must be 8-32 letters or digits');
  const key = `${KEY_PREFIX}${keyId}_${randomBase62(32)}`;
  const record: KeyRecord = { tenant, sha256: await hashApiKey(key), ...rest };
  return { key, keyId, kvKey: kvKeyFor(keyId), record };
}
