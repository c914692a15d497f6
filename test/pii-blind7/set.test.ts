// The seventh blind PII set stays valid and reproducible: it rebuilds byte for byte (set and README) from inputs/
// and the phrasings with no Debian package installed, every span is in range, non-empty, of a docs/pii-labels.md type
// and valid for it, ids are unique, no PERSON token is shared with any of the nine other sets' PERSON spans, the
// validators agree with published examples, the romanisation spells as intended, and the counts the README states
// hold. No scoring thresholds: the set is a measurement, not a gate.
import { describe, expect, it } from 'vitest';
import { expectPublishedExamples, itCatchesBrokenDocuments, publishedExamples, setChecks } from '../pii-blind/set-checks.ts';
import { Rng } from '../pii-independent/rng.ts';
import { checkCommitted, PATHS } from './build.ts';
import { checkSet } from './check.ts';
import { LANGS, PER_LANG, PHRASINGS } from './generate.ts';
import { nameTokens, OTHER_SETS, otherGenderSurname, otherSetsPersonTokens, PARTICLES, romaniseMacedonian, uzbekLetters } from './names.ts';
import { genders, unknownSlots } from './template.ts';
import * as v from './values.ts';

describe('test/pii-blind7', () => {
  setChecks({
    name: 'blind7',
    paths: PATHS,
    checkCommitted,
    otherSets: OTHER_SETS,
    otherSetsInWords: 'nine',
    otherSetCount: 9,
    otherSetsInclude: ['test/pii-blind4/blind4.jsonl', 'test/pii-blind5/blind5.jsonl', 'test/pii-blind6/blind6.jsonl'],
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
    ],
    templates: { phrasings: PHRASINGS, unknownSlots: (t) => unknownSlots(genders(t).text) },
  });

  it('the validators accept published examples and reject them with one digit changed', () => {
    const good: [(s: string) => boolean, string][] = [
      ...publishedExamples(v),
      [v.ibanValid, 'IT60 X054 2811 1010 0000 0123 456'],
      [v.ibanValid, 'MK07 2501 2000 0058 984'],
      [v.ibanValid, 'PT50 0002 0123 1234 5678 9015 4'],
      [v.svnrValid, '1237 010180'],
      [v.luhn, '046454286'],
    ];
    expectPublishedExamples(good);
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
      const b = v.drawBirth(rng, 1930, 2020);
      const female = rng.chance(0.5);
      for (const id of [
        v.codiceFiscaleOf('Akmalova', 'Dilnoza', female, b, 'F205'),
        v.svnr(rng, b),
        v.belgianRrn(rng, female, b),
        v.nir(rng, female, b),
        v.embg(rng, female, b),
        v.pinfl(rng, female, b),
      ])
        expect(
          v.NATIONAL_VALIDATORS.some((g) => g(id)),
          id,
        ).toBe(true);
      expect(v.embgValid(v.embg(rng, female, b))).toBe(true);
      expect(v.pinflValid(v.pinfl(rng, female, b))).toBe(true);
      expect(v.ghanaCardValid(v.ghanaCard(rng))).toBe(true);
      expect(v.passportValid(v.passportFor(rng, lang))).toBe(true);
      expect(v.driverLicenseValid(v.driverLicense(rng, lang, 'Asiedu', 'Kwesi', female, b))).toBe(true);
      expect(v.luhnRuns(v.notAnIban(rng, lang))).toEqual([]);
      for (const f of [v.ukSortCode, v.ukAccount, v.usRouting, v.usAccount]) expect(v.bankAccountValid(f(rng))).toBe(true);
      expect(v.ssnValid(v.ssn(rng))).toBe(true);
      expect(v.spokenDigits(v.spokenPhone(rng, lang), lang)?.length).toBeGreaterThanOrEqual(9);
      expect(v.luhnRuns(v.orderNumber(rng))).toEqual([]);
    }
  });

  it('encodes the name, birth date, sex and town of birth in the codice fiscale the Italian way', () => {
    const cf = v.codiceFiscaleOf('Akmalova', 'Dilnoza', true, { y: 1978, m: 6, d: 9 }, 'F205');
    expect(cf.slice(0, 15)).toBe('KMLDNZ78H49F205');
    expect(v.codiceFiscaleValid(cf)).toBe(true);
  });

  it('encodes birth date and sex in the EMBG and the PINFL, and their check digits catch one changed digit', () => {
    const rng = new Rng(2);
    const b = { y: 1985, m: 3, d: 7 };
    const e = v.embg(rng, true, b);
    expect(e.slice(0, 7)).toBe('0703985');
    expect(Number(e.slice(9, 12))).toBeGreaterThanOrEqual(500);
    const p = v.pinfl(rng, false, { y: 2001, m: 11, d: 30 });
    expect(p.slice(0, 7)).toBe('5301101');
    for (const [f, s] of [
      [v.embgValid, e],
      [v.pinflValid, p],
    ] as const) {
      expect(f(s)).toBe(true);
      expect(f(s.slice(0, -1) + String((Number(s.at(-1)) + 1) % 10))).toBe(false);
    }
  });

  it('romanises Macedonian names, writes Uzbek letters and forms surnames by gender as intended', () => {
    const macedonian: Record<string, string> = {
      Ѓурѓица: 'Gjurgjica',
      Љупка: 'Ljupka',
      Ѕвезда: 'Dzvezda',
      Јовановска: 'Jovanovska',
      Ќамилов: 'Kjamilov',
      Џамбаз: 'Djambaz',
      Чашуле: 'Chashule',
      Шијак: 'Shijak',
      Његош: 'Njegosh',
      Цветанка: 'Cvetanka',
      Жаклина: 'Zhaklina',
    };
    for (const [m, r] of Object.entries(macedonian)) expect(romaniseMacedonian(m), m).toBe(r);
    expect(uzbekLetters('Dilso‘z')).toBe('Dilsoʻz');
    expect(uzbekLetters("G'iyosov")).toBe('Gʻiyosov');
    expect(uzbekLetters('E’zoza')).toBe('Eʼzoza');
    expect(otherGenderSurname('Jovanovski', true)).toBe('Jovanovska');
    expect(otherGenderSurname('Gjorcheva', false)).toBe('Gjorchev');
    expect(otherGenderSurname('Akmalov', true)).toBe('Akmalova');
    expect(otherGenderSurname('Asiedu', true)).toBeUndefined();
    expect(nameTokens('Dilnoza Akmalova')).toEqual(['dilnoza', 'akmalova']);
    expect(nameTokens('Akmalova Dilnoza Anvar qizi')).toEqual(['akmalova', 'dilnoza', 'anvar', 'qizi']);
  });

  itCatchesBrokenDocuments(checkSet, {
    nationalId: { text: 'NHS 943 476 5918', start: 4, end: 16 },
    poolName: 'Akosua',
    more: [
      {
        id: 'j-pos',
        text: 'Ia Asiedu called',
        entities: [{ type: 'PERSON', start: 0, end: 9 }],
        problem: /j-pos PERSON .*shorter than three letters: ia/,
      },
    ],
  });
});
