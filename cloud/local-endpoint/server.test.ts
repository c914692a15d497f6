// The local endpoint's wire protocol, checked with the real @aws-sdk/client-sagemaker-runtime: buffered
// invocations, the event-stream framing of InvokeEndpointWithResponseStream decoded by the SDK (parts arrive
// as the model generates them; a mid-stream failure surfaces as ModelStreamError), the error headers,
// variant / inference-component targeting, and InvokeEndpointAsync with its input and results in a local S3
// (s3rver, through the real @aws-sdk/client-s3).
import { GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import {
  InvokeEndpointAsyncCommand,
  InvokeEndpointCommand,
  InvokeEndpointWithResponseStreamCommand,
  ModelError,
  ModelNotReadyException,
  ModelStreamError,
  SageMakerRuntimeClient,
  ServiceUnavailable,
  ValidationError,
} from '@aws-sdk/client-sagemaker-runtime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SseParser } from '../../shared/protocol/openai/sse.ts';
import { LOCAL_S3_CREDENTIALS, startLocalS3, type LocalS3 } from '../local-s3/s3.ts';
import { startLocalEndpoint, type LocalEndpoint } from './server.ts';

let ep: LocalEndpoint;
let client: SageMakerRuntimeClient;
let s3srv: LocalS3;
let s3: S3Client;
const BUCKET = 'local-endpoint-test';
/** Streams whose every piece waits for the test (by the invocation's index in ep.received). */
const gated = new Map<number, (piece: number) => Promise<void>>();

beforeAll(async () => {
  s3srv = await startLocalS3({ buckets: [BUCKET] });
  ep = await startLocalEndpoint({
    midStreamAfter: 3,
    beforePiece: (rec, piece) => gated.get(ep.received.indexOf(rec))?.(piece),
    variants: { 'triage-small-endpoint': ['AllTraffic', 'Canary'] },
    inferenceComponents: { 'triage-small-ic': { endpoint: 'triage-small-endpoint', variant: 'AllTraffic' } },
    async: {
      s3: { endpoint: s3srv.url, credentials: LOCAL_S3_CREDENTIALS },
      outputPath: `s3://${BUCKET}/out/`,
      failurePath: `s3://${BUCKET}/failed`,
    },
  });
  client = new SageMakerRuntimeClient({
    region: 'eu-central-1',
    endpoint: ep.url,
    credentials: { accessKeyId: 'AKIDLOCAL', secretAccessKey: 'local-secret' },
    maxAttempts: 1,
  });
  s3 = new S3Client({
    region: 'eu-central-1',
    endpoint: s3srv.url,
    forcePathStyle: true,
    credentials: LOCAL_S3_CREDENTIALS,
    maxAttempts: 1,
  });
}, 120_000); // loads the ONNX models: slow on a loaded machine
afterAll(async () => {
  client?.destroy();
  s3?.destroy();
  await ep?.close();
  await s3srv?.close();
});

const chat = (extra: Record<string, unknown> = {}) =>
  new TextEncoder().encode(
    JSON.stringify({
      model: 'triage-small',
      messages: [{ role: 'user', content: 'how do I reset my password?' }],
      max_tokens: 20,
      ...extra,
    }),
  );

describe('InvokeEndpoint', { timeout: 60_000 }, () => {
  it('answers a chat completion from the real model, with the variant header', async () => {
    const out = await client.send(
      new InvokeEndpointCommand({ EndpointName: 'triage-small-endpoint', ContentType: 'application/json', Body: chat() }),
    );
    expect(out.ContentType).toBe('application/json');
    expect(out.InvokedProductionVariant).toBe('AllTraffic');
    const json = JSON.parse(new TextDecoder().decode(out.Body)) as { choices: { message: { content: string } }[] };
    expect(json.choices[0]!.message.content.trim().length).toBeGreaterThan(0);
  });

  it('a payload the container refuses → ModelError 424 with OriginalStatusCode 400', async () => {
    const err = await client
      .send(
        new InvokeEndpointCommand({
          EndpointName: 'triage-small-endpoint',
          ContentType: 'application/json',
          Body: new TextEncoder().encode('{"model":"x"}'),
        }),
      )
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ModelError);
    expect((err as ModelError).$metadata.httpStatusCode).toBe(424);
    expect((err as ModelError).OriginalStatusCode).toBe(400);
  });

  it('errors carry x-amzn-errortype, which the SDK turns into its typed exceptions', async () => {
    const cases: [string, new (...a: never[]) => Error, number][] = [
      ['no-such-endpoint', ValidationError, 400],
      ['constructor', ValidationError, 400], // an own endpoint name only, not an object property
      ['fault-validation', ValidationError, 400],
      ['fault-model-error', ModelError, 424],
      ['fault-not-ready', ModelNotReadyException, 429],
      ['fault-unavailable', ServiceUnavailable, 503],
    ];
    for (const [name, type, status] of cases) {
      const err = await client.send(new InvokeEndpointCommand({ EndpointName: name, Body: chat() })).catch((e: unknown) => e);
      expect(err, name).toBeInstanceOf(type);
      expect((err as { $metadata: { httpStatusCode: number } }).$metadata.httpStatusCode).toBe(status);
    }
    const raw = await fetch(`${ep.url}/endpoints/fault-not-ready/invocations`, {
      method: 'POST',
      headers: {
        authorization: 'AWS4-HMAC-SHA256 Credential=A/20260101/eu-central-1/sagemaker/aws4_request, SignedHeaders=host, Signature=x',
      },
      body: '{}',
    });
    expect(raw.status).toBe(429);
    expect(raw.headers.get('x-amzn-errortype')).toBe('ModelNotReadyException');
    expect(await raw.json()).toHaveProperty('message');
  });

  it('refuses unsigned requests', async () => {
    const raw = await fetch(`${ep.url}/endpoints/triage-small-endpoint/invocations`, { method: 'POST', body: '{}' });
    expect(raw.status).toBe(403);
  });
});

