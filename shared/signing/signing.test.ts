import { describe, expect, it } from 'vitest';
import { MemoryNonceCache, SIGNATURE_HEADERS as H, parseSigningKey, sha256Hex, signRequest, timingSafeEqual, verifyRequest, type VerifyInput } from './index.ts';

const NOW = 1_800_000_000_000;
const keys = { k1: 'secret-one', k2: 'secret-two' };
const body = JSON.stringify({ model: 'm', messages: [{ role: 'user', content: 'hi' }] });

async function signed(over: Partial<Parameters<typeof signRequest>[0]> = {}) {
  return signRequest({ method: 'POST', path: '/v1/chat/completions', body, keyId: 'k1', secret: 'secret-one', now: NOW, ...over });
}

function verify(headers: Record<string, string>, over: Partial<VerifyInput> = {}) {
  return verifyRequest({ method: 'POST', path: '/v1/chat/completions', headers, body, keys, now: NOW, ...over });
}

describe('request signing', () => {
  it('signs with the documented headers and verifies', async () => {
    const h = await signed();
    expect(Object.keys(h).sort()).toEqual(Object.values(H).sort());
    expect(h[H.signature]).toMatch(/^v1=[0-9a-f]{64}$/);
    expect(h[H.nonce]).toMatch(/^[0-9a-f]{32}$/);
    expect(h[H.contentSha256]).toBe(await sha256Hex(body));
    expect(h[H.timestamp]).toBe(String(NOW / 1000));
    expect(await verify(h)).toEqual({ ok: true, keyId: 'k1' });
    // a Headers object works as well as a record, and so does a key function
    expect(await verify(h, { headers: new Headers(h), keys: (id) => (id === 'k1' ? 'secret-one' : undefined) })).toEqual({ ok: true, keyId: 'k1' });
  });

  it('is deterministic for a fixed nonce and time (a known vector)', async () => {
    const a = await signed({ nonce: 'abcdef0123456789' });
    const b = await signed({ nonce: 'abcdef0123456789' });
    expect(a).toEqual(b);
    expect((await signed())[H.nonce]).not.toBe((await signed())[H.nonce]);
  });

  it('rejects a tampered body, path, query or method', async () => {
    const h = await signed();
    expect(await verify(h, { body: body.replace('hi', 'ho') })).toMatchObject({ ok: false, reason: 'body_mismatch' });
    // tampered body with a matching (recomputed) hash header → the signature no longer matches
    const other = body.replace('hi', 'ho');
    expect(await verify({ ...h, [H.contentSha256]: await sha256Hex(other) }, { body: other })).toMatchObject({ ok: false, reason: 'bad_signature' });
    expect(await verify(h, { path: '/v1/embeddings' })).toMatchObject({ ok: false, reason: 'bad_signature' });
    expect(await verify(h, { path: '/v1/chat/completions?x=1' })).toMatchObject({ ok: false, reason: 'bad_signature' });
    expect(await verify(h, { method: 'PUT' })).toMatchObject({ ok: false, reason: 'bad_signature' });
    expect(await verify({ ...h, [H.timestamp]: String(NOW / 1000 + 1) })).toMatchObject({ ok: false, reason: 'bad_signature' });
    expect(await verify({ ...h, [H.signature]: 'v1=' + '0'.repeat(64) })).toMatchObject({ ok: false, reason: 'bad_signature' });
  });

  it('rejects stale and future timestamps outside the window, accepts inside', async () => {
    expect(await verify(await signed({ now: NOW - 301_000 }))).toMatchObject({ ok: false, reason: 'stale' });
    expect(await verify(await signed({ now: NOW + 301_000 }))).toMatchObject({ ok: false, reason: 'future' });
    expect(await verify(await signed({ now: NOW - 299_000 }))).toMatchObject({ ok: true });
    expect(await verify(await signed({ now: NOW - 20_000 }), { windowSeconds: 10 })).toMatchObject({ ok: false, reason: 'stale' });
  });

  it('rejects a replayed nonce, once per key, and forgets it after the window', async () => {
    let now = NOW;
    const nonces = new MemoryNonceCache(1000, () => now);
    const h = await signed();
    expect(await verify(h, { nonces })).toMatchObject({ ok: true });
    expect(await verify(h, { nonces })).toMatchObject({ ok: false, reason: 'replayed' });
    // a forged request with the same nonce does not reach the cache, and a failed one does not burn a nonce
    const h2 = await signed();
    expect(await verify({ ...h2, [H.signature]: 'v1=' + 'f'.repeat(64) }, { nonces })).toMatchObject({ reason: 'bad_signature' });
    expect(await verify(h2, { nonces })).toMatchObject({ ok: true });
    // past the window the request is stale anyway, and the cache has let the nonce go
    now = NOW + 302_000;
    expect(await verify(h, { nonces, now })).toMatchObject({ ok: false, reason: 'stale' });
    nonces.checkAndStore('x', now + 1);
    expect(nonces.size).toBe(1);
  });

  it('rejects a wrong key and an unknown key id; accepts a rotated key id while the old one is still known', async () => {
    expect(await verify(await signed({ secret: 'wrong' }))).toMatchObject({ ok: false, reason: 'bad_signature' });
    expect(await verify(await signed({ keyId: 'k9' }))).toMatchObject({ ok: false, reason: 'unknown_key' });
    expect(await verify(await signed({ keyId: 'k2', secret: 'secret-two' }))).toEqual({ ok: true, keyId: 'k2' });
    // the key id is part of the signed string: relabelling a k1 signature as k2 fails
    const h = await signed();
    expect(await verify({ ...h, [H.keyId]: 'k2' }, { keys: { k1: 'secret-one', k2: 'secret-one' } })).toMatchObject({ reason: 'bad_signature' });
    // after rotation is complete, k1 is gone
    expect(await verify(h, { keys: { k2: 'secret-two' } })).toMatchObject({ ok: false, reason: 'unknown_key' });
  });

  it('rejects missing headers and unknown signature versions', async () => {
    const h = await signed();
    const { [H.nonce]: _n, ...noNonce } = h;
    expect(await verify(noNonce)).toMatchObject({ ok: false, reason: 'missing_headers' });
    expect(await verify({ ...h, [H.signature]: 'v2=abc' })).toMatchObject({ ok: false, reason: 'unsupported_version' });
    expect(await verify({ ...h, [H.signature]: `v2=abc, ${h[H.signature]}` })).toMatchObject({ ok: true });
    expect(await verify({ ...h, [H.timestamp]: '12.5' })).toMatchObject({ ok: false, reason: 'bad_timestamp' });
  });

  it('signs empty and binary bodies', async () => {
    const bin = new Uint8Array([0, 255, 1]);
    const h = await signed({ body: bin, method: 'get' });
    expect(await verify(h, { body: bin, method: 'GET' })).toMatchObject({ ok: true });
    const e = await signed({ body: null });
    expect(await verify(e, { body: '' })).toMatchObject({ ok: true });
  });
});

describe('helpers', () => {
  it('timingSafeEqual', () => {
    const e = new TextEncoder();
    expect(timingSafeEqual(e.encode('abc'), e.encode('abc'))).toBe(true);
    expect(timingSafeEqual(e.encode('abc'), e.encode('abd'))).toBe(false);
    expect(timingSafeEqual(e.encode('abc'), e.encode('ab'))).toBe(false);
  });

  it('parseSigningKey: "<id>:<secret>" or a bare secret', () => {
    expect(parseSigningKey('k2:s3cr:et')).toEqual({ keyId: 'k2', secret: 's3cr:et' });
    expect(parseSigningKey('bare+secret/==')).toEqual({ keyId: 'default', secret: 'bare+secret/==' });
  });

  it('MemoryNonceCache evicts the oldest entry when full', () => {
    const c = new MemoryNonceCache(2, () => 0);
    expect(c.checkAndStore('a', 100)).toBe(true);
    expect(c.checkAndStore('b', 100)).toBe(true);
    expect(c.checkAndStore('a', 100)).toBe(false);
    expect(c.checkAndStore('c', 100)).toBe(true);
    expect(c.evicted).toBe(1);
    expect(c.checkAndStore('a', 100)).toBe(true); // evicted, so no longer known
  });
});
