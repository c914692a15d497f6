// Edge → on-prem request signing (DESIGN.md "Contracts"): HMAC-SHA256 over the request's method, path,
// a timestamp, a nonce and the body's hash, with a replay window and one-time nonces. Pure (Web Crypto and
// @noble/hashes, shared/crypto.ts), so the same code signs in workerd and verifies in Node.
//
// Scheme v1
//   canonical string = "TRIAGE-HMAC-SHA256-V1\n" + key id + "\n" + METHOD + "\n" + path-with-query + "\n"
//                      + timestamp + "\n" + nonce + "\n" + hex(sha256(body))
//   signature        = hex(HMAC-SHA256(secret of key id, canonical string))
//   headers          x-triage-key-id           which secret (rotation: the verifier holds old and new)
//                    x-triage-timestamp        Unix seconds
//                    x-triage-nonce            128 random bits, hex; single use within the window
//                    x-triage-content-sha256   hex(sha256(body)); must match the body received
//                    x-triage-signature        "v1=<hex>" (a comma-separated list may carry several
//                                              versions; the verifier accepts the first it knows)
// The path is what the server sees in the request line (pathname + "?" + query), so a proxy that rewrites
// paths in between must be configured to keep them. Other headers (traceparent, tenant) are not signed;
// mTLS protects them in transit.
import { hmacSha256Hex, randomHex, sha256Hex, timingSafeEqual, type Bytes } from '../crypto.ts';
import { type NonceCache } from './nonce-cache.ts';

export { sha256Hex, timingSafeEqual };

export { MemoryNonceCache, type NonceCache } from './nonce-cache.ts';

export const SIGNATURE_HEADERS = {
  keyId: 'x-triage-key-id',
  timestamp: 'x-triage-timestamp',
  nonce: 'x-triage-nonce',
  contentSha256: 'x-triage-content-sha256',
  signature: 'x-triage-signature',
} as const;

const SCHEME = 'TRIAGE-HMAC-SHA256-V1';
/** Default accepted clock difference, either way, in seconds. */
export const DEFAULT_WINDOW_SECONDS = 300;

export type Body = Bytes;

export interface SignInput {
  method: string;
  /** Path and query as the server will see them, e.g. `/v1/chat/completions`. */
  path: string;
  body?: Body;
  keyId: string;
  secret: string;
  /** Unix ms; defaults to now (tests pin it). */
  now?: number;
  /** Defaults to 16 random bytes, hex. */
  nonce?: string;
}

/** Returns the headers to add to the request. */
export async function signRequest(input: SignInput): Promise<Record<string, string>> {
  checkKeyId(input.keyId);
  const timestamp = String(Math.floor((input.now ?? Date.now()) / 1000));
  const nonce = input.nonce ?? randomHex(16);
  const bodyHash = await sha256Hex(input.body);
  const canonical = canonicalString(input.keyId, input.method, input.path, timestamp, nonce, bodyHash);
  const mac = hmacSha256Hex(input.secret, canonical);
  return {
    [SIGNATURE_HEADERS.keyId]: input.keyId,
    [SIGNATURE_HEADERS.timestamp]: timestamp,
    [SIGNATURE_HEADERS.nonce]: nonce,
    [SIGNATURE_HEADERS.contentSha256]: bodyHash,
    [SIGNATURE_HEADERS.signature]: `v1=${mac}`,
  };
}

export interface VerifyInput {
  method: string;
  path: string;
  /** Header lookup (a Headers object or a plain record with lower-case names). */
  headers: Headers | Readonly<Record<string, string | string[] | undefined>>;
  body?: Body;
  /** Secret for a key id, or undefined if the id is unknown (a map or a function). */
  keys: ReadonlyMap<string, string> | Readonly<Record<string, string>> | ((keyId: string) => string | undefined);
  /** Replay protection; required in production, optional so a verifier can be tested without it. */
  nonces?: NonceCache;
  windowSeconds?: number;
  now?: number;
}

export type VerifyFailure =
  | 'missing_headers'
  | 'unsupported_version'
  | 'bad_timestamp'
  | 'stale'
  | 'future'
  | 'unknown_key'
  | 'body_mismatch'
  | 'bad_signature'
  | 'replayed';

export type VerifyResult = { ok: true; keyId: string } | { ok: false; reason: VerifyFailure; message: string };

/**
 * Checks a signed request. Order: headers present → timestamp in window → key known → body hash matches →
 * signature (constant-time) → nonce unused (recorded only for requests that passed everything else, so
 * forged requests cannot fill the cache).
 */
