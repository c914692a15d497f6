// The drain step over real HTTP (a real node, server/test-node.ts): a graceful shutdown refuses new requests
// at once and lets the ones in flight finish.
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { chunk } from '../../server/test-upstream.ts';
import { chat, metric, startNode, stopNodes } from '../../server/test-node.ts';

afterEach(stopNodes);
afterAll(stopNodes);

describe('drain', () => {
  it('lets in-flight requests finish while refusing new ones and failing /readyz', async () => {
    const n = await startNode();
    expect((await fetch(n.node.url + '/readyz')).status).toBe(200);
    const inflight = n.call('/v1/chat/completions', chat('in flight', { stream: true }));
    const held = await n.upstream.next();
    held.sse(chunk('part 1'));
    const res = await inflight;

    const closing = n.node.close(60_000);
    const ready = await fetch(n.node.url + '/readyz');
    expect(ready.status).toBe(503);
    expect(await ready.json()).toEqual({ status: 'draining' });
    const late = await n.call('/v1/chat/completions', chat('too late'));
    expect(late.status).toBe(503);
    expect(((await late.json()) as { error: { code: string } }).error.code).toBe('draining');
    expect(await metric(n, 'triage_onprem_rejections_total', { reason: 'draining' })).toBe(1);

    held.sse(chunk('part 2'));
    held.end();
    const text = await res.text();
    expect(text).toContain('part 1');
    expect(text.endsWith('data: [DONE]\n\n')).toBe(true);
    await closing;
    expect(n.upstream.received).toBe(1);
    await expect(fetch(n.node.url + '/healthz')).rejects.toThrow();
  });
});
