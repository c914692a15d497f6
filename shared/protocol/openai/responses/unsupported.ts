// What of OpenAI's Responses API the edge does not serve, refused up front with 400 `unsupported_parameter` and
// the parameter's path in `param` — never silently dropped when dropping it would change the answer. The
// Responses API keeps state on OpenAI's side (stored responses, conversations, background runs) and has tools
// that run there (web search, file search, …); the edge answers through chat completions and stores nothing.
//
// Names are quoted only from OpenAI's own vocabulary (the lists below): a key or type a client invented is
// reported without its name, since an error body never quotes what the client sent.
import { errors } from '../errors.ts';

/** Parameters the edge translates to chat (or accepts: `store`, when it does not ask for storage). */
export const SERVED_PARAMETERS = [
  'model',
  'input',
  'instructions',
  'tools',
  'tool_choice',
  'temperature',
  'top_p',
  'max_output_tokens',
  'stream',
  'text',
  'metadata',
  'user',
  'store',
  'parallel_tool_calls',
] as const;

/** Hints that change neither where a request may go nor what it asks for; accepted and not forwarded. */
const IGNORED_HINTS = new Set([
  'service_tier',
  'prompt_cache_key',
  'prompt_cache_retention',
  'prompt_cache_options',
  'safety_identifier',
  'truncation',
  'stream_options',
]);

/** Parameters of the Responses API the edge cannot honour: refused unless absent, null, false or empty. */
const REFUSED_PARAMETERS: Record<string, string> = {
  previous_response_id: 'Responses are not stored, so there is no previous response to continue; send the whole conversation in `input`.',
  conversation: 'Conversations are not stored; send the whole conversation in `input`.',
  background: 'Background responses are not supported.',
  prompt: 'Stored prompt templates are not supported; send the prompt in `input` and `instructions`.',
  reasoning: 'Reasoning options are not supported.',
  include: 'Additional output data (`include`) is not supported.',
  top_logprobs: 'Log probabilities are not supported.',
  max_tool_calls: 'A limit on built-in tool calls is not supported.',
  context_management: 'Context management is not supported.',
  moderation: 'Moderation options are not supported.',
};

/** Input item types of the Responses API besides messages and function calls: items of built-in tools and state. */
const KNOWN_ITEM_TYPES = new Set([
  'item_reference',
  'reasoning',
  'file_search_call',
  'web_search_call',
  'computer_call',
  'computer_call_output',
  'image_generation_call',
  'code_interpreter_call',
  'local_shell_call',
  'local_shell_call_output',
  'shell_call',
  'shell_call_output',
  'apply_patch_call',
  'apply_patch_call_output',
  'mcp_list_tools',
  'mcp_approval_request',
  'mcp_approval_response',
  'mcp_call',
  'custom_tool_call',
  'custom_tool_call_output',
  'compaction',
]);

/** Built-in tool types: they run on OpenAI's side, which the edge is not. */
const KNOWN_TOOL_TYPES = new Set([
  'file_search',
  'web_search',
  'web_search_preview',
  'web_search_preview_2025_03_11',
  'web_search_2025_08_26',
  'computer_use_preview',
  'computer_use',
  'code_interpreter',
  'image_generation',
  'mcp',
  'local_shell',
  'shell',
  'custom',
  'apply_patch',
]);

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Absent in effect: what a client sends for "not set". */
const unset = (v: unknown) => v === undefined || v === null || v === false || (Array.isArray(v) && v.length === 0);

const unsupported = (message: string, param: string | null) => errors.badRequest(message, param, 'unsupported_parameter');

/** Throws 400 unsupported_parameter for the first thing in the body the edge cannot honour. */
export function refuseUnsupported(body: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(body)) {
    if ((SERVED_PARAMETERS as readonly string[]).includes(key) || IGNORED_HINTS.has(key)) continue;
    const why = Object.hasOwn(REFUSED_PARAMETERS, key) ? REFUSED_PARAMETERS[key] : undefined;
    if (why === undefined)
      throw unsupported('The request has a parameter the Responses API does not define or the edge does not serve.', null);
    if (!unset(value)) throw unsupported(`'${key}' is not supported: ${why}`, key);
  }
  // Storing is OpenAI's default, but a client that asks for it explicitly would count on a later retrieval.
  if (body.store === true)
    throw unsupported("'store' cannot be true: responses are never stored here (no retrieval by id); send false or leave it out.", 'store');
  if (Array.isArray(body.input)) body.input.forEach((item, i) => refuseItem(item, `input[${i}]`));
  if (Array.isArray(body.tools)) body.tools.forEach((tool, i) => refuseTool(tool, `tools[${i}]`));
  refuseToolChoice(body.tool_choice);
}

function refuseItem(item: unknown, at: string): void {
  if (!isObject(item)) return; // the schema names a malformed item
  const type = item.type ?? 'message';
  if (type === 'message') return refuseParts(item.content, `${at}.content`);
  if (type === 'function_call') return;
  if (type === 'function_call_output') return refuseParts(item.output, `${at}.output`);
  if (typeof type === 'string' && KNOWN_ITEM_TYPES.has(type))
    throw unsupported(
      `Input items of type '${type}' are not supported: only messages, function_call and function_call_output.`,
      `${at}.type`,
    );
  throw unsupported('An input item has a type that is not supported: only messages, function_call and function_call_output.', `${at}.type`);
}

/** Images and files by id or URL refer to storage the edge does not have (inline ones are carried as chat carries them). */
function refuseParts(content: unknown, at: string): void {
  if (!Array.isArray(content)) return;
  content.forEach((part, i) => {
    if (!isObject(part)) return;
    if (part.type === 'input_image' && !unset(part.file_id))
      throw unsupported('Images by file id are not supported (no file storage); send `image_url`.', `${at}[${i}].file_id`);
    if (part.type === 'input_file' && !unset(part.file_id))
      throw unsupported('Files by file id are not supported (no file storage); send `file_data`.', `${at}[${i}].file_id`);
    if (part.type === 'input_file' && !unset(part.file_url))
      throw unsupported('Files by URL are not supported (the edge fetches nothing); send `file_data`.', `${at}[${i}].file_url`);
    if (part.type === 'input_audio') throw unsupported("Content parts of type 'input_audio' are not supported.", `${at}[${i}].type`);
  });
}

function refuseTool(tool: unknown, at: string): void {
  if (!isObject(tool) || tool.type === 'function') return;
  if (typeof tool.type === 'string' && KNOWN_TOOL_TYPES.has(tool.type))
    throw unsupported(`Built-in tools ('${tool.type}') are not supported: only tools of type 'function'.`, `${at}.type`);
  throw unsupported("A tool has a type that is not supported: only tools of type 'function'.", `${at}.type`);
}

function refuseToolChoice(choice: unknown): void {
  if (!isObject(choice) || choice.type === 'function') return;
  throw unsupported("Only 'none', 'auto', 'required' or a function ({type: 'function', name}) can be chosen.", 'tool_choice');
}
