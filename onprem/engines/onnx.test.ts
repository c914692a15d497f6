// The `onnx` engine on onnxruntime-node (CPU) with the built models (shared/models/dist): real text, real
// vectors, real labels; the SSE framing read by an SSE parser and by the official `openai` client; abort
// stopping generation (observed on the session, not by timing); the CUDA path failing clearly on this CPU host.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as ort from 'onnxruntime-node';
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REQUEST_SCHEMAS, type Task } from '../../shared/protocol/openai/schema.ts';
import { parseSseStream } from '../../shared/protocol/openai/sse.ts';
import type { OrtSessionOptions } from '../../shared/models/runner.ts';
import { EngineError, type EngineRequest } from './engine.ts';
import { createEngine } from './index.ts';
import { createOnnxEngine, type OnnxEngine, type OnnxRuntime } from './onnx.ts';
import { FIXTURES_DIR } from '../../test/support/model-folders.ts';

const DIST = join(import.meta.dirname, '..', '..', 'shared', 'models', 'dist');
const LM_DIM = 1874; // triage-small's input width (manifest): how the observer tells LM runs apart

/** Holds the LM run number `at` (counted from its creation) after it ran, until open(). */
class Gate {
  reached: Promise<void>;
  opened: Promise<void>;
  markReached!: () => void;
  open!: () => void;
  constructor(readonly at: number) {
    this.reached = new Promise((r) => {
      this.markReached = r;
    });
    this.opened = new Promise((r) => {
      this.open = r;
    });
  }
}

/** onnxruntime-node, observed: session options, LM runs (optionally held at a gate), released sessions. */
function observedOrt() {
  const o = {
    options: [] as (OrtSessionOptions | undefined)[],
    lmRuns: 0,
    released: 0,
    gate: undefined as Gate | undefined,
    hold(at: number): Gate {
      o.lmRuns = 0;
      o.gate = new Gate(at);
      return o.gate;
    },
  };
  const runtime: OnnxRuntime = {
    Tensor: ort.Tensor,
    listSupportedBackends: () => ort.listSupportedBackends(),
    InferenceSession: {
      async create(bytes, options) {
        o.options.push(options);
        const s = await ort.InferenceSession.create(bytes, options as ort.InferenceSession.SessionOptions);
        return {
          inputNames: s.inputNames,
          async run(feeds) {
            const lm = Object.values(feeds)[0]?.dims[1] === LM_DIM;
            if (lm) o.lmRuns++;
            const out = await s.run(feeds as ort.InferenceSession.FeedsType);
            // Held after the native run: once opened, everything up to a next run is microtasks only.
            const gate = o.gate;
            if (lm && gate && o.lmRuns === gate.at) {
              gate.markReached();
              await gate.opened;
            }
            return out;
          },
          async release() {
            o.released++;
            await s.release();
          },
        };
      },
    },
  };
  return { o, runtime };
}

/** Lets every pending microtask run (a model run started by them would have been counted by then). */
const drainMicrotasks = () => new Promise((r) => setImmediate(r));

const { o: observer, runtime } = observedOrt();
let engine: OnnxEngine;

beforeAll(async () => {
  engine = createOnnxEngine({ modelsDir: DIST, executionProvider: 'cpu', intraOpNumThreads: 1 }, runtime);
  expect(await engine.ready()).toBe(false);
  await engine.start();
});
afterAll(async () => {
  await engine?.close();
});

let n = 0;
function request(task: Task, body: Record<string, unknown>, extra: Partial<EngineRequest> = {}): EngineRequest {
  const parsed = REQUEST_SCHEMAS[task].parse(body) as EngineRequest['body'];
  return {
    task,
    body: parsed,
    stream: body.stream === true,
    requestId: `req-${++n}`,
    traceparent: '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01',
    signal: new AbortController().signal,
    ...extra,
  };
}
const chat = (extra: Record<string, unknown> = {}) => ({
  model: 'triage-small',
  messages: [{ role: 'user', content: 'I was charged twice on my credit card' }],
  temperature: 0,
  ...extra,
});

