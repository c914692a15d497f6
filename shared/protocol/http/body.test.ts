import { describe, expect, it } from 'vitest';
import { ApiError } from '../openai/errors.ts';
import { declaredTooLarge, isJsonContentType, parseRequestBody, readLimited } from './body.ts';

const enc = new TextEncoder();

function apiError(f: () => unknown): ApiError {
  try {
    f();
  } catch (e) {
    if (e instanceof ApiError) return e;
    throw e;
  }
  throw new Error('expected an ApiError');
}

function streamOf(...chunks: Uint8Array[]): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(c) {
      for (const ch of chunks) c.enqueue(ch);
      c.close();
    },
  });
}

describe('readLimited', () => {
  it('joins the chunks of a body within the limit', async () => {
    expect(new TextDecoder().decode(await readLimited(streamOf(enc.encode('ab'), enc.encode('cd')), 4))).toBe('abcd');
    expect((await readLimited(null, 4)).byteLength).toBe(0);
  });

  it('stops with 413 as soon as the limit is passed, whatever Content-Length said', async () => {
    await expect(readLimited(streamOf(enc.encode('abc'), enc.encode('de')), 4)).rejects.toMatchObject({
      status: 413,
      code: 'request_too_large',
    });
    expect(declaredTooLarge('5', 4)).toBe(true);
    expect(declaredTooLarge('4', 4)).toBe(false);
    expect(declaredTooLarge('nonsense', 4)).toBe(false);
  });
});

describe('parseRequestBody', () => {
  it('returns the validated request for its task', () => {
    const r = parseRequestBody(enc.encode('{"model":"m","input":["a","b"]}'), 'embeddings');
    expect(r).toEqual({ task: 'embeddings', body: { model: 'm', input: ['a', 'b'] } });
  });

  it('answers 400 with a code for each kind of malformed body, never quoting it', () => {
    expect(apiError(() => parseRequestBody(new Uint8Array([0x7b, 0xc3, 0x28, 0x7d]), 'chat')).code).toBe('invalid_utf8');
    expect(apiError(() => parseRequestBody(enc.encode('  '), 'chat')).code).toBe('invalid_json');
    const bad = apiError(() => parseRequestBody(enc.encode('{"model": "secret-text'), 'chat'));
    expect(bad).toMatchObject({ status: 400, code: 'invalid_json' });
    expect(bad.message).not.toContain('secret-text');
    expect(apiError(() => parseRequestBody(enc.encode('"a string"'), 'chat')).code).toBe('invalid_json');
    const typed = apiError(() => parseRequestBody(enc.encode('{"model":"m","messages":[{"role":"user","content":42}]}'), 'chat'));
    expect(typed).toMatchObject({ status: 400, code: 'invalid_request', param: 'messages[0].content' });
  });

  it('accepts application/json and +json types only', () => {
    expect(isJsonContentType('application/json; charset=utf-8')).toBe(true);
    expect(isJsonContentType('application/vnd.api+json')).toBe(true);
    expect(isJsonContentType('text/plain')).toBe(false);
    expect(isJsonContentType(undefined)).toBe(false);
  });
});
