// The tenth blind PII set stays valid and reproducible: it rebuilds byte for byte (set and README) from inputs/ and
// the phrasings with no Debian package installed, every span is in range, non-empty, of a docs/pii-labels.md type
// and valid for it, ids are unique, no PERSON token is shared with any of the twelve other sets' PERSON spans, the
// validators agree with published and worked examples and with this set's own ids, the macron forms and the
// honorifics come out as intended, and the counts the README states hold. No scoring thresholds: the set is a
// measurement, not a gate.
import { describe, expect, it } from 'vitest';
import {
  blindSetChecks,
  expectPublishedExamples,
  itCatchesBrokenDocuments,
  itGeneratesValidValues,
  publishedExamples,
  readDocs,
} from '../pii-blind/set-checks.ts';
import { checkCommitted, PATHS } from './build.ts';
import { checkSet } from './check.ts';
import { LANGS, PER_LANG, PHRASINGS } from './generate.ts';
import { fold, nameTokens, OTHER_SETS, otherSetsPersonTokens, PARTICLES } from './names.ts';
import { genders, unknownSlots } from './template.ts';
import * as v from './values.ts';

describe('test/pii-blind10', () => {
  blindSetChecks(10, {
    paths: PATHS,
    checkCommitted,
    otherSets: OTHER_SETS,
    otherSetsInclude: ['test/pii-blind7/blind7.jsonl', 'test/pii-blind8/blind8.jsonl', 'test/pii-blind9/blind9.jsonl'],
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
    const good: [(s: string) => boolean, string][] = [
      ...publishedExamples(v),
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

  itGeneratesValidValues(
    v,
    {
      ids(rng) {
        expect(v.myNumberValid(v.myNumber(rng))).toBe(true);
        expect(v.bhutanCidValid(v.bhutanCid(rng))).toBe(true);
      },
      passportCountries: ['JP', 'SO', 'BT'],
      licenceHolder: ['Kuwahara', 'Chinatsu'],
      licences(rng) {
        expect(v.driverLicenseValid(v.japanLicense(rng))).toBe(true);
      },
      accounts: [v.japanAccount],
      phones(rng, lang) {
        expect(v.spokenDigits(v.spokenPhone(rng, lang, rng.pick(['ja', 'so', 'bo'])), lang)?.length).toBeGreaterThanOrEqual(9);
      },
    },
    LANGS,
  );

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

  itCatchesBrokenDocuments(checkSet, { nationalId: { text: 'code 123456789017', start: 5, end: 17 }, poolName: 'Kuwahara' });
});
