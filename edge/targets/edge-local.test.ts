// The edge target inside workerd (the real runtime): onnxruntime-web WASM, the bundled models, the R2 store.
// One suite on purpose — each workerd suite pays several seconds to load ORT's WASM.
import { env } from 'cloudflare:workers';
import { describe, expect, inject, it } from 'vitest';
import smallFp32 from '../../shared/models/dist/triage-small.onnx';
import type { Env } from '../env.ts';
import { createModelStore, storeKey } from '../models/store.ts';
import { edgeLocalClient, pickModel } from './edge-local.ts';
import { edgeModels } from '../models/registry.ts';
import { folderKey } from '../models/folder-sources.ts';
import { CHAT_MESSAGES, DECODER_FIXTURE, NEW_TOKENS } from '../models/test-hf-folders.ts';
import { TargetError, type TargetRequest, type TargetSpecOf } from './target.ts';

const ENV = env as unknown as Env;
const SPEC: TargetSpecOf<'edge'> = { kind: 'edge', model: 'triage-small-int8', timeout_ms: 5000, retries: 0 };
const target = edgeLocalClient('edge-small', SPEC, ENV);

function request(task: TargetRequest['task'], body: Record<string, unknown>, extra: Partial<TargetRequest> = {}): TargetRequest {
  return {
    task,
    body: { model: 'triage-small', ...body },
    upstreamModel: 'triage-small',
    stream: body.stream === true,
    requestId: 'req-0001',
    tenant: 'acme',
    piiTypes: [],
    unscanned: [],
    traceparent: '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01',
    signal: new AbortController().signal,
    ...extra,
  };
}

interface Classified {
  object: string;
  model: string;
  data: { index: number; label: string; score: number; scores: Record<string, number> }[];
  usage: { prompt_tokens: number; total_tokens: number };
}
interface Embedded {
  object: string;
  model: string;
  data: { object: string; index: number; embedding: number[] | string }[];
  usage: { prompt_tokens: number; total_tokens: number };
}
interface Completion {
  id: string;
  object: string;
  created: number;
  model: string;
  choices: { index: number; message: { role: string; content: string }; finish_reason: string }[];
  usage: { prompt_tokens: number; completion_tokens: number; total_tokens: number };
}

const cos = (a: number[], b: number[]) => a.reduce((s, x, i) => s + x * b[i]!, 0);
const fromBase64 = (s: string) => {
  const bin = atob(s);
  const u8 = Uint8Array.from(bin, (c) => c.charCodeAt(0));
  return Array.from(new Float32Array(u8.buffer));
};

