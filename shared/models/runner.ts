// The model runner: classify / embed / generate over an ONNX Runtime module that is HANDED IN, so the same
// code serves onnxruntime-web (the edge Worker, and Node in tests and the build) and onnxruntime-node
// (the on-prem engine). Pure: no fs, no process; model bytes come from the `loadBytes` callback.
//
// One InferenceSession per model, created on first use and reused for every later call (creating one costs
// milliseconds; running the small models costs microseconds).
import { BOS, EOS, PAD, UNK, detokenizePiece, fnv1a, featurizeBatch, lmContextInto, lmPromptBag, tokenizeWords } from './featurize.ts';
import type { HashedFeatures, LmFeatures, Manifest, ModelEntry, ModelTask } from './manifest.ts';

// ---- the slice of the ONNX Runtime JS API used here (onnxruntime-web and onnxruntime-node both have it) ----

export interface OrtTensorLike {
  readonly data: unknown;
  readonly dims: readonly number[];
}
export interface OrtSessionLike {
  run(feeds: Record<string, OrtTensorLike>): Promise<Record<string, OrtTensorLike>>;
}
/**
 * The session options the runner passes through (a subset of ORT's SessionOptions). Which execution providers
 * exist depends on the ORT build: onnxruntime-web `wasm`/`webgpu`, onnxruntime-node `cpu`/`cuda`/….
 */
export interface OrtSessionOptions {
  executionProviders?: readonly (string | { readonly name: string; readonly [option: string]: unknown })[];
  intraOpNumThreads?: number;
  interOpNumThreads?: number;
  graphOptimizationLevel?: 'disabled' | 'basic' | 'extended' | 'layout' | 'all';
  logSeverityLevel?: 0 | 1 | 2 | 3 | 4;
}
export interface OrtLike {
  InferenceSession: { create(model: Uint8Array, options?: OrtSessionOptions): Promise<OrtSessionLike> };
  /** float32 features, the int64 token ids / masks that published (Hugging Face) models take, float16 caches. */
  Tensor: {
    new (type: 'float32', data: Float32Array, dims: readonly number[]): OrtTensorLike;
    new (type: 'int64', data: BigInt64Array, dims: readonly number[]): OrtTensorLike;
    /** float16 as its bits (an fp16 export's empty cache). */
    new (type: 'float16', data: Uint16Array, dims: readonly number[]): OrtTensorLike;
  };
}

/** Model bytes by file name (from the bundle, R2, KV, a local path…). */
export type LoadBytes = (file: string, entry: ModelEntry) => Promise<Uint8Array | ArrayBuffer>;

export interface Classification {
  label: string;
  score: number;
  scores: Record<string, number>;
}

export interface GenerateOptions {
  maxTokens: number;
  /** 0 = greedy. Default 0.7. */
  temperature?: number;
  /** Seed of the sampler (deterministic output for a given seed). Default 0. */
  seed?: number;
  /** Sample only among the k most likely tokens. Default 20. */
  topK?: number;
  /** …and only among the most likely tokens whose probabilities add up to top_p (nucleus). Default 0.9. */
  topP?: number;
  signal?: AbortSignal;
}

/** The generated text, piece by piece (one word or punctuation mark each). */
export interface Generation extends AsyncIterable<string> {
  /** After iteration: why it ended ('stop' = end of text; 'length' = maxTokens reached). */
  readonly finishReason: 'stop' | 'length' | undefined;
  /** After iteration: tokens generated. */
  readonly completionTokens: number;
  /** Tokens of the prompt as the model saw it. */
  readonly promptTokens: number;
}

export interface ModelRunner {
  readonly entry: ModelEntry;
  /** Creates the session now (otherwise on first use). */
  load(): Promise<void>;
  classify(texts: readonly string[]): Promise<Classification[]>;
  embed(texts: readonly string[]): Promise<Float32Array[]>;
  generate(prompt: string, opts: GenerateOptions): Generation;
}

export interface Runner {
  readonly manifest: Manifest;
  /** The runner of one model; throws RunnerError('unknown_model') for an id not in the manifest. */
  model(id: string): ModelRunner;
}

export class RunnerError extends Error {
  constructor(
    message: string,
    readonly code: 'unknown_model' | 'wrong_task' | 'load_failed' | 'bad_output' | 'aborted',
  ) {
    super(message);
    this.name = 'RunnerError';
  }
}

