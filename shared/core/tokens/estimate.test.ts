import { countTokens } from 'gpt-tokenizer/encoding/o200k_base';
import { describe, expect, it } from 'vitest';
import { estimateTokens } from './estimate.ts';

// The estimator routes requests by size, so what matters is that it stays close to a real tokenizer
// (o200k_base, as used by current OpenAI models) on the kinds of text people send.
const samples: Record<string, string> = {
  'english prose': 'The quarterly review showed that customer churn increased slightly, mostly in the smaller accounts. '.repeat(12),
  'german prose': 'Die Lieferung verzögert sich um zwei Wochen, weil der Zulieferer seine Produktion umgestellt hat. '.repeat(12),
  'french prose': "Le comité a décidé de reporter la réunion à la semaine prochaine afin d'inclure les nouveaux chiffres. ".repeat(12),
  'spanish prose': 'El equipo de soporte respondió a todas las solicitudes pendientes antes del cierre del mes pasado. '.repeat(12),
  typescript:
    'export function sum(values: number[]): number {\n  let total = 0;\n  for (const v of values) total += v;\n  return total;\n}\n'.repeat(
      10,
    ),
  json: JSON.stringify(
    Array.from({ length: 30 }, (_, i) => ({ id: i, sku: `SKU-${1000 + i}`, qty: i % 7, price: 12.5 * i })),
    null,
    2,
  ),
  'log lines': Array.from(
    { length: 40 },
    (_, i) => `2026-03-0${(i % 9) + 1}T10:${String(i).padStart(2, '0')}:00Z INFO worker-${i % 4} processed batch ${i * 17} in ${i * 3} ms`,
  ).join('\n'),
  csv:
    'date,region,orders,revenue\n' +
    Array.from(
      { length: 40 },
      (_, i) => `2026-01-${String((i % 28) + 1).padStart(2, '0')},EU-${i % 3},${i * 13},${(i * 101.25).toFixed(2)}`,
    ).join('\n'),
};

describe('estimateTokens', () => {
  for (const [kind, text] of Object.entries(samples)) {
    it(`stays within 25% of o200k_base for ${kind}`, () => {
      const real = countTokens(text);
      const estimate = estimateTokens(text);
      expect(estimate / real).toBeGreaterThan(0.75);
      expect(estimate / real).toBeLessThan(1.25);
    });
  }

  it('is zero for empty text and grows with the text', () => {
    expect(estimateTokens('')).toBe(0);
    expect(estimateTokens('hello')).toBeGreaterThan(0);
    expect(estimateTokens('hello world '.repeat(100))).toBeGreaterThan(estimateTokens('hello world '.repeat(10)) * 9);
  });

  it('counts emoji and CJK instead of treating them as one long word', () => {
    expect(estimateTokens('😀😀😀😀😀😀😀😀😀😀')).toBeGreaterThanOrEqual(10);
    expect(estimateTokens('東京都の天気予報を教えてください')).toBeGreaterThanOrEqual(8);
  });
});
