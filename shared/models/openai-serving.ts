// OpenAI responses from Triage's own models: the one piece of code that turns a validated OpenAI-style request
// into a Response over the shared runner (runner.ts), for every tier that runs the models itself — the edge's
// in-Worker target (onnxruntime-web), the cloud's local SageMaker endpoint and the on-prem `onnx` engine
// (onnxruntime-node). Pure: Web `Response`/`ReadableStream` only, so it runs in workerd and Node alike.
//
//   chat        → `chat.completion` JSON, or with `stream` an SSE stream framed exactly as OpenAI does: per
//                 choice a `delta.role` chunk, content deltas, an empty delta with `finish_reason`; then — if
//                 `stream_options.include_usage` — a chunk with `choices: []` and the usage (every earlier
//                 chunk then carries `"usage": null`); then `data: [DONE]`. max_tokens / max_completion_tokens
//                 (default 64, capped by `maxTokensLimit`), temperature (0.7; 0 = greedy), top_p (0.9), seed
//                 (default: from the request id), n (≤ 8), stop. The LM is conditioned on the last user message.
//   embeddings  → OpenAI's list shape; `encoding_format: "base64"` (little-endian float32) and `dimensions`
//                 (truncate + re-normalise).
//   classify    → Triage's own `{"object":"list","model","data":[{"index","label","score","scores"}],"usage"}`.
// `usage` counts the model's own word tokens. The body's `model` names the model that ran.
//
// Errors: a request the models cannot take throws ServingInputError (→ 400 in OpenAI's shape, or a fallback
// where the tier has one); the runner's own failures (model missing, broken, aborted) stay RunnerErrors.
import { errors, type ApiError } from '../protocol/openai/errors.ts';
import type { Task } from '../protocol/openai/schema.ts';
import { SSE_DONE, SSE_HEADERS, sseData } from '../protocol/openai/sse.ts';
import { tokenizeWords } from './featurize.ts';
import type { ModelEntry, ModelTask } from './manifest.ts';
import { fnv1aSeed, type ModelRunner } from './runner.ts';

export const DEFAULT_MAX_TOKENS = 64;
export const DEFAULT_MAX_TOKENS_LIMIT = 256;
export const DEFAULT_TEMPERATURE = 0.7;
export const DEFAULT_TOP_P = 0.9;
export const MAX_CHOICES = 8;
export const MAX_INPUTS = 2048;

/** Chunks a stream may run ahead of its reader: generation pauses when the reader is this far behind. */
const STREAM_HIGH_WATER_MARK = 16;

// ---- model choice ------------------------------------------------------------------------------------------

/** The model task that serves an API task. */
export const TASK_MODEL: Readonly<Record<Task, ModelTask>> = { chat: 'generate', embeddings: 'embed', classify: 'classify' };
/** The model family that serves embeddings / classify for a generative alias such as `triage-small`. */
export const TASK_FAMILY: Readonly<Record<Exclude<Task, 'chat'>, string>> = { embeddings: 'triage-embed', classify: 'triage-classifier' };

/** The family model for embeddings / classify: its `-int8` variant if `int8` (else fp32), the other if absent. */
export function familyModel(models: readonly ModelEntry[], task: Exclude<Task, 'chat'>, int8: boolean): ModelEntry | undefined {
  const want = TASK_MODEL[task];
  const family = TASK_FAMILY[task];
  const byId = (id: string) => models.find((m) => m.id === id && m.task === want);
  return int8 ? (byId(`${family}-int8`) ?? byId(family)) : (byId(family) ?? byId(`${family}-int8`));
}

/**
 * The manifest model that answers `task` for a requested id: the id itself when it is a model of that task;
 * for embeddings / classify, a generative model's id (the gateway alias `triage-small`, or
 * `triage-small-int8`) stands for the task's family, in the same precision. Undefined when nothing fits.
 */
export function resolveModel(models: readonly ModelEntry[], task: Task, id: string): ModelEntry | undefined {
  const direct = models.find((m) => m.id === id && m.task === TASK_MODEL[task]);
  if (direct || task === 'chat') return direct;
  const alias = models.find((m) => m.id === id && m.task === 'generate');
  return alias ? familyModel(models, task, alias.quantized) : undefined;
}

