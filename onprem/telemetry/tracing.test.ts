// The node's OpenTelemetry spans over real HTTP: a real node (server/test-node.ts: the openai-upstream engine
// in front of a real test upstream) exports to a real OTLP/HTTP receiver (test/support/otlp-receiver.ts: a
// receiver of the wire protocol, not a collector). The spans join the caller's trace, carry the GenAI
// attributes, and no prompt or answer text reaches the exported payload. Also: the process metrics on /metrics.
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseTraceparent } from '../../shared/protocol/telemetry/index.ts';
import { createTracing, type Tracing } from '../../shared/protocol/telemetry/tracing.ts';
import { startOtlpReceiver, type OtlpReceiver, type ReceivedSpan } from '../../test/support/otlp-receiver.ts';
import { chat, startNode, stopNodes } from '../server/test-node.ts';
import { chunk } from '../server/test-upstream.ts';

const CALLER_TRACE = '4bf92f3577b34da6a3ce929d0e0e4736';
const CALLER_SPAN = '00f067aa0ba902b7';
const TRACEPARENT = `00-${CALLER_TRACE}-${CALLER_SPAN}-01`;
/** Prompt text that must appear nowhere in what is exported. */
const MARKER = 'zq-marker-prompt-7731';
/** OTLP's span kinds. */
const SERVER = 2;
const CLIENT = 3;

let receiver: OtlpReceiver;
let tracing: Tracing;

beforeEach(async () => {
  receiver = await startOtlpReceiver();
  tracing = await createTracing({ url: receiver.url, headers: { 'x-otlp-token': 'receiver-token' }, serviceName: 'onprem-under-test' });
});
afterEach(async () => {
  await stopNodes();
  await receiver.close();
});
afterAll(stopNodes);

const byName = (spans: ReceivedSpan[], name: string) => spans.find((s) => s.name === name);

describe('on-prem traces', () => {
  it("exports one server span per request in the caller's trace, with queue-wait and engine spans and GenAI attributes", async () => {
    const n = await startNode({}, { tracing });
    const pending = n.call('/v1/chat/completions', chat(`Summarise: ${MARKER}`), {
      headers: { traceparent: TRACEPARENT, 'x-request-id': 'req-otel-1' },
    });
    const held = await n.upstream.next();
    held.reply();
    expect((await pending).status).toBe(200);
    await tracing.flush();

    const spans = receiver.spans();
    const server = byName(spans, 'POST /v1/chat/completions')!;
    expect(server).toMatchObject({ kind: SERVER, traceId: CALLER_TRACE, parentSpanId: CALLER_SPAN });
    expect(server.resource['service.name']).toBe('onprem-under-test');
    expect(server.attributes).toMatchObject({
      'http.request.method': 'POST',
      'http.route': '/v1/chat/completions',
      'http.response.status_code': 200,
      'gen_ai.operation.name': 'chat',
      'gen_ai.provider.name': 'triage.onprem',
      'gen_ai.request.model': 'up-chat',
      'gen_ai.response.model': 'up-chat',
      'gen_ai.usage.input_tokens': 7,
      'gen_ai.usage.output_tokens': 5,
      'gen_ai.response.finish_reasons': ['stop'],
      'triage.request_id': 'req-otel-1',
      'triage.admission': 'admitted',
    });
    expect(server.attributes['triage.queue_wait_ms']).toEqual(expect.any(Number));

    const queue = byName(spans, 'queue wait')!;
    const engine = byName(spans, 'chat up-chat')!;
    expect(queue).toMatchObject({ traceId: CALLER_TRACE, parentSpanId: server.spanId });
    expect(engine).toMatchObject({ kind: CLIENT, traceId: CALLER_TRACE, parentSpanId: server.spanId });
    // The engine is called with the engine span as its parent: its own spans nest under it.
    expect(parseTraceparent(String(held.headers.traceparent))).toMatchObject({ traceId: CALLER_TRACE, spanId: engine.spanId });
    expect(n.records()[0]).toMatchObject({ request_id: 'req-otel-1', trace_id: CALLER_TRACE });

    expect(receiver.headers[0]!['x-otlp-token']).toBe('receiver-token');
    for (const p of receiver.payloads) {
      expect(p).not.toContain(MARKER);
      expect(p).not.toContain('hello from upstream'); // the answer's text
    }
  });

  it("reads a stream's finish reasons and usage as it passes, bytes unchanged", async () => {
    const n = await startNode({}, { tracing });
    const pending = n.call('/v1/chat/completions', chat(MARKER, { stream: true, stream_options: { include_usage: true } }), {
      headers: { traceparent: TRACEPARENT },
    });
    const held = await n.upstream.next();
    held.sse(chunk(`echo ${MARKER}`));
    held.sse({ ...chunk(''), choices: [{ index: 0, delta: {}, finish_reason: 'length' }] });
    held.sse(chunk('', { prompt_tokens: 11, completion_tokens: 3, total_tokens: 14 }));
    held.end();
    const res = await pending;
    const text = await res.text();
    expect(text).toContain(MARKER);
    expect(text.trimEnd().endsWith('data: [DONE]')).toBe(true);
    await tracing.flush();

    const server = byName(receiver.spans(), 'POST /v1/chat/completions')!;
    expect(server.attributes).toMatchObject({
      'http.response.status_code': 200,
      'gen_ai.response.finish_reasons': ['length'],
      'gen_ai.usage.input_tokens': 11,
      'gen_ai.usage.output_tokens': 3,
      'triage.stream': true,
    });
    for (const p of receiver.payloads) expect(p).not.toContain(MARKER);
  });

  it('starts a new trace without a traceparent, and marks refused requests with their code (no engine span)', async () => {
    const n = await startNode({}, { tracing });
    const res = await fetch(n.node.url + '/v1/chat/completions', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${MARKER}` },
      body: JSON.stringify(chat(MARKER)),
    });
    expect(res.status).toBe(401);
    expect((await fetch(n.node.url + '/healthz')).status).toBe(200); // probes are not traced
    await tracing.flush();
    const spans = receiver.spans();
    expect(spans).toHaveLength(1);
    expect(spans[0]!.parentSpanId).toBeUndefined();
    expect(spans[0]!.traceId).toBe(n.records()[0]!.trace_id);
    expect(spans[0]!.attributes).toMatchObject({ 'http.response.status_code': 401 });
    expect(spans[0]!.attributes['triage.auth_failure']).toEqual(expect.any(String));
    for (const p of receiver.payloads) expect(p).not.toContain(MARKER);
  });
});

describe('on-prem process metrics', () => {
  it("serves prom-client's process metrics after the node's own", async () => {
    const n = await startNode();
    const text = await (await fetch(n.node.url + '/metrics')).text();
    for (const name of [
      'triage_onprem_requests_total',
      'process_cpu_seconds_total',
      'process_resident_memory_bytes',
      'nodejs_eventloop_lag_seconds',
    ])
      expect(text).toContain(`# TYPE ${name} `);
    expect(text.indexOf('triage_onprem_queue_depth')).toBeLessThan(text.indexOf('process_cpu_seconds_total'));
  });
});
