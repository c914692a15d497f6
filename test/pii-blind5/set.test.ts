// The fifth blind PII set stays valid and reproducible: it rebuilds byte for byte (set and README) from inputs/ and
// the phrasings with no Debian package installed, every span is in range, non-empty, of a docs/pii-labels.md type and
// valid for it, ids are unique, no PERSON token is shared with any of the seven other sets' PERSON spans, the
// validators agree with published examples, the romanisers spell as intended, and the counts the README states hold.
// No scoring thresholds: the set is a measurement, not a gate.
import { describe, expect, it } from 'vitest';
import { expectPublishedExamples, itCatchesBrokenDocuments, publishedExamples, setChecks } from '../pii-blind/set-checks.ts';
import { Rng } from '../pii-independent/rng.ts';
import { checkCommitted, PATHS } from './build.ts';
import { checkSet } from './check.ts';
import { LANGS, PER_LANG, PHRASINGS } from './generate.ts';
import { nameTokens, OTHER_SETS, otherSetsPersonTokens, PARTICLES, romanisePinyin, romaniseWadeGiles, wadeGilesSyllable } from './names.ts';
import { genders, unknownSlots } from './template.ts';
import * as v from './values.ts';

describe('test/pii-blind5', () => {
  setChecks({
    name: 'blind5',
    paths: PATHS,
    checkCommitted,
    otherSets: OTHER_SETS,
    otherSetsInWords: 'seven',
    otherSetCount: 7,
    otherSetsInclude: ['test/pii-blind4/blind4.jsonl'],
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
      [v.ribValid, '30002 00550 0000157845Z 02'],
      [v.cccValid, '2100 0418 45 0200051332'],
      [v.svnrValid, '1237 010180'],
      [v.rvnrValid, '65170839J003'],
      [v.belgianAccountValid, '539-0075470-34'],
      [v.dutchAccountValid, '417164300'],
      [v.chineseIdValid, '11010519491231002X'],
      [v.taiwanIdValid, 'A123456789'],
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
      for (const id of [
        v.codiceFiscaleOf(rng, 'Xie', 'Hao-jan', rng.chance(0.5), b),
        v.chineseId(rng, rng.chance(0.5), b),
        v.svnr(rng, b),
        v.rvnr(rng, 'Tseng', b),
        v.belgianRrn(rng, b),
        v.nir(rng, rng.chance(0.5), b),
        v.taiwanId(rng),
      ])
        expect(
          v.NATIONAL_VALIDATORS.some((g) => g(id)),
          id,
        ).toBe(true);
      for (const f of [v.ukSortCode, v.usRouting, v.rib, v.ccc, v.dutchAccount, v.belgianAccount])
        expect(v.bankAccountValid(f(rng))).toBe(true);
      expect(v.ssnValid(v.ssn(rng))).toBe(true);
      expect(v.spokenDigits(v.spokenPhone(rng, lang), lang)?.length).toBeGreaterThanOrEqual(9);
      expect(v.luhnRuns(v.orderNumber(rng))).toEqual([]);
    }
  });

  it('encodes the birth date and sex in the codice fiscale the Italian way', () => {
    const cf = v.codiceFiscaleOf(new Rng(3), 'Xie', 'Xiuzhen', true, { y: 1978, m: 6, d: 9 });
    expect(cf.slice(0, 11)).toBe('XIEXHN78H49');
    expect(v.codiceFiscaleValid(cf)).toBe(true);
    expect(v.codiceFiscaleOf(new Rng(3), 'Guan', 'Hao-jan', false, { y: 2001, m: 12, d: 3 }).slice(0, 11)).toBe('GNUHJN01T03');
  });

  it('romanises Chinese names as intended', () => {
    expect(romanisePinyin('秀英', false)).toBe('Xiuying');
    expect(romanisePinyin('浩然', false)).toBe('Haoran');
    expect(romanisePinyin('曾', true)).toBe('Zeng');
    expect(romanisePinyin('覃', true)).toBe('Qin');
    expect(romanisePinyin('尉迟', true)).toBe('Yuchi');
    expect(romanisePinyin('长孙', true)).toBe('Zhangsun');
    expect(romanisePinyin('子安', false)).toBeUndefined();
    expect(romanisePinyin('吕', true)).toBeUndefined();
    expect(romanisePinyin('乐驹', false)).toBeUndefined();
    expect(romaniseWadeGiles('浩然', false)).toBe('Hao-jan');
    expect(romaniseWadeGiles('子涵', false)).toBe('Tzu-han');
    expect(romaniseWadeGiles('淑芬', false)).toBe('Shu-fen');
    expect(romaniseWadeGiles('志明', false)).toBe('Chih-ming');
    expect(romaniseWadeGiles('俊傑', false)).toBe('Chun-chieh');
    expect(romaniseWadeGiles('張', true)).toBe('Chang');
    expect(romaniseWadeGiles('許', true)).toBe('Hsu');
    expect(romaniseWadeGiles('謝', true)).toBe('Hsieh');
    expect(romaniseWadeGiles('曾', true)).toBe('Tseng');
    expect(romaniseWadeGiles('郭', true)).toBe('Kuo');
    expect(romaniseWadeGiles('思源', false)).toBeUndefined();
    expect(romaniseWadeGiles('一诺', false)).toBeUndefined();
    const wg: Record<string, string> = {
      zhong: 'chung',
      xue: 'hsueh',
      ri: 'jih',
      gui: 'kuei',
      hui: 'hui',
      duo: 'to',
      guo: 'kuo',
      ge: 'ko',
      ci: 'tzu',
      zao: 'tsao',
      jun: 'chun',
      qiong: 'chiung',
      bo: 'po',
      rong: 'jung',
    };
    for (const [py, w] of Object.entries(wg)) expect(wadeGilesSyllable(py), py).toBe(w);
    expect(nameTokens('Chang Hao-jan')).toEqual(['chang', 'haojan', 'hao', 'jan']);
  });

  itCatchesBrokenDocuments(checkSet, {
    nationalId: { text: 'NHS 943 476 5918', start: 4, end: 16 },
    poolName: 'Haoran',
    more: [
      {
        id: 'j-pos',
        text: 'Li Haoran called',
        entities: [{ type: 'PERSON', start: 0, end: 9 }],
        problem: /j-pos PERSON .*shorter than three letters: li/,
      },
    ],
  });
});
