import { describe, expect, it } from 'vitest';
import { completionToSse, openAiChunk, parseSse } from '../sse.ts';
import { chatCompletionToResponse } from './from-chat.ts';
import { parseResponsesRequest } from './schema.ts';
import { ResponsesStream, type ResponsesEvent } from './stream.ts';

const IDS = { base: 'abc', createdAt: 1_750_000_000 };
const REQUEST = parseResponsesRequest({ model: 'triage-small', input: 'Hi', instructions: 'Be brief.' });

const completion = (message: Record<string, unknown>, finish_reason = 'stop') => ({
  id: 'chatcmpl-1',
  object: 'chat.completion',
  created: 1,
  model: 'triage-small-int8',
  choices: [{ index: 0, message: { role: 'assistant', ...message }, finish_reason }],
  usage: { prompt_tokens: 7, completion_tokens: 3, total_tokens: 10 },
});

describe('a chat completion → a Response', () => {
  it('text → one message item with an output_text part; usage; the settings echoed', () => {
    const r = chatCompletionToResponse(completion({ content: 'Hello!' }), REQUEST, IDS);
    expect(r).toMatchObject({
      id: 'resp_abc',
      object: 'response',
      created_at: IDS.createdAt,
      status: 'completed',
      error: null,
      incomplete_details: null,
      model: 'triage-small-int8',
      instructions: 'Be brief.',
      store: false,
      output: [
        {
          type: 'message',
          id: 'msg_abc_0',
          role: 'assistant',
          status: 'completed',
          content: [{ type: 'output_text', text: 'Hello!', annotations: [] }],
        },
      ],
      usage: { input_tokens: 7, output_tokens: 3, total_tokens: 10 },
    });
  });

  it('tool calls → function_call items (with the call ids the caller answers with)', () => {
    const r = chatCompletionToResponse(
      completion(
        { content: null, tool_calls: [{ id: 'call_1', type: 'function', function: { name: 'send', arguments: '{"a":1}' } }] },
        'tool_calls',
      ),
      REQUEST,
      IDS,
    );
    expect(r.output).toEqual([
      { type: 'function_call', id: 'fc_abc_0', call_id: 'call_1', name: 'send', arguments: '{"a":1}', status: 'completed' },
    ]);
    expect(r.status).toBe('completed');
  });

  it('cut by its length → incomplete, max_output_tokens', () => {
    const r = chatCompletionToResponse(completion({ content: 'Hel' }, 'length'), REQUEST, IDS);
    expect(r).toMatchObject({
      status: 'incomplete',
      incomplete_details: { reason: 'max_output_tokens' },
      output: [{ status: 'incomplete' }],
    });
  });
});

/** The chunks of a chat SSE text, [DONE] excluded. */
const chunksOf = (sse: string) =>
  parseSse(sse).flatMap((ev) => {
    const c = openAiChunk(ev);
    return c.done ? [] : [c.chunk];
  });

/** Runs a whole chat stream through the translator. */
function translate(chunks: unknown[], end: 'done' | 'fail' = 'done'): ResponsesEvent[] {
  const s = new ResponsesStream(REQUEST, IDS);
  const events = [...s.start(), ...chunks.flatMap((c) => s.chunk(c))];
  return [...events, ...(end === 'done' ? s.finish() : s.fail({ message: 'The upstream stream broke off.', code: 'upstream_error' }))];
}

const textChunk = (content: string) => ({
  object: 'chat.completion.chunk',
  model: 'm',
  choices: [{ index: 0, delta: { content }, finish_reason: null }],
});

