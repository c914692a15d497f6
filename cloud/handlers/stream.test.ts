// The stream handler through the project's response-streaming harness (cloud/streaming-harness: the function
// URL's place), the local SageMaker-compatible endpoint and the real @aws-sdk/client-sagemaker-runtime:
// chunks reach the HTTP client as the model generates them (proved by order: the model generates a piece only
// after the client has the previous one), the SSE is OpenAI's, a mid-stream ModelStreamError or a container
// stream that ends without [DONE] ends the stream with an error event (no hang; an event cut in half is never
// sent), errors before the first byte are JSON with infer's statuses, PII and malformed events are refused
// before any call. Nothing here measures time.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SageMakerRuntimeClient } from '@aws-sdk/client-sagemaker-runtime';
import { EventStreamCodec } from '@smithy/eventstream-codec';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CloudEvent } from '../../shared/protocol/cloud-contract.ts';
import { SseParser, parseSse, sseData } from '../../shared/protocol/openai/sse.ts';
import { startLocalEndpoint, type LocalEndpoint } from '../local-endpoint/server.ts';
import { startStreamHarness, type StreamHarness } from '../streaming-harness/harness.ts';
import { chatEvent, FAULT_RESULTS } from './test-support.ts';

const credentials = { accessKeyId: 'AKIDLOCAL', secretAccessKey: 'local-secret' };
const ENDPOINTS = {
  'triage-small': 'triage-small-endpoint',
  'm-mid-stream': 'fault-mid-stream',
  'm-not-ready': 'fault-not-ready',
  'm-model-rejects': 'fault-model-rejects',
  'm-model-error': 'fault-model-error',
  'm-validation': 'fault-validation',
  'm-unavailable': 'fault-unavailable',
  'm-ic': { endpoint: 'triage-small-endpoint', inferenceComponent: 'triage-small-ic' },
  'm-canary': { endpoint: 'triage-small-endpoint', variant: 'Canary' },
};

/** Streams whose generation the test holds after the first piece (see the cancellation test). */
const held = new Map<number, Promise<void>>();
/** Streams whose every piece waits for the test (by the invocation's index in ep.received). */
const gated = new Map<number, (piece: number) => Promise<void>>();

let ep: LocalEndpoint;
let client: SageMakerRuntimeClient;
let harness: StreamHarness;
let base64Harness: StreamHarness;
let streamModule: typeof import('./stream.ts');

beforeAll(async () => {
  // stream.ts calls awslambda.streamifyResponse at load: the harness (imported above) has installed it.
  streamModule = await import('./stream.ts');
  ep = await startLocalEndpoint({
    midStreamAfter: 3,
    variants: { 'triage-small-endpoint': ['AllTraffic', 'Canary'] },
    inferenceComponents: { 'triage-small-ic': { endpoint: 'triage-small-endpoint' } },
    // The cancellation test holds its stream's second piece until the client has gone away; the
    // incrementality test releases each piece only once the client has the previous one.
    beforePiece: (rec, piece) => {
      const i = ep.received.indexOf(rec);
      return gated.get(i)?.(piece) ?? (piece >= 2 ? held.get(i) : undefined);
    },
  });
  client = new SageMakerRuntimeClient({
    region: 'eu-central-1',
    endpoint: ep.url,
    credentials,
    maxAttempts: 1,
    requestHandler: { requestTimeout: 5000, throwOnRequestTimeout: true },
  });
  const handler = awslambda.streamifyResponse(streamModule.createStreamHandler({ endpoints: ENDPOINTS, client }));
  harness = await startStreamHarness({ handler });
  base64Harness = await startStreamHarness({ handler, base64Bodies: true });
}, 120_000); // loads the ONNX models: slow on a loaded machine
afterAll(async () => {
  await harness?.close();
  await base64Harness?.close();
  client?.destroy();
  await ep?.close();
});

const event = (body: Record<string, unknown> = {}, over: Partial<CloudEvent> = {}) => chatEvent({ stream: true, ...body }, over);

interface Received {
  status: number;
  headers: Headers;
  text: string;
}