export interface RunnerOptions {
  /** Passed to every InferenceSession.create (e.g. the CUDA execution provider, thread counts). */
  sessionOptions?: OrtSessionOptions;
}

export function createRunner(ort: OrtLike, manifest: Manifest, loadBytes: LoadBytes, opts: RunnerOptions = {}): Runner {
  const runners = new Map<string, ModelRunner>();
  return {
    manifest,
    model(id) {
      let r = runners.get(id);
      if (!r) {
        const entry = manifest.models.find((m) => m.id === id);
        if (!entry) throw new RunnerError(`unknown model '${id}'`, 'unknown_model');
        r = createModelRunner(ort, entry, loadBytes, opts);
        runners.set(id, r);
      }
      return r;
    },
  };
}

/** One model as the runner holds it: its manifest entry, how to load it, and its session once created. */
interface Model {
  readonly ort: OrtLike;
  readonly entry: ModelEntry;
  readonly loadBytes: LoadBytes;
  readonly sessionOptions: OrtSessionOptions | undefined;
  session?: Promise<OrtSessionLike> | undefined;
}

export function createModelRunner(ort: OrtLike, entry: ModelEntry, loadBytes: LoadBytes, opts: RunnerOptions = {}): ModelRunner {
  const model: Model = { ort, entry, loadBytes, sessionOptions: opts.sessionOptions };
  return {
    entry,
    async load() {
      await sessionOf(model);
    },
    classify: (texts) => classify(model, texts),
    embed: (texts) => embed(model, texts),
    generate: (prompt, options) => generate(model, prompt, options),
  };
}

/** The model's session: created on first use, then reused; a failed load is retried on the next call. */
function sessionOf(model: Model): Promise<OrtSessionLike> {
  if (!model.session) {
    const session = openSession(model);
    model.session = session;
    session.catch(() => {
      model.session = undefined;
    });
  }
  return model.session;
}

async function openSession({ ort, entry, loadBytes, sessionOptions }: Model): Promise<OrtSessionLike> {
  const raw = await loadBytes(entry.file, entry);
  const bytes = raw instanceof Uint8Array ? raw : new Uint8Array(raw);
  try {
    return await (sessionOptions ? ort.InferenceSession.create(bytes, sessionOptions) : ort.InferenceSession.create(bytes));
  } catch (e) {
    throw new RunnerError(`cannot load model '${entry.id}' (${entry.file}): ${(e as Error).message}`, 'load_failed');
  }
}

function need(entry: ModelEntry, task: ModelTask): void {
  if (entry.task !== task) throw new RunnerError(`model '${entry.id}' is a ${entry.task} model, not ${task}`, 'wrong_task');
}

/** One run of the model on `rows` input rows; its output, checked for shape. */
async function forward(model: Model, x: Float32Array, rows: number): Promise<Float32Array> {
  const { ort, entry } = model;
  const s = await sessionOf(model);
  const out = await s.run({ [entry.input.name]: new ort.Tensor('float32', x, [rows, entry.input.dim]) });
  const y = out[entry.output.name];
  if (!y || !(y.data instanceof Float32Array) || y.data.length !== rows * entry.output.dim) {
    throw new RunnerError(`model '${entry.id}' returned no ${entry.output.name}[${rows},${entry.output.dim}]`, 'bad_output');
  }
  return y.data;
}

function hashedBatch(entry: ModelEntry, texts: readonly string[]): Float32Array {
  const f = entry.features as HashedFeatures;
  return featurizeBatch(texts, { dim: f.dim, maxChars: f.maxChars });
}

async function classify(model: Model, texts: readonly string[]): Promise<Classification[]> {
  const { entry } = model;
  need(entry, 'classify');
  if (texts.length === 0) return [];
  const labels = entry.labels ?? [];
  const y = await forward(model, hashedBatch(entry, texts), texts.length);
  const C = entry.output.dim;
  return texts.map((_, n) => {
    const scores: Record<string, number> = {};
    let best = 0;
    for (let c = 0; c < C; c++) {
      scores[labels[c] ?? String(c)] = y[n * C + c]!;
      if (y[n * C + c]! > y[n * C + best]!) best = c;
    }
    return { label: labels[best] ?? String(best), score: y[n * C + best]!, scores };
  });
}

async function embed(model: Model, texts: readonly string[]): Promise<Float32Array[]> {
  need(model.entry, 'embed');
  if (texts.length === 0) return [];
  const y = await forward(model, hashedBatch(model.entry, texts), texts.length);
  const E = model.entry.output.dim;
  return texts.map((_, n) => y.slice(n * E, (n + 1) * E));
}

