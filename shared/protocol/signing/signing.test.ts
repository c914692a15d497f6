import { describe, expect, it } from 'vitest';
import { hmacSha256Hex, portableHasher, type Hasher } from '../crypto.ts';
import {
  MemoryNonceCache,
  SIGNATURE_HEADERS as H,
  SIGNED_HEADERS,
  canonicalString,
  parseSigningKey,
  sha256Hex,
  signRequest,
  timingSafeEqual,
  verifyRequest,
  type NonceCache,
  type VerifyInput,
} from './index.ts';

const NOW = 1_800_000_000_000;
const keys = { k1: 'secret-one', k2: 'secret-two' };
const body = JSON.stringify({ model: 'm', messages: [{ role: 'user', content: 'hi' }] });
/** What the edge's onprem target sends besides the signature (edge/targets/onprem.ts). */
const META: Record<string, string> = {
  'x-triage-tenant': 'acme',
  'x-triage-rule': 'pii-onprem',
  'x-triage-policy': 'p-0123456789abcdef',
  'x-triage-pii': 'EMAIL,PHONE',
  'x-triage-unscanned': 'none',
  'x-triage-timeout-ms': '30000',
};

async function signed(over: Partial<Parameters<typeof signRequest>[0]> = {}) {
  return signRequest({
    method: 'POST',
    path: '/v1/chat/completions',
    body,
    keyId: 'k1',
    secret: 'secret-one',
    headers: META,
    now: NOW,
    ...over,
  });
}

/** Verifies a request that carries `headers` (signature + metadata) as they arrive. */
function verify(headers: Record<string, string>, over: Partial<VerifyInput> = {}) {
  return verifyRequest({ method: 'POST', path: '/v1/chat/completions', headers, body, keys, now: NOW, ...over });
}

