// The sixth blind PII set stays valid and reproducible: it rebuilds byte for byte (set and README) from inputs/ and
// the phrasings with no Debian package installed, every span is in range, non-empty, of a docs/pii-labels.md type and
// valid for it, ids are unique, no PERSON token is shared with any of the eight other sets' PERSON spans, the
// validators agree with published examples, the romanisers spell as intended, and the counts the README states hold.
// No scoring thresholds: the set is a measurement, not a gate.
import { describe, expect, it } from 'vitest';
import { expectPublishedExamples, setChecks } from '../pii-blind/set-checks.ts';
import { Rng } from '../pii-independent/rng.ts';
import { checkCommitted, PATHS } from './build.ts';
import { checkSet } from './check.ts';
import { LANGS, PER_LANG, PHRASINGS } from './generate.ts';
import {
  greekGenitive,
  greekSurnameGenders,
  nameTokens,
  OTHER_SETS,
  otherSetsPersonTokens,
  PARTICLES,
  romaniseArmenian,
  romaniseGeorgian,
  romaniseGreek,
} from './names.ts';
import { genders, unknownSlots } from './template.ts';
import * as v from './values.ts';

describe('test/pii-blind6', () => {
  setChecks({
    name: 'blind6',
    paths: PATHS,
    checkCommitted,
    otherSets: OTHER_SETS,
    otherSetsInWords: 'eight',
    otherSetCount: 8,
    otherSetsInclude: ['test/pii-blind4/blind4.jsonl', 'test/pii-blind5/blind5.jsonl'],
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
      [v.ibanValid, 'GB82 WEST 1234 5698 7654 32'],
      [v.ibanValid, 'DE89370400440532013000'],
      [v.ibanValid, 'IT60 X054 2811 1010 0000 0123 456'],
      [v.ibanValid, 'GR16 0110 1250 0000 0001 2300 695'],
      [v.ibanValid, 'GE29 NB00 0000 0101 9049 17'],
      [v.nhsValid, '943 476 5919'],
      [v.bsnValid, '111222333'],
      [v.dniValid, '12345678Z'],
      [v.steuerIdValid, '86095742719'],
      [v.ahvValid, '756.9217.0769.85'],
      [v.codiceFiscaleValid, 'RSSMRA85T10A562S'],
      [v.nirValid, '2 55 08 14 168 025 38'],
      [v.svnrValid, '1237 010180'],
      [v.abaValid, '011000015'],
      [v.ppsValid, '1234567T'],
      [v.luhn, '046454286'],
      [v.luhn, '4539148803436467'],
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
        v.codiceFiscaleOf('Beridze', 'Nino', female, b, 'Z254'),
        v.svnr(rng, b),
        v.belgianRrn(rng, female, b),
        v.nir(rng, female, b, '134'),
        v.nir(rng, female, b),
        v.amka(rng, b),
      ])
        expect(
          v.NATIONAL_VALIDATORS.some((g) => g(id)),
          id,
        ).toBe(true);
      expect(v.amkaValid(v.amka(rng, b))).toBe(true);
      expect(v.afmValid(v.afm(rng))).toBe(true);
      expect(v.passportValid(v.passportFor(rng, lang))).toBe(true);
      expect(v.driverLicenseValid(v.driverLicense(rng, lang, 'Abashidze', 'Tinatin', female, b))).toBe(true);
      expect(v.luhnRuns(v.notAnIban(rng, lang))).toEqual([]);
      for (const f of [v.ukSortCode, v.ukAccount, v.usRouting, v.usAccount]) expect(v.bankAccountValid(f(rng))).toBe(true);
      expect(v.ssnValid(v.ssn(rng))).toBe(true);
      expect(v.spokenDigits(v.spokenPhone(rng, lang), lang)?.length).toBeGreaterThanOrEqual(9);
      expect(v.luhnRuns(v.orderNumber(rng))).toEqual([]);
    }
  });

  it('encodes the name, birth date, sex and country of birth in the codice fiscale the Italian way', () => {
    const cf = v.codiceFiscaleOf('Beridze', 'Nino', true, { y: 1978, m: 6, d: 9 }, 'Z254');
    expect(cf.slice(0, 15)).toBe('BRDNNI78H49Z254');
    expect(v.codiceFiscaleValid(cf)).toBe(true);
    expect(v.codiceFiscaleOf('Papadopoulos', 'Charalampos', false, { y: 2001, m: 12, d: 3 }, 'Z115').slice(0, 15)).toBe('PPDCRL01T03Z115');
  });

  it('romanises Greek, Georgian and Armenian names as intended', () => {
    const greek: Record<string, string> = {
      Χρυσούλα: 'Chrysoula',
      Ευάγγελος: 'Evangelos',
      Ευστάθιος: 'Efstathios',
      Αικατερίνη: 'Aikaterini',
      Παναγιώτης: 'Panagiotis',
      Χαράλαμπος: 'Charalampos',
      Μπακογιάννης: 'Bakogiannis',
      Αγγελοπούλου: 'Angelopoulou',
      Σταύρος: 'Stavros',
      Παύλος: 'Pavlos',
      Εμμανουήλ: 'Emmanouil',
      Ψαρράς: 'Psarras',
      Θεόδωρος: 'Theodoros',
    };
    for (const [g, r] of Object.entries(greek)) expect(romaniseGreek(g), g).toBe(r);
    expect(romaniseGreek(greekGenitive('Γεώργιος')!)).toBe('Georgiou');
    expect(romaniseGreek(greekGenitive('Ιωάννης')!)).toBe('Ioannou');
    expect(romaniseGreek(greekGenitive('Ηλίας')!)).toBe('Ilia');
    expect(greekGenitive('Δημήτρης')).toBeUndefined();
    expect(greekSurnameGenders(['Αγγελόπουλος', 'Αγγελοπούλου', 'Γεωργίου', 'Γαλάνης', 'Γαλάνη'])).toEqual({
      male: ['Αγγελόπουλος', 'Γαλάνης'],
      female: ['Αγγελοπούλου', 'Γαλάνη'],
      either: ['Γεωργίου'],
    });
    const georgian: Record<string, string> = {
      ჭავჭავაძე: 'Chavchavadze',
      შევარდნაძე: 'Shevardnadze',
      წოწკოლაური: 'Tsotskolauri',
      ყიფიანი: 'Qipiani',
      ღვინიაშვილი: 'Ghviniashvili',
      ნინო: 'Nino',
    };
    for (const [g, r] of Object.entries(georgian)) expect(romaniseGeorgian(g), g).toBe(r);
    const armenian: Record<string, string> = {
      Եվա: 'Yeva',
      Հովհաննես: 'Hovhannes',
      Արևիկ: 'Arevik',
      Թադևոսյան: 'Tadevosyan',
      Ռուզաննա: 'Ruzanna',
      Խաչատրյան: 'Khachatryan',
      Մկրտչյան: 'Mkrtchyan',
      Ղազարյան: 'Ghazaryan',
      Եղիազարյան: 'Yeghiazaryan',
      Գաբրիելյան: 'Gabrielyan',
      Ոսկանյան: 'Voskanyan',
    };
    for (const [a, r] of Object.entries(armenian)) expect(romaniseArmenian(a), a).toBe(r);
    expect(nameTokens('Nino Beridze')).toEqual(['nino', 'beridze']);
  });

  it('the check catches a broken check digit, a name of another set, a bad span, a valid card in a negative and a pool name outside a span', () => {
    const doc = (id: string, text: string, entities: { type: string; start: number; end: number }[]) =>
      JSON.stringify({ id, text, lang: 'en', entities });
    const problems = checkSet(
      [
        doc('a-pos', 'NHS 943 476 5918', [{ type: 'NATIONAL_ID', start: 4, end: 16 }]),
        doc('b-pos', 'Thanks, Quillon!', [{ type: 'PERSON', start: 8, end: 15 }]),
        doc('c-pos', 'Hi Name here', [{ type: 'PERSON', start: 2, end: 7 }]),
        doc('d-neg', 'order 4539 1488 0343 6467 shipped', []),
        doc('e-pos', 'IBAN GB82 WEST 1234 5698 7654 31', [{ type: 'IBAN', start: 5, end: 32 }]),
        doc('f-pos', 'host 192.0.2.7 is up', [{ type: 'IP_ADDRESS', start: 5, end: 14 }]),
        doc('g-pos', 'call five five five', [{ type: 'PHONE', start: 5, end: 19 }]),
        doc('h-neg', 'test card 4242 4242 4242 4242 works', []),
        doc('i-hard', 'ask Tinatin about it', []),
        doc('j-pos', 'Ia Beridze called', [{ type: 'PERSON', start: 0, end: 10 }]),
      ].join('\n') + '\n',
      new Set(['quillon']),
      new Set(['tinatin']),
    ).join('\n');
    expect(problems).toMatch(/a-pos NATIONAL_ID .*no national scheme/);
    expect(problems).toMatch(/b-pos PERSON .*another set: quillon/);
    expect(problems).toMatch(/c-pos PERSON .*edge/);
    expect(problems).toMatch(/d-neg: unlabelled Luhn-valid number/);
    expect(problems).toMatch(/e-pos IBAN .*mod 97/);
    expect(problems).toMatch(/f-pos IP_ADDRESS .*not a host address/);
    expect(problems).toMatch(/g-pos PHONE .*too few spoken digits/);
    expect(problems).not.toMatch(/h-neg/);
    expect(problems).toMatch(/i-hard: a name of this set's pool outside a span: Tinatin/);
    expect(problems).toMatch(/j-pos PERSON .*shorter than three letters: ia/);
  });
});
