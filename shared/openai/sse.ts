// Server-sent events (the `text/event-stream` format OpenAI streams in), per the WHATWG HTML spec's
// "event stream interpretation": lines end in `\n`, `\r\n` or `\r`; `:` starts a comment; `data:` lines
// of one event are joined with `\n`; a blank line dispatches the event. Pure and incremental: feed it
// chunks as they arrive, cut anywhere (inside a line, a multi-byte character or a `\r\n` pair).
//
// Targets pass upstream streams through byte for byte; this parser is for the places that must look
// inside a stream (tests, the cloud/on-prem tiers, converting a buffered completion into chunks).

export interface SseEvent {
  /** The `event:` field; absent for the default type ("message"). OpenAI never sets it. */
  event?: string;
  /** The `data:` lines joined with `\n`. */
  data: string;
  /** The `id:` field of this event (the browser's last-event-id carries over; track it yourself if needed). */
  id?: string;
  retry?: number;
}

/** Incremental parser over text. `push` returns the events completed by the chunk; `end` flushes. */
export class SseParser {
  private buf = '';
  /** The previous chunk ended in `\r`: a `\n` at the start of the next one belongs to it. */
  private pendingCr = false;
  private data: string[] = [];
  private event: string | undefined;
  private id: string | undefined;
  private retry: number | undefined;
  private first = true;

  push(chunk: string): SseEvent[] {
    if (this.first && chunk.length > 0) {
      this.first = false;
      if (chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1); // a leading BOM is ignored
    }
    if (chunk.length === 0) return [];
    if (this.pendingCr && chunk.charCodeAt(0) === 10) chunk = chunk.slice(1);
    this.pendingCr = false;
    const out: SseEvent[] = [];
    let text = this.buf + chunk;
    let start = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c !== 10 && c !== 13) continue;
      this.line(text.slice(start, i), out);
      if (c === 13) {
        if (i + 1 < text.length) {
          if (text.charCodeAt(i + 1) === 10) i++;
        } else {
          this.pendingCr = true;
        }
      }
      start = i + 1;
    }
    this.buf = text.slice(start);
    text = '';
    return out;
  }

  /** End of stream: an unterminated last event is discarded, as the spec says. */
  end(): SseEvent[] {
    this.buf = '';
    this.data = [];
    this.event = this.id = undefined;
    this.retry = undefined;
    return [];
  }

  private line(line: string, out: SseEvent[]): void {
    if (line === '') {
      if (this.data.length > 0) {
        const ev: SseEvent = { data: this.data.join('\n') };
        if (this.event !== undefined) ev.event = this.event;
        if (this.id !== undefined) ev.id = this.id;
        if (this.retry !== undefined) ev.retry = this.retry;
        out.push(ev);
      }
      this.data = [];
      this.event = this.id = undefined;
      this.retry = undefined;
      return;
    }
    if (line.charCodeAt(0) === 58 /* : */) return; // comment (keep-alive)
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? '' : line.slice(colon + 1);
    if (value.charCodeAt(0) === 32) value = value.slice(1);
    switch (field) {
      case 'data':
        this.data.push(value);
        break;
      case 'event':
        this.event = value;
        break;
      case 'id':
        if (!value.includes('\0')) this.id = value;
        break;
      case 'retry':
        if (/^\d+$/.test(value)) this.retry = Number(value);
        break;
      default: // unknown fields are ignored
    }
  }
}

/** Parses a byte stream into events as they arrive (UTF-8, split characters handled). */
export async function* parseSseStream(stream: ReadableStream<Uint8Array>): AsyncGenerator<SseEvent> {
  const parser = new SseParser();
  const decoder = new TextDecoder('utf-8');
  const reader = stream.getReader();
  let finished = false;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      yield* parser.push(decoder.decode(value, { stream: true }));
    }
    finished = true;
    yield* parser.push(decoder.decode());
    parser.end();
  } finally {
    // the consumer stopped early (break/return/throw): cancel the source instead of leaving it hanging
    if (!finished) await reader.cancel().catch(() => {});
    reader.releaseLock();
  }
}

