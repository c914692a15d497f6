// The node end to end: a real server (startOnprem) with the real `openai-upstream` engine in front of a real
// OpenAI-compatible HTTP server the test controls (test-upstream.ts), called over HTTP with signed requests.
// Nothing here measures time: "before", "while" and "after" are established by who has answered what.
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { signRequest } from '../../shared/protocol/signing/index.ts';
import { parseExposition } from '../../shared/protocol/telemetry/index.ts';
import type { AuditRecord } from '../audit.ts';
import { loadConfig } from '../config.ts';
import { startOnprem, type RunningOnprem } from './start.ts';
import { chunk, startTestUpstream, USAGE, type TestUpstream } from './test-upstream.ts';

const SECRET = 'edge-signing-secret-for-tests-0001';

interface Node {
  node: RunningOnprem;
  upstream: TestUpstream;
  audit: string[];
  records(): AuditRecord[];
  call(
    path: string,
    body?: string | Uint8Array | object,
    opts?: { headers?: Record<string, string>; signal?: AbortSignal; method?: string },
  ): Promise<Response>;
}

const running: Node[] = [];

async function startNode(env: Record<string, string> = {}): Promise<Node> {
  const upstream = await startTestUpstream();
  const config = loadConfig({
    TRIAGE_ONPREM_SIGNING_KEYS: `edge1:${SECRET}`,
    TRIAGE_ONPREM_PORT: '0',
    TRIAGE_ONPREM_ENGINE: 'openai-upstream',
    TRIAGE_ONPREM_UPSTREAM_URL: upstream.baseUrl,
    TRIAGE_ONPREM_UPSTREAM_MODELS: 'up-chat',
    ...env,
  });
  const audit: string[] = [];
  const node = await startOnprem(config, { auditSink: { write: (l) => void audit.push(l), close: async () => {} }, log: () => {} });
  const n: Node = {
    node,
    upstream,
    audit,
    records: () => audit.map((l) => JSON.parse(l) as AuditRecord),
    async call(path, body, opts = {}) {
      const method = opts.method ?? (body === undefined ? 'GET' : 'POST');
      const bytes = body === undefined ? undefined : typeof body === 'string' || body instanceof Uint8Array ? body : JSON.stringify(body);
      const sig = await signRequest({
        method,
        path,
        body: bytes,
        keyId: 'edge1',
        secret: SECRET,
        ...(opts.headers ? { headers: opts.headers } : {}),
      });
      return fetch(node.url + path, {
        method,
        headers: { 'content-type': 'application/json', ...sig, ...opts.headers },
        ...(bytes !== undefined ? { body: bytes } : {}),
        ...(opts.signal ? { signal: opts.signal } : {}),
      });
    },
  };
  running.push(n);
  return n;
}

async function stopAll() {
  for (const n of running.splice(0)) {
    await n.node.close(0);
    await n.upstream.close();
  }
}
afterEach(stopAll);
afterAll(stopAll);

const chat = (content: string, extra: Record<string, unknown> = {}) => ({
  model: 'up-chat',
  messages: [{ role: 'user', content }],
  ...extra,
});

async function metric(n: Node, name: string, labels: Record<string, string> = {}): Promise<number | undefined> {
  const text = await (await fetch(n.node.url + '/metrics')).text();
  return parseExposition(text).find((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v))?.value;
}

