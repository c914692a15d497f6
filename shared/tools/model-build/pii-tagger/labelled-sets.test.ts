import { describe, expect, it } from 'vitest';
import { lowestWithin, type SetPoint } from './labelled-sets.ts';

const point = (set: string, threshold: number, fpr: number): SetPoint => ({
  set,
  threshold,
  rareNameThreshold: threshold,
  recall: 1 - threshold / 2,
  fpr,
  personRecall: 1 - threshold,
});

describe('the thresholds chosen on the development sets', () => {
  const points = [
    point('a', 0.5, 0.02),
    point('b', 0.5, 0.045),
    point('a', 0.6, 0.02),
    point('b', 0.6, 0.031),
    point('a', 0.65, 0.015),
    point('b', 0.65, 0.025),
    point('a', 0.8, 0.01),
    point('b', 0.8, 0.02),
  ];
  const byThreshold = (p: SetPoint) => p.threshold;

  it('are the lowest (the most recall) whose false-positive rate stays within the target on every set', () => {
    expect(lowestWithin(points, [0.5, 0.6, 0.65, 0.8], byThreshold, 0.03)).toBe(0.65);
    expect(lowestWithin(points, [0.5, 0.6, 0.65, 0.8], byThreshold, 0.05)).toBe(0.5);
  });

  it('are none when no candidate holds the target, or a candidate was not measured', () => {
    expect(lowestWithin(points, [0.5, 0.6, 0.65, 0.8], byThreshold, 0.01)).toBeUndefined();
    expect(lowestWithin(points, [0.7], byThreshold, 0.5)).toBeUndefined();
  });
});
