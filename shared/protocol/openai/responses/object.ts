// The Response object (`object: "response"`) and its output items, in the official client's shapes
// (openai/resources/responses/responses.d.ts: Response, ResponseOutputMessage, ResponseFunctionToolCall,
// ResponseUsage). Built by from-chat.ts for an answer and by stream.ts for the stream's events. Pure.
//
// The request's settings are echoed as the API echoes them (the caller's own, to the caller). Nothing is
// stored, and the Response says so (`store: false`; a request asking for storage was refused before).
import type { FunctionTool, ResponsesRequest } from './schema.ts';

export type ResponseStatus = 'completed' | 'incomplete' | 'failed' | 'in_progress';
export type ItemStatus = 'completed' | 'incomplete' | 'in_progress';

export interface OutputTextPart {
  type: 'output_text';
  text: string;
  annotations: never[];
  logprobs: never[];
}

export interface MessageItem {
  type: 'message';
  id: string;
  role: 'assistant';
  status: ItemStatus;
  content: (OutputTextPart | { type: 'refusal'; refusal: string })[];
}

export interface FunctionCallItem {
  type: 'function_call';
  id: string;
  call_id: string;
  name: string;
  arguments: string;
  status: ItemStatus;
}

export type OutputItem = MessageItem | FunctionCallItem;

export interface ResponseUsage {
  input_tokens: number;
  input_tokens_details: { cached_tokens: number };
  output_tokens: number;
  output_tokens_details: { reasoning_tokens: number };
  total_tokens: number;
}

export interface ResponseObject {
  id: string;
  object: 'response';
  created_at: number;
  status: ResponseStatus;
  error: { code: string; message: string } | null;
  incomplete_details: { reason: 'max_output_tokens' | 'content_filter' } | null;
  model: string;
  output: OutputItem[];
  usage?: ResponseUsage;
  [echoed: string]: unknown;
}

/** Where the answer's ids come from: `resp_<base>`, and per output item `msg_<base>_<n>` / `fc_<base>_<n>`. */
export interface ResponseIds {
  base: string;
  createdAt: number;
}

export const responseId = (ids: ResponseIds) => `resp_${ids.base}`;
export const itemId = (ids: ResponseIds, kind: 'msg' | 'fc', index: number) => `${kind}_${ids.base}_${index}`;

export const textPart = (text: string): OutputTextPart => ({ type: 'output_text', text, annotations: [], logprobs: [] });

export function messageItem(id: string, text: string, status: ItemStatus): MessageItem {
  return { type: 'message', id, role: 'assistant', status, content: [textPart(text)] };
}

/** The request's settings as a Response reports them (defaults as the API's). */
export function echoedSettings(r: ResponsesRequest): Record<string, unknown> {
  return {
    instructions: r.instructions ?? null,
    max_output_tokens: r.max_output_tokens ?? null,
    metadata: r.metadata ?? {},
    parallel_tool_calls: r.parallel_tool_calls ?? true,
    temperature: r.temperature ?? null,
    text: { format: r.text?.format ?? { type: 'text' } },
    tool_choice: r.tool_choice ?? 'auto',
    tools: (r.tools ?? []).map(echoedTool),
    top_p: r.top_p ?? null,
    truncation: 'disabled',
    store: false,
    ...(r.user !== undefined ? { user: r.user } : {}),
  };
}

const echoedTool = (t: FunctionTool) => ({
  type: 'function',
  name: t.name,
  description: t.description ?? null,
  parameters: t.parameters ?? null,
  strict: t.strict ?? null,
});

export interface ResponseParts {
  status: ResponseStatus;
  model: string;
  output: OutputItem[];
  usage?: ResponseUsage | undefined;
  error?: ResponseObject['error'];
  incomplete?: ResponseObject['incomplete_details'];
}

export function responseObject(ids: ResponseIds, request: ResponsesRequest, parts: ResponseParts): ResponseObject {
  return {
    id: responseId(ids),
    object: 'response',
    created_at: ids.createdAt,
    status: parts.status,
    error: parts.error ?? null,
    incomplete_details: parts.incomplete ?? null,
    model: parts.model,
    output: parts.output,
    ...echoedSettings(request),
    ...(parts.usage ? { usage: parts.usage } : {}),
  };
}

/** Chat's `usage` → the Response's, or undefined when the answer had none (or not in chat's shape). */
export function responseUsage(usage: unknown): ResponseUsage | undefined {
  if (typeof usage !== 'object' || usage === null) return undefined;
  const u = usage as { prompt_tokens?: unknown; completion_tokens?: unknown; total_tokens?: unknown; prompt_tokens_details?: unknown };
  if (typeof u.prompt_tokens !== 'number' || typeof u.completion_tokens !== 'number') return undefined;
  const details = u.prompt_tokens_details as { cached_tokens?: unknown } | undefined;
  return {
    input_tokens: u.prompt_tokens,
    input_tokens_details: { cached_tokens: typeof details?.cached_tokens === 'number' ? details.cached_tokens : 0 },
    output_tokens: u.completion_tokens,
    output_tokens_details: { reasoning_tokens: 0 },
    total_tokens: typeof u.total_tokens === 'number' ? u.total_tokens : u.prompt_tokens + u.completion_tokens,
  };
}

/** How a chat answer's finish reason ends a Response: `length` and `content_filter` leave it incomplete. */
export function ending(finishReason: unknown): Pick<ResponseParts, 'status' | 'incomplete'> {
  if (finishReason === 'length') return { status: 'incomplete', incomplete: { reason: 'max_output_tokens' } };
  if (finishReason === 'content_filter') return { status: 'incomplete', incomplete: { reason: 'content_filter' } };
  return { status: 'completed' };
}
