import { describe, expect, it } from 'vitest';
import { AssemblyError, ChatCompletionAssembler, assembleChatCompletion } from './assemble.ts';
import { completionToSse, openAiChunk, parseSse } from './sse.ts';

/** The chunks of an SSE text (what the edge parses out of a stream), [DONE] excluded. */
function chunksOf(sse: string): unknown[] {
  return parseSse(sse).flatMap((ev) => {
    const c = openAiChunk(ev);
    return c.done ? [] : [c.chunk];
  });
}

const BASE = {
  id: 'chatcmpl-9',
  object: 'chat.completion.chunk',
  created: 1_750_000_000,
  model: 'gpt-4o-2024-08-06',
  service_tier: 'default',
  system_fingerprint: 'fp_abc',
};
const chunk = (choices: unknown[], extra: Record<string, unknown> = {}) => ({ ...BASE, choices, ...extra });
const delta = (d: Record<string, unknown>, finish: string | null = null, index = 0, logprobs: unknown = null) => ({
  index,
  delta: d,
  logprobs,
  finish_reason: finish,
});
const USAGE = {
  prompt_tokens: 12,
  completion_tokens: 9,
  total_tokens: 21,
  prompt_tokens_details: { cached_tokens: 0 },
  completion_tokens_details: { reasoning_tokens: 0 },
};

