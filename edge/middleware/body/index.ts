// Step: read and validate the JSON body of an inference request.
//
//   app.post('/v1/chat/completions', body({ task: 'chat' }), ...)
//   // later: c.get('request') → { task: 'chat', body: ChatCompletionRequest }
//
// 415 unless the Content-Type is application/json; 413 over the limit (a Content-Length above it is
// refused before reading, and the bytes are counted while streaming in, so a missing or lying header does
// not help); 400 for invalid UTF-8, malformed JSON or a body the schema rejects (`param` names the field).
// Error messages describe the shape of the body only, never its text (JSON.parse's own messages quote the
// input, so they are not passed on). The parsing is shared with the on-prem node (shared/protocol/http/body.ts).
//
// Sets `request` (BodyVars); reads `config` (telemetry).
import type { MiddlewareHandler } from 'hono';
import { errors } from '../../../shared/protocol/openai/errors.ts';
import type { Task } from '../../../shared/protocol/openai/schema.ts';
import { declaredTooLarge, isJsonContentType, parseRequestBody, readLimited } from '../../../shared/protocol/http/body.ts';
import type { Env } from '../../env.ts';
import type { TelemetryVars } from '../telemetry/vars.ts';
import type { BodyVars } from './vars.ts';

export interface BodyOptions {
  task: Task;
  /** Byte limit; default: the config's MAX_BODY_BYTES (1 MiB). */
  maxBytes?: number;
}

type BodyEnv = { Bindings: Env; Variables: BodyVars & TelemetryVars };

export function body(options: BodyOptions): MiddlewareHandler<BodyEnv> {
  const task = options.task;
  const fixedLimit = options.maxBytes;
  return async function body(c, next) {
    c.set('request', parseRequestBody(await readJsonBytes(c.req.raw, fixedLimit ?? c.get('config').maxBodyBytes), task));
    await next();
  };
}

/** The body's bytes, after the Content-Type and size checks (415, 413); also the Responses step's reader. */
export async function readJsonBytes(req: Request, limit: number): Promise<Uint8Array> {
  if (!isJsonContentType(req.headers.get('content-type'))) throw errors.unsupportedMediaType();
  if (declaredTooLarge(req.headers.get('content-length'), limit)) throw errors.tooLarge(limit);
  return readLimited(req.body, limit);
}