/** The API tasks a model id answers (see resolveModel): its own, plus embeddings/classify for a generative alias. */
export function tasksOf(models: readonly ModelEntry[], id: string): Task[] {
  return (['chat', 'embeddings', 'classify'] as const).filter((t) => resolveModel(models, t, id) !== undefined);
}

// ---- errors ------------------------------------------------------------------------------------------------

/**
 * The request itself cannot be served. `invalid_request`: the client's mistake (empty input, bad
 * `dimensions`). `unsupported_input`: valid OpenAI, but not something these models take (token-id input) —
 * a tier with fallbacks may send it elsewhere.
 */
export class ServingInputError extends Error {
  constructor(
    message: string,
    readonly param: string | null,
    readonly code: 'invalid_request' | 'unsupported_input' = 'invalid_request',
  ) {
    super(message);
    this.name = 'ServingInputError';
  }

  toApiError(): ApiError {
    return errors.badRequest(this.message, this.param, this.code);
  }

  /** The 400 Response in OpenAI's error shape. */
  toResponse(): Response {
    return this.toApiError().toResponse();
  }
}

// ---- the request context -----------------------------------------------------------------------------------

export interface ServeContext {
  requestId: string;
  /** Aborts the work: the client went away, the deadline passed. A streaming reader that cancels does too. */
  signal: AbortSignal;
  /** Names the tier in `system_fingerprint` (`<tier>-<model sha256 prefix>`), e.g. `triage-edge`. */
  tier: string;
  /** Upper bound of max_tokens. Default DEFAULT_MAX_TOKENS_LIMIT. */
  maxTokensLimit?: number;
  /**
   * The error a stream breaks off with when generation fails after the headers went out (no `[DONE]`
   * follows, which clients report as an error). Default: the error as thrown.
   */
  streamError?: (err: unknown) => unknown;
}

/** Answers `task` with `model` (already chosen and, ideally, loaded). */
export function serve(
  model: ModelRunner,
  task: Task,
  body: Record<string, unknown>,
  stream: boolean,
  ctx: ServeContext,
): Promise<Response> {
  switch (task) {
    case 'classify':
      return classifyResponse(model, body, ctx);
    case 'embeddings':
      return embeddingsResponse(model, body, ctx);
    case 'chat':
      return stream ? Promise.resolve(chatStreamResponse(model, body, ctx)) : chatResponse(model, body, ctx);
  }
}

// ---- classify ----------------------------------------------------------------------------------------------

export async function classifyResponse(model: ModelRunner, body: Record<string, unknown>, ctx: ServeContext): Promise<Response> {
  const texts = textInputs(body.input);
  const out = await abortable(model.classify(texts), ctx.signal);
  const tokens = countTokens(texts);
  return json({
    object: 'list',
    model: model.entry.id,
    data: out.map((c, index) => ({ index, label: c.label, score: c.score, scores: c.scores })),
    usage: { prompt_tokens: tokens, total_tokens: tokens },
  });
}

// ---- embeddings --------------------------------------------------------------------------------------------

export async function embeddingsResponse(model: ModelRunner, body: Record<string, unknown>, ctx: ServeContext): Promise<Response> {
  const texts = textInputs(body.input);
  const dims = body.dimensions;
  const E = model.entry.output.dim;
  if (dims !== undefined && (typeof dims !== 'number' || !Number.isInteger(dims) || dims < 1 || dims > E)) {
    throw new ServingInputError(`dimensions must be an integer from 1 to ${E} for ${model.entry.id}`, 'dimensions');
  }
  const base64 = body.encoding_format === 'base64';
  const vecs = await abortable(model.embed(texts), ctx.signal);
  const tokens = countTokens(texts);
  return json({
    object: 'list',
    data: vecs.map((v, index) => {
      const e = dims !== undefined && dims < E ? renormalise(v.slice(0, dims)) : v;
      return { object: 'embedding', index, embedding: base64 ? toBase64(e) : Array.from(e) };
    }),
    model: model.entry.id,
    usage: { prompt_tokens: tokens, total_tokens: tokens },
  });
}

function renormalise(v: Float32Array): Float32Array {
  let s = 0;
  for (const x of v) s += x * x;
  const k = s > 0 ? 1 / Math.sqrt(s) : 0;
  return v.map((x) => x * k);
}