export async function verifyRequest(input: VerifyInput): Promise<VerifyResult> {
  const get = headerGetter(input.headers);
  const keyId = get(SIGNATURE_HEADERS.keyId);
  const timestamp = get(SIGNATURE_HEADERS.timestamp);
  const nonce = get(SIGNATURE_HEADERS.nonce);
  const claimedHash = get(SIGNATURE_HEADERS.contentSha256);
  const sigHeader = get(SIGNATURE_HEADERS.signature);
  if (!keyId || !timestamp || !nonce || !claimedHash || !sigHeader)
    return fail('missing_headers', `missing one of ${Object.values(SIGNATURE_HEADERS).join(', ')}`);
  const v1 = sigHeader
    .split(',')
    .map((s) => s.trim())
    .find((s) => s.startsWith('v1='));
  if (!v1) return fail('unsupported_version', 'no v1 signature in x-triage-signature');
  const sig = v1.slice(3).toLowerCase();
  if (!/^\d{1,12}$/.test(timestamp)) return fail('bad_timestamp', 'x-triage-timestamp must be Unix seconds');
  if (!/^[0-9A-Za-z_-]{8,128}$/.test(nonce)) return fail('missing_headers', 'x-triage-nonce must be 8–128 characters [0-9A-Za-z_-]');

  const window = input.windowSeconds ?? DEFAULT_WINDOW_SECONDS;
  const nowMs = input.now ?? Date.now();
  const ts = Number(timestamp);
  const skew = ts - Math.floor(nowMs / 1000);
  if (skew < -window) return fail('stale', `timestamp is ${-skew} s old (window ${window} s)`);
  if (skew > window) return fail('future', `timestamp is ${skew} s in the future (window ${window} s)`);

  const secret = lookupKey(input.keys, keyId);
  if (secret === undefined) return fail('unknown_key', `unknown key id ${JSON.stringify(keyId.slice(0, 64))}`);

  const bodyHash = await sha256Hex(input.body);
  if (!timingSafeEqual(bodyHash, claimedHash.toLowerCase()))
    return fail('body_mismatch', 'body does not match x-triage-content-sha256');

  const expected = hmacSha256Hex(secret, canonicalString(keyId, input.method, input.path, timestamp, nonce, bodyHash));
  if (!timingSafeEqual(expected, sig)) return fail('bad_signature', 'signature does not match');

  if (input.nonces) {
    const fresh = await input.nonces.checkAndStore(`${keyId}:${nonce}`, (ts + window) * 1000 + 1000);
    if (!fresh) return fail('replayed', 'nonce already used');
  }
  return { ok: true, keyId };
}

export function canonicalString(keyId: string, method: string, path: string, timestamp: string, nonce: string, bodySha256Hex: string): string {
  return [SCHEME, keyId, method.toUpperCase(), path, timestamp, nonce, bodySha256Hex].join('\n');
}

/**
 * The signing key as configured in one secret: `<key id>:<secret>`, or just `<secret>` (key id
 * `default`). A key id is 1–32 characters of [A-Za-z0-9._-]; anything else before a colon is taken as
 * part of the secret.
 */
export function parseSigningKey(value: string): { keyId: string; secret: string } {
  const m = /^([A-Za-z0-9._-]{1,32}):(.+)$/s.exec(value);
  return m ? { keyId: m[1]!, secret: m[2]! } : { keyId: 'default', secret: value };
}

function fail(reason: VerifyFailure, message: string): VerifyResult {
  return { ok: false, reason, message };
}

function checkKeyId(keyId: string): void {
  if (!/^[A-Za-z0-9._-]{1,64}$/.test(keyId)) throw new Error('signing key id must be 1–64 characters of [A-Za-z0-9._-]');
}

function lookupKey(keys: VerifyInput['keys'], keyId: string): string | undefined {
  if (typeof keys === 'function') return keys(keyId);
  if (keys instanceof Map) return keys.get(keyId);
  const rec = keys as Readonly<Record<string, string>>;
  return Object.prototype.hasOwnProperty.call(rec, keyId) ? rec[keyId] : undefined;
}

function headerGetter(h: VerifyInput['headers']): (name: string) => string | undefined {
  if (typeof (h as Headers).get === 'function') return (n) => (h as Headers).get(n) ?? undefined;
  const rec = h as Readonly<Record<string, string | string[] | undefined>>;
  return (n) => {
    const v = rec[n];
    return Array.isArray(v) ? v[0] : v;
  };
}