describe('request signing (v2)', () => {
  it('signs with the documented headers and verifies, the metadata headers included', async () => {
    const h = await signed();
    expect(Object.keys(h).sort()).toEqual(Object.values(H).sort());
    expect(h[H.signature]).toMatch(/^v2=[0-9a-f]{64}$/);
    expect(h[H.nonce]).toMatch(/^[0-9a-f]{32}$/);
    expect(h[H.contentSha256]).toBe(await sha256Hex(body));
    expect(h[H.timestamp]).toBe(String(NOW));
    expect(await verify({ ...META, ...h })).toEqual({ ok: true, keyId: 'k1' });
    // a Headers object works as well as a record, and so does a key function
    expect(await verify({}, { headers: new Headers({ ...META, ...h }), keys: (id) => (id === 'k1' ? 'secret-one' : undefined) })).toEqual({
      ok: true,
      keyId: 'k1',
    });
  });

  it('follows the documented canonical string (a known vector)', async () => {
    const h = await signed({ nonce: 'abcdef0123456789' });
    const canonical = [
      'TRIAGE-HMAC-SHA256-V2',
      'k1',
      'POST',
      '/v1/chat/completions',
      String(NOW),
      'abcdef0123456789',
      await sha256Hex(body),
      'x-triage-tenant:acme',
      'x-triage-rule:pii-onprem',
      'x-triage-policy:p-0123456789abcdef',
      'x-triage-pii:EMAIL,PHONE',
      'x-triage-unscanned:none',
      'x-triage-timeout-ms:30000',
    ].join('\n');
    expect(h[H.signature]).toBe(`v2=${hmacSha256Hex('secret-one', canonical)}`);
    expect(
      canonicalString({
        keyId: 'k1',
        method: 'post',
        path: '/v1/chat/completions',
        timestamp: String(NOW),
        nonce: 'abcdef0123456789',
        bodySha256Hex: await sha256Hex(body),
        signedHeaders: SIGNED_HEADERS.map((n) => META[n]!),
      }),
    ).toBe(canonical);
    expect((await signed())[H.nonce]).not.toBe((await signed())[H.nonce]);
  });

  it('rejects a tampered body, path, query, method or timestamp', async () => {
    const h = { ...META, ...(await signed()) };
    expect(await verify(h, { body: body.replace('hi', 'ho') })).toMatchObject({ ok: false, reason: 'body_mismatch' });
    // tampered body with a matching (recomputed) hash header → the signature no longer matches
    const other = body.replace('hi', 'ho');
    expect(await verify({ ...h, [H.contentSha256]: await sha256Hex(other) }, { body: other })).toMatchObject({
      ok: false,
      reason: 'bad_signature',
    });
    expect(await verify(h, { path: '/v1/embeddings' })).toMatchObject({ ok: false, reason: 'bad_signature' });
    expect(await verify(h, { path: '/v1/chat/completions?x=1' })).toMatchObject({ ok: false, reason: 'bad_signature' });
    expect(await verify(h, { method: 'PUT' })).toMatchObject({ ok: false, reason: 'bad_signature' });
    expect(await verify({ ...h, [H.timestamp]: String(NOW + 1) })).toMatchObject({ ok: false, reason: 'bad_signature' });
    expect(await verify({ ...h, [H.signature]: 'v2=' + '0'.repeat(64) })).toMatchObject({ ok: false, reason: 'bad_signature' });
  });

  it.each(SIGNED_HEADERS.map((n) => [n]))('rejects %s changed, removed or added', async (name) => {
    const h = { ...META, ...(await signed()) };
    expect(await verify({ ...h, [name]: `${META[name]}x` })).toMatchObject({ ok: false, reason: 'bad_signature' });
    const { [name]: _removed, ...without } = h;
    expect(await verify(without)).toMatchObject({ ok: false, reason: 'bad_signature' });
    // signed without it, sent with it: adding a header is detected as well
    const bare = await signed({ headers: {} });
    expect(await verify(bare)).toMatchObject({ ok: true });
    expect(await verify({ ...bare, [name]: META[name]! })).toMatchObject({ ok: false, reason: 'bad_signature' });
  });

  it('signs the values as the receiver reads them: any-case names, surrounding blanks, repeated headers', async () => {
    const h = await signed({ headers: { 'X-Triage-Tenant': '  acme\t', 'x-request-id': 'not signed' } });
    expect(await verify({ ...h, 'x-triage-tenant': 'acme', 'x-request-id': 'anything' })).toMatchObject({ ok: true });
    // Node's IncomingMessage may give a repeated header as an array; Headers joins it with ", "
    const two = await signed({ headers: { 'x-triage-pii': 'EMAIL, PHONE' } });
    expect(
      await verifyRequest({
        method: 'POST',
        path: '/v1/chat/completions',
        headers: { ...two, 'x-triage-pii': ['EMAIL', 'PHONE'] },
        body,
        keys,
        now: NOW,
      }),
    ).toMatchObject({ ok: true });
    await expect(signed({ headers: { 'x-triage-rule': 'a\r\nx-evil: 1' } })).rejects.toThrow(/line break/);
  });

  it('rejects stale and future timestamps outside the window, accepts inside', async () => {
    expect(await verify(await signed({ headers: {}, now: NOW - 301_000 }))).toMatchObject({ ok: false, reason: 'stale' });
    expect(await verify(await signed({ headers: {}, now: NOW + 301_000 }))).toMatchObject({ ok: false, reason: 'future' });
    expect(await verify(await signed({ headers: {}, now: NOW - 299_000 }))).toMatchObject({ ok: true });
    expect(await verify(await signed({ headers: {}, now: NOW - 20_000 }), { windowSeconds: 10 })).toMatchObject({
      ok: false,
      reason: 'stale',
    });
  });

  it('rejects a replayed nonce, once per key, and forgets it after the window', async () => {
    let now = NOW;
    const nonces = new MemoryNonceCache(1000, () => now);
    const h = { ...META, ...(await signed()) };
    expect(await verify(h, { nonces })).toMatchObject({ ok: true });
    expect(await verify(h, { nonces })).toMatchObject({ ok: false, reason: 'replayed' });
    // a forged request with the same nonce does not reach the cache, and a failed one does not burn a nonce
    const h2 = { ...META, ...(await signed()) };
    expect(await verify({ ...h2, [H.signature]: 'v2=' + 'f'.repeat(64) }, { nonces })).toMatchObject({ reason: 'bad_signature' });
    expect(await verify(h2, { nonces })).toMatchObject({ ok: true });
    // past the window the request is stale anyway, and (after a margin for a store's clock) the cache lets the nonce go
    now = NOW + 302_000;
    expect(await verify(h, { nonces, now })).toMatchObject({ ok: false, reason: 'stale' });
    now = NOW + 300_000 + 60_000 + 1;
    nonces.checkAndStore({ key: 'x', signedAtMs: now, expiresAtMs: now + 1 });
    expect(nonces.size).toBe(1);
  });

  it('refuses what was signed before the nonce cache existed (a restart), with when to sign again', async () => {
    // The previous process accepted a request; the new one's cache starts after it.
    const h = { ...META, ...(await signed()) };
    expect(await verify(h, { nonces: new MemoryNonceCache(1000, () => NOW - 1) })).toMatchObject({ ok: true });
    const restarted = new MemoryNonceCache(1000, () => NOW + 2500);
    expect(await verify(h, { nonces: restarted, now: NOW + 2500 })).toEqual({
      ok: false,
      reason: 'before_fence',
      message: expect.stringMatching(/sign again/),
      retryAfterSeconds: 3,
    });
    expect(await verify({ ...META, ...(await signed({ now: NOW + 2499 })) }, { nonces: restarted, now: NOW + 2500 })).toMatchObject({
      reason: 'before_fence',
      retryAfterSeconds: 1,
    });
    // signed from the moment the cache exists: the previous process had stopped before then
    expect(await verify({ ...META, ...(await signed({ now: NOW + 2500 })) }, { nonces: restarted, now: NOW + 2500 })).toMatchObject({
      ok: true,
    });
  });

  it('fails closed when the nonce store cannot answer, without consulting it for forgeries', async () => {
    let asked = 0;
    const down: NonceCache = {
      checkAndStore: () => {
        asked++;
        return Promise.reject(new Error('connect ECONNREFUSED'));
      },
    };
    const h = { ...META, ...(await signed()) };
    expect(await verify(h, { nonces: down })).toMatchObject({ ok: false, reason: 'nonce_store_unavailable' });
    expect(await verify({ ...h, [H.signature]: 'v2=' + '1'.repeat(64) }, { nonces: down })).toMatchObject({ reason: 'bad_signature' });
    expect(asked).toBe(1);
  });

  it('rejects a wrong key and an unknown key id; accepts a rotated key id while the old one is still known', async () => {
    expect(await verify({ ...META, ...(await signed({ secret: 'wrong' })) })).toMatchObject({ ok: false, reason: 'bad_signature' });
    expect(await verify({ ...META, ...(await signed({ keyId: 'k9' })) })).toMatchObject({ ok: false, reason: 'unknown_key' });
    expect(await verify({ ...META, ...(await signed({ keyId: 'k2', secret: 'secret-two' })) })).toEqual({ ok: true, keyId: 'k2' });
    // the key id is part of the signed string: relabelling a k1 signature as k2 fails
    const h = { ...META, ...(await signed()) };
    expect(await verify({ ...h, [H.keyId]: 'k2' }, { keys: { k1: 'secret-one', k2: 'secret-one' } })).toMatchObject({
      reason: 'bad_signature',
    });
    // after rotation is complete, k1 is gone
    expect(await verify(h, { keys: { k2: 'secret-two' } })).toMatchObject({ ok: false, reason: 'unknown_key' });
  });

  it('accepts only v2: a v1 signature (the previous scheme, headers unsigned) is refused', async () => {
    const h = { ...META, ...(await signed()) };
    // A correct v1 signature: method, path, timestamp (seconds), nonce, body hash — nothing else.
    const ts = String(NOW / 1000);
    const v1 = hmacSha256Hex(
      'secret-one',
      ['TRIAGE-HMAC-SHA256-V1', 'k1', 'POST', '/v1/chat/completions', ts, h[H.nonce], h[H.contentSha256]].join('\n'),
    );
    expect(await verify({ ...h, [H.timestamp]: ts, [H.signature]: `v1=${v1}` })).toMatchObject({
      ok: false,
      reason: 'unsupported_version',
    });
    // a list is searched for v2 (and only v2 counts)
    expect(await verify({ ...h, [H.signature]: `v1=${v1}, ${h[H.signature]}` })).toMatchObject({ ok: true });
    expect(await verify({ ...h, [H.signature]: `${h[H.signature]!.replace('v2=', 'v3=')}` })).toMatchObject({
      ok: false,
      reason: 'unsupported_version',
    });
  });

  it('rejects missing headers and malformed timestamps', async () => {
    const h = { ...META, ...(await signed()) };
    const { [H.nonce]: _n, ...noNonce } = h;
    expect(await verify(noNonce)).toMatchObject({ ok: false, reason: 'missing_headers' });
    expect(await verify({ ...h, [H.timestamp]: '12.5' })).toMatchObject({ ok: false, reason: 'bad_timestamp' });
  });

  it('hashes with the hasher it is given (a native one), the default when none', async () => {
    const calls: string[] = [];
    const counting: Hasher = {
      sha256Hex: (data) => (calls.push('sha256'), portableHasher.sha256Hex(data)),
      hmacSha256Hex: (secret, message) => (calls.push('hmac'), portableHasher.hmacSha256Hex(secret, message)),
    };
    const h = { ...META, ...(await signed()) };
    expect(await verify(h, { hasher: counting })).toEqual({ ok: true, keyId: 'k1' });
    expect(calls).toEqual(['sha256', 'hmac']);
    const wrong: Hasher = { ...counting, hmacSha256Hex: () => '0'.repeat(64) };
    expect(await verify(h, { hasher: wrong })).toMatchObject({ ok: false, reason: 'bad_signature' });
  });

  it('signs empty and binary bodies', async () => {
    const bin = new Uint8Array([0, 255, 1]);
    const h = await signed({ body: bin, method: 'get' });
    expect(await verify({ ...META, ...h }, { body: bin, method: 'GET' })).toMatchObject({ ok: true });
    const e = await signed({ body: null });
    expect(await verify({ ...META, ...e }, { body: '' })).toMatchObject({ ok: true });
  });
});

