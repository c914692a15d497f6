import OpenAI from 'openai';
import { describe, expect, it } from 'vitest';
import {
  OpenAiStreamFramer,
  SSE_DONE,
  SSE_HEADERS,
  SseEventSplitter,
  SseParser,
  completionToSse,
  encodeSse,
  encodeSseComment,
  guardOpenAiStream,
  isErrorEvent,
  openAiChunk,
  parseSse,
  parseSseStream,
  sseData,
  sseErrorEvent,
  type StreamBreak,
} from './sse.ts';

function streamOf(chunks: (string | Uint8Array)[]): ReadableStream<Uint8Array> {
  const enc = new TextEncoder();
  return new ReadableStream({
    start(c) {
      for (const ch of chunks) c.enqueue(typeof ch === 'string' ? enc.encode(ch) : ch);
      c.close();
    },
  });
}

async function collect(s: ReadableStream<Uint8Array>) {
  const out = [];
  for await (const ev of parseSseStream(s)) out.push(ev);
  return out;
}

describe('SseParser', () => {
  const text = 'data: {"a":1}\n\n: keep-alive\n\nevent: ping\nid: 7\nretry: 1500\ndata: line one\ndata:line two\n\ndata: [DONE]\n\n';
  const expected = [{ data: '{"a":1}' }, { event: 'ping', id: '7', retry: 1500, data: 'line one\nline two' }, { data: '[DONE]' }];

  it('parses events, comments, multi-line data and fields', () => {
    expect(parseSse(text)).toEqual(expected);
  });

  it('gives the same events however the text is cut (every split point, one char at a time)', () => {
    for (let cut = 0; cut <= text.length; cut++) {
      const p = new SseParser();
      expect([...p.push(text.slice(0, cut)), ...p.push(text.slice(cut))]).toEqual(expected);
    }
    const p = new SseParser();
    expect([...text].flatMap((ch) => p.push(ch))).toEqual(expected);
  });

  it('accepts \\r\\n and \\r line ends, also when \\r\\n is split across chunks', () => {
    const crlf = text.replace(/\n/g, '\r\n');
    const cr = text.replace(/\n/g, '\r');
    expect(parseSse(crlf)).toEqual(expected);
    expect(parseSse(cr)).toEqual(expected);
    for (let cut = 0; cut <= crlf.length; cut++) {
      const p = new SseParser();
      expect([...p.push(crlf.slice(0, cut)), ...p.push(''), ...p.push(crlf.slice(cut))]).toEqual(expected);
    }
  });

  it('ignores a leading BOM, unknown fields, events without data, and an unterminated last event', () => {
    expect(parseSse('\ufeffdata: x\n\nfoo: bar\nevent: e\n\ndata: y\ndata')).toEqual([{ data: 'x' }]);
    expect(parseSse('data\n\n')).toEqual([{ data: '' }]);
    expect(parseSse('data:  two spaces\n\n')).toEqual([{ data: ' two spaces' }]);
  });

  it('decodes a byte stream with multi-byte characters split between chunks', async () => {
    const bytes = new TextEncoder().encode('data: grüße 👋\n\ndata: [DONE]\n\n');
    const chunks = [bytes.slice(0, 9), bytes.slice(9, 16), bytes.slice(16)];
    expect(await collect(streamOf(chunks))).toEqual([{ data: 'grüße 👋' }, { data: '[DONE]' }]);
  });
});

