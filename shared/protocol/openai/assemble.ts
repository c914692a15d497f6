// A streamed chat completion (`chat.completion.chunk` events) assembled into the `chat.completion` JSON the
// same request without `stream` would have answered. The edge asks a target that has a first-byte budget
// for a stream even when the client did not (edge/execute.ts): then "first byte" means the first token for
// every chat request, and a long generation is bounded by the total budget only.
//
//   const a = new ChatCompletionAssembler();
//   for (const chunk of chunks) a.push(chunk);   // parsed JSON of each event before `data: [DONE]`
//   const completion = a.result();
//
// Per choice (by `index`, in index order): `message.role` (first seen, default "assistant"); `content`,
// `refusal` and any other string field of the delta (e.g. vLLM's `reasoning_content`) concatenated; arrays
// (e.g. `annotations`) concatenated; `tool_calls` merged by their `index` (id, type and function name from
// the first chunk that has them, `function.arguments` concatenated; the `index` key dropped, as in a
// non-streamed answer); the legacy `function_call` likewise; `audio` with `data`/`transcript` concatenated;
// `logprobs.content` / `.refusal` token lists concatenated; the last `finish_reason`. A key appears in the
// message only if some delta had it, except `content`, which is null when no delta had text (as OpenAI
// answers for a pure tool call). From the chunks: `id`, `created`, `model` of the first, the last non-null
// `usage` (the `include_usage` chunk), `service_tier` and `system_fingerprint`. Key order is OpenAI's.
// Pure: no I/O, runs in workerd and Node.

/** A chunk that cannot be part of a chat completion stream. Messages describe shape only, never content. */
export class AssemblyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AssemblyError';
  }
}

type Json = Record<string, unknown>;

interface ToolCallParts {
  id?: unknown;
  type?: unknown;
  name?: unknown;
  arguments: string;
  /** Fields of the call other than id/type/function, last value wins. */
  extra: Json;
  /** Fields of `function` other than name/arguments. */
  functionExtra: Json;
}

interface ChoiceParts {
  index: number;
  role: string | undefined;
  /** Delta fields in first-seen order (role and tool_calls kept apart). */
  fields: Map<string, unknown>;
  toolCalls: Map<number, ToolCallParts>;
  logprobs: { content: unknown[] | null; refusal: unknown[] | null } | null;
  finishReason: unknown;
}

/** Fields of a nested delta object (`audio`, `function_call`) that identify it: the first value is kept. */
const IDENTITY_KEYS = new Set(['id', 'type', 'name', 'expires_at']);

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

export class ChatCompletionAssembler {
  private id: unknown;
  private created: unknown;
  private model: unknown;
  private usage: unknown;
  private serviceTier: unknown;
  private systemFingerprint: unknown;
  private readonly choices = new Map<number, ChoiceParts>();
  private chunks = 0;

  /** One parsed `chat.completion.chunk` (the JSON of one event before `[DONE]`). */
  push(chunk: unknown): void {
    if (!isObject(chunk)) throw new AssemblyError('a stream chunk is not a JSON object');
    this.chunks++;
    if (this.id === undefined && chunk.id !== undefined) this.id = chunk.id;
    if (this.created === undefined && chunk.created !== undefined) this.created = chunk.created;
    if (this.model === undefined && chunk.model !== undefined) this.model = chunk.model;
    if (chunk.usage !== undefined && chunk.usage !== null) this.usage = chunk.usage;
    if (chunk.service_tier !== undefined && chunk.service_tier !== null) this.serviceTier = chunk.service_tier;
    if (chunk.system_fingerprint !== undefined && chunk.system_fingerprint !== null) this.systemFingerprint = chunk.system_fingerprint;
    if (chunk.choices === undefined || chunk.choices === null) return;
    if (!Array.isArray(chunk.choices)) throw new AssemblyError('a stream chunk has `choices` that is not an array');
    for (const c of chunk.choices) this.pushChoice(c);
  }

  /** The assembled `chat.completion`. Throws AssemblyError if the stream had no choice at all. */
  result(): Json {
    if (this.choices.size === 0) throw new AssemblyError(this.chunks === 0 ? 'the stream had no chunks' : 'the stream had no choices');
    const out: Json = {
      id: this.id ?? 'chatcmpl-triage',
      object: 'chat.completion',
      created: this.created ?? Math.floor(Date.now() / 1000),
      model: this.model ?? '',
      choices: [...this.choices.values()].sort((a, b) => a.index - b.index).map(choiceResult),
    };
    if (this.usage !== undefined) out.usage = this.usage;
    if (this.serviceTier !== undefined) out.service_tier = this.serviceTier;
    if (this.systemFingerprint !== undefined) out.system_fingerprint = this.systemFingerprint;
    return out;
  }

