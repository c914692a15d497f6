// The body step over real HTTP (a real node, server/test-node.ts): what is refused before any engine work.
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { chat, startNode, stopNodes } from '../../server/test-node.ts';

afterEach(stopNodes);
afterAll(stopNodes);

describe('body', () => {
  it('refuses malformed bodies with 400/413/415 before any engine work', async () => {
    const n = await startNode({ TRIAGE_ONPREM_MAX_BODY_BYTES: '2048' });
    const err = async (res: Response) => ({
      status: res.status,
      ...((await res.json()) as { error: { code: string; param: string | null } }).error,
    });
    expect(await err(await n.call('/v1/chat/completions', '{"model": "up-chat", "messages": ['))).toMatchObject({
      status: 400,
      code: 'invalid_json',
    });
    expect(await err(await n.call('/v1/chat/completions', '[1,2]'))).toMatchObject({ status: 400, code: 'invalid_json' });
    expect(await err(await n.call('/v1/chat/completions', { model: 'up-chat', messages: 'hi' }))).toMatchObject({
      status: 400,
      code: 'invalid_request',
      param: 'messages',
    });
    expect(await err(await n.call('/v1/chat/completions', { ...chat('hi'), temperature: 'hot' }))).toMatchObject({
      status: 400,
      param: 'temperature',
    });
    const badUtf8 = new Uint8Array([
      ...new TextEncoder().encode('{"model":"up-chat","messages":[{"role":"user","content":"'),
      0xc3,
      0x28,
      ...new TextEncoder().encode('"}]}'),
    ]);
    expect(await err(await n.call('/v1/chat/completions', badUtf8))).toMatchObject({ status: 400, code: 'invalid_utf8' });
    expect(await err(await n.call('/v1/chat/completions', chat('x'.repeat(4000))))).toMatchObject({
      status: 413,
      code: 'request_too_large',
    });
    expect(await err(await n.call('/v1/chat/completions', chat('hi'), { headers: { 'content-type': 'text/plain' } }))).toMatchObject({
      status: 415,
    });
    expect(n.upstream.received).toBe(0);
  });
});
