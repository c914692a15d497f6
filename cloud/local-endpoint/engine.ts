// The local endpoint's model engine: the endpoint's served models (models.ts) answering chat, the cloud tier's
// generative path: OpenAI chat-completions request in, a completion or its SSE chunks out. The OpenAI serving
// itself (sampling parameters, completion and chunk objects) is the shared code in
// shared/models/openai-serving.ts; only the SageMaker payload parsing lives here.
import {
  chatParams,
  choiceRequest,
  chunkObject,
  completionObject,
  runChoice,
  type ChatParams,
  type ChoiceResult,
} from '../../shared/models/openai-serving.ts';
import { fnv1aSeed } from '../../shared/models/runner.ts';
import { ServingInputError, type ModelRegistry } from '../../shared/models/served.ts';
import { ChatCompletionRequest } from '../../shared/protocol/openai/schema.ts';

const MAX_TOKENS_LIMIT = 512;

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
  // Seeded from the messages (the payload carries no request id): the same request gets the same answer.
  const params = chatParams(b, { requestId: '', maxTokensLimit: MAX_TOKENS_LIMIT, defaultSeed: fnv1aSeed(JSON.stringify(b.messages)) });
  // One choice per invocation (the streaming framing below carries choice 0 only).
  return { ...params, n: 1, model: b.model };
}

export type ChatResult = ChoiceResult;

/**
 * Runs the endpoint's model; `onPiece` sees each piece of text as it is generated (for streaming; awaited). A
 * request the model cannot take (a prompt longer than its context) is a BadPayload, as the container rejects it.
 */
export function runChat(
  models: ModelRegistry,
  modelId: string,
  job: ChatJob,
  onPiece?: (piece: string) => Promise<void> | void,
  signal?: AbortSignal,
): Promise<ChatResult> {
  const model = models.resolve('chat', modelId);
  if (!model) throw new Error(`the endpoint's model ${modelId} is not loaded`);
  try {
    return runChoice(model.generate(choiceRequest(job, 0, signal ?? new AbortController().signal)), onPiece);
  } catch (err) {
    throw err instanceof ServingInputError ? new BadPayload(err.message) : err;
  }
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
