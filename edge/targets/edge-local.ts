// `edge` target: inference inside the Worker, with Triage's small ONNX models in onnxruntime-web (WASM).
//
// Which model answers (all ids are manifest ids, shared/models/dist/manifest.json):
//   - chat        → the target's `model` (default policy: `triage-small-int8`, the tiny generative LM);
//   - classify    → `triage-classifier`, embeddings → `triage-embed`; the `-int8` variant when the target's
//                   `model` is an `-int8` one (the default), fp32 otherwise.
//   - A model named explicitly wins when it is a manifest model of the right task: the target's `models`
//     mapping (e.g. `models: { triage-small: triage-small }` runs fp32 chat), or, for classify/embeddings,
//     the client asking for e.g. `triage-classifier` directly. A client's `triage-small` for chat is the
//     gateway alias, so the target's `model` picks the variant.
// Responses:
//   - chat: OpenAI `chat.completion` JSON; with `stream: true` an SSE stream exactly as OpenAI frames it
//     (`data: {chat.completion.chunk}` events: first `delta.role`, then content deltas, then an empty delta
//     with `finish_reason`, then — if `stream_options.include_usage` — a chunk with `choices: []` and the
//     usage (all earlier chunks then carry `"usage": null`), then `data: [DONE]`). Supports max_tokens /
//     max_completion_tokens (default 64, at most 256), temperature (default 0.7; 0 = greedy), top_p
//     (default 0.9), seed (default: derived from the request id), n (≤ 8), stop. The LM is conditioned on
//     the last user message. `usage` counts the model's own word tokens. A reader that cancels the stream
//     stops the generation.
//   - embeddings: OpenAI's shape `{"object":"list","data":[{"object":"embedding","index","embedding"}],
//     "model","usage":{"prompt_tokens","total_tokens"}}`; `encoding_format: "base64"` (little-endian
//     float32) and `dimensions` (truncate + re-normalise) supported. Token-id inputs are not (the target
//     fails retryably, so a fallback may serve them).
//   - classify (Triage's own): `{"object":"list","model","data":[{"index","label","score","scores":
//     {"<label>": p, …}}],"usage":{"prompt_tokens","total_tokens"}}` — `scores` are the softmax
//     probabilities of every label, `label`/`score` the most likely one.
// The model that actually ran is named in the body's `model` (e.g. `triage-small-int8`).
// Errors are TargetErrors: a missing or broken model is 503 retryable (a fallback may answer), an input the
// edge cannot take is 502 retryable, a client mistake (empty input, bad `dimensions`) is passed through as
// a 400 in OpenAI's error shape. A request with PII is refused (503, not retryable): only on-prem may run it.
import { tokenizeWords } from '../../shared/models/featurize.ts';
import type { ModelEntry } from '../../shared/models/manifest.ts';
import { createRunner, fnv1aSeed, type Runner, RunnerError } from '../../shared/models/runner.ts';
import { SSE_DONE, SSE_HEADERS, sseData } from '../../shared/openai/sse.ts';
import type { TargetSpec } from '../../shared/policy/types.ts';
import type { Env } from '../env.ts';
import { edgeOrt } from '../models/ort.ts';
import { createModelStore, ModelStoreError, type ModelStore } from '../models/store.ts';
import { TargetError, type Target, type TargetRequest } from './target.ts';

export const DEFAULT_MAX_TOKENS = 64;
export const MAX_TOKENS_LIMIT = 256;
export const DEFAULT_TEMPERATURE = 0.7;
export const DEFAULT_TOP_P = 0.9;
const MAX_INPUTS = 2048;

// One store + runner per isolate (per R2 binding): ORT sessions are created once and reused by every request.
let cached: { r2: unknown; store: ModelStore; runner: Runner } | undefined;

function runnerFor(env: Env): { store: ModelStore; runner: Runner } {
  if (!cached || cached.r2 !== env.MODELS) {
    const store = createModelStore(env.MODELS ? { r2: env.MODELS } : {});
    const runner = createRunner(edgeOrt, store.manifest, async (_file, entry) => (await store.load(entry)).bytes);
    cached = { r2: env.MODELS, store, runner };
  }
  return cached;
}

