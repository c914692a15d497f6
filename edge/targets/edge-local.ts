// `edge` target: inference inside the Worker, on onnxruntime-web (WASM): the demo models, and the Hugging Face
// folders the MODEL_FOLDERS var names in R2 (models/registry.ts; a folder under a demo id replaces it).
//
// Which model answers (the ids of the isolate's registry):
//   - chat        → the target's `model` (default policy: `triage-small-int8`, the tiny generative LM);
//   - classify / embeddings → the target's model's companion (`triage-classifier-int8`, `triage-embed-int8`
//                   for the default; `triage-classifier`, `triage-embed` for fp32 `triage-small`).
//   - A model named explicitly wins when it is a registered model of the right task: the target's `models`
//     mapping (e.g. `models: { triage-small: triage-small }` runs fp32 chat), or, for classify/embeddings,
//     the client asking for e.g. `triage-classifier` directly. A client's `triage-small` for chat is the
//     gateway alias, so the target's `model` picks the variant.
// Responses:
//   - chat: OpenAI `chat.completion` JSON; with `stream: true` an SSE stream exactly as OpenAI frames it
//     (`data: {chat.completion.chunk}` events: first `delta.role`, then content deltas, then an empty delta
//     with `finish_reason`, then — if `stream_options.include_usage` — a chunk with `choices: []` and the
//     usage (all earlier chunks then carry `"usage": null`), then `data: [DONE]`). Supports max_tokens /
//     max_completion_tokens (at most 256), temperature (0 = greedy), top_p, seed (default: derived from the
//     request id), n (≤ 8), stop; unset settings are the model's (the demo LM: 64 tokens, 0.7, 0.9, the last
//     user message; a folder: its generation_config.json and chat template). `usage` counts the model's own
//     tokens. A reader that cancels the stream stops the generation.
//   - embeddings: OpenAI's shape `{"object":"list","data":[{"object":"embedding","index","embedding"}],
//     "model","usage":{"prompt_tokens","total_tokens"}}`; `encoding_format: "base64"` (little-endian
//     float32) and `dimensions` (truncate + re-normalise) supported. Token-id inputs are not (the target
//     fails retryably, so a fallback may serve them).
//   - classify (Triage's own): `{"object":"list","model","data":[{"index","label","score","scores":
//     {"<label>": p, …}}],"usage":{"prompt_tokens","total_tokens"}}` — `scores` are the softmax
//     probabilities of every label, `label`/`score` the most likely one.
// The model that actually ran is named in the body's `model` (e.g. `triage-small-int8`).
// The OpenAI serving itself is shared with the cloud's local endpoint and the on-prem `onnx` engine
// (shared/models/openai-serving.ts); this file picks the model and maps failures to TargetErrors.
// Errors are TargetErrors: a missing or broken model is 503 retryable (a fallback may answer), an input the
// edge cannot take is 502 retryable, a client mistake (empty input, bad `dimensions`) is passed through as
// a 400 in OpenAI's error shape. A request with PII is refused (503, not retryable): only on-prem may run it.
// What the edge models would silently ignore — tools, `response_format` json_schema / json_object, image parts —
// is refused (400 `unsupported_parameter`, not retryable; x-should-retry: false) before any model loads: the
// evaluator drops an edge target for such a request (shared/core/policy/capabilities.ts), so this answers
// only a policy whose `serves` claims otherwise.
import { HfFolderError } from '../../shared/models/hf/folder.ts';
import { abortable, serve } from '../../shared/models/openai-serving.ts';
import { RunnerError } from '../../shared/models/runner.ts';
import { ServingInputError, TASK_MODEL, type ModelRegistry, type ServedModel } from '../../shared/models/served.ts';
import type { Env } from '../env.ts';
import { edgeModels, ModelFoldersError } from '../models/registry.ts';
import { ModelStoreError } from '../models/store.ts';
import { targetClient, TargetError, type TargetClient, type TargetRequest, type TargetSpecOf } from './target.ts';
import { isTimeout } from '../../shared/protocol/http/abort.ts';
import { requestNeeds } from '../../shared/core/inspect/needs.ts';
import { errors } from '../../shared/protocol/openai/errors.ts';
import type { ParsedRequest } from '../../shared/protocol/openai/schema.ts';

const MAX_TOKENS_LIMIT = 256;

type Task = TargetRequest['task'];