describe('helpers', () => {
  it('timingSafeEqual', () => {
    const e = new TextEncoder();
    expect(timingSafeEqual(e.encode('abc'), e.encode('abc'))).toBe(true);
    expect(timingSafeEqual(e.encode('abc'), e.encode('abd'))).toBe(false);
    expect(timingSafeEqual(e.encode('abc'), e.encode('ab'))).toBe(false);
    // strings: by code unit, without encoding them
    expect(timingSafeEqual('a1b2', 'a1b2')).toBe(true);
    expect(timingSafeEqual('a1b2', 'a1b3')).toBe(false);
    expect(timingSafeEqual('a1b2', 'a1b')).toBe(false);
    expect(timingSafeEqual('a1b', 'a1b2')).toBe(false);
    expect(timingSafeEqual('', '')).toBe(true);
    expect(timingSafeEqual('Grüße', 'Grüße')).toBe(true);
    expect(timingSafeEqual('Grüße', 'Gruße')).toBe(false);
    expect(timingSafeEqual('abc', e.encode('abc'))).toBe(true); // mixed: as UTF-8 bytes
  });

  it('parseSigningKey: "<id>:<secret>" or a bare secret', () => {
    expect(parseSigningKey('k2:s3cr:et')).toEqual({ keyId: 'k2', secret: 's3cr:et' });
    expect(parseSigningKey('bare+secret/==')).toEqual({ keyId: 'default', secret: 'bare+secret/==' });
  });

  it('MemoryNonceCache forgets the oldest entry when full, and then refuses what it forgot rather than accept it', () => {
    const c = new MemoryNonceCache(2, () => 0);
    const entry = (key: string, signedAtMs: number) => ({ key, signedAtMs, expiresAtMs: 1000 });
    expect(c.checkAndStore(entry('a', 10))).toEqual({ fresh: true });
    expect(c.checkAndStore(entry('b', 20))).toEqual({ fresh: true });
    expect(c.checkAndStore(entry('a', 10))).toEqual({ fresh: false, reason: 'replayed' });
    expect(c.checkAndStore(entry('c', 30))).toEqual({ fresh: true });
    expect(c.evicted).toBe(1);
    // 'a' is forgotten: its replay is refused by the fence, which moved past a's timestamp
    expect(c.checkAndStore(entry('a', 10))).toEqual({ fresh: false, reason: 'before_fence', fenceMs: 11 });
    expect(c.checkAndStore(entry('b', 20))).toEqual({ fresh: false, reason: 'replayed' });
  });
});