type Task = TargetRequest['task'];
const TASK_MODEL: Record<Task, ModelEntry['task']> = { chat: 'generate', embeddings: 'embed', classify: 'classify' };
const TASK_FAMILY: Record<Exclude<Task, 'chat'>, string> = { embeddings: 'triage-embed', classify: 'triage-classifier' };

/** The manifest model that serves `task` for this target (see the header). */
export function pickModel(spec: { model: string; models?: Record<string, string> | undefined }, task: Task, upstreamModel: string, models: readonly ModelEntry[]): ModelEntry | undefined {
  const want = TASK_MODEL[task];
  const byId = (id: string) => models.find((m) => m.id === id && m.task === want);
  // An explicit choice: the target's `models` mapping named it, or (classify/embeddings) the client named a
  // manifest model directly. For chat, the client's model is the gateway alias (`triage-small`): the
  // target's `model` decides which variant runs.
  const mapped = spec.models !== undefined && Object.values(spec.models).includes(upstreamModel);
  if (mapped || task !== 'chat') {
    const direct = byId(upstreamModel);
    if (direct) return direct;
  }
  if (task === 'chat') return byId(spec.model);
  const family = TASK_FAMILY[task];
  return spec.model.endsWith('-int8') ? (byId(`${family}-int8`) ?? byId(family)) : (byId(family) ?? byId(`${family}-int8`));
}

export function edgeLocalTarget(name: string, spec: TargetSpec, env: Env): Target {
  if (spec.kind !== 'edge') throw new Error(`edgeLocalTarget: target ${name} is of kind ${spec.kind}`);
  const s = spec;
  return {
    name,
    kind: 'edge',
    spec,
    async call(req: TargetRequest): Promise<Response> {
      if (req.piiTypes.length > 0) throw new TargetError(`target ${name}: refused, the request contains PII and this target is not on-prem`, 503, false);
      checkSignal(name, req.signal);
      const { runner } = runnerFor(env);
      const entry = pickModel(s, req.task, req.upstreamModel, runner.manifest.models);
      if (!entry) throw new TargetError(`target ${name}: no ${TASK_MODEL[req.task]} model for ${req.task} (target model ${s.model})`, 503, true);
      const model = runner.model(entry.id);
      try {
        await abortable(model.load(), req.signal);
        checkSignal(name, req.signal);
        switch (req.task) {
          case 'classify':
            return await classify(model, req);
          case 'embeddings':
            return await embeddings(model, req);
          case 'chat':
            return req.stream ? chatStream(name, model, req) : await chat(model, req);
        }
      } catch (err) {
        throw toTargetError(name, err, req.signal);
      }
    },
  };
}

type Model = ReturnType<Runner['model']>;

// ---- classify ----------------------------------------------------------------------------------------------

async function classify(model: Model, req: TargetRequest): Promise<Response> {
  const texts = textInputs(req.body.input);
  const out = await abortable(model.classify(texts), req.signal);
  const tokens = texts.reduce((n, t) => n + tokenizeWords(t).length, 0);
  return json({
    object: 'list',
    model: model.entry.id,
    data: out.map((c, index) => ({ index, label: c.label, score: c.score, scores: c.scores })),
    usage: { prompt_tokens: tokens, total_tokens: tokens },
  });
}

// ---- embeddings --------------------------------------------------------------------------------------------

