// The stream handler through the project's response-streaming harness (cloud/streaming-harness: the function
// URL's place), the local SageMaker-compatible endpoint and the real @aws-sdk/client-sagemaker-runtime:
// chunks reach the HTTP client as the model generates them (inter-arrival ≈ the endpoint's per-piece delay),
// the SSE is OpenAI's, a mid-stream ModelStreamError ends the stream with an error event (no hang), errors
// before the first byte are JSON with infer's statuses, PII and malformed events are refused before any call.
import { SageMakerRuntimeClient } from '@aws-sdk/client-sagemaker-runtime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CloudEvent } from '../../shared/cloud-contract.ts';
import { SseParser } from '../../shared/openai/sse.ts';
import { startLocalEndpoint, type LocalEndpoint } from '../local-endpoint/server.ts';
import { startStreamHarness, type StreamHarness } from '../streaming-harness/harness.ts';
import { chatEvent, FAULT_RESULTS } from './test-support.ts';

const PIECE_DELAY_MS = 40;
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

let ep: LocalEndpoint;
let client: SageMakerRuntimeClient;
let harness: StreamHarness;
let base64Harness: StreamHarness;
let streamModule: typeof import('./stream.ts');

beforeAll(async () => {
  // stream.ts calls awslambda.streamifyResponse at load: the harness (imported above) has installed it.
  streamModule = await import('./stream.ts');
  ep = await startLocalEndpoint({
    pieceDelayMs: PIECE_DELAY_MS,
    midStreamAfter: 3,
    variants: { 'triage-small-endpoint': ['AllTraffic', 'Canary'] },
    inferenceComponents: { 'triage-small-ic': { endpoint: 'triage-small-endpoint' } },
    // The cancellation test holds its stream's second piece until the client has gone away.
    beforePiece: (rec, piece) => (piece >= 2 ? held.get(ep.received.indexOf(rec)) : undefined),
  });
  client = new SageMakerRuntimeClient({ region: 'eu-central-1', endpoint: ep.url, credentials, maxAttempts: 1, requestHandler: { requestTimeout: 5000, throwOnRequestTimeout: true } });
  const handler = awslambda.streamifyResponse(streamModule.createStreamHandler({ endpoints: ENDPOINTS, client }));
  harness = await startStreamHarness({ handler });
  base64Harness = await startStreamHarness({ handler, base64Bodies: true });
});
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
  chunks: { t: number; text: string }[];
  text: string;
  t0: number;
}

/** POSTs to the harness and records every chunk as the client reads it (time since the request was sent). */
async function post(url: string, body: string | CloudEvent, init: { method?: string; signal?: AbortSignal } = {}): Promise<Received> {
  const t0 = performance.now();
  const res = await fetch(url, {
    method: init.method ?? 'POST',
    headers: { 'content-type': 'application/json' },
    ...(init.method === 'GET' ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    signal: init.signal ?? AbortSignal.timeout(15_000),
  });
  const chunks: Received['chunks'] = [];
  const dec = new TextDecoder();
  for await (const c of res.body as unknown as AsyncIterable<Uint8Array>) chunks.push({ t: performance.now() - t0, text: dec.decode(c, { stream: true }) });
  return { status: res.status, headers: res.headers, chunks, text: chunks.map((c) => c.text).join(''), t0 };
}

function sse(text: string): string[] {
  const p = new SseParser();
  return p.push(text).map((e) => e.data);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

type Chunk = { object: string; model: string; choices: { delta: { content?: string; role?: string }; finish_reason: string | null }[]; usage?: { completion_tokens: number } };

describe('stream → InvokeEndpointWithResponseStream → SSE (harness, real SDK, local endpoint, real model)', () => {
  it('chunks arrive incrementally, as the model generates them (no buffering)', async () => {
    const r = await post(harness.url, event({ max_tokens: 16, stream_options: { include_usage: true } }));
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    expect(r.headers.get('x-triage-endpoint')).toBe('triage-small-endpoint');
    const datas = sse(r.text);
    const usage = (JSON.parse(datas.at(-2)!) as Chunk).usage!;
    const pieces = usage.completion_tokens;
    expect(pieces).toBeGreaterThan(3);
    // One client read per generated piece or so (the endpoint paces pieces PIECE_DELAY_MS apart): the
    // handler and the harness forward each PayloadPart at once.
    const gaps = r.chunks.slice(1).map((c, i) => c.t - r.chunks[i]!.t);
    const spread = r.chunks.at(-1)!.t - r.chunks[0]!.t;
    console.info(`stream: ${r.chunks.length} client chunks for ${pieces} pieces; first byte ${r.chunks[0]!.t.toFixed(1)} ms, last ${r.chunks.at(-1)!.t.toFixed(1)} ms; inter-arrival median ${median(gaps).toFixed(1)} ms (endpoint delay ${PIECE_DELAY_MS} ms), min ${Math.min(...gaps).toFixed(1)}, max ${Math.max(...gaps).toFixed(1)}`);
    expect(r.chunks.length).toBeGreaterThanOrEqual(pieces - 1);
    expect(median(gaps)).toBeGreaterThan(PIECE_DELAY_MS * 0.6);
    expect(spread).toBeGreaterThan(PIECE_DELAY_MS * (pieces - 1) * 0.8);
    // The first chunk (the role) arrived long before the stream ended: nothing waited for the whole answer.
    expect(r.chunks[0]!.t).toBeLessThan(r.chunks.at(-1)!.t - PIECE_DELAY_MS * (pieces - 2));
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
    expect(chunks.map((c) => c.choices[0]?.delta.content ?? '').join('').trim().length).toBeGreaterThan(0);
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
    held.set(ep.received.length, new Promise<void>((r) => { release = r; }));
    try {
      const ac = new AbortController();
      const res = await fetch(harness.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(event({ max_tokens: 64 })), signal: ac.signal });
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

describe('errors before the first byte: JSON, infer’s statuses', () => {
  const cases: [string, number, string, boolean][] = [
    ...['m-not-ready', 'm-unavailable', 'm-model-error', 'm-model-rejects', 'm-validation'].map((model): [string, number, string, boolean] => [model, ...FAULT_RESULTS[model]!]),
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
    const h = await startStreamHarness({ handler: awslambda.streamifyResponse(streamModule.createStreamHandler({ endpoints: ENDPOINTS, client: dead })) });
    try {
      const r = await post(h.url, event());
      expect(r.status).toBe(502);
      expect((JSON.parse(r.text) as { error: { code: string } }).error.code).toBe('upstream_unreachable');
    } finally {
      await h.close();
    }
  });
});

describe('defence in depth and validation: refused before any call', () => {
  it('refuses PII whatever the caller says; the endpoint receives nothing', async () => {
    const before = ep.received.length;
    for (const content of ['Please email the contract to jane.doe@acme-corp.de', 'call me back at +49 171 2345678 about the invoice']) {
      const r = await post(harness.url, event({ messages: [{ role: 'user', content }] }, { decision: { rule: 'no-pii', policyVersion: 'v1', target: 'cloud' } }));
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

describe('the Lambda entry point (environment configuration)', () => {
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
