// A model as the OpenAI routes serve it, whatever runs behind it: Triage's built-in demo models (demo.ts over
// runner.ts) or a Hugging Face folder (hf/served.ts over hf/encoder.ts and hf/decoder.ts). openai-serving.ts
// turns requests into calls on this interface, so the edge, the cloud's local endpoint and the on-prem `onnx`
// engine answer the same way for every kind of model. Pure.
//
// The registry maps the ids clients and policies use onto the models a tier has loaded; a folder configured
// under a built-in id (e.g. `triage-small`) takes its place, so a policy's names keep working with real models.
import type { ChatMessage, Task } from '../protocol/openai/schema.ts';
import type { ModelTask } from './manifest.ts';
import type { Classification, Generation } from './runner.ts';
import { errors, type ApiError } from '../protocol/openai/errors.ts';

/** What `GET /v1/models` says about a model beyond OpenAI's fields (names and digests only, no secrets). */
export interface ModelInfo {
  /** `demo`: built from templates by `npm run build:models` — it runs, it is not a useful model. */
  kind: 'demo' | 'hf-folder';
  description: string;
  /** The first 12 hex digits of the weights' SHA-256: which bytes answer. */
  version: string;
  /** Where the weights came from: a directory, `r2://…`, `s3://…`, `bundle`. */
  source: string;
  /** The ONNX variant (`fp32`, `q8`, `int8`, …). */
  variant: string;
  /** config.json's first architecture, for folders (`LlamaForCausalLM`, `BertForSequenceClassification`, …). */
  architecture?: string;
}

/** One chat choice to generate. Unset sampling settings take the model's own defaults. */
export interface ChatRequest {
  messages: readonly ChatMessage[];
  /** Most tokens to generate; undefined: the model's default. Never more than `maxTokensLimit`. */
  maxTokens: number | undefined;
  maxTokensLimit: number;
  temperature: number | undefined;
  topP: number | undefined;
  seed: number;
  /** Text that ends the output; it and what follows are never emitted. */
  stop: readonly string[];
  signal: AbortSignal;
}

/** Per-text results of classify / embed, with the tokens the model read (for `usage`). */
export interface EncoderResult<T> {
  data: T[];
  promptTokens: number;
}

export interface ServedModel {
  /** The id clients and policies use. */
  readonly id: string;
  readonly task: ModelTask;
  readonly info: ModelInfo;
  /** Creates the model's session now (otherwise on first use). */
  load(): Promise<void>;
  classify(texts: readonly string[]): Promise<EncoderResult<Classification>>;
  /** L2-normalized vectors. */
  embed(texts: readonly string[]): Promise<EncoderResult<Float32Array>>;
  /** Starts nothing until iterated. Throws ServingInputError at once for a request the model cannot take. */
  generate(request: ChatRequest): Generation;
}

/**
 * The request itself cannot be served. `invalid_request`: the client's mistake (empty input, bad
 * `dimensions`, a prompt longer than the context). `unsupported_input`: valid OpenAI, but not something these
 * models take (token-id input) — a tier with fallbacks may send it elsewhere.
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

// ---- the registry ------------------------------------------------------------------------------------------

/** The model task that serves an API task. */
export const TASK_MODEL: Readonly<Record<Task, ModelTask>> = { chat: 'generate', embeddings: 'embed', classify: 'classify' };

/**
 * A model in the registry. `companions`: the ids that answer the other API tasks when a client sends this
 * model's id for them (the gateway sends its chat alias `triage-small` for embeddings and classify too).
 */
export interface RegisteredModel {
  model: ServedModel;
  companions?: Partial<Record<Task, string>>;
}

export interface ModelRegistry {
  readonly models: readonly ServedModel[];
  /** The model that answers `task` for the requested id: the id's own model, or its companion for the task. */
  resolve(task: Task, id: string): ServedModel | undefined;
  /** The API tasks an id answers. */
  tasksOf(id: string): Task[];
  has(id: string): boolean;
}

/**
 * The registry of `builtIn` models with `configured` ones on top: a configured model under a built-in id
 * replaces it and keeps its companions.
 */
export function createRegistry(builtIn: readonly RegisteredModel[], configured: readonly RegisteredModel[] = []): ModelRegistry {
  const byId = new Map<string, RegisteredModel>();
  for (const r of builtIn) byId.set(r.model.id, r);
  for (const r of configured)
    byId.set(r.model.id, { model: r.model, companions: { ...byId.get(r.model.id)?.companions, ...r.companions } });
  const resolve = (task: Task, id: string): ServedModel | undefined => {
    const entry = byId.get(id);
    if (!entry) return undefined;
    if (entry.model.task === TASK_MODEL[task]) return entry.model;
    const companion = entry.companions?.[task];
    const model = companion === undefined ? undefined : byId.get(companion)?.model;
    return model?.task === TASK_MODEL[task] ? model : undefined;
  };
  return {
    models: [...byId.values()].map((r) => r.model),
    resolve,
    tasksOf: (id) => (['chat', 'embeddings', 'classify'] as const).filter((t) => resolve(t, id) !== undefined),
    has: (id) => byId.has(id),
  };
}