async function embeddings(model: Model, req: TargetRequest): Promise<Response> {
  const texts = textInputs(req.body.input);
  const dims = req.body.dimensions;
  const E = model.entry.output.dim;
  if (dims !== undefined && (typeof dims !== 'number' || !Number.isInteger(dims) || dims < 1 || dims > E)) {
    throw clientError(`dimensions must be an integer from 1 to ${E} for ${model.entry.id}`, 'dimensions');
  }
  const base64 = req.body.encoding_format === 'base64';
  const vecs = await abortable(model.embed(texts), req.signal);
  const tokens = texts.reduce((n, t) => n + tokenizeWords(t).length, 0);
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

/** The texts of a classify/embeddings `input`; token-id arrays are not supported at the edge. */
function textInputs(input: unknown): string[] {
  const texts = typeof input === 'string' ? [input] : Array.isArray(input) && input.every((x) => typeof x === 'string') ? (input as string[]) : undefined;
  if (!texts) throw new EdgeInputError('the edge models take text input only (token-id arrays are not supported here)');
  if (texts.length === 0) throw clientError('input must not be empty', 'input');
  if (texts.length > MAX_INPUTS) throw clientError(`at most ${MAX_INPUTS} inputs per request`, 'input');
  if (texts.some((t) => t.length === 0)) throw clientError('input must not contain empty strings', 'input');
  return texts;
}

// ---- chat --------------------------------------------------------------------------------------------------

interface ChatParams {
  prompt: string;
  maxTokens: number;
  temperature: number;
  topP: number;
  seed: number;
  n: number;
  stop: string[];
  includeUsage: boolean;
}

function chatParams(req: TargetRequest): ChatParams {
  const b = req.body;
  const messages = Array.isArray(b.messages) ? (b.messages as { role?: unknown; content?: unknown }[]) : [];
  const text = (m: { content?: unknown }): string =>
    typeof m.content === 'string' ? m.content
    : Array.isArray(m.content) ? m.content.map((p: { type?: unknown; text?: unknown }) => (p.type === 'text' && typeof p.text === 'string' ? p.text : '')).join(' ')
    : '';
  // The LM is conditioned on what the user asked last (earlier turns would blur its topic).
  const lastUser = [...messages].reverse().find((m) => m.role === 'user');
  const prompt = lastUser ? text(lastUser) : messages.map(text).join('\n');
  const requested = num(b.max_completion_tokens) ?? num(b.max_tokens) ?? DEFAULT_MAX_TOKENS;
  const stop = typeof b.stop === 'string' ? [b.stop] : Array.isArray(b.stop) ? b.stop.filter((x): x is string => typeof x === 'string' && x !== '') : [];
  const opts = b.stream_options as { include_usage?: unknown } | null | undefined;
  return {
    prompt,
    maxTokens: Math.max(1, Math.min(MAX_TOKENS_LIMIT, requested)),
    temperature: num(b.temperature) ?? DEFAULT_TEMPERATURE,
    topP: num(b.top_p) ?? DEFAULT_TOP_P,
    seed: num(b.seed) ?? fnv1aSeed(req.requestId),
    n: Math.max(1, Math.min(8, num(b.n) ?? 1)),
    stop,
    includeUsage: opts?.include_usage === true,
  };
}

const num = (x: unknown): number | undefined => (typeof x === 'number' && Number.isFinite(x) ? x : undefined);

/** Cuts generated text at the first stop sequence; holds back a tail that could still become one. */
class StopFilter {
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

interface Choice {
  text: string;
  finish: 'stop' | 'length';
  completionTokens: number;
  promptTokens: number;
}

async function runChoice(model: Model, p: ChatParams, index: number, signal: AbortSignal, onText?: (t: string) => void): Promise<Choice> {
  const gen = model.generate(p.prompt, { maxTokens: p.maxTokens, temperature: p.temperature, topP: p.topP, seed: p.seed + index, signal });
  const filter = new StopFilter(p.stop);
  let text = '';
  const emit = (t: string) => {
    if (!t) return;
    text += t;
    onText?.(t);
  };
  for await (const piece of gen) {
    emit(filter.push(piece));
    if (filter.stopped) break;
  }
  if (!filter.stopped) emit(filter.flush());
  return { text, finish: filter.stopped ? 'stop' : (gen.finishReason ?? 'stop'), completionTokens: gen.completionTokens, promptTokens: gen.promptTokens };
}

const created = () => Math.floor(Date.now() / 1000);
const completionId = (req: TargetRequest) => `chatcmpl-${req.requestId}`;
const fingerprint = (model: Model) => `triage-edge-${model.entry.sha256.slice(0, 12)}`;

async function chat(model: Model, req: TargetRequest): Promise<Response> {
  const p = chatParams(req);
  const choices: Choice[] = [];
  for (let i = 0; i < p.n; i++) choices.push(await runChoice(model, p, i, req.signal));
  const promptTokens = choices[0]?.promptTokens ?? 0;
  const completionTokens = choices.reduce((a, c) => a + c.completionTokens, 0);
  return json({
    id: completionId(req),
    object: 'chat.completion',
    created: created(),
    model: model.entry.id,
    system_fingerprint: fingerprint(model),
    choices: choices.map((c, index) => ({
      index,
      message: { role: 'assistant', content: c.text, refusal: null },
      logprobs: null,
      finish_reason: c.finish,
    })),
    usage: { prompt_tokens: promptTokens, completion_tokens: completionTokens, total_tokens: promptTokens + completionTokens },
  });
}

function chatStream(name: string, model: Model, req: TargetRequest): Response {
  const p = chatParams(req);
  const base = { id: completionId(req), object: 'chat.completion.chunk', created: created(), model: model.entry.id, system_fingerprint: fingerprint(model) };
  const chunk = (index: number, delta: Record<string, unknown>, finish: string | null): Record<string, unknown> => ({
    ...base,
    choices: [{ index, delta, logprobs: null, finish_reason: finish }],
    ...(p.includeUsage ? { usage: null } : {}),
  });
  const enc = new TextEncoder();
  // Generation stops when the reader cancels (client gone) or the request's signal aborts.
  const stop = new AbortController();
  const onAbort = () => stop.abort(req.signal.reason);
  req.signal.addEventListener('abort', onAbort, { once: true });
  let cancelled = false;
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (data: unknown) => controller.enqueue(enc.encode(sseData(data)));
      try {
        let promptTokens = 0;
        let completionTokens = 0;
        for (let i = 0; i < p.n; i++) {
          send(chunk(i, { role: 'assistant', content: '', refusal: null }, null));
          const c = await runChoice(model, p, i, stop.signal, (t) => send(chunk(i, { content: t }, null)));
          send(chunk(i, {}, c.finish));
          promptTokens = c.promptTokens;
          completionTokens += c.completionTokens;
        }
        if (p.includeUsage) {
          send({ ...base, choices: [], usage: { prompt_tokens: promptTokens, completion_tokens: completionTokens, total_tokens: promptTokens + completionTokens } });
        }
        controller.enqueue(enc.encode(SSE_DONE));
        controller.close();
      } catch (err) {
        // Headers are gone already: the stream breaks off (no [DONE]), which clients report as an error.
        if (!cancelled) controller.error(toTargetError(name, err, req.signal));
      } finally {
        req.signal.removeEventListener('abort', onAbort);
      }
    },
    cancel() {
      cancelled = true;
      stop.abort(new Error('stream cancelled by the reader'));
    },
  });
  return new Response(stream, {
    status: 200,
    headers: { ...SSE_HEADERS, 'x-accel-buffering': 'no' },
  });
}

