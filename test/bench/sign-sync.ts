// The edge → on-prem request signature (shared/protocol/signing) computed synchronously with node:crypto, so
// a load generator can sign each request in its per-request hook (autocannon's setupRequest cannot await)
// with a fresh single-use nonce. The canonical string is the protocol's own (canonicalString); only the
// hashing is Node's. sign-sync.test.ts holds it to signRequest's output and verifyRequest's verdict.
import { createHash, createHmac, randomBytes } from 'node:crypto';
import { SIGNATURE_HEADERS, canonicalString, signedHeaderValues, type SignInput } from '../../shared/protocol/signing/index.ts';

/** What signRequest returns, for a string body. */
export function signRequestSync(input: SignInput & { body: string }): Record<string, string> {
  const timestamp = String(Math.floor(input.now ?? Date.now()));
  const nonce = input.nonce ?? randomBytes(16).toString('hex');
  const bodySha256Hex = createHash('sha256').update(input.body, 'utf8').digest('hex');
  const canonical = canonicalString({
    keyId: input.keyId,
    method: input.method,
    path: input.path,
    timestamp,
    nonce,
    bodySha256Hex,
    signedHeaders: signedHeaderValues(input.headers ?? {}),
  });
  return {
    [SIGNATURE_HEADERS.keyId]: input.keyId,
    [SIGNATURE_HEADERS.timestamp]: timestamp,
    [SIGNATURE_HEADERS.nonce]: nonce,
    [SIGNATURE_HEADERS.contentSha256]: bodySha256Hex,
    [SIGNATURE_HEADERS.signature]: `v2=${createHmac('sha256', input.secret).update(canonical, 'utf8').digest('hex')}`,
  };
}
