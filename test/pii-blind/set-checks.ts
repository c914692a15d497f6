// The vitest assertions every blind set from test/pii-blind3 on makes of itself, parameterised by the set: it passes
// its build.ts --check (valid spans and values, set and README rebuilt byte for byte), shares no PERSON token with
// the other sets' PERSON spans, has the balance its README states, and (where the set has slot lists) uses known
// template slots only. Call setChecks inside the set's describe; its own assertions follow.
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { Rng } from '../pii-independent/rng.ts';
import { counts } from '../pii-fresh/readme.ts';
import type { Doc, Lang } from './doc.ts';
import type { Kind, Phrasings } from './set-generate.ts';
import type { Birth } from './set-values.ts';

export interface SetUnderTest {
  /** The set's file name without .jsonl: 'blind5'. */
  name: string;
  paths: { set: string; readme: string };
  checkCommitted(): string[];
  /** The other sets' files (the set's names.ts OTHER_SETS). */
  otherSets: readonly string[];
  /** How many other sets, in words for the test's title ('seven'). */
  otherSetsInWords: string;
  /** How many there must be; undefined: not asserted. */
  otherSetCount?: number;
  /** Files the list of other sets must hold. */
  otherSetsInclude: readonly string[];
  otherSetsPersonTokens(): Set<string>;
  nameTokens(name: string): string[];
  PARTICLES: ReadonlySet<string>;
  /** Tokens shorter than this are not compared with the other sets'. */
  minSharedToken: number;
  /** Whether every id must read <name>-<lang>-NNN-<kind>. */
  idsNamed: boolean;
  langs: readonly Lang[];
  perLang: Readonly<Record<Kind, number>>;
  /** Types besides PERSON that must each label at least five spans. */
  types: readonly string[];
  /** The phrasings and a template's unknown slots (after its gender marks are read), when the set checks them. */
  templates?: { phrasings: Readonly<Record<Lang, Phrasings>>; unknownSlots(template: string): string[] };
}

/** The set's documents as committed. */
export const readDocs = (path: string): Doc[] =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Doc);

/** Registers the shared assertions for a set; call it inside the set's describe. */
export function setChecks(s: SetUnderTest): void {
  const docs = () => readDocs(s.paths.set);
  const perLangTotal = s.perLang.pos + s.perLang.hard + s.perLang.neg;

  it('passes build.ts --check: valid spans and values, and set and README rebuild byte for byte', () => {
    expect(s.checkCommitted()).toEqual([]);
  });

  it(`shares no PERSON token with the PERSON spans of the ${s.otherSetsInWords} other sets`, () => {
    if (s.otherSetCount !== undefined) expect(s.otherSets).toHaveLength(s.otherSetCount);
    for (const path of s.otherSetsInclude) expect(s.otherSets).toContain(path);
    const others = s.otherSetsPersonTokens();
    expect(others.size).toBeGreaterThan(1000);
    const shared = docs().flatMap((d) =>
      d.entities
        .filter((e) => e.type === 'PERSON')
        .flatMap((e) =>
          s.nameTokens(d.text.slice(e.start, e.end)).filter((t) => t.length >= s.minSharedToken && !s.PARTICLES.has(t) && others.has(t)),
        ),
    );
    expect(shared).toEqual([]);
  });

  it(`has the balance the README states: ${perLangTotal} documents per language, half sensitive, half the negatives hard, PERSON the most frequent type and in ≥ 40 %`, () => {
    const all = docs();
    expect(all).toHaveLength(perLangTotal * s.langs.length);
    expect(new Set(all.map((d) => d.id)).size).toBe(all.length);
    expect(new Set(all.map((d) => d.text)).size).toBe(all.length);
    if (s.idsNamed) expect(all.every((d) => new RegExp(`^${s.name}-(en|de|fr|es|it|nl)-\\d{3}-(pos|hard|neg)$`).test(d.id))).toBe(true);
    const c = counts(all);
    for (const lang of s.langs)
      expect(c.byLang[lang]).toEqual({
        documents: perLangTotal,
        sensitive: s.perLang.pos,
        negatives: s.perLang.hard + s.perLang.neg,
        hard: s.perLang.hard,
      });
    expect(c.sensitiveWithPerson / c.sensitive).toBeGreaterThanOrEqual(0.4);
    const [top] = Object.entries(c.byType).sort((a, b) => b[1] - a[1]);
    expect(top?.[0]).toBe('PERSON');
    for (const type of s.types) expect(c.byType[type] ?? 0).toBeGreaterThanOrEqual(5);
    const readme = readFileSync(s.paths.readme, 'utf8');
    expect(readme).toContain(`${c.sensitiveWithPerson} of the ${c.sensitive} sensitive documents name a person`);
    for (const lang of s.langs)
      expect(readme).toContain(`| ${lang} | ${perLangTotal} | ${s.perLang.pos} | ${s.perLang.hard + s.perLang.neg} | ${s.perLang.hard} |`);
    for (const [type, n] of Object.entries(c.byType)) expect(readme).toContain(`| \`${type}\` | ${n} |`);
  });

  const templates = s.templates;
  if (templates)
    it('every template uses known slots only', () => {
      for (const lang of s.langs)
        for (const t of [...templates.phrasings[lang].pos, ...templates.phrasings[lang].hard, ...templates.phrasings[lang].neg])
          expect(templates.unknownSlots(t), t).toEqual([]);
    });
}

