// Fault tests of the gateway's promises, end to end: the official `openai` client (maxRetries 0, only the
// base URL changed) against the edge Worker under `wrangler dev --local` (workerd, the real entry point and
// executor with its own circuit breakers), with a routing policy whose targets are components this test
// drives:
//   node      the real on-prem node (onprem/server, in this process), `openai-upstream` engine in front of
//             an OpenAI-compatible server the test answers by hand (onprem/server/test-upstream.ts)
//   raw-node  a signed-request server in a node's place whose streams are cut (fake-node.ts)
//   hung-node the same kind of server, made to hang and to recover (first_byte_timeout_ms 2000)
//   cloud     the `stream` Lambda function in the response-streaming harness, calling the local
//             SageMaker-runtime endpoint through the real SDK (a fault endpoint breaks off mid-stream)
//   crashing  a streaming function that crashes mid-answer: the harness cuts the response, as a function URL does
// What is asserted is what a client sees and what reached each node — never how long anything took.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SageMakerRuntimeClient } from '@aws-sdk/client-sagemaker-runtime';
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalEndpoint, type LocalEndpoint } from '../../cloud/local-endpoint/server.ts';
import { startStreamHarness, type StreamHarness } from '../../cloud/streaming-harness/harness.ts';
import type { AuditRecord } from '../../onprem/audit.ts';
import { loadConfig } from '../../onprem/config.ts';
import { startOnprem, type RunningOnprem } from '../../onprem/server/start.ts';
import { chunk, startTestUpstream, type TestUpstream } from '../../onprem/server/test-upstream.ts';
import { spawnEdge, type SpawnedEdge } from '../../shared/tools/stack/edge.ts';
import { newSigningKey } from '../../shared/tools/stack/signing-key.ts';
import { freePort } from '../support/free-port.ts';
import { SSE_HEADERS, sseData } from '../../shared/protocol/openai/sse.ts';
import { FAKE_NODE_TEXT, FAKE_NODE_USAGE, startFakeNode, type FakeNode } from './fake-node.ts';

const persistTo = mkdtempSync(join(tmpdir(), 'triage-faults-'));
const signingKey = newSigningKey();
const PII_PROMPT = 'Please write to jana.novak@example.org about her order.';
/** Short enough to wait out a few times, long enough for the recovered node to answer in on a loaded machine. */
const HUNG_FIRST_BYTE_MS = 2000;

let edge: SpawnedEdge;
let client: OpenAI;
let upstream: TestUpstream;
let node: RunningOnprem;
const audit: string[] = [];
let rawNode: FakeNode;
let hungNode: FakeNode;
let endpoint: LocalEndpoint;
let sagemaker: SageMakerRuntimeClient;
let harness: StreamHarness;
let crashing: StreamHarness;

function policy(): string {
  return `
format: 1
description: Fault tests — every target is a component the test drives.
targets:
  node:
    kind: onprem
    base_url: ${node.url}/v1
    timeout_ms: 30000
    models: { via-node: up-chat }
  raw-node:
    kind: onprem
    base_url: ${rawNode.url}/v1
    timeout_ms: 30000
  hung-node:
    kind: onprem
    base_url: ${hungNode.url}/v1
    timeout_ms: 60000
    first_byte_timeout_ms: ${HUNG_FIRST_BYTE_MS}
  cloud:
    kind: lambda
    function: triage-faults-stream
    region: eu-central-1
    stream_url: ${harness.url}/
    timeout_ms: 30000
  crashing:
    kind: lambda
    function: triage-faults-crashing
    region: eu-central-1
    stream_url: ${crashing.url}/
    timeout_ms: 30000
rules:
  - name: via-node
    when: { model: via-node }
    target: node
  - name: via-raw-node
    when: { model: via-raw-node }
    target: raw-node
  - name: cloud
    when: { pii: none, unscanned: none, task: chat, model: [cloud-ok, cloud-cut] }
    target: cloud
  - name: crashing
    when: { pii: none, unscanned: none, task: chat, model: cloud-crash }
    target: crashing
default:
  target: hung-node
`;
}

