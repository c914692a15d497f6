// The response-streaming harness itself: the awslambda globals (merged, not replaced), the function-URL event,
// HttpResponseStream's prelude → HTTP status/headers/cookies, chunk-by-chunk delivery (proved by order, never
// by time), and the function URL's behaviour when a handler throws or forgets to end its stream.
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import {
  HTTP_INTEGRATION_CONTENT_TYPE,
  installAwsLambdaGlobals,
  isStreamingHandler,
  startStreamHarness,
  type FunctionUrlEvent,
  type StreamHarness,
} from './harness.ts';

const open: StreamHarness[] = [];
afterEach(async () => {
  for (const h of open.splice(0)) await h.close();
});
async function serve(h: LambdaStreamingHandler<FunctionUrlEvent>, opts: { base64Bodies?: boolean } = {}) {
  const s = await startStreamHarness({ handler: awslambda.streamifyResponse(h), ...opts });
  open.push(s);
  return s;
}
const end = (s: LambdaResponseStream) => new Promise<void>((r) => s.end(() => r()));
/** A promise the test resolves when it chooses (Promise.withResolvers needs Node 22). */
function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe('awslambda globals', () => {
  it('merge into an existing globalThis.awslambda (the AWS SDK may have created it) instead of replacing it', () => {
    const g = globalThis as unknown as { awslambda: Record<string, unknown> };
    const saved = g.awslambda;
    try {
      const existing = { fromSomeoneElse: 1 };
      g.awslambda = existing;
      installAwsLambdaGlobals();
      expect(g.awslambda).toBe(existing);
      expect(existing.fromSomeoneElse).toBe(1);
      expect(typeof g.awslambda.streamifyResponse).toBe('function');
      expect(typeof (g.awslambda.HttpResponseStream as { from?: unknown }).from).toBe('function');
      // Members already there (the real runtime's) are kept.
      const mine = () => undefined;
      g.awslambda = { streamifyResponse: mine };
      installAwsLambdaGlobals();
      expect(g.awslambda.streamifyResponse).toBe(mine);
    } finally {
      g.awslambda = saved;
    }
  });

  it('streamifyResponse marks the handler; the harness refuses an unmarked one', async () => {
    const h = async () => {};
    expect(isStreamingHandler(h)).toBe(false);
    expect(isStreamingHandler(awslambda.streamifyResponse(h))).toBe(true);
    await expect(startStreamHarness({ handler: async () => {} })).rejects.toThrow(/streamifyResponse/);
  });
});

