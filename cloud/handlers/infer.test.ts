// The infer handler against the local SageMaker-compatible endpoint, through the real
// @aws-sdk/client-sagemaker-runtime (endpoint override, dummy credentials): real generated text from the
// ONNX model, each SageMaker error type, timeouts, PII refusal (the endpoint receives nothing) and malformed
// events.
import { SageMakerRuntimeClient } from '@aws-sdk/client-sagemaker-runtime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLOUD_EVENT_VERSION, readCloudResult, type CloudEvent, type CloudResult } from '../../shared/cloud-contract.ts';
import { startLocalEndpoint, type LocalEndpoint } from '../local-endpoint/server.ts';
import { configFromEnv, createInferHandler, handler, type InferHandler } from './infer.ts';

let ep: LocalEndpoint;
let infer: InferHandler;

const credentials = { accessKeyId: 'AKIDLOCAL', secretAccessKey: 'local-secret' };
const ENDPOINTS = {
  'triage-small': 'triage-small-endpoint',
  'm-model-error': 'fault-model-error',
  'm-model-rejects': 'fault-model-rejects',
  'm-validation': 'fault-validation',
  'm-not-ready': 'fault-not-ready',
  'm-unavailable': 'fault-unavailable',
  'm-dependency': 'fault-dependency',
  'm-internal': 'fault-internal',
  'm-slow': 'fault-slow',
  'm-missing': 'no-such-endpoint',
};

beforeAll(async () => {
  ep = await startLocalEndpoint({ slowMs: 2000 });
  const client = new SageMakerRuntimeClient({ region: 'eu-central-1', endpoint: ep.url, credentials, maxAttempts: 1, requestHandler: { requestTimeout: 500, throwOnRequestTimeout: true } });
  infer = createInferHandler({ endpoints: ENDPOINTS, client });
});
afterAll(async () => {
  await ep?.close();
});

function event(over: Partial<CloudEvent> = {}, body: Record<string, unknown> = {}): CloudEvent {
  return {
    version: CLOUD_EVENT_VERSION,
    task: 'chat',
    body: { model: 'triage-small', messages: [{ role: 'user', content: 'my invoice is wrong, what should I do?' }], max_tokens: 24, stream: false, ...body },
    decision: { rule: 'large-to-cloud', policyVersion: 'v1', target: 'cloud' },
    trace: { traceparent: '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01', requestId: 'req-1' },
    tenant: 'acme',
    ...over,
  };
}

function read(r: CloudResult) {
  const out = readCloudResult(r);
  expect(out).not.toBeNull();
  return { status: out!.status, headers: out!.headers, json: JSON.parse(out!.body) as Record<string, any> };
}

describe('infer → InvokeEndpoint (real SDK, local endpoint, real model)', () => {
  it('returns a chat completion with text the model generated', async () => {
    const before = ep.received.length;
    const { status, json, headers } = read(await infer(event()));
    expect(status).toBe(200);
    expect(headers['x-triage-endpoint']).toBe('triage-small-endpoint');
    expect(json.object).toBe('chat.completion');
    expect(json.model).toBe('triage-small');
    const text = json.choices[0].message.content as string;
    expect(text.trim().split(/\s+/).length).toBeGreaterThan(2);
    expect(['stop', 'length']).toContain(json.choices[0].finish_reason);
    expect(json.usage.completion_tokens).toBeGreaterThan(0);
    expect(json.usage.completion_tokens).toBeLessThanOrEqual(24);
    // The endpoint got one signed InvokeEndpoint call with a JSON payload.
    expect(ep.received.slice(before)).toMatchObject([{ endpoint: 'triage-small-endpoint', operation: 'InvokeEndpoint', status: 200, contentType: 'application/json' }]);
  });

  it('is deterministic for a given seed and follows the prompt', async () => {
    const a = read(await infer(event({}, { seed: 7, temperature: 0.7 }))).json.choices[0].message.content;
    const b = read(await infer(event({}, { seed: 7, temperature: 0.7 }))).json.choices[0].message.content;
    expect(a).toBe(b);
  });

  it('the Lambda entry point reads TRIAGE_ENDPOINTS / SAGEMAKER_ENDPOINT_URL from the environment', async () => {
    const saved = { ...process.env };
    Object.assign(process.env, {
      TRIAGE_ENDPOINTS: JSON.stringify({ 'triage-small': 'triage-small-endpoint' }),
      SAGEMAKER_ENDPOINT_URL: ep.url,
      SAGEMAKER_MAX_ATTEMPTS: '1',
      AWS_REGION: 'eu-central-1',
      AWS_ACCESS_KEY_ID: credentials.accessKeyId,
      AWS_SECRET_ACCESS_KEY: credentials.secretAccessKey,
    });
    try {
      const r = read(await handler(event()));
      expect(r.status).toBe(200);
      expect(r.json.choices[0].message.content.length).toBeGreaterThan(0);
    } finally {
      process.env = saved;
    }
  });
});

