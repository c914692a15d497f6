// The infer handler against the local SageMaker-compatible endpoint, through the real
// @aws-sdk/client-sagemaker-runtime (endpoint override, dummy credentials): real generated text from the
// ONNX model, each SageMaker error type, timeouts, PII refusal (the endpoint receives nothing) and malformed
// events.
import { SageMakerRuntimeClient } from '@aws-sdk/client-sagemaker-runtime';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { CloudEvent } from '../../shared/protocol/cloud-contract.ts';
import { startLocalEndpoint, type LocalEndpoint } from '../local-endpoint/server.ts';
import { configFromEnv, createInferHandler, handler, type InferHandler } from './infer.ts';
import { chatEvent, FAULT_RESULTS, readResult } from './test-support.ts';

let ep: LocalEndpoint;
let infer: InferHandler;
/** The same handler with a client that gives SageMaker 500 ms: for the timeout case only. */
let impatient: InferHandler;

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
  'm-ic': { endpoint: 'triage-small-endpoint', inferenceComponent: 'triage-small-ic' },
  'm-canary': { endpoint: 'triage-small-endpoint', variant: 'Canary' },
  'm-bad-ic': { endpoint: 'triage-small-endpoint', inferenceComponent: 'no-such-ic' },
  'm-async-only': { asyncEndpoint: 'triage-small-async' },
};

beforeAll(async () => {
  ep = await startLocalEndpoint({
    // Ten times the impatient client's 500 ms: its timeout ends the call first, however loaded the machine.
    slowMs: 5_000,
    variants: { 'triage-small-endpoint': ['AllTraffic', 'Canary'] },
    inferenceComponents: { 'triage-small-ic': { endpoint: 'triage-small-endpoint', variant: 'AllTraffic' } },
  });
  // A request timeout only where the test is about timeouts: elsewhere a loaded machine (the first call loads
  // the ONNX model) must not turn a slow answer into a failure.
  const patient = new SageMakerRuntimeClient({
    region: 'eu-central-1',
    endpoint: ep.url,
    credentials,
    maxAttempts: 1,
    requestHandler: { requestTimeout: 60_000, throwOnRequestTimeout: true },
  });
  const quick = new SageMakerRuntimeClient({
    region: 'eu-central-1',
    endpoint: ep.url,
    credentials,
    maxAttempts: 1,
    requestHandler: { requestTimeout: 500, throwOnRequestTimeout: true },
  });
  infer = createInferHandler({ endpoints: ENDPOINTS, client: patient });
  impatient = createInferHandler({ endpoints: ENDPOINTS, client: quick });
}, 120_000); // loads the ONNX models: slow on a loaded machine
afterAll(async () => {
  await ep?.close();
});

const event = (over: Partial<CloudEvent> = {}, body: Record<string, unknown> = {}) =>
  chatEvent({ max_tokens: 24, stream: false, ...body }, over);

describe('infer → InvokeEndpoint (real SDK, local endpoint, real model)', { timeout: 60_000 }, () => {
  it('returns a chat completion with text the model generated', async () => {
    const before = ep.received.length;
    const { status, json, headers } = readResult(await infer(event()));
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
    expect(ep.received.slice(before)).toMatchObject([
      { endpoint: 'triage-small-endpoint', operation: 'InvokeEndpoint', status: 200, contentType: 'application/json' },
    ]);
  });

  it('is deterministic for a given seed and follows the prompt', async () => {
    const a = readResult(await infer(event({}, { seed: 7, temperature: 0.7 }))).json.choices[0].message.content;
    const b = readResult(await infer(event({}, { seed: 7, temperature: 0.7 }))).json.choices[0].message.content;
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
      const r = readResult(await handler(event()));
      expect(r.status).toBe(200);
      expect(r.json.choices[0].message.content.length).toBeGreaterThan(0);
    } finally {
      process.env = saved;
    }
  });
});

