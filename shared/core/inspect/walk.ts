// Every piece of a JSON request body that carries content, in document order: each string value and each
// object key, in known fields and unknown ones alike (what is forwarded is what is walked — the targets send
// the body as it was parsed). What cannot be read as text is not skipped but named (unscanned.ts): media
// parts, `data:` URLs of binary types, token-id arrays, number vectors, anything nested too deep to follow.
//
// Words of the API's own vocabulary (`role`, `user`, `content`, `type`, `function`, JSON-schema keywords …)
// are left out of the texts: they are fixed by the protocol and carry nothing, and leaving them out keeps a
// value split over two messages adjacent in the joined text the scanner also reads (scan.ts).
// Pure and synchronous.
import { MAX_JSON_DEPTH } from '../../protocol/http/body.ts';
import { asText, base64Bytes } from './bytes.ts';
import type { UnscannedKind } from './unscanned.ts';

export interface WalkedBody {
  /** Content-bearing strings in document order (keys before their values). */
  texts: string[];
  /**
   * The conversation's strings in order — the values (not keys) under `messages`, or a top-level `input`,
   * `prompt` or `instructions`: where one value may be split over two texts (scan.ts joins these).
   */
  conversation: string[];
  /** Kinds of content met that cannot be read as text. */
  unscanned: Set<UnscannedKind>;
}

/**
 * Deeper than this is not followed: whatever lies below counts as unreadable (`binary`). The request parsers
 * refuse deeper bodies anyway; a payload checked by a tier (scanPayload) may come from elsewhere.
 */
export const MAX_WALK_DEPTH = MAX_JSON_DEPTH;

export function walkBody(body: unknown): WalkedBody {
  const walked: WalkedBody = { texts: [], conversation: [], unscanned: new Set() };
  walkValue(body, undefined, 0, walked, false);
  return walked;
}

/** Top-level fields that hold the conversation. */
const CONVERSATION_FIELDS = new Set(['messages', 'input', 'prompt', 'instructions']);

function walkValue(v: unknown, key: string | undefined, depth: number, out: WalkedBody, inConversation: boolean): void {
  if (depth > MAX_WALK_DEPTH) {
    out.unscanned.add('binary');
    return;
  }
  if (typeof v === 'string') return walkString(v, depth, out, inConversation);
  if (typeof v === 'number') {
    // Sampling and size parameters are small numbers by nature; a large one (a `seed` of 16 digits) could be
    // an identifier, and a number anywhere else is content.
    if (key === undefined || !NUMERIC_PARAMETERS.has(key) || Math.abs(v) >= SETTING_LIMIT) addText(String(v), out, inConversation);
    return;
  }
  if (Array.isArray(v)) return walkArray(v, depth, out, inConversation);
  if (typeof v === 'object' && v !== null) return walkObject(v as Record<string, unknown>, depth, out, inConversation);
  // booleans and null carry nothing
}

function addText(text: string, out: WalkedBody, inConversation: boolean): void {
  out.texts.push(text);
  if (inConversation && !EMPTY_STRUCTURE.test(text)) out.conversation.push(text);
}

/** Arguments of a tool call without any ("{}"): nothing a value could be split over. */
const EMPTY_STRUCTURE = /^[\s{}[\]]*$/;

function walkArray(items: readonly unknown[], depth: number, out: WalkedBody, inConversation: boolean): void {
  const kind = numberArrayKind(items);
  if (kind) {
    out.unscanned.add(kind);
    return;
  }
  for (const item of items) walkValue(item, undefined, depth + 1, out, inConversation);
}

/** Two or more numbers: integers are token ids, anything else a vector — neither reads as text. */
function numberArrayKind(items: readonly unknown[]): UnscannedKind | undefined {
  if (items.length < 2 || !items.every((x) => typeof x === 'number')) return undefined;
  return items.every((x) => Number.isInteger(x)) ? 'token_ids' : 'binary';
}

