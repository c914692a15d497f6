// The vitest assertions every blind set from test/pii-blind3 on makes of itself, parameterised by the set: it passes
// its build.ts --check (valid spans and values, set and README rebuilt byte for byte), shares no PERSON token with
// the other sets' PERSON spans, has the balance its README states, and (where the set has slot lists) uses known
// template slots only. Call setChecks inside the set's describe; its own assertions follow.
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { counts } from '../pii-fresh/readme.ts';
import type { Doc, Lang } from './doc.ts';
import type { Kind, Phrasings } from './set-generate.ts';

export interface SetUnderTest {
  /** The set's file name without .jsonl: 'blind5'. */
  name: string;
  paths: { set: string; readme: string };
  checkCommitted(): string[];
  /** The other sets' files (the set's names.ts OTHER_SETS). */
  otherSets: readonly string[];
  /** How many other sets, in words for the test's title ('seven'). */
  otherSetsInWords: string;
  /** How many there must be; undefined: not asserted. */
  otherSetCount?: number;
  /** Files the list of other sets must hold. */
  otherSetsInclude: readonly string[];
  otherSetsPersonTokens(): Set<string>;
  nameTokens(name: string): string[];
  PARTICLES: ReadonlySet<string>;
  /** Tokens shorter than this are not compared with the other sets'. */
  minSharedToken: number;
  /** Whether every id must read <name>-<lang>-NNN-<kind>. */
  idsNamed: boolean;
  langs: readonly Lang[];
  perLang: Readonly<Record<Kind, number>>;
  /** Types besides PERSON that must each label at least five spans. */
  types: readonly string[];
  /** The phrasings and a template's unknown slots (after its gender marks are read), when the set checks them. */
  templates?: { phrasings: Readonly<Record<Lang, Phrasings>>; unknownSlots(template: string): string[] };
}

/** The set's documents as committed. */
export const readDocs = (path: string): Doc[] =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Doc);

/** Registers the shared assertions for a set; call it inside the set's describe. */
export function setChecks(s: SetUnderTest): void {
  const docs = () => readDocs(s.paths.set);
  const perLangTotal = s.perLang.pos + s.perLang.hard + s.perLang.neg;

  it('passes build.ts --check: valid spans and values, and set and README rebuild byte for byte', () => {
    expect(s.checkCommitted()).toEqual([]);
  });

  it(`shares no PERSON token with the PERSON spans of the ${s.otherSetsInWords} other sets`, () => {
    if (s.otherSetCount !== undefined) expect(s.otherSets).toHaveLength(s.otherSetCount);
    for (const path of s.otherSetsInclude) expect(s.otherSets).toContain(path);
    const others = s.otherSetsPersonTokens();
    expect(others.size).toBeGreaterThan(1000);
    const shared = docs().flatMap((d) =>
      d.entities
        .filter((e) => e.type === 'PERSON')
        .flatMap((e) =>
          s.nameTokens(d.text.slice(e.start, e.end)).filter((t) => t.length >= s.minSharedToken && !s.PARTICLES.has(t) && others.has(t)),
        ),
    );
    expect(shared).toEqual([]);
  });

  it(`has the balance the README states: ${perLangTotal} documents per language, half sensitive, half the negatives hard, PERSON the most frequent type and in ≥ 40 %`, () => {
    const all = docs();
    expect(all).toHaveLength(perLangTotal * s.langs.length);
    expect(new Set(all.map((d) => d.id)).size).toBe(all.length);
    expect(new Set(all.map((d) => d.text)).size).toBe(all.length);
    if (s.idsNamed) expect(all.every((d) => new RegExp(`^${s.name}-(en|de|fr|es|it|nl)-\\d{3}-(pos|hard|neg)$`).test(d.id))).toBe(true);
    const c = counts(all);
    for (const lang of s.langs)
      expect(c.byLang[lang]).toEqual({
        documents: perLangTotal,
        sensitive: s.perLang.pos,
        negatives: s.perLang.hard + s.perLang.neg,
        hard: s.perLang.hard,
      });
    expect(c.sensitiveWithPerson / c.sensitive).toBeGreaterThanOrEqual(0.4);
    const [top] = Object.entries(c.byType).sort((a, b) => b[1] - a[1]);
    expect(top?.[0]).toBe('PERSON');
    for (const type of s.types) expect(c.byType[type] ?? 0).toBeGreaterThanOrEqual(5);
    const readme = readFileSync(s.paths.readme, 'utf8');
    expect(readme).toContain(`${c.sensitiveWithPerson} of the ${c.sensitive} sensitive documents name a person`);
    for (const lang of s.langs)
      expect(readme).toContain(`| ${lang} | ${perLangTotal} | ${s.perLang.pos} | ${s.perLang.hard + s.perLang.neg} | ${s.perLang.hard} |`);
    for (const [type, n] of Object.entries(c.byType)) expect(readme).toContain(`| \`${type}\` | ${n} |`);
  });

  const templates = s.templates;
  if (templates)
    it('every template uses known slots only', () => {
      for (const lang of s.langs)
        for (const t of [...templates.phrasings[lang].pos, ...templates.phrasings[lang].hard, ...templates.phrasings[lang].neg])
          expect(templates.unknownSlots(t), t).toEqual([]);
    });
}

/** Each validator accepts its published example and rejects it with the last digit changed. */
export function expectPublishedExamples(good: readonly [(s: string) => boolean, string][]): void {
  for (const [f, s] of good) {
    expect(f(s), s).toBe(true);
    const i = s.search(/\d(?=\D*$)/);
    const broken = s.slice(0, i) + String((Number(s[i]) + 1) % 10) + s.slice(i + 1);
    expect(f(broken), broken).toBe(false);
  }
}