describe('assembleChatCompletion', () => {
  it('gives back the very completion a buffered answer had (round trip through completionToSse), key order included', () => {
    const completions = [
      {
        id: 'c1',
        object: 'chat.completion',
        created: 5,
        model: 'm',
        choices: [{ index: 0, message: { role: 'assistant', content: 'Grüße, 👋 world' }, logprobs: null, finish_reason: 'stop' }],
        usage: { prompt_tokens: 3, completion_tokens: 2, total_tokens: 5 },
      },
      {
        id: 'c2',
        object: 'chat.completion',
        created: 6,
        model: 'm',
        choices: [
          {
            index: 0,
            message: {
              role: 'assistant',
              content: null,
              refusal: null,
              tool_calls: [
                { id: 'call_a', type: 'function', function: { name: 'f', arguments: '{"x":1}' } },
                { id: 'call_b', type: 'function', function: { name: 'g', arguments: '{}' } },
              ],
            },
            logprobs: null,
            finish_reason: 'tool_calls',
          },
          {
            index: 1,
            message: { role: 'assistant', content: null, refusal: 'I cannot help with that.' },
            logprobs: { content: null, refusal: [{ token: 'I', logprob: -0.1, bytes: [73], top_logprobs: [] }] },
            finish_reason: 'stop',
          },
        ],
        usage: { prompt_tokens: 3, completion_tokens: 7, total_tokens: 10 },
        system_fingerprint: 'fp_1',
      },
    ];
    for (const c of completions) {
      const assembled = assembleChatCompletion(chunksOf(completionToSse(c, { includeUsage: true })));
      expect(JSON.stringify(assembled)).toBe(JSON.stringify(c));
    }
  });

  it('assembles a stream as OpenAI sends it: interleaved tool calls with split arguments, usage chunk, unknown chunk fields', () => {
    const chunks = [
      chunk([
        delta({
          role: 'assistant',
          content: null,
          tool_calls: [{ index: 0, id: 'call_1', type: 'function', function: { name: 'get_weather', arguments: '' } }],
          refusal: null,
        }),
      ]),
      chunk([delta({ tool_calls: [{ index: 0, function: { arguments: '{"loc' } }] })]),
      chunk([delta({ tool_calls: [{ index: 1, id: 'call_2', type: 'function', function: { name: 'get_time', arguments: '' } }] })]),
      chunk([delta({ tool_calls: [{ index: 0, function: { arguments: 'ation":"Paris"}' } }] })]),
      chunk([delta({ tool_calls: [{ index: 1, function: { arguments: '{}' } }] })]),
      chunk([delta({}, 'tool_calls')], { obfuscation: 'Xy3' }),
      chunk([], { usage: USAGE, obfuscation: 'Qq' }),
    ];
    expect(JSON.stringify(assembleChatCompletion(chunks))).toBe(
      JSON.stringify({
        id: 'chatcmpl-9',
        object: 'chat.completion',
        created: 1_750_000_000,
        model: 'gpt-4o-2024-08-06',
        choices: [
          {
            index: 0,
            message: {
              role: 'assistant',
              content: null,
              refusal: null,
              tool_calls: [
                { id: 'call_1', type: 'function', function: { name: 'get_weather', arguments: '{"location":"Paris"}' } },
                { id: 'call_2', type: 'function', function: { name: 'get_time', arguments: '{}' } },
              ],
            },
            logprobs: null,
            finish_reason: 'tool_calls',
          },
        ],
        usage: USAGE,
        service_tier: 'default',
        system_fingerprint: 'fp_abc',
      }),
    );
  });

  it('several choices (n > 1), arriving in any order: content and logprobs per choice, each its own finish reason', () => {
    const tok = (t: string) => ({ token: t, logprob: -0.5, bytes: [...new TextEncoder().encode(t)], top_logprobs: [] });
    const chunks = [
      chunk([delta({ role: 'assistant', content: '' }, null, 1)]),
      chunk([delta({ role: 'assistant', content: '' }, null, 0)]),
      chunk([delta({ content: 'Hel' }, null, 0, { content: [tok('Hel')], refusal: null })]),
      chunk([delta({ content: 'Bon' }, null, 1, { content: [tok('Bon')], refusal: null })]),
      chunk([delta({ content: 'lo' }, null, 0, { content: [tok('lo')], refusal: null })]),
      chunk([delta({ content: 'jour' }, null, 1, { content: [tok('jour')], refusal: null })]),
      chunk([delta({}, 'length', 1)]),
      chunk([delta({}, 'stop', 0)]),
    ];
    const out = assembleChatCompletion(chunks) as {
      choices: {
        index: number;
        message: { content: string };
        logprobs: { content: { token: string }[]; refusal: null };
        finish_reason: string;
      }[];
      usage?: unknown;
    };
    expect(
      out.choices.map((c) => [c.index, c.message.content, c.logprobs.content.map((t) => t.token), c.logprobs.refusal, c.finish_reason]),
    ).toEqual([
      [0, 'Hello', ['Hel', 'lo'], null, 'stop'],
      [1, 'Bonjour', ['Bon', 'jour'], null, 'length'],
    ]);
    expect(out).not.toHaveProperty('usage'); // the stream had none: none is made up
  });

  it("concatenates other text fields of the delta (vLLM's reasoning_content) and legacy function_call arguments", () => {
    const chunks = [
      {
        id: 'x',
        object: 'chat.completion.chunk',
        created: 1,
        model: 'qwen',
        choices: [{ index: 0, delta: { role: 'assistant', content: '', reasoning_content: 'Think' } }],
      },
      {
        id: 'x',
        object: 'chat.completion.chunk',
        created: 1,
        model: 'qwen',
        choices: [{ index: 0, delta: { reasoning_content: 'ing.', function_call: { name: 'lookup', arguments: '{"q":' } } }],
      },
      {
        id: 'x',
        object: 'chat.completion.chunk',
        created: 1,
        model: 'qwen',
        choices: [{ index: 0, delta: { function_call: { arguments: '"a"}' }, content: 'Done' }, finish_reason: 'function_call' }],
      },
    ];
    expect(assembleChatCompletion(chunks)).toEqual({
      id: 'x',
      object: 'chat.completion',
      created: 1,
      model: 'qwen',
      choices: [
        {
          index: 0,
          message: {
            role: 'assistant',
            content: 'Done',
            reasoning_content: 'Thinking.',
            function_call: { name: 'lookup', arguments: '{"q":"a"}' },
          },
          logprobs: null,
          finish_reason: 'function_call',
        },
      ],
    });
  });

  it('rejects what is not a chat completion stream, naming the shape only', () => {
    const bad: [unknown[], RegExp][] = [
      [[], /no chunks/],
      [[chunk([], { usage: USAGE })], /no choices/],
      [['a string'], /not a JSON object/],
      [[chunk('nope' as unknown as unknown[])], /not an array/],
      [[chunk([delta({ content: 'x' }, null, -1)])], /invalid `index`/],
      [[chunk([{ index: 0, delta: 'secret text' }])], /`delta` that is not an object/],
      [
        [chunk([delta({ tool_calls: [{ index: 0, function: { arguments: { secret: 1 } } }] })])],
        /`function.arguments` that is not a string/,
      ],
    ];
    for (const [chunks, message] of bad) {
      let err: unknown;
      try {
        const a = new ChatCompletionAssembler();
        for (const c of chunks) a.push(c);
        a.result();
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(AssemblyError);
      expect((err as Error).message).toMatch(message);
      expect((err as Error).message).not.toMatch(/secret/);
    }
  });
});
