// The edge pipeline end to end, in workerd: createApp() with the real middleware, KV, Durable Object and
// Cache API, and a stand-in executor (the targets are tested with the executor in their own files). One
// test at the end goes through the Worker's real entry (exports.default) with the real executor.
import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { env as rawEnv, exports } from 'cloudflare:workers';
import { beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../shared/protocol/openai/errors.ts';
import { compilePolicy, type PolicySpec } from '../shared/core/policy/index.ts';
import type { EntityTagger } from '../shared/core/pii/tagger/tagger.ts';
import { parseExposition } from '../shared/protocol/telemetry/index.ts';
import { createApp, type AppOptions } from './app.ts';
import type { Env } from './env.ts';
import type { ExecuteOptions, ExecuteResult } from './execute.ts';
import { DECISION_HEADERS } from './middleware/decide/headers.ts';
import { hashApiKey, newApiKey, parseApiKey, type KeyRecord } from '../shared/protocol/auth/api-keys.ts';
import { sha256Hex, timingSafeEqual } from '../shared/protocol/crypto.ts';
import { createMetrics } from './middleware/telemetry/index.ts';
import { POLICY_KEY, PolicyStore } from './policy-store.ts';
import type { TargetClient } from './targets/target.ts';

const env = rawEnv as unknown as Env;
const run = Math.random().toString(36).slice(2, 8); // tenants and keys unique per run (KV/DO state may persist)

async function seedKey(tenant: string, opts: Omit<KeyRecord, 'tenant' | 'sha256'> = {}) {
  const k = await newApiKey(`${tenant}-${run}`, opts);
  await env.KEYS.put(k.kvKey, JSON.stringify(k.record));
  return k;
}

/** A stand-in for execute(): records what it was given; answers as `answer` says. */
function fakeExecutor(answer: (o: ExecuteOptions) => Partial<ExecuteResult> & { tried?: string[]; fail?: number } = () => ({})) {
  const calls: ExecuteOptions[] = [];
  const execute = async (o: ExecuteOptions): Promise<ExecuteResult> => {
    calls.push(o);
    const a = answer(o);
    if (a.fail) {
      const err = Object.assign(new ApiError(a.fail, 'server_error', 'The upstream failed.', 'upstream_error'), {
        tried: a.tried ?? [o.decision.target],
      });
      throw err;
    }
    const name = a.target?.name ?? o.decision.target;
    const target = o.targets.get(name) ?? fakeTarget(name, 'openai');
    const response =
      a.response ??
      Response.json({
        id: 'chatcmpl-1',
        object: 'chat.completion',
        model: o.request.body.model,
        choices: [{ index: 0, message: { role: 'assistant', content: `answer ${calls.length}` }, finish_reason: 'stop' }],
      });
    return { response, target, tried: a.tried ?? [] };
  };
  return { calls, execute };
}

function fakeTarget(name: string, kind: TargetClient['kind']): TargetClient {
  return { name, kind, spec: { kind } as TargetClient['spec'], call: async () => new Response('unused') };
}

const fakeTargets: NonNullable<AppOptions['createTargetClients']> = (spec) =>
  new Map(Object.entries(spec.targets).map(([name, t]) => [name, fakeTarget(name, t.kind)]));

function makeApp(opts: AppOptions & { answer?: Parameters<typeof fakeExecutor>[0] } = {}) {
  const exec = fakeExecutor(opts.answer);
  const logs: string[] = [];
  const metrics = createMetrics();
  const app = createApp({ createTargetClients: fakeTargets, execute: exec.execute, log: (l) => logs.push(l), metrics, ...opts });
  const call = async (path: string, init: RequestInit & { key?: string; json?: unknown } = {}, e: Env = env) => {
    const headers = new Headers(init.headers);
    if (init.key) headers.set('authorization', `Bearer ${init.key}`);
    let body = init.body;
    if (init.json !== undefined) {
      body = JSON.stringify(init.json);
      if (!headers.has('content-type')) headers.set('content-type', 'application/json');
    }
    const ctx = createExecutionContext();
    const res = await app.request(
      `http://edge.test${path}`,
      { method: init.method ?? (body !== undefined ? 'POST' : 'GET'), headers, body },
      e,
      ctx,
    );
    await waitOnExecutionContext(ctx);
    return res;
  };
  return { app, call, calls: exec.calls, logs, metrics };
}

const chat = (content: string, extra: Record<string, unknown> = {}) => ({
  model: 'triage-small',
  messages: [{ role: 'user', content }],
  ...extra,
});

async function expectOpenAiError(res: Response, status: number, code: string | null, param?: string | null) {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toContain('application/json');
  const body = await res.json<{ error: { message: string; type: string; param: string | null; code: string | null } }>();
  expect(Object.keys(body)).toEqual(['error']);
  expect(Object.keys(body.error).sort()).toEqual(['code', 'message', 'param', 'type']);
  expect(body.error.code).toBe(code);
  if (param !== undefined) expect(body.error.param).toBe(param);
  expect(body.error.message).not.toMatch(/\n\s+at /); // no stack trace
  return body.error;
}

/** Fixed one-minute windows: start a limit test well inside one, so it cannot straddle a reset. */
async function awayFromWindowEdge() {
  const intoWindow = Date.now() % 60_000;
  if (intoWindow > 57_000) await new Promise((r) => setTimeout(r, 60_500 - intoWindow));
}

const PII_PROMPT = 'Please write to anna.berg@example.org or call +49 30 1234567; card 4111 1111 1111 1111.';

describe('config and routes', () => {
  it('answers /healthz', async () => {
    const res = await exports.default.fetch('http://edge.test/healthz');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('names a missing binding or a malformed var in a 500, without a stack trace', async () => {
    const { call } = makeApp();
    const noKeys = { ...env, KEYS: undefined } as unknown as Env;
    const e = await expectOpenAiError(await call('/v1/models', {}, noKeys), 500, 'misconfigured');
    expect(e.message).toContain('KEYS');
    const badVar = { ...env, MAX_BODY_BYTES: 'lots' } as Env;
    expect((await expectOpenAiError(await call('/healthz', {}, badVar), 500, 'misconfigured')).message).toContain('MAX_BODY_BYTES');
  });

  it('404 for an unknown route, 405 with Allow for a wrong method', async () => {
    const { call } = makeApp();
    await expectOpenAiError(await call('/v1/nope'), 404, 'unknown_route');
    const res = await call('/v1/chat/completions', { method: 'GET' });
    expect(res.headers.get('allow')).toBe('POST');
    await expectOpenAiError(res, 405, 'method_not_allowed');
    expect((await call('/v1/models', { method: 'DELETE' })).status).toBe(405);
  });
});

describe('auth', () => {
  it('keys: format, hash, constant-time compare', async () => {
    const k = await newApiKey('acme');
    expect(k.key).toMatch(/^tri_[A-Za-z0-9]{12}_[A-Za-z0-9]{32}$/);
    expect(parseApiKey(k.key)).toEqual({ keyId: k.keyId, secret: k.key.split('_')[2] });
    expect(k.record.sha256).toBe(await hashApiKey(k.key));
    expect(JSON.stringify(k.record)).not.toContain(k.key.split('_')[2]); // the secret is not stored
    expect(timingSafeEqual('abc', 'abc')).toBe(true);
    expect(timingSafeEqual('abc', 'abd')).toBe(false);
    expect(timingSafeEqual('abc', 'abcd')).toBe(false);
    expect(parseApiKey('sk-not-ours')).toBeUndefined();
  });

  it('401 for missing, malformed, unknown, wrong or disabled keys; 200 for a good one', async () => {
    const { call, calls } = makeApp();
    const good = await seedKey('auth');
    const disabled = await seedKey('auth', { disabled: true });
    const [, id, secret] = good.key.split('_');
    const body = { json: chat('hello') };
    await expectOpenAiError(await call('/v1/chat/completions', body), 401, 'invalid_api_key');
    await expectOpenAiError(await call('/v1/chat/completions', { ...body, key: 'garbage' }), 401, 'invalid_api_key');
    await expectOpenAiError(
      await call('/v1/chat/completions', { ...body, headers: { authorization: `Basic ${good.key}` } }),
      401,
      'invalid_api_key',
    );
    await expectOpenAiError(await call('/v1/chat/completions', { ...body, key: `tri_Unknown${run}x_${secret}` }), 401, 'invalid_api_key');
    await expectOpenAiError(await call('/v1/chat/completions', { ...body, key: `tri_${id}_${'A'.repeat(32)}` }), 401, 'invalid_api_key');
    await expectOpenAiError(await call('/v1/chat/completions', { ...body, key: disabled.key }), 401, 'invalid_api_key');
    expect(calls).toHaveLength(0);
    expect((await call('/v1/chat/completions', { ...body, key: good.key })).status).toBe(200);

    // A record may hold the hash of the secret part instead of the whole key.
    const alt = await newApiKey(`auth-${run}`);
    await env.KEYS.put(alt.kvKey, JSON.stringify({ ...alt.record, sha256: await sha256Hex(alt.key.split('_')[2]!) }));
    expect((await call('/v1/chat/completions', { ...body, key: alt.key })).status).toBe(200);
  });

  it('403 for a model the key may not use; /v1/models lists only the allowed ones', async () => {
    const { call } = makeApp();
    const k = await seedKey('models', { models: ['triage-small'] });
    await expectOpenAiError(
      await call('/v1/chat/completions', { key: k.key, json: { ...chat('hi'), model: 'triage-large' } }),
      403,
      'model_not_allowed',
    );
    expect((await call('/v1/chat/completions', { key: k.key, json: chat('hi') })).status).toBe(200);
    const list = await (await call('/v1/models', { key: k.key })).json<{ object: string; data: { id: string; object: string }[] }>();
    expect(list).toMatchObject({ object: 'list', data: [{ id: 'triage-small', object: 'model' }] });
    const all = await seedKey('models');
    const full = await (await call('/v1/models', { key: all.key })).json<{ data: { id: string }[] }>();
    expect(full.data.map((m) => m.id)).toEqual(['triage-small', 'triage-large']);
    await expectOpenAiError(await call('/v1/models'), 401, 'invalid_api_key');
  });
});

describe('request bodies', () => {
  it('415, 413 (header and streamed), invalid UTF-8, malformed JSON, schema errors with param — never echoing input', async () => {
    const { call, calls } = makeApp();
    const { key } = await seedKey('body');
    const post = (init: RequestInit & { json?: unknown }) => call('/v1/chat/completions', { key, ...init });

    await expectOpenAiError(
      await post({ body: JSON.stringify(chat('hi')), headers: { 'content-type': 'text/plain' } }),
      415,
      'unsupported_media_type',
    );
    const big = JSON.stringify(chat('x'.repeat(1024 * 1024 + 10)));
    await expectOpenAiError(await post({ body: big, headers: { 'content-type': 'application/json' } }), 413, 'request_too_large');
    // No Content-Length (a stream): the bytes are counted as they arrive.
    const stream = new ReadableStream<Uint8Array>({
      start(ctl) {
        for (let i = 0; i < 20; i++) ctl.enqueue(new Uint8Array(100 * 1024).fill(0x20));
        ctl.close();
      },
    });
    const res = await post({ body: stream, headers: { 'content-type': 'application/json' } });
    await expectOpenAiError(res, 413, 'request_too_large');
    // A smaller configured limit applies.
    const small = { ...env, MAX_BODY_BYTES: '64' } as Env;
    await expectOpenAiError(
      await call('/v1/chat/completions', { key, json: chat('a long enough message to pass sixty-four bytes') }, small),
      413,
      'request_too_large',
    );

    const utf8 = new Uint8Array([
      ...new TextEncoder().encode('{"model":"triage-small","messages":[{"role":"user","content":"'),
      0xff,
      0xfe,
      ...new TextEncoder().encode('"}]}'),
    ]);
    await expectOpenAiError(await post({ body: utf8, headers: { 'content-type': 'application/json' } }), 400, 'invalid_utf8');

    const secret = 'SECRET-PROMPT-TEXT';
    const malformed = await expectOpenAiError(
      await post({ body: `{"model":"triage-small","messages":[{"content":"${secret}"`, headers: { 'content-type': 'application/json' } }),
      400,
      'invalid_json',
    );
    expect(malformed.message).not.toContain(secret);
    await expectOpenAiError(await post({ body: '[1,2]', headers: { 'content-type': 'application/json' } }), 400, 'invalid_json');
    await expectOpenAiError(await post({ body: '', headers: { 'content-type': 'application/json' } }), 400, 'invalid_json');

    const wrongRole = await expectOpenAiError(
      await post({ json: { model: 'triage-small', messages: [{ role: 'wizard', content: secret }] } }),
      400,
      'invalid_request',
      'messages[0].role',
    );
    expect(wrongRole.message).not.toContain(secret);
    const wrongType = await expectOpenAiError(
      await post({ json: { ...chat(secret), max_tokens: 'many' } }),
      400,
      'invalid_request',
      'max_tokens',
    );
    expect(wrongType.message).not.toContain(secret);
    expect(
      (await expectOpenAiError(await post({ json: { model: 'triage-small' } }), 400, 'invalid_request', 'messages')).message,
    ).toContain('required');
    await expectOpenAiError(
      await call('/v1/embeddings', { key, json: { model: 'triage-small', input: 42 } }),
      400,
      'invalid_request',
      'input',
    );
    // Nested thousands deep: a 400 before anything walks it (validation, scan, cache key), not a 500.
    const deep = `{"model":"triage-small","messages":[{"role":"user","content":"hi"}],"x":${'['.repeat(5000)}${']'.repeat(5000)}}`;
    await expectOpenAiError(await post({ body: deep, headers: { 'content-type': 'application/json' } }), 400, 'too_deep');
    expect(calls).toHaveLength(0);
  });

  it('404 model_not_found for an unknown alias; 400 for an alias that does not serve the task', async () => {
    const { call } = makeApp();
    const { key } = await seedKey('alias');
    // The model value is request content: the error names the parameter, never quotes it.
    const unknown = await expectOpenAiError(
      await call('/v1/chat/completions', { key, json: { ...chat('hi'), model: 'anna.berg@example.org' } }),
      404,
      'model_not_found',
      'model',
    );
    expect(unknown.message).not.toContain('anna');
    await expectOpenAiError(
      await call('/v1/embeddings', { key, json: { model: 'triage-large', input: 'hi' } }),
      400,
      'model_not_supported',
      'model',
    );
    expect((await call('/v1/embeddings', { key, json: { model: 'triage-small', input: 'hi' } })).status).toBe(200);
    expect((await call('/v1/classify', { key, json: { model: 'triage-small', input: ['a', 'b'] } })).status).toBe(200);
  });
});

describe('decision headers', () => {
  it('on success: the target that answered, rule, policy, pii none, fallbacks none; trace and request id', async () => {
    const { call } = makeApp();
    const { key } = await seedKey('hdr');
    const res = await call('/v1/chat/completions', {
      key,
      json: chat('Summarise the plot of Hamlet in two lines.'),
      headers: { traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01', 'x-request-id': 'req-123' },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('x-triage-target')).toBe('edge-small');
    expect(res.headers.get('x-triage-target-kind')).toBe('edge');
    expect(res.headers.get('x-triage-rule')).toBe('small-at-edge');
    expect(res.headers.get('x-triage-policy')).toMatch(/^p-[0-9a-f]{16}$/);
    expect(res.headers.get('x-triage-pii')).toBe('none');
    expect(res.headers.get('x-triage-fallbacks')).toBe('none');
    expect(res.headers.get('x-request-id')).toBe('req-123');
    expect(res.headers.get('traceparent')).toMatch(/^00-4bf92f3577b34da6a3ce929d0e0e4736-(?!00f067aa0ba902b7)[0-9a-f]{16}-01$/);
  });

  it('annotates a target Response whose headers are immutable (copied once) as fully as a mutable one', async () => {
    // Response.redirect() has immutable headers, like a Response straight from fetch().
    const { call } = makeApp({ answer: () => ({ response: Response.redirect('https://upstream.test/moved', 302) }) });
    const { key } = await seedKey('hdr');
    const res = await call('/v1/chat/completions', {
      key,
      json: chat(`An answer with immutable headers ${run}.`),
      headers: { 'x-request-id': 'req-imm' },
    });
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('https://upstream.test/moved');
    for (const h of DECISION_HEADERS) expect(res.headers.has(h)).toBe(true);
    expect(res.headers.get('x-triage-cache')).toBeTruthy();
    expect(res.headers.get('x-request-id')).toBe('req-imm');
    expect(res.headers.get('traceparent')).toMatch(/^00-[0-9a-f]{32}-[0-9a-f]{16}-01$/);
  });

  it('after a fallback: the answering target, and the ones tried before it', async () => {
    const { call } = makeApp({ answer: (o) => ({ target: o.targets.get('cloud-gpu')!, tried: ['edge-small'] }) });
    const { key } = await seedKey('hdr');
    const res = await call('/v1/chat/completions', { key, json: chat('Tell me a joke about routers.') });
    expect(res.headers.get('x-triage-target')).toBe('cloud-gpu');
    expect(res.headers.get('x-triage-target-kind')).toBe('lambda');
    expect(res.headers.get('x-triage-fallbacks')).toBe('edge-small');
  });

  it('on an error after the decision: 502 in OpenAI shape, with the decision headers (last target tried)', async () => {
    const { call } = makeApp({ answer: () => ({ fail: 502, tried: ['edge-small', 'cloud-gpu', 'openai-compat'] }) });
    const { key } = await seedKey('hdr');
    const res = await call('/v1/chat/completions', { key, json: chat('Tell me a joke about caches.') });
    await expectOpenAiError(res, 502, 'upstream_error');
    expect(res.headers.get('x-triage-target')).toBe('openai-compat');
    expect(res.headers.get('x-triage-target-kind')).toBe('openai');
    expect(res.headers.get('x-triage-fallbacks')).toBe('edge-small,cloud-gpu');
    expect(res.headers.get('x-triage-rule')).toBe('small-at-edge');
  });

  it('no decision headers on errors before the decision (401, 400)', async () => {
    const { call } = makeApp();
    const res = await call('/v1/chat/completions', { json: chat('hi') });
    for (const h of DECISION_HEADERS) expect(res.headers.has(h)).toBe(false);
  });
});

describe('PII', () => {
  it('routes on-prem only: the executor is handed on-prem targets only; headers name the types, never values', async () => {
    const { call, calls } = makeApp();
    const { key } = await seedKey('pii');
    const res = await call('/v1/chat/completions', { key, json: chat(PII_PROMPT) });
    expect(res.status).toBe(200);
    expect(res.headers.get('x-triage-target')).toBe('onprem-gpu');
    expect(res.headers.get('x-triage-target-kind')).toBe('onprem');
    expect(res.headers.get('x-triage-rule')).toBe('pii-onprem');
    const pii = res.headers.get('x-triage-pii')!.split(',');
    expect(pii).toEqual(expect.arrayContaining(['EMAIL', 'PHONE']));
    expect(res.headers.get('x-triage-cache')).toBe('bypass');
    expect([...calls[0]!.targets.values()].every((t) => t.kind === 'onprem')).toBe(true);
    expect(calls[0]!.request.piiTypes).toEqual(pii);
    const all = [...res.headers].map(([k, v]) => `${k}: ${v}`).join('\n');
    for (const value of ['anna.berg', '1234567', '4111']) expect(all).not.toContain(value);
  });

  it('fails closed (503 pii_no_onprem, decision headers, no target called) when the policy leaves no on-prem target', async () => {
    // A hand-built policy that skipped the loader's checks: only the evaluator's run-time rule stands.
    const spec = {
      format: 1,
      targets: { cloud: { kind: 'openai', base_url: 'http://x/v1', timeout_ms: 1000, retries: 0 } },
      cache: { enabled: true, ttl_seconds: 60 },
      rules: [],
      default: { target: 'cloud', fallbacks: [] },
    } as unknown as PolicySpec;
    const policy = compilePolicy(spec);
    const { call, calls } = makeApp({ policyStore: { get: async () => ({ policy, source: 'kv' as const }) } });
    const { key } = await seedKey('pii');
    const res = await call('/v1/chat/completions', { key, json: chat(PII_PROMPT) });
    const err = await expectOpenAiError(res, 503, 'pii_no_onprem');
    expect(err.type).toBe('service_unavailable');
    expect(res.headers.get('x-should-retry')).toBe('false'); // the same request would be refused again
    expect(err.message).not.toContain('anna');
    expect(res.headers.get('x-triage-target')).toBe('none');
    expect(res.headers.get('x-triage-rule')).toBe('default');
    expect(res.headers.get('x-triage-policy')).toBe(policy.version);
    expect(res.headers.get('x-triage-pii')).toContain('EMAIL');
    expect(calls).toHaveLength(0);
    // The same policy serves a request without PII.
    expect((await call('/v1/chat/completions', { key, json: chat('What is 2+2?') })).headers.get('x-triage-target')).toBe('cloud');
  });

  it('content the edge cannot scan goes on-prem (default policy), named in x-triage-unscanned; never cached', async () => {
    const { call, calls } = makeApp();
    const { key } = await seedKey('unscanned');
    const image = {
      model: 'triage-small',
      messages: [
        {
          role: 'user',
          content: [
            { type: 'text', text: 'What is in this picture?' },
            { type: 'image_url', image_url: { url: 'https://img.example/cat.png' } },
          ],
        },
      ],
    };
    for (const [body, kind] of [
      [image, 'image'],
      [chat('Γιάννης Παπαδόπουλος, Οδός Ερμού 25, Αθήνα'), 'uncovered_script'],
    ] as const) {
      const res = await call('/v1/chat/completions', { key, json: body });
      expect(res.status).toBe(200);
      expect(res.headers.get('x-triage-target-kind')).toBe('onprem');
      expect(res.headers.get('x-triage-rule')).toBe('unscanned-onprem');
      expect(res.headers.get('x-triage-unscanned')).toBe(kind);
      expect(res.headers.get('x-triage-pii')).toBe('none');
      expect(res.headers.get('x-triage-cache')).toBe('bypass');
    }
    const tokenIds = await call('/v1/embeddings', { key, json: { model: 'triage-small', input: [[9906, 11, 1917]] } });
    expect(tokenIds.headers.get('x-triage-unscanned')).toBe('token_ids');
    expect(tokenIds.headers.get('x-triage-target-kind')).toBe('onprem');
    for (const c of calls) expect([...c.targets.values()].every((t) => t.kind === 'onprem')).toBe(true);
    // A plain request says none.
    expect((await call('/v1/chat/completions', { key, json: chat('What is 2+2?') })).headers.get('x-triage-unscanned')).toBe('none');
  });

  it('with PII_TAGGER on, the tagger reads what the rules found clean; one that cannot load sends the request on-prem', async () => {
    const taggerOn = { ...env, PII_TAGGER: 'on' } as Env;
    const seen: string[][] = [];
    const tagger: EntityTagger = {
      version: 'test-tagger@000000000000',
      async tag(texts) {
        seen.push([...texts]);
        return texts.map((t) =>
          t.includes('Okonkwo') ? [{ type: 'PERSON' as const, start: 0, end: 7, score: 0.9, detector: 'test' }] : [],
        );
      },
    };
    const { key } = await seedKey('tagger');
    const withTagger = makeApp({ tagger });
    const flagged = await withTagger.call('/v1/chat/completions', { key, json: chat('Okonkwo merged the branch.') }, taggerOn);
    expect(flagged.headers.get('x-triage-pii')).toBe('PERSON');
    expect(flagged.headers.get('x-triage-target-kind')).toBe('onprem');
    const clean = await withTagger.call('/v1/chat/completions', { key, json: chat('How do I restart nginx?') }, taggerOn);
    expect(clean.headers.get('x-triage-target')).toBe('edge-small');
    // Every string of the body, as the rules read it (the model id included).
    expect(seen).toEqual([
      expect.arrayContaining(['Okonkwo merged the branch.', 'triage-small']),
      expect.arrayContaining(['How do I restart nginx?']),
    ]);
    // Off, the tagger is not asked (on is the default: the other tests run with it).
    await withTagger.call('/v1/chat/completions', { key, json: chat('Okonkwo merged the branch.') }, { ...env, PII_TAGGER: 'off' } as Env);
    expect(seen).toHaveLength(2);

    // A tagger whose model cannot load rejects when asked to tag (edge/models/pii-tagger.ts loads it lazily).
    const broken = makeApp({ tagger: { version: 'broken@000000000000', tag: () => Promise.reject(new Error('no model')) } });
    const failed = await broken.call('/v1/chat/completions', { key, json: chat('How do I restart nginx?') }, taggerOn);
    expect(failed.status).toBe(200);
    expect(failed.headers.get('x-triage-unscanned')).toBe('tagger_failed');
    expect(failed.headers.get('x-triage-target-kind')).toBe('onprem');
    expect(broken.calls.every((c) => [...c.targets.values()].every((t) => t.kind === 'onprem'))).toBe(true);

    const badVar = { ...env, PII_TAGGER: 'yes' } as Env;
    const misconfigured = await expectOpenAiError(await broken.call('/healthz', {}, badVar), 500, 'misconfigured');
    expect(misconfigured.message).toContain('PII_TAGGER');
  });

  it('PII hidden in fields, encodings and splits is found all the same', async () => {
    const { call } = makeApp();
    const { key } = await seedKey('hidden');
    const bodies = [
      chat('hi', { tools: [{ type: 'function', function: { name: 'f', description: 'mail anna.berg@example.org' } }] }),
      chat('hi', { metadata: { 'anna.berg@example.org': 'contact' } }),
      chat(`decode ${btoa(JSON.stringify({ email: 'anna.berg@example.org' }))}`),
      {
        model: 'triage-small',
        messages: [
          { role: 'user', content: 'write to anna.berg@exa' },
          { role: 'user', content: 'mple.org' },
        ],
      },
      chat('mail anna.berg&#64;example.org'),
    ];
    for (const body of bodies) {
      const res = await call('/v1/chat/completions', { key, json: body });
      expect(res.headers.get('x-triage-pii'), JSON.stringify(body)).toBe('EMAIL');
      expect(res.headers.get('x-triage-target-kind')).toBe('onprem');
    }
  });

  it('logs one line per request with type names and timings, and no prompt text or PII values', async () => {
    const { call, logs } = makeApp();
    const { key, keyId } = await seedKey('logs');
    const marker = 'UNIQUE-PROMPT-MARKER-93';
    await call('/v1/chat/completions', { key, json: chat(`${marker} ${PII_PROMPT}`), headers: { 'x-request-id': 'log-1' } });
    await call('/v1/chat/completions', {
      key,
      body: `{"messages":"${marker} anna.berg@example.org`,
      headers: { 'content-type': 'application/json' },
    });
    await call('/v1/chat/completions', { key, json: { ...chat(marker), model: `${marker}-model` } });
    const lines = logs.map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => l.msg === 'request');
    expect(lines).toHaveLength(3);
    const first = lines[0]!;
    expect(first).toMatchObject({
      request_id: 'log-1',
      tenant: `logs-${run}`,
      key_id: keyId,
      route: '/v1/chat/completions',
      status: 200,
      target: 'onprem-gpu',
      rule: 'pii-onprem',
    });
    expect(first.pii).toEqual(expect.arrayContaining(['EMAIL', 'PHONE']));
    expect(first.timings).toHaveProperty('inspect');
    expect(lines[1]).toMatchObject({ status: 400, error_code: 'invalid_json' });
    expect(lines[2]).toMatchObject({ status: 404, error_code: 'model_not_found' });
    const text = logs.join('\n');
    for (const s of [marker, 'anna.berg', 'example.org', '+49 30 1234567', '4111 1111 1111 1111', key]) expect(text).not.toContain(s);
  });
});

describe('cache', () => {
  it('hits for the same tenant and body; never across tenants', async () => {
    const { call, calls, metrics } = makeApp();
    const a = await seedKey('cache-a');
    const b = await seedKey('cache-b');
    const json = chat(`What is the capital of France? ${run}`);
    const r1 = await call('/v1/chat/completions', { key: a.key, json });
    expect(r1.headers.get('x-triage-cache')).toBe('miss');
    const body1 = await r1.text();
    const r2 = await call('/v1/chat/completions', { key: a.key, json });
    expect(r2.headers.get('x-triage-cache')).toBe('hit');
    expect(await r2.text()).toBe(body1);
    expect(r2.headers.get('x-triage-target')).toBe('edge-small'); // who produced the cached answer
    expect(r2.headers.get('x-triage-rule')).toBe('small-at-edge');
    expect(calls).toHaveLength(1);
    // Key order does not matter (canonical body); another tenant never sees tenant A's entry.
    const reordered = { messages: json.messages, model: json.model };
    expect((await call('/v1/chat/completions', { key: a.key, json: reordered })).headers.get('x-triage-cache')).toBe('hit');
    const r3 = await call('/v1/chat/completions', { key: b.key, json });
    expect(r3.headers.get('x-triage-cache')).toBe('miss');
    expect(await r3.text()).not.toBe(body1);
    expect(calls).toHaveLength(2);
    expect(metrics.cache.get({ result: 'hit' })).toBe(2);
  });

  it('never caches a PII request (even when the policy enables caching), nor a stream', async () => {
    const { call, calls } = makeApp();
    const { key } = await seedKey('cache-pii');
    const json = chat(`${PII_PROMPT} ${run}`);
    for (let i = 0; i < 2; i++) expect((await call('/v1/chat/completions', { key, json })).headers.get('x-triage-cache')).toBe('bypass');
    expect(calls).toHaveLength(2);
    const stream = chat(`Count to three ${run}`, { stream: true });
    const sse = () => new Response('data: {}\n\ndata: [DONE]\n\n', { headers: { 'content-type': 'text/event-stream' } });
    const s = makeApp({ answer: () => ({ response: sse() }) });
    for (let i = 0; i < 2; i++)
      expect((await s.call('/v1/chat/completions', { key, json: stream })).headers.get('x-triage-cache')).toBe('bypass');
    expect(s.calls).toHaveLength(2);
  });
});

describe('rate limits', () => {
  beforeEach(awayFromWindowEdge);

  it('429 with Retry-After once the key is over its requests per minute; counted in metrics', async () => {
    const { call, metrics } = makeApp();
    const { key } = await seedKey('rl', { rpm: 2 });
    for (let i = 0; i < 2; i++) {
      const ok = await call('/v1/chat/completions', { key, json: chat(`hi ${i}`) });
      expect(ok.status).toBe(200);
      expect([ok.headers.get('x-ratelimit-limit-requests'), ok.headers.get('x-ratelimit-remaining-requests')]).toEqual([
        '2',
        String(1 - i),
      ]);
    }
    const res = await call('/v1/chat/completions', { key, json: chat('hi 3') });
    await expectOpenAiError(res, 429, 'rate_limit_exceeded');
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(Number(res.headers.get('retry-after'))).toBeLessThanOrEqual(60);
    expect((await call('/v1/chat/completions', { key, json: chat('hi 4') })).status).toBe(429);
    // The object's last reply said the budget is spent, so this isolate refuses without a round trip
    // (refusals by the object itself, from another isolate's view: rate-limit/index.test.ts).
    expect(metrics.rateLimited.get({ scope: 'key', dimension: 'requests', where: 'local' })).toBe(2);
  });

  it('tokens per minute: a request over the budget is refused', async () => {
    const { call } = makeApp();
    const { key } = await seedKey('rl-tpm', { tpm: 100 });
    expect((await call('/v1/chat/completions', { key, json: chat('short', { max_tokens: 50 }) })).status).toBe(200);
    await expectOpenAiError(
      await call('/v1/chat/completions', { key, json: chat('short', { max_tokens: 60 }) }),
      429,
      'rate_limit_exceeded',
    );
  });
});

describe('policy from KV', () => {
  it('a valid update is picked up; an invalid one is rejected and the last-good policy kept', async () => {
    let now = 0;
    const logs: string[] = [];
    const store = new PolicyStore({ now: () => now, log: (l) => logs.push(l) });
    const { call } = makeApp({ policyStore: store });
    const { key } = await seedKey('policy');
    const version = async () => (await call('/v1/chat/completions', { key, json: chat('hello there') })).headers.get('x-triage-policy');
    try {
      const bundled = await version();
      const { default: text } = await import('../shared/core/policy/policies/default.yaml');
      const changed = text.replace('tokens: { max: 2048 }', 'tokens: { max: 1024 }');
      await env.POLICY.put(POLICY_KEY, changed);
      now += 60_000;
      const v2 = await version();
      expect(v2).not.toBe(bundled);
      // An update that would send PII to the cloud is invalid: refused, v2 stays.
      await env.POLICY.put(POLICY_KEY, changed.replace('target: onprem-gpu\n    fallbacks: []', 'target: cloud-gpu\n    fallbacks: []'));
      now += 60_000;
      expect(await version()).toBe(v2);
      const pii = await call('/v1/chat/completions', { key, json: chat(PII_PROMPT) });
      expect(pii.headers.get('x-triage-target')).toBe('onprem-gpu');
      expect(pii.headers.get('x-triage-policy')).toBe(v2);
      const rejected = logs.map((l) => JSON.parse(l) as Record<string, unknown>).find((l) => l.msg === 'policy_rejected')!;
      expect(rejected).toMatchObject({ kept: v2 });
      expect((rejected.diagnostics as string[]).join()).toMatch(/error\[pii-invariant\] \d+:\d+/);
      expect(JSON.stringify(rejected)).not.toContain('cloud-gpu'); // positions and codes, no content
    } finally {
      await env.POLICY.delete(POLICY_KEY);
    }
  });
});

describe('metrics', () => {
  it('GET /metrics is valid Prometheus text with requests, latency, PII, fallbacks, cache and rate limits', async () => {
    const { call } = makeApp({
      answer: (o) => (o.request.piiTypes.length ? {} : { target: o.targets.get('cloud-gpu')!, tried: ['edge-small'] }),
    });
    const { key } = await seedKey('metrics');
    await call('/v1/chat/completions', { key, json: chat(`metrics ${run}`) });
    await call('/v1/chat/completions', { key, json: chat(PII_PROMPT) });
    await call('/v1/nope');
    const res = await call('/metrics', { headers: { authorization: 'Bearer m-token' } }, { ...env, METRICS_TOKEN: 'm-token' } as Env);
    expect(res.headers.get('content-type')).toContain('text/plain; version=0.0.4');
    const samples = parseExposition(await res.text());
    const find = (name: string, labels: Record<string, string>) =>
      samples.find((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v))?.value;
    expect(find('triage_requests_total', { route: '/v1/chat/completions', target: 'cloud-gpu', status: '200' })).toBe(1);
    expect(find('triage_requests_total', { route: 'other', status: '404' })).toBe(1);
    expect(find('triage_request_duration_seconds_count', { route: '/v1/chat/completions', target: 'onprem-gpu' })).toBe(1);
    expect(find('triage_pii_detections_total', { type: 'EMAIL' })).toBe(1);
    expect(find('triage_pii_detections_total', { type: 'SSN' })).toBe(0);
    expect(find('triage_fallbacks_total', { target: 'edge-small' })).toBe(1);
    expect(find('triage_cache_requests_total', { result: 'bypass' })).toBe(1);
    expect(find('triage_decisions_total', { rule: 'pii-onprem', outcome: 'onprem' })).toBe(1);
  });

  it('GET /metrics needs the token when METRICS_TOKEN is set', async () => {
    const { call } = makeApp();
    const e = { ...env, METRICS_TOKEN: 'm-token' } as Env;
    expect((await call('/metrics', {}, e)).status).toBe(401);
    expect((await call('/metrics', { headers: { authorization: 'Bearer m-tokeN' } }, e)).status).toBe(401);
    expect((await call('/metrics', { headers: { authorization: 'Bearer m-token' } }, e)).status).toBe(200);
  });

  it('GET /metrics does not exist without METRICS_TOKEN: the unknown-route 404, with or without a bearer', async () => {
    const { call } = makeApp();
    const e = { ...env, METRICS_TOKEN: undefined } as Env;
    for (const headers of [{}, { authorization: 'Bearer ' }, { authorization: 'Bearer anything' }] as Record<string, string>[]) {
      const res = await call('/metrics', { headers }, e);
      await expectOpenAiError(res, 404, 'unknown_route');
    }
  });
});

describe('the Worker entry with the real executor and targets', () => {
  it('a PII request whose on-prem node is down fails closed with 503 and the decision headers', async () => {
    const { key } = await seedKey('entry');
    const res = await exports.default.fetch('http://edge.test/v1/chat/completions', {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      body: JSON.stringify(chat(PII_PROMPT)),
    });
    expect(res.status).toBe(503);
    const body = await res.json<{ error: { code: string; message: string } }>();
    expect(body.error.code).toBe('pii_no_onprem');
    expect(body.error.message).not.toContain('anna');
    expect(res.headers.get('x-should-retry')).toBeNull(); // the node may be back soon: a retry may succeed
    expect(res.headers.get('x-triage-target-kind')).toBe('onprem');
    expect(res.headers.get('x-triage-rule')).toBe('pii-onprem');
    expect(res.headers.get('x-triage-pii')).toContain('EMAIL');
  });
});
