// The signature check's hashing by node:crypto (OpenSSL) instead of the portable plain-JS default
// (shared/protocol/crypto.ts): the same hex for the same input, at a fraction of the CPU per request.
// The canonical string and the constant-time comparison stay in shared/protocol/signing.
import { createHash, createHmac } from 'node:crypto';
import type { Bytes, Hasher } from '../../shared/protocol/crypto.ts';

export const nodeHasher: Hasher = {
  sha256Hex: (data) => createHash('sha256').update(hashInput(data)).digest('hex'),
  hmacSha256Hex: (secret, message) => createHmac('sha256', secret).update(message, 'utf8').digest('hex'),
};

/** What Hash.update takes: a string is hashed as UTF-8, bytes as they are (no copy). */
function hashInput(data: Bytes): string | Uint8Array {
  if (data == null) return '';
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return data;
}
