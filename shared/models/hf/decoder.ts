// A causal LM from a Hugging Face folder, generating token by token: OpenAI-style messages through the folder's
// chat template (or a raw prompt) → the folder's tokenizer → a loop over one ONNX Runtime session with the
// KV cache as optimum/transformers.js exports name it → sampling.ts picks each token → streaming-text.ts turns
// the ids into text pieces. The ORT module is handed in (web in the Worker, node elsewhere). Pure.
//
//   const model = await createDecoderModel(ort, await loadHfFolder(source));
//   const generation = model.generate([{ role: 'user', content: 'Hi' }], { maxTokens: 64, temperature: 0.7, seed: 1 });
//   for await (const piece of generation) send(piece);
//   generation.finishReason; generation.promptTokens; generation.completionTokens;
//
// The export's inputs decide the loop (read from `session.inputNames`):
// - with `past_key_values.{i}.key/value` (llama/qwen/gpt2 with cache): the first step feeds the prompt and
//   empty past tensors [1, kv_heads, 0, head_dim]; each later step feeds only the new token, the attention mask
//   over past + new, and the previous step's `present.{i}.key/value` as the past;
// - without them: every step feeds the whole sequence again;
// - `position_ids` only where the export takes it (gpt2-style exports compute positions themselves).
// Layers, kv heads and head_dim come from config.json (`num_hidden_layers`, `num_key_value_heads` ??
// `num_attention_heads`, `head_dim` ?? hidden / heads; gpt2's `n_layer`, `n_head`, `n_embd`). Batch size 1:
// choices run one after another. The past is float32, or float16 where the session says so (fp16 / q4f16
// exports; their float16 logits are read as float32).
import type { ChatMessage } from '../../protocol/openai/schema.ts';
import { mulberry32, RunnerError, type Generation, type OrtLike, type OrtSessionOptions, type OrtTensorLike } from '../runner.ts';
import { createChatTemplate, type ChatTemplate, type ChatTemplateOptions } from './chat-template.ts';
import type { HfFolder } from './folder.ts';
import { floatRow } from './float16.ts';
import { createSession, type NamedSession } from './session.ts';
import {
  DecoderInputError,
  generationDefaults,
  samplingParams,
  type GenerationDefaults,
  type SamplingRequest,
} from './generation-config.ts';
import { nextToken } from './sampling.ts';
import { TextStream } from './streaming-text.ts';
import { createTokenizer, type HfTokenizer } from './tokenizer.ts';

export interface DecoderOptions {
  sessionOptions?: OrtSessionOptions;
  /** false: feed the whole sequence at every step even when the export has a cache (to compare the two). */
  useCache?: boolean;
  /** The context in tokens, prompt and output together (default: config.json's `max_position_embeddings` / `n_positions`, else 2048). */
  contextLength?: number;
}

export interface GenerateOptions extends SamplingRequest {
  /** Most tokens to generate (default: generation_config.json's `max_new_tokens`, else up to the context). */
  maxTokens?: number;
  /** Seed of the sampler: the same seed, the same output. Default 0. */
  seed?: number;
  /** Text that ends the output; it and what follows are not emitted. */
  stop?: readonly string[];
  /** Token ids that end the output besides the folder's eos ids. */
  stopTokenIds?: readonly number[];
  signal?: AbortSignal;
  /** A raw prompt only: add the tokenizer's special tokens (e.g. BOS) as transformers does; default true. */
  addSpecialTokens?: boolean;
  /** Chat messages only: OpenAI `tools`, a named template, template variables (e.g. `enable_thinking`). */
  chat?: Omit<ChatTemplateOptions, 'addGenerationPrompt'>;
}

/** A generation: the text pieces as they complete, then why it ended and the real token counts. */
export interface DecoderGeneration extends Generation {
  /** The generated ids so far (a stop token included: it was generated). */
  readonly tokenIds: readonly number[];
}

export interface DecoderModel {
  readonly tokenizer: HfTokenizer;
  /** Whether the loop feeds the KV cache (false: the export has none, or `useCache: false`). */
  readonly cached: boolean;
  readonly contextLength: number;
  readonly defaults: GenerationDefaults;
  /** The prompt's token ids as the model will see them. */
  promptIds(input: string | readonly ChatMessage[], opts?: GenerateOptions): number[];
  /** Starts nothing until iterated; each iteration generates anew. Throws DecoderInputError (a 400) at once. */
  generate(input: string | readonly ChatMessage[], opts?: GenerateOptions): DecoderGeneration;
}

