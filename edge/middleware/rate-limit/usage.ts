// What an answer says it used: OpenAI's `usage` in a JSON answer, or in a stream's usage chunk, read as the
// answer passes to the client.
//
// Every chat stream is sent upstream with `stream_options.include_usage` (askForUsage, applied by run()):
// every target kind honours it (edge-local and the on-prem onnx engine through shared/models/openai-serving.ts,
// an on-prem vLLM/Ollama and openai targets as OpenAI does, lambda through its function URL and, buffered,
// through completionToSse) — so the stream ends with a chunk `{"choices":[],"usage":{…}}` and its other chunks
// carry `"usage":null`. A client that did not ask for it gets the stream as it would without the option: the
// usage chunk dropped, the `usage` field removed (meteredStream with `strip`). Events with nothing to change
// pass byte for byte.
import { encodeSse, eventObject, SseEventSplitter, SseParser, type SseEvent } from '../../../shared/protocol/openai/sse.ts';

/** Tokens an answer reported: in (prompt) and out (completion). */
export interface Usage {
  prompt: number;
  completion: number;
}

const count = (v: unknown): number | undefined => (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 ? v : undefined);

/**
 * The usage an answer (or a stream chunk) reports: chat's `prompt_tokens` + `completion_tokens`; embeddings' and
 * classify's `prompt_tokens` (+ `total_tokens`); the Responses API's `input_tokens` + `output_tokens`, also in
 * its `response.completed` event (`response.usage`). Undefined when there is none, or it is not numbers.
 */
export function usageOf(answer: unknown): Usage | undefined {
  if (typeof answer !== 'object' || answer === null) return undefined;
  const a = answer as { usage?: unknown; response?: unknown };
  const u = a.usage ?? (typeof a.response === 'object' && a.response !== null ? (a.response as { usage?: unknown }).usage : undefined);
  if (typeof u !== 'object' || u === null) return undefined;
  const r = u as Record<string, unknown>;
  const prompt = count(r.prompt_tokens) ?? count(r.input_tokens);
  if (prompt === undefined) return undefined;
  const completion = count(r.completion_tokens) ?? count(r.output_tokens) ?? Math.max(0, (count(r.total_tokens) ?? prompt) - prompt);
  return { prompt, completion };
}

/** Whether the client asked for the usage chunk itself (`stream_options.include_usage: true`). */
export function clientAskedForUsage(body: Record<string, unknown>): boolean {
  const o = body.stream_options;
  return typeof o === 'object' && o !== null && (o as { include_usage?: unknown }).include_usage === true;
}

/** The body as sent upstream: a chat stream asks for its usage chunk (see the file comment); anything else as is. */
export function askForUsage<B extends Record<string, unknown>>(task: string, stream: boolean, body: B): B {
  if (task !== 'chat' || !stream || clientAskedForUsage(body)) return body;
  const options = typeof body.stream_options === 'object' && body.stream_options !== null ? body.stream_options : {};
  return { ...body, stream_options: { ...options, include_usage: true } };
}

/**
 * The stream as the client gets it, its usage read as it passes: `done` is called once, with the last usage
 * seen (undefined if none), when the stream ends, fails or the client cancels it. `strip`: drop the usage
 * chunk and the chunks' `usage` field (the client did not ask for them).
 */
export function meteredStream(
  source: ReadableStream<Uint8Array>,
  strip: boolean,
  done: (usage: Usage | undefined) => void,
): ReadableStream<Uint8Array> {
  const reader = source.getReader();
  const events = new UsageEvents(strip);
  let finished = false;
  const finish = () => {
    if (!finished) done(events.usage);
    finished = true;
  };
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        try {
          for (;;) {
            const r = await reader.read();
            if (r.done) {
              // (an unfinished last event held back when stripping is dropped: a client's parser would discard it too)
              finish(); // before the close: the response is still running, so the settlement can be kept alive
              return controller.close();
            }
            const out = events.push(r.value);
            if (out.length > 0) return controller.enqueue(out);
          }
        } catch (err) {
          finish();
          controller.error(err);
        }
      },
      cancel(reason) {
        finish();
        return reader.cancel(reason);
      },
    },
    { highWaterMark: 0 },
  );
}

/** Reads usage off a stream's events and, with `strip`, removes it from them. */
class UsageEvents {
  usage: Usage | undefined;
  private readonly splitter = new SseEventSplitter();
  private readonly parser = new SseParser();
  private readonly decoder = new TextDecoder('utf-8');
  private readonly encoder = new TextEncoder();

  constructor(private readonly strip: boolean) {}

  /** The bytes to pass on for this chunk (whole events only, when stripping). */
  push(bytes: Uint8Array): Uint8Array {
    if (!this.strip) {
      this.read(this.parser.push(this.decoder.decode(bytes, { stream: true })));
      return bytes;
    }
    const whole = this.splitter.push(bytes);
    if (whole.length === 0) return whole;
    const evs = this.parser.push(this.decoder.decode(whole, { stream: true }));
    const kept = this.read(evs);
    return kept === evs ? whole : this.encoder.encode(kept.map(encodeSse).join(''));
  }

  /** Records the usage the events carry; with `strip`, the events without it (the same array if none changed). */
  private read(evs: SseEvent[]): SseEvent[] {
    let kept: SseEvent[] | undefined;
    evs.forEach((ev, i) => {
      const changed = this.readOne(ev);
      if (changed === ev) {
        kept?.push(ev);
        return;
      }
      kept ??= evs.slice(0, i);
      if (changed) kept.push(changed);
    });
    return kept ?? evs;
  }

  /** The event as passed on: itself, a copy without `usage`, or null (a usage-only chunk, stripped). */
  private readOne(ev: SseEvent): SseEvent | null {
    if (!ev.data.includes('"usage"') || ev.data === '[DONE]') return ev;
    const chunk = eventObject(ev.data);
    if (!chunk) return ev;
    this.usage = usageOf(chunk) ?? this.usage;
    if (!this.strip || !('usage' in chunk)) return ev;
    const { usage: _, ...rest } = chunk;
    if (Array.isArray(rest.choices) && rest.choices.length === 0) return null;
    return { ...ev, data: JSON.stringify(rest) };
  }
}
