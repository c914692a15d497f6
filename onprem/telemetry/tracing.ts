// The node's OpenTelemetry spans (shared/protocol/telemetry/tracing.ts; on only when OTLP is configured):
// one server span per request, child of the edge's `traceparent`, and inside it a `queue wait` span and the
// engine call, whose id is the `traceparent` the engine receives (so a vLLM's own spans nest under it).
//
//   app.use('*', context(...)); app.use('/v1/*', traceRequest({ tracing })); app.use('*', audit(...))
//   app.post(route, ..., admission(...), traceEngine({ tracing }), infer(...))  // queue wait + engine call
//
// Attributes come from the request's audit record (names, codes, counts: onprem/audit.ts) and from the
// answer's model, usage and finish reasons (shared/protocol/telemetry/gen-ai.ts) — never from a body's text,
// a header's value or a key.
import type { MiddlewareHandler } from 'hono';
import {
  answerFactsOf,
  genAiAnswerAttributes,
  genAiRequestAttributes,
  StreamAnswerFacts,
  type AnswerFacts,
  type SpanAttributes,
} from '../../shared/protocol/telemetry/gen-ai.ts';
import { ATTR } from '../../shared/protocol/telemetry/span-attributes.ts';
import { childSpan, formatTraceparent } from '../../shared/protocol/telemetry/trace.ts';
import { traceContextOf, type Span, type Tracing } from '../../shared/protocol/telemetry/tracing.ts';
import type { AuditDraft } from '../audit.ts';
import { CLIENT_CLOSED } from '../middleware/audit/index.ts';
import type { ContextVariables } from '../middleware/context/index.ts';
import { isEventStream, onStreamEnd } from '../middleware/stream-end.ts';

/** `gen_ai.provider.name`: no well-known value fits a customer's own node; ours says which tier answered. */
export const ONPREM_PROVIDER = 'triage.onprem';

/** Admission control's refusal codes (onprem/middleware/admission, drain): the span's admission outcome. */
const REFUSALS = new Set(['queue_full', 'queue_timeout', 'draining']);

export interface TracingVariables {
  /** This request's server span (absent when tracing is off). */
  requestSpan?: Span;
  /** What the engine's answer said (model, usage, finish reasons), for the request's span. */
  answerFacts?: AnswerFacts;
}

type TracedEnv = { Variables: ContextVariables & TracingVariables };

/** The request's server span, ended when the answer's last byte is out (or the client left: 499). */
export function traceRequest(options: { tracing: Tracing }): MiddlewareHandler<TracedEnv> {
  const { tracing } = options;
  return async function traceRequest(c, next) {
    const record = c.get('record');
    const span = tracing.startServerSpan(`${record.method} ${record.route}`, c.req.header('traceparent'), {
      attributes: { [ATTR.httpRequestMethod]: record.method, [ATTR.httpRoute]: record.route, 'triage.request_id': record.request_id },
    });
    const ids = traceContextOf(span);
    // Without a valid caller traceparent the span roots a new trace: the audit line names that one.
    record.trace_id = ids.traceId;
    c.set('requestSpan', span);
    c.set('engineTraceparent', formatTraceparent(childSpan(ids)));
    await next();
    if (!isEventStream(c.res)) return endRequestSpan(tracing, span, record, c.res.status, c.get('answerFacts'));
    const status = c.res.status;
    c.res = onStreamEnd(c.res, (how) =>
      endRequestSpan(tracing, span, record, how === 'cancelled' || c.req.raw.signal.aborted ? CLIENT_CLOSED : status, c.get('answerFacts')),
    );
  };
}

function endRequestSpan(tracing: Tracing, span: Span, record: AuditDraft, status: number, facts: AnswerFacts | undefined): void {
  span.setAttributes({ ...requestAttributes(record), ...genAiAnswerAttributes({ ...facts, ...tokenFacts(record) }) });
  span.setAttribute(ATTR.httpResponseStatusCode, status);
  if (status >= 500 || status === CLIENT_CLOSED) tracing.fail(span, record.error_code ?? String(status));
  span.end();
}