/** The export is not a decoder this loop can drive; the message names the file and the inputs or outputs. */
export class DecoderShapeError extends Error {
  override readonly name = 'DecoderShapeError';
}

/** Where the past goes: per layer, its key and value input names and the present outputs that refill them. */
interface CacheLayout {
  /** float16 in fp16 / q4f16 exports. */
  type: 'float32' | 'float16';
  kvHeads: number;
  headDim: number;
  layers: { key: string; value: string; presentKey: string; presentValue: string }[];
}

/** What the loop needs of the loaded model, fixed once per model. */
interface Loaded {
  ort: OrtLike;
  session: NamedSession;
  file: string;
  cache: CacheLayout | undefined;
  useCache: boolean;
  positionIds: boolean;
  attentionMask: boolean;
}

const PAST_INPUT = /^past_key_values\.(\d+)\.(key|value)$/;
const DEFAULT_CONTEXT = 2048;

export async function createDecoderModel(ort: OrtLike, folder: HfFolder, opts: DecoderOptions = {}): Promise<DecoderModel> {
  const session = await createSession(ort, folder, opts.sessionOptions);
  const loaded = describeExport(ort, session, folder, opts.useCache ?? true);
  const tokenizer = createTokenizer(folder.tokenizerJson, folder.tokenizerConfig);
  const defaults = generationDefaults(folder.config, folder.generationConfig, tokenizer.special.eos);
  const contextLength =
    opts.contextLength ?? positiveInt(folder.config['max_position_embeddings'] ?? folder.config['n_positions']) ?? DEFAULT_CONTEXT;
  let template: ChatTemplate | undefined;
  const promptIds = (input: string | readonly ChatMessage[], request: GenerateOptions = {}): number[] => {
    if (typeof input === 'string') return tokenizer.encode(input, { addSpecialTokens: request.addSpecialTokens ?? true }).ids;
    template ??= createChatTemplate(folder.tokenizerConfig);
    // The template writes the special tokens itself: the tokenizer must not add them again.
    const text = template.render(input, { ...request.chat, addGenerationPrompt: true });
    return tokenizer.encode(text, { addSpecialTokens: false }).ids;
  };
  return {
    tokenizer,
    cached: loaded.useCache,
    contextLength,
    defaults,
    promptIds,
    generate: (input, request = {}) => startGeneration(loaded, { tokenizer, defaults, contextLength }, promptIds(input, request), request),
  };
}

/** The export's inputs as the loop will feed them; unknown inputs and a cache that config.json contradicts are errors. */
function describeExport(ort: OrtLike, session: NamedSession, folder: HfFolder, useCache: boolean): Loaded {
  const names = session.inputNames;
  const known = (name: string) => name === 'input_ids' || name === 'attention_mask' || name === 'position_ids' || PAST_INPUT.test(name);
  const unknown = names.filter((name) => !known(name));
  if (unknown.length > 0 || !names.includes('input_ids'))
    throw new DecoderShapeError(
      `${folder.onnxPath}: not a causal-LM export this runner can drive (inputs ${names.join(', ')}; expected input_ids, attention_mask, position_ids, past_key_values.{i}.key/value)`,
    );
  const cache = cacheLayout(session, folder);
  return {
    ort,
    session,
    file: folder.onnxPath,
    cache,
    useCache: useCache && cache !== undefined,
    positionIds: names.includes('position_ids'),
    attentionMask: names.includes('attention_mask'),
  };
}