describe('alias → endpoint / variant / inference component', { timeout: 60_000 }, () => {
  it('passes TargetVariant / InferenceComponentName to the endpoint as configured', async () => {
    const before = ep.received.length;
    for (const model of ['m-ic', 'm-canary', 'triage-small']) {
      const r = readResult(await infer(event({}, { model })));
      expect(r.status, model).toBe(200);
      expect(r.headers['x-triage-endpoint']).toBe('triage-small-endpoint');
      expect(r.json.choices[0].message.content.length).toBeGreaterThan(0);
    }
    const got = ep.received
      .slice(before)
      .map((r) => ({ endpoint: r.endpoint, variant: r.targetVariant, ic: r.inferenceComponent, invoked: r.invokedVariant }));
    expect(got).toEqual([
      { endpoint: 'triage-small-endpoint', variant: undefined, ic: 'triage-small-ic', invoked: 'AllTraffic' },
      { endpoint: 'triage-small-endpoint', variant: 'Canary', ic: undefined, invoked: 'Canary' },
      { endpoint: 'triage-small-endpoint', variant: undefined, ic: undefined, invoked: 'AllTraffic' }, // the old string shape
    ]);
  });

  it('an inference component the endpoint does not host → 502 upstream_misconfigured (the deployment’s fault)', async () => {
    const r = readResult(await infer(event({}, { model: 'm-bad-ic' })));
    expect(r.status).toBe(502);
    expect(r.json.error.code).toBe('upstream_misconfigured');
    expect(ep.received.at(-1)).toMatchObject({ inferenceComponent: 'no-such-ic', status: 400 });
  });

  it('an alias deployed for async jobs only → 501 async_only_model (the edge falls back); the endpoint receives nothing', async () => {
    const before = ep.received.length;
    const r = readResult(await infer(event({}, { model: 'm-async-only' })));
    expect(r.status).toBe(501);
    expect(r.json.error.code).toBe('async_only_model');
    expect(r.headers['x-triage-retryable']).toBe('true');
    expect(ep.received.length).toBe(before);
  });
});

describe('SageMaker errors → OpenAI-style results the edge can act on', { timeout: 60_000 }, () => {
  const cases = Object.entries(FAULT_RESULTS).map(([model, result]): [string, number, string, boolean] => [model, ...result]);
  it.each(cases)('%s → HTTP %i %s (retryable %s)', async (model, status, code, retryable) => {
    // m-slow answers only after 5 s: the SDK's request timeout (500 ms on the impatient client) must end it.
    const handler = model === 'm-slow' ? impatient : infer;
    const { status: s, json, headers } = readResult(await handler(event({}, { model })));
    expect(s).toBe(status);
    expect(json.error.code).toBe(code);
    expect(typeof json.error.message).toBe('string');
    expect(headers['x-triage-retryable']).toBe(String(retryable));
    // The edge's rule (edge/targets/lambda.ts): 4xx except 408/429 goes to the client, the rest falls back.
    expect(retryable).toBe(s === 408 || s === 429 || s >= 500);
  });

  it('ModelNotReady carries retry-after', async () => {
    const { headers } = readResult(await infer(event({}, { model: 'm-not-ready' })));
    expect(headers['retry-after']).toBe('10');
  });

  it('an unreachable endpoint is a retryable 502', async () => {
    const client = new SageMakerRuntimeClient({ region: 'eu-central-1', endpoint: 'http://127.0.0.1:9', credentials, maxAttempts: 1 });
    const h = createInferHandler({ endpoints: ENDPOINTS, client });
    const { status, json, headers } = readResult(await h(event()));
    expect(status).toBe(502);
    expect(json.error.code).toBe('upstream_unreachable');
    expect(headers['x-triage-retryable']).toBe('true');
  });
});

