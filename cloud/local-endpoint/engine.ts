// The local endpoint's model engine: the shared ONNX runner (shared/models/runner.ts) over onnxruntime-web in
// Node, with the models `npm run build:models` writes to shared/models/dist. Chat only (the cloud tier's
// generative path): OpenAI chat-completions request in, a completion or its SSE chunks out.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as ort from 'onnxruntime-web';
import type { Manifest } from '../../shared/models/manifest.ts';
import { createRunner, fnv1aSeed, type Runner } from '../../shared/models/runner.ts';
import { ChatCompletionRequest } from '../../shared/openai/schema.ts';

export const DEFAULT_MODELS_DIR = join(import.meta.dirname, '..', '..', 'shared', 'models', 'dist');
const DEFAULT_MAX_TOKENS = 64;
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

export interface ChatJob {
  model: string;
  prompt: string;
  maxTokens: number;
  temperature: number;
  topP: number;
  seed: number;
  includeUsage: boolean;
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
  const text = (c: unknown): string =>
    typeof c === 'string' ? c
    : Array.isArray(c) ? c.map((p: { type?: unknown; text?: unknown }) => (p.type === 'text' && typeof p.text === 'string' ? p.text : '')).join(' ')
    : '';
  // The LM is conditioned on what the user asked last, as the edge's own engine does.
  const lastUser = [...b.messages].reverse().find((m) => m.role === 'user');
  const prompt = lastUser ? text(lastUser.content) : b.messages.map((m) => text(m.content)).join('\n');
  const seed = typeof b.seed === 'number' && Number.isFinite(b.seed) ? b.seed : fnv1aSeed(prompt);
  return {
    model: b.model,
    prompt,
    maxTokens: Math.max(1, Math.min(MAX_TOKENS_LIMIT, b.max_completion_tokens ?? b.max_tokens ?? DEFAULT_MAX_TOKENS)),
    temperature: b.temperature ?? 0.7,
    topP: b.top_p ?? 0.9,
    seed,
    includeUsage: b.stream_options?.include_usage === true,
  };
}

export interface ChatResult {
  text: string;
  finishReason: 'stop' | 'length';
  promptTokens: number;
  completionTokens: number;
}

/** Runs the model; `onPiece` sees each piece as it is generated (for streaming). */
export async function runChat(runner: Runner, modelId: string, job: ChatJob, onPiece?: (piece: string) => Promise<void> | void, signal?: AbortSignal): Promise<ChatResult> {
  const gen = runner.model(modelId).generate(job.prompt, {
    maxTokens: job.maxTokens, temperature: job.temperature, topP: job.topP, seed: job.seed, ...(signal ? { signal } : {}),
  });
  let text = '';
  for await (const piece of gen) {
    text += piece;
    if (onPiece) await onPiece(piece);
  }
  return { text, finishReason: gen.finishReason ?? 'length', promptTokens: gen.promptTokens, completionTokens: gen.completionTokens };
}

export function completionBody(id: string, created: number, job: ChatJob, r: ChatResult): Record<string, unknown> {
  return {
    id,
    object: 'chat.completion',
    created,
    model: job.model,
    choices: [{ index: 0, message: { role: 'assistant', content: r.text }, logprobs: null, finish_reason: r.finishReason }],
    usage: { prompt_tokens: r.promptTokens, completion_tokens: r.completionTokens, total_tokens: r.promptTokens + r.completionTokens },
  };
}

export function chunkBody(id: string, created: number, model: string, delta: Record<string, unknown>, finishReason: string | null): Record<string, unknown> {
  return { id, object: 'chat.completion.chunk', created, model, choices: [{ index: 0, delta, logprobs: null, finish_reason: finishReason }] };
}