function cacheLayout(session: NamedSession, folder: HfFolder): CacheLayout | undefined {
  const inputNames = session.inputNames;
  const type = pastType(session);
  const pastLayers = new Set(inputNames.flatMap((name) => PAST_INPUT.exec(name)?.[1] ?? []));
  if (pastLayers.size === 0) return undefined;
  const config = folder.config;
  const layers = positiveInt(config.num_hidden_layers ?? config['n_layer']);
  const heads = positiveInt(config.num_attention_heads ?? config['n_head']);
  const hidden = positiveInt(config.hidden_size ?? config['n_embd']);
  const kvHeads = positiveInt(config['num_key_value_heads']) ?? heads;
  const headDim = positiveInt(config['head_dim']) ?? (hidden !== undefined && heads !== undefined ? hidden / heads : undefined);
  if (layers === undefined || kvHeads === undefined || headDim === undefined || !Number.isInteger(headDim))
    throw new DecoderShapeError(
      `config.json: the cache needs num_hidden_layers, num_attention_heads (or num_key_value_heads) and head_dim or hidden_size`,
    );
  const layout: CacheLayout = { type, kvHeads, headDim, layers: [] };
  for (let i = 0; i < layers; i++) {
    const key = `past_key_values.${i}.key`;
    const value = `past_key_values.${i}.value`;
    if (!inputNames.includes(key) || !inputNames.includes(value))
      throw new DecoderShapeError(`${folder.onnxPath}: config.json has ${layers} layers but the export has no ${key} / ${value}`);
    layout.layers.push({ key, value, presentKey: `present.${i}.key`, presentValue: `present.${i}.value` });
  }
  if (pastLayers.size !== layers)
    throw new DecoderShapeError(`${folder.onnxPath}: the export has a cache for ${pastLayers.size} layers, config.json says ${layers}`);
  return layout;
}

/** What one call resolved before the loop starts. */
interface Plan {
  prompt: number[];
  maxTokens: number;
  stopIds: ReadonlySet<number>;
  request: GenerateOptions;
  sampling: ReturnType<typeof samplingParams>;
  tokenizer: HfTokenizer;
}

interface Progress {
  finishReason: 'stop' | 'length' | undefined;
  tokenIds: number[];
}

function startGeneration(
  loaded: Loaded,
  model: { tokenizer: HfTokenizer; defaults: GenerationDefaults; contextLength: number },
  prompt: number[],
  request: GenerateOptions,
): DecoderGeneration {
  const room = model.contextLength - prompt.length;
  if (room <= 0)
    throw new DecoderInputError(`the prompt is ${prompt.length} tokens; this model's context is ${model.contextLength} tokens`, 'messages');
  const requested = request.maxTokens ?? model.defaults.maxNewTokens ?? room;
  if (!Number.isInteger(requested) || requested < 1)
    throw new DecoderInputError('max_tokens must be an integer of at least 1', 'max_tokens');
  const plan: Plan = {
    prompt,
    maxTokens: Math.min(requested, room),
    stopIds: new Set([...model.defaults.eosTokenIds, ...(request.stopTokenIds ?? [])]),
    request,
    sampling: samplingParams(model.defaults, request),
    tokenizer: model.tokenizer,
  };
  let progress: Progress = { finishReason: undefined, tokenIds: [] };
  return {
    [Symbol.asyncIterator]: () => {
      progress = { finishReason: undefined, tokenIds: [] };
      return generatePieces(loaded, plan, progress);
    },
    get finishReason() {
      return progress.finishReason;
    },
    get completionTokens() {
      return progress.tokenIds.length;
    },
    get tokenIds() {
      return progress.tokenIds;
    },
    promptTokens: prompt.length,
  };
}

/** The loop: one forward step per token, until a stop token, a stop sequence, max tokens or the signal. */
async function* generatePieces(loaded: Loaded, plan: Plan, progress: Progress): AsyncGenerator<string> {
  const stepper = createStepper(loaded);
  const text = new TextStream(plan.tokenizer, plan.request.stop ?? []);
  const rand = mulberry32(plan.request.seed ?? 0);
  const seen = new Set(plan.prompt);
  let input = plan.prompt;
  while (progress.tokenIds.length < plan.maxTokens) {
    throwIfAborted(plan.request.signal);
    const logits = await stepper.step(input);
    throwIfAborted(plan.request.signal);
    const id = nextToken(logits, seen, plan.sampling, rand);
    progress.tokenIds.push(id);
    seen.add(id);
    if (plan.stopIds.has(id)) break;
    const piece = text.push(id);
    if (piece) yield piece;
    if (text.stopped) break;
    input = [id];
  }
  const rest = text.flush();
  const last = progress.tokenIds.at(-1);
  // Anything but a stop token or a stop sequence ends the loop at max tokens (or the context's end).
  progress.finishReason = text.stopped || (last !== undefined && plan.stopIds.has(last)) ? 'stop' : 'length';
  if (rest) yield rest;
}