describe('a chat stream → the Responses events', () => {
  it('text: created, in_progress, item and part added, deltas, done events, completed; sequence numbers 0, 1, 2, …', () => {
    const chunks = [
      { object: 'chat.completion.chunk', model: 'm', choices: [{ index: 0, delta: { role: 'assistant' }, finish_reason: null }] },
      textChunk('Hel'),
      textChunk('lo'),
      { object: 'chat.completion.chunk', model: 'm', choices: [{ index: 0, delta: {}, finish_reason: 'stop' }] },
      { object: 'chat.completion.chunk', model: 'm', choices: [], usage: { prompt_tokens: 5, completion_tokens: 2, total_tokens: 7 } },
    ];
    const events = translate(chunks);
    expect(events.map((e) => e.type)).toEqual([
      'response.created',
      'response.in_progress',
      'response.output_item.added',
      'response.content_part.added',
      'response.output_text.delta',
      'response.output_text.delta',
      'response.output_text.done',
      'response.content_part.done',
      'response.output_item.done',
      'response.completed',
    ]);
    expect(events.map((e) => e.sequence_number)).toEqual(events.map((_, i) => i));
    expect(events[6]).toMatchObject({ text: 'Hello', item_id: 'msg_abc_0', output_index: 0 });
    const done = events.at(-1)!.response as { output: unknown[]; usage: unknown; status: string };
    expect(done.status).toBe('completed');
    expect(done.output).toEqual([
      expect.objectContaining({ type: 'message', status: 'completed', content: [expect.objectContaining({ text: 'Hello' })] }),
    ]);
    expect(done.usage).toMatchObject({ input_tokens: 5, output_tokens: 2, total_tokens: 7 });
    expect((events[0]!.response as { status: string }).status).toBe('in_progress');
  });

  it('a tool call streamed in pieces: item added, argument deltas, arguments done with the name, item done', () => {
    const completionWithCall = completion(
      { content: null, tool_calls: [{ id: 'call_1', type: 'function', function: { name: 'send', arguments: '{"text":"hi"}' } }] },
      'tool_calls',
    );
    const events = translate(chunksOf(completionToSse(completionWithCall, { includeUsage: true })));
    expect(events.map((e) => e.type)).toEqual([
      'response.created',
      'response.in_progress',
      'response.output_item.added',
      'response.function_call_arguments.delta',
      'response.function_call_arguments.done',
      'response.output_item.done',
      'response.completed',
    ]);
    expect(events[4]).toMatchObject({ name: 'send', arguments: '{"text":"hi"}', item_id: 'fc_abc_0' });
    expect(events[2]!.item).toMatchObject({ type: 'function_call', call_id: 'call_1', name: 'send', status: 'in_progress' });
  });

  it('text then a tool call: the message is done before the call is added', () => {
    const events = translate([
      textChunk('Let me check.'),
      {
        choices: [
          { index: 0, delta: { tool_calls: [{ index: 0, id: 'call_1', type: 'function', function: { name: 'f', arguments: '{}' } }] } },
        ],
      },
    ]);
    const types = events.map((e) => e.type);
    expect(types.indexOf('response.output_item.done')).toBeLessThan(types.lastIndexOf('response.output_item.added'));
    const final = events.at(-1)!.response as { output: { type: string }[] };
    expect(final.output.map((o) => o.type)).toEqual(['message', 'function_call']);
  });

  it('a refusal streamed: a message item with a refusal part, refusal deltas and done', () => {
    const events = translate([
      { choices: [{ index: 0, delta: { refusal: 'I cannot' } }] },
      { choices: [{ index: 0, delta: { refusal: ' help.' } }] },
    ]);
    expect(events.map((e) => e.type)).toEqual([
      'response.created',
      'response.in_progress',
      'response.output_item.added',
      'response.content_part.added',
      'response.refusal.delta',
      'response.refusal.delta',
      'response.refusal.done',
      'response.content_part.done',
      'response.output_item.done',
      'response.completed',
    ]);
    expect(events[6]).toMatchObject({ refusal: 'I cannot help.' });
    expect(events.at(-1)!.response).toMatchObject({
      output: [{ type: 'message', content: [{ type: 'refusal', refusal: 'I cannot help.' }] }],
    });
  });

  it('a stream that fails midway: the open item closed incomplete, then error and response.failed', () => {
    const events = translate([textChunk('Hel')], 'fail');
    expect(events.slice(-5).map((e) => e.type)).toEqual([
      'response.output_text.done',
      'response.content_part.done',
      'response.output_item.done',
      'error',
      'response.failed',
    ]);
    expect(events.at(-2)).toMatchObject({ code: 'upstream_error', message: 'The upstream stream broke off.' });
    expect(events.at(-1)!.response).toMatchObject({ status: 'failed', error: { code: 'server_error' } });
  });
});