/** Little-endian float32 bytes, base64 (what OpenAI sends for `encoding_format: "base64"`). */
export function toBase64(v: Float32Array): string {
  const bytes = new Uint8Array(v.length * 4);
  const view = new DataView(bytes.buffer);
  v.forEach((x, i) => view.setFloat32(i * 4, x, true));
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}

/** The texts of a classify/embeddings `input`; the models take text, not token ids. */
export function textInputs(input: unknown): string[] {
  const texts =
    typeof input === 'string'
      ? [input]
      : Array.isArray(input) && input.every((x) => typeof x === 'string')
        ? (input as string[])
        : undefined;
  if (!texts)
    throw new ServingInputError('these models take text input only (token-id arrays are not supported)', 'input', 'unsupported_input');
  if (texts.length === 0) throw new ServingInputError('input must not be empty', 'input');
  if (texts.length > MAX_INPUTS) throw new ServingInputError(`at most ${MAX_INPUTS} inputs per request`, 'input');
  if (texts.some((t) => t.length === 0)) throw new ServingInputError('input must not contain empty strings', 'input');
  return texts;
}

const countTokens = (texts: readonly string[]) => texts.reduce((n, t) => n + tokenizeWords(t).length, 0);

// ---- chat --------------------------------------------------------------------------------------------------

export interface ChatParams {
  prompt: string;
  maxTokens: number;
  temperature: number;
  topP: number;
  seed: number;
  n: number;
  stop: string[];
  includeUsage: boolean;
}

interface ChatMessageLike {
  role?: unknown;
  content?: unknown;
}

/** The text of a message's content (string, or the text parts of a content array). */
function messageText(m: ChatMessageLike): string {
  const c = m.content;
  if (typeof c === 'string') return c;
  if (!Array.isArray(c)) return '';
  return c.map((p: { type?: unknown; text?: unknown }) => (p.type === 'text' && typeof p.text === 'string' ? p.text : '')).join(' ');
}

/** What the LM is conditioned on: the last user message (earlier turns would blur its topic), else all of it. */
export function chatPrompt(messages: unknown): string {
  const list = Array.isArray(messages) ? (messages as ChatMessageLike[]) : [];
  const lastUser = [...list].reverse().find((m) => m.role === 'user');
  return lastUser ? messageText(lastUser) : list.map(messageText).join('\n');
}

export interface ChatParamOptions {
  /** Seeds the sampler when the body has no `seed`. */
  requestId: string;
  maxTokensLimit?: number;
  /** Overrides the request-id seed (e.g. a seed from the prompt, for the same output on every call). */
  defaultSeed?: number;
}

/** The generation parameters of a (validated) chat completion body. */
export function chatParams(body: Record<string, unknown>, opts: ChatParamOptions): ChatParams {
  const requested = num(body.max_completion_tokens) ?? num(body.max_tokens) ?? DEFAULT_MAX_TOKENS;
  const stop =
    typeof body.stop === 'string'
      ? [body.stop]
      : Array.isArray(body.stop)
        ? body.stop.filter((x): x is string => typeof x === 'string' && x !== '')
        : [];
  const so = body.stream_options as { include_usage?: unknown } | null | undefined;
  return {
    prompt: chatPrompt(body.messages),
    maxTokens: Math.max(1, Math.min(opts.maxTokensLimit ?? DEFAULT_MAX_TOKENS_LIMIT, requested)),
    temperature: num(body.temperature) ?? DEFAULT_TEMPERATURE,
    topP: num(body.top_p) ?? DEFAULT_TOP_P,
    seed: num(body.seed) ?? opts.defaultSeed ?? fnv1aSeed(opts.requestId),
    n: Math.max(1, Math.min(MAX_CHOICES, num(body.n) ?? 1)),
    stop,
    includeUsage: so?.include_usage === true,
  };
}

const num = (x: unknown): number | undefined => (typeof x === 'number' && Number.isFinite(x) ? x : undefined);

