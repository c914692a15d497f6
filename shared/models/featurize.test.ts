import { describe, expect, it } from 'vitest';
import { detokenize, featurize, fnv1a, lmContextIndices, lmContextInto, lmPromptBag, tokenizeWords } from './featurize.ts';
import { mulberry32, sample } from './runner.ts';

const norm = (v: Float32Array) => Math.sqrt(v.reduce((a, x) => a + x * x, 0));
const dot = (a: Float32Array, b: Float32Array) => a.reduce((s, x, i) => s + x * b[i]!, 0);

describe('featurize', () => {
  it('hashes with FNV-1a 32-bit (reference vectors)', () => {
    expect(fnv1a('')).toBe(0x811c9dc5);
    expect(fnv1a('a')).toBe(0xe40c292c);
    expect(fnv1a('foobar')).toBe(0xbf9cf968);
  });

  it('gives a deterministic, L2-normalised vector that ignores case and Unicode form', () => {
    const a = featurize('Reset my Password, please', { dim: 512 });
    expect(a.length).toBe(512);
    expect(norm(a)).toBeCloseTo(1, 5);
    expect(featurize('reset my password, PLEASE', { dim: 512 })).toEqual(a);
    expect(featurize('Ｒｅｓｅｔ my password please', { dim: 512 })).toEqual(a); // NFKC: full-width letters
  });

  it('is all zeros for text without words', () => {
    expect(norm(featurize('  ?! … ', { dim: 64 }))).toBe(0);
  });

  it('puts related texts closer than unrelated ones (shared words and char n-grams)', () => {
    const f = (t: string) => featurize(t, { dim: 1024 });
    const a = f('how do I reset my password');
    expect(dot(a, f('password reset does not work'))).toBeGreaterThan(dot(a, f('what is the capital of France')) + 0.2);
    expect(dot(f('invoice'), f('invoices'))).toBeGreaterThan(0.5); // char n-grams tolerate inflection
  });

  it('reads only the first maxChars characters', () => {
    const head = 'billing question about my invoice ';
    expect(featurize(head + 'x'.repeat(100) + ' legal contract', { dim: 256, maxChars: head.length })).toEqual(
      featurize(head, { dim: 256 }),
    );
  });
});

describe('LM tokenizer', () => {
  it('splits words and punctuation, lower-cased, keeping contractions', () => {
    expect(tokenizeWords("Hi! It's the billing page, isn't it?")).toEqual([
      'hi',
      '!',
      "it's",
      'the',
      'billing',
      'page',
      ',',
      "isn't",
      'it',
      '?',
    ]);
    expect(tokenizeWords('Straße für Ärzte')).toEqual(['straße', 'für', 'ärzte']);
  });

  it('detokenizes with sentence capitals, "I" and attached punctuation', () => {
    expect(detokenize(['<s>', 'i', 'am', 'here', '.', 'you', 'are', 'welcome', ',', 'bob', '!', '</s>'])).toBe(
      'I am here. You are welcome, bob!',
    );
  });

  it('lays out the LM context row as the manifest documents (prev1 | prev2 | pair | prompt)', () => {
    const layout = { vocabSize: 10, pairBuckets: 8, promptBuckets: 16 };
    const bag = lmPromptBag('my invoice is wrong', 16);
    const row = lmContextInto(new Float32Array(10 + 10 + 8 + 16), layout, 3, 7, bag);
    const [p1, p2, pair] = lmContextIndices(layout, 3, 7);
    expect([p1, p2]).toEqual([7, 13]);
    expect(pair).toBeGreaterThanOrEqual(20);
    expect(pair).toBeLessThan(28);
    expect(row[7]).toBe(1);
    expect(row[13]).toBe(1);
    expect(row[pair]).toBe(1);
    expect(Array.from(row.subarray(28))).toEqual(Array.from(bag));
    expect(row.reduce((a, x) => a + (x !== 0 ? 1 : 0), 0)).toBe(3 + bag.filter((x) => x !== 0).length);
  });
});

describe('sampling', () => {
  const probs = Float32Array.from([0.02, 0.5, 0.3, 0.15, 0.03]);
  it('is greedy at temperature 0 and skips banned ids', () => {
    expect(sample(probs, 0, 20, new Set(), mulberry32(1))).toBe(1);
    expect(sample(probs, 0, 20, new Set([1]), mulberry32(1))).toBe(2);
  });
  it('is deterministic for a seed and stays within top-k / top-p', () => {
    const draw = (seed: number, k: number, p: number): number[] => {
      const r = mulberry32(seed);
      return Array.from({ length: 200 }, () => sample(probs, 1, k, new Set(), r, p));
    };
    const a = draw(7, 2, 1);
    expect(draw(7, 2, 1)).toEqual(a);
    expect(new Set(a)).toEqual(new Set([1, 2]));
    expect(new Set(draw(3, 20, 0.75))).toEqual(new Set([1, 2])); // 0.5 + 0.3 ≥ 0.75
  });
});
