// The model step over real HTTP (a real node, server/test-node.ts): GET /v1/models and an unknown model.
// A key limited to some models: middleware/auth/index.test.ts (internal API keys).
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { chat, startNode, stopNodes } from '../../server/test-node.ts';

afterEach(stopNodes);
afterAll(stopNodes);

describe('model', () => {
  it('lists the engine models and answers 404 in OpenAI shape for an unknown model', async () => {
    const n = await startNode();
    const models = await n.call('/v1/models');
    expect(models.status).toBe(200);
    expect(await models.json()).toMatchObject({ object: 'list', data: [{ id: 'up-chat', object: 'model' }] });
    const res = await n.call('/v1/chat/completions', { ...chat('hi'), model: 'no-such-model' });
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({
      error: { message: expect.any(String), type: 'not_found_error', param: 'model', code: 'model_not_found' },
    });
    expect(n.upstream.received).toBe(0);
  });
});