/** POSTs to the harness and reads the whole answer. */
async function post(url: string, body: string | CloudEvent, init: { method?: string; signal?: AbortSignal } = {}): Promise<Received> {
  const res = await fetch(url, {
    method: init.method ?? 'POST',
    headers: { 'content-type': 'application/json' },
    ...(init.method === 'GET' ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    signal: init.signal ?? AbortSignal.timeout(15_000),
  });
  return { status: res.status, headers: res.headers, text: await res.text() };
}

function sse(text: string): string[] {
  const p = new SseParser();
  return p.push(text).map((e) => e.data);
}

/**
 * The next read, or a clear failure if a chunk the model was allowed to generate does not come for very long
 * (something holds chunks back). A safety net for a hang, not a measurement: on time, nothing is asserted.
 */
async function readOrStall(reader: ReadableStreamDefaultReader<Uint8Array>, released: number) {
  let timer: NodeJS.Timeout | undefined;
  const stall = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`piece ${released} was released but has not reached the client: a chunk is held back`)),
      30_000,
    );
  });
  try {
    return await Promise.race([reader.read(), stall]);
  } finally {
    clearTimeout(timer);
  }
}

type Chunk = {
  object: string;
  model: string;
  choices: { delta: { content?: string; role?: string }; finish_reason: string | null }[];
  usage?: { completion_tokens: number };
};