/** What a Generation reports once iterated (shared by every iteration of it, as the getters read it). */
interface GenerationProgress {
  finishReason: Generation['finishReason'];
  completionTokens: number;
}

function generate(model: Model, prompt: string, opts: GenerateOptions): Generation {
  need(model.entry, 'generate');
  const f = model.entry.features as LmFeatures;
  const promptTokens = tokenizeWords(prompt, f.maxPromptChars).length;
  const progress: GenerationProgress = { finishReason: undefined, completionTokens: 0 };
  return {
    [Symbol.asyncIterator]: () => generatePieces(model, prompt, opts, progress),
    get finishReason() {
      return progress.finishReason;
    },
    get completionTokens() {
      return progress.completionTokens;
    },
    promptTokens,
  };
}

/** The tiny LM, token by token: each step sees the prompt's bag of words and the two tokens before it. */
async function* generatePieces(model: Model, prompt: string, opts: GenerateOptions, progress: GenerationProgress): AsyncGenerator<string> {
  const f = model.entry.features as LmFeatures;
  const vocab = model.entry.vocabulary ?? [];
  const bag = lmPromptBag(prompt, f.promptBuckets, f.maxPromptChars);
  const row = new Float32Array(f.dim);
  const rand = mulberry32(opts.seed ?? 0);
  const temperature = opts.temperature ?? 0.7;
  const topK = Math.max(1, opts.topK ?? 20);
  const banned = new Set([vocab.indexOf(PAD), vocab.indexOf(BOS), vocab.indexOf(UNK)]);
  const eos = vocab.indexOf(EOS);
  let prev2 = vocab.indexOf(BOS);
  let prev1 = prev2;
  let prevText: string | undefined;
  for (let i = 0; i < opts.maxTokens; i++) {
    if (opts.signal?.aborted) throw new RunnerError('generation aborted', 'aborted');
    const probs = await forward(model, lmContextInto(row, f, prev2, prev1, bag), 1);
    const next = sample(probs, temperature, topK, banned, rand, opts.topP ?? 0.9);
    if (next === eos) {
      progress.finishReason = 'stop';
      return;
    }
    const tok = vocab[next] ?? UNK;
    progress.completionTokens++;
    yield detokenizePiece(tok, prevText);
    prevText = tok;
    prev2 = prev1;
    prev1 = next;
  }
  progress.finishReason = 'length';
}

/** Deterministic PRNG (mulberry32): same seed, same sequence, in workerd and Node alike. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Next token id: argmax at temperature 0; else sampled, after temperature scaling, among the top-k tokens
 * that make up the top-p probability mass (the model's own probabilities decide the nucleus).
 */
export function sample(
  probs: Float32Array,
  temperature: number,
  topK: number,
  banned: ReadonlySet<number>,
  rand: () => number,
  topP = 1,
): number {
  const ids: number[] = [];
  for (let i = 0; i < probs.length; i++) if (!banned.has(i)) ids.push(i);
  ids.sort((a, b) => probs[b]! - probs[a]! || a - b);
  if (temperature <= 0 || ids.length === 1) return ids[0] ?? 0;
  const top: number[] = [];
  let mass = 0;
  for (const i of ids) {
    if (top.length >= topK || (top.length > 0 && mass >= topP)) break;
    top.push(i);
    mass += probs[i]!;
  }
  const w = top.map((i) => Math.pow(Math.max(probs[i]!, 1e-12), 1 / temperature));
  const total = w.reduce((a, b) => a + b, 0);
  let r = rand() * total;
  for (let k = 0; k < top.length; k++) {
    r -= w[k]!;
    if (r <= 0) return top[k]!;
  }
  return top[top.length - 1]!;
}

/** Cosine similarity (the embeddings are L2-normalised by the model, so this is their dot product). */
export function cosine(a: Float32Array, b: Float32Array): number {
  let d = 0,
    na = 0,
    nb = 0;
  for (let i = 0; i < a.length; i++) {
    d += a[i]! * b[i]!;
    na += a[i]! * a[i]!;
    nb += b[i]! * b[i]!;
  }
  return na && nb ? d / Math.sqrt(na * nb) : 0;
}

/** A 32-bit sampler seed from a string (e.g. the request id). */
export function fnv1aSeed(s: string): number {
  return fnv1a(s);
}