function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new RunnerError('generation aborted', 'aborted');
}

/** One generation's forward steps: `step(newIds)` → the last position's logits; it keeps the past itself. */
interface Stepper {
  step(newIds: readonly number[]): Promise<Float32Array>;
}

function createStepper(loaded: Loaded): Stepper {
  const sequence: number[] = [];
  let past = loaded.cache ? emptyPast(loaded.ort, loaded.cache) : {};
  return {
    async step(newIds) {
      sequence.push(...newIds);
      // Without the cache the whole sequence goes in every time, after an empty past when the export takes one.
      const ids = loaded.useCache ? newIds : sequence;
      const pastLength = sequence.length - ids.length;
      const outputs = await loaded.session.run({ ...stepFeeds(loaded, ids, pastLength), ...past });
      if (loaded.useCache && loaded.cache) past = presentAsPast(outputs, loaded.cache, sequence.length, loaded.file);
      return lastLogits(outputs, ids.length, loaded.file);
    },
  };
}

/** input_ids, and where the export takes them the attention mask over past + new and the new positions. */
function stepFeeds(loaded: Loaded, ids: readonly number[], pastLength: number): Record<string, OrtTensorLike> {
  const { ort } = loaded;
  const feeds: Record<string, OrtTensorLike> = {
    input_ids: new ort.Tensor('int64', BigInt64Array.from(ids, BigInt), [1, ids.length]),
  };
  const total = pastLength + ids.length;
  if (loaded.attentionMask) feeds['attention_mask'] = new ort.Tensor('int64', new BigInt64Array(total).fill(1n), [1, total]);
  if (loaded.positionIds) {
    const positions = BigInt64Array.from(ids, (_, i) => BigInt(pastLength + i));
    feeds['position_ids'] = new ort.Tensor('int64', positions, [1, ids.length]);
  }
  return feeds;
}

function emptyPast(ort: OrtLike, cache: CacheLayout): Record<string, OrtTensorLike> {
  const past: Record<string, OrtTensorLike> = {};
  const dims = [1, cache.kvHeads, 0, cache.headDim];
  for (const layer of cache.layers) {
    past[layer.key] = emptyTensor(ort, cache.type, dims);
    past[layer.value] = emptyTensor(ort, cache.type, dims);
  }
  return past;
}

function emptyTensor(ort: OrtLike, type: CacheLayout['type'], dims: readonly number[]): OrtTensorLike {
  return type === 'float16' ? new ort.Tensor('float16', new Uint16Array(0), dims) : new ort.Tensor('float32', new Float32Array(0), dims);
}

/** The past's element type, from the session's input metadata (ORT ≥ 1.21); float32 where it cannot tell. */
function pastType(session: NamedSession): CacheLayout['type'] {
  const first = session.inputMetadata?.find((m) => PAST_INPUT.test(m.name));
  return first?.isTensor && first.type === 'float16' ? 'float16' : 'float32';
}

/** The step's `present.*` outputs as the next step's `past_key_values.*`, checked to cover the whole sequence. */
function presentAsPast(
  outputs: Record<string, OrtTensorLike>,
  cache: CacheLayout,
  length: number,
  file: string,
): Record<string, OrtTensorLike> {
  const past: Record<string, OrtTensorLike> = {};
  for (const layer of cache.layers) {
    for (const [from, to] of [
      [layer.presentKey, layer.key],
      [layer.presentValue, layer.value],
    ] as const) {
      const present = outputs[from];
      if (!present || present.dims[2] !== length)
        throw new DecoderShapeError(`${file}: no output ${from} [1, ${cache.kvHeads}, ${length}, ${cache.headDim}]`);
      past[to] = present;
    }
  }
  return past;
}

/** The logits of the last position of `logits` [1, positions, vocab], copied out of the (large) output. */
function lastLogits(outputs: Record<string, OrtTensorLike>, positions: number, file: string): Float32Array {
  const logits = outputs['logits'];
  const vocab = logits?.dims[2];
  const row =
    vocab === undefined || logits?.dims[1] !== positions ? undefined : floatRow(logits.data, (positions - 1) * vocab, positions * vocab);
  if (!row) throw new DecoderShapeError(`${file}: no float output logits [1, ${positions}, vocab]`);
  return row;
}

function positiveInt(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isInteger(v) && v > 0 ? v : undefined;
}
