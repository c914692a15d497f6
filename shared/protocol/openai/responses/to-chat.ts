// A Responses request → the chat completions request the edge routes, scans and forwards. Every string of
// `input`, `instructions` and the tools lands in the chat body (as a chat client would have sent it), and only
// what is translated here does: the chat body is all that inspect scans and targets receive. Pure.
//
//   instructions                          → a leading system message
//   input: "text"                         → one user message
//   message items (input_text/output_text, images, files)  → messages with text (and media) parts
//   function_call items                   → the assistant message's tool_calls (consecutive calls, one turn)
//   function_call_output items            → tool messages
//   tools / tool_choice / text.format     → tools / tool_choice / response_format in chat's shape
//   max_output_tokens                     → max_tokens
import type { ChatCompletionRequest, ChatMessage } from '../schema.ts';
import type { ContentPart, FunctionTool, InputItem, ResponsesRequest } from './schema.ts';

/** A chat content part: `type` and its fields. */
type ChatPart = { type: string } & Record<string, unknown>;
type ChatToolCall = { id: string; type: 'function'; function: { name: string; arguments: string } };

export function toChatRequest(r: ResponsesRequest): ChatCompletionRequest {
  const tools = r.tools ?? [];
  return {
    model: r.model,
    messages: toChatMessages(r),
    ...(r.max_output_tokens != null ? { max_tokens: r.max_output_tokens } : {}),
    ...(r.temperature != null ? { temperature: r.temperature } : {}),
    ...(r.top_p != null ? { top_p: r.top_p } : {}),
    // Usage in the stream: response.completed carries it.
    ...(r.stream ? { stream: true, stream_options: { include_usage: true } } : {}),
    ...(tools.length > 0 ? { tools: tools.map(chatTool) } : {}),
    ...(r.tool_choice != null ? { tool_choice: chatToolChoice(r.tool_choice) } : {}),
    ...(tools.length > 0 && r.parallel_tool_calls != null ? { parallel_tool_calls: r.parallel_tool_calls } : {}),
    ...responseFormat(r.text?.format),
    ...(r.metadata != null ? { metadata: r.metadata } : {}),
    ...(r.user !== undefined ? { user: r.user } : {}),
  };
}

export function toChatMessages(r: ResponsesRequest): ChatMessage[] {
  const messages: ChatMessage[] = [];
  if (r.instructions) messages.push({ role: 'system', content: r.instructions });
  if (typeof r.input === 'string') messages.push({ role: 'user', content: r.input });
  else for (const item of r.input) appendItem(messages, item);
  return messages;
}

function appendItem(messages: ChatMessage[], item: InputItem): void {
  switch (item.type) {
    case 'message':
      // `developer` is the Responses API's name for system instructions; not every chat server knows the role.
      messages.push({ role: item.role === 'developer' ? 'system' : item.role, content: chatContent(item.content) });
      return;
    case 'function_call':
      return appendToolCall(messages, { id: item.call_id, type: 'function', function: { name: item.name, arguments: item.arguments } });
    case 'function_call_output':
      messages.push({ role: 'tool', tool_call_id: item.call_id, content: chatContent(item.output) });
  }
}

/** A call joins the assistant turn just before it (its text, or the calls made with it); else it starts one. */
function appendToolCall(messages: ChatMessage[], call: ChatToolCall): void {
  const last = messages.at(-1);
  if (last?.role === 'assistant') last.tool_calls = [...(last.tool_calls ?? []), call];
  else messages.push({ role: 'assistant', content: null, tool_calls: [call] });
}

/** One text part is sent as a string (as most chat clients send it); several, or media, as a list of parts. */
function chatContent(content: string | ContentPart[]): string | ChatPart[] {
  if (typeof content === 'string') return content;
  const parts = content.map(chatPart);
  const only = parts.length === 1 ? parts[0] : undefined;
  return only?.type === 'text' && typeof only.text === 'string' ? only.text : parts;
}

function chatPart(part: ContentPart): ChatPart {
  switch (part.type) {
    case 'input_text':
    case 'output_text':
      return { type: 'text', text: part.text };
    case 'refusal':
      return { type: 'text', text: part.refusal };
    case 'input_image': // chat's detail levels lack 'original'
      return {
        type: 'image_url',
        image_url: { url: part.image_url, ...(part.detail && part.detail !== 'original' ? { detail: part.detail } : {}) },
      };
    case 'input_file':
      return { type: 'file', file: { file_data: part.file_data, ...(part.filename !== undefined ? { filename: part.filename } : {}) } };
  }
}

function chatTool(tool: FunctionTool): Record<string, unknown> {
  const fn: Record<string, unknown> = { name: tool.name };
  if (tool.description != null) fn.description = tool.description;
  if (tool.parameters != null) fn.parameters = tool.parameters;
  if (tool.strict != null) fn.strict = tool.strict;
  return { type: 'function', function: fn };
}

function chatToolChoice(choice: NonNullable<ResponsesRequest['tool_choice']>): unknown {
  return typeof choice === 'string' ? choice : { type: 'function', function: { name: choice.name } };
}

type TextFormat = NonNullable<NonNullable<ResponsesRequest['text']>['format']>;

function responseFormat(format: TextFormat | undefined): { response_format?: unknown } {
  if (!format || format.type === 'text') return {};
  if (format.type === 'json_object') return { response_format: { type: 'json_object' } };
  const { name, schema, description, strict } = format;
  const jsonSchema = { name, schema, ...(description !== undefined ? { description } : {}), ...(strict != null ? { strict } : {}) };
  return { response_format: { type: 'json_schema', json_schema: jsonSchema } };
}