/** Cuts generated text at the first stop sequence; holds back a tail that could still become one. */
export class StopFilter {
  private buf = '';
  stopped = false;
  private readonly hold: number;
  constructor(private readonly stops: readonly string[]) {
    this.hold = Math.max(0, ...stops.map((s) => s.length - 1));
  }
  /** Text that may be emitted now. */
  push(piece: string): string {
    this.buf += piece;
    for (const s of this.stops) {
      const i = this.buf.indexOf(s);
      if (i >= 0) {
        this.stopped = true;
        const out = this.buf.slice(0, i);
        this.buf = '';
        return out;
      }
    }
    const cut = Math.max(0, this.buf.length - this.hold);
    const out = this.buf.slice(0, cut);
    this.buf = this.buf.slice(cut);
    return out;
  }
  /** Whatever was held back, at the end. */
  flush(): string {
    const out = this.buf;
    this.buf = '';
    return out;
  }
}

export interface ChoiceResult {
  text: string;
  finishReason: 'stop' | 'length';
  completionTokens: number;
  promptTokens: number;
}

/**
 * Generates choice `index` (seed + index), applying the stop sequences; `onText` sees each piece of text as it
 * may be emitted (awaited: a slow consumer slows generation). Stops with RunnerError('aborted') when `signal`
 * fires.
 */
export async function runChoice(
  model: ModelRunner,
  p: ChatParams,
  index: number,
  signal: AbortSignal,
  onText?: (text: string) => void | Promise<void>,
): Promise<ChoiceResult> {
  const gen = model.generate(p.prompt, { maxTokens: p.maxTokens, temperature: p.temperature, topP: p.topP, seed: p.seed + index, signal });
  const filter = new StopFilter(p.stop);
  let text = '';
  const emit = async (t: string) => {
    if (!t) return;
    text += t;
    await onText?.(t);
  };
  for await (const piece of gen) {
    await emit(filter.push(piece));
    if (filter.stopped) break;
  }
  if (!filter.stopped) await emit(filter.flush());
  return {
    text,
    finishReason: filter.stopped ? 'stop' : (gen.finishReason ?? 'stop'),
    completionTokens: gen.completionTokens,
    promptTokens: gen.promptTokens,
  };
}

/** The fields every completion and chunk of one response share. */
export interface CompletionBase {
  id: string;
  created: number;
  model: string;
  system_fingerprint?: string;
}

export function completionBase(model: ModelRunner, ctx: Pick<ServeContext, 'requestId' | 'tier'>): CompletionBase {
  return {
    id: `chatcmpl-${ctx.requestId}`,
    created: Math.floor(Date.now() / 1000),
    model: model.entry.id,
    system_fingerprint: `${ctx.tier}-${model.entry.sha256.slice(0, 12)}`,
  };
}

const usageOf = (promptTokens: number, completionTokens: number) => ({
  prompt_tokens: promptTokens,
  completion_tokens: completionTokens,
  total_tokens: promptTokens + completionTokens,
});

/** A `chat.completion` object. */
export function completionObject(base: CompletionBase, choices: readonly ChoiceResult[]): Record<string, unknown> {
  const promptTokens = choices[0]?.promptTokens ?? 0;
  const completionTokens = choices.reduce((a, c) => a + c.completionTokens, 0);
  return {
    id: base.id,
    object: 'chat.completion',
    created: base.created,
    model: base.model,
    ...(base.system_fingerprint !== undefined ? { system_fingerprint: base.system_fingerprint } : {}),
    choices: choices.map((c, index) => ({
      index,
      message: { role: 'assistant', content: c.text, refusal: null },
      logprobs: null,
      finish_reason: c.finishReason,
    })),
    usage: usageOf(promptTokens, completionTokens),
  };
}

/** A `chat.completion.chunk` with one choice's delta. `withUsage`: the stream ends in a usage chunk, so `usage: null`. */
export function chunkObject(
  base: CompletionBase,
  index: number,
  delta: Record<string, unknown>,
  finishReason: string | null,
  withUsage = false,
): Record<string, unknown> {
  return {
    ...chunkHead(base),
    choices: [{ index, delta, logprobs: null, finish_reason: finishReason }],
    ...(withUsage ? { usage: null } : {}),
  };
}

/** The last chunk of a stream with `include_usage`: no choices, the usage of the whole response. */
export function usageChunkObject(base: CompletionBase, promptTokens: number, completionTokens: number): Record<string, unknown> {
  return { ...chunkHead(base), choices: [], usage: usageOf(promptTokens, completionTokens) };
}

