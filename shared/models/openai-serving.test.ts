// The shared OpenAI serving over a scripted model (the real models run through it in the edge's workerd suite,
// the on-prem onnx engine's suite, the cloud local endpoint's and hf/served.test.ts): parameters, the exact SSE
// framing, backpressure, cancellation, errors in OpenAI's shape before any byte is sent.
import { describe, expect, it } from 'vitest';
import { parseSse } from '../protocol/openai/sse.ts';
import { chatParams, chatResponse, chatStreamResponse, embeddingsResponse, classifyResponse, type ServeContext } from './openai-serving.ts';
import { createRunner, fnv1aSeed, type Generation, type OrtLike, RunnerError } from './runner.ts';
import { ServingInputError, type ChatRequest, type ServedModel } from './served.ts';
import type { ModelTask } from './manifest.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Manifest } from './manifest.ts';

const manifest = JSON.parse(readFileSync(join(import.meta.dirname, 'dist', 'manifest.json'), 'utf8')) as Manifest;

interface Scripted extends ServedModel {
  /** Every generate call: its request (seed, signal…) and how many pieces it produced. */
  calls: { request: ChatRequest; produced: number }[];
}

/** A model that generates `pieces` (then ends with 'stop'), or `count` pieces of 'x' when given a number. */
function scripted(pieces: readonly string[] | number, id = 'triage-small-int8', task: ModelTask = 'generate'): Scripted {
  const calls: Scripted['calls'] = [];
  return {
    id,
    task,
    info: { kind: 'demo', description: 'scripted', version: 'abcdef012345', source: 'test', variant: 'fp32' },
    calls,
    async load() {},
    async classify(texts) {
      const data = texts.map((t) => ({
        label: t.includes('invoice') ? 'billing' : 'code',
        score: 0.9,
        scores: { billing: t.includes('invoice') ? 0.9 : 0.1, code: t.includes('invoice') ? 0.1 : 0.9 },
      }));
      return { data, promptTokens: 7 };
    },
    async embed(texts) {
      const data = texts.map((_, i) => Float32Array.from({ length: 128 }, (_, k) => (k === i ? 0.6 : k === i + 1 ? 0.8 : 0)));
      return { data, promptTokens: 3 };
    },
    generate(request): Generation {
      if (request.messages.some((m) => m.content === 'too long')) throw new ServingInputError('the prompt is too long', 'messages');
      const call = { request, produced: 0 };
      calls.push(call);
      const list = typeof pieces === 'number' ? Array.from({ length: pieces }, () => 'x') : pieces;
      const max = request.maxTokens ?? 64;
      let finish: 'stop' | 'length' | undefined;
      async function* run(): AsyncGenerator<string> {
        for (const p of list.slice(0, max)) {
          if (request.signal.aborted) throw new RunnerError('generation aborted', 'aborted');
          call.produced++;
          yield p;
        }
        finish = list.length > max ? 'length' : 'stop';
      }
      return {
        [Symbol.asyncIterator]: () => run(),
        get finishReason() {
          return finish;
        },
        get completionTokens() {
          return call.produced;
        },
        promptTokens: 5,
      };
    },
  };
}

const ctx = (extra: Partial<ServeContext> = {}): ServeContext => ({
  requestId: 'req-1',
  signal: new AbortController().signal,
  tier: 'triage-test',
  ...extra,
});
const chatBody = (extra: Record<string, unknown> = {}) => ({
  model: 'triage-small',
  messages: [{ role: 'user', content: 'hello there' }],
  ...extra,
});

type Chunk = {
  id: string;
  object: string;
  model: string;
  system_fingerprint: string;
  choices: { index: number; delta: Record<string, unknown>; logprobs: null; finish_reason: string | null }[];
  usage?: unknown;
};

