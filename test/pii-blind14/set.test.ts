// The fourteenth blind PII set stays valid and reproducible: it rebuilds byte for byte (set and README) from inputs/
// and the phrasings with no Debian package installed, every span is in range, non-empty, of a docs/pii-labels.md
// type and valid for it, ids are unique, no PERSON token is shared with any of the sixteen other sets' PERSON spans,
// the validators agree with published and worked examples and with this set's own ids, the carrier reader keeps
// prose and drops markup, entities and keys, the courtesy titles stay outside the spans, and the counts the README
// states hold. No scoring thresholds: the set is a measurement, not a gate.
import { describe, expect, it } from 'vitest';
import { Rng } from '../pii-independent/rng.ts';
import {
  SET_TYPES,
  expectPublishedExamples,
  itCatchesBrokenDocuments,
  itGeneratesValidValues,
  publishedExamples,
  readDocs,
  setChecks,
} from '../pii-blind/set-checks.ts';
import { checkCommitted, PATHS } from './build.ts';
import { fit, handbookParagraphs, paraText, sentencesOf } from './carriers.ts';
import { checkSet } from './check.ts';
import { LANGS, PER_LANG, PHRASINGS } from './generate.ts';
import { fold, nameTokens, OTHER_SETS, otherSetsPersonTokens, PARTICLES } from './names.ts';
import { ascii, genders, unknownSlots } from './template.ts';
import * as v from './values.ts';

const COUNTRIES = ['NO', 'SE', 'FI', 'NZ', 'AU', 'CL'] as const;