describe('InvokeEndpointWithResponseStream (event-stream framing, decoded by the SDK)', { timeout: 60_000 }, () => {
  it('streams OpenAI SSE chunks as PayloadParts, as they are generated', async () => {
    // The model generates piece k only once the SDK has handed the test the part of piece k-1 (the role part
    // for k = 1): had the endpoint or the SDK held parts back, the test would wait for a part the model will
    // not make (and fail on the test's timeout). Nothing here measures time.
    let released = 0;
    const waiting = new Map<number, () => void>();
    gated.set(ep.received.length, (piece) => (piece <= released ? Promise.resolve() : new Promise<void>((r) => waiting.set(piece, r))));
    const release = () => waiting.get(++released)?.();
    const out = await client.send(
      new InvokeEndpointWithResponseStreamCommand({
        EndpointName: 'triage-small-endpoint',
        ContentType: 'application/json',
        Body: chat({ stream: true, stream_options: { include_usage: true } }),
      }),
    );
    expect(out.ContentType).toBe('text/event-stream');
    const parser = new SseParser();
    const datas: string[] = [];
    /** For each part: how many pieces the model had been allowed to generate when the test received it. */
    const releasedAtPart: number[] = [];
    for await (const ev of out.Body!) {
      expect(ev.PayloadPart, JSON.stringify(ev)).toBeDefined();
      releasedAtPart.push(released);
      for (const e of parser.push(new TextDecoder().decode(ev.PayloadPart!.Bytes))) datas.push(e.data);
      release(); // this part is in hand: the model may make the next piece
    }
    expect(datas.at(-1)).toBe('[DONE]');
    const chunks = datas.slice(0, -1).map(
      (d) =>
        JSON.parse(d) as {
          object: string;
          choices: { delta: { content?: string; role?: string }; finish_reason: string | null }[];
          usage?: { completion_tokens: number };
        },
    );
    expect(chunks.every((c) => c.object === 'chat.completion.chunk')).toBe(true);
    expect(chunks[0]!.choices[0]!.delta.role).toBe('assistant');
    const text = chunks.map((c) => c.choices[0]?.delta.content ?? '').join('');
    expect(text.trim().length).toBeGreaterThan(0);
    const usage = chunks.at(-1)!.usage!;
    expect(usage.completion_tokens).toBeGreaterThan(2);
    expect(chunks.some((c) => c.choices[0]?.finish_reason)).toBe(true);
    // One part per event (role, pieces, finish, usage, [DONE]), and part k + 1 (piece k) was received while
    // piece k + 1 had not been allowed yet: each piece reached the test before the next one existed.
    expect(releasedAtPart.length).toBe(usage.completion_tokens + 4);
    expect(releasedAtPart.slice(0, usage.completion_tokens + 1)).toEqual(Array.from({ length: usage.completion_tokens + 1 }, (_, i) => i));
  });

  it('a mid-stream failure ends the stream with a ModelStreamError after the parts already sent', async () => {
    const out = await client.send(
      new InvokeEndpointWithResponseStreamCommand({ EndpointName: 'fault-mid-stream', Body: chat({ stream: true, max_tokens: 40 }) }),
    );
    const parts: string[] = [];
    let caught: unknown;
    try {
      for await (const ev of out.Body!) if (ev.PayloadPart) parts.push(new TextDecoder().decode(ev.PayloadPart.Bytes));
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(ModelStreamError);
    expect((caught as ModelStreamError).ErrorCode).toBe('ModelStreamError');
    expect((caught as Error).message).toMatch(/worker died/);
    expect(parts.length).toBe(1 + 3); // the role chunk and three content pieces
  });

  it('errors before the stream starts are ordinary HTTP errors', async () => {
    const err = await client
      .send(new InvokeEndpointWithResponseStreamCommand({ EndpointName: 'fault-not-ready', Body: chat({ stream: true }) }))
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ModelNotReadyException);
  });
});

