import { describe, expect, it } from 'vitest';
import { MemoryNonceCache, signRequest, verifyRequest } from '../../shared/protocol/signing/index.ts';
import { signRequestSync } from './sign-sync.ts';

const body = JSON.stringify({ model: 'bench-upstream', messages: [{ role: 'user', content: 'Grüße, über alles' }] });
const key = { keyId: 'k1', secret: 'bench-secret-0123456789' };
const META = { 'x-triage-tenant': 'acme', 'x-triage-rule': 'pii-onprem' };

describe('signRequestSync', () => {
  it("gives signRequest's headers for the same request, time and nonce", async () => {
    const input = {
      method: 'POST',
      path: '/v1/chat/completions',
      body,
      ...key,
      headers: META,
      now: 1_800_000_000_000,
      nonce: 'ab'.repeat(16),
    };
    expect(signRequestSync(input)).toEqual(await signRequest(input));
  });

  it('is accepted by verifyRequest once, with a fresh nonce each time', async () => {
    const nonces = new MemoryNonceCache();
    const verify = (headers: Record<string, string>) =>
      verifyRequest({ method: 'POST', path: '/v1/chat/completions', headers, body, keys: { k1: key.secret }, nonces });
    const a = signRequestSync({ method: 'POST', path: '/v1/chat/completions', body, ...key });
    const b = signRequestSync({ method: 'POST', path: '/v1/chat/completions', body, ...key });
    expect(a['x-triage-nonce']).not.toBe(b['x-triage-nonce']);
    expect((await verify(a)).ok).toBe(true);
    expect((await verify(b)).ok).toBe(true);
    expect((await verify(a)).ok).toBe(false);
  });
});
