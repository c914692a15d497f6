// The independent PII set stays valid: offsets inside the text, no overlaps, known types, PERSON values free of
// gazetteer and tagger-locale tokens, check digits, balanced languages — and it rebuilds byte for byte from
// inputs/ with the hashes its README records. No scoring thresholds: the set is a measurement, not a gate.
import { describe, expect, it } from 'vitest';
import { checkCommitted } from './build.ts';
import { checkSet } from './check.ts';

describe('test/pii-independent', () => {
  it('passes build.ts --check', () => {
    expect(checkCommitted()).toEqual([]);
  });

  it('the check catches a span outside the text, an overlap, a gazetteer name and a broken check digit', () => {
    const doc = (id: string, text: string, entities: { type: string; start: number; end: number }[]) =>
      JSON.stringify({ id, text, lang: 'en', entities });
    const problems = checkSet(
      [
        doc('a-pos', 'Hi Nodar', [{ type: 'PERSON', start: 3, end: 20 }]),
        doc('b-pos', 'Ask Anna Berg', [{ type: 'PERSON', start: 4, end: 13 }]),
        doc('c-pos', 'IBAN DE00 1234', [{ type: 'IBAN', start: 5, end: 14 }]),
        doc('d-pos', 'Nodar Beridze', [
          { type: 'PERSON', start: 0, end: 5 },
          { type: 'PERSON', start: 3, end: 13 },
        ]),
      ].join('\n'),
    );
    expect(problems.join('\n')).toMatch(/a-pos .*offsets outside the text/);
    expect(problems.join('\n')).toMatch(/b-pos .*gazetteer: anna/);
    expect(problems.join('\n')).toMatch(/c-pos .*mod-97/);
    expect(problems.join('\n')).toMatch(/d-pos .*overlaps/);
  });
});