describe('SageMaker errors → OpenAI-style results the edge can act on', () => {
  const cases: [string, number, string, boolean][] = [
    ['m-model-error', 502, 'model_error', true],
    ['m-model-rejects', 400, 'model_rejected_input', false],
    ['m-validation', 502, 'upstream_misconfigured', true],
    ['m-missing', 502, 'upstream_misconfigured', true],
    ['m-not-ready', 503, 'model_not_ready', true],
    ['m-unavailable', 503, 'upstream_unavailable', true],
    ['m-dependency', 502, 'upstream_error', true],
    ['m-internal', 502, 'upstream_error', true],
    ['m-slow', 504, 'upstream_timeout', true],
  ];
  it.each(cases)('%s → HTTP %i %s (retryable %s)', async (model, status, code, retryable) => {
    const { status: s, json, headers } = read(await infer(event({}, { model })));
    expect(s).toBe(status);
    expect(json.error.code).toBe(code);
    expect(typeof json.error.message).toBe('string');
    expect(headers['x-triage-retryable']).toBe(String(retryable));
    // The edge's rule (edge/targets/lambda.ts): 4xx except 408/429 goes to the client, the rest falls back.
    expect(retryable).toBe(s === 408 || s === 429 || s >= 500);
  });

  it('ModelNotReady carries retry-after', async () => {
    const { headers } = read(await infer(event({}, { model: 'm-not-ready' })));
    expect(headers['retry-after']).toBe('10');
  });

  it('an unreachable endpoint is a retryable 502', async () => {
    const client = new SageMakerRuntimeClient({ region: 'eu-central-1', endpoint: 'http://127.0.0.1:9', credentials, maxAttempts: 1 });
    const h = createInferHandler({ endpoints: ENDPOINTS, client });
    const { status, json, headers } = read(await h(event()));
    expect(status).toBe(502);
    expect(json.error.code).toBe('upstream_unreachable');
    expect(headers['x-triage-retryable']).toBe('true');
  });
});

describe('defence in depth and validation', () => {
  it('refuses PII whatever the caller says; the endpoint receives nothing', async () => {
    const before = ep.received.length;
    const texts = ['Please email the contract to jane.doe@acme-corp.de', 'call me back at +49 171 2345678 about the invoice'];
    for (const content of texts) {
      const { status, json, headers } = read(await infer(event({ decision: { rule: 'no-pii', policyVersion: 'v1', target: 'cloud' } }, { messages: [{ role: 'user', content }] })));
      expect(status).toBe(403);
      expect(json.error.code).toBe('pii_not_allowed');
      expect(json.error.type).toBe('permission_error');
      expect(json.error.message).not.toContain('jane.doe');
      expect(json.error.message).not.toContain('2345678');
      expect(headers['x-triage-retryable']).toBe('false');
    }
    expect(ep.received.length).toBe(before);
  });

  it('malformed events → 400 in OpenAI error shape, nothing sent', async () => {
    const before = ep.received.length;
    const bad: unknown[] = [
      null,
      'hello',
      {},
      { ...event(), version: 2 },
      { ...event(), task: 'translate' },
      { ...event(), body: { messages: [] } },
      { ...event(), trace: undefined },
      event({}, { messages: [] }),
      event({}, { messages: [{ role: 'user', content: 'hi' }], temperature: 9 }),
      event({}, { stream: true }),
      { ...event(), task: 'embeddings', body: { model: 'triage-small', input: 'hi' } },
    ];
    for (const e of bad) {
      const { status, json, headers } = read(await infer(e));
      expect(status, JSON.stringify(e)).toBe(400);
      expect(json.error.type).toBe('invalid_request_error');
      expect(headers['x-triage-retryable']).toBe('false');
    }
    expect(ep.received.length).toBe(before);
  });

  it('an alias with no endpoint configured → 404 model_not_found', async () => {
    const { status, json } = read(await infer(event({}, { model: 'gpt-99' })));
    expect(status).toBe(404);
    expect(json.error.code).toBe('model_not_found');
  });

  it('configuration errors are clear', () => {
    expect(() => configFromEnv({})).toThrow(/TRIAGE_ENDPOINTS is not set/);
    expect(() => configFromEnv({ TRIAGE_ENDPOINTS: '{' })).toThrow(/not valid JSON/);
    expect(() => configFromEnv({ TRIAGE_ENDPOINTS: '{"a":1}' })).toThrow(/alias → endpoint name/);
  });
});
