// The signature check's hashing by node:crypto (OpenSSL) instead of the portable plain-JS default
// (shared/protocol/crypto.ts): the same hex for the same input, at a fraction of the CPU per request.
// The canonical string and the constant-time comparison stay in shared/protocol/signing.
import { createHmac, hash } from 'node:crypto';
import type { Bytes, Hasher } from '../../shared/protocol/crypto.ts';

export const nodeHasher: Hasher = {
  // crypto.hash (Node ≥ 20.12): one call, no Hash object — cheaper than createHash for a request's body.
  sha256Hex: (data) => hash('sha256', hashInput(data), 'hex'),
  hmacSha256Hex: (secret, message) => createHmac('sha256', secret).update(message, 'utf8').digest('hex'),
};

/** What crypto.hash takes: a string is hashed as UTF-8, bytes as they are (no copy). */
function hashInput(data: Bytes): string | Uint8Array {
  if (data == null) return '';
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return data;
}