function chunksOf(text: string): { chunks: Chunk[]; done: boolean } {
  const events = parseSse(text);
  const done = events.at(-1)?.data === '[DONE]';
  return { chunks: (done ? events.slice(0, -1) : events).map((e) => JSON.parse(e.data) as Chunk), done };
}

describe('chat parameters', () => {
  it('reads the body; what it leaves unset stays unset for the model to decide; n and max_tokens are capped', () => {
    const messages = [{ role: 'user', content: 'first' }];
    expect(chatParams({ messages }, { requestId: 'r' })).toEqual({
      messages,
      maxTokens: undefined,
      maxTokensLimit: 256,
      temperature: undefined,
      topP: undefined,
      seed: fnv1aSeed('r'),
      n: 1,
      stop: [],
      includeUsage: false,
    });
    const q = chatParams(
      chatBody({
        max_tokens: 10,
        max_completion_tokens: 9999,
        temperature: 0,
        top_p: 0.5,
        seed: 4,
        n: 50,
        stop: 'END',
        stream_options: { include_usage: true },
      }),
      { requestId: 'r', maxTokensLimit: 300 },
    );
    expect(q).toMatchObject({
      maxTokens: 9999,
      maxTokensLimit: 300,
      temperature: 0,
      topP: 0.5,
      seed: 4,
      n: 8,
      stop: ['END'],
      includeUsage: true,
    });
    expect(chatParams({ messages, stop: ['a', '', 'b'] }, { requestId: 'r', defaultSeed: 7 })).toMatchObject({ seed: 7, stop: ['a', 'b'] });
  });
});

describe('chat completion JSON', () => {
  it("answers OpenAI's shape with n choices, each seeded seed + index, and the usage", async () => {
    const model = scripted(['Hello', ' world', '.']);
    const res = await chatResponse(model, chatBody({ n: 2, seed: 10 }), ctx());
    expect(res.headers.get('content-type')).toBe('application/json');
    const body = (await res.json()) as Record<string, unknown>;
    expect(body).toMatchObject({
      id: 'chatcmpl-req-1',
      object: 'chat.completion',
      model: 'triage-small-int8',
      system_fingerprint: 'triage-test-abcdef012345',
      choices: [
        { index: 0, message: { role: 'assistant', content: 'Hello world.', refusal: null }, logprobs: null, finish_reason: 'stop' },
        { index: 1, message: { role: 'assistant', content: 'Hello world.', refusal: null }, logprobs: null, finish_reason: 'stop' },
      ],
      usage: { prompt_tokens: 5, completion_tokens: 6, total_tokens: 11 },
    });
    expect(model.calls.map((c) => c.request.seed)).toEqual([10, 11]);
    expect(model.calls[0]!.request).toMatchObject({ messages: chatBody().messages, maxTokens: undefined, maxTokensLimit: 256 });
  });

  it('a request the model cannot take is a ServingInputError before anything is generated, streamed or not', async () => {
    const model = scripted(['a']);
    const body = chatBody({ messages: [{ role: 'user', content: 'too long' }] });
    await expect(chatResponse(model, body, ctx())).rejects.toBeInstanceOf(ServingInputError);
    expect(() => chatStreamResponse(model, { ...body, stream: true }, ctx())).toThrow(ServingInputError);
  });

  it("finish_reason is the generation's: length at max_tokens", async () => {
    const long = (await (await chatResponse(scripted(10), chatBody({ max_tokens: 3 }), ctx())).json()) as {
      choices: { message: { content: string }; finish_reason: string }[];
    };
    expect(long.choices[0]).toMatchObject({ message: { content: 'xxx' }, finish_reason: 'length' });
  });
});

