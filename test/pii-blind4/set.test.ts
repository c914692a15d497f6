// The fourth blind PII set stays valid and reproducible: it rebuilds byte for byte (set and README) from inputs/ and
// the phrasings with no Debian package installed, every span is in range, non-empty, of a docs/pii-labels.md type and
// valid for it, ids are unique, no PERSON token is shared with any of the six other sets' PERSON spans, the
// validators agree with published examples, and the counts the README states hold. No scoring thresholds: the set is
// a measurement, not a gate.
import { describe, expect, it } from 'vitest';
import { expectPublishedExamples, setChecks } from '../pii-blind/set-checks.ts';
import { Rng } from '../pii-independent/rng.ts';
import { checkCommitted, PATHS } from './build.ts';
import { checkSet } from './check.ts';
import { LANGS, PER_LANG } from './generate.ts';
import { nameTokens, OTHER_SETS, otherSetsPersonTokens, PARTICLES, romaniseDhivehi, romaniseKoreanGiven } from './names.ts';
import { joinable } from './template.ts';
import * as v from './values.ts';

describe('test/pii-blind4', () => {
  setChecks({
    name: 'blind4',
    paths: PATHS,
    checkCommitted,
    otherSets: OTHER_SETS,
    otherSetsInWords: 'six',
    otherSetCount: 6,
    otherSetsInclude: ['test/pii-blind3/blind3.jsonl'],
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
  });

  it('the validators accept published examples and reject them with one digit changed', () => {
    const good: [(s: string) => boolean, string][] = [
      [v.ibanValid, 'GB82 WEST 1234 5698 7654 32'],
      [v.ibanValid, 'DE89370400440532013000'],
      [v.nhsValid, '943 476 5919'],
      [v.bsnValid, '111222333'],
      [v.dniValid, '12345678Z'],
      [v.steuerIdValid, '86095742719'],
      [v.ahvValid, '756.9217.0769.85'],
      [v.codiceFiscaleValid, 'RSSMRA85T10A562S'],
      [v.ribValid, '30002 00550 0000157845Z 02'],
      [v.cccValid, '2100 0418 45 0200051332'],
      [v.nirValid, '2 55 08 14 168 025 38'],
      [v.svnrValid, '1237 010180'],
      [v.rvnrValid, '65170839J003'],
      [v.abaValid, '011000015'],
      [v.belgianAccountValid, '539-0075470-34'],
      [v.ppsValid, '1234567T'],
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
      for (const f of [v.ukSortCode, v.usRouting, v.rib, v.ccc, v.dutchAccount, v.belgianAccount])
        expect(v.bankAccountValid(f(rng))).toBe(true);
      expect(v.ssnValid(v.ssn(rng))).toBe(true);
      expect(v.spokenDigits(v.spokenPhone(rng, lang), lang)?.length).toBeGreaterThanOrEqual(9);
    }
  });

  it('romanises Korean and Dhivehi names as intended', () => {
    expect(romaniseKoreanGiven('민준')).toBe('Min-jun');
    expect(romaniseKoreanGiven('서연')).toBe('Seo-yeon');
    expect(romaniseKoreanGiven('지우')).toBe('Ji-woo');
    expect(romaniseKoreanGiven('한결')).toBe('Han-gyeol');
    expect(joinable('Min-jun')).toBe(true);
    expect(joinable('Han-gyeol')).toBe(false);
    expect(joinable('Seol-a')).toBe(false);
    expect(romaniseDhivehi('އާމިނަތު')).toBe('Aaminath');
    expect(romaniseDhivehi('އިބްރާހީމް')).toBe('Ibraaheem');
    expect(romaniseDhivehi('ޙައްވާ')).toBe('Havvaa');
    expect(romaniseDhivehi('މުޙައްމަދު')).toBeUndefined();
    expect(nameTokens('Kang Min-jun')).toEqual(['kang', 'minjun', 'min', 'jun']);
  });

  it('the check catches a broken check digit, a name of another set, a bad span and a valid card in a negative', () => {
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
      ].join('\n') + '\n',
      new Set(['quillon']),
    ).join('\n');
    expect(problems).toMatch(/a-pos NATIONAL_ID .*no national scheme/);
    expect(problems).toMatch(/b-pos PERSON .*another set: quillon/);
    expect(problems).toMatch(/c-pos PERSON .*edge/);
    expect(problems).toMatch(/d-neg: unlabelled Luhn-valid number/);
    expect(problems).toMatch(/e-pos IBAN .*mod 97/);
    expect(problems).toMatch(/f-pos IP_ADDRESS .*not a host address/);
    expect(problems).toMatch(/g-pos PHONE .*too few spoken digits/);
    expect(problems).not.toMatch(/h-neg/);
  });
});