function chunkHead(base: CompletionBase): Record<string, unknown> {
  return {
    id: base.id,
    object: 'chat.completion.chunk',
    created: base.created,
    model: base.model,
    ...(base.system_fingerprint !== undefined ? { system_fingerprint: base.system_fingerprint } : {}),
  };
}

/** The first delta of each streamed choice, as OpenAI sends it. */
export const ROLE_DELTA: Readonly<Record<string, unknown>> = { role: 'assistant', content: '', refusal: null };

export async function chatResponse(model: ModelRunner, body: Record<string, unknown>, ctx: ServeContext): Promise<Response> {
  const p = chatParams(body, ctx);
  const choices: ChoiceResult[] = [];
  for (let i = 0; i < p.n; i++) choices.push(await runChoice(model, p, i, ctx.signal));
  return json(completionObject(completionBase(model, ctx), choices));
}

/**
 * The SSE Response of a streamed chat completion. Generation runs as the reader reads (at most
 * STREAM_HIGH_WATER_MARK chunks ahead of it) and stops when the reader cancels or `ctx.signal` aborts.
 */
export function chatStreamResponse(model: ModelRunner, body: Record<string, unknown>, ctx: ServeContext): Response {
  const p = chatParams(body, ctx);
  const base = completionBase(model, ctx);
  const enc = new TextEncoder();
  const stop = new AbortController();
  let cancelled = false;
  let wake: (() => void) | undefined;
  const resume = () => {
    wake?.();
    wake = undefined;
  };
  const onAbort = () => {
    stop.abort(ctx.signal.reason);
    resume();
  };
  if (ctx.signal.aborted) stop.abort(ctx.signal.reason);
  else ctx.signal.addEventListener('abort', onAbort, { once: true });

  async function produce(controller: ReadableStreamDefaultController<Uint8Array>): Promise<void> {
    const send = async (data: unknown) => {
      controller.enqueue(enc.encode(data === SSE_DONE ? SSE_DONE : sseData(data)));
      // Backpressure: wait for the reader (pull) instead of generating into an ever-growing queue.
      if ((controller.desiredSize ?? 1) <= 0 && !stop.signal.aborted)
        await new Promise<void>((r) => {
          wake = r;
        });
    };
    try {
      let promptTokens = 0;
      let completionTokens = 0;
      for (let i = 0; i < p.n; i++) {
        await send(chunkObject(base, i, { ...ROLE_DELTA }, null, p.includeUsage));
        const c = await runChoice(model, p, i, stop.signal, (t) => send(chunkObject(base, i, { content: t }, null, p.includeUsage)));
        await send(chunkObject(base, i, {}, c.finishReason, p.includeUsage));
        promptTokens = c.promptTokens;
        completionTokens += c.completionTokens;
      }
      if (p.includeUsage) await send(usageChunkObject(base, promptTokens, completionTokens));
      await send(SSE_DONE);
      controller.close();
    } catch (err) {
      // Headers are gone already: the stream breaks off (no [DONE]), which clients report as an error.
      if (!cancelled) controller.error(ctx.streamError ? ctx.streamError(err) : err);
    } finally {
      ctx.signal.removeEventListener('abort', onAbort);
    }
  }

  const stream = new ReadableStream<Uint8Array>(
    {
      start(controller) {
        // Not awaited: start() must return for pull() (the reader's demand) to be delivered.
        void produce(controller);
      },
      pull: resume,
      cancel() {
        cancelled = true;
        stop.abort(new Error('stream cancelled by the reader'));
        resume();
      },
    },
    { highWaterMark: STREAM_HIGH_WATER_MARK },
  );
  return new Response(stream, { status: 200, headers: { ...SSE_HEADERS, 'x-accel-buffering': 'no' } });
}

// ---- helpers -----------------------------------------------------------------------------------------------

/** Settles with `p`, or rejects as soon as `signal` aborts (for work that cannot itself be interrupted). */
export function abortable<T>(p: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) {
    p.catch(() => {}); // the work still settles; nobody waits for it
    return Promise.reject(signal.reason);
  }
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    p.then(
      (v) => {
        signal.removeEventListener('abort', onAbort);
        resolve(v);
      },
      (e) => {
        signal.removeEventListener('abort', onAbort);
        reject(e);
      },
    );
  });
}

function json(body: unknown): Response {
  return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
}
