// Request bodies of the client API (OpenAI-compatible), validated with zod. Known fields are typed
// strictly; unknown top-level fields are let through (OpenAI adds parameters often, and clients send them).
import { z } from 'zod';

const TextPart = z.object({ type: z.literal('text'), text: z.string() });
// Non-text parts (images, audio, files) are carried through; they hold no text to scan.
const OtherPart = z.looseObject({ type: z.string().refine((t) => t !== 'text', 'a text part needs "text"') });
const ContentPart = z.union([TextPart, OtherPart]);

const ToolCall = z.looseObject({
  id: z.string().optional(),
  type: z.string().optional(),
  function: z.looseObject({ name: z.string(), arguments: z.string() }),
});

export const ChatMessage = z.looseObject({
  role: z.enum(['system', 'developer', 'user', 'assistant', 'tool', 'function']),
  content: z.union([z.string(), z.array(ContentPart), z.null()]).optional(),
  name: z.string().optional(),
  tool_calls: z.array(ToolCall).optional(),
  tool_call_id: z.string().optional(),
});

const positiveInt = z.number().int().positive();

export const ChatCompletionRequest = z.looseObject({
  model: z.string().min(1),
  messages: z.array(ChatMessage).min(1),
  max_tokens: positiveInt.nullish(),
  max_completion_tokens: positiveInt.nullish(),
  stream: z.boolean().nullish(),
  stream_options: z.object({ include_usage: z.boolean().optional() }).nullish(),
  temperature: z.number().min(0).max(2).nullish(),
  top_p: z.number().min(0).max(1).nullish(),
  n: z.number().int().min(1).max(128).nullish(),
  stop: z.union([z.string(), z.array(z.string()).max(4)]).nullish(),
  user: z.string().optional(),
  metadata: z.record(z.string(), z.string()).nullish(),
});

export const EmbeddingsRequest = z.looseObject({
  model: z.string().min(1),
  input: z.union([
    z.string(),
    z.array(z.string()).min(1),
    z.array(z.number().int()).min(1),
    z.array(z.array(z.number().int()).min(1)).min(1),
  ]),
  encoding_format: z.enum(['float', 'base64']).optional(),
  dimensions: positiveInt.optional(),
  user: z.string().optional(),
});

/** Triage's own: run an edge classifier over one or more texts. */
export const ClassifyRequest = z.looseObject({
  model: z.string().min(1),
  input: z.union([z.string(), z.array(z.string()).min(1)]),
});

export type ChatMessage = z.infer<typeof ChatMessage>;
export type ChatCompletionRequest = z.infer<typeof ChatCompletionRequest>;
export type EmbeddingsRequest = z.infer<typeof EmbeddingsRequest>;
export type ClassifyRequest = z.infer<typeof ClassifyRequest>;

/** The API's tasks: what the policy routes on and what the endpoints serve. */
export const TASKS = ['chat', 'embeddings', 'classify'] as const;
export type Task = (typeof TASKS)[number];

export const REQUEST_SCHEMAS = {
  chat: ChatCompletionRequest,
  embeddings: EmbeddingsRequest,
  classify: ClassifyRequest,
} as const;

export type RequestFor<T extends Task> = z.infer<(typeof REQUEST_SCHEMAS)[T]>;

/** A validated request body tagged with its task: what the body parser returns and every tier reads. */
export type ParsedRequest = { [T in Task]: { task: T; body: RequestFor<T> } }[Task];
