// Person names of this set: three faker locales that neither the training nor any other set drew from.
// - `mk` (Macedonian, Cyrillic) romanised in the official Macedonian transliteration of 2008, which passports and
//   identity cards print (table below: ѓ gj, ж zh, ѕ dz, ј j, љ lj, њ nj, ќ kj, ц c, ч ch, џ dj, ш sh, х h).
//   Macedonian surnames change with gender (Jovanovski, Jovanovska; Gjorchev, Gjorcheva): a woman takes the feminine
//   form, a man the masculine one, the invariable surnames (Dzhambaz, Grupche) go to either.
// - `uz_UZ_latin` (Uzbek, already in the Latin alphabet of 1995): faker's apostrophes are written with the official
//   letters, the turned comma ʻ (U+02BB) in oʻ and gʻ and the apostrophe ʼ (U+02BC) for the tutuq belgisi, as on
//   Uzbek passports' Latin lines. Surnames change with gender (Akmalov, Akmalova). An Uzbek's full name on documents
//   is "Surname Given Father oʻgʻli" (son of) or "… Father qizi" (daughter of).
// - `en_GH` (Ghana, Latin script): the Akan, Ewe and Ga given names and surnames of faker's list; its English given
//   names fall to the filter below.
// `--extract` (build.ts) romanises faker's lists, filters them and commits the pool to inputs/names.json; the build
// then drops every name with a token of a PERSON span of the nine other sets (read mechanically, never looked at).
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dictionaryWords, fakerNameTokens, leaves, nameTokenParts, nameTokens, personOf, personTokensOf } from '../pii-blind/set-names.ts';

const HERE = dirname(fileURLToPath(import.meta.url));
export const ROOT = join(HERE, '../..');

export const NAME_LOCALES = ['mk', 'uz_UZ_latin', 'en_GH'] as const;
export type NameLocale = (typeof NAME_LOCALES)[number];

/** Every labelled set this one must not share a PERSON token with. */
export const OTHER_SETS = [
  'test/pii-blind/blind.jsonl',
  'test/pii-blind2/blind2.jsonl',
  'test/pii-blind3/blind3.jsonl',
  'test/pii-blind4/blind4.jsonl',
  'test/pii-blind5/blind5.jsonl',
  'test/pii-blind6/blind6.jsonl',
  'test/pii-fresh/fresh.jsonl',
  'test/pii-independent/independent.jsonl',
  'test/pii-heldout/heldout.jsonl',
];

// Names of the Macedonians, Uzbeks and Ghanaians best known abroad, and of their folk and fictional characters,
// dropped from the pool so that the hard negatives can name them in an encyclopaedic context; and the people the
// streets of values.ts are named after.
export const FAMOUS = new Set([
  // Macedonian
  'goce',
  'delchev',
  'gruev',
  'dame',
  'misirkov',
  'koneski',
  'racin',
  'kocho',
  'cepenkov',
  'proeski',
  'toshe',
  'pandev',
  'gligorov',
  'trajkovski',
  'crvenkovski',
  'zaev',
  'pendarovski',
  'siljanovska',
  'mickoski',
  'orce',
  'nikolov',
  'kuzman',
  'josifovski',
  'pitu',
  'pejo',
  'itar',
  'marko',
  // Uzbek
  'navoiy',
  'alisher',
  'temur',
  'amir',
  'ulugʻbek',
  'bobur',
  'karimov',
  'islom',
  'mirziyoyev',
  'shavkat',
  'beruniy',
  'xorazmiy',
  'qodiriy',
  'abdulla',
  'choʻlpon',
  'fitrat',
  'nasriddin',
  'afandi',
  'kasimdzhanov',
  'jalolov',
  'bahodir',
  // Ghanaian
  'kwame',
  'nkrumah',
  'kofi',
  'annan',
  'rawlings',
  'kufuor',
  'mahama',
  'akufo',
  'addo',
  'essien',
  'gyan',
  'asamoah',
  'ayew',
  'abedi',
  'pele',
  'boateng',
  'danquah',
  'asantewaa',
  'yaa',
  'ananse',
  'anansi',
  'kwaku',
  'atta',
  'mills',
  'prempeh',
  'tutu',
  'anokye',
]);

