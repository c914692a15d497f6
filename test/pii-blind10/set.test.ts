// The tenth blind PII set stays valid and reproducible: it rebuilds byte for byte (set and README) from inputs/ and
// the phrasings with no Debian package installed, every span is in range, non-empty, of a docs/pii-labels.md type
// and valid for it, ids are unique, no PERSON token is shared with any of the twelve other sets' PERSON spans, the
// validators agree with published and worked examples and with this set's own ids, the macron forms and the
// honorifics come out as intended, and the counts the README states hold. No scoring thresholds: the set is a
// measurement, not a gate.
import { describe, expect, it } from 'vitest';
import { expectPublishedExamples, readDocs, setChecks } from '../pii-blind/set-checks.ts';
import { Rng } from '../pii-independent/rng.ts';
import { checkCommitted, PATHS } from './build.ts';
import { checkSet } from './check.ts';
import { LANGS, PER_LANG, PHRASINGS } from './generate.ts';
import { fold, nameTokens, OTHER_SETS, otherSetsPersonTokens, PARTICLES } from './names.ts';
import { genders, unknownSlots } from './template.ts';
import * as v from './values.ts';

describe('test/pii-blind10', () => {
  setChecks({
    name: 'blind10',
    paths: PATHS,
    checkCommitted,
    otherSets: OTHER_SETS,
    otherSetsInWords: 'twelve',
    otherSetCount: 12,
    otherSetsInclude: ['test/pii-blind7/blind7.jsonl', 'test/pii-blind8/blind8.jsonl', 'test/pii-blind9/blind9.jsonl'],
    otherSetsPersonTokens,
    nameTokens,
    PARTICLES,
    minSharedToken: 3,
    idsNamed: true,
    langs: LANGS,
    perLang: PER_LANG,
    types: [
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
      'PASSPORT',
      'DRIVER_LICENSE',
      'SSN',
    ],
    templates: { phrasings: PHRASINGS, unknownSlots: (t) => unknownSlots(genders(t).text) },
  });

  it('the validators accept published and worked examples and reject them with one digit changed', () => {
    const good: [(s: string) => boolean, string][] = [
      [v.ibanValid, 'GB82 WEST 1234 5698 7654 32'],
      [v.ibanValid, 'DE89370400440532013000'],
      [v.nhsValid, '943 476 5919'],
      [v.bsnValid, '111222333'],
      [v.dniValid, '12345678Z'],
      [v.steuerIdValid, '86095742719'],
      [v.ahvValid, '756.9217.0769.85'],
      [v.codiceFiscaleValid, 'RSSMRA85T10A562S'],
      [v.nirValid, '2 55 08 14 168 025 38'],
      [v.abaValid, '011000015'],
      [v.ppsValid, '1234567T'],
      [v.luhn, '4539148803436467'],
      // Worked by hand: 1·6 + 2·5 + 3·4 + 4·3 + 5·2 + 6·7 + 7·6 + 8·5 + 9·4 + 0·3 + 1·2 = 212, 212 mod 11 = 3,
      // check 11 − 3 = 8.
      [v.myNumberValid, '1234 5678 9018'],
    ];
    expectPublishedExamples(good);
    // 1·6 = 6, check 11 − 6 = 5; 2·6 = 12, 12 mod 11 = 1 ≤ 1, check 0.
    expect(v.myNumberValid('100000000005')).toBe(true);
    expect(v.myNumberValid('200000000000')).toBe(true);
    expect(v.myNumberValid('200000000001')).toBe(false);
    expect(v.bhutanCidValid('11508001234')).toBe(true);
    expect(v.bhutanCidValid('21508001234')).toBe(false);
    expect(v.bankAccountValid('123-4567890')).toBe(true);
  });

  it('generates values its own validators accept, and look-alikes they reject', () => {
    const rng = new Rng(1);
    for (let i = 0; i < 500; i++) {
      const lang = rng.pick(LANGS);
      expect(v.ibanValid(v.iban(rng, lang))).toBe(true);
      expect(v.ibanValid(v.notAnIban(rng, lang))).toBe(false);
      expect(v.luhn(v.digitsOf(v.card(rng)))).toBe(true);
      expect(v.luhn(v.digitsOf(v.notACard(rng)))).toBe(false);
      for (const f of Object.values(v.NATIONAL_IDS)) expect(v.NATIONAL_VALIDATORS.some((g) => g(f(rng)))).toBe(true);
      expect(v.myNumberValid(v.myNumber(rng))).toBe(true);
      expect(v.bhutanCidValid(v.bhutanCid(rng))).toBe(true);
      const b = v.drawBirth(rng, 1930, 2020);
      expect(v.passportValid(v.passportFor(rng, lang))).toBe(true);
      for (const c of ['JP', 'SO', 'BT']) expect(v.passportValid(v.passportOf(rng, c))).toBe(true);
      expect(v.driverLicenseValid(v.driverLicense(rng, lang, 'Kuwahara', 'Chinatsu', rng.chance(0.5), b))).toBe(true);
      expect(v.driverLicenseValid(v.japanLicense(rng))).toBe(true);
      for (const f of [v.ukSortCode, v.ukAccount, v.usRouting, v.usAccount, v.japanAccount]) expect(v.bankAccountValid(f(rng))).toBe(true);
      expect(v.ssnValid(v.ssn(rng))).toBe(true);
      expect(v.spokenDigits(v.spokenPhone(rng, lang, rng.pick(['ja', 'so', 'bo'])), lang)?.length).toBeGreaterThanOrEqual(9);
      for (const s of [v.orderNumber(rng), v.isbn(rng), v.uuid(rng), v.commitHash(rng), v.notAnIban(rng, lang), v.tracking(rng)])
        expect(v.luhnRuns(s)).toEqual([]);
    }
  });

  it('fills every slot: no document holds a double brace', () => {
    for (const d of readDocs(PATHS.set)) expect(d.text, d.id).not.toContain('{{');
  });

  it('writes Japanese names with and without macrons, and folds the macrons away', () => {
    expect(fold('Satō Yūko')).toBe('Sato Yuko');
    const persons = readDocs(PATHS.set).flatMap((d) =>
      d.entities.filter((e) => e.type === 'PERSON').map((e) => d.text.slice(e.start, e.end)),
    );
    expect(persons.some((p) => /[āēīōū]/i.test(p))).toBe(true);
    expect(persons.some((p) => /^[A-Z][a-z]+ [A-Z][a-z]+$/.test(p))).toBe(true);
  });

  it('keeps -san, -sama, -sensei, -la, Aw, Eedo and Walaal outside PERSON spans, and uses them', () => {
    const docs = readDocs(PATHS.set);
    for (const d of docs)
      for (const e of d.entities.filter((x) => x.type === 'PERSON'))
        expect(d.text.slice(e.start, e.end), d.id).not.toMatch(/^(Aw|Eedo|Walaal) |-(san|sama|sensei|la)$/);
    const all = docs.map((d) => d.text).join('\n');
    expect(all).toMatch(/-san\b/);
    expect(all).toMatch(/-la\b/);
    expect(all).toMatch(/\b(Aw|Eedo|Walaal) /);
  });

  it('the check catches a broken check digit, a name of another set, a bad span, a valid card in a negative and a pool name outside a span', () => {
    const doc = (id: string, text: string, entities: { type: string; start: number; end: number }[]) =>
      JSON.stringify({ id, text, lang: 'en', entities });
    const problems = checkSet(
      [
        doc('a-pos', 'code 123456789017', [{ type: 'NATIONAL_ID', start: 5, end: 17 }]),
        doc('b-pos', 'Thanks, Quillon!', [{ type: 'PERSON', start: 8, end: 15 }]),
        doc('c-pos', 'Hi Name here', [{ type: 'PERSON', start: 2, end: 7 }]),
        doc('d-neg', 'order 4539 1488 0343 6467 shipped', []),
        doc('e-pos', 'IBAN GB82 WEST 1234 5698 7654 31', [{ type: 'IBAN', start: 5, end: 32 }]),
        doc('f-pos', 'host 192.0.2.7 is up', [{ type: 'IP_ADDRESS', start: 5, end: 14 }]),
        doc('g-pos', 'call five five five', [{ type: 'PHONE', start: 5, end: 19 }]),
        doc('h-neg', 'test card 4242 4242 4242 4242 works', []),
        doc('i-hard', 'ask Kuwahara about it', []),
      ].join('\n') + '\n',
      new Set(['quillon']),
      new Set(['kuwahara']),
    ).join('\n');
    expect(problems).toMatch(/a-pos NATIONAL_ID .*no national scheme/);
    expect(problems).toMatch(/b-pos PERSON .*another set: quillon/);
    expect(problems).toMatch(/c-pos PERSON .*edge/);
    expect(problems).toMatch(/d-neg: unlabelled Luhn-valid number/);
    expect(problems).toMatch(/e-pos IBAN .*mod 97/);
    expect(problems).toMatch(/f-pos IP_ADDRESS .*not a host address/);
    expect(problems).toMatch(/g-pos PHONE .*too few spoken digits/);
    expect(problems).not.toMatch(/h-neg/);
    expect(problems).toMatch(/i-hard: a name of this set's pool outside a span: Kuwahara/);
  });
});
