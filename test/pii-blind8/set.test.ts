// The eighth blind PII set stays valid and reproducible: it rebuilds byte for byte (set and README) from inputs/
// and the phrasings with no Debian package installed, every span is in range, non-empty, of a docs/pii-labels.md type
// and valid for it, ids are unique, no PERSON token is shared with any of the ten other sets' PERSON spans, the
// validators agree with published examples and with this set's own ids, the Faroese folding and patronymics spell as
// intended, and the counts the README states hold. No scoring thresholds: the set is a measurement, not a gate.
import { describe, expect, it } from 'vitest';
import { expectPublishedExamples, itCatchesBrokenDocuments, publishedExamples, SET_TYPES, setChecks } from '../pii-blind/set-checks.ts';
import { Rng } from '../pii-independent/rng.ts';
import { checkCommitted, PATHS } from './build.ts';
import { checkSet } from './check.ts';
import { LANGS, PER_LANG, PHRASINGS } from './generate.ts';
import { fold, nameTokens, OTHER_SETS, otherSetsPersonTokens, PARTICLES } from './names.ts';
import { genders, unknownSlots } from './template.ts';
import * as v from './values.ts';

describe('test/pii-blind8', () => {
  setChecks({
    name: 'blind8',
    paths: PATHS,
    checkCommitted,
    otherSets: OTHER_SETS,
    otherSetsInWords: 'ten',
    otherSetCount: 10,
    otherSetsInclude: ['test/pii-blind5/blind5.jsonl', 'test/pii-blind6/blind6.jsonl', 'test/pii-blind7/blind7.jsonl'],
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

  it('the validators accept published examples and reject them with one digit changed', () => {
    const good: [(s: string) => boolean, string][] = [
      ...publishedExamples(v),
      [v.ibanValid, 'FO62 6460 0001 6316 34'],
      [v.ibanValid, 'DK50 0040 0440 1162 43'],
    ];
    expectPublishedExamples(good);
  });

  it('generates values its own validators accept, and look-alikes they reject', () => {
    const rng = new Rng(1);
    for (let i = 0; i < 500; i++) {
      const lang = rng.pick(LANGS);
      expect(v.ibanValid(v.iban(rng, lang))).toBe(true);
      for (const c of ['FO', 'DK', 'MG']) expect(v.ibanValid(v.ibanOf(rng, c))).toBe(true);
      expect(v.ibanValid(v.notAnIban(rng, lang))).toBe(false);
      expect(v.luhn(v.digitsOf(v.card(rng)))).toBe(true);
      expect(v.luhn(v.digitsOf(v.notACard(rng)))).toBe(false);
      for (const f of Object.values(v.NATIONAL_IDS)) expect(v.NATIONAL_VALIDATORS.some((g) => g(f(rng)))).toBe(true);
      const b = v.drawBirth(rng, 1930, 2020);
      const female = rng.chance(0.5);
      expect(v.nicValid(v.nic(rng, female, b))).toBe(true);
      expect(v.ptalValid(v.ptal(rng, b))).toBe(true);
      expect(v.cprValid(v.cpr(rng, female, b))).toBe(true);
      expect(v.cinValid(v.cin(rng, female))).toBe(true);
      expect(v.passportValid(v.passportFor(rng, lang))).toBe(true);
      for (const c of ['LK', 'MG', 'DK']) expect(v.passportValid(v.passportOf(rng, c))).toBe(true);
      expect(v.driverLicenseValid(v.driverLicense(rng, lang, 'Sjúrðarson', 'Heðin', female, b))).toBe(true);
      for (const f of [v.ukSortCode, v.ukAccount, v.usRouting, v.usAccount]) expect(v.bankAccountValid(f(rng))).toBe(true);
      expect(v.ssnValid(v.ssn(rng))).toBe(true);
      expect(v.spokenDigits(v.spokenPhone(rng, lang, 'fo'), lang)?.length).toBeGreaterThanOrEqual(9);
      for (const s of [v.orderNumber(rng), v.isbn(rng), v.uuid(rng), v.commitHash(rng), v.notAnIban(rng, lang)])
        expect(v.luhnRuns(s)).toEqual([]);
    }
  });

  it('encodes birth date and sex in the Sri Lankan NIC, the birth date in the P-tal and the CPR number, and the check digits catch one changed digit', () => {
    const rng = new Rng(2);
    const b = { y: 1985, m: 3, d: 7 };
    const old = v.nic(new Rng(5), true, b);
    const n = /^\d{9}[VX]$/.test(old) ? old.slice(2, 5) : old.slice(4, 7);
    expect(Number(n)).toBe(31 + 29 + 7 + 500);
    expect(v.nic(rng, false, { y: 2004, m: 12, d: 31 }).slice(0, 7)).toBe('2004366');
    const p = v.ptal(rng, b);
    expect(p.slice(0, 7)).toBe('070385-');
    expect(Number(v.cpr(rng, true, b).at(-1)) % 2).toBe(0);
    for (const [f, s] of [
      [v.ptalValid, p],
      [v.nicValid, v.nic(rng, true, { y: 2001, m: 6, d: 15 })],
    ] as const) {
      expect(f(s)).toBe(true);
      const i = s.search(/\d(?=\D*$)/);
      expect(f(s.slice(0, i) + String((Number(s[i]) + 1) % 10) + s.slice(i + 1))).toBe(false);
    }
  });

  it('folds Faroese letters and splits farm names as intended', () => {
    expect(fold('Sjúrður Heðinsson')).toBe('Sjurdur Hedinsson');
    expect(fold('Oddvør Kjærbo')).toBe('Oddvor Kjaerbo');
    expect(fold('Ólavá í Líð')).toBe('Olava i Lid');
    expect(nameTokens('Eyðun á Ryggi')).toEqual(['eyðun', 'á', 'ryggi']);
    expect(PARTICLES.has('við')).toBe(true);
  });

  itCatchesBrokenDocuments(checkSet, { nationalId: { text: 'NHS 943 476 5918', start: 4, end: 16 }, poolName: 'Voahangy' });
});
