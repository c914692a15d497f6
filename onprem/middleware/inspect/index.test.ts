// The inspect step over real HTTP (a real node, server/test-node.ts): the node's own scan beside the edge's.
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { chat, startNode, stopNodes } from '../../server/test-node.ts';

afterEach(stopNodes);
afterAll(stopNodes);

describe('inspect', () => {
  it('records the kinds of content that could not be scanned, as the edge reported them and as the node found them', async () => {
    const n = await startNode();
    const body = chat('What is in this picture?');
    (body.messages[0] as Record<string, unknown>).content = [
      { type: 'text', text: 'What is in this picture?' },
      { type: 'image_url', image_url: { url: 'https://img.example/cat.png' } },
    ];
    const a = n.call('/v1/chat/completions', body, { headers: { 'x-triage-unscanned': 'image' } });
    (await n.upstream.next()).reply();
    expect((await a).status).toBe(200);
    await vi.waitFor(() => expect(n.audit).toHaveLength(1));
    expect(n.records()[0]!.unscanned).toEqual({ node: ['image'], edge: ['image'] });
  });
});
