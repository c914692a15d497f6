// Edge → cloud contract (DESIGN.md "Contracts"): the JSON event the edge sends to the cloud tier's Lambda
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
//
// Errors: an OpenAI-shaped error body ({"error":{...}}) with statusCode 4xx is the client's fault and is
// passed to the client; 429/5xx (and Lambda's own function errors, `X-Amz-Function-Error`) make the edge
// fall back. The event never carries PII: the edge sends nothing to the cloud if PII was found (and the
// handlers check again).
import type { Task } from './openai/schema.ts';

export const CLOUD_EVENT_VERSION = 1;

export interface CloudEvent {
  version: typeof CLOUD_EVENT_VERSION;
  task: Task;
  /** The OpenAI request body, `model` replaced by the target's model id, `stream` as described above. */
  body: Record<string, unknown> & { model: string; stream?: boolean };
  /** Why the edge sent it here (for the cloud tier's logs and metrics). */
  decision: { rule: string; policyVersion: string; target: string };
  trace: { traceparent: string; requestId: string };
  tenant: string;
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
    typeof x === 'object' && x !== null && typeof (x as { statusCode?: unknown }).statusCode === 'number' &&
    'body' in x && (typeof (x as { body: unknown }).body === 'string' || typeof (x as { body: unknown }).body === 'object')
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
