// Usage through the app in workerd: the real pipeline and the real RateLimiter object (Miniflare), a stand-in
// executor answering as the targets do (JSON with `usage`; a stream with a usage chunk when asked for one).
// The answer's usage replaces the estimate; a stream's usage chunk is asked for and stripped unless the client
// asked; budgets refuse with OpenAI's insufficient_quota; the operator reads the counters at /admin/usage.
import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { env as rawEnv } from 'cloudflare:workers';
import { beforeEach, describe, expect, it } from 'vitest';
import { newApiKey, type KeyRecord, type TenantRecord } from '../../../shared/protocol/auth/api-keys.ts';
import { utf8 } from '../../../shared/protocol/crypto.ts';
import { createApp } from '../../app.ts';
import type { Env } from '../../env.ts';
import type { ExecuteOptions, ExecuteResult } from '../../execute.ts';
import { responseFromBytes } from '../../response-bytes.ts';
import type { TargetClient } from '../../targets/target.ts';
import type { UsageRow } from './usage-table.ts';

const ADMIN = 'admin-secret-for-tests';
const METRICS = 'metrics-secret-for-tests';
const env = { ...(rawEnv as unknown as Env), ADMIN_TOKEN: ADMIN, METRICS_TOKEN: METRICS };
const run = Math.random().toString(36).slice(2, 8);
const USAGE = { prompt_tokens: 12, completion_tokens: 5, total_tokens: 17 };

/**
 * What the targets answer: a stream (with the usage chunk only when the request asks for it) or JSON — `held`: as
 * the HTTP targets build it, from the bytes they read (edge/response-bytes.ts).
 */
function answer(o: ExecuteOptions, held = false): Response {
  const base = { id: 'c1', object: 'chat.completion.chunk', created: 1, model: 'm' };
  const asked = (o.request.body.stream_options as { include_usage?: boolean } | undefined)?.include_usage === true;
  if (!o.request.stream) {
    const message = { role: 'assistant', content: 'ok' };
    const json = { id: 'c1', object: 'chat.completion', choices: [{ index: 0, message, finish_reason: 'stop' }], usage: USAGE };
    if (!held) return Response.json(json);
    return responseFromBytes(utf8(JSON.stringify(json)).buffer, { headers: { 'content-type': 'application/json' } });
  }
  const events = [
    { ...base, choices: [{ index: 0, delta: { role: 'assistant', content: 'o' }, finish_reason: null }] },
    { ...base, choices: [{ index: 0, delta: { content: 'k' }, finish_reason: 'stop' }] },
  ].map((e) => (asked ? { ...e, usage: null } : e));
  if (asked) events.push({ ...base, choices: [], usage: USAGE } as (typeof events)[number]);
  const text = events.map((e) => `data: ${JSON.stringify(e)}\n\n`).join('') + 'data: [DONE]\n\n';
  return new Response(text, { headers: { 'content-type': 'text/event-stream' } });
}

function makeApp(opts: { held?: boolean } = {}) {
  const sent: ExecuteOptions['request'][] = [];
  const app = createApp({
    log: () => {},
    createTargetClients: (spec) =>
      new Map(
        Object.entries(spec.targets).map(([name, t]): [string, TargetClient] => [
          name,
          { name, kind: t.kind, spec: t, call: async () => new Response('unused') },
        ]),
      ),
    execute: async (o): Promise<ExecuteResult> => {
      sent.push(o.request);
      return { response: answer(o, opts.held), target: o.targets.get(o.decision.target)!, tried: [] };
    },
  });
  const request = async (path: string, init: RequestInit) => {
    const ctx = createExecutionContext();
    const res = await app.request(`http://edge.test${path}`, init, env, ctx);
    const text = await res.text();
    await waitOnExecutionContext(ctx); // the settlement, handed to waitUntil
    return { res, text };
  };
  // Each request different: an identical one would be a cache hit (which ran nothing and counts no tokens).
  let n = 0;
  const chat = (key: string, body: Record<string, unknown>) =>
    request('/v1/chat/completions', {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      body: JSON.stringify({ model: 'triage-small', messages: [{ role: 'user', content: `Say ok ${++n}` }], ...body }),
    });
  const usage = async (tenant: string): Promise<UsageRow[]> => {
    const { res, text } = await request(`/admin/usage?tenant=${encodeURIComponent(tenant)}`, {
      headers: { authorization: `Bearer ${ADMIN}` },
    });
    expect(res.status).toBe(200);
    return (JSON.parse(text) as { data: UsageRow[] }).data;
  };
  return { app, sent, chat, usage, request };
}

