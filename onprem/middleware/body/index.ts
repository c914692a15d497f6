// Step: the request body, read by the auth step (its hash is what the signature covers), checked and parsed
// here the way the edge does it (shared/protocol/http/body.ts): 415 unless the Content-Type is JSON; 400 for
// invalid UTF-8, malformed JSON or a body the schema rejects (`param` names the field). Messages describe the
// body's shape, never its text.
//
//   app.post('/v1/chat/completions', body({ task: 'chat' }), ...)
//   // later: c.var.request → { task: 'chat', body: ChatCompletionRequest }
import type { MiddlewareHandler } from 'hono';
import { isJsonContentType, parseRequestBody } from '../../../shared/protocol/http/body.ts';
import { errors } from '../../../shared/protocol/openai/errors.ts';
import type { ParsedRequest, Task } from '../../../shared/protocol/openai/schema.ts';
import type { AuthVariables } from '../auth/index.ts';
import type { ContextVariables } from '../context/index.ts';

export interface BodyOptions {
  task: Task;
}

export interface BodyVariables {
  request: ParsedRequest;
}

export function body(options: BodyOptions): MiddlewareHandler<{ Variables: ContextVariables & AuthVariables & BodyVariables }> {
  const { task } = options;
  return async function body(c, next) {
    const record = c.get('record');
    record.task = task;
    if (!isJsonContentType(c.req.header('content-type'))) throw errors.unsupportedMediaType();
    const request = parseRequestBody(c.get('rawBody'), task);
    record.stream = wantsStream(request);
    c.set('request', request);
    await next();
  };
}

/** A chat request that asked for its answer as a stream of events. */
export function wantsStream(request: ParsedRequest): boolean {
  return request.task === 'chat' && request.body.stream === true;
}