describe('encoding', () => {
  it('round-trips events, splitting multi-line data into data lines', () => {
    const evs = [{ data: 'a\nb\r\nc' }, { event: 'x', id: '1', retry: 10, data: '' }];
    const text = evs.map((e) => encodeSse(e)).join('') + encodeSseComment('hi');
    expect(text).toBe('data: a\ndata: b\ndata: c\n\nevent: x\nid: 1\nretry: 10\ndata: \n\n: hi\n\n');
    expect(parseSse(text)).toEqual([{ data: 'a\nb\nc' }, { event: 'x', id: '1', retry: 10, data: '' }]);
    expect(() => encodeSse({ event: 'a\nb', data: '' })).toThrow(/line breaks/);
  });

  it('frames OpenAI chunks and [DONE]', () => {
    expect(sseData({ a: 1 })).toBe('data: {"a":1}\n\n');
    expect(SSE_DONE).toBe('data: [DONE]\n\n');
    const [a, done] = parseSse(sseData({ a: 1 }) + SSE_DONE);
    expect(openAiChunk(a!)).toEqual({ done: false, chunk: { a: 1 } });
    expect(openAiChunk(done!)).toEqual({ done: true });
  });

  it('turns a buffered chat completion into the chunks OpenAI would stream', () => {
    const completion = {
      id: 'c1',
      object: 'chat.completion',
      created: 5,
      model: 'm',
      choices: [{ index: 0, message: { role: 'assistant', content: 'Hi there' }, finish_reason: 'stop' }],
      usage: { prompt_tokens: 3, completion_tokens: 2, total_tokens: 5 },
    };
    const evs = parseSse(completionToSse(completion, { includeUsage: true }));
    expect(evs.at(-1)).toEqual({ data: '[DONE]' });
    const chunks = evs.slice(0, -1).map((e) => JSON.parse(e.data));
    expect(chunks).toEqual([
      {
        id: 'c1',
        object: 'chat.completion.chunk',
        created: 5,
        model: 'm',
        choices: [{ index: 0, delta: { role: 'assistant', content: 'Hi there' }, logprobs: null, finish_reason: null }],
      },
      {
        id: 'c1',
        object: 'chat.completion.chunk',
        created: 5,
        model: 'm',
        choices: [{ index: 0, delta: {}, logprobs: null, finish_reason: 'stop' }],
      },
      { id: 'c1', object: 'chat.completion.chunk', created: 5, model: 'm', choices: [], usage: completion.usage },
    ]);
  });
});

describe('parseSseStream', () => {
  it('cancels the source when the consumer stops early', async () => {
    let cancelled = false;
    const s = new ReadableStream<Uint8Array>({
      pull(c) {
        c.enqueue(new TextEncoder().encode('data: x\n\n'));
      },
      cancel() {
        cancelled = true;
      },
    });
    for await (const ev of parseSseStream(s)) {
      expect(ev).toEqual({ data: 'x' });
      break;
    }
    expect(cancelled).toBe(true);
  });
});

// ---- streams that break off ----------------------------------------------------------------------------------

const enc = new TextEncoder();
const dec = new TextDecoder();
const chunkEvent = (content: string) =>
  sseData({
    id: 'c1',
    object: 'chat.completion.chunk',
    created: 1,
    model: 'm',
    choices: [{ index: 0, delta: { content }, logprobs: null, finish_reason: null }],
  });
/** A realistic OpenAI stream: role, a keep-alive comment, content (with a multi-byte character), finish, [DONE]. */
const STREAM = chunkEvent('') + ': keep-alive\n\n' + chunkEvent('Grüße 👋') + chunkEvent(' from the model') + SSE_DONE;

/** A source the test feeds piece by piece, and can end or fail at any point. */
function controlledSource() {
  let ctl!: ReadableStreamDefaultController<Uint8Array>;
  let cancelled: unknown = 'not cancelled';
  const stream = new ReadableStream<Uint8Array>({
    start(c) {
      ctl = c;
    },
    cancel(reason) {
      cancelled = reason;
    },
  });
  return {
    stream,
    write: (b: string | Uint8Array) => ctl.enqueue(typeof b === 'string' ? enc.encode(b) : b),
    end: () => ctl.close(),
    fail: (e: unknown) => ctl.error(e),
    get cancelled() {
      return cancelled;
    },
  };
}

/**
 * A source that hands out `steps` one per read: bytes, or an Error that fails it there (after the reader has
 * had everything before it — `controller.error()` would discard chunks still queued). Closes after the last.
 */
function scriptedSource(steps: (string | Error)[]): ReadableStream<Uint8Array> {
  const queue = [...steps];
  return new ReadableStream<Uint8Array>(
    {
      pull(c) {
        const step = queue.shift();
        if (step === undefined) c.close();
        else if (step instanceof Error) c.error(step);
        else c.enqueue(enc.encode(step));
      },
    },
    { highWaterMark: 0 },
  );
}