describe('stream → InvokeEndpointWithResponseStream → SSE (harness, real SDK, local endpoint, real model)', { timeout: 60_000 }, () => {
  it('chunks arrive incrementally, as the model generates them (no buffering)', async () => {
    // The model generates piece k only once the client holds the chunk of piece k-1 (the role chunk for k = 1).
    // Were anything between the model and the client (SDK, handler, harness) to hold chunks back, the client
    // would wait for a chunk the model will not make: the read fails with the message below instead.
    let released = 0;
    const waiting = new Map<number, () => void>();
    const release = (k: number) => {
      released = k;
      waiting.get(k)?.();
    };
    gated.set(ep.received.length, (piece) => (piece <= released ? Promise.resolve() : new Promise<void>((r) => waiting.set(piece, r))));
    const res = await fetch(harness.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(event({ max_tokens: 16, stream_options: { include_usage: true } })),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    expect(res.headers.get('x-triage-endpoint')).toBe('triage-small-endpoint');
    const reader = res.body!.getReader();
    const parser = new SseParser();
    const dec = new TextDecoder();
    const datas: string[] = [];
    /** Content pieces the client had when each piece after the first was released. */
    const heldAtRelease: number[] = [];
    let pieces = 0;
    for (;;) {
      const r = await readOrStall(reader, released);
      if (r.done) break;
      for (const ev of parser.push(dec.decode(r.value, { stream: true }))) {
        datas.push(ev.data);
        if (ev.data === '[DONE]') continue;
        const chunk = JSON.parse(ev.data) as Chunk;
        if (chunk.choices[0]?.delta.content !== undefined && chunk.choices[0].delta.role === undefined) pieces++;
        if (chunk.choices[0] && chunk.choices[0].finish_reason === null && pieces === released) {
          if (released > 0) heldAtRelease.push(pieces);
          release(released + 1);
        }
      }
    }
    expect(datas.at(-1)).toBe('[DONE]');
    const usage = (JSON.parse(datas.at(-2)!) as Chunk).usage!;
    expect(pieces).toBe(usage.completion_tokens);
    expect(pieces).toBeGreaterThan(3);
    // Every piece was generated after the client had received the one before it.
    expect(heldAtRelease).toEqual(Array.from({ length: heldAtRelease.length }, (_, i) => i + 1));
    expect(heldAtRelease.length).toBeGreaterThanOrEqual(pieces - 1);
  });

  it('the SSE is OpenAI chat.completion.chunk events ending in [DONE], byte-exact from the container', async () => {
    const r = await post(base64Harness.url, event({ max_tokens: 12, seed: 3 })); // body arrives base64-encoded
    expect(r.status).toBe(200);
    expect(r.text.endsWith('data: [DONE]\n\n')).toBe(true);
    expect(/^(data: [^\n]+\n\n)+$/.test(r.text)).toBe(true);
    const datas = sse(r.text);
    expect(datas.at(-1)).toBe('[DONE]');
    const chunks = datas.slice(0, -1).map((d) => JSON.parse(d) as Chunk);
    expect(chunks.every((c) => c.object === 'chat.completion.chunk' && c.model === 'triage-small')).toBe(true);
    expect(chunks[0]!.choices[0]!.delta.role).toBe('assistant');
    expect(
      chunks
        .map((c) => c.choices[0]?.delta.content ?? '')
        .join('')
        .trim().length,
    ).toBeGreaterThan(0);
    expect(['stop', 'length']).toContain(chunks.at(-1)!.choices[0]!.finish_reason);
    // Same seed through the text-body harness: the same bytes (modulo id/created).
    const again = await post(harness.url, event({ max_tokens: 12, seed: 3 }));
    const norm = (t: string) => t.replace(/"id":"[^"]*","object":"chat.completion.chunk","created":\d+/g, '');
    expect(norm(again.text)).toBe(norm(r.text));
  });

  it('a mid-stream ModelStreamError ends the stream with an OpenAI error event and closes (no hang)', async () => {
    const r = await post(harness.url, event({ model: 'm-mid-stream', max_tokens: 40 }), { signal: AbortSignal.timeout(5000) });
    expect(r.status).toBe(200);
    const datas = sse(r.text);
    expect(datas).not.toContain('[DONE]');
    expect(datas.length).toBe(1 + 3 + 1); // role, three pieces, the error
    for (const d of datas.slice(0, -1)) expect((JSON.parse(d) as Chunk).object).toBe('chat.completion.chunk');
    const err = JSON.parse(datas.at(-1)!) as { error: { type: string; code: string; message: string } };
    expect(err.error.type).toBe('server_error');
    expect(err.error.code).toBe('model_stream_error');
    expect(err.error.message).toMatch(/worker died/);
    expect(r.text.endsWith('\n\n')).toBe(true);
  }, 10_000);

  it('a client that goes away cancels the SageMaker stream', async () => {
    // The model is held before its second piece, so the stream cannot finish on its own: the only way the
    // endpoint's response can end is the cancellation travelling client → harness → handler → SDK → endpoint.
    let release!: () => void;
    held.set(
      ep.received.length,
      new Promise<void>((r) => {
        release = r;
      }),
    );
    try {
      const ac = new AbortController();
      const res = await fetch(harness.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(event({ max_tokens: 64 })),
        signal: ac.signal,
      });
      const reader = res.body!.getReader();
      await reader.read(); // the role chunk (and perhaps the first piece)
      const rec = ep.received.at(-1)!;
      expect(rec.operation).toBe('InvokeEndpointWithResponseStream');
      ac.abort();
      await ep.whenEnded(rec); // resolves only when the endpoint's response closes (vitest's timeout bounds a hang)
      expect(rec.outcome).toBe('aborted'); // closed by the caller before the model finished
      expect(rec.parts).toBeLessThanOrEqual(2); // the role chunk and at most the first piece were ever sent
    } finally {
      release();
    }
  });

  it('streams from the configured inference component / variant', async () => {
    const before = ep.received.length;
    for (const model of ['m-ic', 'm-canary']) {
      const r = await post(harness.url, event({ model, max_tokens: 4 }));
      expect(r.status, model).toBe(200);
      expect(sse(r.text).at(-1)).toBe('[DONE]');
    }
    expect(ep.received.slice(before).map((r) => [r.inferenceComponent, r.targetVariant, r.invokedVariant])).toEqual([
      ['triage-small-ic', undefined, 'AllTraffic'],
      [undefined, 'Canary', 'Canary'],
    ]);
  });
});

