// Next-token choice on hand-made logits: greedy, the repetition penalty (against transformers.js' own
// RepetitionPenaltyLogitsProcessor), temperature, top-k and top-p as transformers defines its warpers (Python
// transformers: transformers.js ships those two without an implementation), and seeded draws.
import { RepetitionPenaltyLogitsProcessor, Tensor } from '@huggingface/transformers';
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../runner.ts';
import { applyRepetitionPenalty, argmax, draw, nextToken, warp, type SamplingParams } from './sampling.ts';

const logitsOf = (probs: readonly number[]) => Float32Array.from(probs, Math.log);
const SAMPLE: SamplingParams = { doSample: true, temperature: 1, topK: 0, topP: 1, repetitionPenalty: 1 };

describe('greedy', () => {
  it('takes the highest logit, the lowest id among equals', () => {
    expect(argmax(Float32Array.from([0.1, 2, -1, 2]))).toBe(1);
    expect(nextToken(Float32Array.from([0.1, 2, -1, 3]), [], { ...SAMPLE, doSample: false }, mulberry32(0))).toBe(3);
  });

  it('applies the repetition penalty before the argmax, as transformers does in greedy search', () => {
    // Token 3 was seen: 3 / 2 = 1.5 < 2, so token 1 wins.
    expect(nextToken(Float32Array.from([0.1, 2, -1, 3]), [3], { ...SAMPLE, doSample: false, repetitionPenalty: 2 }, mulberry32(0))).toBe(1);
  });
});

describe('repetition penalty', () => {
  it('gives what transformers.js gives: positive logits divided, negative multiplied, each seen token once', () => {
    const logits = [1.5, -2, 3, 0.5, -0.25, 0];
    const seen = [0, 1, 1, 1, 4, 5, 0];
    const ours = Float32Array.from(logits);
    applyRepetitionPenalty(ours, seen, 1.3);
    const reference = new RepetitionPenaltyLogitsProcessor(1.3);
    const theirs = reference([seen.map(BigInt)], new Tensor('float32', Float32Array.from(logits), [1, logits.length]));
    expect([...ours]).toEqual([...(theirs.data as Float32Array)]);
    expect(ours[1]).toBeCloseTo(-2.6, 5); // seen three times, penalized once
    expect(ours[2]).toBe(3); // not seen
  });
});

describe('warpers', () => {
  it('temperature divides the logits before the softmax', () => {
    const logits = Float32Array.from([2, 1, 0]);
    const { ids, probs } = warp(logits, { temperature: 0.5, topK: 0, topP: 1 });
    const expected = [4, 2, 0].map(Math.exp);
    const total = expected.reduce((a, b) => a + b);
    expect(ids).toEqual([0, 1, 2]);
    probs.forEach((p, i) => expect(p).toBeCloseTo(expected[i]! / total, 6));
  });

  it('top-k keeps the k highest (and any tied with the k-th) and renormalizes; 0 is off', () => {
    const logits = Float32Array.from([1, 5, 3, 3, 0, 4]);
    expect(warp(logits, { temperature: 1, topK: 2, topP: 1 }).ids).toEqual([1, 5]);
    expect(warp(logits, { temperature: 1, topK: 3, topP: 1 }).ids).toEqual([1, 5, 2, 3]);
    expect(warp(logits, { temperature: 1, topK: 0, topP: 1 }).ids).toEqual([1, 5, 2, 3, 0, 4]);
    const { probs } = warp(logits, { temperature: 1, topK: 2, topP: 1 });
    expect(probs[0]).toBeCloseTo(Math.exp(5) / (Math.exp(5) + Math.exp(4)), 6);
  });

  it('top-p keeps the most likely tokens until their mass reaches top_p, at least one', () => {
    const logits = logitsOf([0.05, 0.5, 0.15, 0.3]);
    expect(warp(logits, { temperature: 1, topK: 0, topP: 0.75 }).ids).toEqual([1, 3]);
    expect(warp(logits, { temperature: 1, topK: 0, topP: 0.85 }).ids).toEqual([1, 3, 2]);
    expect(warp(logits, { temperature: 1, topK: 0, topP: 0.1 }).ids).toEqual([1]);
    const { probs } = warp(logits, { temperature: 1, topK: 0, topP: 0.75 });
    expect(probs[0]).toBeCloseTo(0.5 / 0.8, 6);
    expect(probs[1]).toBeCloseTo(0.3 / 0.8, 6);
  });

  it('top-p works on the distribution after temperature and top-k, in that order', () => {
    // After top-k 3: 0.5, 0.3, 0.15 → renormalized 0.526, 0.316, 0.158; top-p 0.8 then needs the first two.
    const logits = logitsOf([0.05, 0.5, 0.15, 0.3]);
    expect(warp(logits, { temperature: 1, topK: 3, topP: 0.8 }).ids).toEqual([1, 3]);
    // A high temperature flattens the distribution: the same top-p now needs all three.
    expect(warp(logits, { temperature: 10, topK: 3, topP: 0.8 }).ids).toEqual([1, 3, 2]);
  });
});

describe('seeded draws', () => {
  it('draws by the probabilities, and the same seed gives the same tokens', () => {
    const logits = logitsOf([0.1, 0.6, 0.3]);
    const tokens = (seed: number) => {
      const rand = mulberry32(seed);
      return Array.from({ length: 20_000 }, () => nextToken(Float32Array.from(logits), [], SAMPLE, rand));
    };
    const first = tokens(7);
    expect(tokens(7)).toEqual(first);
    expect(tokens(8)).not.toEqual(first);
    const share = (id: number) => first.filter((t) => t === id).length / first.length;
    expect(share(0)).toBeCloseTo(0.1, 1);
    expect(share(1)).toBeCloseTo(0.6, 1);
    expect(share(2)).toBeCloseTo(0.3, 1);
  });

  it('never draws a token the warpers removed', () => {
    const rand = mulberry32(1);
    const candidates = warp(logitsOf([0.4, 0.35, 0.2, 0.05]), { temperature: 1, topK: 2, topP: 1 });
    const drawn = new Set(Array.from({ length: 5000 }, () => draw(candidates, rand)));
    expect([...drawn].sort()).toEqual([0, 1]);
  });
});
