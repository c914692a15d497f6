// POST /v1/responses and GET /v1/models/{id} through the whole edge app in workerd (real auth, KV, inspect,
// policy, decision headers), with a stand-in executor in place of the targets (they have their own tests): it
// records the chat request the pipeline handed it and answers as a chat target would.
import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { env as rawEnv } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { newApiKey, type KeyRecord } from '../../../shared/protocol/auth/api-keys.ts';
import { ApiError } from '../../../shared/protocol/openai/errors.ts';
import { completionToSse, parseSse, sseData, SSE_HEADERS } from '../../../shared/protocol/openai/sse.ts';
import { createApp, type AppOptions } from '../../app.ts';
import type { Env } from '../../env.ts';
import type { ExecuteOptions, ExecuteResult } from '../../execute.ts';
import type { TargetClient } from '../../targets/target.ts';

const env = rawEnv as unknown as Env;
const run = Math.random().toString(36).slice(2, 8);

async function seedKey(tenant: string, opts: Omit<KeyRecord, 'tenant' | 'sha256'> = {}) {
  const k = await newApiKey(`${tenant}-${run}`, opts);
  await env.KEYS.put(k.kvKey, JSON.stringify(k.record));
  return k.key;
}

const completion = (message: Record<string, unknown>, finish_reason = 'stop') => ({
  id: 'chatcmpl-1',
  object: 'chat.completion',
  created: 1,
  model: 'triage-small-int8',
  choices: [{ index: 0, message: { role: 'assistant', ...message }, finish_reason }],
  usage: { prompt_tokens: 4, completion_tokens: 2, total_tokens: 6 },
});

const sse = (text: string) => new Response(text, { headers: SSE_HEADERS });

function fakeTarget(name: string, kind: TargetClient['kind']): TargetClient {
  return { name, kind, spec: { kind } as TargetClient['spec'], call: async () => new Response('unused') };
}

type Answer = (o: ExecuteOptions) => Response | number;

/** The app with a stand-in executor answering as `answer` says (a number: that status as an upstream error). */
function makeApp(answer: Answer = () => Response.json(completion({ content: 'Hello there' }))) {
  const calls: ExecuteOptions[] = [];
  const execute = async (o: ExecuteOptions): Promise<ExecuteResult> => {
    calls.push(o);
    const a = answer(o);
    if (typeof a === 'number')
      throw Object.assign(new ApiError(a, 'server_error', 'The upstream failed.', 'upstream_error'), { tried: [o.decision.target] });
    return { response: a, target: o.targets.get(o.decision.target) ?? fakeTarget(o.decision.target, 'openai'), tried: [] };
  };
  const createTargetClients: AppOptions['createTargetClients'] = (spec) =>
    new Map(Object.entries(spec.targets).map(([name, t]) => [name, fakeTarget(name, t.kind)]));
  const app = createApp({ createTargetClients, execute, log: () => {} });
  const call = async (path: string, key: string, json?: unknown) => {
    const ctx = createExecutionContext();
    const init = json === undefined ? {} : { method: 'POST', body: JSON.stringify(json), headers: { 'content-type': 'application/json' } };
    const res = await app.request(
      `http://edge.test${path}`,
      { ...init, headers: { ...init.headers, authorization: `Bearer ${key}` } },
      env,
      ctx,
    );
    await waitOnExecutionContext(ctx);
    return res;
  };
  return { call, calls };
}

type Event = { type: string; sequence_number: number } & Record<string, unknown>;
const eventsOf = async (res: Response): Promise<Event[]> => parseSse(await res.text()).map((e) => JSON.parse(e.data) as Event);

