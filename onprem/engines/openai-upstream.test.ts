// The `openai-upstream` engine against a real OpenAI-compatible HTTP server (node:http, started here): what is
// forwarded, streaming chunk by chunk (proved by holding the server back, not by timing), status mapping,
// unreachable / timeout, the request's abort closing the upstream connection, readiness caching, keep-alive.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { EngineError, type EngineRequest } from './engine.ts';
import { createEngine } from './index.ts';
import { createOpenAiUpstreamEngine, openAiErrorBody } from './openai-upstream.ts';

interface Seen {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: string;
  socket: Socket;
  /** Settles when the server side of this exchange closes; true if it closed before the response ended. */
  closed: Promise<boolean>;
}

type Route = (req: IncomingMessage, res: ServerResponse, body: string) => void | Promise<void>;

let server: Server;
let base: string;
let route: Route;
const seen: Seen[] = [];

const json = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
};
const MODELS = {
  object: 'list',
  data: [
    { id: 'llama-3.1-8b-instruct', object: 'model' },
    { id: 'bge-small', object: 'model' },
  ],
};
const defaultRoute: Route = (req, res) => {
  if (req.method === 'GET' && req.url === '/v1/models') return json(res, 200, MODELS);
  json(
    res,
    200,
    {
      id: 'chatcmpl-up',
      object: 'chat.completion',
      model: 'llama-3.1-8b-instruct',
      choices: [{ index: 0, message: { role: 'assistant', content: 'hi' }, finish_reason: 'stop' }],
    },
    { 'x-upstream-internal': 'yes' },
  );
};

beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const closed = new Promise<boolean>((r) => res.on('close', () => r(!res.writableFinished)));
      seen.push({ method: req.method ?? '', path: req.url ?? '', headers: req.headers, body, socket: req.socket, closed });
      void Promise.resolve(route(req, res, body)).catch(() => res.destroy());
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
});
afterEach(() => {
  route = defaultRoute;
  seen.length = 0;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});
route = defaultRoute;

const TRACEPARENT = '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01';
function request(task: EngineRequest['task'], body: Record<string, unknown>, extra: Partial<EngineRequest> = {}): EngineRequest {
  return {
    task,
    body: { model: 'llama-3.1-8b-instruct', ...body },
    stream: body.stream === true,
    requestId: 'req-42',
    traceparent: TRACEPARENT,
    signal: new AbortController().signal,
    ...extra,
  };
}
const messages = [{ role: 'user', content: 'hello' }];
const engine = (extra: Partial<Parameters<typeof createOpenAiUpstreamEngine>[0]> = {}) =>
  createOpenAiUpstreamEngine({ baseUrl: base, apiKey: 'sk-upstream', timeoutMs: 5000, ...extra });

