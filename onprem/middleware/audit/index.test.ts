// The audit step over real HTTP (a real node, server/test-node.ts): one line per answered request, from
// the fields the steps recorded — never from a body.
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { chunk } from '../../server/test-upstream.ts';
import { chat, metric, startNode, stopNodes } from '../../server/test-node.ts';

afterEach(stopNodes);
afterAll(stopNodes);

describe('audit', () => {
  it("writes one line per answered request: the caller, the edge's decision, model, outcome, timings and tokens", async () => {
    const n = await startNode();
    const pending = n.call('/v1/chat/completions', chat('hello'), {
      headers: { 'x-request-id': 'req-123', 'x-triage-tenant': 'acme', 'x-triage-rule': 'pii-onprem', 'x-triage-policy': 'sha256-abc' },
    });
    (await n.upstream.next()).reply();
    expect((await pending).status).toBe(200);
    const [rec] = n.records();
    expect(rec).toMatchObject({
      request_id: 'req-123',
      tenant: 'acme',
      auth: { method: 'signature', key_id: 'edge1' },
      decision: { rule: 'pii-onprem', policy: 'sha256-abc' },
      model: 'up-chat',
      task: 'chat',
      stream: false,
      status: 200,
      tokens: { prompt: 7, completion: 5, total: 12 },
    });
    expect(rec!.timings.engine_ms).toBeGreaterThanOrEqual(0);
    expect(await metric(n, 'triage_onprem_tokens_total', { kind: 'completion' })).toBe(5);
  });

  it('records PII type names from the node and the edge, never the PII values or any text', async () => {
    const n = await startNode();
    const values = {
      email: 'jane.doe@example.com',
      card: '4539148803436467', // Luhn-valid (well-known test numbers like 4111… are not reported)
      iban: 'DE44500105175407324931',
      phone: '+1 415 555 0132',
      name: 'Jane Doe',
    };
    const prompt = `My name is ${values.name}, email ${values.email}, card ${values.card}, IBAN ${values.iban}, phone ${values.phone}.`;
    const pii = { 'x-triage-pii': 'EMAIL,CREDIT_CARD,IBAN,PHONE' };

    const a = n.call('/v1/chat/completions', chat(prompt), { headers: pii });
    (await n.upstream.next()).reply();
    expect((await a).status).toBe(200);

    const s = n.call('/v1/chat/completions', chat(prompt, { stream: true }), { headers: pii });
    const held = await n.upstream.next();
    held.sse(chunk(`echo: ${values.email}`));
    held.end();
    expect(await (await s).text()).toContain(values.email); // the answer carries it; the audit must not

    const e = n.call('/v1/embeddings', { model: 'up-chat', input: [prompt] }, { headers: pii });
    (await n.upstream.next()).reply();
    expect((await e).status).toBe(200);

    // Client text in places that fail: an unknown model id, and a field of the wrong type.
    expect((await n.call('/v1/chat/completions', { ...chat(prompt), model: values.email })).status).toBe(404);
    expect((await n.call('/v1/chat/completions', { ...chat(prompt), temperature: values.card })).status).toBe(400);
    // A tenant / rule header that is not name-like is not recorded either.
    const t = n.call('/v1/chat/completions', chat('hi'), {
      headers: { 'x-triage-tenant': `tenant ${values.email}`, 'x-triage-rule': values.phone },
    });
    (await n.upstream.next()).reply();
    expect((await t).status).toBe(200);

    await vi.waitFor(() => expect(n.audit).toHaveLength(6));
    const all = n.audit.join('\n');
    for (const v of [...Object.values(values), 'jane.doe', 'My name is', 'hello from upstream', 'echo']) expect(all).not.toContain(v);
    const recs = n.records();
    expect(recs[0]!.pii_types).toEqual({
      node: ['PERSON', 'EMAIL', 'PHONE', 'CREDIT_CARD', 'IBAN'],
      edge: ['EMAIL', 'PHONE', 'CREDIT_CARD', 'IBAN'],
    });
    expect(recs[1]).toMatchObject({ stream: true, status: 200 });
    expect(recs[2]).toMatchObject({ task: 'embeddings', status: 200 });
    expect(recs[2]!.pii_types!.node).toContain('EMAIL');
    expect(recs[3]).toMatchObject({ status: 404, model: 'unknown', error_code: 'model_not_found' });
    expect(recs[4]).toMatchObject({ status: 400, error_code: 'invalid_request' });
    expect(recs[5]!.tenant).toBeUndefined();
    expect(recs[5]!.decision).toBeUndefined();
    expect(recs[5]!.pii_types).toEqual({ node: [] });
    expect(recs[5]!.unscanned).toEqual({ node: [] });
  });
});