describe('chat completion SSE', () => {
  it('frames exactly as OpenAI: role, content deltas, finish, usage (earlier chunks usage: null), [DONE]', async () => {
    const res = chatStreamResponse(
      scripted(['Hi', ' you', '.']),
      chatBody({ n: 2, stream: true, stream_options: { include_usage: true } }),
      ctx(),
    );
    expect(res.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    const { chunks, done } = chunksOf(await res.text());
    expect(done).toBe(true);
    const summary = chunks.map((c) =>
      c.choices[0] ? [c.choices[0].index, c.choices[0].delta, c.choices[0].finish_reason, c.usage] : ['usage', c.usage],
    );
    const usage = null;
    expect(summary).toEqual([
      [0, { role: 'assistant', content: '', refusal: null }, null, usage],
      [0, { content: 'Hi' }, null, usage],
      [0, { content: ' you' }, null, usage],
      [0, { content: '.' }, null, usage],
      [0, {}, 'stop', usage],
      [1, { role: 'assistant', content: '', refusal: null }, null, usage],
      [1, { content: 'Hi' }, null, usage],
      [1, { content: ' you' }, null, usage],
      [1, { content: '.' }, null, usage],
      [1, {}, 'stop', usage],
      ['usage', { prompt_tokens: 5, completion_tokens: 6, total_tokens: 11 }],
    ]);
    for (const c of chunks) expect(c).toMatchObject({ id: 'chatcmpl-req-1', object: 'chat.completion.chunk', model: 'triage-small-int8' });
    expect(chunks.at(-1)!.choices).toEqual([]);

    const plain = await chatStreamResponse(scripted(['Hi']), chatBody({ stream: true }), ctx()).text();
    expect(plain).not.toContain('"usage"');
    expect(plain.endsWith('data: [DONE]\n\n')).toBe(true);
  });

  it('generates only as far ahead of the reader as the stream buffer allows', async () => {
    const model = scripted(200);
    const res = chatStreamResponse(model, chatBody({ stream: true, max_tokens: 200 }), ctx());
    // Without backpressure all 200 pieces would be produced in microtasks, before this macrotask turn.
    await new Promise((r) => setImmediate(r));
    const ahead = model.calls[0]!.produced;
    expect(ahead).toBeLessThan(30);
    const reader = res.body!.getReader();
    for (let i = 0; i < 40; i++) await reader.read();
    await new Promise((r) => setImmediate(r));
    expect(model.calls[0]!.produced).toBeGreaterThan(ahead);
    await reader.cancel();
  });

  it('a reader that cancels, or the request signal, stops the generation; a failure breaks the stream off', async () => {
    const model = scripted(200);
    const reader = chatStreamResponse(model, chatBody({ stream: true, max_tokens: 200 }), ctx()).body!.getReader();
    await reader.read();
    await reader.cancel();
    expect(model.calls[0]!.request.signal.aborted).toBe(true);
    expect(model.calls[0]!.produced).toBeLessThan(200);

    const ac = new AbortController();
    const model2 = scripted(200);
    const mapped: unknown[] = [];
    const res = chatStreamResponse(
      model2,
      chatBody({ stream: true, max_tokens: 200 }),
      ctx({
        signal: ac.signal,
        streamError: (e) => {
          mapped.push(e);
          return new Error('mapped');
        },
      }),
    );
    const r2 = res.body!.getReader();
    await r2.read();
    ac.abort(new Error('client went away'));
    let err: unknown;
    try {
      for (;;) if ((await r2.read()).done) break;
    } catch (e) {
      err = e;
    }
    expect((err as Error).message).toBe('mapped');
    expect(mapped[0]).toBeInstanceOf(RunnerError);
    expect(model2.calls[0]!.request.signal.aborted).toBe(true);
    expect(model2.calls[0]!.produced).toBeLessThan(200);
  });
});

describe('embeddings and classify', () => {
  it('embeddings: float and base64, dimensions truncate and re-normalise', async () => {
    const model = scripted([], 'triage-embed-int8', 'embed');
    const body = (await (await embeddingsResponse(model, { model: 'x', input: ['a b', 'c'] }, ctx())).json()) as {
      object: string;
      model: string;
      data: { object: string; index: number; embedding: number[] }[];
      usage: unknown;
    };
    expect(Object.keys(body)).toEqual(['object', 'data', 'model', 'usage']);
    expect(body.model).toBe('triage-embed-int8');
    expect(body.usage).toEqual({ prompt_tokens: 3, total_tokens: 3 });
    expect(body.data[0]!.embedding.slice(0, 2)).toEqual([Math.fround(0.6), Math.fround(0.8)]);
    const b64 = (await (await embeddingsResponse(model, { model: 'x', input: 'a', encoding_format: 'base64' }, ctx())).json()) as {
      data: { embedding: string }[];
    };
    const bytes = Uint8Array.from(atob(b64.data[0]!.embedding), (c) => c.charCodeAt(0));
    expect(Array.from(new Float32Array(bytes.buffer)).slice(0, 2)).toEqual([Math.fround(0.6), Math.fround(0.8)]);
    const short = (await (await embeddingsResponse(model, { model: 'x', input: 'a', dimensions: 1 }, ctx())).json()) as {
      data: { embedding: number[] }[];
    };
    expect(short.data[0]!.embedding).toEqual([1]);
  });

  it('classify answers every label score', async () => {
    const body = (await (
      await classifyResponse(
        scripted([], 'triage-classifier', 'classify'),
        { model: 'x', input: ['where is my invoice', 'fix my code'] },
        ctx(),
      )
    ).json()) as { data: unknown[]; usage: unknown };
    expect(body.usage).toEqual({ prompt_tokens: 7, total_tokens: 7 });
    expect(body.data).toEqual([
      { index: 0, label: 'billing', score: 0.9, scores: { billing: 0.9, code: 0.1 } },
      { index: 1, label: 'code', score: 0.9, scores: { billing: 0.1, code: 0.9 } },
    ]);
  });

  it("client mistakes are ServingInputErrors with a 400 in OpenAI's shape; token ids are 'unsupported_input'", async () => {
    const model = scripted([], 'triage-embed', 'embed');
    const cases: [Record<string, unknown>, string, string][] = [
      [{ input: ['ok', ''] }, 'input', 'invalid_request'],
      [{ input: [] }, 'input', 'invalid_request'],
      [{ input: 'a', dimensions: 129 }, 'dimensions', 'invalid_request'],
      [{ input: [1, 2, 3] }, 'input', 'unsupported_input'],
    ];
    for (const [body, param, code] of cases) {
      const err = await embeddingsResponse(model, { model: 'x', ...body }, ctx()).catch((e: unknown) => e);
      expect(err, JSON.stringify(body)).toBeInstanceOf(ServingInputError);
      expect(err).toMatchObject({ param, code });
      const res = (err as ServingInputError).toResponse();
      expect(res.status).toBe(400);
      expect(await res.json()).toEqual({ error: { message: (err as Error).message, type: 'invalid_request_error', param, code } });
    }
  });
});

describe('runner session options', () => {
  it('passes them to InferenceSession.create, and nothing when not given', async () => {
    const seen: unknown[] = [];
    const ort: OrtLike = {
      Tensor: class {
        constructor(
          readonly type: string,
          readonly data: Float32Array | BigInt64Array | Uint16Array,
          readonly dims: readonly number[],
        ) {}
      },
      InferenceSession: {
        create: async (_b, ...rest) => {
          seen.push(rest);
          return { run: async () => ({}) };
        },
      },
    };
    const load = async () => new Uint8Array(1);
    await createRunner(ort, manifest, load, {
      sessionOptions: { executionProviders: [{ name: 'cuda', deviceId: 1 }, 'cpu'], intraOpNumThreads: 2 },
    })
      .model('triage-embed')
      .load();
    await createRunner(ort, manifest, load).model('triage-embed').load();
    expect(seen).toEqual([[{ executionProviders: [{ name: 'cuda', deviceId: 1 }, 'cpu'], intraOpNumThreads: 2 }], []]);
  });
});
