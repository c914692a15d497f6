// The edge → on-prem request signature (shared/protocol/signing) made synchronously, so a load generator can
// sign each request in its per-request hook (autocannon's setupRequest cannot await) with a fresh single-use
// nonce: the body's SHA-256 by node:crypto, the rest by the protocol's own signWithBodyHash.
// sign-sync.test.ts holds it to signRequest's output and verifyRequest's verdict.
import { createHash } from 'node:crypto';
import { signWithBodyHash, type SignInput } from '../../shared/protocol/signing/index.ts';

/** What signRequest returns, for a string body. */
export function signRequestSync(input: SignInput & { body: string }): Record<string, string> {
  return signWithBodyHash(input, createHash('sha256').update(input.body, 'utf8').digest('hex'));
}