const INTERRUPTED = (how: StreamBreak) => ({
  message: `broke off (${how})`,
  type: 'server_error' as const,
  param: null,
  code: 'stream_interrupted',
});

async function readAll(s: ReadableStream<Uint8Array>): Promise<{ text: string; reads: string[] }> {
  const reads: string[] = [];
  const reader = s.getReader();
  for (;;) {
    const r = await reader.read();
    if (r.done) break;
    reads.push(dec.decode(r.value));
  }
  return { text: reads.join(''), reads };
}

describe('SseEventSplitter', () => {
  it('hands out whole events only, byte-exact, however the bytes are cut (every split point, every line-end style)', () => {
    for (const text of [STREAM, STREAM.replace(/\n/g, '\r\n'), STREAM.replace(/\n/g, '\r')]) {
      const bytes = enc.encode(text);
      // where the events end: after each blank line (byte offsets)
      const sep = text.includes('\r\n') ? '\r\n\r\n' : text.includes('\r') ? '\r\r' : '\n\n';
      const boundaries = new Set<number>();
      for (let at = text.indexOf(sep); at >= 0; at = text.indexOf(sep, at + sep.length))
        boundaries.add(enc.encode(text.slice(0, at + sep.length)).length);
      expect(boundaries.size).toBe(5);
      const wrong: number[] = []; // cut points where the output differs (checked in bulk: expect() per cut is slow)
      for (let cut = 0; cut <= bytes.length; cut++) {
        const sp = new SseEventSplitter();
        const a = sp.push(bytes.slice(0, cut));
        const b = sp.push(bytes.slice(cut));
        // what came out is the input, and every output ends on an event boundary (or is empty; a cut between
        // the `\r` and `\n` of a blank line's `\r\n` may hand the `\r` out first)
        const atBoundary = (n: number) => n === 0 || boundaries.has(n) || (sep === '\r\n\r\n' && boundaries.has(n + 1));
        const whole = dec.decode(a) + dec.decode(b);
        if (whole !== text || !atBoundary(a.length) || !atBoundary(a.length + b.length) || sp.pending !== 0) wrong.push(cut);
      }
      expect(wrong).toEqual([]);
      const sp = new SseEventSplitter();
      const out: number[] = [];
      for (const byte of bytes) out.push(...sp.push(new Uint8Array([byte])));
      expect(dec.decode(new Uint8Array(out))).toBe(text);
    }
  });

  it('holds an unfinished event back until its blank line', () => {
    const sp = new SseEventSplitter();
    expect(dec.decode(sp.push(enc.encode('data: {"a":1}\n\ndata: {"b"')))).toBe('data: {"a":1}\n\n');
    expect(sp.pending).toBe('data: {"b"'.length);
    expect(sp.push(enc.encode(':2}\n')).length).toBe(0);
    expect(dec.decode(sp.push(enc.encode('\n')))).toBe('data: {"b":2}\n\n');
  });
});

describe('OpenAiStreamFramer', () => {
  it('sees [DONE] and error events as the end of the stream, nothing else', () => {
    const f = new OpenAiStreamFramer();
    expect(f.push(enc.encode(chunkEvent('x'))).events).toHaveLength(1);
    expect(f.ending).toBeUndefined();
    f.push(enc.encode(SSE_DONE));
    expect(f.ending).toBe('done');
    const e = new OpenAiStreamFramer();
    e.push(enc.encode(chunkEvent('the word "error" in content is not an error') + sseErrorEvent(INTERRUPTED('failed'))));
    expect(e.ending).toBe('error');
    expect(isErrorEvent({ data: chunkEvent('"error"').slice(6, -2) })).toBe(false);
    expect(isErrorEvent({ data: '{"error":null}' })).toBe(false);
  });
});

