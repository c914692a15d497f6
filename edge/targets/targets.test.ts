// The three targets that call out (openai, onprem, lambda) against real HTTP servers in Node
// (test/support/upstreams.global-setup.ts): what they send (auth, signature, SigV4, event shape, trace
// headers) as the servers saw it, and how each upstream outcome is mapped.
import { inject, describe, expect, it } from 'vitest';
import { LambdaTarget, OnpremTarget, OpenAiTarget } from '../../shared/core/policy/schema.ts';
import { SIGNATURE_HEADERS, signRequest } from '../../shared/protocol/signing/index.ts';
import { parseSse } from '../../shared/protocol/openai/sse.ts';
import { FAKE, completion, embeddings, streamText, upstreamVars, type Received } from '../../test/support/upstream-fixtures.ts';
import type { Env } from '../env.ts';
import { lambdaClient } from './lambda.ts';
import { onpremClient } from './onprem.ts';
import { openAiClient } from './openai.ts';
import { TargetError, type TargetClient, type TargetRequest } from './target.ts';

const ports = inject('upstreams');
const OPENAI = `http://127.0.0.1:${ports.openai}/v1`;
const ONPREM = `http://127.0.0.1:${ports.onprem}/v1`;
const LAMBDA = `http://127.0.0.1:${ports.lambda}`;
const CLOSED = 'http://127.0.0.1:9/v1'; // discard port: nothing listens

let seq = 0;
const TRACE = '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01';

function env(over: Partial<Env> = {}): Env {
  return { ...upstreamVars(ports), ...over } as unknown as Env; // KV/DO bindings are not used by these targets
}

function req(upstreamModel: string, over: Partial<TargetRequest> = {}): TargetRequest {
  const stream = over.stream ?? false;
  return {
    task: 'chat',
    body: { model: 'alias', messages: [{ role: 'user', content: 'hello' }], ...(stream ? { stream: true } : {}) },
    upstreamModel,
    stream,
    requestId: `req-t-${++seq}-${Math.random().toString(36).slice(2)}`,
    tenant: 'acme',
    piiTypes: [],
    unscanned: [],
    traceparent: TRACE,
    signal: AbortSignal.timeout(10_000),
    ...over,
  };
}

async function received(requestId: string): Promise<Received[]> {
  return (await fetch(`http://127.0.0.1:${ports.openai}/__log?request_id=${encodeURIComponent(requestId)}`)).json();
}

async function bytesOf(res: Response): Promise<{ bytes: Uint8Array; reads: number }> {
  const reader = res.body!.getReader();
  const parts: Uint8Array[] = [];
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    parts.push(value);
  }
  const bytes = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    bytes.set(p, o);
    o += p.length;
  }
  return { bytes, reads: parts.length };
}

async function targetError(p: Promise<unknown>): Promise<TargetError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(TargetError);
  return err as TargetError;
}

const openai = (over: Record<string, unknown> = {}, e = env()) =>
  openAiClient('oa', OpenAiTarget.parse({ kind: 'openai', base_url: OPENAI, api_key_secret: 'OA_API_KEY', ...over }), e);
const onprem = (e = env()) => onpremClient('gpu', OnpremTarget.parse({ kind: 'onprem', base_url: 'https://gpu.invalid/v1' }), e);
const lambda = (over: Record<string, unknown> = {}, e = env()) =>
  lambdaClient('aws', LambdaTarget.parse({ kind: 'lambda', function: FAKE.aws.function, region: FAKE.aws.region, ...over }), e);

/** The upstream-failure cases every HTTP target maps the same way. */
async function commonErrorMapping(t: TargetClient) {
  const bad = await targetError(t.call(req('fail-400')));
  expect([bad.retryable, bad.upstreamResponse?.status]).toEqual([false, 400]);
  expect(await bad.upstreamResponse!.json()).toMatchObject({ error: { code: 'simulated_400' } });
  for (const [status, expected] of [
    [429, 503],
    [500, 502],
    [503, 503],
    [504, 504],
  ] as const) {
    const e = await targetError(t.call(req(`fail-${status}`)));
    expect([e.status, e.retryable, e.upstreamResponse]).toEqual([expected, true, undefined]);
  }
  const hang = await targetError(t.call(req('hang', { signal: AbortSignal.timeout(300) })));
  expect([hang.status, hang.retryable]).toEqual([504, true]);
  expect(hang.message).toMatch(/timed out/);
}

