import { describe, expect, it } from 'vitest';
import { portableHasher } from '../../shared/protocol/crypto.ts';
import { signRequest, verifyRequest } from '../../shared/protocol/signing/index.ts';
import { nodeHasher } from './node-hasher.ts';

describe('nodeHasher', () => {
  it('gives the portable hasher’s hex for strings, bytes, views, ArrayBuffers and no body', async () => {
    const bytes = new Uint8Array(300).map((_, i) => (i * 7) & 255);
    const inputs = ['', 'Grüße 👋', bytes, bytes.subarray(5, 77), bytes.buffer, null, undefined, 'x'.repeat(9000)];
    for (const data of inputs) expect(nodeHasher.sha256Hex(data)).toBe(await portableHasher.sha256Hex(data));
  });

  it('gives the portable HMAC for long and non-ASCII secrets and messages', () => {
    for (const [secret, message] of [
      ['Jefe', 'what do ya want for nothing?'],
      ['sécret-ключ', 'TRIAGE-HMAC-SHA256-V2\nk1\nPOST\n/v1/chat/completions'],
      ['k'.repeat(100), 'm'.repeat(1000)],
    ] as const)
      expect(nodeHasher.hmacSha256Hex(secret, message)).toBe(portableHasher.hmacSha256Hex(secret, message));
  });

  it('verifies what signRequest signed, and refuses a changed body', async () => {
    const body = new TextEncoder().encode('{"model":"m","messages":[]}');
    const keys = new Map([['k1', 'secret-one']]);
    const headers = await signRequest({ method: 'POST', path: '/v1/chat/completions', body, keyId: 'k1', secret: 'secret-one' });
    const verify = (b: Uint8Array) =>
      verifyRequest({ method: 'POST', path: '/v1/chat/completions', headers, body: b, keys, hasher: nodeHasher });
    expect(await verify(body)).toEqual({ ok: true, keyId: 'k1' });
    expect(await verify(new TextEncoder().encode('{}'))).toMatchObject({ ok: false, reason: 'body_mismatch' });
  });
});