function walkObject(obj: Record<string, unknown>, depth: number, out: WalkedBody, inConversation: boolean): void {
  const media = mediaKindOf(obj);
  if (media) out.unscanned.add(media);
  const keys = Object.keys(obj);
  if (isTokenMap(obj, keys)) {
    out.unscanned.add('token_ids');
    return;
  }
  for (const k of keys) {
    if (!VOCABULARY.has(k)) out.texts.push(k);
    const conversation = STRUCTURE_KEYS.has(k) ? false : inConversation || (depth === 0 && CONVERSATION_FIELDS.has(k));
    walkValue(obj[k], k, depth + 1, out, conversation);
  }
}

/** `{"1234": 5, "987": -100}` — token id → number, as `logit_bias` has it: ids steer what the model writes. */
function isTokenMap(obj: Record<string, unknown>, keys: readonly string[]): boolean {
  return keys.length > 0 && keys.every((k) => /^\d+$/.test(k) && typeof obj[k] === 'number');
}

// A content part says what it is in `type`: "image_url", "input_image", "input_audio", "file", "input_file",
// "video_url" … Named by what the type is about, so a new part type of a known medium counts too.
const MEDIA_TYPES: readonly [RegExp, UnscannedKind][] = [
  [/image/i, 'image'],
  [/audio|speech|voice/i, 'audio'],
  [/video/i, 'video'],
  [/file|document|pdf/i, 'file'],
];

function mediaKindOf(obj: Record<string, unknown>): UnscannedKind | undefined {
  const type = obj.type;
  if (typeof type !== 'string') return undefined;
  for (const [pattern, kind] of MEDIA_TYPES) if (pattern.test(type)) return kind;
  return undefined;
}

function walkString(s: string, depth: number, out: WalkedBody, inConversation: boolean): void {
  if (s.length === 0 || VOCABULARY.has(s)) return;
  const url = parseDataUrl(s);
  if (url) return walkDataUrl(url, out, inConversation);
  addText(s, out, inConversation);
  walkEmbeddedJson(s, depth, out);
}

// JSON inside a string (a tool call's `arguments`, a serialized record): its strings read differently parsed —
// escapes decoded ("A\\nS\\nI…" is one letter a line), each string a text of its own (a sentence written
// backwards starts with its full stop). Walked as well, beside the string as sent.
function walkEmbeddedJson(s: string, depth: number, out: WalkedBody): void {
  const t = s.trim();
  const open = t[0];
  if (t.length < 4 || (open !== '{' && open !== '[') || t[t.length - 1] !== (open === '{' ? '}' : ']')) return;
  let parsed: unknown;
  try {
    parsed = JSON.parse(s);
  } catch {
    return; // not JSON after all
  }
  walkValue(parsed, undefined, depth + 1, out, false);
}

/**
 * Scanned, but no piece of the conversation: a part's `type` (its kind, even an unknown one), and the ids and
 * function names between two tool results ("…number: 434-28-", then a tool call's `call_2`,
 * `update_customer`, then "2453.") — so the two results meet.
 */
const STRUCTURE_KEYS = new Set(['type', 'id', 'tool_call_id', 'call_id', 'name']);

// ---- data: URLs ---------------------------------------------------------------------------------------------

interface DataUrl {
  mime: string;
  base64: boolean;
  data: string;
}

const DATA_URL = /^data:([^,;]*)((?:;[^,;]*)*),/i;

function parseDataUrl(s: string): DataUrl | undefined {
  if (s.length < 5 || (s.charCodeAt(0) | 32) !== 100 /* d */) return undefined;
  const m = DATA_URL.exec(s);
  if (!m) return undefined;
  return { mime: (m[1] || 'text/plain').trim().toLowerCase(), base64: /;base64/i.test(m[2]!), data: s.slice(m[0].length) };
}

/** Media types of documents (as opposed to bytes of no particular kind). */
const DOCUMENT_MIME = /^application\/(pdf|msword|rtf|epub|vnd\.|zip|x-zip|gzip|x-tar)/;

