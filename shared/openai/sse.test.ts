import { describe, expect, it } from 'vitest';
import { SSE_DONE, SseParser, completionToSse, encodeSse, encodeSseComment, openAiChunk, parseSse, parseSseStream, sseData } from './sse.ts';

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
  const expected = [
    { data: '{"a":1}' },
    { event: 'ping', id: '7', retry: 1500, data: 'line one\nline two' },
    { data: '[DONE]' },
  ];

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
      id: 'c1', object: 'chat.completion', created: 5, model: 'm',
      choices: [{ index: 0, message: { role: 'assistant', content: 'Hi there' }, finish_reason: 'stop' }],
      usage: { prompt_tokens: 3, completion_tokens: 2, total_tokens: 5 },
    };
    const evs = parseSse(completionToSse(completion, { includeUsage: true }));
    expect(evs.at(-1)).toEqual({ data: '[DONE]' });
    const chunks = evs.slice(0, -1).map((e) => JSON.parse(e.data));
    expect(chunks).toEqual([
      { id: 'c1', object: 'chat.completion.chunk', created: 5, model: 'm', choices: [{ index: 0, delta: { role: 'assistant', content: 'Hi there' }, logprobs: null, finish_reason: null }] },
      { id: 'c1', object: 'chat.completion.chunk', created: 5, model: 'm', choices: [{ index: 0, delta: {}, logprobs: null, finish_reason: 'stop' }] },
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