describe('openai target', () => {
  it('posts the chat request with the bearer key, mapped model and trace headers; returns the JSON', async () => {
    const r = req('up-model');
    const res = await openai().call(r);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual(completion('openai', 'up-model'));
    const [seen, ...more] = await received(r.requestId);
    expect(more).toEqual([]);
    expect(seen).toMatchObject({
      server: 'openai',
      method: 'POST',
      path: '/v1/chat/completions',
      model: 'up-model',
      authorization: `Bearer ${FAKE.openaiKey}`,
      traceparent: TRACE,
      requestId: r.requestId,
      stream: false,
    });
  });

  it('passes an SSE stream through byte for byte, as it arrives', async () => {
    const r = req('up-model', { stream: true });
    const res = await openai().call(r);
    expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const { bytes, reads } = await bytesOf(res);
    expect(new TextDecoder().decode(bytes)).toBe(streamText('openai', 'up-model'));
    expect(bytes).toEqual(new TextEncoder().encode(streamText('openai', 'up-model')));
    expect(reads).toBeGreaterThan(1); // not buffered: the pieces arrive separately
    expect((await received(r.requestId))[0]).toMatchObject({ stream: true });
  });

  it('serves embeddings on /embeddings', async () => {
    const r = req('emb', { task: 'embeddings', body: { model: 'alias', input: 'x' } });
    expect(await (await openai().call(r)).json()).toEqual(embeddings('emb'));
    expect((await received(r.requestId))[0]?.path).toBe('/v1/embeddings');
  });

  it('maps upstream failures: 4xx passed on, 429/5xx/timeouts retryable 502/503/504', async () => {
    await commonErrorMapping(openai());
    const creds = await targetError(openai().call(req('fail-401')));
    expect([creds.status, creds.retryable, creds.upstreamResponse]).toEqual([502, false, undefined]); // our key, not the client's
  });

  it('maps connection failures, a JSON body that breaks off, and a stream that breaks off after it started', async () => {
    const refused = await targetError(openai({ base_url: CLOSED }).call(req('m')));
    expect([refused.status, refused.retryable]).toEqual([502, true]);
    const reset = await targetError(openai().call(req('reset')));
    expect([reset.status, reset.retryable]).toEqual([502, true]);
    const half = await targetError(openai().call(req('drop')));
    expect([half.status, half.retryable]).toEqual([502, true]);
    // a stream is the client's once it started: the Response is returned, and its body errors
    const res = await openai().call(req('drop', { stream: true }));
    expect(res.status).toBe(200);
    await expect(bytesOf(res)).rejects.toThrow();
  });

  it('rethrows a client abort as is (not a TargetError), and refuses PII or a missing secret without sending', async () => {
    const ac = new AbortController();
    const p = openai().call(req('hang', { signal: ac.signal }));
    setTimeout(() => ac.abort(new Error('client went away')), 100);
    await expect(p).rejects.toThrow('client went away');

    const r = req('m', { piiTypes: ['EMAIL'] });
    const pii = await targetError(openai().call(r));
    expect([pii.status, pii.retryable]).toEqual([503, false]);
    const r2 = req('m');
    const noKey = await targetError(openai({}, env({ OA_API_KEY: undefined })).call(r2));
    expect([noKey.status, noKey.retryable, noKey.message]).toEqual([503, false, expect.stringMatching(/OA_API_KEY/)]);
    expect(await received(r.requestId)).toEqual([]);
    expect(await received(r2.requestId)).toEqual([]);
  });
});

