// What a request needs of the target that runs it (capability-aware routing: shared/core/policy/capabilities.ts):
// tool definitions, structured output (`response_format`), image parts, and how many tokens it may take. Read
// from the validated body's shape only — names and counts, never its text.
import type { ParsedRequest } from '../../protocol/openai/schema.ts';

/** The structured-output modes a target may or may not honour (`response_format.type`; `text` needs nothing). */
export type StructuredOutput = 'json_schema' | 'json_object';

export interface Needs {
  /** The request defines tools (or legacy `functions`) the model may call. */
  tools: boolean;
  /** `response_format` asks for JSON (a schema, or any JSON object). */
  structuredOutput?: StructuredOutput;
  /** Some message carries an image part. */
  vision: boolean;
  /** Prompt tokens (estimated) + max_tokens: the context the target must hold. */
  contextTokens: number;
}

/** Part types that carry an image: chat's `image_url`, the Responses API's `input_image`. */
const IMAGE_PARTS = new Set(['image_url', 'input_image', 'image']);

const nonEmptyList = (v: unknown) => Array.isArray(v) && v.length > 0;

function structuredOutputOf(format: unknown): StructuredOutput | undefined {
  if (format === null || typeof format !== 'object') return undefined;
  const type = (format as { type?: unknown }).type;
  return type === 'json_schema' || type === 'json_object' ? type : undefined;
}

function hasImagePart(req: ParsedRequest & { task: 'chat' }): boolean {
  return req.body.messages.some(
    (m) => Array.isArray(m.content) && m.content.some((p) => typeof p.type === 'string' && IMAGE_PARTS.has(p.type)),
  );
}

/** The needs of a request whose prompt + completion budget was estimated at `contextTokens`. */
export function requestNeeds(req: ParsedRequest, contextTokens: number): Needs {
  if (req.task !== 'chat') return { tools: false, vision: false, contextTokens };
  const body = req.body as Record<string, unknown>;
  const structuredOutput = structuredOutputOf(body.response_format);
  return {
    tools: nonEmptyList(body.tools) || nonEmptyList(body.functions),
    ...(structuredOutput ? { structuredOutput } : {}),
    vision: hasImagePart(req),
    contextTokens,
  };
}
