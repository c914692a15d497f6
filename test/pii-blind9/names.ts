// Person names of this set: three naming traditions that no other set and not the training drew from, written by
// this set's author (names-curated.ts) because no Latin-script faker locale holds them:
// - `th` Thai (Thailand): long given names and longer surnames (each Thai surname is unique to a family by law),
//   people addressed by the given name alone, Khun before it, and lists sorted by given name.
// - `fa` Persian (Iran): given names and surnames (-i, -zadeh, -pour, -nia), official papers writing the surname
//   first and adding the father's given name.
// - `my` Burmese (Myanmar): names of two to four syllables with no family name at all — a daughter shares no name
//   with her father — written with an honorific that is not part of the name (U and Daw for elders, Ko and Ma for
//   peers, Maung for boys).
// `--extract` (build.ts) filters the lists and commits the pool to inputs/names.json; the build then drops every name
// with a token of a PERSON span of the eleven other sets (read mechanically, never looked at).
import { allLocales } from '@faker-js/faker';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as raw from './names-curated.ts';

const HERE = dirname(fileURLToPath(import.meta.url));
export const ROOT = join(HERE, '../..');

export const NAME_LOCALES = ['th', 'fa', 'my'] as const;
export type NameLocale = (typeof NAME_LOCALES)[number];

/** Every labelled set this one must not share a PERSON token with. */
export const OTHER_SETS = [
  'test/pii-blind/blind.jsonl',
  'test/pii-blind2/blind2.jsonl',
  'test/pii-blind3/blind3.jsonl',
  'test/pii-blind4/blind4.jsonl',
  'test/pii-blind5/blind5.jsonl',
  'test/pii-blind6/blind6.jsonl',
  'test/pii-blind7/blind7.jsonl',
  'test/pii-blind8/blind8.jsonl',
  'test/pii-fresh/fresh.jsonl',
  'test/pii-independent/independent.jsonl',
  'test/pii-heldout/heldout.jsonl',
];

// Names of the Thais, Iranians and Burmese best known abroad, of their historical, literary and legendary figures,
// and the places and streets of the values and the hard negatives: dropped from the pool so that the hard negatives
// can name them.
export const FAMOUS = new Set([
  // Thai
  'bhumibol', 'adulyadej', 'vajiralongkorn', 'sirikit', 'chulalongkorn', 'mongkut', 'thaksin', 'shinawatra',
  'yingluck', 'paetongtarn', 'prayut', 'prayuth', 'srettha', 'thavisin', 'abhisit', 'vejjajiva', 'pridi',
  'banomyong', 'phibun', 'sunthorn', 'paradorn', 'srichaphan', 'apichatpong', 'weerasethakul', 'bangkok', 'chiang',
  'phuket', 'pattaya', 'sukhumvit', 'silom', 'sathorn', 'ratchadaphisek', 'khon', 'kaen', 'nonthaburi', 'udon',
  'thani', 'ayutthaya', 'sukhothai', 'chao', 'phraya', 'lumpini', 'chatuchak', 'ladprao', 'phahonyothin', 'rama',
  'siam', 'thonglor', 'ekkamai', 'inthanon', 'chakri', 'rattanakosin', 'hat', 'yai', 'korat', 'nakhon', 'ratchasima',
  'samut', 'prakan', 'bang', 'kapi', 'huai', 'khwang', 'soi',
  // Persian
  'khamenei', 'khomeini', 'rouhani', 'ahmadinejad', 'mosaddegh', 'mossadegh', 'pahlavi', 'rumi', 'hafez', 'ferdowsi',
  'saadi', 'khayyam', 'kiarostami', 'farhadi', 'asghar', 'panahi', 'zarif', 'shajarian', 'googoosh', 'rostam',
  'sohrab', 'cyrus', 'darius', 'xerxes', 'mahsa', 'amini', 'ebadi', 'narges', 'mohammadi', 'mirzakhani', 'maryam',
  'anousheh', 'ansari', 'golshifteh', 'farahani', 'satrapi', 'marjane', 'persepolis', 'isfahan', 'esfahan', 'tehran',
  'shiraz', 'tabriz', 'mashhad', 'yazd', 'kerman', 'valiasr', 'vanak', 'tajrish', 'enghelab', 'azadi', 'pasdaran',
  'niavaran', 'zaferanieh', 'sepehri', 'forough', 'farrokhzad', 'shahnameh', 'simorgh', 'rudaki', 'nezami',
  'shirazi', 'tehrani', 'kermani', 'tabrizi', 'karaj', 'qom', 'ahvaz', 'rasht', 'shariati', 'motahari', 'golestan',
  'jomhouri', 'keshavarz', 'saadat', 'abad', 'shahrak', 'gharb', 'hedayat',
  // Burmese
  'aung', 'san', 'suu', 'kyi', 'thant', 'hlaing', 'min', 'win', 'than', 'shwe', 'thein', 'sein', 'htin', 'bogyoke',
  'yangon', 'rangoon', 'mandalay', 'naypyidaw', 'bagan', 'shwedagon', 'sule', 'inle', 'pyay', 'bago', 'mawlamyine',
  'taunggyi', 'kamayut', 'sanchaung', 'bahan', 'tamwe', 'dagon', 'insein', 'pabedan', 'kyauktada', 'lanmadaw',
  'thingangyun', 'yankin', 'mingalar', 'myitkyina', 'sittwe', 'ngapali', 'latha', 'botahtaung', 'mayangon',
  'thaketa', 'pyinmana', 'chanayethazan', 'mahaaungmye',
]); // prettier-ignore