describe('guardOpenAiStream', () => {
  it('passes a complete stream on unchanged, event by event as each one completes', async () => {
    const src = controlledSource();
    const events: string[] = [];
    const guarded = guardOpenAiStream(src.stream, { interrupted: INTERRUPTED, onEvent: (ev) => events.push(ev.data) }).getReader();
    // the first event arrives in three pieces: nothing comes out until it is whole
    const first = chunkEvent('');
    src.write(first.slice(0, 5));
    src.write(first.slice(5, 20));
    const pending = guarded.read();
    src.write(first.slice(20));
    expect(dec.decode((await pending).value)).toBe(first);
    // the rest, then the end
    src.write(STREAM.slice(first.length));
    src.end();
    let rest = '';
    for (let r = await guarded.read(); !r.done; r = await guarded.read()) rest += dec.decode(r.value);
    expect(first + rest).toBe(STREAM);
    expect(events).toEqual(parseSse(STREAM).map((e) => e.data));
  });

  it('a source that closes without [DONE]: the partial event is dropped, an error event ends the stream', async () => {
    const src = controlledSource();
    const out = readAll(guardOpenAiStream(src.stream, { interrupted: INTERRUPTED }));
    src.write(chunkEvent('one') + chunkEvent('two').slice(0, 30));
    src.end();
    const { text } = await out;
    expect(text).toBe(chunkEvent('one') + sseErrorEvent(INTERRUPTED('ended')));
    expect(parseSse(text).at(-1)).toEqual({
      data: '{"error":{"message":"broke off (ended)","type":"server_error","param":null,"code":"stream_interrupted"}}',
    });
  });

  it('a source that fails: the same, and the stream itself closes cleanly (never errors)', async () => {
    const src = scriptedSource([chunkEvent('one'), 'data: {"half', new TypeError('terminated')]);
    expect((await readAll(guardOpenAiStream(src, { interrupted: INTERRUPTED }))).text).toBe(
      chunkEvent('one') + sseErrorEvent(INTERRUPTED('failed')),
    );
  });

  it('adds nothing when the stream ended properly: [DONE], or an error event of its own', async () => {
    for (const ending of [
      SSE_DONE,
      sseErrorEvent({ message: 'model failed', type: 'server_error', param: null, code: 'model_stream_error' }),
    ]) {
      // what happens after the end (here: the connection fails) changes nothing
      const src = scriptedSource([chunkEvent('one') + ending, new TypeError('closed after the end')]);
      expect((await readAll(guardOpenAiStream(src, { interrupted: INTERRUPTED }))).text).toBe(chunkEvent('one') + ending);
    }
  });

  it('cancelling the guarded stream cancels the source', async () => {
    const src = controlledSource();
    const reader = guardOpenAiStream(src.stream, { interrupted: INTERRUPTED }).getReader();
    src.write(chunkEvent('one'));
    await reader.read();
    await reader.cancel('client left');
    expect(src.cancelled).toBe('client left');
  });
});

describe('the official openai client (v6) on a stream that breaks off', () => {
  /** An OpenAI client whose HTTP answer is `body` (a stream served as SSE). */
  const clientFor = (body: () => ReadableStream<Uint8Array>) =>
    new OpenAI({
      apiKey: 'sk-test',
      baseURL: 'http://openai.test/v1',
      maxRetries: 0,
      fetch: async () => new Response(body(), { status: 200, headers: SSE_HEADERS }),
    });
  const cutStream = () => {
    const src = controlledSource();
    src.write(chunkEvent('Hello') + chunkEvent(' wor').slice(0, 25));
    src.end();
    return src.stream;
  };
  const consume = async (client: OpenAI) => {
    let text = '';
    const stream = await client.chat.completions.create({ model: 'm', messages: [{ role: 'user', content: 'hi' }], stream: true });
    for await (const c of stream) text += c.choices[0]?.delta.content ?? '';
    return text;
  };

  it('takes a stream that just stops for a complete answer — which is why the gateway must not pass one on', async () => {
    expect(await consume(clientFor(cutStream))).toBe('Hello');
  });

  it('raises an APIError with our code on the guard’s error event (streaming.ts: `if (data && data.error) throw new APIError`)', async () => {
    const err = await consume(clientFor(() => guardOpenAiStream(cutStream(), { interrupted: INTERRUPTED }))).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OpenAI.APIError);
    expect((err as InstanceType<typeof OpenAI.APIError>).code).toBe('stream_interrupted');
    expect((err as Error).message).toBe('broke off (ended)');
  });
});