describe('POST /v1/responses', () => {
  it('a string input: routed as the chat request it translates to, answered as a Response, with the decision headers', async () => {
    const key = await seedKey('responses');
    const { call, calls } = makeApp();
    const res = await call('/v1/responses', key, {
      model: 'triage-small',
      input: 'Say hello',
      instructions: 'Be brief.',
      max_output_tokens: 8,
    });
    expect(res.status).toBe(200);
    expect(calls[0]!.request).toMatchObject({
      task: 'chat',
      body: {
        model: 'triage-small',
        messages: [
          { role: 'system', content: 'Be brief.' },
          { role: 'user', content: 'Say hello' },
        ],
        max_tokens: 8,
      },
    });
    expect(res.headers.get('x-triage-target')).toBe('edge-small');
    expect(res.headers.get('content-length')).toBeNull();
    const body = await res.json<Record<string, unknown>>();
    expect(body).toMatchObject({
      object: 'response',
      status: 'completed',
      output: [{ type: 'message', role: 'assistant', content: [{ type: 'output_text', text: 'Hello there' }] }],
      usage: { input_tokens: 4, output_tokens: 2, total_tokens: 6 },
    });
    expect(body.id).toMatch(/^resp_[0-9a-f]{32}$/);
  });

  const PII = 'anna.berg@example.org';
  const placements: [string, Record<string, unknown>][] = [
    ['in input', { input: `Write to ${PII}` }],
    ['only in instructions', { input: 'Write a note.', instructions: `Sign as ${PII}` }],
    [
      'only in a tool description',
      { input: 'Go.', tools: [{ type: 'function', name: 'send', description: `Mail ${PII}`, parameters: null, strict: null }] },
    ],
    [
      'only in a function_call_output',
      {
        input: [
          { role: 'user', content: 'Who?' },
          { type: 'function_call', call_id: 'c1', name: 'lookup', arguments: '{}' },
          { type: 'function_call_output', call_id: 'c1', output: PII },
        ],
      },
    ],
    ['only in function_call arguments', { input: [{ type: 'function_call', call_id: 'c1', name: 'send', arguments: `{"to":"${PII}"}` }] }],
  ];
  for (const [where, fields] of placements) {
    it(`PII ${where} → scanned in the chat body, on-prem only`, async () => {
      const key = await seedKey('responses-pii');
      const { call, calls } = makeApp();
      const res = await call('/v1/responses', key, { model: 'triage-small', ...fields });
      expect(res.status).toBe(200);
      expect(res.headers.get('x-triage-target')).toBe('onprem-gpu');
      expect(res.headers.get('x-triage-pii')).toBe('EMAIL');
      expect(calls[0]!.request.piiTypes).toEqual(['EMAIL']);
      expect(JSON.stringify(calls[0]!.request.body)).toContain(PII); // the on-prem node gets the chat body, unredacted
    });
  }

  it('an image part counts as unscanned content, as in chat: on-prem', async () => {
    const key = await seedKey('responses-image');
    const { call } = makeApp();
    const input = [{ role: 'user', content: [{ type: 'input_image', image_url: 'https://img.test/a.png', detail: 'auto' }] }];
    const res = await call('/v1/responses', key, { model: 'triage-small', input });
    expect(res.headers.get('x-triage-unscanned')).toBe('image');
    expect(res.headers.get('x-triage-target')).toBe('onprem-gpu');
  });

  it('streamed: the chat chunks as Responses events, ending in response.completed', async () => {
    const key = await seedKey('responses-stream');
    const { call, calls } = makeApp(() => sse(completionToSse(completion({ content: 'Hi!' }), { includeUsage: true })));
    const res = await call('/v1/responses', key, { model: 'triage-small', input: 'Hi', stream: true });
    expect(res.headers.get('content-type')).toContain('text/event-stream');
    expect(calls[0]!.request.body).toMatchObject({ stream: true, stream_options: { include_usage: true } });
    const events = await eventsOf(res);
    expect(events.map((e) => e.type)).toEqual([
      'response.created',
      'response.in_progress',
      'response.output_item.added',
      'response.content_part.added',
      'response.output_text.delta',
      'response.output_text.done',
      'response.content_part.done',
      'response.output_item.done',
      'response.completed',
    ]);
    expect(events.at(-1)!.response).toMatchObject({ status: 'completed', usage: { total_tokens: 6 } });
  });

  it('a target that answers a stream whole: the same events', async () => {
    const key = await seedKey('responses-whole');
    const { call } = makeApp(() => Response.json(completion({ content: 'Hi!' })));
    const events = await eventsOf(await call('/v1/responses', key, { model: 'triage-small', input: 'Hi', stream: true }));
    expect(events.at(-1)).toMatchObject({ type: 'response.completed' });
    expect(events.find((e) => e.type === 'response.output_text.done')).toMatchObject({ text: 'Hi!' });
  });

  it('a stream that breaks off (the executor ends it with an error event): error, then response.failed', async () => {
    const key = await seedKey('responses-broken');
    const chunk = { object: 'chat.completion.chunk', choices: [{ index: 0, delta: { content: 'Hel' }, finish_reason: null }] };
    const broken =
      sseData(chunk) +
      sseData({ error: { message: 'The stream broke off.', type: 'server_error', param: null, code: 'stream_interrupted' } });
    const { call } = makeApp(() => sse(broken));
    const events = await eventsOf(await call('/v1/responses', key, { model: 'triage-small', input: 'Hi', stream: true }));
    expect(events.slice(-2).map((e) => e.type)).toEqual(['error', 'response.failed']);
    expect(events.at(-2)).toMatchObject({ code: 'stream_interrupted' });
  });

  it('errors before the stream starts are OpenAI-shaped JSON: unsupported parameters (nothing run), upstream failures', async () => {
    const key = await seedKey('responses-errors');
    const { call, calls } = makeApp(() => 502);
    const refused = await call('/v1/responses', key, { model: 'triage-small', input: 'x', previous_response_id: 'resp_1' });
    expect(refused.status).toBe(400);
    expect(await refused.json()).toMatchObject({
      error: { code: 'unsupported_parameter', param: 'previous_response_id', type: 'invalid_request_error' },
    });
    const tool = await call('/v1/responses', key, { model: 'triage-small', input: 'x', tools: [{ type: 'web_search' }] });
    expect(await tool.json()).toMatchObject({ error: { code: 'unsupported_parameter', param: 'tools[0].type' } });
    expect(calls).toHaveLength(0);
    const failed = await call('/v1/responses', key, { model: 'triage-small', input: 'x', stream: true });
    expect(failed.status).toBe(502);
    expect(failed.headers.get('content-type')).toContain('application/json');
    expect(await failed.json()).toMatchObject({ error: { code: 'upstream_error' } });
  });
});

describe('GET /v1/responses/{id}', () => {
  it('404 response_not_found: nothing is stored', async () => {
    const { call } = makeApp();
    const res = await call('/v1/responses/resp_123', await seedKey('responses-get'));
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ error: { code: 'response_not_found', type: 'not_found_error' } });
  });
});

describe('GET /v1/models/{id}', () => {
  it('the model object as in the list, 404 model_not_found otherwise — also for a model the key may not use', async () => {
    const { call } = makeApp();
    const all = await seedKey('model-get');
    const res = await call('/v1/models/triage-small', all);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ id: 'triage-small', object: 'model', created: 0, owned_by: 'triage' });
    const missing = await call('/v1/models/nope', all);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ error: { code: 'model_not_found', type: 'not_found_error' } });
    const limited = await seedKey('model-get-limited', { models: ['triage-small'] });
    expect((await call('/v1/models/triage-large', limited)).status).toBe(404);
    expect((await call('/v1/models/triage-large', all)).status).toBe(200);
  });
});
