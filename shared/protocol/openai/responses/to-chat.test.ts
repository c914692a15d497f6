import { describe, expect, it } from 'vitest';
import { ApiError } from '../errors.ts';
import { ChatCompletionRequest } from '../schema.ts';
import { parseResponsesRequest } from './schema.ts';
import { toChatRequest } from './to-chat.ts';

const chatOf = (json: Record<string, unknown>) => toChatRequest(parseResponsesRequest(json));

/** The 400 a body gets: its code and param (and the message, to check it quotes nothing). */
function refusal(json: Record<string, unknown>): { code: string | null; param: string | null; message: string; status: number } {
  try {
    parseResponsesRequest(json);
  } catch (err) {
    if (err instanceof ApiError) return { code: err.code, param: err.param, message: err.message, status: err.status };
    throw err;
  }
  throw new Error('expected a refusal');
}

describe('a Responses request → a chat request', () => {
  it('a string input is one user message; instructions lead as a system message; sampling settings carried', () => {
    const chat = chatOf({
      model: 'triage-small',
      input: 'Hello there',
      instructions: 'Be brief.',
      temperature: 0.2,
      top_p: 0.9,
      max_output_tokens: 16,
      user: 'u-1',
      metadata: { team: 'a' },
      store: false,
    });
    expect(chat).toEqual({
      model: 'triage-small',
      messages: [
        { role: 'system', content: 'Be brief.' },
        { role: 'user', content: 'Hello there' },
      ],
      max_tokens: 16,
      temperature: 0.2,
      top_p: 0.9,
      metadata: { team: 'a' },
      user: 'u-1',
    });
    expect(ChatCompletionRequest.safeParse(chat).success).toBe(true);
  });

  it('streams ask for usage in the stream (response.completed carries it)', () => {
    expect(chatOf({ model: 'm', input: 'x', stream: true })).toMatchObject({ stream: true, stream_options: { include_usage: true } });
  });

  it('message items with parts; developer → system; one text part as a string, several as parts', () => {
    const chat = chatOf({
      model: 'm',
      input: [
        { role: 'developer', content: 'Rules.' },
        { type: 'message', role: 'user', content: [{ type: 'input_text', text: 'A' }] },
        { role: 'assistant', content: [{ type: 'output_text', text: 'B' }] },
        {
          role: 'user',
          content: [
            { type: 'input_text', text: 'C' },
            { type: 'input_text', text: 'D' },
          ],
        },
      ],
    });
    expect(chat.messages).toEqual([
      { role: 'system', content: 'Rules.' },
      { role: 'user', content: 'A' },
      { role: 'assistant', content: 'B' },
      {
        role: 'user',
        content: [
          { type: 'text', text: 'C' },
          { type: 'text', text: 'D' },
        ],
      },
    ]);
  });

  it('a tool loop: function_call items join the assistant turn as tool_calls, outputs become tool messages', () => {
    const chat = chatOf({
      model: 'm',
      input: [
        { role: 'user', content: 'Weather?' },
        { type: 'function_call', call_id: 'call_a', name: 'weather', arguments: '{"city":"Oslo"}' },
        { type: 'function_call', call_id: 'call_b', name: 'weather', arguments: '{"city":"Rome"}' },
        { type: 'function_call_output', call_id: 'call_a', output: 'cold' },
        { type: 'function_call_output', call_id: 'call_b', output: [{ type: 'input_text', text: 'warm' }] },
      ],
      tools: [{ type: 'function', name: 'weather', description: 'Weather', parameters: { type: 'object' }, strict: true }],
      tool_choice: { type: 'function', name: 'weather' },
      parallel_tool_calls: false,
    });
    expect(chat.messages).toEqual([
      { role: 'user', content: 'Weather?' },
      {
        role: 'assistant',
        content: null,
        tool_calls: [
          { id: 'call_a', type: 'function', function: { name: 'weather', arguments: '{"city":"Oslo"}' } },
          { id: 'call_b', type: 'function', function: { name: 'weather', arguments: '{"city":"Rome"}' } },
        ],
      },
      { role: 'tool', tool_call_id: 'call_a', content: 'cold' },
      { role: 'tool', tool_call_id: 'call_b', content: 'warm' },
    ]);
    expect(chat.tools).toEqual([
      { type: 'function', function: { name: 'weather', description: 'Weather', parameters: { type: 'object' }, strict: true } },
    ]);
    expect(chat.tool_choice).toEqual({ type: 'function', function: { name: 'weather' } });
    expect(chat.parallel_tool_calls).toBe(false);
  });

  it('text.format → response_format', () => {
    expect(chatOf({ model: 'm', input: 'x', text: { format: { type: 'text' } } }).response_format).toBeUndefined();
    expect(chatOf({ model: 'm', input: 'x', text: { format: { type: 'json_object' } } }).response_format).toEqual({ type: 'json_object' });
    const schema = { type: 'object', properties: { a: { type: 'string' } } };
    expect(
      chatOf({ model: 'm', input: 'x', text: { format: { type: 'json_schema', name: 'out', schema, strict: true } } }).response_format,
    ).toEqual({
      type: 'json_schema',
      json_schema: { name: 'out', schema, strict: true },
    });
  });

  it('inline images and files are carried as chat carries them (the scanner names them unscanned)', () => {
    const chat = chatOf({
      model: 'm',
      input: [
        {
          role: 'user',
          content: [
            { type: 'input_text', text: 'Look' },
            { type: 'input_image', image_url: 'https://img.test/a.png', detail: 'low' },
            { type: 'input_file', file_data: 'data:application/pdf;base64,AAAA', filename: 'a.pdf' },
          ],
        },
      ],
    });
    expect(chat.messages[0]!.content).toEqual([
      { type: 'text', text: 'Look' },
      { type: 'image_url', image_url: { url: 'https://img.test/a.png', detail: 'low' } },
      { type: 'file', file: { file_data: 'data:application/pdf;base64,AAAA', filename: 'a.pdf' } },
    ]);
  });

  it('fields the schema does not know inside items are not carried (nothing untranslated goes on)', () => {
    const chat = chatOf({ model: 'm', input: [{ role: 'user', content: 'x', id: 'msg_1', status: 'completed', extra: 'planted' }] });
    expect(JSON.stringify(chat)).not.toContain('planted');
  });
});

