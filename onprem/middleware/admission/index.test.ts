// The admission step over real HTTP (a real node, server/test-node.ts): 429 / 503 answers, a queued client
// that leaves, and engine work stopped when the client leaves, the time is up or the node shuts down.
// Admission control itself (slots, FIFO, deadlines, drain): onprem/admission.test.ts.
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { chunk } from '../../server/test-upstream.ts';
import { chat, metric, startNode, stopNodes } from '../../server/test-node.ts';

afterEach(stopNodes);
afterAll(stopNodes);

describe('admission', () => {
  it('answers 429 with Retry-After when the queue is full, and counts it', async () => {
    const n = await startNode({ TRIAGE_ONPREM_MAX_CONCURRENT: '1', TRIAGE_ONPREM_MAX_QUEUE: '1' });
    const a = n.call('/v1/chat/completions', chat('A'));
    const heldA = await n.upstream.next();
    const b = n.call('/v1/chat/completions', chat('B'));
    await vi.waitFor(() => expect(n.node.admission.queued).toBe(1));
    expect(await metric(n, 'triage_onprem_queue_depth')).toBe(1);
    expect(await metric(n, 'triage_onprem_inflight')).toBe(1);

    const c = await n.call('/v1/chat/completions', chat('C'));
    expect(c.status).toBe(429);
    expect(Number(c.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(((await c.json()) as { error: { code: string; type: string } }).error).toMatchObject({
      code: 'queue_full',
      type: 'rate_limit_error',
    });
    expect(await metric(n, 'triage_onprem_rejections_total', { reason: 'queue_full' })).toBe(1);

    heldA.reply();
    expect((await a).status).toBe(200);
    (await n.upstream.next()).reply(); // B got the slot after A
    expect((await b).status).toBe(200);
  });

  it('answers 503 queue_timeout when a request waits past its deadline (the caller may shorten it)', async () => {
    const n = await startNode({ TRIAGE_ONPREM_MAX_CONCURRENT: '1' });
    const a = n.call('/v1/chat/completions', chat('A'));
    const heldA = await n.upstream.next();
    const b = await n.call('/v1/chat/completions', chat('B'), { headers: { 'x-triage-timeout-ms': '20' } });
    expect(b.status).toBe(503);
    expect(b.headers.get('retry-after')).not.toBeNull();
    expect(((await b.json()) as { error: { code: string } }).error.code).toBe('queue_timeout');
    expect(await metric(n, 'triage_onprem_rejections_total', { reason: 'deadline' })).toBe(1);
    heldA.reply();
    expect((await a).status).toBe(200);
    expect(n.upstream.received).toBe(1);
  });

  it('drops a queued request whose client went away: it never reaches the engine', async () => {
    const n = await startNode({ TRIAGE_ONPREM_MAX_CONCURRENT: '1' });
    const a = n.call('/v1/chat/completions', chat('A'));
    const heldA = await n.upstream.next();
    const gone = new AbortController();
    const b = n.call('/v1/chat/completions', chat('B'), { signal: gone.signal });
    await vi.waitFor(() => expect(n.node.admission.queued).toBe(1));
    gone.abort();
    await expect(b).rejects.toThrow();
    await vi.waitFor(() => expect(n.node.admission.queued).toBe(0));
    heldA.reply();
    expect((await a).status).toBe(200);

    const c = n.call('/v1/chat/completions', chat('C'));
    const heldC = await n.upstream.next();
    expect(heldC.body.messages).toEqual([{ role: 'user', content: 'C' }]);
    heldC.reply();
    expect((await c).status).toBe(200);
    expect(n.upstream.received).toBe(2); // A and C
    await vi.waitFor(() => expect(n.records().find((r) => r.status === 499)).toMatchObject({ error_code: 'client_closed' }));
  });

  it('stops the engine work when the client of a running request goes away (upstream connection closed)', async () => {
    const n = await startNode();
    const gone = new AbortController();
    const pending = n.call('/v1/chat/completions', chat('long job'), { signal: gone.signal });
    const held = await n.upstream.next();
    gone.abort();
    await expect(pending).rejects.toThrow();
    await held.abandoned; // the engine closed its upstream connection: the GPU work stops
    await vi.waitFor(() => expect(n.records()).toHaveLength(1));
    expect(n.records()[0]).toMatchObject({ status: 499, error_code: 'client_closed' });
    await vi.waitFor(() => expect(n.node.admission.running).toBe(0));
  });

  it('stops the engine work when the client leaves in the middle of a stream', async () => {
    const n = await startNode();
    const gone = new AbortController();
    const res = await (async () => {
      const pending = n.call('/v1/chat/completions', chat('stream', { stream: true }), { signal: gone.signal });
      const held = await n.upstream.next();
      held.sse(chunk('first'));
      return { res: await pending, held };
    })();
    const reader = res.res.body!.getReader();
    await reader.read();
    gone.abort();
    await res.held.abandoned;
    await vi.waitFor(() => expect(n.records()).toHaveLength(1));
    expect(n.records()[0]).toMatchObject({ status: 499, stream: true, error_code: 'client_closed' });
    await vi.waitFor(() => expect(n.node.admission.running).toBe(0));
  });

  it('aborts engine work that runs past the request timeout with 504', async () => {
    const n = await startNode({ TRIAGE_ONPREM_REQUEST_TIMEOUT_MS: '50' });
    const pending = n.call('/v1/chat/completions', chat('slow'));
    const held = await n.upstream.next();
    await held.abandoned;
    const res = await pending;
    expect(res.status).toBe(504);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('request_timeout');
  });

  it('aborts what is still running when the grace period is over', async () => {
    const n = await startNode();
    const inflight = n.call('/v1/chat/completions', chat('never finishes'));
    const held = await n.upstream.next();
    const closing = n.node.close(10);
    await held.abandoned;
    const res = await inflight;
    expect(res.status).toBe(503);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('shutting_down');
    await closing;
  });
});
