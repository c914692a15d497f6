// The sixth blind PII set stays valid and reproducible: it rebuilds byte for byte (set and README) from inputs/ and
// the phrasings with no Debian package installed, every span is in range, non-empty, of a docs/pii-labels.md type and
// valid for it, ids are unique, no PERSON token is shared with any of the eight other sets' PERSON spans, the
// validators agree with published examples, the romanisers spell as intended, and the counts the README states hold.
// No scoring thresholds: the set is a measurement, not a gate.
import { describe, expect, it } from 'vitest';
import { expectPublishedExamples, itCatchesBrokenDocuments, publishedExamples, setChecks } from '../pii-blind/set-checks.ts';
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
      ...publishedExamples(v),
      [v.ibanValid, 'IT60 X054 2811 1010 0000 0123 456'],
      [v.ibanValid, 'GR16 0110 1250 0000 0001 2300 695'],
      [v.ibanValid, 'GE29 NB00 0000 0101 9049 17'],
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

  itCatchesBrokenDocuments(checkSet, {
    nationalId: { text: 'NHS 943 476 5918', start: 4, end: 16 },
    poolName: 'Tinatin',
    more: [
      {
        id: 'j-pos',
        text: 'Ia Beridze called',
        entities: [{ type: 'PERSON', start: 0, end: 10 }],
        problem: /j-pos PERSON .*shorter than three letters: ia/,
      },
    ],
  });
});
