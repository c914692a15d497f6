// Reading usage off answers: the shapes each target kind answers with, and a stream's usage chunk read as it
// passes — stripped for a client that did not ask for it, untouched (byte for byte) for one that did.
import { describe, expect, it } from 'vitest';
import { askForUsage, meteredStream, usageOf, type Usage } from './usage.ts';

const enc = new TextEncoder();

/** A stream of the given byte pieces (split where a network would split them). */
function streamOf(pieces: string[]): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      for (const p of pieces) controller.enqueue(enc.encode(p));
      controller.close();
    },
  });
}

const chunk = (content: string) =>
  `data: ${JSON.stringify({ id: 'c', object: 'chat.completion.chunk', choices: [{ index: 0, delta: { content }, finish_reason: null }], usage: null })}\n\n`;
const usageChunk = `data: ${JSON.stringify({ id: 'c', object: 'chat.completion.chunk', choices: [], usage: { prompt_tokens: 12, completion_tokens: 5, total_tokens: 17 } })}\n\n`;
const done = 'data: [DONE]\n\n';

async function read(stream: ReadableStream<Uint8Array>): Promise<string> {
  return new Response(stream).text();
}

function metered(pieces: string[], strip: boolean) {
  let usage: Usage | undefined | 'not called' = 'not called';
  const stream = meteredStream(streamOf(pieces), strip, (u) => (usage = u));
  return { stream, usage: () => usage };
}

describe('usageOf', () => {
  it('reads chat, embeddings/classify and Responses API usage; ignores what is not numbers', () => {
    expect(usageOf({ usage: { prompt_tokens: 9, completion_tokens: 4, total_tokens: 13 } })).toEqual({ prompt: 9, completion: 4 });
    expect(usageOf({ object: 'list', usage: { prompt_tokens: 7, total_tokens: 7 } })).toEqual({ prompt: 7, completion: 0 });
    expect(usageOf({ usage: { input_tokens: 3, output_tokens: 8, total_tokens: 11 } })).toEqual({ prompt: 3, completion: 8 });
    expect(usageOf({ type: 'response.completed', response: { usage: { input_tokens: 2, output_tokens: 1 } } })).toEqual({
      prompt: 2,
      completion: 1,
    });
    expect(usageOf({ usage: null })).toBeUndefined();
    expect(usageOf({ usage: { prompt_tokens: '9' } })).toBeUndefined();
    expect(usageOf({ usage: { prompt_tokens: -1, completion_tokens: 2 } })).toBeUndefined();
    expect(usageOf({ choices: [] })).toBeUndefined();
  });
});

describe('askForUsage', () => {
  it('adds include_usage to chat streams only, keeping the client’s other stream options', () => {
    const body = { model: 'm', messages: [], stream: true, stream_options: { include_usage: false } };
    expect(askForUsage('chat', true, body)).toEqual({ ...body, stream_options: { include_usage: true } });
    expect(askForUsage('chat', false, { model: 'm' })).toEqual({ model: 'm' });
    expect(askForUsage('embeddings', true, { model: 'm' })).toEqual({ model: 'm' });
    const asked = { model: 'm', stream_options: { include_usage: true } };
    expect(askForUsage('chat', true, asked)).toBe(asked);
  });
});

describe('meteredStream', () => {
  it('strips the usage chunk and the usage fields for a client that did not ask, and reads the usage', async () => {
    // the usage chunk split across pieces, as a network would split it
    const m = metered([chunk('Hel'), chunk('lo') + usageChunk.slice(0, 30), usageChunk.slice(30) + done], true);
    const text = await read(m.stream);
    expect(text).not.toContain('usage');
    expect(text).toContain('"content":"Hel"');
    expect(text).toContain('"content":"lo"');
    expect(text.endsWith(done)).toBe(true);
    expect(m.usage()).toEqual({ prompt: 12, completion: 5 });
  });

  it('passes the stream byte for byte to a client that asked, and reads the usage', async () => {
    const pieces = [chunk('Hi'), usageChunk.slice(0, 17), usageChunk.slice(17), ': keep-alive\n\n', done];
    const m = metered(pieces, false);
    expect(await read(m.stream)).toBe(pieces.join(''));
    expect(m.usage()).toEqual({ prompt: 12, completion: 5 });
  });

  it('a stream without usage reports none; a cancelled one reports what it saw', async () => {
    const m = metered([chunk('a'), done], true);
    await read(m.stream);
    expect(m.usage()).toBeUndefined();

    const c = metered([chunk('a'), chunk('b'), done], true);
    const reader = c.stream.getReader();
    await reader.read();
    expect(c.usage()).toBe('not called');
    await reader.cancel();
    expect(c.usage()).toBeUndefined();
  });
});
