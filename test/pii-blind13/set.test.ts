// The thirteenth blind PII set stays valid and reproducible: it rebuilds byte for byte (set and README) from inputs/
// and the phrasings with no Debian package installed, every span is in range, non-empty, of a docs/pii-labels.md
// type and valid for it, ids are unique, no PERSON token is shared with any of the fifteen other sets' PERSON spans,
// the validators agree with published and worked examples and with this set's own ids, the carrier reader keeps
// prose and drops markup, entities and keys, the honorifics come out as intended, and the counts the README states
// hold. No scoring thresholds: the set is a measurement, not a gate.
import { describe, expect, it } from 'vitest';
import { Rng } from '../pii-independent/rng.ts';
import {
  blindSetChecks,
  expectPublishedExamples,
  itCatchesBrokenDocuments,
  itGeneratesValidValues,
  publishedExamples,
  readDocs,
} from '../pii-blind/set-checks.ts';
import { checkCommitted, PATHS } from './build.ts';
import { fit, handbookParagraphs, paraText, sentencesOf } from './carriers.ts';
import { checkSet } from './check.ts';
import { LANGS, PER_LANG, PHRASINGS } from './generate.ts';
import { fold, HONORIFICS, nameTokens, OTHER_SETS, otherSetsPersonTokens, PARTICLES } from './names.ts';
import { genders, unknownSlots } from './template.ts';
import * as v from './values.ts';

const COUNTRIES = ['LA', 'AF', 'PK', 'RW'] as const;