/** Each validator accepts its published example and rejects it with the last digit changed. */
export function expectPublishedExamples(good: readonly [(s: string) => boolean, string][]): void {
  for (const [f, s] of good) {
    expect(f(s), s).toBe(true);
    const i = s.search(/\d(?=\D*$)/);
    const broken = s.slice(0, i) + String((Number(s[i]) + 1) % 10) + s.slice(i + 1);
    expect(f(broken), broken).toBe(false);
  }
}

/** The types besides PERSON that pii-blind8 … pii-blind11 each label at least five spans of. */
export const SET_TYPES: readonly string[] = [
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
];

type Validator = (s: string) => boolean;

/** The shared validators a set's values.ts exports (its own ibanValid among them, for its IBAN lengths). */
export interface ExampleValidators {
  ibanValid: Validator;
  nhsValid: Validator;
  bsnValid: Validator;
  dniValid: Validator;
  steuerIdValid: Validator;
  ahvValid: Validator;
  codiceFiscaleValid: Validator;
  nirValid: Validator;
  abaValid: Validator;
  ppsValid: Validator;
  luhn: Validator;
}

/** Published examples of the six languages' schemes, for expectPublishedExamples; a set adds its own. */
export function publishedExamples(v: ExampleValidators): [Validator, string][] {
  return [
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
  ];
}

type Gen = (rng: Rng) => string;

/** The generators and validators of a set's values.ts that every set from pii-blind9 on has. */
export interface GeneratedValues extends Pick<ExampleValidators, 'ibanValid' | 'luhn'> {
  iban(rng: Rng, lang: Lang): string;
  notAnIban(rng: Rng, lang: Lang): string;
  digitsOf(s: string): string;
  card: Gen;
  notACard: Gen;
  NATIONAL_IDS: Record<string, Gen>;
  NATIONAL_VALIDATORS: readonly Validator[];
  drawBirth(rng: Rng, from: number, to: number): Birth;
  passportValid: Validator;
  passportFor(rng: Rng, lang: Lang): string;
  passportOf(rng: Rng, country: string): string;
  driverLicenseValid: Validator;
  driverLicense(rng: Rng, lang: Lang, surname: string, given: string, female: boolean, b: Birth): string;
  bankAccountValid: Validator;
  ukSortCode: Gen;
  ukAccount: Gen;
  usRouting: Gen;
  usAccount: Gen;
  ssnValid: Validator;
  ssn: Gen;
  luhnRuns(text: string): unknown[];
  orderNumber: Gen;
  isbn: Gen;
  uuid: Gen;
  commitHash: Gen;
  tracking: Gen;
}

