// The `stream` Lambda function: response streaming (`awslambda.streamifyResponse`) behind a function URL
// (IAM auth, RESPONSE_STREAM invoke mode). The edge (edge/targets/lambda.ts) POSTs the CloudEvent
// (shared/protocol/cloud-contract.ts, `body.stream: true`) as the HTTP body; the function calls SageMaker
// `InvokeEndpointWithResponseStream` and writes each PayloadPart's bytes — OpenAI SSE from the container — to
// the response as it arrives (no buffering; the edge passes them through byte for byte).
//
// Same validation, PII refusal (defence in depth) and alias → endpoint / variant / inference component mapping
// as `infer` (infer.ts, targets.ts), same error mapping:
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
import { configFromEnv, isRetryableStatus, mapSageMakerError, targetParams, validateCloudEvent, type InferConfig } from './infer.ts';
import { checkedPayload } from './payload.ts';
import { parseTargets, syncTargetFor, type SyncTarget } from './targets.ts';

/** The parts of the function-URL event (payload format 2.0) the handler reads. */
export interface StreamEvent {
  body?: string | null;
  isBase64Encoded?: boolean;
  requestContext?: { http?: { method?: string } };
}

export type StreamHandler = (event: StreamEvent, responseStream: LambdaResponseStream) => Promise<void>;

/** Throws (an Error saying what is wrong) if `config.endpoints` is invalid. */
export function createStreamHandler(config: InferConfig): StreamHandler {
  const targets = parseTargets(config.endpoints, 'endpoints');
  return async (raw, responseStream) => {
    let event: CloudEvent;
    let payload: Uint8Array;
    let target: SyncTarget;
    try {
      event = validateCloudEvent(parseBody(raw), 'stream');
      payload = checkedPayload(event, 'stream', config.allowUnscanned);
      target = syncTargetFor(targets, event);
    } catch (e) {
      return writeError(responseStream, e instanceof ApiError ? e : mapSageMakerError(e));
    }

    // The client (or Lambda) closing the stream cancels the SageMaker call.
    const ac = new AbortController();
    const abort = () => ac.abort();
    responseStream.on('close', abort);
    responseStream.on('error', abort);
    const endpoint = target.endpoint;
    let body: AsyncIterable<{ PayloadPart?: { Bytes?: Uint8Array } }>;
    try {
      const out = await config.client.send(
        new InvokeEndpointWithResponseStreamCommand({
          ...targetParams(target),
          ContentType: 'application/json',
          Accept: 'text/event-stream',
          Body: payload,
          CustomAttributes: `traceparent=${event.trace.traceparent}`,
        }),
        { abortSignal: ac.signal },
      );
      if (!out.Body) throw errors.badGateway(`Endpoint ${endpoint} answered without a stream.`, 'bad_model_output');
      body = out.Body;
    } catch (e) {
      responseStream.off('close', abort);
      return writeError(responseStream, e instanceof ApiError ? e : mapSageMakerError(e));
    }

    const sse = awslambda.HttpResponseStream.from(responseStream, {
      statusCode: 200,
      headers: { ...SSE_HEADERS, 'x-triage-endpoint': endpoint },
    });
    // Whole events only: a PayloadPart may end inside an event, and an event cut in half must never reach
    // the client ahead of the error event (the client would choke on half a JSON object, not see an error).
    const framer = new OpenAiStreamFramer();
    let failure: ApiError | undefined;
    try {
      for await (const ev of body) {
        const bytes = ev.PayloadPart?.Bytes;
        if (!bytes || bytes.length === 0) continue;
        const whole = framer.push(bytes).bytes;
        if (whole.length > 0) await write(sse, whole);
      }
      // The container's stream ended without saying it was finished: as broken as a failure.
      if (framer.ending === undefined)
        failure = new ApiError(
          502,
          'server_error',
          `The model's stream from ${endpoint} ended before it was complete (no [DONE]); the answer is incomplete.`,
          'stream_interrupted',
        );
    } catch (e) {
      if (sse.destroyed || ac.signal.aborted) return; // the client went away: nobody to tell
      failure = midStreamError(e, endpoint);
    } finally {
      responseStream.off('close', abort);
    }
    if (failure) {
      console.error(`stream: ${endpoint}: ${failure.code}: ${failure.message}`);
      await write(sse, new TextEncoder().encode(sseErrorEvent(failure.toBody().error))).catch(() => {});
    }
    await end(sse);
  };
}

/** A failure after the 200 went out: what the SSE error event says. */
function midStreamError(e: unknown, endpoint: string): ApiError {
  if (e instanceof ApiError) return e;
  const name = (e as { name?: string })?.name;
  const msg = ((e as Error)?.message ?? String(e)).slice(0, 300);
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
  try {
    return JSON.parse(text);
  } catch {
    throw errors.badRequest('Malformed cloud event: the body is not JSON.', null, 'invalid_event');
  }
}

async function writeError(responseStream: LambdaResponseStream, e: ApiError): Promise<void> {
  const s = awslambda.HttpResponseStream.from(responseStream, {
    statusCode: e.status,
    headers: { 'content-type': 'application/json', 'x-triage-retryable': String(isRetryableStatus(e.status)), ...e.headers },
  });
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
      containerHandler = createStreamHandler(configFromEnv());
    } catch (e) {
      console.error(`stream: ${(e as Error).message}`);
      return writeError(
        responseStream,
        new ApiError(500, 'server_error', `The cloud tier is misconfigured: ${(e as Error).message}`, 'misconfigured'),
      );
    }
  }
  return containerHandler(event, responseStream);
});
