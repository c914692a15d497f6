// Reading and validating the JSON body of an inference request, for every tier that serves the OpenAI
// routes (the edge's body middleware, the on-prem node). Pure (Web streams, TextDecoder, zod), so it runs in
// workerd and Node alike.
//
//   if (!isJsonContentType(req.headers.get('content-type'))) throw errors.unsupportedMediaType();
//   const bytes = await readLimited(req.body, limit);          // 413 over the limit
//   const request = parseRequestBody(bytes, 'chat');           // 400: UTF-8, JSON, object, schema
//
// Error messages describe the shape of the body only, never its text (JSON.parse's own messages quote the
// input, so they are not passed on).
import type { z } from 'zod';
import { errors } from '../openai/errors.ts';
import { REQUEST_SCHEMAS, type ParsedRequest, type Task } from '../openai/schema.ts';

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

/** A Content-Length above the limit is refused before reading anything. */
export function declaredTooLarge(contentLength: string | null | undefined, limit: number): boolean {
  return contentLength != null && /^\d+$/.test(contentLength.trim()) && Number(contentLength) > limit;
}

/** `application/json` or any `application/*+json`, parameters ignored. */
export function isJsonContentType(ct: string | null | undefined): boolean {
  if (!ct) return false;
  const type = ct.split(';', 1)[0]!.trim().toLowerCase();
  return type === 'application/json' || (type.startsWith('application/') && type.endsWith('+json'));
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
  const what =
    issue.code === 'invalid_type' && issue.message.endsWith('received undefined') ? 'is required' : `is invalid: ${issue.message}`;
  return errors.badRequest(param ? `'${param}' ${what}.` : `The request body ${what}.`, param, 'invalid_request');
}

/**
 * Deepest nesting of arrays and objects a request body may have. OpenAI requests (JSON schemas of tools and
 * response formats included) stay far below it; thousands of levels only exhaust the stack of code that
 * walks the body (validation, scanning, canonical JSON), so they are refused up front.
 */
export const MAX_JSON_DEPTH = 64;

/** Whether JSON text nests arrays/objects deeper than `max` (one pass; brackets inside strings ignored). */
export function nestsDeeperThan(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 /* { */ || c === 91 /* [ */) {
      if (++depth > max) return true;
    } else if (c === 125 /* } */ || c === 93 /* ] */) depth--;
  }
  return false;
}

// Fatal: invalid UTF-8 is an error, not U+FFFD (a signature covers bytes; the text must be exactly them).
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** Bytes → the validated request for `task`, or a 400 ApiError (invalid_utf8, invalid_json, too_deep, invalid_request). */
export function parseRequestBody(bytes: Uint8Array, task: Task): ParsedRequest {
  const json = parseJsonObject(bytes);
  const parsed = REQUEST_SCHEMAS[task].safeParse(json);
  if (!parsed.success) throw schemaError(parsed.error);
  // The union's members pair a task with its body type; the schema for `task` produced this body.
  return { task, body: parsed.data } as ParsedRequest;
}

/** Bytes → a JSON object, not yet validated, or a 400 ApiError (invalid_utf8, invalid_json, too_deep). */
export function parseJsonObject(bytes: Uint8Array): Record<string, unknown> {
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    throw errors.badRequest('The request body is not valid UTF-8.', null, 'invalid_utf8');
  }
  if (text.trim() === '') throw errors.badRequest('The request body is empty; expected a JSON object.', null, 'invalid_json');
  if (nestsDeeperThan(text, MAX_JSON_DEPTH))
    throw errors.badRequest(`The request body nests arrays and objects more than ${MAX_JSON_DEPTH} levels deep.`, null, 'too_deep');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw errors.badRequest('The request body is not valid JSON.', null, 'invalid_json');
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    throw errors.badRequest('The request body must be a JSON object.', null, 'invalid_json');
  return json as Record<string, unknown>;
}