beforeAll(async () => {
  upstream = await startTestUpstream(['up-chat']);
  const config = loadConfig({
    TRIAGE_ONPREM_SIGNING_KEYS: signingKey,
    TRIAGE_ONPREM_PORT: '0',
    TRIAGE_ONPREM_HOST: '127.0.0.1',
    TRIAGE_ONPREM_ENGINE: 'openai-upstream',
    TRIAGE_ONPREM_UPSTREAM_URL: upstream.baseUrl,
    TRIAGE_ONPREM_UPSTREAM_MODELS: 'up-chat',
  });
  node = await startOnprem(config, { auditSink: { write: (l) => void audit.push(l), close: async () => {} }, log: () => {} });
  rawNode = await startFakeNode(signingKey, 'cut');
  hungNode = await startFakeNode(signingKey, 'ok');

  // The cloud tier's streaming path: the `stream` handler (imported after the harness, which installs the
  // awslambda globals it uses at load) against the local endpoint, whose fault endpoint breaks off mid-stream.
  endpoint = await startLocalEndpoint({ midStreamAfter: 2 });
  sagemaker = new SageMakerRuntimeClient({
    region: 'eu-central-1',
    endpoint: endpoint.url,
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    maxAttempts: 1,
  });
  const { createStreamHandler } = await import('../../cloud/handlers/stream.ts');
  const handler = createStreamHandler({
    endpoints: { 'cloud-ok': 'triage-small-endpoint', 'cloud-cut': 'fault-mid-stream' },
    client: sagemaker,
  });
  harness = await startStreamHarness({ handler: awslambda.streamifyResponse(handler) });
  crashing = await startStreamHarness({ handler: awslambda.streamifyResponse(crashMidStream) });

  edge = await spawnEdge({
    port: await freePort(),
    persistTo,
    readyTimeoutMs: 120_000,
    policyYaml: policy(),
    vars: { ONPREM_SIGNING_KEY: signingKey, AWS_ACCESS_KEY_ID: 'local', AWS_SECRET_ACCESS_KEY: 'local' },
  });
  client = new OpenAI({ baseURL: `${edge.url}/v1`, apiKey: edge.apiKey, maxRetries: 0, timeout: 90_000 });
}, 180_000);

afterAll(async () => {
  await edge?.stop();
  await harness?.close();
  await crashing?.close();
  sagemaker?.destroy();
  await endpoint?.close();
  await node?.close(0);
  await upstream?.close();
  await rawNode?.close();
  await hungNode?.close();
  rmSync(persistTo, { recursive: true, force: true });
});

/** A streaming function that writes two whole events and half of a third, then crashes. */
async function crashMidStream(_event: unknown, responseStream: LambdaResponseStream): Promise<void> {
  const out = awslambda.HttpResponseStream.from(responseStream, { statusCode: 200, headers: SSE_HEADERS });
  const event = (delta: object) =>
    sseData({
      id: 'c',
      object: 'chat.completion.chunk',
      created: 1,
      model: 'm',
      choices: [{ index: 0, delta, logprobs: null, finish_reason: null }],
    });
  out.write(event({ role: 'assistant', content: '' }) + event({ content: 'Partly' }) + event({ content: ' written' }).slice(0, 20));
  await new Promise((r) => setTimeout(r, 50));
  throw new Error('the function crashed');
}

/** Reads a stream to its end: the text it carried, and what it raised if it raised. */
async function consume(stream: AsyncIterable<OpenAI.ChatCompletionChunk>): Promise<{ text: string; error: unknown }> {
  let text = '';
  try {
    for await (const c of stream) text += c.choices[0]?.delta.content ?? '';
    return { text, error: undefined };
  } catch (error) {
    return { text, error };
  }
}

function apiError(e: unknown): InstanceType<typeof OpenAI.APIError> {
  expect(e).toBeInstanceOf(OpenAI.APIError);
  return e as InstanceType<typeof OpenAI.APIError>;
}

const ask = (model: string, content: string, extra: Partial<OpenAI.ChatCompletionCreateParamsNonStreaming> = {}) => ({
  model,
  messages: [{ role: 'user' as const, content }],
  ...extra,
});