async function keyFor(name: string, record: Partial<KeyRecord> = {}, tenantRecord?: TenantRecord) {
  const tenant = `${name}-${run}`;
  const k = await newApiKey(tenant, { keyId: `k${name}${run}`.replace(/[^A-Za-z0-9]/g, '').slice(0, 32), ...record });
  await env.KEYS.put(k.kvKey, JSON.stringify(k.record));
  if (tenantRecord) await env.KEYS.put(`tenant:${tenant}`, JSON.stringify(tenantRecord));
  return { key: k.key, keyId: k.keyId, tenant };
}

const monthRow = (rows: UsageRow[], scope: string) => rows.find((r) => r.scope === scope && r.period.length === 7);

/** Fixed one-minute windows: start a window test well inside one, so it cannot straddle a reset. */
async function awayFromWindowEdge() {
  const intoWindow = Date.now() % 60_000;
  if (intoWindow > 55_000) await new Promise((r) => setTimeout(r, 60_500 - intoWindow));
}

describe('usage through the pipeline', () => {
  beforeEach(awayFromWindowEdge);

  it('a stream the client asked no usage for: the gateway asks, reads it, and the client sees none', async () => {
    const { sent, chat, usage } = makeApp();
    const k = await keyFor('strip'); // no limits, no budget: counted when settled
    const { res, text } = await chat(k.key, { stream: true });
    expect(res.status).toBe(200);
    expect(sent[0]!.body.stream_options).toEqual({ include_usage: true });
    expect(text).toContain('"content":"o"');
    expect(text).not.toContain('usage');
    expect(text.endsWith('data: [DONE]\n\n')).toBe(true);
    const rows = await usage(k.tenant);
    expect(monthRow(rows, `key:${k.keyId}`)).toMatchObject({ requests: 1, prompt_tokens: 12, completion_tokens: 5, estimated_requests: 0 });
    expect(monthRow(rows, 'tenant')).toMatchObject({ requests: 1, prompt_tokens: 12, completion_tokens: 5 });
  });

  it('a stream the client asked usage for: it gets the usage chunk, and the counters the same numbers', async () => {
    const { chat, usage } = makeApp();
    const k = await keyFor('asked', { tpm: 10_000 });
    const { text } = await chat(k.key, { stream: true, stream_options: { include_usage: true } });
    expect(text).toContain('"usage":{"prompt_tokens":12,"completion_tokens":5,"total_tokens":17}');
    expect(monthRow(await usage(k.tenant), `key:${k.keyId}`)).toMatchObject({ requests: 1, prompt_tokens: 12, completion_tokens: 5 });
  });

  it('the reported usage replaces the estimate in the token window: a second large request now fits', async () => {
    const { chat } = makeApp();
    const k = await keyFor('window', { tpm: 300 });
    // estimate: the prompt's few tokens + max_tokens 200; reported: 17
    const first = await chat(k.key, { max_tokens: 200 });
    expect(first.res.status).toBe(200);
    expect(Number(first.res.headers.get('x-ratelimit-remaining-tokens'))).toBeLessThan(100);
    const second = await chat(k.key, { max_tokens: 200 });
    expect(second.res.status).toBe(200);
    expect(Number(second.res.headers.get('x-ratelimit-remaining-tokens'))).toBeLessThan(100);
    // without the first correction this would be over 300; with both, only 2 × 17 are spent
    const third = await chat(k.key, { max_tokens: 200 });
    expect(third.res.status).toBe(200);
    expect([first, second, third].map((r) => r.res.headers.get('x-triage-cache'))).toEqual(['miss', 'miss', 'miss']);
  });

  it('requests answered together, settled together (one batch per object): every one counted', async () => {
    const { chat, usage } = makeApp();
    const k = await keyFor('together', { rpm: 100 });
    const answers = await Promise.all(Array.from({ length: 12 }, () => chat(k.key, {})));
    expect(answers.map((a) => a.res.status)).toEqual(Array(12).fill(200));
    const row = { requests: 12, prompt_tokens: 12 * 12, completion_tokens: 12 * 5, estimated_requests: 0 };
    expect(monthRow(await usage(k.tenant), `key:${k.keyId}`)).toMatchObject(row);
    expect(monthRow(await usage(k.tenant), 'tenant')).toMatchObject(row);
  });

  it('a cache hit ran nothing: it counts as a request of no tokens', async () => {
    const { request, usage } = makeApp();
    const k = await keyFor('cached', { tpm: 10_000 });
    const same = {
      method: 'POST',
      headers: { authorization: `Bearer ${k.key}`, 'content-type': 'application/json' },
      body: JSON.stringify({ model: 'triage-small', messages: [{ role: 'user', content: 'Say ok, cached' }] }),
    };
    expect((await request('/v1/chat/completions', same)).res.headers.get('x-triage-cache')).toBe('miss');
    expect((await request('/v1/chat/completions', same)).res.headers.get('x-triage-cache')).toBe('hit');
    expect(monthRow(await usage(k.tenant), 'tenant')).toMatchObject({ requests: 2, prompt_tokens: 12, completion_tokens: 5 });
  });

  it("a target's JSON answer, its bytes held beside it: the usage is read from them, the client gets the answer whole", async () => {
    const { chat, usage } = makeApp({ held: true });
    const k = await keyFor('held');
    const { res, text } = await chat(k.key, {});
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json');
    expect(res.headers.get('x-triage-rule')).not.toBeNull();
    expect(JSON.parse(text)).toMatchObject({ object: 'chat.completion', usage: USAGE });
    const rows = await usage(k.tenant);
    expect(monthRow(rows, 'tenant')).toMatchObject({ requests: 1, prompt_tokens: 12, completion_tokens: 5, estimated_requests: 0 });
  });

  it('a spent budget: 429 insufficient_quota as OpenAI sends it, with x-should-retry: false', async () => {
    const { chat, usage } = makeApp();
    const k = await keyFor('budget', {}, { budget: { tokens_per_month: 20 } });
    expect((await chat(k.key, { max_tokens: 5 })).res.status).toBe(200); // reports 17 of the 20
    expect((await chat(k.key, { max_tokens: 5 })).res.status).toBe(200); // 17 < 20: still allowed; now 34
    const { res, text } = await chat(k.key, { max_tokens: 5 });
    expect(res.status).toBe(429);
    expect(res.headers.get('x-should-retry')).toBe('false');
    expect(JSON.parse(text)).toEqual({
      error: {
        message: expect.stringContaining('You exceeded your current quota'),
        type: 'insufficient_quota',
        param: null,
        code: 'insufficient_quota',
      },
    });
    expect(monthRow(await usage(k.tenant), 'tenant')).toMatchObject({ requests: 2, prompt_tokens: 24, completion_tokens: 10 });
  });

  it('/admin/usage is closed without ADMIN_TOKEN and refuses a wrong token; /metrics has the totals only', async () => {
    const { app, chat, request } = makeApp();
    const k = await keyFor('admin');
    await chat(k.key, {});
    const closed = await app.request(`http://edge.test/admin/usage?tenant=${k.tenant}`, {}, { ...env, ADMIN_TOKEN: undefined });
    expect(closed.status).toBe(403);
    const wrong = await request(`/admin/usage?tenant=${k.tenant}`, { headers: { authorization: 'Bearer nope' } });
    expect(wrong.res.status).toBe(401);
    const bad = await request(`/admin/usage?tenant=${k.tenant}&month=2030-13`, { headers: { authorization: `Bearer ${ADMIN}` } });
    expect(bad.res.status).toBe(400);
    const metrics = (await request('/metrics', { headers: { authorization: `Bearer ${METRICS}` } })).text;
    expect(metrics).toContain('triage_usage_tokens_total{direction="prompt"} 12');
    expect(metrics).toContain('triage_usage_answers_total{usage="reported"} 1');
    expect(metrics).not.toContain(k.tenant);
  });

  it('the real edge model (executor and target as deployed): its streamed usage reaches the counters, the client sees none', async () => {
    const app = createApp({ log: () => {} });
    const k = await keyFor('edgemodel', { tpm: 100_000 });
    const ctx = createExecutionContext();
    const res = await app.request(
      'http://edge.test/v1/chat/completions',
      {
        method: 'POST',
        headers: { authorization: `Bearer ${k.key}`, 'content-type': 'application/json' },
        body: JSON.stringify({ model: 'triage-small', messages: [{ role: 'user', content: 'Say hello' }], max_tokens: 8, stream: true }),
      },
      env,
      ctx,
    );
    const text = await res.text();
    await waitOnExecutionContext(ctx);
    expect(res.headers.get('x-triage-target-kind')).toBe('edge');
    expect(text).toContain('chat.completion.chunk');
    expect(text).not.toContain('usage');
    const row = monthRow(await makeApp().usage(k.tenant), `key:${k.keyId}`);
    expect(row).toMatchObject({ requests: 1, estimated_requests: 0 });
    expect(row!.prompt_tokens).toBeGreaterThan(0);
    expect(row!.completion_tokens).toBeGreaterThan(0);
    expect(row!.completion_tokens).toBeLessThanOrEqual(8);
  });
});
