// The async jobs end to end with the real pieces: the submit and status handlers, the real
// @aws-sdk/client-sagemaker-runtime and @aws-sdk/client-s3, the local SageMaker endpoint running the real model
// on InvokeEndpointAsync, and a local S3 (s3rver). Ordering, not timing: a job is held in the endpoint's queue
// (its `gate`) to be seen in progress, and the tests wait for the endpoint to report a job settled.
import { SageMakerRuntimeClient } from '@aws-sdk/client-sagemaker-runtime';
import { GetObjectCommand, ListObjectsV2Command, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLOUD_EVENT_VERSION, JOB_ID_PATTERN, type CloudEvent, type CloudJob } from '../../shared/protocol/cloud-contract.ts';
import { asyncStore, inputKey, jobKey, newJobId, tenantKey, type AsyncStore } from '../jobs/store.ts';
import type { AsyncInvocation } from '../local-endpoint/async.ts';
import { startLocalEndpoint, type LocalEndpoint } from '../local-endpoint/server.ts';
import { LOCAL_S3_CREDENTIALS, startLocalS3, type LocalS3 } from '../local-s3/s3.ts';
import { createInferHandler } from './infer.ts';
import { createStatusHandler, handler as statusEntry, type StatusHandler } from './status.ts';
import { createSubmitHandler, handler as submitEntry, type SubmitHandler } from './submit.ts';
import { chatEvent, readResult, TEST_TRACEPARENT } from './test-support.ts';

const BUCKET = 'triage-async-test';
// s3rver's credentials; the local SageMaker endpoint accepts any signed request.
const credentials = { ...LOCAL_S3_CREDENTIALS };
const ENDPOINTS = {
  'triage-small': { endpoint: 'triage-small-endpoint', asyncEndpoint: 'triage-small-async' },
  'm-model-error': { asyncEndpoint: 'fault-model-error' },
  'm-model-rejects': { asyncEndpoint: 'fault-model-rejects' },
  'm-unavailable': { asyncEndpoint: 'fault-unavailable' },
  'm-not-ready': { asyncEndpoint: 'fault-not-ready' },
  'm-realtime-only': 'triage-small-endpoint',
  'm-wrong-kind': { asyncEndpoint: 'triage-small-endpoint' },
};

