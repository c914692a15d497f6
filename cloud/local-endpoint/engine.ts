// The local endpoint's model engine: the shared ONNX runner (shared/models/runner.ts) over onnxruntime-web in
// Node, with the models `npm run build:models` writes to shared/models/dist. Chat only (the cloud tier's
// generative path): OpenAI chat-completions request in, a completion or its SSE chunks out. The OpenAI serving
// itself (prompt, sampling parameters, stop sequences, completion and chunk objects) is the shared code in
// shared/models/openai-serving.ts; only the SageMaker payload parsing and loading from disk live here.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as ort from 'onnxruntime-web';
import type { Manifest } from '../../shared/models/manifest.ts';
import {
  chatParams,
  chatPrompt,
  chunkObject,
  completionObject,
  runChoice,
  type ChatParams,
  type ChoiceResult,
} from '../../shared/models/openai-serving.ts';
import { createRunner, fnv1aSeed, type Runner } from '../../shared/models/runner.ts';
import { ChatCompletionRequest } from '../../shared/protocol/openai/schema.ts';

export const DEFAULT_MODELS_DIR = join(import.meta.dirname, '..', '..', 'shared', 'models', 'dist');
const MAX_TOKENS_LIMIT = 512;

let runners = new Map<string, Runner>();

/** One runner per models directory, created on first use (one ONNX session per model inside it). */
export function loadRunner(dir = DEFAULT_MODELS_DIR): Runner {
  let r = runners.get(dir);
  if (!r) {
    const file = join(dir, 'manifest.json');
    if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build:models\``);
    const manifest = JSON.parse(readFileSync(file, 'utf8')) as Manifest;
    ort.env.wasm.numThreads = 1;
    r = createRunner(ort, manifest, async (f) => readFileSync(join(dir, f)));
    runners.set(dir, r);
  }
  return r;
}

/** For tests that need a fresh runner. */
export function resetRunners(): void {
  runners = new Map();
}

/** The container rejected the payload (SageMaker reports this to the caller as a ModelError). */
export class BadPayload extends Error {}

/** A chat completion as the container runs it: the shared generation parameters and the requested model name. */
export interface ChatJob extends ChatParams {
  model: string;
}

export function parseChat(payload: Uint8Array): ChatJob {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(payload));
  } catch {
    throw new BadPayload('payload is not JSON');
  }
  const parsed = ChatCompletionRequest.safeParse(json);
  if (!parsed.success) throw new BadPayload(`payload is not a chat completion request: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  const b = parsed.data;
  // Seeded from the prompt (the payload carries no request id): the same request gets the same answer.
  const params = chatParams(b, { requestId: '', maxTokensLimit: MAX_TOKENS_LIMIT, defaultSeed: fnv1aSeed(chatPrompt(b.messages)) });
  // One choice per invocation (the streaming framing below carries choice 0 only).
  return { ...params, n: 1, model: b.model };
}

export type ChatResult = ChoiceResult;

/** Runs the model; `onPiece` sees each piece of text as it is generated (for streaming; awaited). */
export function runChat(
  runner: Runner,
  modelId: string,
  job: ChatJob,
  onPiece?: (piece: string) => Promise<void> | void,
  signal?: AbortSignal,
): Promise<ChatResult> {
  return runChoice(runner.model(modelId), job, 0, signal ?? new AbortController().signal, onPiece);
}

export function completionBody(id: string, created: number, job: ChatJob, r: ChatResult): Record<string, unknown> {
  return completionObject({ id, created, model: job.model }, [r]);
}

export function chunkBody(
  id: string,
  created: number,
  model: string,
  delta: Record<string, unknown>,
  finishReason: string | null,
): Record<string, unknown> {
  return chunkObject({ id, created, model }, 0, delta, finishReason);
}