describe('onprem target', () => {
  it('signs every request; the on-prem server verifies it (JSON, stream, rotated key id); ONPREM_URL wins', async () => {
    const r = req('local', { piiTypes: ['EMAIL', 'PHONE'], decision: { rule: 'pii-onprem', policyVersion: 'p-0123456789abcdef' } }); // on-prem may take PII
    expect(await (await onprem().call(r)).json()).toEqual(completion('onprem', 'local'));
    const s = req('local', { stream: true });
    expect(new TextDecoder().decode((await bytesOf(await onprem().call(s))).bytes)).toBe(streamText('onprem', 'local'));
    const k2 = req('local');
    expect((await onprem(env({ ONPREM_SIGNING_KEY: `k2:${FAKE.onpremKeys.k2}` })).call(k2)).status).toBe(200);
    for (const id of [r.requestId, s.requestId, k2.requestId])
      expect((await received(id))[0]).toMatchObject({
        server: 'onprem',
        verified: 'ok',
        traceparent: TRACE,
        tenant: 'acme',
        path: '/v1/chat/completions',
      });
    // The node's audit log learns why the request came and which PII types the edge found (names only).
    expect((await received(r.requestId))[0]).toMatchObject({
      pii: 'EMAIL,PHONE',
      rule: 'pii-onprem',
      policy: 'p-0123456789abcdef',
      timeout: '30000',
    });
    expect((await received(s.requestId))[0]).toMatchObject({ pii: 'none', rule: null, access: null });
  });

  it('sends a Cloudflare Access service token when one is configured (a tunnel hostname guarded by Access)', async () => {
    const r = req('local');
    await onprem(env({ ONPREM_ACCESS_CLIENT_ID: 'abc.access', ONPREM_ACCESS_CLIENT_SECRET: 'access-secret' })).call(r);
    expect((await received(r.requestId))[0]).toMatchObject({ verified: 'ok', access: 'abc.access:access-secret' });
  });

  it('a wrong key is rejected by the server (401 → non-retryable, not shown to the client); no key → nothing sent', async () => {
    const r = req('local');
    const wrong = await targetError(onprem(env({ ONPREM_SIGNING_KEY: 'k1:not-the-secret' })).call(r));
    expect([wrong.status, wrong.retryable, wrong.upstreamResponse]).toEqual([502, false, undefined]);
    expect((await received(r.requestId))[0]?.verified).toBe('bad_signature');
    const r2 = req('local');
    const none = await targetError(onprem(env({ ONPREM_SIGNING_KEY: undefined })).call(r2));
    expect([none.status, none.retryable]).toEqual([503, false]);
    expect(none.message).toMatch(/ONPREM_SIGNING_KEY is not set/);
    expect(await received(r2.requestId)).toEqual([]);
  });

  it('the server rejects tampered, unsigned and replayed requests', async () => {
    const url = `${ONPREM}/chat/completions`;
    const body = JSON.stringify({ model: 'local', messages: [{ role: 'user', content: 'hi' }] });
    const send = async (headers: Record<string, string>, b = body, u = url) => {
      const res = await fetch(u, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: b });
      return { status: res.status, code: ((await res.json()) as { error?: { code?: string } }).error?.code };
    };
    const sig = await signRequest({ method: 'POST', path: '/v1/chat/completions', body, keyId: 'k1', secret: FAKE.onpremKeys.k1 });
    expect(await send({ ...sig, 'x-request-id': 'tamper-1' }, body.replace('hi', 'ho'))).toEqual({ status: 401, code: 'body_mismatch' });
    expect(await send({ ...sig }, body, `${ONPREM}/embeddings`)).toEqual({ status: 401, code: 'bad_signature' });
    expect(await send({ ...sig, [SIGNATURE_HEADERS.timestamp]: String(Number(sig[SIGNATURE_HEADERS.timestamp]) - 1) })).toEqual({
      status: 401,
      code: 'bad_signature',
    });
    expect(await send({})).toEqual({ status: 401, code: 'missing_headers' });
    const old = await signRequest({
      method: 'POST',
      path: '/v1/chat/completions',
      body,
      keyId: 'k1',
      secret: FAKE.onpremKeys.k1,
      now: Date.now() - 600_000,
    });
    expect(await send(old)).toEqual({ status: 401, code: 'stale' });
    expect((await send(sig)).status).toBe(200); // the untampered original is accepted once …
    expect(await send(sig)).toEqual({ status: 401, code: 'replayed' }); // … and only once
  });

  it('maps upstream failures like the other targets', async () => {
    await commonErrorMapping(onprem());
    const down = await targetError(onprem(env({ ONPREM_URL: CLOSED })).call(req('m')));
    expect([down.status, down.retryable]).toEqual([502, true]);
  });
});