// ---- errors and helpers ------------------------------------------------------------------------------------

class EdgeInputError extends Error {}

function clientError(message: string, param: string): TargetError {
  const body = { error: { message, type: 'invalid_request_error', param, code: 'invalid_request' } };
  return new TargetError(message, 502, false, new Response(JSON.stringify(body), { status: 400, headers: { 'content-type': 'application/json' } }));
}

function isTimeout(signal: AbortSignal): boolean {
  const r: unknown = signal.reason;
  return typeof r === 'object' && r !== null && (r as { name?: unknown }).name === 'TimeoutError';
}

function checkSignal(name: string, signal: AbortSignal): void {
  if (!signal.aborted) return;
  if (isTimeout(signal)) throw new TargetError(`target ${name}: timed out`, 504, true);
  throw signal.reason;
}

/** Settles with `p`, or rejects as soon as `signal` aborts (the model's work itself cannot be interrupted). */
function abortable<T>(p: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    p.then(
      (v) => { signal.removeEventListener('abort', onAbort); resolve(v); },
      (e) => { signal.removeEventListener('abort', onAbort); reject(e); },
    );
  });
}

/** Any failure → TargetError (a client abort is rethrown as is, like the HTTP targets do). */
function toTargetError(name: string, err: unknown, signal: AbortSignal): unknown {
  if (err instanceof TargetError) return err;
  if (signal.aborted) {
    if (isTimeout(signal)) return new TargetError(`target ${name}: timed out`, 504, true);
    return signal.reason;
  }
  if (err instanceof EdgeInputError) return new TargetError(`target ${name}: ${err.message}`, 502, true);
  if (err instanceof ModelStoreError) return new TargetError(`target ${name}: ${err.message}`, 503, true);
  if (err instanceof RunnerError) return new TargetError(`target ${name}: ${err.message}`, err.code === 'bad_output' ? 502 : 503, true);
  const what = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
  return new TargetError(`target ${name}: edge inference failed (${what.slice(0, 200)})`, 502, true);
}

function json(body: unknown): Response {
  return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
}
