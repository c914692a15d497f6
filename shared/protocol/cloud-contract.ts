// Edge → cloud contract (docs/design.md "Contracts"): the JSON event the edge sends to the cloud tier's Lambda
// functions, and what they answer. Both sides import these types; the edge (edge/targets/lambda.ts)
// builds events, the cloud handlers (cloud/) read them.
//
// Transport
//   Buffered:  Lambda Invoke, `POST {endpoint}/2015-03-31/functions/{function}/invocations`, SigV4
//              (service `lambda`), InvocationType RequestResponse. Payload = CloudEvent (JSON). The function
//              returns a CloudResult (or, shorthand, the OpenAI response object itself, meaning status 200).
//              `body.stream` is always false here; a client that asked for a stream gets the buffered
//              completion re-framed as SSE chunks by the edge.
//   Streaming: the function URL (`stream_url`, IAM auth, RESPONSE_STREAM invoke mode), `POST` with the same
//              CloudEvent as the HTTP body, SigV4 (service `lambda`) with `x-amz-content-sha256`. The
//              function answers with HTTP status + `content-type: text/event-stream` and OpenAI's SSE
//              bytes (`data: {...}\n\n` … `data: [DONE]\n\n`), or a JSON error body with a 4xx/5xx status.
//              `body.stream` is true.
//   Async:     Lambda Invoke (RequestResponse) of the `submit` function with the same CloudEvent (`body.stream`
//              false or absent): the request is queued for the GPU's async endpoint (SageMaker
//              `InvokeEndpointAsync`, input and result in S3) and the function answers 202 with a CloudJob
//              (`status: "queued"`). Then Invoke the `status` function with a CloudJobStatusEvent (the job id
//              and the same tenant): 200 with the CloudJob (`in_progress`, `completed` + `result` = the
//              OpenAI response, or `failed` + `error` in OpenAI's error shape), or 404 for an unknown job —
//              also for another tenant's job (no existence leak: a job is bound to the tenant that submitted it).
//
// `mode` (optional) says which of the three the event is meant for; a handler refuses an event whose mode is
// another's (400 `invalid_event`). Without it the function invoked decides.
//
// Errors: an OpenAI-shaped error body ({"error":{...}}) with statusCode 4xx is the client's fault and is
// passed to the client; 429/5xx (and Lambda's own function errors, `X-Amz-Function-Error`) make the edge
// fall back. The event never carries PII: the edge sends nothing to the cloud if PII was found (and the
// handlers check again).
import type { Task } from './openai/schema.ts';

export const CLOUD_EVENT_VERSION = 1;

export type CloudMode = 'buffered' | 'stream' | 'async';

export interface CloudEvent {
  version: typeof CLOUD_EVENT_VERSION;
  /** Which function the event is meant for (see "Transport"); optional, checked when present. */
  mode?: CloudMode;
  task: Task;
  /** The OpenAI request body, `model` replaced by the target's model id, `stream` as described above. */
  body: Record<string, unknown> & { model: string; stream?: boolean };
  /** Why the edge sent it here (for the cloud tier's logs and metrics). */
  decision: { rule: string; policyVersion: string; target: string };
  trace: { traceparent: string; requestId: string };
  tenant: string;
}

/** A job id: `job-` + 32 lowercase hex digits (128 random bits). Anything else is refused as unknown. */
export const JOB_ID_PATTERN = /^job-[0-9a-f]{32}$/;

export function isJobId(x: unknown): x is string {
  return typeof x === 'string' && JOB_ID_PATTERN.test(x);
}

/** The `status` function's event: which job, for which tenant (the one that submitted it). */
export interface CloudJobStatusEvent {
  version: typeof CLOUD_EVENT_VERSION;
  job: string;
  tenant: string;
  trace?: { traceparent: string; requestId: string };
}

export type CloudJobStatus = 'queued' | 'in_progress' | 'completed' | 'failed';

/** An async job, as `submit` (status `queued`) and `status` answer it (the CloudResult's body). */
export interface CloudJob {
  id: string;
  object: 'triage.job';
  status: CloudJobStatus;
  /** Unix seconds. */
  created: number;
  /** The model alias the job was submitted for. */
  model: string;
  /** Unix seconds after which a job with no result is reported failed (`job_expired`). */
  expires_at: number;
  /** `completed` only: the OpenAI response (a chat completion). */
  result?: Record<string, unknown>;
  /** `failed` only: OpenAI's error object ({message, type, param, code}). */
  error?: { message: string; type: string; param: string | null; code: string | null };
}

/** What a buffered invocation returns (API Gateway–like envelope). */
export interface CloudResult {
  statusCode: number;
  headers?: Record<string, string>;
  /** The OpenAI response (or error) as a JSON string, or as the object itself. */
  body: string | Record<string, unknown>;
}

export function isCloudResult(x: unknown): x is CloudResult {
  return (
    typeof x === 'object' &&
    x !== null &&
    typeof (x as { statusCode?: unknown }).statusCode === 'number' &&
    'body' in x &&
    (typeof (x as { body: unknown }).body === 'string' || typeof (x as { body: unknown }).body === 'object')
  );
}

/** Normalises a function's return value to status + JSON text. Anything else is an invalid answer (null). */
export function readCloudResult(payload: unknown): { status: number; headers: Record<string, string>; body: string } | null {
  if (isCloudResult(payload)) {
    const body = typeof payload.body === 'string' ? payload.body : JSON.stringify(payload.body);
    return { status: payload.statusCode, headers: payload.headers ?? {}, body };
  }
  if (typeof payload === 'object' && payload !== null && !Array.isArray(payload)) {
    return { status: 200, headers: {}, body: JSON.stringify(payload) };
  }
  return null;
}