describe('a stream that breaks off reaches the client as an error, never as a short answer', { timeout: 90_000 }, () => {
  it("cut by the on-prem node's engine: the node ends its stream with an error event, the client raises", async () => {
    const pending = client.chat.completions.create({ ...ask('via-node', 'Tell me a story.'), stream: true });
    const held = await upstream.next();
    expect(held.body).toMatchObject({ model: 'up-chat', stream: true });
    held.sse(chunk('Once upon'));
    const stream = await pending;
    held.res.destroy(); // the GPU server behind the node goes away mid-answer
    const { text, error } = await consume(stream);
    expect(text).toBe('Once upon');
    const e = apiError(error);
    expect(e.code).toBe('stream_interrupted');
    expect(e.message).toMatch(/on-prem node/);
    expect(e.message).not.toContain('Tell me a story');
    // The node's audit line says so too.
    await expect
      .poll(() => audit.map((l) => JSON.parse(l) as AuditRecord).find((r) => r.stream === true)?.error_code)
      .toBe('stream_interrupted');
  });

  it('cut by the node itself (the connection drops inside an event): the edge ends the stream with stream_interrupted', async () => {
    const { data: stream, response } = await client.chat.completions
      .create({ ...ask('via-raw-node', 'Tell me a story.'), stream: true })
      .withResponse();
    expect(response.status).toBe(200);
    const { text, error } = await consume(stream);
    expect(text).toBe(FAKE_NODE_TEXT[0]); // the whole events before the cut, nothing of the half one
    const e = apiError(error);
    expect(e.code).toBe('stream_interrupted');
    expect(e.message).toMatch(/target raw-node/);
  });

  it('cut by the cloud path (a ModelStreamError from SageMaker mid-stream): the client raises', async () => {
    const stream = await client.chat.completions.create({
      ...ask('cloud-cut', 'What is the weather like?', { max_tokens: 40 }),
      stream: true,
    });
    const { text, error } = await consume(stream);
    expect(text.length).toBeGreaterThan(0); // the pieces before the failure arrived
    expect(apiError(error).code).toBe('model_stream_error');
  });

  it('cut by the cloud path (the function crashes mid-stream and the function URL cuts the response): the client raises', async () => {
    const { text, error } = await consume(
      await client.chat.completions.create({ ...ask('cloud-crash', 'What is the weather like?'), stream: true }),
    );
    expect(text).toBe('Partly');
    const e = apiError(error);
    expect(e.code).toBe('stream_interrupted');
    expect(e.message).toMatch(/target crashing/);
  });

  it('a complete stream on the same paths ends normally (no error is made up)', async () => {
    const { text, error } = await consume(
      await client.chat.completions.create({ ...ask('cloud-ok', 'What is the weather like?', { max_tokens: 8 }), stream: true }),
    );
    expect(error).toBeUndefined();
    expect(text.length).toBeGreaterThan(0);
  });
});

describe('a hung on-prem node fails closed fast, and recovers', { timeout: 150_000 }, () => {
  /** A PII request (non-streamed: the edge asks the node for a stream and assembles it) → what the client got. */
  const piiRequest = () =>
    client.chat.completions.create(ask('triage-small', PII_PROMPT)).then(
      (v) => v,
      (e: unknown) => e,
    );

  it('fails PII requests closed at the first-byte budget, stops calling the node while its breaker is open, and uses it again once it answers', async () => {
    hungNode.mode = 'hung';
    // Hung: each PII request reaches the node, which never answers; the edge gives up at the first-byte budget
    // (timeout_ms is 60 s) and, with no other on-prem target, fails closed. After enough failures the breaker
    // opens: the next request fails at once, without reaching the node.
    const outcomes: { reached: boolean; message: string }[] = [];
    for (let i = 0; i < 10 && !outcomes.some((o) => !o.reached); i++) {
      const before = hungNode.received.length;
      const e = apiError(await piiRequest());
      expect([e.status, e.code]).toEqual([503, 'pii_no_onprem']);
      expect(e.message).not.toContain('jana.novak');
      expect(e.headers?.get('x-triage-pii')).toBe('EMAIL');
      outcomes.push({ reached: hungNode.received.length > before, message: e.message });
    }
    expect(outcomes[0]).toEqual({
      reached: true,
      message: expect.stringMatching(new RegExp(`first-byte budget of ${HUNG_FIRST_BYTE_MS} ms`)),
    });
    const open = outcomes.at(-1)!;
    expect(open).toEqual({ reached: false, message: expect.stringMatching(/circuit open/) });
    expect(outcomes.slice(0, -1).every((o) => o.reached)).toBe(true);
    const reachedWhileHung = hungNode.received.length;

    // Recovered: once the breaker's cool-down has passed, a probe reaches the node and PII requests succeed
    // again. Until then every request fails at once (waited for by asking again, not by a clock).
    hungNode.mode = 'ok';
    let answer: unknown;
    do {
      answer = await piiRequest();
      if (answer instanceof Error) {
        expect(apiError(answer).code).toBe('pii_no_onprem');
        await new Promise((r) => setTimeout(r, 500));
      }
    } while (answer instanceof Error);
    const completion = answer as OpenAI.ChatCompletion;
    expect(completion.object).toBe('chat.completion');
    expect(completion.choices[0]!.message).toMatchObject({ role: 'assistant', content: FAKE_NODE_TEXT.join('') });
    expect(completion.usage).toEqual(FAKE_NODE_USAGE);
    expect(hungNode.received.slice(reachedWhileHung).every((r) => r.mode === 'ok' && r.stream)).toBe(true);

    // And streams too.
    const { text, error } = await consume(await client.chat.completions.create({ ...ask('triage-small', PII_PROMPT), stream: true }));
    expect(error).toBeUndefined();
    expect(text).toBe(FAKE_NODE_TEXT.join(''));
  });
});
