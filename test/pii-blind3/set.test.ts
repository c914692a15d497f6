// The third blind PII set stays valid and reproducible: it rebuilds byte for byte (set and README) from inputs/ and
// the phrasings with no Debian package installed, every span is in range, non-empty, of a docs/pii-labels.md type and
// valid for it, ids are unique, no PERSON token is shared with any other set's PERSON spans (test/pii-blind2
// included), and the counts the README states hold. No scoring thresholds: the set is a measurement, not a gate.
import { describe, expect, it } from 'vitest';
import { setChecks } from '../pii-blind/set-checks.ts';
import { checkCommitted, PATHS } from './build.ts';
import { checkSet } from './check.ts';
import { LANGS, PER_LANG } from './generate.ts';
import { nameTokens, OTHER_SETS, otherSetsPersonTokens, PARTICLES } from './names.ts';

describe('test/pii-blind3', () => {
  setChecks({
    name: 'blind3',
    paths: PATHS,
    checkCommitted,
    otherSets: OTHER_SETS,
    otherSetsInWords: 'five',
    otherSetsInclude: ['test/pii-blind2/blind2.jsonl'],
    otherSetsPersonTokens,
    nameTokens,
    PARTICLES,
    minSharedToken: 2,
    idsNamed: false,
    langs: LANGS,
    perLang: PER_LANG,
    types: ['EMAIL', 'PHONE', 'ADDRESS', 'DATE_OF_BIRTH', 'IBAN', 'CREDIT_CARD', 'NATIONAL_ID', 'SECRET', 'BANK_ACCOUNT', 'IP_ADDRESS'],
  });

  it('the check catches a broken check digit, a name of another set, a bad span and a valid card in a negative', () => {
    const doc = (id: string, text: string, entities: { type: string; start: number; end: number }[]) =>
      JSON.stringify({ id, text, lang: 'en', entities });
    const problems = checkSet(
      [
        doc('a-pos', 'NHS 943 476 5871', [{ type: 'NATIONAL_ID', start: 4, end: 16 }]),
        doc('b-pos', 'Thanks, Quillon!', [{ type: 'PERSON', start: 8, end: 15 }]),
        doc('c-pos', 'Hi Name here', [{ type: 'PERSON', start: 2, end: 7 }]),
        doc('d-neg', 'order 4539 1488 0343 6467 shipped', []),
        doc('e-pos', 'IBAN GB82 WEST 1234 5698 7654 31', [{ type: 'IBAN', start: 5, end: 32 }]),
      ].join('\n') + '\n',
      new Set(['quillon']),
    ).join('\n');
    expect(problems).toMatch(/a-pos NATIONAL_ID .*no national scheme/);
    expect(problems).toMatch(/b-pos PERSON .*another set: quillon/);
    expect(problems).toMatch(/c-pos PERSON .*edge/);
    expect(problems).toMatch(/d-neg: unlabelled Luhn-valid number/);
    expect(problems).toMatch(/e-pos IBAN .*mod 97/);
  });
});