describe('what the edge cannot honour → 400 unsupported_parameter naming the parameter', () => {
  const cases: [string, Record<string, unknown>, string | null][] = [
    ['store: true (nothing is stored, so nothing could be retrieved)', { store: true }, 'store'],
    ['previous_response_id', { previous_response_id: 'resp_1' }, 'previous_response_id'],
    ['conversation', { conversation: 'conv_1' }, 'conversation'],
    ['background', { background: true }, 'background'],
    ['reasoning', { reasoning: { effort: 'high' } }, 'reasoning'],
    ['include', { include: ['message.output_text.logprobs'] }, 'include'],
    ['a built-in tool', { tools: [{ type: 'web_search' }] }, 'tools[0].type'],
    ['a tool of an unknown type', { tools: [{ type: 'secret-tool' }] }, 'tools[0].type'],
    ['a hosted tool choice', { tool_choice: { type: 'file_search' } }, 'tool_choice'],
    ['an item reference', { input: [{ type: 'item_reference', id: 'msg_1' }] }, 'input[0].type'],
    [
      'an image by file id',
      { input: [{ role: 'user', content: [{ type: 'input_image', file_id: 'file-1', detail: 'auto' }] }] },
      'input[0].content[0].file_id',
    ],
    [
      'a file by URL',
      { input: [{ role: 'user', content: [{ type: 'input_file', file_url: 'https://x.test/a.pdf' }] }] },
      'input[0].content[0].file_url',
    ],
    ['an unknown parameter (not named: a key is client content)', { 'anna.berg@example.org': 1 }, null],
  ];
  for (const [name, extra, param] of cases) {
    it(name, () => {
      const r = refusal({ model: 'm', input: 'x', ...extra });
      expect(r).toMatchObject({ status: 400, code: 'unsupported_parameter', param });
      expect(r.message).not.toContain('anna.berg');
      expect(r.message).not.toContain('secret-tool');
    });
  }

  it('unset values of refused parameters pass (clients send null, false and [] for "not set")', () => {
    expect(() =>
      parseResponsesRequest({
        model: 'm',
        input: 'x',
        previous_response_id: null,
        background: false,
        include: [],
        reasoning: null,
        truncation: 'disabled',
      }),
    ).not.toThrow();
  });

  it('a malformed body → 400 invalid_request naming the field, never its value', () => {
    const r = refusal({ model: 'm', input: [{ role: 'user', content: [{ type: 'input_text', text: 42 }] }] });
    expect(r).toMatchObject({ status: 400, code: 'invalid_request', param: 'input[0].content' });
    expect(refusal({ model: 'm' })).toMatchObject({ param: 'input' });
  });
});