/** What a set generates besides the shared values; each hook makes its own assertions, at the point of the round
 * where the set's test made them, so the rounds draw the same values as before. */
export interface OwnValues {
  /** After the language's IBAN: the set's other IBANs. */
  ibans?(rng: Rng, lang: Lang): void;
  /** After the shared national ids: the set's own ids (and its home IBANs). */
  ids(rng: Rng, lang: Lang): void;
  /** Countries of the set's own passports. */
  passportCountries: readonly string[];
  /** A family name and a given name of the set's pool, for the driving licence. */
  licenceHolder: readonly [string, string];
  /** After the driving licence of the language's countries: the set's own licences. */
  licences?(rng: Rng): void;
  /** Bank account generators besides the British and American ones. */
  accounts: readonly Gen[];
  /** After the SSN: the set's phones (read out or spaced). */
  phones(rng: Rng, lang: Lang): void;
}

/** Registers the test that 500 rounds of the set's generators give values its validators accept, and look-alikes
 * they reject. */
export function itGeneratesValidValues(v: GeneratedValues, own: OwnValues, langs: readonly Lang[]): void {
  it('generates values its own validators accept, and look-alikes they reject', () => {
    const rng = new Rng(1);
    for (let i = 0; i < 500; i++) {
      const lang = rng.pick(langs);
      expect(v.ibanValid(v.iban(rng, lang))).toBe(true);
      own.ibans?.(rng, lang);
      expect(v.ibanValid(v.notAnIban(rng, lang))).toBe(false);
      expect(v.luhn(v.digitsOf(v.card(rng)))).toBe(true);
      expect(v.luhn(v.digitsOf(v.notACard(rng)))).toBe(false);
      for (const f of Object.values(v.NATIONAL_IDS)) expect(v.NATIONAL_VALIDATORS.some((g) => g(f(rng)))).toBe(true);
      own.ids(rng, lang);
      const b = v.drawBirth(rng, 1930, 2020);
      expect(v.passportValid(v.passportFor(rng, lang))).toBe(true);
      for (const c of own.passportCountries) expect(v.passportValid(v.passportOf(rng, c))).toBe(true);
      const [surname, given] = own.licenceHolder;
      expect(v.driverLicenseValid(v.driverLicense(rng, lang, surname, given, rng.chance(0.5), b))).toBe(true);
      own.licences?.(rng);
      for (const f of [v.ukSortCode, v.ukAccount, v.usRouting, v.usAccount, ...own.accounts]) expect(v.bankAccountValid(f(rng))).toBe(true);
      expect(v.ssnValid(v.ssn(rng))).toBe(true);
      own.phones(rng, lang);
      for (const s of [v.orderNumber(rng), v.isbn(rng), v.uuid(rng), v.commitHash(rng), v.notAnIban(rng, lang), v.tracking(rng)])
        expect(v.luhnRuns(s)).toEqual([]);
    }
  });
}

type Entity = { type: string; start: number; end: number };
type CheckSet = (jsonl: string, others: Set<string>, poolTokens?: ReadonlySet<string>) => string[];

/** A set's cases for the check test: a national id with a wrong check digit (text and span), a name of its pool,
 * and any cases of its own with the problem each must report. */
export interface BrokenCases {
  nationalId: { text: string; start: number; end: number };
  poolName: string;
  more?: readonly { id: string; text: string; entities: Entity[]; problem: RegExp }[];
}

/** Registers the test that the set's check catches a broken check digit, a name of another set, a bad span, a valid
 * card in a negative and a pool name outside a span (and lets a published test card pass). */