describe('test/pii-blind13', () => {
  blindSetChecks(13, {
    paths: PATHS,
    checkCommitted,
    otherSets: OTHER_SETS,
    otherSetsInclude: ['test/pii-blind11/blind11.jsonl', 'test/pii-blind12/blind12.jsonl', 'test/pii-independent/independent.jsonl'],
    otherSetsPersonTokens,
    nameTokens,
    PARTICLES,
    langs: LANGS,
    perLang: PER_LANG,
    phrasings: PHRASINGS,
    unknownSlots,
    genders,
  });

  it('the validators accept published and worked examples and reject them with one digit changed', () => {
    expectPublishedExamples([
      ...publishedExamples(v),
      // The Pakistani IBAN of the SWIFT IBAN registry's example.
      [v.ibanValid, 'PK36SCBL0000001123456702'],
    ]);
    // This set's own shapes (no check digit is asserted for them; see values.ts).
    expect(v.cnicValid('17301-1234567-3')).toBe(true);
    expect(v.cnicValid('1730112345673')).toBe(true);
    expect(v.cnicValid('17301-123456-3')).toBe(false);
    expect(v.rwandaIdValid('1 1990 8 0012345 0 67')).toBe(true);
    expect(v.rwandaIdValid('1199070012345067')).toBe(true);
    expect(v.rwandaIdValid('1199090012345067')).toBe(false);
    expect(v.tazkiraValid('1401-0102-34567')).toBe(true);
    expect(v.tazkiraValid('2401-0102-34567')).toBe(false);
    expect(v.laoIdValid('01-23456789')).toBe(true);
    expect(v.laoIdValid('19-23456789')).toBe(false);
    expect(v.passportValid('P1234567')).toBe(true);
    expect(v.passportValid('PC123456')).toBe(true);
    // A Pakistani IBAN of 23 characters is refused (Pakistan's are 24).
    expect(v.ibanValid('PK36SCBL000000112345670')).toBe(false);
  });

  it("writes the sex into a CNIC's last digit and the birth year and sex into a Rwandan ID", () => {
    const rng = new Rng(7);
    for (let i = 0; i < 200; i++) {
      const female = rng.chance(0.5);
      const last = Number(v.cnic(rng, female).slice(-1));
      expect(last % 2).toBe(female ? 0 : 1);
      const year = rng.int(1950, 2005);
      const id = v.rwandaId(rng, year, female).replace(/ /g, '');
      expect(id.slice(1, 5)).toBe(String(year));
      expect(id[5]).toBe(female ? '7' : '8');
    }
  });

  itGeneratesValidValues(
    v,
    {
      ibans(rng) {
        expect(v.ibanValid(v.pakistaniIban(rng))).toBe(true);
      },
      ids(rng) {
        for (const f of Object.values(v.NATIONAL_IDS)) expect(v.NATIONAL_VALIDATORS.some((g) => g(f(rng)))).toBe(true);
        expect(v.cnicValid(v.cnic(rng, rng.chance(0.5)))).toBe(true);
        expect(v.rwandaIdValid(v.rwandaId(rng, rng.int(1950, 2005), rng.chance(0.5)))).toBe(true);
        expect(v.tazkiraValid(v.tazkira(rng))).toBe(true);
        expect(v.laoIdValid(v.laoId(rng))).toBe(true);
      },
      passportCountries: COUNTRIES,
      licenceHolder: ['Vongsavath', 'Somphone'],
      accounts: [],
      phones(rng, lang) {
        expect(v.digitsOf(v.groupedPhone(rng, rng.pick(COUNTRIES))).length).toBeGreaterThanOrEqual(9);
        expect(v.spokenDigits(v.spokenPhone(rng, lang, rng.pick(COUNTRIES)), lang)?.length).toBeGreaterThanOrEqual(9);
        expect(v.digitsOf(v.homePhone(rng, rng.pick(COUNTRIES))).length).toBeGreaterThanOrEqual(9);
      },
    },
    LANGS,
  );

  it("writes a Rwandan's second personal name, FAMILY NAME first and handles, and folds accents away", () => {
    expect(fold('Zürich Ré')).toBe('Zurich Re');
    const persons = readDocs(PATHS.set).flatMap((d) =>
      d.entities.filter((e) => e.type === 'PERSON').map((e) => d.text.slice(e.start, e.end)),
    );
    expect(persons.some((p) => /^[A-Z][a-z]+ [A-Z][a-z]+ [A-Z][a-z]+$/.test(p))).toBe(true);
    expect(persons.some((p) => /^[A-Z]+ [A-Z][a-z]+$/.test(p))).toBe(true);
    expect(persons.some((p) => /^[a-z]+[.-][a-z]+$/.test(p))).toBe(true);
  });

  it('keeps Thao, Nang, Than, Sahib, Mohtarama, Haji, Bibi, Madamu and Muzehe outside PERSON spans, and uses them', () => {
    const docs = readDocs(PATHS.set);
    const titles = Object.values(HONORIFICS);
    for (const d of docs)
      for (const e of d.entities.filter((x) => x.type === 'PERSON')) {
        const words = d.text.slice(e.start, e.end).split(/\s+/);
        for (const t of titles) expect(words, d.id).not.toContain(t);
      }
    const all = docs.map((d) => d.text).join('\n');
    expect(all).toMatch(/\b(Thao|Nang|Than) [A-Z]/);
    expect(all).toMatch(/[a-z] Sahib\b|\b(Mohtarama|Haji|Bibi) [A-Z]/);
    expect(all).toMatch(/\b(Madamu|Muzehe) [A-Z]/);
  });

  it('the carrier reader keeps the paragraphs of the chapters, drops index terms and marks every other element or entity', () => {
    const book = [
      '<book><bookinfo><abstract><para>This documentation describes &kpatience;.</para></abstract></bookinfo>',
      '<chapter id="a"><title>Rules</title>',
      '<para><indexterm><primary>talon</primary></indexterm>The remaining cards are put down on the <emphasis>talon</emphasis>.</para>',
      '<para\n>Choosing the <guimenuitem>Drop</guimenuitem> action moves cards &mdash; as many as it can.</para\n>',
      '</chapter></book>',
    ].join('\n');
    expect(handbookParagraphs(book)).toEqual([
      'The remaining cards are put down on the talon.',
      'Choosing the \uFFFCDrop\uFFFC action moves cards — as many as it can.',
    ]);
    expect(paraText('Use &kpatience; here, &eg; now.')).toBe('Use \uFFFC here, \uFFFC now.');
    expect(sentencesOf('Die echten Familien sind alle von einer Farbe (z. B. Herz). Das ist alles.')).toEqual([
      'Die echten Familien sind alle von einer Farbe (z. B. Herz).',
      'Das ist alles.',
    ]);
    const lex = {
      lower: new Set(['the', 'cards', 'are', 'put', 'down', 'on', 'talon', 'remaining', 'of', 'each', 'pile', 'and', 'is', 'empty']),
      asWritten: new Set<string>(),
    };
    expect(fit('The remaining cards are put down on the talon of each pile.', 'en', lex)).toBe(true);
    expect(fit('The remaining cards are put down on the talon of each \uFFFC pile.', 'en', lex)).toBe(false);
    expect(fit('The remaining cards are put down on the talon of each pile and Simon is empty.', 'en', lex)).toBe(false);
  });

  itCatchesBrokenDocuments(checkSet, { nationalId: { text: 'code 123456789017', start: 5, end: 17 }, poolName: 'Vongsavath' });
});
