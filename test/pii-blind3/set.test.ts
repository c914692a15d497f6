// The third blind PII set stays valid and reproducible: it rebuilds byte for byte (set and README) from inputs/ and
// the phrasings with no Debian package installed, every span is in range, non-empty, of a docs/pii-labels.md type and
// valid for it, ids are unique, no PERSON token is shared with any other set's PERSON spans (test/pii-blind2
// included), and the counts the README states hold. No scoring thresholds: the set is a measurement, not a gate.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Doc } from '../pii-blind/doc.ts';
import { counts } from '../pii-fresh/readme.ts';
import { checkCommitted, PATHS } from './build.ts';
import { checkSet } from './check.ts';
import { LANGS, PER_LANG } from './generate.ts';
import { nameTokens, OTHER_SETS, otherSetsPersonTokens, PARTICLES } from './names.ts';

const docs = (): Doc[] =>
  readFileSync(PATHS.set, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Doc);

describe('test/pii-blind3', () => {
  it('passes build.ts --check: valid spans and values, and set and README rebuild byte for byte', () => {
    expect(checkCommitted()).toEqual([]);
  });

  it('shares no PERSON token with the PERSON spans of the five other sets', () => {
    expect(OTHER_SETS).toContain('test/pii-blind2/blind2.jsonl');
    const others = otherSetsPersonTokens();
    expect(others.size).toBeGreaterThan(1000);
    const shared = docs().flatMap((d) =>
      d.entities
        .filter((e) => e.type === 'PERSON')
        .flatMap((e) => nameTokens(d.text.slice(e.start, e.end)).filter((t) => t.length > 1 && !PARTICLES.has(t) && others.has(t))),
    );
    expect(shared).toEqual([]);
  });

  it('has the balance the README states: 100 documents per language, half sensitive, half the negatives hard, PERSON the most frequent type and in ≥ 40 %', () => {
    const all = docs();
    expect(all).toHaveLength(600);
    expect(new Set(all.map((d) => d.id)).size).toBe(all.length);
    expect(new Set(all.map((d) => d.text)).size).toBe(all.length);
    const c = counts(all);
    for (const lang of LANGS)
      expect(c.byLang[lang]).toEqual({
        documents: 100,
        sensitive: PER_LANG.pos,
        negatives: PER_LANG.hard + PER_LANG.neg,
        hard: PER_LANG.hard,
      });
    expect(c.sensitiveWithPerson / c.sensitive).toBeGreaterThanOrEqual(0.4);
    const [top] = Object.entries(c.byType).sort((a, b) => b[1] - a[1]);
    expect(top?.[0]).toBe('PERSON');
    for (const type of [
      'EMAIL',
      'PHONE',
      'ADDRESS',
      'DATE_OF_BIRTH',
      'IBAN',
      'CREDIT_CARD',
      'NATIONAL_ID',
      'SECRET',
      'BANK_ACCOUNT',
      'IP_ADDRESS',
    ])
      expect(c.byType[type] ?? 0).toBeGreaterThanOrEqual(5);
    const readme = readFileSync(PATHS.readme, 'utf8');
    expect(readme).toContain(`${c.sensitiveWithPerson} of the ${c.sensitive} sensitive documents name a person`);
    for (const lang of LANGS)
      expect(readme).toContain(`| ${lang} | 100 | ${PER_LANG.pos} | ${PER_LANG.hard + PER_LANG.neg} | ${PER_LANG.hard} |`);
    for (const [type, n] of Object.entries(c.byType)) expect(readme).toContain(`| \`${type}\` | ${n} |`);
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