export function itCatchesBrokenDocuments(checkSet: CheckSet, cases: BrokenCases): void {
  it('the check catches a broken check digit, a name of another set, a bad span, a valid card in a negative and a pool name outside a span', () => {
    const doc = (id: string, text: string, entities: Entity[]) => JSON.stringify({ id, text, lang: 'en', entities });
    const { nationalId: n, poolName } = cases;
    const more = cases.more ?? [];
    const problems = checkSet(
      [
        doc('a-pos', n.text, [{ type: 'NATIONAL_ID', start: n.start, end: n.end }]),
        doc('b-pos', 'Thanks, Quillon!', [{ type: 'PERSON', start: 8, end: 15 }]),
        doc('c-pos', 'Hi Name here', [{ type: 'PERSON', start: 2, end: 7 }]),
        doc('d-neg', 'order 4539 1488 0343 6467 shipped', []),
        doc('e-pos', 'IBAN GB82 WEST 1234 5698 7654 31', [{ type: 'IBAN', start: 5, end: 32 }]),
        doc('f-pos', 'host 192.0.2.7 is up', [{ type: 'IP_ADDRESS', start: 5, end: 14 }]),
        doc('g-pos', 'call five five five', [{ type: 'PHONE', start: 5, end: 19 }]),
        doc('h-neg', 'test card 4242 4242 4242 4242 works', []),
        doc('i-hard', `ask ${poolName} about it`, []),
        ...more.map((m) => doc(m.id, m.text, m.entities)),
      ].join('\n') + '\n',
      new Set(['quillon']),
      new Set([poolName.toLowerCase()]),
    ).join('\n');
    expect(problems).toMatch(/a-pos NATIONAL_ID .*no national scheme/);
    expect(problems).toMatch(/b-pos PERSON .*another set: quillon/);
    expect(problems).toMatch(/c-pos PERSON .*edge/);
    expect(problems).toMatch(/d-neg: unlabelled Luhn-valid number/);
    expect(problems).toMatch(/e-pos IBAN .*mod 97/);
    expect(problems).toMatch(/f-pos IP_ADDRESS .*not a host address/);
    expect(problems).toMatch(/g-pos PHONE .*too few spoken digits/);
    expect(problems).not.toMatch(/h-neg/);
    expect(problems).toContain(`i-hard: a name of this set's pool outside a span: ${poolName}`);
    for (const m of more) expect(problems).toMatch(m.problem);
  });
}

// ---- a blind set from pii-blind9 on ----

const NUMBER_WORDS: Readonly<Record<number, string>> = { 11: 'eleven', 12: 'twelve', 13: 'thirteen', 14: 'fourteen', 15: 'fifteen' };

/** What blindSetChecks needs of set `n`: its files and build, names, balance and templates. */
export interface BlindSetUnderTest extends Pick<
  SetUnderTest,
  'paths' | 'checkCommitted' | 'otherSets' | 'otherSetsInclude' | 'otherSetsPersonTokens' | 'nameTokens' | 'PARTICLES' | 'langs' | 'perLang'
> {
  phrasings: Readonly<Record<Lang, Phrasings>>;
  /** The template's slots the set does not know. */
  unknownSlots(template: string): string[];
  /** The template with its person markers read (the set's genders). */
  genders(template: string): { text: string };
}

/** setChecks for blind set `n` (pii-blind9 on: n + 2 other sets, tokens of three letters or more compared, ids named,
 * the shared types, slot lists checked), and that every slot is filled. */
export function blindSetChecks(n: number, s: BlindSetUnderTest): void {
  const { phrasings, unknownSlots, genders, ...rest } = s;
  setChecks({
    ...rest,
    name: `blind${n}`,
    otherSetsInWords: NUMBER_WORDS[n + 2]!,
    otherSetCount: n + 2,
    minSharedToken: 3,
    idsNamed: true,
    types: SET_TYPES,
    templates: { phrasings, unknownSlots: (t) => unknownSlots(genders(t).text) },
  });

  it('fills every slot: no document holds a double brace', () => {
    for (const d of readDocs(s.paths.set)) expect(d.text, d.id).not.toContain('{{');
  });
}
