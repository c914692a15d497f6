// The context step over real HTTP (a real node, server/test-node.ts): the request id and the trace span a
// request carries through the node, to the engine and into the audit line.
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { parseTraceparent } from '../../../shared/protocol/telemetry/index.ts';
import { chat, startNode, stopNodes } from '../../server/test-node.ts';

afterEach(stopNodes);
afterAll(stopNodes);

const CALLER_TRACE = '0af7651916cd43dd8448eb211c80319c';
const CALLER_SPAN = 'b7ad6b7169203331';

describe('context', () => {
  it("echoes the caller's x-request-id and hands it to the engine, with a child span of the caller's trace", async () => {
    const n = await startNode();
    const pending = n.call('/v1/chat/completions', chat('hello'), {
      headers: { 'x-request-id': 'req-123', traceparent: `00-${CALLER_TRACE}-${CALLER_SPAN}-01` },
    });
    const held = await n.upstream.next();
    expect(held.headers['x-request-id']).toBe('req-123');
    const engineSpan = parseTraceparent(String(held.headers.traceparent));
    expect(engineSpan?.traceId).toBe(CALLER_TRACE);
    expect(engineSpan?.spanId).not.toBe(CALLER_SPAN);
    held.reply();
    const res = await pending;
    expect(res.status).toBe(200);
    expect(res.headers.get('x-request-id')).toBe('req-123');
    expect(n.records()[0]).toMatchObject({ request_id: 'req-123', trace_id: CALLER_TRACE });
  });

  it('gives a request without a sane x-request-id a fresh one, on errors and probes too', async () => {
    const n = await startNode();
    const res = await n.call(
      '/v1/chat/completions',
      { ...chat('hi'), model: 'no-such-model' },
      { headers: { 'x-request-id': 'not a token!' } },
    );
    expect(res.status).toBe(404);
    const id = res.headers.get('x-request-id');
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(n.records()[0]!.request_id).toBe(id);
    expect((await fetch(n.node.url + '/healthz')).headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});