describe('edge-local target (workerd)', () => {
  it('classifies with the bundled INT8 classifier', async () => {
    const t0 = performance.now();
    const res = await target.call(
      request('classify', {
        input: [
          'I was charged twice for my subscription',
          'my rust code panics with a segmentation fault',
          'is this NDA enforceable?',
          'hi there, how is it going',
        ],
      }),
    );
    const first = performance.now() - t0;
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json');
    const body = await res.json<Classified>();
    expect(body.object).toBe('list');
    expect(body.model).toBe('triage-classifier-int8');
    expect(body.data.map((d) => d.label)).toEqual(['billing', 'code', 'legal', 'smalltalk']);
    expect(body.data.map((d) => d.index)).toEqual([0, 1, 2, 3]);
    expect(Object.keys(body.data[0]!.scores).sort()).toEqual(['billing', 'code', 'legal', 'medical', 'smalltalk', 'support']);
    expect(body.usage.prompt_tokens).toBeGreaterThan(10);
    const t1 = performance.now();
    const n = 50;
    for (let i = 0; i < n; i++) await (await target.call(request('classify', { input: 'where is my invoice' }))).json();
    console.log(`workerd classify: first call (session) ${first.toFixed(1)} ms, then ${((performance.now() - t1) / n).toFixed(3)} ms/call`);
  });

  it('fp32 and INT8 classifiers agree (model chosen by the target spec)', async () => {
    const fp32 = edgeLocalClient('edge-fp32', { ...SPEC, model: 'triage-small' }, ENV);
    const input = ['reset my password please', 'mein Vertrag ist ungültig', 'tengo fiebre y tos', 'write a python function to sort a list'];
    const a = await (await fp32.call(request('classify', { input }))).json<Classified>();
    const b = await (await target.call(request('classify', { input }))).json<Classified>();
    expect(a.model).toBe('triage-classifier');
    expect(b.data.map((d) => d.label)).toEqual(a.data.map((d) => d.label));
    b.data.forEach((d, i) => expect(Math.abs(d.score - a.data[i]!.score)).toBeLessThan(0.03));
  });

  it("answers embeddings in OpenAI's shape; paraphrases are closer than unrelated texts; base64 and dimensions", async () => {
    const input = ['how do I reset my password', 'I forgot my password, how can I change it', 'what does the pro plan cost'];
    const res = await target.call(request('embeddings', { input }));
    const body = await res.json<Embedded>();
    expect(Object.keys(body)).toEqual(['object', 'data', 'model', 'usage']);
    expect(body.object).toBe('list');
    expect(body.model).toBe('triage-embed-int8');
    expect(body.data.map((d) => [d.object, d.index])).toEqual([
      ['embedding', 0],
      ['embedding', 1],
      ['embedding', 2],
    ]);
    expect(body.usage).toEqual({ prompt_tokens: 22, total_tokens: 22 }); // the model's word tokens: 6 + 10 + 6
    const [a, p, u] = body.data.map((d) => d.embedding as number[]);
    expect(a!.length).toBe(128);
    expect(cos(a!, a!)).toBeCloseTo(1, 4);
    expect(cos(a!, p!)).toBeGreaterThan(cos(a!, u!) + 0.3);

    const b64 = await (await target.call(request('embeddings', { input, encoding_format: 'base64' }))).json<Embedded>();
    const decoded = fromBase64(b64.data[0]!.embedding as string);
    decoded.forEach((x, i) => expect(x).toBeCloseTo(a![i]!, 6));

    const short = await (await target.call(request('embeddings', { input: input[0], dimensions: 32 }))).json<Embedded>();
    const v = short.data[0]!.embedding as number[];
    expect(v.length).toBe(32);
    expect(cos(v, v)).toBeCloseTo(1, 4);
  });

  it('answers a chat completion with generated text', async () => {
    const res = await target.call(
      request('chat', {
        messages: [
          { role: 'system', content: 'Be brief.' },
          { role: 'user', content: 'I was charged twice on my credit card' },
        ],
        temperature: 0,
      }),
    );
    const body = await res.json<Completion>();
    expect(body.object).toBe('chat.completion');
    expect(body.id).toBe('chatcmpl-req-0001');
    expect(body.model).toBe('triage-small-int8');
    expect(body.choices).toHaveLength(1);
    expect(body.choices[0]!.message.role).toBe('assistant');
    expect(body.choices[0]!.message.content).toMatch(/refund|invoice|charged|plan|billing|payment|credit card/i);
    expect(body.choices[0]!.finish_reason).toBe('stop');
    expect(body.usage.prompt_tokens).toBe(8);
    expect(body.usage.total_tokens).toBe(body.usage.prompt_tokens + body.usage.completion_tokens);
    const t0 = performance.now();
    const long = await (
      await target.call(request('chat', { messages: [{ role: 'user', content: 'hello' }], max_tokens: 40, temperature: 1, seed: 3 }))
    ).json<Completion>();
    console.log(
      `workerd chat: ${((performance.now() - t0) / long.usage.completion_tokens).toFixed(3)} ms/token over ${long.usage.completion_tokens} tokens`,
    );
    expect(long.usage.completion_tokens).toBeLessThanOrEqual(40);
  });

  it('streams SSE exactly as OpenAI frames it (role, content deltas, finish_reason, usage, [DONE])', async () => {
    const body = {
      messages: [{ role: 'user', content: 'my python script crashes with a type error' }],
      temperature: 0.8,
      seed: 7,
      max_tokens: 12,
    };
    const whole = await (await target.call(request('chat', body))).json<Completion>();
    const res = await target.call(request('chat', { ...body, stream: true, stream_options: { include_usage: true } }));
    expect(res.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    const text = await res.text();
    expect(text.endsWith('\n\ndata: [DONE]\n\n')).toBe(true);
    const events = text.split('\n\n').filter(Boolean);
    for (const e of events) expect(e).toMatch(/^data: /);
    expect(events.at(-1)).toBe('data: [DONE]');
    const chunks = events.slice(0, -1).map(
      (e) =>
        JSON.parse(e.slice(6)) as Record<string, unknown> & {
          choices: { index: number; delta: Record<string, unknown>; finish_reason: string | null }[];
          usage: unknown;
        },
    );
    for (const c of chunks) {
      expect(c.object).toBe('chat.completion.chunk');
      expect(c.id).toBe('chatcmpl-req-0001');
      expect(c.model).toBe('triage-small-int8');
    }
    expect(chunks[0]!.choices[0]).toEqual({
      index: 0,
      delta: { role: 'assistant', content: '', refusal: null },
      logprobs: null,
      finish_reason: null,
    });
    const content = chunks.slice(1, -2);
    expect(content.length).toBe(whole.usage.completion_tokens);
    for (const c of content) {
      expect(Object.keys(c.choices[0]!.delta)).toEqual(['content']);
      expect(c.choices[0]!.finish_reason).toBeNull();
      expect(c.usage).toBeNull();
    }
    expect(content.map((c) => c.choices[0]!.delta.content).join('')).toBe(whole.choices[0]!.message.content);
    expect(chunks.at(-2)!.choices).toEqual([{ index: 0, delta: {}, logprobs: null, finish_reason: whole.choices[0]!.finish_reason }]);
    expect(chunks.at(-1)!.choices).toEqual([]);
    expect(chunks.at(-1)!.usage).toEqual(whole.usage);

    // A reader that goes away stops the generation (no error surfaces).
    const cancelled = await target.call(request('chat', { ...body, stream: true, max_tokens: 200 }));
    const reader = cancelled.body!.getReader();
    await reader.read();
    await reader.cancel();

    // Without include_usage: no usage chunk and no "usage" key at all.
    const plain = await (await target.call(request('chat', { ...body, stream: true }))).text();
    expect(plain).not.toContain('"usage"');
    expect(plain.split('\n\n').filter(Boolean)).toHaveLength(events.length - 1);
  });

  it('honours stop sequences and max_tokens', async () => {
    const body = { messages: [{ role: 'user', content: 'I was charged twice on my credit card' }], temperature: 0 };
    const full = (await (await target.call(request('chat', body))).json<Completion>()).choices[0]!.message.content;
    const firstSentence = full.slice(0, full.indexOf('.'));
    const cut = await (await target.call(request('chat', { ...body, stop: ['.'] }))).json<Completion>();
    expect(cut.choices[0]!.message.content).toBe(firstSentence);
    expect(cut.choices[0]!.finish_reason).toBe('stop');
    const short = await (await target.call(request('chat', { ...body, max_tokens: 2 }))).json<Completion>();
    expect(short.choices[0]!.finish_reason).toBe('length');
    expect(short.usage.completion_tokens).toBe(2);
  });

  it('loads a model that is not bundled from R2 (models/<file>), verified against the manifest', async () => {
    const r2 = ENV.MODELS!;
    await r2.put(storeKey('triage-small.onnx'), smallFp32);
    const fp32 = edgeLocalClient('edge-fp32', { ...SPEC, model: 'triage-small' }, ENV);
    const body = { messages: [{ role: 'user', content: 'Can I terminate my lease early?' }], temperature: 0 };
    const a = await (await fp32.call(request('chat', body))).json<Completion>();
    const b = await (await target.call(request('chat', body))).json<Completion>();
    expect(a.model).toBe('triage-small');
    expect(a.choices[0]!.message.content).toBe(b.choices[0]!.message.content); // fp32 (R2) = INT8 (bundle), greedy

    const store = createModelStore({ bundled: {}, r2: { get: async () => ({ arrayBuffer: async () => new ArrayBuffer(16) }) } });
    const entry = store.manifest.models.find((m) => m.id === 'triage-small')!;
    await expect(store.load(entry)).rejects.toMatchObject({ code: 'checksum_mismatch' });
    await expect(createModelStore({ bundled: {} }).load(entry)).rejects.toMatchObject({ code: 'not_found' });
    const kvData = new Map([[storeKey('triage-small.onnx'), smallFp32]]);
    const kv = { get: async (key: string, _type: 'arrayBuffer') => kvData.get(key) ?? null };
    const fromKv = await createModelStore({ bundled: {}, r2: { get: async () => null }, kv }).load(entry);
    expect(fromKv.source).toBe('kv');
    expect(fromKv.bytes.byteLength).toBe(entry.bytes);
    expect((await createModelStore().load(store.manifest.models.find((m) => m.id === 'triage-embed-int8')!)).source).toBe('bundle');
  });

  it('fails as a TargetError: PII (refused), timeouts (504), models it lacks (503), inputs it cannot take', async () => {
    await expect(
      target.call(request('chat', { messages: [{ role: 'user', content: 'x' }] }, { piiTypes: ['EMAIL'] })),
    ).rejects.toMatchObject({ status: 503, retryable: false });
    const timedOut = AbortSignal.abort(new DOMException('deadline', 'TimeoutError'));
    await expect(target.call(request('classify', { input: 'x' }, { signal: timedOut }))).rejects.toMatchObject({
      status: 504,
      retryable: true,
    });
    const gone = new AbortController();
    gone.abort(new Error('client went away'));
    await expect(target.call(request('classify', { input: 'x' }, { signal: gone.signal }))).rejects.toThrow('client went away');
    const missing = edgeLocalClient('edge-x', { ...SPEC, model: 'no-such-model' }, ENV);
    await expect(missing.call(request('chat', { messages: [{ role: 'user', content: 'x' }] }))).rejects.toMatchObject({
      status: 503,
      retryable: true,
    });
    await expect(target.call(request('embeddings', { input: [1, 2, 3] }))).rejects.toMatchObject({ status: 502, retryable: true });
    const err = await target.call(request('embeddings', { input: ['ok', ''] })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TargetError);
    expect((err as TargetError).upstreamResponse?.status).toBe(400);
    expect(await (err as TargetError).upstreamResponse!.json()).toMatchObject({ error: { type: 'invalid_request_error', param: 'input' } });
  });

  it('refuses tools, response_format and images it would ignore: 400, naming the parameter, never the content', async () => {
    const SECRET = 'Codeword zebra-42';
    const messages = [{ role: 'user', content: SECRET }];
    const tool = { type: 'function', function: { name: 'lookup_order', parameters: { type: 'object' } } };
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ messages, tools: [tool] }, 'tools', /does not support tools/],
      [{ messages, response_format: { type: 'json_schema', json_schema: { name: 'x', schema: {} } } }, 'response_format', /json_schema/],
      [{ messages, response_format: { type: 'json_object' } }, 'response_format', /json_object/],
      [{ messages: [{ role: 'user', content: [{ type: 'image_url', image_url: { url: 'https://x.test/a.png' } }] }] }, 'messages', /image/],
    ];
    for (const [body, param, message] of cases) {
      const err = await target.call(request('chat', body)).catch((e: unknown) => e);
      expect(err, param).toBeInstanceOf(TargetError);
      expect(err).toMatchObject({ retryable: false });
      const res = (err as TargetError).upstreamResponse!;
      expect(res.status).toBe(400);
      expect(res.headers.get('x-should-retry')).toBe('false');
      const text = await res.text();
      expect(text).not.toContain('zebra');
      expect(text).not.toContain('lookup_order');
      const { error } = JSON.parse(text) as { error: { type: string; code: string; param: string; message: string } };
      expect(error).toMatchObject({ type: 'invalid_request_error', code: 'unsupported_parameter', param });
      expect(error.message).toMatch(message);
    }
    // what it does serve still runs: `response_format: text`, an empty tools list
    const plain = await target.call(request('chat', { messages, response_format: { type: 'text' }, tools: [], max_tokens: 4 }));
    expect(plain.status).toBe(200);
  });

  it('picks models per task as documented', async () => {
    const models = await edgeModels(ENV);
    const pick = (model: string, task: TargetRequest['task'], upstream = 'triage-small', mapping?: Record<string, string>) =>
      pickModel({ model, models: mapping }, task, upstream, models)?.id;
    expect(pick('triage-small-int8', 'chat')).toBe('triage-small-int8');
    expect(pick('triage-small-int8', 'classify')).toBe('triage-classifier-int8');
    expect(pick('triage-small', 'embeddings')).toBe('triage-embed');
    expect(pick('triage-small-int8', 'embeddings', 'triage-embed')).toBe('triage-embed'); // a mapped/explicit id wins
    expect(pick('triage-small-int8', 'chat', 'triage-embed')).toBe('triage-small-int8'); // …when its task fits
    expect(pick('triage-small-int8', 'chat', 'triage-small', { 'triage-small': 'triage-small' })).toBe('triage-small'); // mapped
    expect(pick('no-such-model', 'chat')).toBeUndefined();
  });
});