describe('a container stream that breaks off: whole events, then an error event', { timeout: 60_000 }, () => {
  /** Event-stream frames as SageMaker writes them (the codec the local endpoint and the SDK use). */
  const codec = new EventStreamCodec(
    (b) => new TextDecoder().decode(b),
    (t) => new TextEncoder().encode(t),
  );
  const part = (text: string) =>
    codec.encode({
      headers: {
        ':message-type': { type: 'string', value: 'event' },
        ':event-type': { type: 'string', value: 'PayloadPart' },
        ':content-type': { type: 'string', value: 'application/octet-stream' },
      },
      body: new TextEncoder().encode(text),
    });
  const exception = (message: string) =>
    codec.encode({
      headers: {
        ':message-type': { type: 'string', value: 'exception' },
        ':exception-type': { type: 'string', value: 'ModelStreamError' },
        ':content-type': { type: 'string', value: 'application/json' },
      },
      body: new TextEncoder().encode(JSON.stringify({ Message: message, ErrorCode: 'ModelStreamError' })),
    });
  const role = sseData({
    id: 'c',
    object: 'chat.completion.chunk',
    created: 1,
    model: 'm',
    choices: [{ index: 0, delta: { role: 'assistant', content: '' }, finish_reason: null }],
  });
  const piece = sseData({
    id: 'c',
    object: 'chat.completion.chunk',
    created: 1,
    model: 'm',
    choices: [{ index: 0, delta: { content: 'Hello' }, finish_reason: null }],
  });

  /** A real HTTP server in SageMaker's place that answers every streaming call with `frames`, then ends the response. */
  async function scriptedEndpoint(frames: Uint8Array[]): Promise<{ url: string; close(): Promise<void> }> {
    const server = createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        res.writeHead(200, { 'content-type': 'application/vnd.amazon.eventstream', 'x-amzn-sagemaker-content-type': 'text/event-stream' });
        for (const f of frames) res.write(f);
        res.end();
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => new Promise((r) => server.close(() => r())) };
  }

  async function streamFrom(frames: Uint8Array[]): Promise<string> {
    const sm = await scriptedEndpoint(frames);
    const scriptedClient = new SageMakerRuntimeClient({ region: 'eu-central-1', endpoint: sm.url, credentials, maxAttempts: 1 });
    const h = await startStreamHarness({
      handler: awslambda.streamifyResponse(
        streamModule.createStreamHandler({ endpoints: { 'm-scripted': 'scripted-endpoint' }, client: scriptedClient }),
      ),
    });
    try {
      const r = await post(h.url, event({ model: 'm-scripted' }));
      expect(r.status).toBe(200);
      return r.text;
    } finally {
      await h.close();
      scriptedClient.destroy();
      await sm.close();
    }
  }

  it('a stream that ends without [DONE]: the half event is dropped, stream_interrupted ends it', async () => {
    const text = await streamFrom([part(role), part(piece.slice(0, 30))]);
    expect(text.startsWith(role)).toBe(true);
    const rest = parseSse(text.slice(role.length));
    expect(rest).toHaveLength(1);
    expect(JSON.parse(rest[0]!.data)).toEqual({
      error: {
        message: expect.stringMatching(/scripted-endpoint.*no \[DONE\]/),
        type: 'server_error',
        param: null,
        code: 'stream_interrupted',
      },
    });
  });

  it('a ModelStreamError in the middle of an event (the part ended inside it): the half event is dropped, the error follows', async () => {
    const text = await streamFrom([part(role + piece.slice(0, 30)), exception('worker died')]);
    expect(text.startsWith(role)).toBe(true);
    const rest = parseSse(text.slice(role.length));
    expect(rest.map((e) => (JSON.parse(e.data) as { error: { code: string } }).error.code)).toEqual(['model_stream_error']);
  });
});

describe('errors before the first byte: JSON, infer’s statuses', { timeout: 60_000 }, () => {
  const cases: [string, number, string, boolean][] = [
    ...['m-not-ready', 'm-unavailable', 'm-model-error', 'm-model-rejects', 'm-validation'].map(
      (model): [string, number, string, boolean] => [model, ...FAULT_RESULTS[model]!],
    ),
    ['gpt-99', 404, 'model_not_found', false],
  ];
  it.each(cases)('%s → HTTP %i %s (retryable %s)', async (model, status, code, retryable) => {
    const r = await post(harness.url, event({ model }));
    expect(r.status).toBe(status);
    expect(r.headers.get('content-type')).toBe('application/json');
    expect(r.headers.get('x-triage-retryable')).toBe(String(retryable));
    const json = JSON.parse(r.text) as { error: { code: string; message: string } };
    expect(json.error.code).toBe(code);
    if (model === 'm-not-ready') expect(r.headers.get('retry-after')).toBe('10');
  });

  it('an unreachable endpoint → 502 upstream_unreachable', async () => {
    const dead = new SageMakerRuntimeClient({ region: 'eu-central-1', endpoint: 'http://127.0.0.1:9', credentials, maxAttempts: 1 });
    const h = await startStreamHarness({
      handler: awslambda.streamifyResponse(streamModule.createStreamHandler({ endpoints: ENDPOINTS, client: dead })),
    });
    try {
      const r = await post(h.url, event());
      expect(r.status).toBe(502);
      expect((JSON.parse(r.text) as { error: { code: string } }).error.code).toBe('upstream_unreachable');
    } finally {
      await h.close();
    }
  });
});