interface Deferred<T> {
  promise: Promise<T>;
  resolve(v: T): void;
}
function deferred<T>(): Deferred<T> {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

let s3srv: LocalS3;
let ep: LocalEndpoint;
let sm: SageMakerRuntimeClient;
let s3: S3Client;
let store: AsyncStore;
let submit: SubmitHandler;
let status: StatusHandler;
/** When set, the endpoint holds the next jobs in its queue until `release` resolves. */
let hold: { arrived: Deferred<AsyncInvocation>; release: Deferred<void> } | undefined;

beforeAll(async () => {
  s3srv = await startLocalS3({ buckets: [BUCKET] });
  ep = await startLocalEndpoint({
    async: {
      s3: { endpoint: s3srv.url, credentials },
      outputPath: `s3://${BUCKET}/async/output/`,
      failurePath: `s3://${BUCKET}/async/failure/`,
      gate: (job) => {
        if (!hold) return;
        hold.arrived.resolve(job);
        return hold.release.promise;
      },
    },
  });
  sm = new SageMakerRuntimeClient({ region: 'eu-central-1', endpoint: ep.url, credentials, maxAttempts: 1 });
  s3 = new S3Client({ region: 'eu-central-1', endpoint: s3srv.url, forcePathStyle: true, credentials, maxAttempts: 1 });
  store = asyncStore({ bucket: BUCKET });
  submit = createSubmitHandler({ endpoints: ENDPOINTS, sagemaker: sm, s3, store, requestTtlSeconds: 600, invocationTimeoutSeconds: 120 });
  status = createStatusHandler({ s3, store });
});
afterAll(async () => {
  hold?.release.resolve();
  sm?.destroy();
  s3?.destroy();
  await ep?.close();
  await s3srv?.close();
});

const event = (body: Record<string, unknown> = {}, over: Partial<CloudEvent> = {}) =>
  chatEvent(
    { messages: [{ role: 'user', content: 'summarise the attached quarterly report' }], seed: 11, ...body },
    {
      decision: { rule: 'batch-to-cloud', policyVersion: 'v1', target: 'cloud-async' },
      trace: { traceparent: TEST_TRACEPARENT, requestId: 'req-async' },
      ...over,
    },
  );

const statusOf = async (job: string, tenant = 'acme', h: StatusHandler = status) =>
  readResult(await h({ version: CLOUD_EVENT_VERSION, job, tenant }));

async function keys(prefix = ''): Promise<string[]> {
  const out = await s3.send(new ListObjectsV2Command({ Bucket: BUCKET, Prefix: prefix }));
  return (out.Contents ?? []).map((o) => o.Key!).sort();
}

async function submitOk(e: CloudEvent): Promise<CloudJob> {
  const r = readResult(await submit(e));
  expect(r.status, JSON.stringify(r.json)).toBe(202);
  return r.json as CloudJob;
}

describe('submit → InvokeEndpointAsync → status (real SDKs, local endpoint, s3rver, real model)', () => {
  it('queues the job, reports it in progress while the endpoint holds it, then completed with the model’s answer', async () => {
    hold = { arrived: deferred(), release: deferred() };
    const before = ep.received.length;
    const job = await submitOk(event());
    expect(job).toMatchObject({ object: 'triage.job', status: 'queued', model: 'triage-small' });
    expect(job.id).toMatch(JOB_ID_PATTERN);
    expect(job.expires_at).toBe(job.created + 600 + 120 + 300);

    // The input object is the request body (stream false), under the tenant's key.
    const input = await s3.send(new GetObjectCommand({ Bucket: BUCKET, Key: inputKey(store, 'acme', job.id) }));
    expect(JSON.parse(await input.Body!.transformToString())).toEqual({ ...event().body, stream: false });
    expect(input.ContentType).toBe('application/json');
    // One signed InvokeEndpointAsync naming it, with the job id as InferenceId.
    expect(ep.received.slice(before)).toMatchObject([
      {
        endpoint: 'triage-small-async',
        operation: 'InvokeEndpointAsync',
        status: 202,
        inferenceId: job.id,
        inputLocation: `s3://${BUCKET}/${inputKey(store, 'acme', job.id)}`,
      },
    ]);

    const queued = await hold.arrived.promise; // the endpoint took it from its queue and is holding it
    expect(queued.inferenceId).toBe(job.id);
    expect(queued).toMatchObject({ requestTtlSeconds: 600, invocationTimeoutSeconds: 120 });
    const pending = await statusOf(job.id);
    expect(pending.status).toBe(200);
    expect(pending.json).toEqual({ ...job, status: 'in_progress' });

    hold.release.resolve();
    hold = undefined;
    const settled = await ep.whenSettled(job.id);
    expect(settled.state).toBe('completed');
    const done = await statusOf(job.id);
    expect(done.status).toBe(200);
    expect(done.json).toMatchObject({ id: job.id, object: 'triage.job', status: 'completed', created: job.created, model: 'triage-small' });
    const result = done.json.result;
    expect(result.object).toBe('chat.completion');
    expect(result.usage.completion_tokens).toBeGreaterThan(0);
    expect(result.usage.completion_tokens).toBeLessThanOrEqual(16);
    // The same engine as the real-time path: the same seed gives the same text as infer.
    const infer = createInferHandler({ endpoints: ENDPOINTS, client: sm });
    const sync = readResult(await infer(event({ stream: false })));
    expect(result.choices[0].message.content).toBe(sync.json.choices[0].message.content);
    expect(done.json.error).toBeUndefined();
  });

  it('a model error fails the job: status reports it in OpenAI’s error shape', async () => {
    const job = await submitOk(event({ model: 'm-model-error' }));
    expect((await ep.whenSettled(job.id)).state).toBe('failed');
    const r = await statusOf(job.id);
    expect(r.status).toBe(200);
    expect(r.json).toMatchObject({ id: job.id, status: 'failed', model: 'm-model-error' });
    expect(r.json.error).toMatchObject({ type: 'server_error', code: 'model_error', param: null });
    expect(r.json.error.message).toMatch(/CUDA out of memory/);
    expect(r.json.result).toBeUndefined();
  });

  it('a payload the container rejects (its status 400) fails the job as the request’s fault', async () => {
    const job = await submitOk(event({ model: 'm-model-rejects' }));
    await ep.whenSettled(job.id);
    const r = await statusOf(job.id);
    expect(r.json.status).toBe('failed');
    expect(r.json.error).toMatchObject({ type: 'invalid_request_error', code: 'model_rejected_input' });
  });

  it('SageMaker refusing the call → the infer mapping; no job is recorded', async () => {
    const cases: [string, number, string][] = [
      ['m-unavailable', 503, 'upstream_unavailable'],
      ['m-not-ready', 503, 'model_not_ready'],
      ['m-wrong-kind', 502, 'upstream_misconfigured'], // a real-time endpoint refuses InvokeEndpointAsync
    ];
    for (const [model, code, errCode] of cases) {
      const jobsBefore = await keys(store.jobsPrefix);
      const r = readResult(await submit(event({ model })));
      expect(r.status, model).toBe(code);
      expect(r.json.error.code).toBe(errCode);
      expect(r.headers['x-triage-retryable']).toBe('true');
      expect(await keys(store.jobsPrefix)).toEqual(jobsBefore);
    }
  });

  it('the default deployment (no async endpoint for the alias) answers 501 async_not_enabled and writes nothing', async () => {
    const before = { objects: await keys(), calls: ep.received.length };
    const r = readResult(await submit(event({ model: 'm-realtime-only' })));
    expect(r.status).toBe(501);
    expect(r.json.error).toMatchObject({ type: 'server_error', code: 'async_not_enabled' });
    expect(r.json.error.message).toMatch(/gpuMode=async/);
    const unknown = readResult(await submit(event({ model: 'gpt-99' })));
    expect(unknown.status).toBe(404);
    expect(unknown.json.error.code).toBe('model_not_found');
    expect({ objects: await keys(), calls: ep.received.length }).toEqual(before);
  });
});

describe('submit: defence in depth and validation (nothing written, nothing queued)', () => {
  it('refuses PII whatever the caller says', async () => {
    const before = { objects: await keys(), calls: ep.received.length };
    for (const content of ['Please email the contract to jane.doe@acme-corp.de', 'call me back at +49 171 2345678 about the invoice']) {
      const r = readResult(
        await submit(
          event({ messages: [{ role: 'user', content }] }, { decision: { rule: 'no-pii', policyVersion: 'v1', target: 'cloud' } }),
        ),
      );
      expect(r.status).toBe(403);
      expect(r.json.error).toMatchObject({ type: 'permission_error', code: 'pii_not_allowed' });
      expect(JSON.stringify(r.json)).not.toContain('jane.doe');
      expect(JSON.stringify(r.json)).not.toContain('2345678');
      expect(r.headers['x-triage-retryable']).toBe('false');
    }
    expect({ objects: await keys(), calls: ep.received.length }).toEqual(before);
  });

  it('malformed events → 400 invalid in OpenAI’s shape', async () => {
    const before = { objects: await keys(), calls: ep.received.length };
    const bad: unknown[] = [
      null,
      'hello',
      {},
      { ...event(), version: 2 },
      { ...event(), task: 'translate' },
      { ...event(), trace: undefined },
      event({ messages: [] }),
      event({ stream: true }),
      event({}, { mode: 'buffered' }), // meant for infer
      event({}, { mode: 'stream' }),
      event({}, { tenant: '' }),
      event({}, { tenant: 'acme\u0000' }),
      { ...event(), task: 'embeddings', body: { model: 'triage-small', input: 'hi' } },
    ];
    for (const e of bad) {
      const r = readResult(await submit(e));
      expect(r.status, JSON.stringify(e)).toBe(400);
      expect(r.json.error.type).toBe('invalid_request_error');
      expect(r.headers['x-triage-retryable']).toBe('false');
    }
    // mode 'async' is accepted by submit only; infer refuses it.
    const infer = createInferHandler({ endpoints: ENDPOINTS, client: sm });
    const r = readResult(await infer(event({ stream: false }, { mode: 'async' })));
    expect(r.status).toBe(400);
    expect(r.json.error.param).toBe('mode');
    expect({ objects: await keys(), calls: ep.received.length }).toEqual(before);
  });
});

describe('status: jobs are bound to their tenant; ids are checked strictly', () => {
  it('another tenant’s job, an unknown job and a malformed id all answer the same 404', async () => {
    const job = await submitOk(event());
    await ep.whenSettled(job.id);
    expect((await statusOf(job.id)).json.status).toBe('completed');

    const other = await statusOf(job.id, 'globex');
    const unknown = await statusOf(newJobId());
    for (const r of [other, unknown]) {
      expect(r.status).toBe(404);
      expect(r.json.error).toMatchObject({ type: 'not_found_error', code: 'job_not_found' });
      expect(r.headers['x-triage-retryable']).toBe('false');
    }
    expect(other.json).toEqual(unknown.json); // nothing tells "exists, not yours" from "does not exist"

    for (const id of [
      '',
      'job-',
      job.id.toUpperCase(),
      `${job.id}0`,
      `../${job.id}`,
      `job-${'g'.repeat(32)}`,
      `${job.id}/../x`,
      job.id.replace('job-', 'job_'),
    ]) {
      const r = await statusOf(id);
      expect(r.status, id).toBe(404);
      expect(r.json.error.code).toBe('job_not_found');
    }
  });

  it('malformed status events → 400', async () => {
    for (const e of [
      null,
      'x',
      {},
      { version: 2, job: newJobId(), tenant: 'acme' },
      { version: 1, job: newJobId() },
      { version: 1, job: newJobId(), tenant: '' },
      { version: 1, job: 7, tenant: 'acme' },
    ]) {
      const r = readResult(await status(e));
      expect(r.status, JSON.stringify(e)).toBe(400);
      expect(r.json.error.code).toBe('invalid_event');
    }
  });

  it('a job with no result after its expiry is reported failed (job_expired)', async () => {
    hold = { arrived: deferred(), release: deferred() };
    const job = await submitOk(event());
    await hold.arrived.promise;
    expect((await statusOf(job.id)).json.status).toBe('in_progress');
    // The same job read by a status whose clock is past expires_at (a clock, not a wait).
    const later = createStatusHandler({ s3, store, now: () => (job.expires_at + 1) * 1000 });
    const r = await statusOf(job.id, 'acme', later);
    expect(r.json).toMatchObject({ status: 'failed', error: { code: 'job_expired', type: 'server_error' } });
    hold.release.resolve();
    hold = undefined;
    await ep.whenSettled(job.id);
  });

  it('reads what the job record says: a plain-text failure, a result that is not a completion, a record pointing elsewhere', async () => {
    const put = (key: string, body: string) => s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: key, Body: body }));
    const record = (id: string, output: string, failure: string) => ({
      version: 1,
      id,
      tenant_key: tenantKey('acme'),
      model: 'triage-small',
      endpoint: 'triage-small-async',
      created: 1_800_000_000,
      expires_at: 4_000_000_000,
      input_location: `s3://${BUCKET}/async/input/x.json`,
      output_location: output,
      failure_location: failure,
    });

    const a = newJobId();
    await put(
      jobKey(store, 'acme', a),
      JSON.stringify(record(a, `s3://${BUCKET}/async/output/${a}.out`, `s3://${BUCKET}/async/failure/${a}-error.out`)),
    );
    await put(`async/failure/${a}-error.out`, 'Received server error (500) from primary: worker died');
    expect((await statusOf(a)).json).toMatchObject({
      status: 'failed',
      error: { code: 'model_error', message: expect.stringMatching(/worker died/) },
    });

    const b = newJobId();
    await put(
      jobKey(store, 'acme', b),
      JSON.stringify(record(b, `s3://${BUCKET}/async/output/${b}.out`, `s3://${BUCKET}/async/failure/${b}-error.out`)),
    );
    await put(`async/output/${b}.out`, '<html>not json</html>');
    expect((await statusOf(b)).json).toMatchObject({ status: 'failed', error: { code: 'bad_model_output' } });

    const c = newJobId();
    await put(
      jobKey(store, 'acme', c),
      JSON.stringify(record(c, `s3://${BUCKET}/async/input/x.json`, `s3://${BUCKET}/async/failure/${c}-error.out`)),
    );
    const r = await statusOf(c);
    expect(r.status).toBe(502);
    expect(r.json.error.code).toBe('storage_misconfigured');

    // A record stored under acme's key but naming another tenant is not acme's job.
    const d = newJobId();
    await put(
      jobKey(store, 'acme', d),
      JSON.stringify({
        ...record(d, `s3://${BUCKET}/async/output/${d}.out`, `s3://${BUCKET}/async/failure/${d}-error.out`),
        tenant_key: tenantKey('globex'),
      }),
    );
    expect((await statusOf(d)).status).toBe(404);
  });
});