describe('edge target with Hugging Face folders from R2 (MODEL_FOLDERS)', () => {
  const { folders, generatedIds } = inject('hfFolders');
  const MODELS = (env as unknown as { MODELS: R2Bucket }).MODELS;

  async function uploadFixture(prefix: string, fixture: string): Promise<void> {
    for (const [path, b64] of Object.entries(folders[fixture]!)) {
      await MODELS.put(
        folderKey(prefix, path),
        Uint8Array.from(atob(b64), (c) => c.charCodeAt(0)),
      );
    }
  }

  it("serves chat from a folder under the target's model id, greedy as onnxruntime-node generates it", async () => {
    await uploadFixture('hf/edge-chat', DECODER_FIXTURE);
    const folderEnv = { ...ENV, MODEL_FOLDERS: 'triage-small-int8=r2:hf/edge-chat' };
    const res = await edgeLocalClient('edge-small', SPEC, folderEnv).call(
      request('chat', { messages: CHAT_MESSAGES, temperature: 0, max_tokens: NEW_TOKENS }),
    );
    const body = (await res.json()) as { model: string; choices: { finish_reason: string }[]; usage: { completion_tokens: number } };
    expect(body.model).toBe('triage-small-int8');
    expect(body.usage.completion_tokens).toBe(generatedIds.length);
    expect(body.choices[0]!.finish_reason).toBe('length');
    // The other tasks still reach the demo models through the id's companions.
    const clf = await edgeLocalClient('edge-small', SPEC, folderEnv).call(request('classify', { input: 'where is my invoice' }));
    expect(((await clf.json()) as { model: string }).model).toBe('triage-classifier-int8');
  });

  it('a bad MODEL_FOLDERS or a folder not in R2 fails the target retryably (a fallback may answer), naming the var or folder', async () => {
    const call = (value: string) =>
      edgeLocalClient('edge-small', SPEC, { ...ENV, MODEL_FOLDERS: value }).call(request('chat', { messages: CHAT_MESSAGES }));
    await expect(call('triage-small-int8=/local/path')).rejects.toMatchObject({
      status: 503,
      retryable: true,
      message: expect.stringContaining('var MODEL_FOLDERS: entry 1: model "triage-small-int8": the folder must be r2:<prefix>'),
    });
    await expect(call('triage-small-int8=r2:hf/not-uploaded')).rejects.toMatchObject({
      status: 503,
      retryable: true,
      message: expect.stringContaining('r2://MODELS/hf/not-uploaded has no checksums.json'),
    });
  });
});
