import { describe, expect, it } from 'vitest';
import { ChunkRestorer, restoreCompletion } from './answer.ts';
import { RedactionMapping } from './placeholders.ts';

const mapping = new RedactionMapping();
mapping.placeholderOf('EMAIL', 'o"brien@example.org', () => false);
mapping.placeholderOf('PHONE', '+49 30 1234567', () => false);

const chunk = (delta: Record<string, unknown>, finish: string | null = null, index = 0) => ({
  id: 'c1',
  object: 'chat.completion.chunk',
  created: 1,
  model: 'm',
  choices: [{ index, delta, finish_reason: finish }],
});

describe('restoreCompletion', () => {
  it('restores content and tool-call arguments (JSON-escaped)', () => {
    const completion = {
      choices: [
        {
          index: 0,
          message: {
            role: 'assistant',
            content: 'Wrote to [EMAIL_1].',
            tool_calls: [{ id: 't', type: 'function', function: { name: 'call', arguments: '{"number":"[PHONE_1]","cc":"[EMAIL_1]"}' } }],
          },
          finish_reason: 'tool_calls',
        },
      ],
    };
    const out = restoreCompletion(structuredClone(completion), mapping) as typeof completion;
    expect(out.choices[0]!.message.content).toBe('Wrote to o"brien@example.org.');
    expect(JSON.parse(out.choices[0]!.message.tool_calls[0]!.function.arguments)).toEqual({
      number: '+49 30 1234567',
      cc: 'o"brien@example.org',
    });
  });
});

describe('ChunkRestorer', () => {
  it('restores a placeholder split across chunks; what is held goes out with the finishing chunk', () => {
    const r = new ChunkRestorer(mapping);
    const out = [
      r.push(chunk({ role: 'assistant', content: 'Call [PHO' })),
      r.push(chunk({ content: 'NE_1] now [EMA' })),
      r.push(chunk({}, 'stop')),
    ] as ReturnType<typeof chunk>[];
    expect(out.map((c) => c.choices[0]!.delta.content)).toEqual(['Call ', '+49 30 1234567 now ', '[EMA']);
    expect(r.end()).toEqual([]);
  });

  it('restores tool-call argument deltas per call, and flushes at the end of a stream that never finished', () => {
    const r = new ChunkRestorer(mapping);
    r.push(chunk({ tool_calls: [{ index: 0, id: 't0', type: 'function', function: { name: 'f', arguments: '{"to":"[EM' } }] }));
    const second = r.push(chunk({ tool_calls: [{ index: 0, function: { arguments: 'AIL_1]"}' } }] })) as ReturnType<typeof chunk>;
    expect(second.choices[0]!.delta).toEqual({ tool_calls: [{ index: 0, function: { arguments: 'o\\"brien@example.org"}' } }] });
    r.push(chunk({ content: 'x [PHONE_' }));
    expect(r.end()).toEqual([
      {
        id: 'c1',
        object: 'chat.completion.chunk',
        created: 1,
        model: 'm',
        choices: [{ index: 0, delta: { content: '[PHONE_' }, finish_reason: null }],
      },
    ]);
  });

  it('fuzz: random splits of content and arguments across chunks assemble to the restored answer', () => {
    let seed = 7;
    const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x80000000;
    const content = 'Hi [EMAIL_1], [x] call [PHONE_1] or [EMAIL_2] [EMAIL_1]';
    const args = '{"to":"[EMAIL_1]","tel":"[PHONE_1]","n":"[PHONE_"}';
    for (let round = 0; round < 300; round++) {
      const r = new ChunkRestorer(mapping);
      const chunks: unknown[] = [];
      for (const piece of pieces(content, rnd)) chunks.push(r.push(chunk({ content: piece })));
      for (const piece of pieces(args, rnd)) chunks.push(r.push(chunk({ tool_calls: [{ index: 0, function: { arguments: piece } }] })));
      chunks.push(r.push(chunk({}, 'tool_calls')), ...r.end());
      const { content: c, args: a } = assembleStream(chunks);
      expect(c).toBe('Hi o"brien@example.org, [x] call +49 30 1234567 or [EMAIL_2] o"brien@example.org');
      expect(a).toBe('{"to":"o\\"brien@example.org","tel":"+49 30 1234567","n":"[PHONE_"}');
    }
  });
});

function pieces(text: string, rnd: () => number): string[] {
  const out: string[] = [];
  for (let at = 0; at < text.length;) {
    const n = 1 + Math.floor(rnd() * 5);
    out.push(text.slice(at, at + n));
    at += n;
  }
  return out;
}

/** A restored chunk stream's content and first tool call's arguments, concatenated. */
type Chunk = { choices?: { delta?: { content?: string; tool_calls?: { function?: { arguments?: string } }[] } }[] };

export function assembleStream(chunks: readonly unknown[]): { content: string; args: string } {
  let content = '';
  let args = '';
  for (const c of chunks as Chunk[])
    for (const choice of c.choices ?? []) {
      content += choice.delta?.content ?? '';
      for (const call of choice.delta?.tool_calls ?? []) args += call.function?.arguments ?? '';
    }
  return { content, args };
}
