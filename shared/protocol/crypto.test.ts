import { createHash, createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hmacSha256Hex, sha256Hex } from './crypto.ts';

// shared/protocol/crypto.ts hashes small inputs in JS and large ones with Web Crypto: both must give Node's answer.
describe('sha256Hex / hmacSha256Hex agree with node:crypto', () => {
  it.each([0, 1, 55, 64, 8191, 8192, 8193, 100_000])('SHA-256 of %i bytes (either side of the 8 KB switch)', async (n) => {
    const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 31 + 7) & 0xff);
    expect(await sha256Hex(bytes)).toBe(createHash('sha256').update(bytes).digest('hex'));
  });

  it('hashes strings as UTF-8, and null as the empty body', async () => {
    expect(await sha256Hex('Grüße 👋')).toBe(createHash('sha256').update('Grüße 👋', 'utf8').digest('hex'));
    expect(await sha256Hex(null)).toBe(createHash('sha256').digest('hex'));
  });

  it('HMAC-SHA256 (RFC 4231 test case 2, and a UTF-8 key)', () => {
    expect(hmacSha256Hex('Jefe', 'what do ya want for nothing?')).toBe('5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843');
    expect(hmacSha256Hex('sécret-ключ', 'TRIAGE-HMAC-SHA256-V1\nk1\nPOST\n/v1/chat/completions')).toBe(
      createHmac('sha256', 'sécret-ключ').update('TRIAGE-HMAC-SHA256-V1\nk1\nPOST\n/v1/chat/completions').digest('hex'),
    );
  });
});
