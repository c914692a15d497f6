import { describe, expect, it } from 'vitest';
import { chooseDocumentThreshold, type DocumentPoint } from './calibrate.ts';

const point = (threshold: number, docFpr: number): DocumentPoint => ({
  threshold,
  docRecall: 1 - threshold,
  entityRecall: 1 - threshold,
  docFpr,
});

describe('the decision threshold', () => {
  it('is the lowest one (the most recall) whose document false-positive rate stays within the target', () => {
    const points = [point(0.3, 0.08), point(0.5, 0.04), point(0.65, 0.029), point(0.8, 0.018), point(0.9, 0.012)];
    expect(chooseDocumentThreshold(points, 0.03)).toEqual({ point: points[2], reached: true });
    expect(chooseDocumentThreshold(points, 0.02)).toEqual({ point: points[3], reached: true });
  });

  it('when none stays within it, is the one with the fewest false alarms, and says so', () => {
    const points = [point(0.5, 0.2), point(0.8, 0.1), point(0.9, 0.1)];
    expect(chooseDocumentThreshold(points, 0.03)).toEqual({ point: points[2], reached: false });
  });
});