describe('the Lambda entry points (environment configuration)', () => {
  it('misconfigured → 500 misconfigured; configured → a job submitted and read back', async () => {
    const saved = { ...process.env };
    try {
      delete process.env.TRIAGE_ENDPOINTS;
      delete process.env.TRIAGE_ASYNC_BUCKET;
      const bad = readResult(await submitEntry(event()));
      expect(bad.status).toBe(500);
      expect(bad.json.error.code).toBe('misconfigured');
      expect(readResult(await statusEntry({ version: 1, job: newJobId(), tenant: 'acme' })).json.error).toMatchObject({
        code: 'misconfigured',
        message: expect.stringMatching(/TRIAGE_ASYNC_BUCKET/),
      });

      Object.assign(process.env, {
        TRIAGE_ENDPOINTS: JSON.stringify({ 'triage-small': { asyncEndpoint: 'triage-small-async' } }),
        TRIAGE_ASYNC_BUCKET: BUCKET,
        TRIAGE_ASYNC_INPUT_PREFIX: 'async/input/',
        TRIAGE_ASYNC_OUTPUT_PREFIX: 'async/output',
        TRIAGE_ASYNC_FAILURE_PREFIX: 'async/failure/',
        SAGEMAKER_ENDPOINT_URL: ep.url,
        SAGEMAKER_MAX_ATTEMPTS: '1',
        S3_ENDPOINT_URL: s3srv.url,
        S3_MAX_ATTEMPTS: '1',
        AWS_REGION: 'eu-central-1',
        AWS_ACCESS_KEY_ID: credentials.accessKeyId,
        AWS_SECRET_ACCESS_KEY: credentials.secretAccessKey,
      });
      const queued = readResult(await submitEntry(event()));
      expect(queued.status).toBe(202);
      const id = (queued.json as CloudJob).id;
      await ep.whenSettled(id);
      const done = readResult(await statusEntry({ version: 1, job: id, tenant: 'acme' }));
      expect(done.json).toMatchObject({ id, status: 'completed', result: { object: 'chat.completion' } });
    } finally {
      process.env = saved;
    }
  });
});