/** Particles inside a name that are not name tokens of their own: those the other sets' spans hold. */
export const PARTICLES: ReadonlySet<string> = new Set([
  'van', 'de', 'da', 'di', 'von', 'del', 'der', 'la', 'le', 'du', 'ter', 'ten', 'á', 'í', 'við', 'undir', 'úr', 'vid',
  'ur',
]); // prettier-ignore

/** The honorifics a Burmese name is written with: never part of the name's span. */
export const HONORIFICS = { elderMan: 'U', elderWoman: 'Daw', man: 'Ko', woman: 'Ma', boy: 'Maung' } as const;

/** A name's pieces: split on spaces, dots, commas and apostrophes, lower-cased. */
function pieces(name: string): string[] {
  return name
    .toLowerCase()
    .split(/[\s.,'’]+/)
    .filter((t) => t.length > 0);
}

/** Lower-cased tokens of a name. A hyphenated piece gives the parts run together and each part; `syllable` tells
 * a part of a hyphenated piece from a whole token. */
export function nameTokenParts(name: string): { token: string; syllable: boolean }[] {
  const out: { token: string; syllable: boolean }[] = [];
  for (const p of pieces(name)) {
    const parts = p.split(/[-‐]+/).filter(Boolean);
    if (parts.length > 1) {
      out.push({ token: parts.join(''), syllable: false });
      for (const part of parts) out.push({ token: part, syllable: true });
    } else if (parts.length === 1) out.push({ token: parts[0]!, syllable: false });
  }
  return out;
}

/** Lower-cased tokens of a name. */
export function nameTokens(name: string): string[] {
  return [...new Set(nameTokenParts(name).map((t) => t.token))];
}

/** A name without diacritics (the scholarly Persian transliteration's long vowels and the like). */
export function fold(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '');
}

/** A Persian name with its long vowels marked as a scholarly transliteration does: ou and oo become ū, ee and a
 * final i ī, aa ā ("Kourosh" → "Kūrosh", "Hosseini" → "Hosseinī"). */
export function scholarly(name: string): string {
  return name
    .replace(/ou|oo/g, 'ū')
    .replace(/^Ou|^Oo/, 'Ū')
    .replace(/ee/g, 'ī')
    .replace(/aa/g, 'ā')
    .replace(/i$/, 'ī');
}

/** Every token of a name as written and without diacritics. */
export const nameTokensAllForms = (name: string): string[] => [...new Set([...nameTokens(name), ...nameTokens(fold(name))])];

/** Every token of a name of a locale as written, without diacritics and (Persian) with long vowels marked. */
const allForms = (loc: NameLocale, name: string): string[] =>
  loc === 'fa' ? [...new Set([...nameTokensAllForms(name), ...nameTokensAllForms(scholarly(name))])] : nameTokensAllForms(name);

// ---- the pool ----

/** Given names (Burmese: name syllables) and surnames of one locale. */
export interface LocalePool {
  female: string[];
  male: string[];
  /** Empty for Burmese, which has none. */
  surnames: string[];
}
export type NamePool = Record<NameLocale, LocalePool>;

export interface Extracted {
  pool: NamePool;
  dropped: Record<'word' | 'short' | 'used' | 'famous' | 'shape', string[]>;
}

const DICTS = ['american-english', 'ngerman', 'french', 'spanish', 'italian', 'dutch'];

/** Ordinary words of the six languages, lower-cased (the installed Debian word lists; --extract only): every
 * lower-case entry, the German list's capitalised entries (nouns) and the American list's capitalised entries
 * (places, brands and famous people an English reader knows). */
export function dictionaryWords(): Set<string> {
  const words = new Set<string>();
  for (const d of DICTS) {
    const path = join('/usr/share/dict', d);
    if (!existsSync(path))
      throw new Error(`missing word list ${path}: apt-get install wamerican wngerman wfrench wspanish witalian wdutch`);
    for (const line of readFileSync(path, 'utf8').split('\n')) {
      const w = line.replace(/'s$/, '');
      if (!w) continue;
      if (/^\p{Lu}/u.test(w) && d !== 'ngerman' && d !== 'american-english') continue;
      words.add(w.toLowerCase());
    }
  }
  return words;
}

type FakerPerson = { first_name?: unknown; last_name?: unknown } | undefined;
const personOf = (loc: string): FakerPerson => (allLocales as Record<string, { person?: FakerPerson }>)[loc]?.person;

function leaves(v: unknown, out: string[] = []): string[] {
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) for (const x of v) leaves(x, out);
  else if (v && typeof v === 'object') for (const x of Object.values(v)) leaves(x, out);
  return out;
}

/** Tokens of every person name of the Latin-script faker locales (the training's and the other sets' locales are
 * all among them), so that no name of this set is also a name there. */
export function usedNameTokens(): Set<string> {
  const used = new Set<string>();
  for (const loc of Object.keys(allLocales)) {
    const names = [...leaves(personOf(loc)?.first_name), ...leaves(personOf(loc)?.last_name)];
    const latin = names.filter((n) => /^[\p{Script=Latin}\s.'’-]+$/u.test(n)).length;
    if (names.length === 0 || latin < names.length / 2) continue;
    for (const n of names) for (const t of nameTokensAllForms(n)) used.add(t);
  }
  return used;
}

type Reason = keyof Extracted['dropped'];

function dropReason(name: string, words: Set<string>, used: Set<string>): Reason | undefined {
  const tokens = nameTokensAllForms(name);
  if (!/^\p{Lu}\p{Ll}+$/u.test(name)) return 'shape';
  if (tokens.some((t) => t.length < 3)) return 'short';
  if (tokens.some((t) => FAMOUS.has(t))) return 'famous';
  if (tokens.some((t) => words.has(t))) return 'word';
  if (tokens.some((t) => used.has(t))) return 'used';
  return undefined;
}

/** The pool before the other sets' tokens are dropped (build.ts --extract; needs the Debian word lists). */
export function extractNamePool(words: Set<string>): Extracted {
  const used = usedNameTokens();
  const dropped: Extracted['dropped'] = { word: [], short: [], used: [], famous: [], shape: [] };
  const keep = (names: readonly string[]): string[] => {
    const out = new Set<string>();
    for (const n of names) {
      const why = dropReason(n, words, used);
      if (why) dropped[why].push(n);
      else out.add(n);
    }
    return [...out].sort();
  };
  const pool: NamePool = {
    th: { female: keep(raw.TH_FEMALE), male: keep(raw.TH_MALE), surnames: keep(raw.TH_SURNAMES) },
    fa: { female: keep(raw.FA_FEMALE), male: keep(raw.FA_MALE), surnames: keep(raw.FA_SURNAMES) },
    my: { female: keep(raw.MY_FEMALE), male: keep(raw.MY_MALE), surnames: [] },
  };
  for (const k of Object.keys(dropped) as Reason[]) dropped[k] = [...new Set(dropped[k])].sort();
  return { pool, dropped };
}

/** Every token of every PERSON span of the other sets. */
export function otherSetsPersonTokens(): Set<string> {
  const out = new Set<string>();
  for (const path of OTHER_SETS)
    for (const line of readFileSync(join(ROOT, path), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const d = JSON.parse(line) as { text: string; entities: { type: string; start: number; end: number }[] };
      for (const e of d.entities) if (e.type === 'PERSON') for (const t of nameTokens(d.text.slice(e.start, e.end))) out.add(t);
    }
  return out;
}

/** The committed pool less every name with a token (as written or without diacritics) another set's PERSON spans
 * hold. */
export function namePool(committed: NamePool, others: Set<string>): NamePool {
  const free = (loc: NameLocale, xs: string[]): string[] => xs.filter((n) => allForms(loc, n).every((t) => t.length < 3 || !others.has(t)));
  const out = {} as NamePool;
  for (const loc of NAME_LOCALES) {
    const p = committed[loc];
    out[loc] = { female: free(loc, p.female), male: free(loc, p.male), surnames: free(loc, p.surnames) };
  }
  return out;
}

export const poolSize = (p: NamePool, loc: NameLocale): { given: number; surnames: number } => ({
  given: new Set([...p[loc].female, ...p[loc].male]).size,
  surnames: new Set(p[loc].surnames).size,
});

/** Every name token of a pool, as written, in the scholarly transliteration and without diacritics, three letters or
 * more and not a particle: the tokens no text may hold outside a span. */
export function poolNameTokens(pool: NamePool): Set<string> {
  const out = new Set<string>();
  for (const loc of NAME_LOCALES) {
    const p = pool[loc];
    for (const n of [...p.female, ...p.male, ...p.surnames])
      for (const t of allForms(loc, n)) if (t.length >= 3 && !PARTICLES.has(t)) out.add(t);
  }
  return out;
}