describe('lambda target', () => {
  it('Invoke: SigV4-signed (checked in full by the fake), event in the documented shape, result envelope unwrapped', async () => {
    const r = req('sm-model', { decision: { rule: 'big-prompts', policyVersion: 'abc123' } });
    const res = await lambda().call(r);
    expect(res.status).toBe(200);
    expect(res.headers.get('x-fn')).toBe('triage');
    expect(await res.json()).toEqual(completion('lambda', 'sm-model'));
    const [seen] = await received(r.requestId);
    expect(seen).toMatchObject({
      server: 'lambda',
      path: `/2015-03-31/functions/${FAKE.aws.function}/invocations`,
      verified: 'ok',
      eventProblems: [],
      model: 'sm-model',
      stream: false,
      tenant: 'acme',
      traceparent: TRACE,
      requestId: r.requestId,
      decision: { rule: 'big-prompts', policyVersion: 'abc123', target: 'aws' },
    });
    expect(seen!.authorization).toMatch(
      new RegExp(`^AWS4-HMAC-SHA256 Credential=${FAKE.aws.accessKeyId}/\\d{8}/${FAKE.aws.region}/lambda/aws4_request, `),
    );
  });

  it('Invoke: a bare OpenAI object is a 200; embeddings go through Invoke too', async () => {
    expect(await (await lambda().call(req('raw'))).json()).toEqual(completion('lambda', 'raw'));
    const e = req('emb', { task: 'embeddings', body: { model: 'alias', input: ['a'] } });
    expect(await (await lambda().call(e)).json()).toEqual(embeddings('emb'));
  });

  it('a stream without a function URL: buffered Invoke, re-framed as OpenAI SSE chunks', async () => {
    const r = req('sm', { stream: true });
    const res = await lambda().call(r);
    expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const evs = parseSse(await res.text());
    expect(evs.at(-1)?.data).toBe('[DONE]');
    const text = evs
      .slice(0, -1)
      .map((e) => JSON.parse(e.data))
      .map((c) => c.choices[0]?.delta?.content ?? '')
      .join('');
    expect(text).toBe('Grüße from lambda');
    expect((await received(r.requestId))[0]).toMatchObject({ server: 'lambda', stream: false, eventProblems: [] });
  });

  it('a stream with a function URL: SigV4 (service lambda) POST, SSE passed through byte for byte', async () => {
    const r = req('sm', { stream: true });
    const res = await lambda({ stream_url: `${LAMBDA}/url/` }).call(r);
    const { bytes, reads } = await bytesOf(res);
    expect(new TextDecoder().decode(bytes)).toBe(streamText('lambda-url', 'sm'));
    expect(reads).toBeGreaterThan(1);
    expect((await received(r.requestId))[0]).toMatchObject({
      server: 'lambda-url',
      verified: 'ok',
      eventProblems: [],
      stream: true,
      traceparent: TRACE,
    });
    // LAMBDA_STREAM_URL (local development: the streaming harness) replaces the policy's stream_url.
    const local = req('sm', { stream: true });
    const viaVar = await lambda(
      { stream_url: 'https://fn.lambda-url.us-east-1.on.aws/' },
      env({ LAMBDA_STREAM_URL: `${LAMBDA}/url/` }),
    ).call(local);
    expect(new TextDecoder().decode((await bytesOf(viaVar)).bytes)).toBe(streamText('lambda-url', 'sm'));
  });

  it('maps failures: function 4xx passed on; function 5xx, function errors and throttling retryable; config errors not', async () => {
    await commonErrorMapping(lambda());
    const fnErr = await targetError(lambda().call(req('fn-error')));
    expect([fnErr.status, fnErr.retryable]).toEqual([502, true]);
    const throttled = await targetError(lambda().call(req('throttle')));
    expect([throttled.status, throttled.retryable]).toEqual([503, true]);
    const noFn = await targetError(lambda({ function: 'nope' }).call(req('m')));
    expect([noFn.status, noFn.retryable, noFn.message]).toEqual([502, false, expect.stringMatching(/404 ResourceNotFoundException/)]);
    const badSig = await targetError(lambda({}, env({ AWS_SECRET_ACCESS_KEY: 'wrong' })).call(req('m')));
    expect([badSig.retryable, badSig.message]).toEqual([false, expect.stringMatching(/403 InvalidSignatureException/)]);
    const noCreds = await targetError(lambda({}, env({ AWS_ACCESS_KEY_ID: undefined })).call(req('m')));
    expect([noCreds.status, noCreds.retryable]).toEqual([503, false]);
    const urlFail = await targetError(lambda({ stream_url: `${LAMBDA}/url/` }).call(req('fail-503', { stream: true })));
    expect([urlFail.status, urlFail.retryable]).toEqual([503, true]);
  });

  it('refuses a request with PII without sending anything', async () => {
    const r = req('m', { piiTypes: ['IBAN'] });
    const e = await targetError(lambda({ stream_url: `${LAMBDA}/url/` }).call(r));
    expect([e.status, e.retryable]).toEqual([503, false]);
    expect(await received(r.requestId)).toEqual([]);
  });
});