describe('targeting: production variants and inference components', { timeout: 60_000 }, () => {
  it('records the Target-Variant / Inference-Component headers and answers the invoked variant', async () => {
    const before = ep.received.length;
    const plain = await client.send(new InvokeEndpointCommand({ EndpointName: 'triage-small-endpoint', Body: chat() }));
    const canary = await client.send(
      new InvokeEndpointCommand({ EndpointName: 'triage-small-endpoint', TargetVariant: 'Canary', Body: chat() }),
    );
    const ic = await client.send(
      new InvokeEndpointCommand({ EndpointName: 'triage-small-endpoint', InferenceComponentName: 'triage-small-ic', Body: chat() }),
    );
    const stream = await client.send(
      new InvokeEndpointWithResponseStreamCommand({
        EndpointName: 'triage-small-endpoint',
        InferenceComponentName: 'triage-small-ic',
        Body: chat({ stream: true, max_tokens: 2 }),
      }),
    );
    for await (const _ of stream.Body!) void _;
    expect([plain, canary, ic, stream].map((o) => o.InvokedProductionVariant)).toEqual([
      'AllTraffic',
      'Canary',
      'AllTraffic',
      'AllTraffic',
    ]);
    const got = ep.received.slice(before).map((r) => ({ variant: r.targetVariant, ic: r.inferenceComponent, invoked: r.invokedVariant }));
    expect(got).toEqual([
      { variant: undefined, ic: undefined, invoked: 'AllTraffic' },
      { variant: 'Canary', ic: undefined, invoked: 'Canary' },
      { variant: undefined, ic: 'triage-small-ic', invoked: 'AllTraffic' },
      { variant: undefined, ic: 'triage-small-ic', invoked: 'AllTraffic' },
    ]);
  });

  it('an unknown variant or inference component → ValidationError, as SageMaker answers', async () => {
    for (const extra of [
      { TargetVariant: 'Blue' },
      { InferenceComponentName: 'no-such-ic' },
      { InferenceComponentName: 'triage-small-ic', TargetVariant: 'Canary' },
    ]) {
      const err = await client
        .send(new InvokeEndpointCommand({ EndpointName: 'triage-small-endpoint', Body: chat(), ...extra }))
        .catch((e: unknown) => e);
      expect(err, JSON.stringify(extra)).toBeInstanceOf(ValidationError);
    }
  });
});

