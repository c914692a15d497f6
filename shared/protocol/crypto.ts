// Small crypto helpers used by signing, API keys, caching and model checksums. Pure: globalThis.crypto is the
// same API in workerd and Node 20, and @noble/hashes is plain JS.
//
// Small inputs are hashed with @noble/hashes (audited, synchronous): a Web Crypto call costs ~50 µs in Node
// whatever the size (measured: SHA-256 of 200 B 67 µs vs 9 µs, HMAC 56 µs vs 10 µs), which is most of a signed
// request's verification. Above NATIVE_DIGEST_FROM native code wins (64 KB: 85 µs vs 430 µs).
import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';

export type Bytes = string | Uint8Array | ArrayBuffer | null | undefined;

const encoder = new TextEncoder();

/** UTF-8 bytes of a string, in a fresh ArrayBuffer (workerd's types want ArrayBuffer, not ArrayBufferLike). */
export function utf8(s: string): Uint8Array<ArrayBuffer> {
  return encoder.encode(s) as Uint8Array<ArrayBuffer>;
}

export function toBytes(data: Bytes): Uint8Array<ArrayBuffer> {
  if (data == null) return new Uint8Array(0);
  if (typeof data === 'string') return utf8(data);
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  const copy = new Uint8Array(data.byteLength); // a view (possibly over a SharedArrayBuffer) → a plain buffer
  copy.set(data);
  return copy;
}

export function toHex(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += b.toString(16).padStart(2, '0');
  return s;
}

const NATIVE_DIGEST_FROM = 8 * 1024;

/** Lower-case hex SHA-256 of a string (UTF-8) or bytes. */
export async function sha256Hex(data: Bytes): Promise<string> {
  const bytes = toBytes(data);
  if (bytes.byteLength < NATIVE_DIGEST_FROM) return bytesToHex(sha256(bytes));
  return toHex(new Uint8Array(await crypto.subtle.digest('SHA-256', bytes)));
}

/** Lower-case hex HMAC-SHA256 of a (short) message under a secret, both UTF-8. */
export function hmacSha256Hex(secret: string, message: string): string {
  return bytesToHex(hmac(sha256, utf8(secret), utf8(message)));
}

/**
 * The hashing a signature check needs. The default (portableHasher) runs anywhere — workerd, Node — in plain
 * JS; a runtime with native hashing passes its own (the on-prem node: node:crypto, several times cheaper
 * per request). Both must give the same lower-case hex for the same input.
 */
export interface Hasher {
  /** SHA-256 of a string (UTF-8) or bytes. */
  sha256Hex(data: Bytes): string | Promise<string>;
  /** HMAC-SHA256 of a message under a secret, both UTF-8. */
  hmacSha256Hex(secret: string, message: string): string;
}

export const portableHasher: Hasher = { sha256Hex, hmacSha256Hex };

export function randomHex(bytes: number): string {
  return toHex(crypto.getRandomValues(new Uint8Array(bytes)));
}

/**
 * Compares in time that depends only on the inputs' lengths (public here: fixed-size hashes and
 * signatures), never on where they first differ.
 */
export function timingSafeEqual(a: string | Uint8Array, b: string | Uint8Array): boolean {
  if (typeof a === 'string' && typeof b === 'string') return timingSafeEqualStrings(a, b);
  const x = typeof a === 'string' ? utf8(a) : a;
  const y = typeof b === 'string' ? utf8(b) : b;
  let diff = x.length ^ y.length;
  const n = Math.max(x.length, y.length);
  for (let i = 0; i < n; i++) diff |= (x[i] ?? 0) ^ (y[i] ?? 0);
  return diff === 0;
}

/** Two strings compared by UTF-16 code unit (no encoding per comparison: hex digests on the hot path). */
function timingSafeEqualStrings(a: string, b: string): boolean {
  let diff = a.length ^ b.length;
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) diff |= (a.charCodeAt(i) | 0) ^ (b.charCodeAt(i) | 0); // NaN past the end → 0
  return diff === 0;
}