interface Completion {
  id: string;
  object: string;
  model: string;
  choices: { index: number; message: { role: string; content: string }; finish_reason: string }[];
  usage: { prompt_tokens: number; completion_tokens: number; total_tokens: number };
}
interface Chunk {
  object: string;
  model: string;
  choices: { index: number; delta: { role?: string; content?: string }; finish_reason: string | null }[];
  usage?: Completion['usage'] | null;
}

async function sseChunks(res: Response): Promise<{ chunks: Chunk[]; done: boolean }> {
  const chunks: Chunk[] = [];
  let done = false;
  for await (const ev of parseSseStream(res.body!)) {
    if (ev.data === '[DONE]') done = true;
    else chunks.push(JSON.parse(ev.data) as Chunk);
  }
  return { chunks, done };
}

describe('onnx engine (onnxruntime-node, CPU)', () => {
  it('loads every model at start (with the configured session options) and lists them with their tasks', async () => {
    expect(await engine.ready()).toBe(true);
    expect(engine.kind).toBe('onnx');
    expect(observer.options).toHaveLength(6);
    expect(observer.options[0]).toEqual({ executionProviders: ['cpu'], graphOptimizationLevel: 'all', intraOpNumThreads: 1 });
    const models = Object.fromEntries(engine.models().map((m) => [m.id, m.tasks]));
    expect(models).toEqual({
      'triage-classifier': ['classify'],
      'triage-classifier-int8': ['classify'],
      'triage-embed': ['embeddings'],
      'triage-embed-int8': ['embeddings'],
      'triage-small': ['chat', 'embeddings', 'classify'],
      'triage-small-int8': ['chat', 'embeddings', 'classify'],
    });
  });

  it('answers a chat completion with generated text on topic', async () => {
    const res = await engine.handle(request('chat', chat()));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json');
    const body = (await res.json()) as Completion;
    expect(body).toMatchObject({
      object: 'chat.completion',
      model: 'triage-small',
      choices: [{ index: 0, message: { role: 'assistant' }, finish_reason: 'stop' }],
    });
    expect(body.id).toMatch(/^chatcmpl-req-/);
    expect(body.choices[0]!.message.content).toMatch(/refund|invoice|charged|plan|billing|payment|credit card/i);
    expect(body.usage.total_tokens).toBe(body.usage.prompt_tokens + body.usage.completion_tokens);
  });

  it('streams SSE as OpenAI frames it; the deltas add up to the same text as the JSON answer', async () => {
    const body = chat({ temperature: 0.8, seed: 5, max_tokens: 30 });
    const whole = (await (await engine.handle(request('chat', body))).json()) as Completion;
    const res = await engine.handle(request('chat', { ...body, stream: true, stream_options: { include_usage: true } }));
    expect(res.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    const { chunks, done } = await sseChunks(res);
    expect(done).toBe(true);
    expect(chunks.every((c) => c.object === 'chat.completion.chunk' && c.model === 'triage-small')).toBe(true);
    expect(chunks[0]!.choices[0]).toMatchObject({ index: 0, delta: { role: 'assistant', content: '' }, finish_reason: null });
    const content = chunks.slice(1, -2);
    expect(content).toHaveLength(whole.usage.completion_tokens);
    expect(content.map((c) => c.choices[0]!.delta.content).join('')).toBe(whole.choices[0]!.message.content);
    expect(content.every((c) => c.usage === null)).toBe(true);
    expect(chunks.at(-2)!.choices[0]).toMatchObject({ delta: {}, finish_reason: whole.choices[0]!.finish_reason });
    expect(chunks.at(-1)).toMatchObject({ choices: [], usage: whole.usage });
  });

  it('works with the official openai client (JSON, stream, embeddings in its default base64)', async () => {
    const client = new OpenAI({
      apiKey: 'unused',
      baseURL: 'http://onprem.local/v1',
      maxRetries: 0,
      // The engine stands in for the node's HTTP layer: the client's own request and response handling run.
      fetch: async (url, init) => {
        const path = new URL(String(url)).pathname;
        const task: Task = path.endsWith('/embeddings') ? 'embeddings' : 'chat';
        const body = JSON.parse(String(init?.body)) as Record<string, unknown>;
        return engine.handle(request(task, body));
      },
    });
    const c = await client.chat.completions.create({
      model: 'triage-small-int8',
      messages: [{ role: 'user', content: 'how do I reset my password?' }],
      max_tokens: 20,
    });
    expect(c.choices[0]!.message.content!.length).toBeGreaterThan(0);
    const stream = await client.chat.completions.create({
      model: 'triage-small-int8',
      messages: [{ role: 'user', content: 'how do I reset my password?' }],
      max_tokens: 20,
      stream: true,
      stream_options: { include_usage: true },
    });
    let text = '';
    let usage: unknown;
    for await (const chunk of stream) {
      text += chunk.choices[0]?.delta.content ?? '';
      if (chunk.usage) usage = chunk.usage;
    }
    expect(text.length).toBeGreaterThan(0);
    expect(usage).toMatchObject({ completion_tokens: expect.any(Number) });
    const e = await client.embeddings.create({ model: 'triage-embed', input: ['reset my password', 'I forgot my password'] });
    expect(e.data).toHaveLength(2);
    expect(e.data[0]!.embedding).toHaveLength(128);
    const dot = e.data[0]!.embedding.reduce((s, x, i) => s + x * e.data[1]!.embedding[i]!, 0);
    expect(dot).toBeGreaterThan(0.5);
  });

  it('embeddings: the alias picks the embedding model; dimensions', async () => {
    const body = (await (
      await engine.handle(request('embeddings', { model: 'triage-small-int8', input: 'how do I reset my password', dimensions: 16 }))
    ).json()) as { model: string; data: { embedding: number[] }[] };
    expect(body.model).toBe('triage-embed-int8');
    const v = body.data[0]!.embedding;
    expect(v).toHaveLength(16);
    expect(v.reduce((s, x) => s + x * x, 0)).toBeCloseTo(1, 4);
  });

  it('classifies', async () => {
    const body = (await (
      await engine.handle(
        request('classify', {
          model: 'triage-small',
          input: ['I was charged twice for my subscription', 'my rust code panics with a segmentation fault'],
        }),
      )
    ).json()) as { model: string; data: { label: string }[] };
    expect(body.model).toBe('triage-classifier');
    expect(body.data.map((d) => d.label)).toEqual(['billing', 'code']);
  });

  it("answers client mistakes in OpenAI's error shape: unknown model 404, wrong task 400, bad input 400", async () => {
    const cases: [EngineRequest, number, Record<string, unknown>][] = [
      [request('chat', chat({ model: 'local-8b-instruct' })), 404, { type: 'not_found_error', code: 'model_not_found', param: 'model' }],
      [
        request('chat', chat({ model: 'triage-embed' })),
        400,
        { type: 'invalid_request_error', code: 'model_not_supported', param: 'model' },
      ],
      [request('embeddings', { model: 'triage-embed', input: ['ok', ''] }), 400, { type: 'invalid_request_error', param: 'input' }],
      [
        request('embeddings', { model: 'triage-embed', input: [1, 2, 3] }),
        400,
        { type: 'invalid_request_error', param: 'input', code: 'unsupported_input' },
      ],
      [
        request('embeddings', { model: 'triage-embed', input: 'x', dimensions: 500 }),
        400,
        { type: 'invalid_request_error', param: 'dimensions' },
      ],
    ];
    for (const [req, status, error] of cases) {
      const res = await engine.handle(req);
      expect(res.status, JSON.stringify(req.body)).toBe(status);
      expect(res.headers.get('content-type')).toMatch(/^application\/json/);
      expect(((await res.json()) as { error: unknown }).error).toMatchObject(error);
    }
  });

  it('stops generating when the request signal aborts (streaming and not): no model run after the abort', async () => {
    // Without an abort this request generates well past the gate (same seed, same text).
    const body = chat({ temperature: 0.9, seed: 11, max_tokens: 60 });
    observer.lmRuns = 0;
    const free = (await (await engine.handle(request('chat', body))).json()) as Completion;
    expect(free.usage.completion_tokens).toBeGreaterThan(6);

    for (const stream of [true, false]) {
      const gate = observer.hold(4); // the 4th LM run waits
      const ac = new AbortController();
      const pending = engine.handle(request('chat', { ...body, stream }, { signal: ac.signal }));
      if (stream) {
        const res = await pending;
        await gate.reached;
        ac.abort(new Error('client went away'));
        gate.open();
        const err = await sseChunks(res).then(
          () => undefined,
          (e: unknown) => e,
        );
        expect((err as Error).message).toBe('client went away'); // broken off: no [DONE]
      } else {
        await gate.reached;
        ac.abort(new Error('client went away'));
        gate.open();
        await expect(pending).rejects.toThrow('client went away');
      }
      expect(observer.lmRuns, `stream ${stream}`).toBe(4); // the run in flight finished; no further one started
      observer.gate = undefined;
    }
  });

  it('a reader cancelling the stream stops generation too; a deadline is an EngineError 504', async () => {
    const gate = observer.hold(3);
    const res = await engine.handle(request('chat', chat({ temperature: 0.9, seed: 11, max_tokens: 60, stream: true })));
    const reader = res.body!.getReader();
    await reader.read();
    await gate.reached;
    const cancelled = reader.cancel();
    gate.open();
    await cancelled;
    await drainMicrotasks();
    expect(observer.lmRuns).toBe(3);
    observer.gate = undefined;

    const late = AbortSignal.abort(new DOMException('deadline', 'TimeoutError'));
    const err = await engine
      .handle(request('classify', { model: 'triage-classifier', input: 'x' }, { signal: late }))
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(EngineError);
    expect(err).toMatchObject({ status: 504 });
  });
});

describe('onnx engine with Hugging Face folders', () => {
  const folders = [
    { id: 'triage-small', location: join(FIXTURES_DIR, 'tiny-llama') },
    { id: 'triage-embed', location: join(FIXTURES_DIR, 'tiny-bert') },
    { id: 'sentiment', location: join(FIXTURES_DIR, 'tiny-bert-seqcls'), variant: 'q8' as const },
  ];

  it('serves the folders beside the demo models; a folder under a built-in id replaces it, companions kept', async () => {
    const { o, runtime: rt } = observedOrt();
    const e = createOnnxEngine({ modelsDir: DIST, executionProvider: 'cpu', folders }, rt);
    await e.start();
    // 3 folders + the 4 demo models not replaced: the replaced ones never get a session.
    expect(o.options).toHaveLength(7);
    const byId = Object.fromEntries(e.models().map((m) => [m.id, m]));
    expect(byId['triage-small']).toMatchObject({
      tasks: ['chat', 'embeddings', 'classify'],
      info: { kind: 'hf-folder', architecture: 'LlamaForCausalLM', variant: 'fp32', source: folders[0]!.location },
    });
    expect(byId['sentiment']).toMatchObject({ tasks: ['classify'], info: { kind: 'hf-folder', variant: 'q8' } });
    expect(byId['triage-classifier']!.info).toMatchObject({ kind: 'demo' });

    const completion = (await (await e.handle(request('chat', chat({ max_tokens: 5 })))).json()) as Completion;
    expect(completion.model).toBe('triage-small');
    expect(completion.usage.completion_tokens).toBeGreaterThan(0);
    // The alias for embeddings now reaches the folder's encoder (hidden size 32, not the demo's 128).
    const emb = (await (await e.handle(request('embeddings', { model: 'triage-small', input: 'hello' }))).json()) as {
      model: string;
      data: { embedding: number[] }[];
    };
    expect([emb.model, emb.data[0]!.embedding.length]).toEqual(['triage-embed', 32]);
    const clf = (await (await e.handle(request('classify', { model: 'sentiment', input: 'great' }))).json()) as {
      data: { label: string }[];
    };
    expect(['negative', 'neutral', 'positive']).toContain(clf.data[0]!.label); // the fixture's id2label
    const tooLong = await e.handle(request('chat', chat({ messages: [{ role: 'user', content: 'word '.repeat(400) }] })));
    expect(tooLong.status).toBe(400);
    expect(await tooLong.json()).toMatchObject({ error: { param: 'messages', type: 'invalid_request_error' } });
    await e.close();
    expect(o.released).toBe(7);
  });

  it('a folder that cannot be loaded fails start naming the model and the problem', async () => {
    const bad = (folder: { id: string; location: string; variant?: 'q4' }) =>
      createOnnxEngine({ modelsDir: DIST, executionProvider: 'cpu', folders: [folder] }).start();
    await expect(bad({ id: 'x', location: join(FIXTURES_DIR, 'no-such-folder') })).rejects.toThrow(/model 'x'.*no checksums\.json/);
    await expect(bad({ id: 'x', location: join(FIXTURES_DIR, 'tiny-llama'), variant: 'q4' })).rejects.toThrow(
      /model 'x'.*no ONNX variant q4/,
    );
  });
});

describe('onnx engine: start-up failures an operator can act on', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'triage-onnx-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('CUDA requested on a build without the CUDA provider libraries: start() fails with the fix, nothing crashes', async () => {
    const { o, runtime: rt } = observedOrt();
    const cuda = await createEngine({ kind: 'onnx', modelsDir: DIST, executionProvider: 'cuda', cudaDeviceId: 0 });
    const err = await cuda.start().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Error);
    expect((err as Error).message).toMatch(/CUDA execution provider could not be started/);
    expect((err as Error).message).toContain('ONNXRUNTIME_NODE_INSTALL=cuda12 npm ci');
    expect(await cuda.ready()).toBe(false);
    expect(cuda.models()).toEqual([]);
    await expect(cuda.handle(request('chat', chat()))).rejects.toMatchObject({ name: 'EngineError', status: 503 });
    await cuda.close();

    // The session options it asked for: CUDA first, CPU for the operators CUDA lacks.
    const withObserver = createOnnxEngine({ modelsDir: DIST, executionProvider: 'cuda', cudaDeviceId: 1 }, rt);
    await expect(withObserver.start()).rejects.toThrow(/cuda12/);
    expect(o.options[0]).toEqual({ executionProviders: [{ name: 'cuda', deviceId: 1 }, 'cpu'], graphOptimizationLevel: 'all' });

    // A Hugging Face folder gets the same fix when its session cannot start on CUDA.
    const folders = [{ id: 'triage-small', location: join(FIXTURES_DIR, 'tiny-llama') }];
    await expect(createOnnxEngine({ modelsDir: DIST, executionProvider: 'cuda', folders }).start()).rejects.toThrow(
      /CUDA execution provider could not be started for 'triage-small' \(cannot load onnx\/model\.onnx: .*ONNXRUNTIME_NODE_INSTALL=cuda12 npm ci/,
    );

    // A platform whose onnxruntime-node has no CUDA provider at all.
    const noCuda: OnnxRuntime = { ...rt, listSupportedBackends: () => [{ name: 'cpu' }] };
    await expect(createOnnxEngine({ modelsDir: DIST, executionProvider: 'cuda' }, noCuda).start()).rejects.toThrow(
      /has no CUDA provider \(it has: cpu\)/,
    );
  });

  it('a missing manifest, a corrupted model file, bad options', async () => {
    await expect(createOnnxEngine({ modelsDir: join(tmp, 'nope'), executionProvider: 'cpu' }).start()).rejects.toThrow(
      /manifest\.json.*npm run build:models/,
    );
    const dir = join(tmp, 'models');
    cpSync(DIST, dir, { recursive: true });
    writeFileSync(join(dir, 'triage-embed.onnx'), 'not a model');
    const { o, runtime: rt } = observedOrt();
    const broken = createOnnxEngine({ modelsDir: dir, executionProvider: 'cpu' }, rt);
    await expect(broken.start()).rejects.toThrow(/triage-embed\.onnx does not match the manifest's sha256/);
    expect(o.released).toBe(o.options.length); // sessions created before the failure were released
    expect(await broken.ready()).toBe(false);
    expect(() => createOnnxEngine({ modelsDir: dir, executionProvider: 'gpu' as 'cpu' })).toThrow(/'cpu' or 'cuda'/);
    expect(() => createOnnxEngine({ modelsDir: dir, executionProvider: 'cpu', intraOpNumThreads: 0 })).toThrow(/intraOpNumThreads/);
  });

  it('close() releases every session and the engine stops taking work', async () => {
    const { o, runtime: rt } = observedOrt();
    const e = createOnnxEngine({ modelsDir: DIST, executionProvider: 'cpu' }, rt);
    await e.start();
    await e.close();
    expect(o.released).toBe(6);
    expect(await e.ready()).toBe(false);
    await expect(e.handle(request('chat', chat()))).rejects.toMatchObject({ status: 503 });
  });
});
