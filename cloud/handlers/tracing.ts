// The Lambda handlers' OpenTelemetry spans (shared/protocol/telemetry/tracing.ts; on only when the OTEL_*
// variables configure OTLP): one server span per invocation, child of the edge's `traceparent` (the event's
// `trace`), with the GenAI attributes of the request and the answer. A Lambda container may be frozen once the
// handler returns, so the span is exported (forceFlush) before it does — for `stream` after the response
// stream has ended, so the flush never delays a byte the client waits for.
//
//   entryPoint('infer', () => tracedInfer(createInferHandler(configFromEnv()), tracingFromEnv(process.env, 'triage-cloud')))
//
// Attributes are names, codes and counts: the model ids, the rule, the endpoint name, usage, finish reasons,
// status and error code — never the messages, the answer's text, the tenant's data or a header value.
import type { TimeInput } from '@opentelemetry/api';
import type { CloudEvent, CloudResult } from '../../shared/protocol/cloud-contract.ts';
import {
  answerFactsOf,
  genAiAnswerAttributes,
  genAiRequestAttributes,
  StreamAnswerFacts,
  type AnswerFacts,
  type SpanAttributes,
} from '../../shared/protocol/telemetry/gen-ai.ts';
import { requestIdFrom } from '../../shared/protocol/telemetry/request-id.ts';
import { ATTR } from '../../shared/protocol/telemetry/span-attributes.ts';
import type { Tracing } from '../../shared/protocol/telemetry/tracing.ts';
import { parseJsonOrUndefined } from './json.ts';

/** `gen_ai.provider.name`: the cloud tier serves models from SageMaker endpoints. */
export const CLOUD_PROVIDER = 'aws.sagemaker';

const TASKS = new Set(['chat', 'embeddings', 'classify']);
const NAME = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;

/** A buffered handler (infer.ts), as Lambda calls it. */
type BufferedHandler = (event: unknown) => Promise<CloudResult>;

/**
 * What a streaming invocation reports as it goes, for its span: the validated event, the status and error
 * code, and the whole SSE events relayed (read for usage and finish reasons only).
 */
export interface StreamObserver {
  event(event: CloudEvent): void;
  outcome(status: number, errorCode?: string): void;
  events(bytes: Uint8Array): void;
}

/** A streaming handler (stream.ts) that reports to an observer. */
type ObservedStreamHandler<E> = (event: E, responseStream: LambdaResponseStream, observer?: StreamObserver) => Promise<void>;

/** A streaming Lambda handler: (event, responseStream); Lambda's third argument, its context, is not passed on. */
type StreamingHandler<E> = (event: E, responseStream: LambdaResponseStream) => Promise<void>;

/** What an invocation's span says, gathered as it runs. */
interface Invocation {
  startTime: TimeInput;
  event?: unknown;
  status?: number;
  errorCode?: string;
  endpoint?: string;
  facts?: AnswerFacts;
}

/** The `infer` handler, its invocations traced and exported before each result returns; itself when off. */
export function tracedInfer(handler: BufferedHandler, setup: Promise<Tracing> | undefined): BufferedHandler {
  if (!setup) return handler;
  return async (raw) => {
    const tracing = await setup;
    const inv: Invocation = { startTime: Date.now(), event: raw };
    try {
      const result = await handler(raw);
      Object.assign(inv, resultFacts(result));
      return result;
    } finally {
      endInvocation(tracing, 'infer', inv);
      await tracing.flush().catch(() => {}); // a failed export must not fail the request
    }
  };
}

/** The `stream` handler, traced: the span is exported after the response stream has ended (untraced when off). */
export function tracedStream<E>(handler: ObservedStreamHandler<E>, setup: Promise<Tracing> | undefined): StreamingHandler<E> {
  if (!setup) return (raw, responseStream) => handler(raw, responseStream);
  return async (raw, responseStream) => {
    const tracing = await setup;
    const inv: Invocation = { startTime: Date.now() };
    const facts = new StreamAnswerFacts();
    try {
      await handler(raw, responseStream, streamObserver(inv, facts));
    } finally {
      inv.facts = facts.facts;
      endInvocation(tracing, 'stream', inv);
      await tracing.flush().catch(() => {});
    }
  };
}

function streamObserver(inv: Invocation, facts: StreamAnswerFacts): StreamObserver {
  return {
    event: (event: CloudEvent) => (inv.event = event),
    outcome: (status, errorCode) => {
      inv.status = status;
      if (errorCode) inv.errorCode = errorCode;
    },
    events: (bytes) => facts.push(bytes),
  };
}

/** A buffered result: its status, endpoint, and the answer's facts or the error's code. */
function resultFacts(result: CloudResult): Partial<Invocation> {
  const out: Partial<Invocation> = { status: result.statusCode };
  const endpoint = result.headers?.['x-triage-endpoint'];
  if (endpoint && NAME.test(endpoint)) out.endpoint = endpoint;
  const json = typeof result.body === 'string' ? parseJsonOrUndefined(result.body) : result.body;
  if (result.statusCode === 200) out.facts = answerFactsOf(json);
  else {
    const code = (json as { error?: { code?: unknown } } | undefined)?.error?.code;
    if (typeof code === 'string' && NAME.test(code)) out.errorCode = code;
  }
  return out;
}

function endInvocation(tracing: Tracing, fn: 'infer' | 'stream', inv: Invocation): void {
  const event = eventFacts(inv.event);
  const span = tracing.startServerSpan(event.name, event.traceparent, { startTime: inv.startTime, attributes: event.attributes });
  span.setAttributes({ 'triage.tier': 'cloud', 'triage.function': fn, ...genAiAnswerAttributes(inv.facts ?? {}) });
  if (inv.endpoint) span.setAttribute('triage.endpoint', inv.endpoint);
  const status = inv.status ?? 500;
  span.setAttribute(ATTR.httpResponseStatusCode, status);
  if (inv.errorCode) span.setAttribute('triage.error_code', inv.errorCode);
  if (status >= 500 || (inv.errorCode && status === 200)) tracing.fail(span, inv.errorCode ?? String(status));
  span.end();
}

/** The span's name, parent and request attributes from the event — read defensively: it may be invalid. */
function eventFacts(raw: unknown): { name: string; traceparent: string | undefined; attributes: SpanAttributes } {
  const e = (typeof raw === 'object' && raw !== null ? raw : {}) as Partial<Record<keyof CloudEvent, unknown>>;
  const trace = (e.trace ?? {}) as { traceparent?: unknown; requestId?: unknown };
  const task = typeof e.task === 'string' && TASKS.has(e.task) ? e.task : 'chat';
  const model = (e.body as { model?: unknown } | undefined)?.model;
  const attributes = genAiRequestAttributes({ task, model: typeof model === 'string' ? model : undefined, provider: CLOUD_PROVIDER });
  const requestId = typeof trace.requestId === 'string' ? trace.requestId : undefined;
  if (requestId && requestIdFrom(requestId) === requestId) attributes['triage.request_id'] = requestId;
  const rule = (e.decision as { rule?: unknown } | undefined)?.rule;
  if (typeof rule === 'string' && NAME.test(rule)) attributes['triage.rule'] = rule;
  return {
    name: `${String(attributes[ATTR.genAiOperationName])} ${String(attributes[ATTR.genAiRequestModel])}`,
    traceparent: typeof trace.traceparent === 'string' ? trace.traceparent : undefined,
    attributes,
  };
}
