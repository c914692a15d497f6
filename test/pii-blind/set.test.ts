// The blind PII set stays valid and reproducible: it rebuilds byte for byte (set and README) from inputs/ and the
// phrasings, every span is in range, non-empty and of a docs/pii-labels.md type, ids are unique, no PERSON token is
// shared with the other sets' PERSON spans, and the counts the README states hold. No scoring thresholds: the set
// is a measurement, not a gate.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkCommitted, PATHS } from './build.ts';
import { checkSet, PARTICLES } from './check.ts';
import type { Doc } from './doc.ts';
import { LANGS, PER_LANG } from './generate.ts';
import { nameTokens, otherSetsPersonTokens } from './names.ts';
import { counts } from '../pii-fresh/readme.ts';

const docs = (): Doc[] =>
  readFileSync(PATHS.set, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Doc);

describe('test/pii-blind', () => {
  it('passes build.ts --check: valid spans and values, and set and README rebuild byte for byte', () => {
    expect(checkCommitted()).toEqual([]);
  });

  it('shares no PERSON token with the PERSON spans of the other three sets', () => {
    const others = otherSetsPersonTokens();
    const shared = docs().flatMap((d) =>
      d.entities
        .filter((e) => e.type === 'PERSON')
        .flatMap((e) => nameTokens(d.text.slice(e.start, e.end)).filter((t) => t.length > 1 && !PARTICLES.has(t) && others.has(t))),
    );
    expect(shared).toEqual([]);
  });

  it('has the balance the README states: 100 documents per language, half sensitive, half the negatives hard, PERSON in ≥ 40 %', () => {
    const all = docs();
    const ids = new Set(all.map((d) => d.id));
    expect(ids.size).toBe(all.length);
    const c = counts(all);
    for (const lang of LANGS)
      expect(c.byLang[lang]).toEqual({
        documents: 100,
        sensitive: PER_LANG.pos,
        negatives: PER_LANG.hard + PER_LANG.neg,
        hard: PER_LANG.hard,
      });
    expect(c.sensitiveWithPerson / c.sensitive).toBeGreaterThanOrEqual(0.4);
    const readme = readFileSync(PATHS.readme, 'utf8');
    expect(readme).toContain(`${c.sensitiveWithPerson} of the ${c.sensitive} sensitive documents name a person`);
    for (const lang of LANGS)
      expect(readme).toContain(`| ${lang} | 100 | ${PER_LANG.pos} | ${PER_LANG.hard + PER_LANG.neg} | ${PER_LANG.hard} |`);
    for (const [type, n] of Object.entries(c.byType)) expect(readme).toContain(`| \`${type}\` | ${n} |`);
  });

  it('the check catches a span outside the text, an empty span, an overlap, an unknown type, a duplicate id, a broken check digit and a name of another set', () => {
    const doc = (id: string, text: string, entities: { type: string; start: number; end: number }[]) =>
      JSON.stringify({ id, text, lang: 'en', entities });
    const problems = checkSet(
      [
        doc('a-pos', 'Hi Zorana', [{ type: 'PERSON', start: 3, end: 20 }]),
        doc('b-pos', 'Hi Zorana', [{ type: 'PERSON', start: 3, end: 3 }]),
        doc('c-pos', 'Zorana Pelko', [
          { type: 'PERSON', start: 0, end: 6 },
          { type: 'PERSON', start: 3, end: 12 },
        ]),
        doc('d-pos', 'Zorana', [{ type: 'NAME', start: 0, end: 6 }]),
        doc('d-pos', 'IBAN DE00 1234 5678 9012 3456 78', [{ type: 'IBAN', start: 5, end: 32 }]),
        doc('e-pos', 'Thanks, Quillon!', [{ type: 'PERSON', start: 8, end: 15 }]),
      ].join('\n'),
      { common: new Set(), otherSets: new Set(['quillon']) },
    ).join('\n');
    expect(problems).toMatch(/a-pos .*empty or outside the text/);
    expect(problems).toMatch(/b-pos .*empty or outside the text/);
    expect(problems).toMatch(/c-pos .*overlaps/);
    expect(problems).toMatch(/d-pos NAME .*not a type/);
    expect(problems).toMatch(/d-pos: duplicate id/);
    expect(problems).toMatch(/d-pos IBAN .*mod-97/);
    expect(problems).toMatch(/e-pos PERSON .*another set: quillon/);
  });
});
