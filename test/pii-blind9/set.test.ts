// The ninth blind PII set stays valid and reproducible: it rebuilds byte for byte (set and README) from inputs/ and
// the phrasings with no Debian package installed, every span is in range, non-empty, of a docs/pii-labels.md type
// and valid for it, ids are unique, no PERSON token is shared with any of the eleven other sets' PERSON spans, the
// validators agree with published and worked examples and with this set's own ids, the Persian long-vowel forms and
// the Burmese honorifics come out as intended, and the counts the README states hold. No scoring thresholds: the set
// is a measurement, not a gate.
import { describe, expect, it } from 'vitest';
import { expectPublishedExamples, readDocs, setChecks } from '../pii-blind/set-checks.ts';
import { Rng } from '../pii-independent/rng.ts';
import { checkCommitted, PATHS } from './build.ts';
import { checkSet } from './check.ts';
import { LANGS, PER_LANG, PHRASINGS } from './generate.ts';
import { fold, nameTokens, OTHER_SETS, otherSetsPersonTokens, PARTICLES, scholarly } from './names.ts';
import { genders, unknownSlots } from './template.ts';
import * as v from './values.ts';

describe('test/pii-blind9', () => {
  setChecks({
    name: 'blind9',
    paths: PATHS,
    checkCommitted,
    otherSets: OTHER_SETS,
    otherSetsInWords: 'eleven',
    otherSetCount: 11,
    otherSetsInclude: ['test/pii-blind6/blind6.jsonl', 'test/pii-blind7/blind7.jsonl', 'test/pii-blind8/blind8.jsonl'],
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
      // Worked by hand: 0·10 + 4·9 + 9·8 + 9·7 + 3·6 + 7·5 + 0·4 + 8·3 + 9·2 = 266, 266 mod 11 = 2, check 11 − 2 = 9.
      [v.iranCodeValid, '0499370899'],
      // Worked by hand: Σ dᵢ·(14 − i) = 352, 352 mod 11 = 0, check (11 − 0) mod 10 = 1.
      [v.thaiIdValid, '1-2345-67890-12-1'],
    ];
    expectPublishedExamples(good);
    expect(v.iranCodeValid('1111111111')).toBe(false);
    expect(v.nrcValid('12/KaMaYa(N)123456')).toBe(true);
    expect(v.nrcValid('12/KaMaYa123456')).toBe(false);
  });

  it('generates values its own validators accept, and look-alikes they reject', () => {
    const rng = new Rng(1);
    for (let i = 0; i < 500; i++) {
      const lang = rng.pick(LANGS);
      expect(v.ibanValid(v.iban(rng, lang))).toBe(true);
      expect(v.ibanValid(v.ibanOf(rng, 'IR'))).toBe(true);
      expect(v.ibanValid(v.notAnIban(rng, lang))).toBe(false);
      expect(v.luhn(v.digitsOf(v.card(rng)))).toBe(true);
      expect(v.luhn(v.digitsOf(v.notACard(rng)))).toBe(false);
      for (const f of Object.values(v.NATIONAL_IDS)) expect(v.NATIONAL_VALIDATORS.some((g) => g(f(rng)))).toBe(true);
      expect(v.thaiIdValid(v.thaiId(rng))).toBe(true);
      expect(v.iranCodeValid(v.iranCode(rng))).toBe(true);
      const b = v.drawBirth(rng, 1930, 2020);
      expect(v.passportValid(v.passportFor(rng, lang))).toBe(true);
      for (const c of ['TH', 'IR', 'MM']) expect(v.passportValid(v.passportOf(rng, c))).toBe(true);
      expect(v.driverLicenseValid(v.driverLicense(rng, lang, 'Wongsuwan', 'Siriporn', rng.chance(0.5), b))).toBe(true);
      expect(v.driverLicenseValid(v.thaiLicense(rng))).toBe(true);
      for (const f of [v.ukSortCode, v.ukAccount, v.usRouting, v.usAccount, v.thaiAccount]) expect(v.bankAccountValid(f(rng))).toBe(true);
      expect(v.ssnValid(v.ssn(rng))).toBe(true);
      expect(v.spokenDigits(v.spokenPhone(rng, lang, rng.pick(['th', 'fa', 'my'])), lang)?.length).toBeGreaterThanOrEqual(9);
      for (const s of [v.orderNumber(rng), v.isbn(rng), v.uuid(rng), v.commitHash(rng), v.notAnIban(rng, lang), v.tracking(rng)])
        expect(v.luhnRuns(s)).toEqual([]);
    }
  });

  it('marks Persian long vowels and folds them back', () => {
    expect(scholarly('Kourosh')).toBe('Kūrosh');
    expect(scholarly('Hosseini')).toBe('Hosseinī');
    expect(fold(scholarly('Hosseini'))).toBe('Hosseini');
  });

  it('keeps the Burmese honorifics and the Thai and Persian ones outside PERSON spans', () => {
    for (const d of readDocs(PATHS.set))
      for (const e of d.entities.filter((x) => x.type === 'PERSON'))
        expect(d.text.slice(e.start, e.end), d.id).not.toMatch(/^(U|Daw|Ko|Ma|Khun|Khanom|Agha-ye) /);
  });

  it('the check catches a broken check digit, a name of another set, a bad span, a valid card in a negative and a pool name outside a span', () => {
    const doc = (id: string, text: string, entities: { type: string; start: number; end: number }[]) =>
      JSON.stringify({ id, text, lang: 'en', entities });
    const problems = checkSet(
      [
        doc('a-pos', 'code 0499370898', [{ type: 'NATIONAL_ID', start: 5, end: 15 }]),
        doc('b-pos', 'Thanks, Quillon!', [{ type: 'PERSON', start: 8, end: 15 }]),
        doc('c-pos', 'Hi Name here', [{ type: 'PERSON', start: 2, end: 7 }]),
        doc('d-neg', 'order 4539 1488 0343 6467 shipped', []),
        doc('e-pos', 'IBAN GB82 WEST 1234 5698 7654 31', [{ type: 'IBAN', start: 5, end: 32 }]),
        doc('f-pos', 'host 192.0.2.7 is up', [{ type: 'IP_ADDRESS', start: 5, end: 14 }]),
        doc('g-pos', 'call five five five', [{ type: 'PHONE', start: 5, end: 19 }]),
        doc('h-neg', 'test card 4242 4242 4242 4242 works', []),
        doc('i-hard', 'ask Wongsuwan about it', []),
      ].join('\n') + '\n',
      new Set(['quillon']),
      new Set(['wongsuwan']),
    ).join('\n');
    expect(problems).toMatch(/a-pos NATIONAL_ID .*no national scheme/);
    expect(problems).toMatch(/b-pos PERSON .*another set: quillon/);
    expect(problems).toMatch(/c-pos PERSON .*edge/);
    expect(problems).toMatch(/d-neg: unlabelled Luhn-valid number/);
    expect(problems).toMatch(/e-pos IBAN .*mod 97/);
    expect(problems).toMatch(/f-pos IP_ADDRESS .*not a host address/);
    expect(problems).toMatch(/g-pos PHONE .*too few spoken digits/);
    expect(problems).not.toMatch(/h-neg/);
    expect(problems).toMatch(/i-hard: a name of this set's pool outside a span: Wongsuwan/);
  });
});