/** Particles inside a name that are not name tokens of their own (other sets' spans hold them). */
export const PARTICLES: ReadonlySet<string> = new Set(['van', 'de', 'da', 'di', 'von', 'del', 'der', 'la', 'le', 'du', 'ter', 'ten']);

export { nameTokenParts, nameTokens };

const cap = (s: string): string => (s ? s[0]!.toUpperCase() + s.slice(1) : s);

// ---- Macedonian: the official transliteration of 2008 ----

const MACEDONIAN: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', ѓ: 'gj', е: 'e', ж: 'zh', з: 'z', ѕ: 'dz', и: 'i', ј: 'j', к: 'k', л: 'l',
  љ: 'lj', м: 'm', н: 'n', њ: 'nj', о: 'o', п: 'p', р: 'r', с: 's', т: 't', ќ: 'kj', у: 'u', ф: 'f', х: 'h',
  ц: 'c', ч: 'ch', џ: 'dj', ш: 'sh',
}; // prettier-ignore

/** A Macedonian name in the official transliteration ("Gjurgjica", "Ljupka", "Dzhambaz" is Џамбаз → "Djambaz"). */
export function romaniseMacedonian(name: string): string {
  if (name.includes('-')) return name.split('-').map(romaniseMacedonian).join('-');
  return cap(
    [...name.toLowerCase()]
      .map((c) => {
        const r = MACEDONIAN[c];
        if (r === undefined) throw new Error(`no Macedonian letter for ${c} in ${name}`);
        return r;
      })
      .join(''),
  );
}

// ---- Uzbek: the official Latin letters ----

/** An Uzbek name with the official modifier letters: ʻ (U+02BB) after o and g, ʼ (U+02BC) elsewhere
 * ("Dilso‘z" → "Dilsoʻz", "G'iyosov" → "Gʻiyosov", "E’zoza" → "Eʼzoza"). */