describe('InvokeEndpointAsync (input and results in S3)', { timeout: 60_000 }, () => {
  const putInput = async (key: string, body: string | Uint8Array) => {
    await s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: key, Body: body, ContentType: 'application/json' }));
    return `s3://${BUCKET}/${key}`;
  };
  const getText = async (uri: string) => {
    const m = /^s3:\/\/([^/]+)\/(.+)$/.exec(uri)!;
    return (await s3.send(new GetObjectCommand({ Bucket: m[1], Key: m[2] }))).Body!.transformToString();
  };

  it('answers 202 with the InferenceId and the output/failure locations, then writes the completion to the output', async () => {
    const input = await putInput('in/a.json', chat({ seed: 5 }));
    const out = await client.send(
      new InvokeEndpointAsyncCommand({
        EndpointName: 'triage-small-async',
        InputLocation: input,
        InferenceId: 'my-inference-1',
        ContentType: 'application/json',
        RequestTTLSeconds: 600,
        InvocationTimeoutSeconds: 60,
      }),
    );
    expect(out.$metadata.httpStatusCode).toBe(202);
    expect(out.InferenceId).toBe('my-inference-1');
    expect(out.OutputLocation).toMatch(new RegExp(`^s3://${BUCKET}/out/[0-9a-f-]{36}\\.out$`));
    expect(out.FailureLocation).toMatch(new RegExp(`^s3://${BUCKET}/failed/[0-9a-f-]{36}-error\\.out$`));
    expect(ep.received.at(-1)).toMatchObject({
      operation: 'InvokeEndpointAsync',
      status: 202,
      inferenceId: 'my-inference-1',
      inputLocation: input,
    });
    const job = await ep.whenSettled('my-inference-1');
    expect(job).toMatchObject({
      state: 'completed',
      requestTtlSeconds: 600,
      invocationTimeoutSeconds: 60,
      outputLocation: out.OutputLocation,
    });
    const completion = JSON.parse(await getText(out.OutputLocation!)) as { object: string; choices: { message: { content: string } }[] };
    expect(completion.object).toBe('chat.completion');
    // The same engine as InvokeEndpoint: same request, same text.
    const sync = await client.send(new InvokeEndpointCommand({ EndpointName: 'triage-small-endpoint', Body: chat({ seed: 5 }) }));
    expect(completion.choices[0]!.message.content).toBe(
      (JSON.parse(new TextDecoder().decode(sync.Body)) as typeof completion).choices[0]!.message.content,
    );
  });

  it('generates an InferenceId when none is given', async () => {
    const out = await client.send(
      new InvokeEndpointAsyncCommand({ EndpointName: 'triage-small-async', InputLocation: await putInput('in/b.json', chat()) }),
    );
    expect(out.InferenceId).toMatch(/^[0-9a-f-]{36}$/);
    expect((await ep.whenSettled(out.InferenceId!)).state).toBe('completed');
  });

  it('a failing job writes an error document to the failure location', async () => {
    const cases: [string, string, Uint8Array | string | null, Record<string, unknown>][] = [
      ['refused payload', 'triage-small-async', '{"model":"x"}', { ErrorCode: 'ModelError', OriginalStatusCode: 400 }],
      ['missing input object', 'triage-small-async', null, { ErrorCode: 'ClientError' }],
      ['model error', 'fault-model-error', chat(), { ErrorCode: 'ModelError', OriginalStatusCode: 500 }],
    ];
    for (const [what, endpoint, body, expected] of cases) {
      const input = body === null ? `s3://${BUCKET}/in/missing.json` : await putInput(`in/${what.replace(/ /g, '-')}.json`, body);
      const out = await client.send(new InvokeEndpointAsyncCommand({ EndpointName: endpoint, InputLocation: input }));
      expect(out.$metadata.httpStatusCode, what).toBe(202);
      expect((await ep.whenSettled(out.InferenceId!)).state, what).toBe('failed');
      expect(JSON.parse(await getText(out.FailureLocation!)), what).toMatchObject(expected);
      const missing = await s3
        .send(new GetObjectCommand({ Bucket: BUCKET, Key: /^s3:\/\/[^/]+\/(.+)$/.exec(out.OutputLocation!)![1] }))
        .catch((e: unknown) => e);
      expect((missing as Error).name, what).toBe('NoSuchKey');
    }
  });

  it('refuses what SageMaker refuses: no InputLocation, a bad one, the wrong kind of endpoint, an unknown one', async () => {
    const input = await putInput('in/c.json', chat());
    const before = ep.asyncJobs.length;
    const cases: [string, () => Promise<unknown>][] = [
      ['no InputLocation', () => client.send(new InvokeEndpointAsyncCommand({ EndpointName: 'triage-small-async' }))],
      [
        'not an s3 URI',
        () =>
          client.send(new InvokeEndpointAsyncCommand({ EndpointName: 'triage-small-async', InputLocation: 'https://example.com/in.json' })),
      ],
      [
        'TTL out of range',
        () =>
          client.send(new InvokeEndpointAsyncCommand({ EndpointName: 'triage-small-async', InputLocation: input, RequestTTLSeconds: 5 })),
      ],
      [
        'real-time endpoint',
        () => client.send(new InvokeEndpointAsyncCommand({ EndpointName: 'triage-small-endpoint', InputLocation: input })),
      ],
      ['unknown endpoint', () => client.send(new InvokeEndpointAsyncCommand({ EndpointName: 'no-such-endpoint', InputLocation: input }))],
      [
        'InvokeEndpoint on an async endpoint',
        () => client.send(new InvokeEndpointCommand({ EndpointName: 'triage-small-async', Body: chat() })),
      ],
    ];
    for (const [what, call] of cases) {
      const err = await call().catch((e: unknown) => e);
      expect(err, what).toBeInstanceOf(ValidationError);
      expect((err as ValidationError).$metadata.httpStatusCode, what).toBe(400);
    }
    const unavailable = await client
      .send(new InvokeEndpointAsyncCommand({ EndpointName: 'fault-unavailable', InputLocation: input }))
      .catch((e: unknown) => e);
    expect(unavailable).toBeInstanceOf(ServiceUnavailable);
    expect(ep.asyncJobs.length).toBe(before); // none of them was queued
  });

  it('without S3 configuration the endpoint refuses async invocations', async () => {
    const plain = await startLocalEndpoint();
    const c = new SageMakerRuntimeClient({
      region: 'eu-central-1',
      endpoint: plain.url,
      credentials: { accessKeyId: 'A', secretAccessKey: 'B' },
      maxAttempts: 1,
    });
    try {
      const err = await c
        .send(new InvokeEndpointAsyncCommand({ EndpointName: 'triage-small-async', InputLocation: `s3://${BUCKET}/in/c.json` }))
        .catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ValidationError);
    } finally {
      c.destroy();
      await plain.close();
    }
  });
});