  private pushChoice(c: unknown): void {
    if (!isObject(c)) throw new AssemblyError('a choice in a stream chunk is not an object');
    const index = c.index === undefined ? 0 : c.index;
    if (typeof index !== 'number' || !Number.isSafeInteger(index) || index < 0)
      throw new AssemblyError('a choice in a stream chunk has an invalid `index`');
    let parts = this.choices.get(index);
    if (!parts)
      this.choices.set(
        index,
        (parts = { index, role: undefined, fields: new Map(), toolCalls: new Map(), logprobs: null, finishReason: null }),
      );
    if (c.delta !== undefined && c.delta !== null) {
      if (!isObject(c.delta)) throw new AssemblyError('a choice in a stream chunk has a `delta` that is not an object');
      mergeDelta(parts, c.delta);
    }
    if (c.logprobs !== undefined && c.logprobs !== null) mergeLogprobs(parts, c.logprobs);
    if (c.finish_reason !== undefined && c.finish_reason !== null) parts.finishReason = c.finish_reason;
  }
}

/** Assembles a whole list of chunks (see ChatCompletionAssembler). */
export function assembleChatCompletion(chunks: Iterable<unknown>): Json {
  const a = new ChatCompletionAssembler();
  for (const c of chunks) a.push(c);
  return a.result();
}

function mergeDelta(parts: ChoiceParts, delta: Json): void {
  for (const [key, value] of Object.entries(delta)) {
    if (key === 'role') {
      if (parts.role === undefined && typeof value === 'string' && value !== '') parts.role = value;
    } else if (key === 'tool_calls') {
      if (value === null || value === undefined) continue;
      if (!Array.isArray(value)) throw new AssemblyError('a delta has `tool_calls` that is not an array');
      value.forEach((call, position) => mergeToolCall(parts, call, position));
    } else {
      parts.fields.set(key, mergeValue(parts.fields.get(key), value));
    }
  }
}

/** Strings concatenate (null + text = text), arrays concatenate, objects merge field by field; else last wins. */
function mergeValue(prev: unknown, next: unknown): unknown {
  if (next === null || next === undefined) return prev ?? null;
  if (typeof next === 'string') return typeof prev === 'string' ? prev + next : next;
  if (Array.isArray(next)) return Array.isArray(prev) ? [...prev, ...next] : [...next];
  if (isObject(next)) {
    const out: Json = isObject(prev) ? { ...prev } : {};
    for (const [k, v] of Object.entries(next))
      out[k] = IDENTITY_KEYS.has(k) && out[k] !== undefined && out[k] !== null && out[k] !== '' ? out[k] : mergeValue(out[k], v);
    return out;
  }
  return next;
}

function mergeToolCall(parts: ChoiceParts, call: unknown, position: number): void {
  if (!isObject(call)) throw new AssemblyError('a tool call in a delta is not an object');
  // OpenAI always sends `index`; a server that omits it sends one call per position.
  const index = call.index === undefined ? position : call.index;
  if (typeof index !== 'number' || !Number.isSafeInteger(index) || index < 0)
    throw new AssemblyError('a tool call in a delta has an invalid `index`');
  let t = parts.toolCalls.get(index);
  if (!t) parts.toolCalls.set(index, (t = { arguments: '', extra: {}, functionExtra: {} }));
  for (const [k, v] of Object.entries(call)) {
    if (k === 'index' || v === null || v === undefined) continue;
    if (k === 'id') t.id ??= v === '' ? undefined : v;
    else if (k === 'type') t.type ??= v === '' ? undefined : v;
    else if (k === 'function') {
      if (!isObject(v)) throw new AssemblyError('a tool call in a delta has a `function` that is not an object');
      for (const [fk, fv] of Object.entries(v)) {
        if (fv === null || fv === undefined) continue;
        if (fk === 'name') t.name ??= fv === '' ? undefined : fv;
        else if (fk === 'arguments') {
          if (typeof fv !== 'string') throw new AssemblyError('a tool call in a delta has `function.arguments` that is not a string');
          t.arguments += fv;
        } else t.functionExtra[fk] = mergeValue(t.functionExtra[fk], fv);
      }
    } else t.extra[k] = mergeValue(t.extra[k], v);
  }
}

function mergeLogprobs(parts: ChoiceParts, logprobs: unknown): void {
  if (!isObject(logprobs)) throw new AssemblyError('a choice in a stream chunk has `logprobs` that is not an object');
  const lp = (parts.logprobs ??= { content: null, refusal: null });
  for (const key of ['content', 'refusal'] as const) {
    const v = logprobs[key];
    if (v === undefined || v === null) continue;
    if (!Array.isArray(v)) throw new AssemblyError(`a choice in a stream chunk has \`logprobs.${key}\` that is not an array`);
    lp[key] = [...(lp[key] ?? []), ...v];
  }
}

function choiceResult(parts: ChoiceParts): Json {
  const message: Json = { role: parts.role ?? 'assistant', content: parts.fields.get('content') ?? null };
  if (parts.fields.has('refusal')) message.refusal = parts.fields.get('refusal');
  for (const [k, v] of parts.fields) if (k !== 'content' && k !== 'refusal') message[k] = v;
  if (parts.toolCalls.size > 0) {
    message.tool_calls = [...parts.toolCalls.entries()]
      .sort(([a], [b]) => a - b)
      .map(([, t]) => ({
        ...(t.id !== undefined ? { id: t.id } : {}),
        type: t.type ?? 'function',
        function: { name: t.name ?? '', arguments: t.arguments, ...t.functionExtra },
        ...t.extra,
      }));
  }
  return { index: parts.index, message, logprobs: parts.logprobs, finish_reason: parts.finishReason };
}