/** What the steps learned, as span attributes: codes, names and numbers from the audit record. */
function requestAttributes(record: AuditDraft): SpanAttributes {
  const a: SpanAttributes = { 'triage.tier': 'onprem' };
  if (record.task) Object.assign(a, genAiRequestAttributes({ task: record.task, model: record.model, provider: ONPREM_PROVIDER }));
  if (record.timings.queue_ms !== undefined) a['triage.queue_wait_ms'] = record.timings.queue_ms;
  if (record.timings.engine_ms !== undefined) a['triage.engine_ms'] = record.timings.engine_ms;
  const admission = admissionOutcome(record);
  if (admission) a['triage.admission'] = admission;
  if (record.error_code) a['triage.error_code'] = record.error_code;
  if (record.auth_failure) a['triage.auth_failure'] = record.auth_failure;
  if (record.decision?.rule) a['triage.rule'] = record.decision.rule;
  if (record.decision?.policy) a['triage.policy'] = record.decision.policy;
  if (record.stream !== undefined) a['triage.stream'] = record.stream;
  return a;
}

/** `admitted`, the refusal's code, or undefined for a request that never reached admission control. */
function admissionOutcome(record: AuditDraft): string | undefined {
  if (record.error_code && REFUSALS.has(record.error_code)) return record.error_code;
  return record.timings.queue_ms !== undefined ? 'admitted' : undefined;
}

function tokenFacts(record: AuditDraft): AnswerFacts {
  const f: AnswerFacts = {};
  if (record.tokens?.prompt !== undefined) f.inputTokens = record.tokens.prompt;
  if (record.tokens?.completion !== undefined) f.outputTokens = record.tokens.completion;
  return f;
}

/**
 * The admitted request's `queue wait` span (its length is known now: it just ended) and the engine call's
 * span, which the engine's `traceparent` names; ended with the answer's last byte. A pass-through when off.
 */
export function traceEngine(options: { tracing: Tracing | undefined }): MiddlewareHandler<TracedEnv> {
  const { tracing } = options;
  return async function traceEngine(c, next) {
    const parent = c.get('requestSpan');
    if (!tracing || !parent) return next();
    const record = c.get('record');
    const now = Date.now();
    const queueMs = record.timings.queue_ms ?? 0;
    tracing.startChildSpan(parent, 'queue wait', { startTime: now - queueMs, attributes: { 'triage.queue_wait_ms': queueMs } }).end(now);
    const request = genAiRequestAttributes({ task: record.task ?? 'chat', model: record.model, provider: ONPREM_PROVIDER });
    const name = `${String(request[ATTR.genAiOperationName])} ${String(request[ATTR.genAiRequestModel])}`;
    const span = tracing.startChildSpan(parent, name, { kind: 'client', attributes: request });
    c.set('engineTraceparent', formatTraceparent(traceContextOf(span)));
    await next();
    const end = (facts: AnswerFacts) => {
      c.set('answerFacts', facts);
      span.setAttributes(genAiAnswerAttributes(facts));
      span.setAttribute(ATTR.httpResponseStatusCode, c.res.status);
      if (c.res.status >= 500) tracing.fail(span, String(c.res.status));
      span.end();
    };
    if (isEventStream(c.res)) c.res = watchStream(c.res, end);
    else end(c.res.ok ? await jsonFacts(c.res) : {});
  };
}

/** An answer read whole (the infer step built it from text): its facts, from a copy of the body. */
async function jsonFacts(res: Response): Promise<AnswerFacts> {
  try {
    return answerFactsOf(JSON.parse(await res.clone().text()));
  } catch {
    return {};
  }
}

/** `res` with its bytes unchanged; its events feed the facts, handed over when the stream ends. */
function watchStream(res: Response & { body: ReadableStream<Uint8Array> }, onEnd: (facts: AnswerFacts) => void): Response {
  const facts = new StreamAnswerFacts();
  const reader = res.body.getReader();
  const watched = new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        const chunk = await reader.read();
        if (chunk.done) return controller.close();
        facts.push(chunk.value);
        controller.enqueue(chunk.value);
      },
      cancel: (reason) => reader.cancel(reason),
    },
    { highWaterMark: 0 }, // pulled on demand, as the steps inside pass it on: no read-ahead
  );
  return onStreamEnd(new Response(watched, res) as Response & { body: ReadableStream<Uint8Array> }, () => onEnd(facts.facts));
}