export function uzbekLetters(name: string): string {
  return name.replace(/([OoGg])?['‘’`ʻʼ]/g, (_, l: string | undefined) => (l ? `${l}ʻ` : 'ʼ'));
}

/** The surname's form for the other gender: -ski/-ska, -ov/-ova, -ev/-eva, -in/-ina. */
export function otherGenderSurname(surname: string, female: boolean): string | undefined {
  const rules: [RegExp, string][] = female
    ? [
        [/ski$/, 'ska'],
        [/ov$/, 'ova'],
        [/ev$/, 'eva'],
        [/in$/, 'ina'],
      ]
    : [
        [/ska$/, 'ski'],
        [/ova$/, 'ov'],
        [/eva$/, 'ev'],
        [/ina$/, 'in'],
      ];
  for (const [re, to] of rules) if (re.test(surname)) return surname.replace(re, to);
  return undefined;
}

// ---- the pool ----

/** Given names, surnames and fathers' names of one locale. */
export interface LocalePool {
  female: string[];
  male: string[];
  /** Given names filed for either gender. */
  either: string[];
  /** Surnames for either gender. */
  surnames: string[];
  /** Masculine and feminine surname forms (Macedonian, Uzbek). */
  surnamesMale: string[];
  surnamesFemale: string[];
  /** Fathers' given names (Uzbek), written before oʻgʻli or qizi. */
  patronymics: string[];
}
export type NamePool = Record<NameLocale, LocalePool>;

export interface Extracted {
  pool: NamePool;
  dropped: Record<'word' | 'short' | 'used' | 'famous' | 'shape', string[]>;
}

export { dictionaryWords };

/** Tokens of every person name of the Latin-script faker locales (the training's and the other sets' locales are
 * all among them), so that no name of this set is also a Latin-script name ("Anna", "Maria", "Eva"). */
export const usedNameTokens = (): Set<string> => fakerNameTokens(nameTokens, { skip: NAME_LOCALES });

type Reason = keyof Extracted['dropped'];

/** A misspelling in faker's Ghanaian list (Elizabeth), dropped with the shapes. */
const MISSPELT: ReadonlySet<string> = new Set(['Eliabeth']);

function dropReason(name: string, words: Set<string>, used: Set<string>): Reason | undefined {
  if (MISSPELT.has(name) || !/^\p{Lu}[a-zʻʼ]+$/u.test(name) || /^\p{Lu}[ʻʼ]|ʼʼ|ʻʻ/u.test(name) || name.length > 16) return 'shape';
  const t = name.toLowerCase();
  if (t.length < 3) return 'short';
  if (FAMOUS.has(t)) return 'famous';
  if (words.has(t)) return 'word';
  if (used.has(t)) return 'used';
  return undefined;
}

/** The pool before the other sets' tokens are dropped (build.ts --extract; needs the Debian word lists). */
export function extractNamePool(words: Set<string>): Extracted {
  const used = usedNameTokens();
  const dropped: Extracted['dropped'] = { word: [], short: [], used: [], famous: [], shape: [] };
  const keep = (names: readonly string[], romanise: (s: string) => string): string[] => {
    const out = new Set<string>();
    for (const n of names) {
      const r = romanise(n);
      const why = dropReason(r, words, used);
      if (why) dropped[why].push(r);
      else out.add(r);
    }
    return [...out].sort();
  };
  const mk = personOf('mk')!;
  const uz = personOf('uz_UZ_latin')!;
  const gh = personOf('en_GH')!;
  const same = (s: string): string => s;
  const uzMale = leaves(uz.first_name?.male);
  const pool: NamePool = {
    mk: {
      female: keep(leaves(mk.first_name?.female), romaniseMacedonian),
      male: keep(leaves(mk.first_name?.male), romaniseMacedonian),
      either: [],
      surnames: keep(leaves(mk.last_name?.generic), romaniseMacedonian),
      surnamesMale: keep(leaves(mk.last_name?.male), romaniseMacedonian),
      surnamesFemale: keep(leaves(mk.last_name?.female), romaniseMacedonian),
      patronymics: [],
    },
    uz_UZ_latin: {
      female: keep(leaves(uz.first_name?.female), uzbekLetters),
      male: keep(uzMale, uzbekLetters),
      either: [],
      surnames: keep(leaves(uz.last_name?.generic), uzbekLetters),
      surnamesMale: keep(leaves(uz.last_name?.male), uzbekLetters),
      surnamesFemale: keep(leaves(uz.last_name?.female), uzbekLetters),
      // Fathers' given names, written before oʻgʻli or qizi.
      patronymics: keep(uzMale, uzbekLetters),
    },
    en_GH: {
      female: keep(leaves(gh.first_name?.female), same),
      male: keep(leaves(gh.first_name?.male), same),
      either: keep(leaves(gh.first_name?.generic), same),
      surnames: keep(leaves(gh.last_name), same),
      surnamesMale: [],
      surnamesFemale: [],
      patronymics: [],
    },
  };
  for (const k of Object.keys(dropped) as Reason[]) dropped[k] = [...new Set(dropped[k])].sort();
  return { pool, dropped };
}

/** Every token of every PERSON span of the other sets. */
export const otherSetsPersonTokens = (): Set<string> => personTokensOf(ROOT, OTHER_SETS);

/** The committed pool less every name with a token another set's PERSON spans hold. */
export function namePool(committed: NamePool, others: Set<string>): NamePool {
  const free = (xs: string[]): string[] => xs.filter((n) => nameTokens(n).every((t) => t.length < 3 || !others.has(t)));
  const out = {} as NamePool;
  for (const loc of NAME_LOCALES) {
    const p = committed[loc];
    out[loc] = {
      female: free(p.female),
      male: free(p.male),
      either: free(p.either),
      surnames: free(p.surnames),
      surnamesMale: free(p.surnamesMale),
      surnamesFemale: free(p.surnamesFemale),
      patronymics: free(p.patronymics),
    };
  }
  return out;
}

export const poolSize = (p: NamePool, loc: NameLocale): { given: number; surnames: number; patronymics: number } => ({
  given: new Set([...p[loc].female, ...p[loc].male, ...p[loc].either]).size,
  surnames: new Set([...p[loc].surnames, ...p[loc].surnamesMale, ...p[loc].surnamesFemale]).size,
  patronymics: new Set(p[loc].patronymics).size,
});