describe('on-prem API', () => {
  it('answers a signed chat request through the engine, with usage, request id and an audit line', async () => {
    const n = await startNode();
    const pending = n.call('/v1/chat/completions', chat('hello'), {
      headers: { 'x-request-id': 'req-123', 'x-triage-tenant': 'acme', 'x-triage-rule': 'pii-onprem', 'x-triage-policy': 'sha256-abc' },
    });
    const held = await n.upstream.next();
    expect(held.path).toBe('/v1/chat/completions');
    expect(held.body).toMatchObject({ model: 'up-chat', messages: [{ role: 'user', content: 'hello' }] });
    expect(held.headers['x-request-id']).toBe('req-123');
    held.reply();
    const res = await pending;
    expect(res.status).toBe(200);
    expect(res.headers.get('x-request-id')).toBe('req-123');
    expect(((await res.json()) as { usage: unknown }).usage).toEqual(USAGE);
    const [rec] = n.records();
    expect(rec).toMatchObject({
      request_id: 'req-123',
      tenant: 'acme',
      auth: { method: 'signature', key_id: 'edge1' },
      decision: { rule: 'pii-onprem', policy: 'sha256-abc' },
      model: 'up-chat',
      task: 'chat',
      stream: false,
      status: 200,
      tokens: { prompt: 7, completion: 5, total: 12 },
    });
    expect(rec!.timings.engine_ms).toBeGreaterThanOrEqual(0);
    expect(await metric(n, 'triage_onprem_tokens_total', { kind: 'completion' })).toBe(5);
  });

  it('lists the engine models and answers 404 in OpenAI shape for an unknown model', async () => {
    const n = await startNode();
    const models = await n.call('/v1/models');
    expect(models.status).toBe(200);
    expect(await models.json()).toMatchObject({ object: 'list', data: [{ id: 'up-chat', object: 'model' }] });
    const res = await n.call('/v1/chat/completions', { ...chat('hi'), model: 'no-such-model' });
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({
      error: { message: expect.any(String), type: 'not_found_error', param: 'model', code: 'model_not_found' },
    });
    expect(n.upstream.received).toBe(0);
  });

  it('refuses malformed bodies with 400/413/415 before any engine work', async () => {
    const n = await startNode({ TRIAGE_ONPREM_MAX_BODY_BYTES: '2048' });
    const err = async (res: Response) => ({
      status: res.status,
      ...((await res.json()) as { error: { code: string; param: string | null } }).error,
    });
    expect(await err(await n.call('/v1/chat/completions', '{"model": "up-chat", "messages": ['))).toMatchObject({
      status: 400,
      code: 'invalid_json',
    });
    expect(await err(await n.call('/v1/chat/completions', '[1,2]'))).toMatchObject({ status: 400, code: 'invalid_json' });
    expect(await err(await n.call('/v1/chat/completions', { model: 'up-chat', messages: 'hi' }))).toMatchObject({
      status: 400,
      code: 'invalid_request',
      param: 'messages',
    });
    expect(await err(await n.call('/v1/chat/completions', { ...chat('hi'), temperature: 'hot' }))).toMatchObject({
      status: 400,
      param: 'temperature',
    });
    const badUtf8 = new Uint8Array([
      ...new TextEncoder().encode('{"model":"up-chat","messages":[{"role":"user","content":"'),
      0xc3,
      0x28,
      ...new TextEncoder().encode('"}]}'),
    ]);
    expect(await err(await n.call('/v1/chat/completions', badUtf8))).toMatchObject({ status: 400, code: 'invalid_utf8' });
    expect(await err(await n.call('/v1/chat/completions', chat('x'.repeat(4000))))).toMatchObject({
      status: 413,
      code: 'request_too_large',
    });
    expect(await err(await n.call('/v1/chat/completions', chat('hi'), { headers: { 'content-type': 'text/plain' } }))).toMatchObject({
      status: 415,
    });
    expect(n.upstream.received).toBe(0);
  });

  it('passes a stream on chunk by chunk: the first chunk arrives while the engine is still producing', async () => {
    const n = await startNode();
    const pending = n.call('/v1/chat/completions', chat('stream please', { stream: true, stream_options: { include_usage: true } }));
    const held = await n.upstream.next();
    expect(held.body.stream).toBe(true);
    held.sse(chunk('Hel'));
    const res = await pending;
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/event-stream');
    const reader = res.body!.getReader();
    const decoder = new TextDecoder();
    let got = '';
    while (!got.includes('\n\n')) got += decoder.decode((await reader.read()).value, { stream: true });
    // The client has the first event although the upstream has not finished its answer.
    expect(got).toBe(`data: ${JSON.stringify(chunk('Hel'))}\n\n`);
    expect(held.res.writableEnded).toBe(false);
    held.sse(chunk('lo'));
    held.sse(chunk('', USAGE));
    held.end();
    for (;;) {
      const r = await reader.read();
      if (r.done) break;
      got += decoder.decode(r.value, { stream: true });
    }
    expect(got).toBe(
      `data: ${JSON.stringify(chunk('Hel'))}\n\ndata: ${JSON.stringify(chunk('lo'))}\n\ndata: ${JSON.stringify(chunk('', USAGE))}\n\ndata: [DONE]\n\n`,
    );
    await vi.waitFor(() => expect(n.records()).toHaveLength(1));
    expect(n.records()[0]).toMatchObject({ status: 200, stream: true, tokens: { completion: 5 } });
    expect(await metric(n, 'triage_onprem_inflight')).toBe(0);
  });

  it('maps engine failures to OpenAI errors (upstream 500 → 502)', async () => {
    const n = await startNode();
    const pending = n.call('/v1/chat/completions', chat('hi'));
    const held = await n.upstream.next();
    held.res.writeHead(500, { 'content-type': 'application/json' }).end('{"error":"boom"}');
    const res = await pending;
    expect(res.status).toBe(502);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('engine_error');
    expect(n.records()[0]).toMatchObject({ status: 502, error_code: 'engine_error' });
  });
});