describe('test/pii-blind14', () => {
  // blindSetChecks with its parameters for a fourteenth set (sixteen other sets).
  setChecks({
    name: 'blind14',
    paths: PATHS,
    checkCommitted,
    otherSets: OTHER_SETS,
    otherSetsInWords: 'sixteen',
    otherSetCount: 16,
    otherSetsInclude: ['test/pii-blind12/blind12.jsonl', 'test/pii-blind13/blind13.jsonl', 'test/pii-independent/independent.jsonl'],
    otherSetsPersonTokens,
    nameTokens,
    PARTICLES,
    minSharedToken: 3,
    idsNamed: true,
    langs: LANGS,
    perLang: PER_LANG,
    types: SET_TYPES,
    templates: { phrasings: PHRASINGS, unknownSlots: (t) => unknownSlots(genders(t).text) },
  });

  it('fills every slot: no document holds a double brace', () => {
    for (const d of readDocs(PATHS.set)) expect(d.text, d.id).not.toContain('{{');
  });

  it('has at least twelve kinds of sensitive document and of hard negative per language', () => {
    for (const lang of LANGS) {
      expect(PHRASINGS[lang].pos.length, lang).toBeGreaterThanOrEqual(12);
      expect(PHRASINGS[lang].hard.length, lang).toBeGreaterThanOrEqual(12);
    }
  });

  it('the validators accept published and worked examples and reject them with one digit changed', () => {
    expectPublishedExamples([
      ...publishedExamples(v),
      // Norway's IBAN example of the SWIFT IBAN registry, and a Finnish one.
      [v.ibanValid, 'NO9386011117947'],
      [v.ibanValid, 'FI2112345600000785'],
      // The Finnish population register's example henkilötunnus, the Swedish tax agency's example personnummer.
      [v.hetuValid, '131052-308T'],
      [v.personnummerValid, '811228-9874'],
      // A worked Norwegian fødselsnummer, the Chilean RUN of the usual example, New Zealand IRD examples, the
      // Australian tax file number of the usual example.
      [v.fnrValid, '01010750160'],
      [v.rutValid, '12.345.678-5'],
      [v.irdValid, '49091850'],
      [v.irdValid, '136410132'],
      [v.tfnValid, '123 456 782'],
    ]);
    expect(v.rutValid('7.654.321-6')).toBe(true);
    expect(v.rutValid('15.555.555-K')).toBe(v.rutDigit('15555555') === 'K');
    expect(v.irdValid('9125568')).toBe(false);
    expect(v.passportValid('LA123456')).toBe(true);
    expect(v.passportValid('PA1234567')).toBe(true);
    // A Norwegian IBAN of 16 characters is refused (Norway's are 15).
    expect(v.ibanValid('NO93860111179470')).toBe(false);
    expect(v.bankAccountValid('06-0501-0654321-00')).toBe(true);
    expect(v.bankAccountValid('062-692')).toBe(true);
  });

  it('writes the birth date and sex into the Nordic ids', () => {
    const rng = new Rng(14);
    for (let i = 0; i < 300; i++) {
      const female = rng.chance(0.5);
      const b = v.drawBirth(rng, 1935, 2012);
      const date = `${String(b.d).padStart(2, '0')}${String(b.m).padStart(2, '0')}${String(b.y % 100).padStart(2, '0')}`;
      const n = v.fnr(rng, female, b).replace(' ', '');
      expect(v.fnrValid(n), n).toBe(true);
      expect(n.slice(0, 6)).toBe(date);
      expect(Number(n[8]) % 2).toBe(female ? 0 : 1);
      const h = v.hetu(rng, female, b);
      expect(v.hetuValid(h), h).toBe(true);
      expect(h.slice(0, 6)).toBe(date);
      expect(h[6]).toBe(b.y >= 2000 ? 'A' : '-');
      expect(Number(h.slice(7, 10)) % 2).toBe(female ? 0 : 1);
      const p = v.personnummer(rng, female, b).replace(/^(19|20)(?=\d{6}-)/, '');
      expect(v.personnummerValid(p), p).toBe(true);
      expect(Number(p[9]) % 2).toBe(female ? 0 : 1);
    }
  });

  itGeneratesValidValues(
    v,
    {
      ibans(rng) {
        for (const c of ['NO', 'SE', 'FI']) expect(v.ibanValid(v.nordicIban(rng, c))).toBe(true);
      },
      ids(rng) {
        for (const f of Object.values(v.NATIONAL_IDS)) expect(v.NATIONAL_VALIDATORS.some((g) => g(f(rng)))).toBe(true);
        expect(v.rutValid(v.rut(rng))).toBe(true);
        expect(v.irdValid(v.ird(rng))).toBe(true);
        expect(v.tfnValid(v.tfn(rng))).toBe(true);
      },
      passportCountries: COUNTRIES,
      licenceHolder: ['Kuoljok', 'Mihkkal'],
      accounts: [v.nzAccount, v.auBsb, v.auAccount, v.clAccount],
      phones(rng, lang) {
        const c = rng.pick([...COUNTRIES, 'TO']);
        expect(v.digitsOf(v.groupedPhone(rng, c)).length).toBeGreaterThanOrEqual(9);
        expect(v.spokenDigits(v.spokenPhone(rng, lang, c), lang)?.length).toBeGreaterThanOrEqual(9);
        expect(v.digitsOf(v.homePhone(rng, c)).length).toBeGreaterThanOrEqual(9);
      },
    },
    LANGS,
  );

  it('writes Mapuche names with both family names, Sámi double given names, capitals first and handles', () => {
    expect(fold('Ñancupil Huenchullán')).toBe('Nancupil Huenchullan');
    expect(ascii('Gælok Iŋgá')).toBe('gaelokinga');
    const persons = readDocs(PATHS.set).flatMap((d) =>
      d.entities.filter((e) => e.type === 'PERSON').map((e) => d.text.slice(e.start, e.end)),
    );
    expect(persons.some((p) => /^\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+$/u.test(p))).toBe(true);
    expect(persons.some((p) => /^\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+ \p{Lu}/u.test(p))).toBe(true);
    expect(persons.some((p) => /^\p{Lu}{3,} \p{Lu}\p{Ll}+/u.test(p))).toBe(true);
    expect(persons.some((p) => /^[a-z]+[.-][a-z]+$/.test(p))).toBe(true);
  });

  it('keeps the courtesy titles outside PERSON spans, and uses them', () => {
    const docs = readDocs(PATHS.set);
    const titles = [
      'Mr',
      'Ms',
      'Mrs',
      'Dr',
      'Herr',
      'Herrn',
      'Frau',
      'Mme',
      'Madame',
      'Monsieur',
      'Sr',
      'Sra',
      'don',
      'doña',
      'Sig',
      'signor',
      'signora',
      'dhr',
      'mevr',
      'mevrouw',
      'meneer',
    ];
    for (const d of docs)
      for (const e of d.entities.filter((x) => x.type === 'PERSON')) {
        const words = d.text.slice(e.start, e.end).split(/[\s.]+/);
        for (const t of titles) expect(words, d.id).not.toContain(t);
      }
    const all = docs.map((d) => d.text).join('\n');
    expect(all).toMatch(/\b(Mr|Ms|Mrs) [A-Z]/);
    expect(all).toMatch(/\b(Frau|Herrn?) [A-ZÑ]/);
    expect(all).toMatch(/\b(Sra\.|Sr\.|doña|don) [A-ZÑ]/);
  });

  it('the carrier reader keeps the paragraphs of the chapters, drops index terms and marks every other element or entity', () => {
    const book = [
      '<book><bookinfo><abstract><para>This handbook describes &kgoldrunner;.</para></abstract></bookinfo>',
      '<chapter id="a"><title>Rules</title>',
      '<para><indexterm><primary>ladder</primary></indexterm>The hero climbs the <emphasis>ladder</emphasis>.</para>',
      '<para\n>Press <keycap>Space</keycap> to dig &mdash; on either side.</para\n>',
      '</chapter></book>',
    ].join('\n');
    expect(handbookParagraphs(book)).toEqual(['The hero climbs the ladder.', 'Press \uFFFCSpace\uFFFC to dig — on either side.']);
    expect(paraText('Start &kgoldrunner; now, &eg; here.')).toBe('Start \uFFFC now, \uFFFC here.');
    expect(sentencesOf('Man gräbt links oder rechts (z. B. neben der Leiter). Das ist alles.')).toEqual([
      'Man gräbt links oder rechts (z. B. neben der Leiter).',
      'Das ist alles.',
    ]);
    const lex = {
      lower: new Set(['the', 'hero', 'climbs', 'ladder', 'and', 'digs', 'a', 'hole', 'in', 'floor', 'is', 'to', 'of', 'quickly']),
      asWritten: new Set<string>(),
    };
    expect(fit('The hero climbs the ladder and digs a hole in the floor quickly.', 'en', lex)).toBe(true);
    expect(fit('The hero climbs the ladder and digs a hole in the \uFFFC floor quickly.', 'en', lex)).toBe(false);
    expect(fit('The hero climbs the ladder and digs a hole in the floor of Kgoldrunner.', 'en', lex)).toBe(false);
  });

  itCatchesBrokenDocuments(checkSet, { nationalId: { text: 'code 123456789017', start: 5, end: 17 }, poolName: 'Painemal' });
});
