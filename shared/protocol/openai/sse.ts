// Server-sent events (the `text/event-stream` format OpenAI streams in), per the WHATWG HTML spec's
// "event stream interpretation": lines end in `\n`, `\r\n` or `\r`; `:` starts a comment; `data:` lines
// of one event are joined with `\n`; a blank line dispatches the event. Pure and incremental: feed it
// chunks as they arrive, cut anywhere (inside a line, a multi-byte character or a `\r\n` pair).
//
// Streams that break off: an OpenAI stream is complete only when it says so (`data: [DONE]`, or an error
// event of its own). `guardOpenAiStream` passes a stream on whole event by whole event, exactly as received,
// and if the source closes early or fails it drops the partial event in flight and ends with an error event
// (`sseErrorEvent`) instead of a close that looks complete. The edge (edge/execute.ts), the on-prem node
// (onprem/middleware/infer/) and the cloud `stream` function (cloud/handlers/stream.ts) all end broken streams
// this way.

import { parseJsonOrUndefined } from '../json.ts';
import type { OpenAiErrorBody } from './errors.ts';

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
    const text = this.buf + chunk;
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

/** An event's `data` as a JSON object, or undefined (not JSON, or not an object: e.g. `[DONE]`). */
export function eventObject(data: string): Record<string, unknown> | undefined {
  const v = parseJsonOrUndefined(data);
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
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

// ---- OpenAI streams that break off ---------------------------------------------------------------------------

/**
 * The event an OpenAI stream ends with when it cannot finish: `data: {"error":{message,type,param,code}}`.
 * Why an event and not just a close: the official `openai` client (v6, `Stream.fromSSEResponse` in
 * node_modules/openai/src/core/streaming.ts) throws an `APIError` for an event whose JSON has an `error`
 * member (`if (data && data.error) throw new APIError(undefined, data.error, …)`), but a stream that merely
 * stops without `data: [DONE]` ends its iteration silently: the caller would take a cut answer for a whole one.
 */
export function sseErrorEvent(error: OpenAiErrorBody['error']): string {
  return sseData({ error: { message: error.message, type: error.type, param: error.param, code: error.code } });
}

/** An event carrying an error in OpenAI's shape (`{"error": {...}}`), as the official client recognises it. */
export function isErrorEvent(ev: SseEvent): boolean {
  if (!ev.data.includes('"error"')) return false; // cheap test first: content chunks are the bulk of a stream
  try {
    const v = JSON.parse(ev.data) as unknown;
    return typeof v === 'object' && v !== null && Boolean((v as { error?: unknown }).error);
  } catch {
    return false;
  }
}

const LF = 10;
const CR = 13;

/**
 * Cuts a byte stream at SSE event boundaries (a blank line; `\n`, `\r\n` or `\r` line ends, cut anywhere)
 * and hands back each run of whole events exactly as received; the bytes of an event not yet complete are
 * held until its blank line arrives. Concatenated, the output is a prefix of the input.
 */
export class SseEventSplitter {
  private held = new Uint8Array(0);
  /** No byte of the current line seen yet: a line end here makes a blank line (an event boundary). */
  private atLineStart = true;
  /** The last byte was `\r`: a `\n` right after it belongs to the same line end. */
  private afterCr = false;

  /** Returns the bytes of the events this chunk completed (empty if none). */
  push(chunk: Uint8Array): Uint8Array {
    if (chunk.length === 0) return chunk;
    const buf = this.held.length === 0 ? chunk : concatBytes(this.held, chunk);
    let cut = 0;
    for (let i = this.held.length; i < buf.length; i++) {
      const b = buf[i]!;
      if (b === LF && this.afterCr) {
        this.afterCr = false;
        if (cut === i) cut = i + 1; // the `\n` of a `\r\n` that ended a blank line goes with its event
        continue;
      }
      this.afterCr = b === CR;
      if (b !== LF && b !== CR) {
        this.atLineStart = false;
        continue;
      }
      if (this.atLineStart) cut = i + 1;
      this.atLineStart = true;
    }
    this.held = buf.slice(cut);
    return buf.subarray(0, cut);
  }

  /** Bytes of an unfinished event held back (dropped if the stream ends here). */
  get pending(): number {
    return this.held.length;
  }
}

function concatBytes(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/** How an OpenAI stream said it was finished: `[DONE]`, or an error event of its own. */
export type StreamEnding = 'done' | 'error';

/** Whole events out of a byte stream (SseEventSplitter + SseParser), watching for the stream's own end. */
export class OpenAiStreamFramer {
  private readonly splitter = new SseEventSplitter();
  private readonly decoder = new TextDecoder('utf-8');
  private readonly parser = new SseParser();
  /** Set once the stream said it is finished; what follows is passed on but changes nothing. */
  ending: StreamEnding | undefined;

  push(chunk: Uint8Array): { bytes: Uint8Array; events: SseEvent[] } {
    const bytes = this.splitter.push(chunk);
    if (bytes.length === 0) return { bytes, events: [] };
    // Whole events end on a line end, so the decoder never holds a split character across them.
    const events = this.parser.push(this.decoder.decode(bytes, { stream: true }));
    // The official client takes any data starting with `[DONE]` as the end (streaming.ts), so do we.
    for (const ev of events) this.ending ??= ev.data.startsWith('[DONE]') ? 'done' : isErrorEvent(ev) ? 'error' : undefined;
    return { bytes, events };
  }
}

/** How a stream broke off: it closed before saying it was finished, or reading it failed. */
export type StreamBreak = 'ended' | 'failed';

export interface OpenAiStreamGuardOptions {
  /** The error the stream ends with when it breaks off (message: what broke, never content). */
  interrupted(how: StreamBreak, err: unknown): OpenAiErrorBody['error'];
  /** Every whole event of the source, as it passes (usage accounting, first-event detection, assembly). */
  onEvent?(ev: SseEvent): void;
}

/**
 * Passes an OpenAI SSE stream on whole event by whole event as it arrives (pulled on demand: nothing is read
 * ahead of the reader beyond the event in progress). If the source closes without `[DONE]` (or an error
 * event of its own), or fails, the partial event in flight is dropped and the stream ends with
 * `sseErrorEvent(interrupted(...))` and closes — it never errors and never ends looking complete. Cancelling
 * the returned stream cancels the source.
 */
export function guardOpenAiStream(source: ReadableStream<Uint8Array>, opts: OpenAiStreamGuardOptions): ReadableStream<Uint8Array> {
  const reader = source.getReader();
  const framer = new OpenAiStreamFramer();
  const finish = (controller: ReadableStreamDefaultController<Uint8Array>, how: StreamBreak, err: unknown) => {
    if (framer.ending === undefined) controller.enqueue(new TextEncoder().encode(sseErrorEvent(opts.interrupted(how, err))));
    controller.close();
  };
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        for (;;) {
          let read: Awaited<ReturnType<typeof reader.read>>;
          try {
            read = await reader.read();
          } catch (err) {
            return finish(controller, 'failed', err);
          }
          if (read.done) return finish(controller, 'ended', undefined);
          const { bytes, events } = framer.push(read.value);
          for (const ev of events) opts.onEvent?.(ev);
          if (bytes.length > 0) return controller.enqueue(bytes);
          // only part of an event so far: read on
        }
      },
      cancel(reason) {
        return reader.cancel(reason);
      },
    },
    { highWaterMark: 0 },
  );
}