describe('admission control', () => {
  it('answers 429 with Retry-After when the queue is full, and counts it', async () => {
    const n = await startNode({ TRIAGE_ONPREM_MAX_CONCURRENT: '1', TRIAGE_ONPREM_MAX_QUEUE: '1' });
    const a = n.call('/v1/chat/completions', chat('A'));
    const heldA = await n.upstream.next();
    const b = n.call('/v1/chat/completions', chat('B'));
    await vi.waitFor(() => expect(n.node.admission.queued).toBe(1));
    expect(await metric(n, 'triage_onprem_queue_depth')).toBe(1);
    expect(await metric(n, 'triage_onprem_inflight')).toBe(1);

    const c = await n.call('/v1/chat/completions', chat('C'));
    expect(c.status).toBe(429);
    expect(Number(c.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(((await c.json()) as { error: { code: string; type: string } }).error).toMatchObject({
      code: 'queue_full',
      type: 'rate_limit_error',
    });
    expect(await metric(n, 'triage_onprem_rejections_total', { reason: 'queue_full' })).toBe(1);

    heldA.reply();
    expect((await a).status).toBe(200);
    (await n.upstream.next()).reply(); // B got the slot after A
    expect((await b).status).toBe(200);
  });

  it('answers 503 queue_timeout when a request waits past its deadline (the caller may shorten it)', async () => {
    const n = await startNode({ TRIAGE_ONPREM_MAX_CONCURRENT: '1' });
    const a = n.call('/v1/chat/completions', chat('A'));
    const heldA = await n.upstream.next();
    const b = await n.call('/v1/chat/completions', chat('B'), { headers: { 'x-triage-timeout-ms': '20' } });
    expect(b.status).toBe(503);
    expect(b.headers.get('retry-after')).not.toBeNull();
    expect(((await b.json()) as { error: { code: string } }).error.code).toBe('queue_timeout');
    expect(await metric(n, 'triage_onprem_rejections_total', { reason: 'deadline' })).toBe(1);
    heldA.reply();
    expect((await a).status).toBe(200);
    expect(n.upstream.received).toBe(1);
  });

  it('drops a queued request whose client went away: it never reaches the engine', async () => {
    const n = await startNode({ TRIAGE_ONPREM_MAX_CONCURRENT: '1' });
    const a = n.call('/v1/chat/completions', chat('A'));
    const heldA = await n.upstream.next();
    const gone = new AbortController();
    const b = n.call('/v1/chat/completions', chat('B'), { signal: gone.signal });
    await vi.waitFor(() => expect(n.node.admission.queued).toBe(1));
    gone.abort();
    await expect(b).rejects.toThrow();
    await vi.waitFor(() => expect(n.node.admission.queued).toBe(0));
    heldA.reply();
    expect((await a).status).toBe(200);

    const c = n.call('/v1/chat/completions', chat('C'));
    const heldC = await n.upstream.next();
    expect(heldC.body.messages).toEqual([{ role: 'user', content: 'C' }]);
    heldC.reply();
    expect((await c).status).toBe(200);
    expect(n.upstream.received).toBe(2); // A and C
    await vi.waitFor(() => expect(n.records().find((r) => r.status === 499)).toMatchObject({ error_code: 'client_closed' }));
  });

  it('stops the engine work when the client of a running request goes away (upstream connection closed)', async () => {
    const n = await startNode();
    const gone = new AbortController();
    const pending = n.call('/v1/chat/completions', chat('long job'), { signal: gone.signal });
    const held = await n.upstream.next();
    gone.abort();
    await expect(pending).rejects.toThrow();
    await held.abandoned; // the engine closed its upstream connection: the GPU work stops
    await vi.waitFor(() => expect(n.records()).toHaveLength(1));
    expect(n.records()[0]).toMatchObject({ status: 499, error_code: 'client_closed' });
    await vi.waitFor(() => expect(n.node.admission.running).toBe(0));
  });

  it('stops the engine work when the client leaves in the middle of a stream', async () => {
    const n = await startNode();
    const gone = new AbortController();
    const res = await (async () => {
      const pending = n.call('/v1/chat/completions', chat('stream', { stream: true }), { signal: gone.signal });
      const held = await n.upstream.next();
      held.sse(chunk('first'));
      return { res: await pending, held };
    })();
    const reader = res.res.body!.getReader();
    await reader.read();
    gone.abort();
    await res.held.abandoned;
    await vi.waitFor(() => expect(n.records()).toHaveLength(1));
    expect(n.records()[0]).toMatchObject({ status: 499, stream: true, error_code: 'client_closed' });
    await vi.waitFor(() => expect(n.node.admission.running).toBe(0));
  });

  it('aborts engine work that runs past the request timeout with 504', async () => {
    const n = await startNode({ TRIAGE_ONPREM_REQUEST_TIMEOUT_MS: '50' });
    const pending = n.call('/v1/chat/completions', chat('slow'));
    const held = await n.upstream.next();
    await held.abandoned;
    const res = await pending;
    expect(res.status).toBe(504);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('request_timeout');
  });
});

describe('graceful shutdown', () => {
  it('lets in-flight requests finish while refusing new ones and failing /readyz', async () => {
    const n = await startNode();
    expect((await fetch(n.node.url + '/readyz')).status).toBe(200);
    const inflight = n.call('/v1/chat/completions', chat('in flight', { stream: true }));
    const held = await n.upstream.next();
    held.sse(chunk('part 1'));
    const res = await inflight;

    const closing = n.node.close(60_000);
    const ready = await fetch(n.node.url + '/readyz');
    expect(ready.status).toBe(503);
    expect(await ready.json()).toEqual({ status: 'draining' });
    const late = await n.call('/v1/chat/completions', chat('too late'));
    expect(late.status).toBe(503);
    expect(((await late.json()) as { error: { code: string } }).error.code).toBe('draining');
    expect(await metric(n, 'triage_onprem_rejections_total', { reason: 'draining' })).toBe(1);

    held.sse(chunk('part 2'));
    held.end();
    const text = await res.text();
    expect(text).toContain('part 1');
    expect(text.endsWith('data: [DONE]\n\n')).toBe(true);
    await closing;
    expect(n.upstream.received).toBe(1);
    await expect(fetch(n.node.url + '/healthz')).rejects.toThrow();
  });

  it('aborts what is still running when the grace period is over', async () => {
    const n = await startNode();
    const inflight = n.call('/v1/chat/completions', chat('never finishes'));
    const held = await n.upstream.next();
    const closing = n.node.close(10);
    await held.abandoned;
    const res = await inflight;
    expect(res.status).toBe(503);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('shutting_down');
    await closing;
  });
});

describe('audit log', () => {
  it('records PII type names from the node and the edge, never the PII values or any text', async () => {
    const n = await startNode();
    const values = {
      email: 'jane.doe@example.com',
      card: '4539148803436467', // Luhn-valid (well-known test numbers like 4111… are not reported)
      iban: 'DE44500105175407324931',
      phone: '+1 415 555 0132',
      name: 'Jane Doe',
    };
    const prompt = `My name is ${values.name}, email ${values.email}, card ${values.card}, IBAN ${values.iban}, phone ${values.phone}.`;
    const pii = { 'x-triage-pii': 'EMAIL,CREDIT_CARD,IBAN,PHONE' };

    const a = n.call('/v1/chat/completions', chat(prompt), { headers: pii });
    (await n.upstream.next()).reply();
    expect((await a).status).toBe(200);

    const s = n.call('/v1/chat/completions', chat(prompt, { stream: true }), { headers: pii });
    const held = await n.upstream.next();
    held.sse(chunk(`echo: ${values.email}`));
    held.end();
    expect(await (await s).text()).toContain(values.email); // the answer carries it; the audit must not

    const e = n.call('/v1/embeddings', { model: 'up-chat', input: [prompt] }, { headers: pii });
    (await n.upstream.next()).reply();
    expect((await e).status).toBe(200);

    // Client text in places that fail: an unknown model id, and a field of the wrong type.
    expect((await n.call('/v1/chat/completions', { ...chat(prompt), model: values.email })).status).toBe(404);
    expect((await n.call('/v1/chat/completions', { ...chat(prompt), temperature: values.card })).status).toBe(400);
    // A tenant / rule header that is not name-like is not recorded either.
    const t = n.call('/v1/chat/completions', chat('hi'), {
      headers: { 'x-triage-tenant': `tenant ${values.email}`, 'x-triage-rule': values.phone },
    });
    (await n.upstream.next()).reply();
    expect((await t).status).toBe(200);

    await vi.waitFor(() => expect(n.audit).toHaveLength(6));
    const all = n.audit.join('\n');
    for (const v of [...Object.values(values), 'jane.doe', 'My name is', 'hello from upstream', 'echo']) expect(all).not.toContain(v);
    const recs = n.records();
    expect(recs[0]!.pii_types).toEqual({
      node: ['PERSON', 'EMAIL', 'PHONE', 'CREDIT_CARD', 'IBAN'],
      edge: ['EMAIL', 'PHONE', 'CREDIT_CARD', 'IBAN'],
    });
    expect(recs[1]).toMatchObject({ stream: true, status: 200 });
    expect(recs[2]).toMatchObject({ task: 'embeddings', status: 200 });
    expect(recs[2]!.pii_types!.node).toContain('EMAIL');
    expect(recs[3]).toMatchObject({ status: 404, model: 'unknown', error_code: 'model_not_found' });
    expect(recs[4]).toMatchObject({ status: 400, error_code: 'invalid_request' });
    expect(recs[5]!.tenant).toBeUndefined();
    expect(recs[5]!.decision).toBeUndefined();
    expect(recs[5]!.pii_types).toEqual({ node: [] });
    expect(recs[5]!.unscanned).toEqual({ node: [] });
  });

  it('records the kinds of content that could not be scanned, as the edge reported them and as the node found them', async () => {
    const n = await startNode();
    const body = chat('What is in this picture?');
    (body.messages[0] as Record<string, unknown>).content = [
      { type: 'text', text: 'What is in this picture?' },
      { type: 'image_url', image_url: { url: 'https://img.example/cat.png' } },
    ];
    const a = n.call('/v1/chat/completions', body, { headers: { 'x-triage-unscanned': 'image' } });
    (await n.upstream.next()).reply();
    expect((await a).status).toBe(200);
    await vi.waitFor(() => expect(n.audit).toHaveLength(1));
    expect(n.records()[0]!.unscanned).toEqual({ node: ['image'], edge: ['image'] });
  });
});

describe('/metrics', () => {
  it('exposes the metric names the HPA and dashboards use, without credentials', async () => {
    const n = await startNode();
    const p = n.call('/v1/chat/completions', chat('hi'));
    (await n.upstream.next()).reply();
    await p;
    await fetch(n.node.url + '/v1/models'); // unauthenticated → counted failure
    const res = await fetch(n.node.url + '/metrics');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/plain; version=0.0.4');
    const text = await res.text();
    const types: Record<string, string> = {
      triage_onprem_queue_depth: 'gauge',
      triage_onprem_inflight: 'gauge',
      triage_onprem_requests_total: 'counter',
      triage_onprem_request_duration_seconds: 'histogram',
      triage_onprem_queue_wait_seconds: 'histogram',
      triage_onprem_rejections_total: 'counter',
      triage_onprem_auth_failures_total: 'counter',
      triage_onprem_tokens_total: 'counter',
      triage_onprem_tokens_per_second: 'histogram',
    };
    for (const [name, type] of Object.entries(types)) expect(text).toContain(`# TYPE ${name} ${type}\n`);
    const samples = parseExposition(text);
    expect(samples.find((s) => s.name === 'triage_onprem_requests_total' && s.labels.route === '/v1/chat/completions')).toMatchObject({
      labels: { status: '200' },
      value: 1,
    });
    expect(samples.find((s) => s.name === 'triage_onprem_auth_failures_total')).toMatchObject({
      labels: { reason: 'missing_credentials' },
      value: 1,
    });
    expect(samples.find((s) => s.name === 'triage_onprem_tokens_per_second_count')?.value).toBe(1);
    expect(samples.find((s) => s.name === 'triage_onprem_queue_wait_seconds_count')?.value).toBe(1);
  });
});
