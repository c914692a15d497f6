// Step: read and validate the JSON body of an inference request.
//
//   app.post('/v1/chat/completions', body({ task: 'chat' }), ...)
//   // later: c.get('request') → { task: 'chat', body: ChatCompletionRequest }
//
// 415 unless the Content-Type is application/json; 413 over the limit (a Content-Length above it is
// refused before reading, and the bytes are counted while streaming in, so a missing or lying header does
// not help); 400 for invalid UTF-8, malformed JSON or a body the schema rejects (`param` names the field).
// Error messages describe the shape of the body only, never its text (JSON.parse's own messages quote the
// input, so they are not passed on).
import type { MiddlewareHandler } from 'hono';
import type { z } from 'zod';
import { errors } from '../../../shared/openai/errors.ts';
import { REQUEST_SCHEMAS, type Task } from '../../../shared/openai/schema.ts';
import type { InspectableRequest } from '../../../shared/inspect/index.ts';
import type { AppEnv } from '../../context.ts';

export interface BodyOptions {
  task: Task;
  /** Byte limit; default: the config's MAX_BODY_BYTES (1 MiB). */
  maxBytes?: number;
}

/** Reads at most `limit` bytes of `stream`; throws 413 as soon as more arrive (and stops reading). */
export async function readLimited(stream: ReadableStream<Uint8Array> | null, limit: number): Promise<Uint8Array> {
  if (!stream) return new Uint8Array(0);
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => {});
      throw errors.tooLarge(limit);
    }
    chunks.push(value);
  }
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(total);
  let at = 0;
  for (const ch of chunks) {
    out.set(ch, at);
    at += ch.byteLength;
  }
  return out;
}

/** `messages[0].content` from a zod path (OpenAI names the offending field in `param`). */
export function paramOf(path: readonly PropertyKey[]): string | null {
  let s = '';
  for (const seg of path) {
    if (typeof seg === 'number') s += `[${seg}]`;
    else s += (s ? '.' : '') + String(seg);
  }
  return s || null;
}

/** Turns the first schema issue into a 400 that names the field and what was expected (never the value). */
export function schemaError(error: z.ZodError): Error {
  const issue = error.issues[0];
  if (!issue) return errors.badRequest('The request body is invalid.');
  const param = paramOf(issue.path);
  const what = issue.code === 'invalid_type' && issue.message.endsWith('received undefined') ? 'is required' : `is invalid: ${issue.message}`;
  return errors.badRequest(param ? `'${param}' ${what}.` : `The request body ${what}.`, param, 'invalid_request');
}

const isJson = (ct: string | undefined) => {
  if (!ct) return false;
  const type = ct.split(';', 1)[0]!.trim().toLowerCase();
  return type === 'application/json' || (type.startsWith('application/') && type.endsWith('+json'));
};

export function body(options: BodyOptions): MiddlewareHandler<AppEnv> {
  const schema = REQUEST_SCHEMAS[options.task];
  const task = options.task;
  const fixedLimit = options.maxBytes;
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
  return async function body(c, next) {
    if (!isJson(c.req.header('content-type'))) throw errors.unsupportedMediaType();
    const limit = fixedLimit ?? c.get('config').maxBodyBytes;
    const declared = c.req.header('content-length');
    if (declared !== undefined && /^\d+$/.test(declared.trim()) && Number(declared) > limit) throw errors.tooLarge(limit);

    const bytes = await readLimited(c.req.raw.body, limit);
    let text: string;
    try {
      text = decoder.decode(bytes);
    } catch {
      throw errors.badRequest('The request body is not valid UTF-8.', null, 'invalid_utf8');
    }
    if (text.trim() === '') throw errors.badRequest('The request body is empty; expected a JSON object.', null, 'invalid_json');
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw errors.badRequest('The request body is not valid JSON.', null, 'invalid_json');
    }
    if (typeof json !== 'object' || json === null || Array.isArray(json))
      throw errors.badRequest('The request body must be a JSON object.', null, 'invalid_json');
    const parsed = schema.safeParse(json);
    if (!parsed.success) throw schemaError(parsed.error);
    // The union's members pair a task with its body type; the schema for `task` produced this body.
    c.set('request', { task, body: parsed.data } as InspectableRequest);
    await next();
  };
}
