// The Lambda handlers' spans, exported to a real OTLP/HTTP receiver (test/support/otlp-receiver.ts: a receiver
// of the wire protocol, not a collector): `infer` against the local SageMaker-compatible endpoint through the
// real SDK, `stream` through the response-streaming harness. Each invocation's span is in the edge's trace
// (the event's traceparent), carries the GenAI attributes, and is exported before the handler returns — the
// test flushes nothing itself. No prompt text reaches the exported payload.
import { SageMakerRuntimeClient } from '@aws-sdk/client-sagemaker-runtime';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTracing } from '../../shared/protocol/telemetry/tracing.ts';
import { startOtlpReceiver, type OtlpReceiver } from '../../test/support/otlp-receiver.ts';
import { startLocalEndpoint, type LocalEndpoint } from '../local-endpoint/server.ts';
import { startStreamHarness, type StreamHarness } from '../streaming-harness/harness.ts';
import { createInferHandler, type InferHandler } from './infer.ts';
import { chatEvent, readResult, TEST_TRACEPARENT } from './test-support.ts';
import { tracedInfer, tracedStream } from './tracing.ts';

const [, CALLER_TRACE, CALLER_SPAN] = TEST_TRACEPARENT.split('-') as [string, string, string, string];
const MARKER = 'quokka lantern marker';
const SERVER = 2;

let ep: LocalEndpoint;
let client: SageMakerRuntimeClient;
let receiver: OtlpReceiver;
let infer: InferHandler;
let harness: StreamHarness;

beforeAll(async () => {
  ep = await startLocalEndpoint({});
  client = new SageMakerRuntimeClient({
    region: 'eu-central-1',
    endpoint: ep.url,
    credentials: { accessKeyId: 'AKIDLOCAL', secretAccessKey: 'local-secret' },
    maxAttempts: 1,
    requestHandler: { requestTimeout: 60_000, throwOnRequestTimeout: true },
  });
  receiver = await startOtlpReceiver();
  const tracing = createTracing({ url: receiver.url, headers: {}, serviceName: 'cloud-under-test' });
  const config = { endpoints: { 'triage-small': 'triage-small-endpoint' }, client };
  infer = tracedInfer(createInferHandler(config), tracing);
  // stream.ts calls awslambda.streamifyResponse at load: the harness (imported above) has installed it.
  const { createObservedStreamHandler } = await import('./stream.ts');
  harness = await startStreamHarness({ handler: awslambda.streamifyResponse(tracedStream(createObservedStreamHandler(config), tracing)) });
}, 120_000); // loads the ONNX models: slow on a loaded machine
afterAll(async () => {
  await harness?.close();
  client?.destroy();
  await ep?.close();
  await receiver?.close();
});
beforeEach(() => receiver.reset());

describe('Lambda traces', () => {
  it("infer: a server span in the edge's trace with the GenAI attributes, exported before the result returns", async () => {
    const result = await infer(chatEvent({ messages: [{ role: 'user', content: `Tell me about the ${MARKER}` }] }));
    const { status, json } = readResult(result);
    expect(status).toBe(200);

    const spans = receiver.spans();
    expect(spans).toHaveLength(1);
    const span = spans[0]!;
    expect(span).toMatchObject({ name: 'chat triage-small', kind: SERVER, traceId: CALLER_TRACE, parentSpanId: CALLER_SPAN });
    expect(span.resource['service.name']).toBe('cloud-under-test');
    expect(span.attributes).toMatchObject({
      'gen_ai.operation.name': 'chat',
      'gen_ai.provider.name': 'aws.sagemaker',
      'gen_ai.request.model': 'triage-small',
      'gen_ai.usage.input_tokens': json.usage.prompt_tokens,
      'gen_ai.usage.output_tokens': json.usage.completion_tokens,
      'gen_ai.response.finish_reasons': [json.choices[0].finish_reason],
      'http.response.status_code': 200,
      'triage.function': 'infer',
      'triage.endpoint': 'triage-small-endpoint',
      'triage.request_id': 'req-1',
      'triage.rule': 'large-to-cloud',
    });
    expect(span.attributes['gen_ai.response.model']).toEqual(expect.any(String));
    for (const p of receiver.payloads) expect(p).not.toContain(MARKER);
  });

  it('infer: a refusal is a span with its status and code', async () => {
    const result = await infer(chatEvent({ messages: [{ role: 'user', content: `${MARKER}: write to anna.berg@example.org` }] }));
    expect(result.statusCode).toBe(403); // PII: refused before the endpoint
    const span = receiver.spans()[0]!;
    expect(span.traceId).toBe(CALLER_TRACE);
    expect(span.attributes['http.response.status_code']).toBe(403);
    expect(span.attributes['triage.error_code']).toEqual(expect.any(String));
    for (const p of receiver.payloads) {
      expect(p).not.toContain(MARKER);
      expect(p).not.toContain('anna.berg');
    }
  });

  it('stream: the span is exported once the stream has ended, with the usage and finish reasons it carried', async () => {
    const event = chatEvent({ stream: true, stream_options: { include_usage: true }, messages: [{ role: 'user', content: MARKER }] });
    const res = await fetch(harness.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(event) });
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text.trimEnd().endsWith('data: [DONE]')).toBe(true);
    // The handler's promise (and with it the flush) ends after the last byte: wait for the export itself.
    const span = (await receiver.nextSpans()).find((s) => s.name === 'chat triage-small')!;
    expect(span).toMatchObject({ kind: SERVER, traceId: CALLER_TRACE, parentSpanId: CALLER_SPAN });
    expect(span.attributes).toMatchObject({ 'triage.function': 'stream', 'http.response.status_code': 200 });
    expect(span.attributes['gen_ai.usage.output_tokens']).toEqual(expect.any(Number));
    expect(span.attributes['gen_ai.response.finish_reasons']).toEqual([expect.any(String)]);
    for (const p of receiver.payloads) expect(p).not.toContain(MARKER);
  });
});