/** The model that serves `task` for this target (see the header). */
export function pickModel(
  spec: { model: string; models?: Record<string, string> | undefined },
  task: Task,
  upstreamModel: string,
  registry: ModelRegistry,
): ServedModel | undefined {
  const want = TASK_MODEL[task];
  const byId = (id: string) => registry.models.find((m) => m.id === id && m.task === want);
  // An explicit choice: the target's `models` mapping named it, or (classify/embeddings) the client named a
  // manifest model directly. For chat, the client's model is the gateway alias (`triage-small`): the
  // target's `model` decides which variant runs.
  const mapped = spec.models !== undefined && Object.values(spec.models).includes(upstreamModel);
  if (mapped || task !== 'chat') {
    const direct = byId(upstreamModel);
    if (direct) return direct;
  }
  if (task === 'chat') return byId(spec.model);
  // The target's chat model answers the other tasks with its companions (triage-small-int8 → triage-embed-int8).
  return registry.resolve(task, spec.model);
}

export function edgeLocalClient(name: string, spec: TargetSpecOf<'edge'>, env: Env): TargetClient<'edge'> {
  return targetClient(name, spec, async (req) => {
    checkSignal(name, req.signal);
    refuseIgnored(name, req);
    try {
      const model = pickModel(spec, req.task, req.upstreamModel, await abortable(edgeModels(env), req.signal));
      if (!model)
        throw new TargetError(`target ${name}: no ${TASK_MODEL[req.task]} model for ${req.task} (target model ${spec.model})`, 503, true);
      await abortable(model.load(), req.signal);
      checkSignal(name, req.signal);
      return await serve(model, req.task, req.body, req.stream, {
        requestId: req.requestId,
        signal: req.signal,
        tier: 'triage-edge',
        maxTokensLimit: MAX_TOKENS_LIMIT,
        streamError: (err) => toTargetError(name, err, req.signal),
      });
    } catch (err) {
      throw toTargetError(name, err, req.signal);
    }
  });
}

// ---- errors ------------------------------------------------------------------------------------------------

/** Refuses what the edge models would answer as if it were absent (the messages name the parameter only). */
function refuseIgnored(name: string, req: TargetRequest): void {
  if (req.task !== 'chat') return;
  // The body was validated for its task by the body step, so it has chat's shape.
  const needs = requestNeeds({ task: 'chat', body: req.body } as ParsedRequest, 0);
  const [param, what] = needs.tools
    ? ['tools', 'tools (function calling)']
    : needs.structuredOutput
      ? ['response_format', `response_format ${needs.structuredOutput}`]
      : needs.vision
        ? ['messages', 'image inputs']
        : [];
  if (param === undefined) return;
  const error = errors.incapable(
    `The edge model does not support ${what}; route this request to a target that does.`,
    param,
    'unsupported_parameter',
  );
  throw new TargetError(`target ${name}: ${what} not supported`, 502, false, error.toResponse());
}

function checkSignal(name: string, signal: AbortSignal): void {
  if (!signal.aborted) return;
  if (isTimeout(signal)) throw new TargetError(`target ${name}: timed out`, 504, true);
  throw signal.reason;
}

/** Any failure → TargetError (a client abort is rethrown as is, like the HTTP targets do). */
function toTargetError(name: string, err: unknown, signal: AbortSignal): unknown {
  if (err instanceof TargetError) return err;
  if (signal.aborted) {
    if (isTimeout(signal)) return new TargetError(`target ${name}: timed out`, 504, true);
    return signal.reason;
  }
  if (err instanceof ServingInputError) {
    // Token ids etc.: valid for another target, so a fallback may serve it. A client mistake goes back as a 400.
    if (err.code === 'unsupported_input') return new TargetError(`target ${name}: ${err.message}`, 502, true);
    return new TargetError(err.message, 502, false, err.toResponse());
  }
  // Models missing, broken or misconfigured: a fallback may answer.
  if (err instanceof ModelStoreError || err instanceof ModelFoldersError || err instanceof HfFolderError)
    return new TargetError(`target ${name}: ${err.message}`, 503, true);
  if (err instanceof RunnerError) return new TargetError(`target ${name}: ${err.message}`, err.code === 'bad_output' ? 502 : 503, true);
  const what = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
  return new TargetError(`target ${name}: edge inference failed (${what.slice(0, 200)})`, 502, true);
}
