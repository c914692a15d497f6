// The `stream` Lambda function: response streaming (`awslambda.streamifyResponse`) behind a function URL
// (IAM auth, RESPONSE_STREAM invoke mode). The edge (edge/targets/lambda.ts) POSTs the CloudEvent
// (shared/protocol/cloud-contract.ts, `body.stream: true`) as the HTTP body; the function calls SageMaker
// `InvokeEndpointWithResponseStream` and writes each PayloadPart's bytes — OpenAI SSE from the container — to
// the response as it arrives (no buffering; the edge passes them through byte for byte).
//
// Same validation, PII refusal (defence in depth) and alias → endpoint / variant / inference component mapping
// as `infer` (event.ts, payload.ts, endpoints.ts), same error mapping (sagemaker.ts, result.ts):
//   - errors before the first byte → the status infer would answer + a JSON OpenAI-style error body
//     (+ `x-triage-retryable`, `retry-after` where infer sets them);
//   - a failure after the stream started (ModelStreamError, InternalStreamFailure, a broken connection), or a
//     container stream that ends without `data: [DONE]` → the SSE stream ends with `data: {"error":{...}}\n\n`
//     (shared/protocol/openai/sse.ts: sseErrorEvent; no `[DONE]`) and closes: the status is already 200. Bytes are
//     written whole event by whole event, so an event cut in half by the failure is dropped, never sent half.
//
// Configuration: as infer (TRIAGE_ENDPOINTS, SAGEMAKER_ENDPOINT_URL, SAGEMAKER_MAX_ATTEMPTS,
// SAGEMAKER_TIMEOUT_MS — the timeout is the socket's idle timeout, so a stalled stream errors, never hangs).
import { InvokeEndpointWithResponseStreamCommand } from '@aws-sdk/client-sagemaker-runtime';
import type { CloudEvent } from '../../shared/protocol/cloud-contract.ts';
import { ApiError, errors } from '../../shared/protocol/openai/errors.ts';
import { OpenAiStreamFramer, SSE_HEADERS, sseErrorEvent } from '../../shared/protocol/openai/sse.ts';
import { endpointParams, parseEndpoints, resolveRealtimeEndpoint, type AliasEndpoints, type RealtimeEndpoint } from './endpoints.ts';
import { validateCloudEvent } from './event.ts';
import { configFromEnv, type InferConfig } from './infer.ts';
import { parseJsonOrUndefined } from './json.ts';
import { checkedPayload } from './payload.ts';
import { errorHeaders, misconfigured } from './result.ts';
import { mapSageMakerError, sageMakerFailure } from './sagemaker.ts';
import { sdkFailure } from './sdk-error.ts';
import { tracedStream, type StreamObserver } from './tracing.ts';
import { tracingFromEnv } from '../../shared/protocol/telemetry/tracing.ts';

/** The parts of the function-URL event (payload format 2.0) the handler reads. */
export interface StreamEvent {
  body?: string | null;
  isBase64Encoded?: boolean;
  requestContext?: { http?: { method?: string } };
}

export type StreamHandler = (event: StreamEvent, responseStream: LambdaResponseStream) => Promise<void>;

/** The handler with an observer for its span (tracing.ts). Not a Lambda handler: Lambda's third argument is its context. */
export type ObservedStreamHandler = (event: StreamEvent, responseStream: LambdaResponseStream, observer?: StreamObserver) => Promise<void>;

/** A call that passed validation and the PII check. */
interface StreamCall {
  event: CloudEvent;
  payload: Uint8Array;
  endpoint: RealtimeEndpoint;
}

type PayloadParts = AsyncIterable<{ PayloadPart?: { Bytes?: Uint8Array } }>;

/** Throws (an Error saying what is wrong) if `config.endpoints` is invalid. */
export function createStreamHandler(config: InferConfig): StreamHandler {
  const serve = createObservedStreamHandler(config);
  return (raw, responseStream) => serve(raw, responseStream);
}

/** createStreamHandler's handler reporting to an observer (wrap it with tracedStream to get a Lambda handler). */
export function createObservedStreamHandler(config: InferConfig): ObservedStreamHandler {
  const endpoints = parseEndpoints(config.endpoints, 'endpoints');
  return (raw, responseStream, observer) => serveStream(config, endpoints, raw, responseStream, observer);
}

async function serveStream(
  config: InferConfig,
  endpoints: Record<string, AliasEndpoints>,
  raw: StreamEvent,
  responseStream: LambdaResponseStream,
  observer?: StreamObserver,
): Promise<void> {
  let call: StreamCall;
  try {
    const event = validateCloudEvent(parseBody(raw), 'stream');
    const payload = checkedPayload(event, 'stream', config.allowUnscanned);
    observer?.event(event);
    call = { event, payload, endpoint: resolveRealtimeEndpoint(endpoints, event) };
  } catch (e) {
    return writeError(responseStream, sageMakerFailure(e), observer);
  }

  // The client (or Lambda) closing the stream cancels the SageMaker call.
  const ac = new AbortController();
  const abort = () => ac.abort();
  responseStream.on('close', abort);
  responseStream.on('error', abort);
  let body: PayloadParts;
  try {
    body = await openStream(config.client, call, ac.signal);
  } catch (e) {
    responseStream.off('close', abort);
    return writeError(responseStream, sageMakerFailure(e), observer);
  }

  const endpoint = call.endpoint.endpoint;
  const sse = awslambda.HttpResponseStream.from(responseStream, {
    statusCode: 200,
    headers: { ...SSE_HEADERS, 'x-triage-endpoint': endpoint },
  });
  observer?.outcome(200);
  let failure: ApiError | undefined;
  try {
    failure = await relay(body, sse, endpoint, observer);
  } catch (e) {
    if (sse.destroyed || ac.signal.aborted) return; // the client went away: nobody to tell
    failure = midStreamError(e, endpoint);
  } finally {
    responseStream.off('close', abort);
  }
  if (failure) {
    observer?.outcome(200, failure.code ?? undefined);
    console.error(`stream: ${endpoint}: ${failure.code}: ${failure.message}`);
    await write(sse, new TextEncoder().encode(sseErrorEvent(failure.toBody().error))).catch(() => {});
  }
  await end(sse);
}