/** Parses a whole SSE text (tests, buffered bodies). */
export function parseSse(text: string): SseEvent[] {
  const p = new SseParser();
  return p.push(text);
}

/** Encodes one event. Multi-line data becomes several `data:` lines; the event ends with a blank line. */
export function encodeSse(ev: SseEvent | string): string {
  if (typeof ev === 'string') ev = { data: ev };
  let s = '';
  if (ev.event !== undefined) s += `event: ${noNewlines(ev.event)}\n`;
  if (ev.id !== undefined) s += `id: ${noNewlines(ev.id)}\n`;
  if (ev.retry !== undefined) s += `retry: ${Math.max(0, Math.floor(ev.retry))}\n`;
  for (const line of ev.data.split(/\r\n|\r|\n/)) s += `data: ${line}\n`;
  return s + '\n';
}

/** An SSE comment (keep-alive): `: text\n\n`. */
export function encodeSseComment(text = ''): string {
  return `: ${noNewlines(text)}\n\n`;
}

function noNewlines(s: string): string {
  if (/[\r\n]/.test(s)) throw new Error('SSE field values must not contain line breaks');
  return s;
}

/** OpenAI's stream framing: one JSON object per event, `data: {...}\n\n`. */
export function sseData(obj: unknown): string {
  return `data: ${JSON.stringify(obj)}\n\n`;
}

/** The end of an OpenAI stream. */
export const SSE_DONE = 'data: [DONE]\n\n';

export const SSE_HEADERS: Readonly<Record<string, string>> = {
  'content-type': 'text/event-stream; charset=utf-8',
  'cache-control': 'no-cache',
};

/** What an OpenAI event's data is: a JSON chunk, or the `[DONE]` sentinel. */
export function openAiChunk(ev: SseEvent): { done: true } | { done: false; chunk: unknown } {
  if (ev.data === '[DONE]') return { done: true };
  return { done: false, chunk: JSON.parse(ev.data) as unknown };
}

interface CompletionChoice {
  index?: number;
  message?: { role?: string; content?: unknown; tool_calls?: unknown; refusal?: unknown };
  finish_reason?: unknown;
  logprobs?: unknown;
}

/**
 * Turns a buffered `chat.completion` into the stream OpenAI would have sent for it: per choice a chunk
 * with the role and the whole content, then one with the finish reason, a usage chunk if asked for
 * (`stream_options.include_usage`), then `[DONE]`. For targets that cannot stream (Lambda without a
 * function URL).
 */
export function completionToSse(completion: Record<string, unknown>, opts: { includeUsage?: boolean } = {}): string {
  const base = {
    id: completion.id ?? 'chatcmpl-triage',
    object: 'chat.completion.chunk',
    created: completion.created ?? Math.floor(Date.now() / 1000),
    model: completion.model ?? '',
    ...(completion.system_fingerprint !== undefined ? { system_fingerprint: completion.system_fingerprint } : {}),
  };
  const choices = Array.isArray(completion.choices) ? (completion.choices as CompletionChoice[]) : [];
  let out = '';
  choices.forEach((c, i) => {
    const index = c.index ?? i;
    const delta: Record<string, unknown> = { role: c.message?.role ?? 'assistant' };
    if (c.message?.content !== undefined) delta.content = c.message.content;
    if (c.message?.tool_calls !== undefined) {
      delta.tool_calls = Array.isArray(c.message.tool_calls)
        ? c.message.tool_calls.map((t: unknown, k: number) => ({ index: k, ...(t as object) }))
        : c.message.tool_calls;
    }
    if (c.message?.refusal !== undefined) delta.refusal = c.message.refusal;
    out += sseData({ ...base, choices: [{ index, delta, logprobs: c.logprobs ?? null, finish_reason: null }] });
    out += sseData({ ...base, choices: [{ index, delta: {}, logprobs: null, finish_reason: c.finish_reason ?? 'stop' }] });
  });
  if (opts.includeUsage && completion.usage !== undefined) out += sseData({ ...base, choices: [], usage: completion.usage });
  return out + SSE_DONE;
}