describe('openai-upstream engine', () => {
  it("lists the upstream's models at start, or takes them from the configuration without asking", async () => {
    const e = await createEngine({ kind: 'openai-upstream', baseUrl: `${base}/`, apiKey: 'sk-upstream', timeoutMs: 5000 });
    expect(e.kind).toBe('openai-upstream');
    await e.start();
    expect(e.models()).toEqual([
      { id: 'llama-3.1-8b-instruct', tasks: ['chat', 'embeddings'] },
      { id: 'bge-small', tasks: ['chat', 'embeddings'] },
    ]);
    expect(seen.map((s) => [s.method, s.path, s.headers.authorization])).toEqual([['GET', '/v1/models', 'Bearer sk-upstream']]);
    const named = engine({ models: ['local-8b-instruct'] });
    await named.start();
    expect(named.models()).toEqual([{ id: 'local-8b-instruct', tasks: ['chat', 'embeddings'] }]);
    expect(seen).toHaveLength(1);
  });

  it('forwards chat JSON with the key, trace and request id; answers with the upstream body and only content headers', async () => {
    const e = engine({ models: ['llama-3.1-8b-instruct'] });
    const res = await e.handle(request('chat', { messages, stream: false, stream_options: { include_usage: true }, temperature: 0.2 }));
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ id: 'chatcmpl-up', choices: [{ message: { content: 'hi' } }] });
    expect([...res.headers.keys()]).toEqual(['content-type']);
    const s = seen[0]!;
    expect([s.method, s.path]).toEqual(['POST', '/v1/chat/completions']);
    expect(s.headers).toMatchObject({
      authorization: 'Bearer sk-upstream',
      traceparent: TRACEPARENT,
      'x-request-id': 'req-42',
      'content-type': 'application/json',
      accept: 'application/json',
    });
    expect(JSON.parse(s.body)).toEqual({ model: 'llama-3.1-8b-instruct', messages, temperature: 0.2 });
  });

  it('forwards embeddings to /embeddings; no Authorization without an apiKey; classify is refused with a 400', async () => {
    route = (_req, res) =>
      json(res, 200, { object: 'list', data: [{ object: 'embedding', index: 0, embedding: [0.6, 0.8] }], model: 'bge-small' });
    const e = engine({ apiKey: undefined, models: ['bge-small'] });
    const res = await e.handle(request('embeddings', { model: 'bge-small', input: 'x' }));
    expect(await res.json()).toMatchObject({ data: [{ embedding: [0.6, 0.8] }] });
    expect(seen[0]!.path).toBe('/v1/embeddings');
    expect(seen[0]!.headers.authorization).toBeUndefined();
    const refused = await e.handle(request('classify', { input: 'x' }));
    expect(refused.status).toBe(400);
    expect(await refused.json()).toMatchObject({ error: { type: 'invalid_request_error', code: 'unsupported_task' } });
    expect(seen).toHaveLength(1);
  });

  it('passes a stream on chunk by chunk: the first event arrives while the server still holds the rest', async () => {
    const first =
      'data: {"id":"c1","object":"chat.completion.chunk","choices":[{"index":0,"delta":{"role":"assistant","content":""},"finish_reason":null}]}\n\n';
    const rest =
      'data: {"id":"c1","object":"chat.completion.chunk","choices":[{"index":0,"delta":{"content":"Hello"},"finish_reason":null}]}\n\ndata: [DONE]\n\n';
    let release!: () => void;
    const released = new Promise<void>((r) => {
      release = r;
    });
    let restSent = false;
    route = async (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
      res.write(first);
      await released;
      restSent = true;
      res.end(rest);
    };
    const res = await engine({ models: ['m'] }).handle(request('chat', { messages, stream: true }));
    expect(res.headers.get('content-type')).toBe('text/event-stream');
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(JSON.parse(seen[0]!.body)).toMatchObject({ stream: true });
    expect(seen[0]!.headers.accept).toBe('text/event-stream');
    const reader = res.body!.getReader();
    const dec = new TextDecoder();
    let got = '';
    while (got.length < first.length) got += dec.decode((await reader.read()).value, { stream: true });
    expect(got).toBe(first);
    expect(restSent).toBe(false); // had the engine buffered, this read would still be waiting for the rest
    release();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      got += dec.decode(value, { stream: true });
    }
    expect(got).toBe(first + rest);
  });

  it("passes the upstream's 4xx on with its status, in OpenAI's error shape", async () => {
    const e = engine({ models: ['m'] });
    const openAiShaped = {
      error: { message: "This model's maximum context length is 8192 tokens.", type: 'BadRequestError', param: null, code: 400 },
    };
    route = (_req, res) => json(res, 400, openAiShaped);
    const bad = await e.handle(request('chat', { messages }));
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual(openAiShaped);

    route = (_req, res) => json(res, 404, { error: "model 'nope' not found" }); // Ollama's shape
    const missing = await e.handle(request('chat', { model: 'nope', messages }));
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({
      error: { message: "model 'nope' not found", type: 'not_found_error', param: null, code: null },
    });

    route = (_req, res) =>
      json(res, 429, { error: { message: 'busy', type: 'rate_limit_error', param: null, code: null } }, { 'retry-after': '3' });
    const busy = await e.handle(request('chat', { messages }));
    expect([busy.status, busy.headers.get('retry-after')]).toEqual([429, '3']);
    expect(openAiErrorBody('not json', 422)).toBe(
      JSON.stringify({
        error: { message: 'the upstream model server answered 422', type: 'invalid_request_error', param: null, code: null },
      }),
    );
  });

  it('maps upstream failures to EngineErrors: 5xx 502, 503 503, 504 504, its refusal of our key 502', async () => {
    const e = engine({ models: ['m'] });
    const cases: [number, number, RegExp][] = [
      [500, 502, /failed \(500\)/],
      [502, 502, /failed \(502\)/],
      [503, 503, /unavailable/],
      [504, 504, /timed out/],
      [401, 502, /apiKey/],
    ];
    for (const [upstream, status, message] of cases) {
      route = (_req, res) => json(res, upstream, { error: { message: 'internal detail', type: 'x', param: null, code: null } });
      const err = await e.handle(request('chat', { messages })).catch((x: unknown) => x);
      expect(err, String(upstream)).toBeInstanceOf(EngineError);
      expect((err as EngineError).status, String(upstream)).toBe(status);
      expect((err as EngineError).message).toMatch(message);
    }
  });

  it('an unreachable upstream is 503; start() without configured models says how to fix it', async () => {
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((r) => closed.close(r));
    const e = createOpenAiUpstreamEngine({ baseUrl: `http://127.0.0.1:${port}/v1`, timeoutMs: 5000, models: ['m'] });
    await expect(e.handle(request('chat', { messages }))).rejects.toMatchObject({
      name: 'EngineError',
      status: 503,
      message: expect.stringMatching(/unreachable.*ECONNREFUSED/),
    });
    expect(await e.ready()).toBe(false);
    const unconfigured = createOpenAiUpstreamEngine({ baseUrl: `http://127.0.0.1:${port}/v1`, timeoutMs: 5000 });
    await expect(unconfigured.start()).rejects.toThrow(/cannot list the models.*models: \[\.\.\.\]/);
    expect(() => createOpenAiUpstreamEngine({ baseUrl: 'localhost:8000', timeoutMs: 5000 })).toThrow(/baseUrl/);
  });

  it('an upstream that does not answer within timeoutMs is 504, and its connection is closed', async () => {
    route = () => {}; // never answers
    const err = await engine({ timeoutMs: 150, models: ['m'] })
      .handle(request('chat', { messages }))
      .catch((x: unknown) => x);
    expect(err).toBeInstanceOf(EngineError);
    expect((err as EngineError).status).toBe(504);
    expect(await seen[0]!.closed).toBe(true);
  });

  it("the request's abort closes the upstream connection, while waiting and mid-stream", async () => {
    route = () => {}; // waiting for headers
    const ac = new AbortController();
    const pending = engine({ models: ['m'] }).handle(request('chat', { messages }, { signal: ac.signal }));
    while (seen.length === 0) await new Promise((r) => setImmediate(r)); // the server has the request
    ac.abort(new Error('client went away'));
    await expect(pending).rejects.toThrow('client went away');
    expect(await seen[0]!.closed).toBe(true);

    route = (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.write('data: {"choices":[]}\n\n'); // …and then nothing: a long generation
    };
    const ac2 = new AbortController();
    const res = await engine({ models: ['m'] }).handle(request('chat', { messages, stream: true }, { signal: ac2.signal }));
    const reader = res.body!.getReader();
    await reader.read();
    ac2.abort(new Error('client went away'));
    await expect(reader.read()).rejects.toThrow();
    expect(await seen[1]!.closed).toBe(true); // the upstream saw its client go: it can stop generating

    // A deadline (TimeoutError reason) is a 504.
    const late = AbortSignal.abort(new DOMException('deadline', 'TimeoutError'));
    await expect(engine({ models: ['m'] }).handle(request('chat', { messages }, { signal: late }))).rejects.toMatchObject({
      name: 'EngineError',
      status: 504,
    });
  });

  it('ready() asks the upstream, and reuses the answer for readyCacheMs', async () => {
    const cached = engine({ models: ['m'], readyCacheMs: 60_000 });
    expect(await Promise.all([cached.ready(), cached.ready()])).toEqual([true, true]);
    expect(await cached.ready()).toBe(true);
    expect(seen.filter((s) => s.path === '/v1/models')).toHaveLength(1);
    const uncached = engine({ models: ['m'], readyCacheMs: 0 });
    await uncached.ready();
    await uncached.ready();
    expect(seen.filter((s) => s.path === '/v1/models')).toHaveLength(3);
    route = (_req, res) => json(res, 503, { error: 'loading' });
    expect(await uncached.ready()).toBe(false);
    await uncached.close();
    expect(await uncached.ready()).toBe(false);
    await expect(uncached.handle(request('chat', { messages }))).rejects.toMatchObject({ name: 'EngineError', status: 503 });
  });

  it('reuses connections to the upstream (keep-alive pool) across requests', async () => {
    const e = engine({ models: ['m'] });
    for (let i = 0; i < 6; i++) await (await e.handle(request('chat', { messages }))).json();
    expect(seen).toHaveLength(6);
    // A connection goes back to the pool as its response ends; back-to-back requests may still alternate
    // between two pooled connections — but they do not open one each.
    expect(new Set(seen.map((s) => s.socket)).size).toBeLessThanOrEqual(2);
  });

  it('sends a request once more on a fresh connection when the upstream closed the kept-alive one under it', async () => {
    const e = engine({ models: ['m'] });
    await (await e.handle(request('chat', { messages }))).json(); // a connection in the pool
    let dropped = 0;
    route = (req, res, body) => {
      if (dropped++ === 0) return void req.socket.destroy(); // the idle-close race: no answer, connection gone
      defaultRoute(req, res, body);
    };
    const answer = await e.handle(request('chat', { messages }));
    expect(answer.status).toBe(200);
    expect(seen).toHaveLength(3);
    expect(seen[2]!.socket).not.toBe(seen[0]!.socket);
  });
});