/**
 * A `data:` URL is read when its payload is text, whatever type it declares (the text is walked like any
 * other); an image, audio or video payload, or bytes that are not text, are named as such.
 */
function walkDataUrl(url: DataUrl, out: WalkedBody, inConversation: boolean): void {
  const media = /^image\//.test(url.mime) ? 'image' : /^audio\//.test(url.mime) ? 'audio' : /^video\//.test(url.mime) ? 'video' : undefined;
  if (media) {
    out.unscanned.add(media);
    return;
  }
  const text = dataUrlText(url);
  if (text !== undefined) addText(text, out, inConversation);
  else out.unscanned.add(DOCUMENT_MIME.test(url.mime) ? 'file' : 'binary');
}

function dataUrlText(url: DataUrl): string | undefined {
  if (!url.base64) {
    try {
      return decodeURIComponent(url.data);
    } catch {
      return url.data;
    }
  }
  const bytes = base64Bytes(url.data.replace(/\s+/g, ''));
  return bytes && asText(bytes);
}

// ---- the API's own words -----------------------------------------------------------------------------------

/** A setting's value below this is a setting; at or above it the number is scanned like any other. */
const SETTING_LIMIT = 100_000;

/** Request parameters whose numbers are settings, not content. */
const NUMERIC_PARAMETERS = new Set([
  'max_tokens',
  'max_completion_tokens',
  'max_output_tokens',
  'temperature',
  'top_p',
  'top_k',
  'min_p',
  'n',
  'seed',
  'presence_penalty',
  'frequency_penalty',
  'repetition_penalty',
  'top_logprobs',
  'logprobs',
  'dimensions',
  'best_of',
  'length_penalty',
  'max_tool_calls',
  'index',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'minLength',
  'maxLength',
  'minItems',
  'maxItems',
  'multipleOf',
  'minProperties',
  'maxProperties',
]);

/**
 * Field names and enum values of the OpenAI API, and JSON-schema keywords (tools and response formats carry
 * schemas). Fixed by the protocol, so they carry no one's data.
 */
const VOCABULARY = new Set([
  // request and message fields
  'model',
  'messages',
  'role',
  'content',
  'name',
  'tool_calls',
  'tool_call_id',
  'function_call',
  'functions',
  'tools',
  'tool_choice',
  'parallel_tool_calls',
  'response_format',
  'stream',
  'stream_options',
  'include_usage',
  'stop',
  'user',
  'metadata',
  'store',
  'modalities',
  'audio',
  'prediction',
  'reasoning_effort',
  'service_tier',
  'logit_bias',
  'input',
  'encoding_format',
  'instructions',
  'refusal',
  'annotations',
  'id',
  'arguments',
  'function',
  'type',
  'text',
  'image_url',
  'url',
  'detail',
  'input_audio',
  'data',
  'format',
  'file',
  'file_id',
  'file_data',
  'filename',
  'json_schema',
  'schema',
  'strict',
  'description',
  'parameters',
  'web_search_options',
  'verbosity',
  'safety_identifier',
  'prompt_cache_key',
  ...NUMERIC_PARAMETERS,
  // enum values
  'system',
  'developer',
  'user',
  'assistant',
  'tool',
  'auto',
  'none',
  'required',
  'json_object',
  'low',
  'high',
  'medium',
  'minimal',
  'float',
  'base64',
  'default',
  'flex',
  'priority',
  'input_text',
  'output_text',
  'input_image',
  'input_file',
  'wav',
  'mp3',
  'chat',
  'embeddings',
  'classify',
  // JSON schema
  'object',
  'string',
  'integer',
  'number',
  'boolean',
  'array',
  'null',
  'properties',
  'items',
  'enum',
  'const',
  'additionalProperties',
  'anyOf',
  'oneOf',
  'allOf',
  'not',
  '$ref',
  '$defs',
  'definitions',
  'title',
  'examples',
  'pattern',
  'patternProperties',
  'uniqueItems',
  'nullable',
  'date',
  'date-time',
  'email',
  'uri',
  'uuid',
]);
