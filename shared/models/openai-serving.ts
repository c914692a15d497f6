// OpenAI responses from the models a tier runs itself: the one piece of code that turns a validated OpenAI-style
// request into a Response over a served model (served.ts: the built-in demo models or a Hugging Face folder),
// for every tier that runs models — the edge's in-Worker target (onnxruntime-web), the cloud's local SageMaker
// endpoint and the on-prem `onnx` engine (onnxruntime-node). Pure: Web `Response`/`ReadableStream` only, so it
// runs in workerd and Node alike.
//
//   chat        → `chat.completion` JSON, or with `stream` an SSE stream framed exactly as OpenAI does: per
//                 choice a `delta.role` chunk, content deltas, an empty delta with `finish_reason`; then — if
//                 `stream_options.include_usage` — a chunk with `choices: []` and the usage (every earlier
//                 chunk then carries `"usage": null`); then `data: [DONE]`. max_tokens / max_completion_tokens
//                 (capped by `maxTokensLimit`), temperature (0 = greedy), top_p, seed (default: from the request
//                 id), n (≤ 8), stop. What the request leaves unset, the model decides (a folder's
//                 generation_config.json; the demo LM's 64 tokens, 0.7, 0.9).
//   embeddings  → OpenAI's list shape; `encoding_format: "base64"` (little-endian float32) and `dimensions`
//                 (truncate + re-normalise).
//   classify    → Triage's own `{"object":"list","model","data":[{"index","label","score","scores"}],"usage"}`.
// `usage` counts the model's own tokens. The body's `model` names the model that ran.
//
// Errors: a request the model cannot take throws ServingInputError (→ 400 in OpenAI's shape, or a fallback
// where the tier has one) before any byte is sent, streams included; the runner's own failures (model missing,
// broken, aborted) stay RunnerErrors.
import type { ChatMessage, Task } from '../protocol/openai/schema.ts';
import { SSE_DONE, SSE_HEADERS, sseData } from '../protocol/openai/sse.ts';
import { fnv1aSeed, type Generation } from './runner.ts';
import { ServingInputError, type ChatRequest, type ServedModel } from './served.ts';

export const DEFAULT_MAX_TOKENS_LIMIT = 256;
export const MAX_CHOICES = 8;
export const MAX_INPUTS = 2048;

/** Chunks a stream may run ahead of its reader: generation pauses when the reader is this far behind. */
const STREAM_HIGH_WATER_MARK = 16;
const UTF8 = new TextEncoder();

// ---- the request context -----------------------------------------------------------------------------------

export interface ServeContext {
  requestId: string;
  /** Aborts the work: the client went away, the deadline passed. A streaming reader that cancels does too. */
  signal: AbortSignal;
  /** Names the tier in `system_fingerprint` (`<tier>-<model version>`), e.g. `triage-edge`. */
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
export async function serve(
  model: ServedModel,
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
      return stream ? chatStreamResponse(model, body, ctx) : chatResponse(model, body, ctx);
  }
}

// ---- classify ----------------------------------------------------------------------------------------------

export async function classifyResponse(model: ServedModel, body: Record<string, unknown>, ctx: ServeContext): Promise<Response> {
  const out = await abortable(model.classify(textInputs(body.input)), ctx.signal);
  return json({
    object: 'list',
    model: model.id,
    data: out.data.map((c, index) => ({ index, label: c.label, score: c.score, scores: c.scores })),
    usage: { prompt_tokens: out.promptTokens, total_tokens: out.promptTokens },
  });
}

// ---- embeddings --------------------------------------------------------------------------------------------