describe('defence in depth and validation: refused before any call', { timeout: 60_000 }, () => {
  it('refuses PII whatever the caller says; the endpoint receives nothing', async () => {
    const before = ep.received.length;
    for (const content of ['Please email the contract to jane.doe@acme-corp.de', 'call me back at +49 171 2345678 about the invoice']) {
      const r = await post(
        harness.url,
        event({ messages: [{ role: 'user', content }] }, { decision: { rule: 'no-pii', policyVersion: 'v1', target: 'cloud' } }),
      );
      expect(r.status).toBe(403);
      expect(r.headers.get('content-type')).toBe('application/json');
      expect(r.headers.get('x-triage-retryable')).toBe('false');
      const json = JSON.parse(r.text) as { error: { type: string; code: string; message: string } };
      expect(json.error).toMatchObject({ type: 'permission_error', code: 'pii_not_allowed' });
      expect(r.text).not.toContain('jane.doe');
      expect(r.text).not.toContain('2345678');
    }
    expect(ep.received.length).toBe(before);
  });

  it('malformed events → 400 JSON in OpenAI error shape; nothing sent', async () => {
    const before = ep.received.length;
    const ev = event();
    const bad: string[] = [
      '',
      'not json',
      'null',
      '{}',
      JSON.stringify({ ...ev, version: 2 }),
      JSON.stringify({ ...ev, task: 'translate' }),
      JSON.stringify({ ...ev, trace: undefined }),
      JSON.stringify({ ...ev, body: { messages: [] } }),
      JSON.stringify(event({ messages: [] })),
      JSON.stringify(event({ temperature: 9 })),
      JSON.stringify(event({ stream: false })),
      JSON.stringify({ ...ev, task: 'embeddings', body: { model: 'triage-small', input: 'hi' } }),
    ];
    for (const b of bad) {
      const r = await post(harness.url, b);
      expect(r.status, b).toBe(400);
      expect(r.headers.get('content-type')).toBe('application/json');
      expect(r.headers.get('x-triage-retryable')).toBe('false');
      expect((JSON.parse(r.text) as { error: { type: string } }).error.type).toBe('invalid_request_error');
    }
    const get = await post(harness.url, '', { method: 'GET' });
    expect(get.status).toBe(405);
    expect(ep.received.length).toBe(before);
  });
});

describe('the Lambda entry point (environment configuration)', { timeout: 60_000 }, () => {
  it('misconfigured → 500 misconfigured JSON; configured → streams', async () => {
    const saved = { ...process.env };
    const h = await startStreamHarness({ handler: streamModule.handler });
    try {
      delete process.env.TRIAGE_ENDPOINTS;
      const bad = await post(h.url, event());
      expect(bad.status).toBe(500);
      expect((JSON.parse(bad.text) as { error: { code: string } }).error.code).toBe('misconfigured');
      expect(bad.headers.get('x-triage-retryable')).toBe('true');
      Object.assign(process.env, {
        TRIAGE_ENDPOINTS: JSON.stringify({ 'triage-small': 'triage-small-endpoint' }),
        SAGEMAKER_ENDPOINT_URL: ep.url,
        SAGEMAKER_MAX_ATTEMPTS: '1',
        AWS_REGION: 'eu-central-1',
        AWS_ACCESS_KEY_ID: credentials.accessKeyId,
        AWS_SECRET_ACCESS_KEY: credentials.secretAccessKey,
      });
      const ok = await post(h.url, event({ max_tokens: 6 }));
      expect(ok.status).toBe(200);
      expect(sse(ok.text).at(-1)).toBe('[DONE]');
    } finally {
      process.env = saved;
      await h.close();
    }
  });
});