/** InvokeEndpointWithResponseStream: the endpoint's stream of payload parts (502 if it answers without one). */
async function openStream(client: InferConfig['client'], call: StreamCall, signal: AbortSignal): Promise<PayloadParts> {
  const out = await client.send(
    new InvokeEndpointWithResponseStreamCommand({
      ...endpointParams(call.endpoint),
      ContentType: 'application/json',
      Accept: 'text/event-stream',
      Body: call.payload,
      CustomAttributes: `traceparent=${call.event.trace.traceparent}`,
    }),
    { abortSignal: signal },
  );
  if (!out.Body) throw errors.badGateway(`Endpoint ${call.endpoint.endpoint} answered without a stream.`, 'bad_model_output');
  return out.Body;
}

/**
 * Writes the container's SSE to the client as it arrives; the failure to report if its stream ended without
 * `[DONE]`. Whole events only: a PayloadPart may end inside an event, and an event cut in half must never reach
 * the client ahead of the error event (the client would choke on half a JSON object, not see an error).
 */
async function relay(
  body: PayloadParts,
  sse: LambdaResponseStream,
  endpoint: string,
  observer?: StreamObserver,
): Promise<ApiError | undefined> {
  const framer = new OpenAiStreamFramer();
  for await (const ev of body) {
    const bytes = ev.PayloadPart?.Bytes;
    if (!bytes || bytes.length === 0) continue;
    const whole = framer.push(bytes).bytes;
    if (whole.length === 0) continue;
    observer?.events(whole);
    await write(sse, whole);
  }
  // The container's stream ended without saying it was finished: as broken as a failure.
  if (framer.ending !== undefined) return undefined;
  return new ApiError(
    502,
    'server_error',
    `The model's stream from ${endpoint} ended before it was complete (no [DONE]); the answer is incomplete.`,
    'stream_interrupted',
  );
}

/** A failure after the 200 went out: what the SSE error event says. */
function midStreamError(e: unknown, endpoint: string): ApiError {
  if (e instanceof ApiError) return e;
  const { name, msg } = sdkFailure(e);
  if (name === 'ModelStreamError')
    return new ApiError(
      502,
      'server_error',
      `The model failed while streaming (ModelStreamError from ${endpoint}): ${msg}`,
      'model_stream_error',
    );
  if (name === 'InternalStreamFailure')
    return new ApiError(502, 'server_error', `SageMaker failed while streaming (InternalStreamFailure): ${msg}`, 'upstream_error');
  return mapSageMakerError(e);
}

/** The function-URL event's body → the CloudEvent JSON (400 `invalid_event` if it is none). */
function parseBody(raw: StreamEvent): unknown {
  if (typeof raw !== 'object' || raw === null) throw errors.badRequest('Malformed function URL event.', null, 'invalid_event');
  const method = raw.requestContext?.http?.method;
  if (method && method !== 'POST')
    throw new ApiError(405, 'invalid_request_error', `The stream function accepts POST only, not ${method}.`, 'method_not_allowed');
  if (typeof raw.body !== 'string' || raw.body.length === 0)
    throw errors.badRequest('Malformed cloud event: the request has no body.', null, 'invalid_event');
  const text = raw.isBase64Encoded ? Buffer.from(raw.body, 'base64').toString('utf8') : raw.body;
  const json = parseJsonOrUndefined(text);
  if (json === undefined) throw errors.badRequest('Malformed cloud event: the body is not JSON.', null, 'invalid_event');
  return json;
}

async function writeError(responseStream: LambdaResponseStream, e: ApiError, observer?: StreamObserver): Promise<void> {
  observer?.outcome(e.status, e.code ?? undefined);
  const s = awslambda.HttpResponseStream.from(responseStream, { statusCode: e.status, headers: errorHeaders(e) });
  await write(s, new TextEncoder().encode(JSON.stringify(e.toBody()))).catch(() => {});
  await end(s);
}

/** Writes and waits while the stream is full; fails (never hangs) if it is closed. */
function write(s: LambdaResponseStream, bytes: Uint8Array): Promise<void> {
  return new Promise((resolve, reject) => {
    if (s.destroyed || s.writableEnded) return reject(new Error('response stream closed'));
    if (s.write(bytes)) return resolve();
    const done = () => {
      s.off('drain', done);
      s.off('close', done);
      if (s.destroyed) reject(new Error('response stream closed'));
      else resolve();
    };
    s.on('drain', done);
    s.on('close', done);
  });
}

function end(s: LambdaResponseStream): Promise<void> {
  return new Promise((resolve) => {
    if (s.destroyed || s.writableFinished) return resolve();
    s.once('close', () => resolve());
    s.end(() => resolve());
  });
}

// ---- the Lambda entry point ---------------------------------------------------------------------------------

let containerHandler: StreamHandler | undefined;

/** The Lambda entry point. Configuration and the SDK client are created once per container. */
export const handler = awslambda.streamifyResponse<StreamEvent>(async (event, responseStream) => {
  if (!containerHandler) {
    try {
      containerHandler = tracedStream(createObservedStreamHandler(configFromEnv()), tracingFromEnv(process.env, 'triage-cloud'));
    } catch (e) {
      return writeError(responseStream, misconfigured('stream', e));
    }
  }
  return containerHandler(event, responseStream);
});
