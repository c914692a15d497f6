// The infer step over real HTTP: a real node (server/test-node.ts) with the real `openai-upstream` engine in
// front of a test upstream whose answers the test controls. Nothing here measures time: "before", "while"
// and "after" are established by who has answered what.
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { chunk, USAGE } from '../../server/test-upstream.ts';
import { chat, metric, startNode, stopNodes } from '../../server/test-node.ts';

afterEach(stopNodes);
afterAll(stopNodes);

describe('infer', () => {
  it('answers a signed chat request through the engine, with its usage', async () => {
    const n = await startNode();
    const pending = n.call('/v1/chat/completions', chat('hello'));
    const held = await n.upstream.next();
    expect(held.path).toBe('/v1/chat/completions');
    expect(held.body).toMatchObject({ model: 'up-chat', messages: [{ role: 'user', content: 'hello' }] });
    held.reply();
    const res = await pending;
    expect(res.status).toBe(200);
    expect(((await res.json()) as { usage: unknown }).usage).toEqual(USAGE);
  });

  it('passes a stream on chunk by chunk: the first chunk arrives while the engine is still producing', async () => {
    const n = await startNode();
    const pending = n.call('/v1/chat/completions', chat('stream please', { stream: true, stream_options: { include_usage: true } }));
    const held = await n.upstream.next();
    expect(held.body.stream).toBe(true);
    held.sse(chunk('Hel'));
    const res = await pending;
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/event-stream');
    const reader = res.body!.getReader();
    const decoder = new TextDecoder();
    let got = '';
    while (!got.includes('\n\n')) got += decoder.decode((await reader.read()).value, { stream: true });
    // The client has the first event although the upstream has not finished its answer.
    expect(got).toBe(`data: ${JSON.stringify(chunk('Hel'))}\n\n`);
    expect(held.res.writableEnded).toBe(false);
    held.sse(chunk('lo'));
    held.sse(chunk('', USAGE));
    held.end();
    for (;;) {
      const r = await reader.read();
      if (r.done) break;
      got += decoder.decode(r.value, { stream: true });
    }
    expect(got).toBe(
      `data: ${JSON.stringify(chunk('Hel'))}\n\ndata: ${JSON.stringify(chunk('lo'))}\n\ndata: ${JSON.stringify(chunk('', USAGE))}\n\ndata: [DONE]\n\n`,
    );
    await vi.waitFor(() => expect(n.records()).toHaveLength(1));
    expect(n.records()[0]).toMatchObject({ status: 200, stream: true, tokens: { completion: 5 } });
    expect(await metric(n, 'triage_onprem_inflight')).toBe(0);
  });

  it('maps engine failures to OpenAI errors (upstream 500 → 502)', async () => {
    const n = await startNode();
    const pending = n.call('/v1/chat/completions', chat('hi'));
    const held = await n.upstream.next();
    held.res.writeHead(500, { 'content-type': 'application/json' }).end('{"error":"boom"}');
    const res = await pending;
    expect(res.status).toBe(502);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('engine_error');
    expect(n.records()[0]).toMatchObject({ status: 502, error_code: 'engine_error' });
  });
});