describe('the function URL side', { timeout: 30_000 }, () => {
  it('turns the request into a function-URL event (payload 2.0), text or base64 body', async () => {
    let seen: FunctionUrlEvent | undefined;
    const h = async (ev: FunctionUrlEvent, s: LambdaResponseStream) => {
      seen = ev;
      await end(s);
    };
    const s = await serve(h);
    await fetch(`${s.url}/some/path?a=1&b=2`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-custom': 'yes', cookie: 'c1=v1; c2=v2' },
      body: '{"x":1}',
    });
    expect(seen).toMatchObject({
      version: '2.0',
      routeKey: '$default',
      rawPath: '/some/path',
      rawQueryString: 'a=1&b=2',
      queryStringParameters: { a: '1', b: '2' },
      cookies: ['c1=v1', 'c2=v2'],
      body: '{"x":1}',
      isBase64Encoded: false,
    });
    expect(seen!.headers['x-custom']).toBe('yes');
    expect(seen!.requestContext.http.method).toBe('POST');
    const b = await serve(h, { base64Bodies: true });
    await fetch(b.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"x":1}' });
    expect(seen).toMatchObject({ isBase64Encoded: true, body: Buffer.from('{"x":1}').toString('base64') });
  });

  it('HttpResponseStream.from: the prelude becomes the status, headers and cookies; the body follows intact', async () => {
    const s = await serve(async (_ev, rs) => {
      const out = awslambda.HttpResponseStream.from(rs, {
        statusCode: 418,
        headers: { 'content-type': 'text/plain', 'x-a': 'b' },
        cookies: ['k=v; Path=/'],
      });
      expect((rs as unknown as { contentType: string }).contentType).toBe(HTTP_INTEGRATION_CONTENT_TYPE);
      out.write('short ');
      out.write(new Uint8Array([0, 0, 0, 0, 0, 0, 0, 0])); // NULs in the body are body, not a delimiter
      await end(out);
    });
    const res = await fetch(s.url, { method: 'POST' });
    expect(res.status).toBe(418);
    expect(res.headers.get('content-type')).toBe('text/plain');
    expect(res.headers.get('x-a')).toBe('b');
    expect(res.headers.get('set-cookie')).toBe('k=v; Path=/');
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(new Uint8Array([...Buffer.from('short '), 0, 0, 0, 0, 0, 0, 0, 0]));
  });

  it('without a prelude: 200 with the content type set by setContentType', async () => {
    const s = await serve(async (_ev, rs) => {
      rs.setContentType('text/csv');
      rs.write('a,b\n');
      await end(rs);
    });
    const res = await fetch(s.url, { method: 'POST' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv');
    expect(await res.text()).toBe('a,b\n');
  });

  it('delivers each write to the client as it happens (chunk by chunk, status before the body ends)', async () => {
    // The handler writes chunk i only once the client holds chunk i - 1, and ends only once the client has
    // the last one: had the harness held anything back (headers included), the client would wait for bytes the
    // handler will not write, and the test would fail on its timeout. Nothing here measures time.
    const gates = Array.from({ length: 6 }, () => deferred());
    const written: number[] = [];
    const s = await serve(async (_ev, rs) => {
      const out = awslambda.HttpResponseStream.from(rs, { statusCode: 200, headers: { 'content-type': 'text/event-stream' } });
      for (let i = 0; i < 5; i++) {
        if (i > 0) await gates[i]!.promise;
        out.write(`data: ${i}\n\n`);
        written.push(i);
      }
      await gates[5]!.promise;
      await end(out);
    });
    const res = await fetch(s.url, { method: 'POST' });
    expect(res.status).toBe(200);
    expect(written).toEqual([0]); // the status came while the handler was still writing
    expect(res.headers.get('content-type')).toBe('text/event-stream');
    const reader = res.body!.getReader();
    const received: string[] = [];
    for (let i = 0; i < 5; i++) {
      let got = '';
      while (!got.endsWith('\n\n')) got += Buffer.from((await reader.read()).value!).toString();
      received.push(got);
      expect(written).toEqual(Array.from({ length: i + 1 }, (_, k) => k)); // chunk i + 1 not yet written
      gates[i + 1]!.resolve();
    }
    expect(received).toEqual(['data: 0\n\n', 'data: 1\n\n', 'data: 2\n\n', 'data: 3\n\n', 'data: 4\n\n']);
    expect((await reader.read()).done).toBe(true);
  });

  it('a handler that throws before writing → 502 with x-amz-function-error, as a function URL answers', async () => {
    const s = await serve(async () => {
      throw new TypeError('boom');
    });
    const res = await fetch(s.url, { method: 'POST' });
    expect(res.status).toBe(502);
    expect(res.headers.get('x-amz-function-error')).toBe('Unhandled');
    expect(await res.json()).toEqual({ errorType: 'TypeError', errorMessage: 'boom' });
  });

  it('a handler that throws after writing → the response is cut (the client sees an error, not a hang)', async () => {
    const s = await serve(async (_ev, rs) => {
      rs.write('partial');
      await sleep(20);
      throw new Error('late');
    });
    const res = await fetch(s.url, { method: 'POST', signal: AbortSignal.timeout(3000) });
    expect(res.status).toBe(200);
    await expect(res.text()).rejects.toThrow();
  });

  it('a handler that returns without ending its stream: the harness ends it', async () => {
    const s = await serve(async (_ev, rs) => {
      rs.write('unfinished');
    });
    const res = await fetch(s.url, { method: 'POST', signal: AbortSignal.timeout(3000) });
    expect(await res.text()).toBe('unfinished');
  });
});
