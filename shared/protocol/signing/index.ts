// Edge → on-prem request signing: HMAC-SHA256 over the request's method, path, a timestamp, a nonce, the
// body's hash and the x-triage-* headers the node acts on, with a replay window and one-time nonces. Pure
// (Web Crypto and @noble/hashes, shared/protocol/crypto.ts), so the same code signs in workerd and verifies in Node;
// a verifier may pass its runtime's native hashing (`hasher`: the on-prem node uses node:crypto's).
//
// Scheme v2
//   canonical string = "TRIAGE-HMAC-SHA256-V2\n" + key id + "\n" + METHOD + "\n" + path-with-query + "\n"
//                      + timestamp + "\n" + nonce + "\n" + hex(sha256(body))
//                      + for each name in SIGNED_HEADERS, in that order: "\n" + name + ":" + value
//   signature        = hex(HMAC-SHA256(secret of key id, canonical string))
//   headers          x-triage-key-id           which secret (rotation: the verifier holds old and new)
//                    x-triage-timestamp        Unix milliseconds
//                    x-triage-nonce            128 random bits, hex; single use within the window
//                    x-triage-content-sha256   hex(sha256(body)); must match the body received
//                    x-triage-signature        "v2=<hex>" (a comma-separated list may carry several
//                                              versions; the verifier uses the v2 one)
//   signed headers   SIGNED_HEADERS: tenant, rule, policy, PII types, unscanned kinds, time budget. A value
//                    is the header as a fetch Headers object reads it (surrounding blanks removed, repeated
//                    headers joined with ", "); an absent header counts as "", so adding one breaks the
//                    signature as surely as changing one.
// The path is what the server sees in the request line (pathname + "?" + query), so a proxy that rewrites
// paths in between must be configured to keep them. Other headers (traceparent, x-request-id) are not
// signed: they steer nothing the audit log vouches for.
//
// Only v2 is accepted. v1 covered neither the headers the node's audit log records as the edge's word
// (tenant, rule, policy, PII types) nor the time budget it obeys, so anyone on the path could rewrite them
// on a validly signed request; a verifier that still took v1 would let them strip the v2 signature and do
// exactly that. Edge and node are therefore upgraded together (v1 requests get 401 unsupported_version).
//
// Replays after a restart. Nonces are remembered by a NonceCache (nonce-cache.ts) that has a fence: it
// refuses signatures timestamped before the moment its memory begins (before_fence → the node answers
// 503 + Retry-After and the edge signs again). The timestamp is the edge's clock, the fence the node's: if
// the edge's clock runs ahead of the node's by d, requests that the previous process accepted in its last d
// before the restart carry timestamps after the fence and would be accepted once more; if it runs behind by
// d, fresh requests are refused for d after a restart. Both clocks are NTP-synchronised in practice (d of
// milliseconds); a fence that also covered a skewed clock would have to refuse every signed request for the
// whole forward window after each start. Millisecond timestamps keep that refusal to the skew itself.
import { hmacSha256Hex, portableHasher, randomHex, sha256Hex, timingSafeEqual, type Bytes, type Hasher } from '../crypto.ts';
import { type NonceCache } from './nonce-cache.ts';

export { portableHasher, sha256Hex, timingSafeEqual, type Hasher };

export { MemoryNonceCache, type NonceCache, type NonceEntry, type NonceVerdict } from './nonce-cache.ts';

export const SIGNATURE_HEADERS = {
  keyId: 'x-triage-key-id',
  timestamp: 'x-triage-timestamp',
  nonce: 'x-triage-nonce',
  contentSha256: 'x-triage-content-sha256',
  signature: 'x-triage-signature',
} as const;

/** The edge's headers the node records in its audit log or acts on, covered by the signature in this order. */
export const SIGNED_HEADERS = [
  'x-triage-tenant',
  'x-triage-rule',
  'x-triage-policy',
  'x-triage-pii',
  'x-triage-unscanned',
  'x-triage-timeout-ms',
] as const;
export type SignedHeader = (typeof SIGNED_HEADERS)[number];

const VERSION = 'v2';
const SCHEME = 'TRIAGE-HMAC-SHA256-V2';
/** Default accepted clock difference, either way, in seconds. */
export const DEFAULT_WINDOW_SECONDS = 300;
/**
 * A nonce is kept this long past the end of its window: a shared store expires keys by its own clock (Redis's
 * PXAT), which may run a little ahead of the verifier's; the nonce must outlive the window on both.
 */
const NONCE_EXPIRY_MARGIN_MS = 60_000;