describe('defence in depth and validation', { timeout: 60_000 }, () => {
  it('refuses PII whatever the caller says; the endpoint receives nothing', async () => {
    const before = ep.received.length;
    const texts = ['Please email the contract to jane.doe@acme-corp.de', 'call me back at +49 171 2345678 about the invoice'];
    for (const content of texts) {
      const { status, json, headers } = readResult(
        await infer(
          event({ decision: { rule: 'no-pii', policyVersion: 'v1', target: 'cloud' } }, { messages: [{ role: 'user', content }] }),
        ),
      );
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
      const { status, json, headers } = readResult(await infer(e));
      expect(status, JSON.stringify(e)).toBe(400);
      expect(json.error.type).toBe('invalid_request_error');
      expect(headers['x-triage-retryable']).toBe('false');
    }
    expect(ep.received.length).toBe(before);
  });

  it('an alias with no endpoint configured → 404 model_not_found', async () => {
    const { status, json } = readResult(await infer(event({}, { model: 'gpt-99' })));
    expect(status).toBe(404);
    expect(json.error.code).toBe('model_not_found');
  });

  it('configuration errors are clear', () => {
    const cfg = (v: unknown) => () => configFromEnv({ TRIAGE_ENDPOINTS: JSON.stringify(v) });
    expect(() => configFromEnv({})).toThrow(/TRIAGE_ENDPOINTS is not set/);
    expect(() => configFromEnv({ TRIAGE_ENDPOINTS: '{' })).toThrow(/not valid JSON/);
    expect(cfg({ a: 1 })).toThrow(/alias → endpoint name.* a: /);
    expect(cfg([])).toThrow(/TRIAGE_ENDPOINTS must be a JSON object/);
    expect(cfg({ a: '' })).toThrow(/a\.endpoint: endpoint must be a SageMaker name/);
    expect(cfg({ a: 'has spaces' })).toThrow(/a\.endpoint: endpoint must be a SageMaker name/);
    expect(cfg({ a: 'x'.repeat(64) })).toThrow(/longer than SageMaker's 63/);
    expect(cfg({ a: {} })).toThrow(/a: needs "endpoint" \(real-time\) and\/or "asyncEndpoint"/);
    expect(cfg({ a: { endpoint: 'e', variant: 'v', inferenceComponent: 'c' } })).toThrow(/exclusive/);
    expect(cfg({ a: { asyncEndpoint: 'e', inferenceComponent: 'c' } })).toThrow(/"endpoint", which is missing/);
    expect(cfg({ a: { endpoint: 'e', inferenceComponet: 'c' } })).toThrow(/a: Unrecognized key: "inferenceComponet"/);
    expect(cfg({ a: { endpoint: 'e', variant: '-v' } })).toThrow(/a\.variant: variant must be a SageMaker name/);
    expect(() => configFromEnv({ TRIAGE_ENDPOINTS: '{"a":"e"}', SAGEMAKER_MAX_ATTEMPTS: 'two' })).toThrow(
      /SAGEMAKER_MAX_ATTEMPTS must be a whole number from 1 to 10/,
    );
    // Both shapes, normalised to the same targets.
    expect(
      configFromEnv({
        TRIAGE_ENDPOINTS: JSON.stringify({
          a: 'e',
          b: { endpoint: 'e' },
          c: { endpoint: 'e', inferenceComponent: 'ic', asyncEndpoint: 'q' },
        }),
      }).endpoints,
    ).toEqual({
      a: { endpoint: 'e' },
      b: { endpoint: 'e' },
      c: { endpoint: 'e', inferenceComponent: 'ic', asyncEndpoint: 'q' },
    });
  });

  it('the entry point answers a bad configuration with 500 misconfigured, not a crash', async () => {
    const saved = { ...process.env };
    try {
      process.env.TRIAGE_ENDPOINTS = JSON.stringify({
        'triage-small': { endpoint: 'triage-small-endpoint', variant: 'v', inferenceComponent: 'c' },
      });
      // A fresh container: the module-level handler above has already configured itself.
      vi.resetModules();
      const fresh = (await import('./infer.ts')).handler;
      const r = readResult(await fresh(event()));
      expect(r.status).toBe(500);
      expect(r.json.error.code).toBe('misconfigured');
      expect(r.json.error.message).toMatch(/exclusive/);
    } finally {
      process.env = saved;
    }
  });
});
