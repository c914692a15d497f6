// Step: OpenAI's Responses API (`POST /v1/responses`) over the chat pipeline — in the body step's place.
//
//   app.post('/v1/responses', auth(), responses(), inspect(), ..., run())
//   // later: c.get('request') → { task: 'chat', body: <the chat request translated from the Responses one> }
//
// The body is read as the body step reads it (415, 413, UTF-8, JSON, depth), validated as a Responses request
// (400 `unsupported_parameter` for what the edge cannot honour, `invalid_request` for a malformed body) and
// translated to chat FIRST: the chat body is what inspect scans, decide routes (task `chat`), redact redacts and
// the targets receive, so nothing of the Responses body goes on unscanned or untranslated. After the run (and
// after redact has restored the chat answer), a 200 chat answer is translated back: JSON → a Response object,
// SSE → the Responses event stream. Errors (everything before the stream starts) stay OpenAI-shaped JSON.
//
// Nothing is stored (README "Responses API"): no later retrieval by id, no `previous_response_id`.
//
// Sets `request` (BodyVars: the chat translation; the Responses request itself stays in this step); reads
// `config` (telemetry).
import type { Handler, MiddlewareHandler } from 'hono';
import { parseJsonObject } from '../../../shared/protocol/http/body.ts';
import { errors } from '../../../shared/protocol/openai/errors.ts';
import {
  chatCompletionToResponse,
  parseResponsesRequest,
  toChatRequest,
  TranslationError,
  type ResponseIds,
  type ResponsesRequest,
} from '../../../shared/protocol/openai/responses/index.ts';
import { completionToSse, SSE_HEADERS } from '../../../shared/protocol/openai/sse.ts';
import type { Env } from '../../env.ts';
import { readJsonBytes } from '../body/index.ts';
import type { BodyVars } from '../body/vars.ts';
import type { TelemetryVars } from '../telemetry/vars.ts';
import { responsesSse } from './sse.ts';

export interface ResponsesOptions {
  /** Byte limit; default: the config's MAX_BODY_BYTES (1 MiB). */
  maxBytes?: number;
}

type ResponsesEnv = { Bindings: Env; Variables: BodyVars & TelemetryVars };

export function responses(options: ResponsesOptions = {}): MiddlewareHandler<ResponsesEnv> {
  return async function responses(c, next) {
    const request = parseResponsesRequest(
      parseJsonObject(await readJsonBytes(c.req.raw, options.maxBytes ?? c.get('config').maxBodyBytes)),
    );
    c.set('request', { task: 'chat', body: toChatRequest(request) });
    await next();
    const res = c.res;
    if (res.status !== 200) return;
    // Hono copies the old response's headers onto the new one: a stale length must not come along.
    try {
      res.headers.delete('content-length');
    } catch {
      // immutable headers: a target's Response, which never carries one (targets/http.ts)
    }
    c.res = await translatedAnswer(res, request, newIds());
  };
}

/** GET/DELETE /v1/responses/{id} and its sub-routes: nothing is stored, so there is nothing to retrieve, cancel or delete. */
export function notStored(): Handler {
  return () => {
    throw errors.notFound('Responses are not stored here, so none can be retrieved, cancelled or deleted.', 'response_not_found');
  };
}

/** Random ids per answer: `resp_<32 hex>` (nothing of the request or its ids in them). */
function newIds(): ResponseIds {
  return { base: crypto.randomUUID().replaceAll('-', ''), createdAt: Math.floor(Date.now() / 1000) };
}

/** A 200 chat answer → the Responses answer: a Response object, or (streamed) the Responses events. */
async function translatedAnswer(res: Response, request: ResponsesRequest, ids: ResponseIds): Promise<Response> {
  const headers = new Headers(res.headers);
  headers.delete('content-length');
  const type = res.headers.get('content-type') ?? '';
  if (type.includes('text/event-stream') && res.body) {
    return new Response(res.body.pipeThrough(responsesSse(request, ids)), { status: 200, headers });
  }
  if (!type.includes('application/json')) throw errors.badGateway('The target answered in a format that is not a chat completion.');
  const completion = await completionOf(res);
  if (request.stream) {
    // A target that could not stream answered whole: the events it would have streamed.
    for (const [k, v] of Object.entries(SSE_HEADERS)) headers.set(k, v);
    const body = new Blob([completionToSse(completion)]).stream().pipeThrough(responsesSse(request, ids));
    return new Response(body, { status: 200, headers });
  }
  try {
    return Response.json(chatCompletionToResponse(completion, request, ids), { status: 200, headers });
  } catch (err) {
    if (err instanceof TranslationError) throw errors.badGateway(`The target's answer is not a chat completion: ${err.message}.`);
    throw err;
  }
}

async function completionOf(res: Response): Promise<Record<string, unknown>> {
  const json: unknown = await res.json().catch(() => undefined);
  if (typeof json !== 'object' || json === null || Array.isArray(json)) throw errors.badGateway('The target answered with invalid JSON.');
  return json as Record<string, unknown>;
}