export type Body = Bytes;

/** A header lookup: a Headers object, or a record (any-case names for the signer, lower-case as Node gives them). */
export type HeaderSource = Headers | Readonly<Record<string, string | string[] | undefined>>;

export interface SignInput {
  method: string;
  /** Path and query as the server will see them, e.g. `/v1/chat/completions`. */
  path: string;
  body?: Body;
  keyId: string;
  secret: string;
  /**
   * The headers the request will carry: those in SIGNED_HEADERS are signed (absent = ""), the rest are
   * ignored. Send exactly these values.
   */
  headers?: HeaderSource;
  /** Unix ms; defaults to now (tests pin it). */
  now?: number;
  /** Defaults to 16 random bytes, hex. */
  nonce?: string;
}

/** Returns the signature headers to add to the request (besides the request's own headers). */
export async function signRequest(input: SignInput): Promise<Record<string, string>> {
  return signWithBodyHash(input, await sha256Hex(input.body));
}

/** signRequest for a body whose SHA-256 (hex) the caller has computed: synchronous (e.g. a load generator's hook). */
export function signWithBodyHash(input: Omit<SignInput, 'body'>, bodySha256Hex: string): Record<string, string> {
  checkKeyId(input.keyId);
  const timestamp = String(Math.floor(input.now ?? Date.now()));
  const nonce = input.nonce ?? randomHex(16);
  const signed = signedHeaderValues(input.headers ?? {});
  const bad = SIGNED_HEADERS.find((_, i) => /[\r\n\0]/.test(signed[i]!));
  if (bad) throw new Error(`signRequest: header ${bad} contains a line break or NUL, which HTTP cannot carry`);
  const canonical = canonicalString({
    keyId: input.keyId,
    method: input.method,
    path: input.path,
    timestamp,
    nonce,
    bodySha256Hex,
    signedHeaders: signed,
  });
  const mac = hmacSha256Hex(input.secret, canonical);
  return {
    [SIGNATURE_HEADERS.keyId]: input.keyId,
    [SIGNATURE_HEADERS.timestamp]: timestamp,
    [SIGNATURE_HEADERS.nonce]: nonce,
    [SIGNATURE_HEADERS.contentSha256]: bodySha256Hex,
    [SIGNATURE_HEADERS.signature]: `${VERSION}=${mac}`,
  };
}