export async function embeddingsResponse(model: ServedModel, body: Record<string, unknown>, ctx: ServeContext): Promise<Response> {
  const out = await abortable(model.embed(textInputs(body.input)), ctx.signal);
  const dims = body.dimensions;
  // The model's width is known once it ran (a folder's hidden size); a bad `dimensions` is still a 400.
  const E = out.data[0]?.length ?? 0;
  if (dims !== undefined && (typeof dims !== 'number' || !Number.isInteger(dims) || dims < 1 || dims > E)) {
    throw new ServingInputError(`dimensions must be an integer from 1 to ${E} for ${model.id}`, 'dimensions');
  }
  const base64 = body.encoding_format === 'base64';
  return json({
    object: 'list',
    data: out.data.map((v, index) => {
      const e = dims !== undefined && dims < E ? renormalise(v.slice(0, dims)) : v;
      return { object: 'embedding', index, embedding: base64 ? toBase64(e) : Array.from(e) };
    }),
    model: model.id,
    usage: { prompt_tokens: out.promptTokens, total_tokens: out.promptTokens },
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

// ---- chat --------------------------------------------------------------------------------------------------

/** A chat request's generation settings: what every choice shares (unset sampling settings: the model's). */
export interface ChatParams extends Omit<ChatRequest, 'signal'> {
  /** Choices to generate, each seeded seed + index. */
  n: number;
  includeUsage: boolean;
}

export interface ChatParamOptions {
  /** Seeds the sampler when the body has no `seed`. */
  requestId: string;
  maxTokensLimit?: number;
  /** Overrides the request-id seed (e.g. a seed from the prompt, for the same output on every call). */
  defaultSeed?: number;
}

/** The generation parameters of a (validated) chat completion body; what it leaves unset, the model decides. */
export function chatParams(body: Record<string, unknown>, opts: ChatParamOptions): ChatParams {
  const stop =
    typeof body.stop === 'string'
      ? [body.stop]
      : Array.isArray(body.stop)
        ? body.stop.filter((x): x is string => typeof x === 'string' && x !== '')
        : [];
  const so = body.stream_options as { include_usage?: unknown } | null | undefined;
  return {
    messages: Array.isArray(body.messages) ? (body.messages as ChatMessage[]) : [],
    maxTokens: num(body.max_completion_tokens) ?? num(body.max_tokens),
    maxTokensLimit: opts.maxTokensLimit ?? DEFAULT_MAX_TOKENS_LIMIT,
    temperature: num(body.temperature),
    topP: num(body.top_p),
    seed: num(body.seed) ?? opts.defaultSeed ?? fnv1aSeed(opts.requestId),
    n: Math.max(1, Math.min(MAX_CHOICES, num(body.n) ?? 1)),
    stop,
    includeUsage: so?.include_usage === true,
  };
}

const num = (x: unknown): number | undefined => (typeof x === 'number' && Number.isFinite(x) ? x : undefined);

/** Choice `index` of the request as the model generates it (seed + index, so choices differ). */
export function choiceRequest(p: ChatParams, index: number, signal: AbortSignal): ChatRequest {
  const { n: _n, includeUsage: _includeUsage, ...shared } = p;
  return { ...shared, seed: p.seed + index, signal };
}

export interface ChoiceResult {
  text: string;
  finishReason: 'stop' | 'length';
  completionTokens: number;
  promptTokens: number;
}

/** Runs a generation to its end; `onText` sees each piece as it comes (awaited: a slow consumer slows generation). */
export async function runChoice(gen: Generation, onText?: (text: string) => void | Promise<void>): Promise<ChoiceResult> {
  let text = '';
  for await (const piece of gen) {
    if (!piece) continue;
    text += piece;
    await onText?.(piece);
  }
  return { text, finishReason: gen.finishReason ?? 'stop', completionTokens: gen.completionTokens, promptTokens: gen.promptTokens };
}

/** The generations of all choices, created up front: a request the model cannot take fails before any byte is sent. */
function choiceGenerations(model: ServedModel, p: ChatParams, signal: AbortSignal): Generation[] {
  return Array.from({ length: p.n }, (_, i) => model.generate(choiceRequest(p, i, signal)));
}

/** The fields every completion and chunk of one response share. */
export interface CompletionBase {
  id: string;
  created: number;
  model: string;
  system_fingerprint?: string;
}

export function completionBase(model: ServedModel, ctx: Pick<ServeContext, 'requestId' | 'tier'>): CompletionBase {
  return {
    id: `chatcmpl-${ctx.requestId}`,
    created: Math.floor(Date.now() / 1000),
    model: model.id,
    system_fingerprint: `${ctx.tier}-${model.info.version}`,
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

export async function chatResponse(model: ServedModel, body: Record<string, unknown>, ctx: ServeContext): Promise<Response> {
  const p = chatParams(body, ctx);
  const choices: ChoiceResult[] = [];
  for (const gen of choiceGenerations(model, p, ctx.signal)) choices.push(await runChoice(gen));
  return json(completionObject(completionBase(model, ctx), choices));
}

/**
 * The SSE Response of a streamed chat completion. Generation runs as the reader reads (at most
 * STREAM_HIGH_WATER_MARK chunks ahead of it) and stops when the reader cancels or `ctx.signal` aborts.
 */
export function chatStreamResponse(model: ServedModel, body: Record<string, unknown>, ctx: ServeContext): Response {
  const p = chatParams(body, ctx);
  const base = completionBase(model, ctx);
  const stop = new AbortController();
  const generations = choiceGenerations(model, p, stop.signal);
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
      controller.enqueue(UTF8.encode(data === SSE_DONE ? SSE_DONE : sseData(data)));
      // Backpressure: wait for the reader (pull) instead of generating into an ever-growing queue.
      if ((controller.desiredSize ?? 1) <= 0 && !stop.signal.aborted)
        await new Promise<void>((r) => {
          wake = r;
        });
    };
    try {
      let promptTokens = 0;
      let completionTokens = 0;
      for (const [i, gen] of generations.entries()) {
        await send(chunkObject(base, i, { ...ROLE_DELTA }, null, p.includeUsage));
        const c = await runChoice(gen, (t) => send(chunkObject(base, i, { content: t }, null, p.includeUsage)));
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