export interface VerifyInput {
  method: string;
  path: string;
  /** The request's headers: the signature's and the signed ones. */
  headers: HeaderSource;
  body?: Body;
  /** Secret for a key id, or undefined if the id is unknown (a map or a function). */
  keys: ReadonlyMap<string, string> | Readonly<Record<string, string>> | ((keyId: string) => string | undefined);
  /** Replay protection; required in production, optional so a verifier can be tested without it. */
  nonces?: NonceCache;
  windowSeconds?: number;
  /** Unix ms. */
  now?: number;
  /** SHA-256 and HMAC; default portableHasher (plain JS, any runtime). The node passes node:crypto's. */
  hasher?: Hasher;
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
  | 'replayed'
  /** Authentic, but signed before the nonce store's memory begins (restart, reset): sign again. */
  | 'before_fence'
  /** Authentic, but the nonce store could not answer: refused (fail closed). */
  | 'nonce_store_unavailable';

export type VerifyResult =
  | { ok: true; keyId: string }
  | {
      ok: false;
      reason: VerifyFailure;
      message: string;
      /** before_fence: when a request signed now would pass. */ retryAfterSeconds?: number;
    };

/**
 * Checks a signed request. Order: headers present → v2 → timestamp in window → key known → body hash
 * matches → signature (constant-time) → nonce store (fence, unused nonce). The store is consulted only for
 * requests that passed everything else, so forged requests can neither fill it nor learn its state.
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
  const v2 = sigHeader
    .split(',')
    .map((s) => s.trim())
    .find((s) => s.startsWith(`${VERSION}=`));
  if (!v2)
    return fail(
      'unsupported_version',
      `no ${VERSION} signature in x-triage-signature (only ${VERSION} is accepted: earlier versions do not cover the x-triage-* headers)`,
    );
  const sig = v2.slice(VERSION.length + 1).toLowerCase();
  if (!/^\d{1,15}$/.test(timestamp)) return fail('bad_timestamp', 'x-triage-timestamp must be Unix milliseconds');
  if (!/^[0-9A-Za-z_-]{8,128}$/.test(nonce)) return fail('missing_headers', 'x-triage-nonce must be 8–128 characters [0-9A-Za-z_-]');

  const windowMs = (input.windowSeconds ?? DEFAULT_WINDOW_SECONDS) * 1000;
  const nowMs = input.now ?? Date.now();
  const ts = Number(timestamp);
  const skewMs = ts - nowMs;
  if (skewMs < -windowMs) return fail('stale', `timestamp is ${Math.round(-skewMs / 1000)} s old (window ${windowMs / 1000} s)`);
  if (skewMs > windowMs) return fail('future', `timestamp is ${Math.round(skewMs / 1000)} s in the future (window ${windowMs / 1000} s)`);

  const secret = lookupKey(input.keys, keyId);
  if (secret === undefined) return fail('unknown_key', `unknown key id ${JSON.stringify(keyId.slice(0, 64))}`);

  const hasher = input.hasher ?? portableHasher;
  const hashed = hasher.sha256Hex(input.body);
  const bodyHash = typeof hashed === 'string' ? hashed : await hashed; // a native hasher's answer needs no turn of the event loop
  if (!timingSafeEqual(bodyHash, claimedHash.toLowerCase())) return fail('body_mismatch', 'body does not match x-triage-content-sha256');

  const canonical = canonicalString({
    keyId,
    method: input.method,
    path: input.path,
    timestamp,
    nonce,
    bodySha256Hex: bodyHash,
    signedHeaders: signedHeaderValues(input.headers),
  });
  if (!timingSafeEqual(hasher.hmacSha256Hex(secret, canonical), sig)) return fail('bad_signature', 'signature does not match');

  if (input.nonces)
    return checkNonce(
      input.nonces,
      { key: `${keyId}:${nonce}`, signedAtMs: ts, expiresAtMs: ts + windowMs + NONCE_EXPIRY_MARGIN_MS },
      keyId,
    );
  return { ok: true, keyId };
}

async function checkNonce(nonces: NonceCache, entry: Parameters<NonceCache['checkAndStore']>[0], keyId: string): Promise<VerifyResult> {
  let verdict: Awaited<ReturnType<NonceCache['checkAndStore']>>;
  try {
    verdict = await nonces.checkAndStore(entry);
  } catch {
    // Whatever went wrong (unreachable, timed out, refused a write), the nonce was not vouched for.
    return fail('nonce_store_unavailable', 'the nonce store did not answer; signed requests are refused until it does');
  }
  if (verdict.fresh) return { ok: true, keyId };
  if (verdict.reason === 'replayed') return fail('replayed', 'nonce already used');
  const retryAfterSeconds = Math.max(1, Math.ceil((verdict.fenceMs - entry.signedAtMs) / 1000));
  return {
    ...fail('before_fence', 'signed before the nonce store began remembering nonces (a restart or a reset); sign again'),
    retryAfterSeconds,
  };
}

export interface CanonicalInput {
  keyId: string;
  method: string;
  path: string;
  timestamp: string;
  nonce: string;
  bodySha256Hex: string;
  /** The values of SIGNED_HEADERS, in that order ("" for absent). */
  signedHeaders: readonly string[];
}

export function canonicalString(c: CanonicalInput): string {
  const headers = SIGNED_HEADERS.map((name, i) => `${name}:${c.signedHeaders[i] ?? ''}`);
  return [SCHEME, c.keyId, c.method.toUpperCase(), c.path, c.timestamp, c.nonce, c.bodySha256Hex, ...headers].join('\n');
}

/** The values of SIGNED_HEADERS in a request's headers, as the receiving Headers object will read them. */
export function signedHeaderValues(headers: HeaderSource): string[] {
  const get = headerGetter(headers);
  return SIGNED_HEADERS.map((name) => (get(name) ?? '').replace(/^[ \t]+|[ \t]+$/g, ''));
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

function fail(reason: VerifyFailure, message: string): VerifyResult & { ok: false } {
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

/** Case-insensitive lookup; a repeated header (an array, as Node gives some) reads as Headers would: ", "-joined. */
function headerGetter(h: HeaderSource): (name: string) => string | undefined {
  if (typeof (h as Headers).get === 'function') return (n) => (h as Headers).get(n) ?? undefined;
  const rec = h as Readonly<Record<string, string | string[] | undefined>>;
  const byLowerName = new Map<string, string | string[] | undefined>();
  for (const k of Object.keys(rec)) byLowerName.set(k.toLowerCase(), rec[k]);
  return (n) => {
    const v = byLowerName.get(n);
    return Array.isArray(v) ? v.join(', ') : v;
  };
}
