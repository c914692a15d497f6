// Person names of this set: three naming traditions that no other set and not the training drew from, written by
// this set's author (names-curated.ts) from general knowledge:
// - `il` Israeli: Hebrew given names and family names romanised as Israelis write them in Latin script (Noa,
//   Yossi, Tzvika; Mizrahi, Shapira, Ben-David), given name first; no honorific.
// - `mg` Maghrebi: Moroccan, Algerian and Tunisian names in the French-style romanisation of the civil registers,
//   men often with a compound given name ("Mohamed Amine"), family names with the article or Ben- run together
//   (Elidrissi, Benjelloun); Si, Lalla, Hajj and Hajja stand before the given name, outside the span.
// - `ke` Kenyan: Kikuyu, Luo, Kalenjin and Luhya given names and family names, often after an English or Christian
//   first name ("Grace Wanjiku Mwangi"); Mzee, Mama, Bwana and Bi stand before the name, outside the span.
// `--extract` (build.ts) filters the lists and commits the pool to inputs/names.json; the build then drops every name
// with a token of a PERSON span of the thirteen other sets (read mechanically, never looked at).
import { allLocales } from '@faker-js/faker';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as raw from './names-curated.ts';

const HERE = dirname(fileURLToPath(import.meta.url));
export const ROOT = join(HERE, '../..');

export const NAME_LOCALES = ['il', 'mg', 'ke'] as const;
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
  'test/pii-blind9/blind9.jsonl',
  'test/pii-blind10/blind10.jsonl',
  'test/pii-fresh/fresh.jsonl',
  'test/pii-independent/independent.jsonl',
  'test/pii-heldout/heldout.jsonl',
];

// Names of the Israelis, Maghrebis and Kenyans best known abroad, of their historical, literary and legendary
// figures, the brands named after people, and the places and streets of the values and the hard negatives: dropped
// from the pool so that the hard negatives can name them.
export const FAMOUS = new Set([
  // Israeli
  'golda', 'meir', 'david', 'ben', 'gurion', 'bengurion', 'amos', 'oz', 'agnon', 'shmuel', 'yosef', 'yehuda',
  'amichai', 'ofra', 'haza', 'gal', 'gadot', 'netta', 'barzilai', 'theodor', 'herzl', 'eliezer', 'chaim',
  'weizmann', 'dizengoff', 'rothschild', 'ibn', 'gabirol', 'netanyahu', 'rabin', 'peres', 'sharon', 'begin',
  'olmert', 'lapid', 'bennett', 'gantz', 'rivlin', 'herzog', 'dayan', 'jabotinsky', 'bialik', 'grossman',
  'keret', 'etgar', 'harari', 'portman', 'teva', 'osem', 'tnuva', 'bamba', 'egged', 'strauss', 'elbit',
  'maccabi', 'hapoel', 'leumi', 'hapoalim', 'tel', 'aviv', 'haifa', 'jerusalem', 'yerushalayim', 'beersheba',
  'eilat', 'herzliya', 'netanya', 'ashdod', 'holon', 'rehovot', 'raanana', 'modiin', 'jaffa', 'yafo', 'ramat',
  'gan', 'petah', 'tikva', 'rishon', 'lezion', 'kfar', 'saba', 'allenby', 'shenkin', 'yehuda', 'halevi',
  'tchernichovsky', 'arlozorov', 'jabotinski', 'sokolov', 'ahad', 'haam', 'king', 'george', 'emek', 'refaim',
  // Maghrebi
  'battuta', 'khaldun', 'tahar', 'jelloun', 'benjelloun', 'kateb', 'yacine', 'assia', 'djebar', 'riyad',
  'mahrez', 'hicham', 'guerrouj', 'nawal', 'moutawakel', 'ons', 'jabeur', 'habib', 'bourguiba', 'emir',
  'abdelkader', 'cheb', 'khaled', 'fatima', 'mernissi', 'achraf', 'hakimi', 'bouazizi', 'bouteflika', 'boudiaf',
  'ghannouchi', 'slimani', 'leila', 'zidane', 'zinedine', 'aouita', 'benkirane', 'tebboune', 'saied', 'kais',
  'attijariwafa', 'djezzy', 'ooredoo', 'inwi', 'marjane', 'carthage', 'harissa', 'casablanca', 'marrakech',
  'fes', 'fès', 'rabat', 'tanger', 'tangier', 'agadir', 'oujda', 'meknes', 'tetouan', 'tunis', 'sfax', 'sousse',
  'bizerte', 'oran', 'alger', 'algiers', 'constantine', 'annaba', 'setif', 'tlemcen', 'maarif', 'agdal', 'gueliz',
  'hay', 'riad', 'hassan', 'zerktouni', 'lac', 'menzah', 'ennasr', 'hydra', 'bab', 'ezzouar', 'didouche',
  'mourad', 'larbi', 'mhidi',
  // Kenyan
  'wangari', 'maathai', 'ngugi', 'thiong', 'thiongo', 'jomo', 'kenyatta', 'eliud', 'kipchoge', 'lupita',
  'nyong', 'nyongo', 'tegla', 'loroupe', 'kip', 'keino', 'dedan', 'kimathi', 'tom', 'mboya', 'luanda', 'magere',
  'gikuyu', 'mumbi', 'faith', 'kipyegon', 'rudisha', 'odinga', 'raila', 'oginga', 'uhuru', 'kibaki', 'mwai',
  'moi', 'ruto', 'cheruiyot', 'tergat', 'ndereba', 'obama', 'barack', 'safaricom', 'tusker', 'jumia', 'mpesa',
  'equity', 'nairobi', 'mombasa', 'kisumu', 'nakuru', 'eldoret', 'thika', 'kisii', 'kakamega', 'malindi',
  'lamu', 'nyeri', 'westlands', 'kilimani', 'lavington', 'kileleshwa', 'parklands', 'ngong', 'kasarani',
  'embakasi', 'langata', 'karen', 'muthaiga', 'riverside', 'mama', 'ngina', 'selassie', 'haile',
]); // prettier-ignore

/** Particles inside a name that are not name tokens of their own: those the other sets' spans hold. */
export const PARTICLES: ReadonlySet<string> = new Set([
  'van', 'de', 'da', 'di', 'von', 'del', 'der', 'la', 'le', 'du', 'ter', 'ten', 'á', 'í', 'við', 'undir', 'úr', 'vid',
  'ur',
]); // prettier-ignore

/** What stands before a name outside its span: Maghrebi Si and Lalla (and Hajj, Hajja for an elder), Kenyan Bwana
 * and Bi (Mzee and Mama for an elder). */
export const HONORIFICS = {
  mgMan: 'Si',
  mgWoman: 'Lalla',
  mgElderMan: 'Hajj',
  mgElderWoman: 'Hajja',
  keMan: 'Bwana',
  keWoman: 'Bi',
  keElderMan: 'Mzee',
  keElderWoman: 'Mama',
} as const;

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

/** A name without diacritics (the accents dropped: "Fès" → "Fes"). */
export function fold(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '');
}

/** Every token of a name as written and without diacritics. */
export const nameTokensAllForms = (name: string): string[] => [...new Set([...nameTokens(name), ...nameTokens(fold(name))])];

/** Every token of a name as written and without accents. */
const allForms = (_loc: NameLocale, name: string): string[] => nameTokensAllForms(name);

// ---- the pool ----

/** Given names and family names of one locale. */
export interface LocalePool {
  female: string[];
  male: string[];
  surnames: string[];
  /** Kenyan: the English or Christian first names that survive the filters (empty for the other locales). */
  firstFemale: string[];
  firstMale: string[];
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
  if (!/^\p{Lu}\p{Ll}+(-\p{Lu}\p{Ll}+)?$/u.test(name)) return 'shape';
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
    il: { female: keep(raw.IL_FEMALE), male: keep(raw.IL_MALE), surnames: keep(raw.IL_SURNAMES), firstFemale: [], firstMale: [] },
    mg: { female: keep(raw.MG_FEMALE), male: keep(raw.MG_MALE), surnames: keep(raw.MG_SURNAMES), firstFemale: [], firstMale: [] },
    ke: {
      female: keep(raw.KE_FEMALE),
      male: keep(raw.KE_MALE),
      surnames: keep(raw.KE_SURNAMES),
      firstFemale: keep(raw.KE_CHRISTIAN_FEMALE),
      firstMale: keep(raw.KE_CHRISTIAN_MALE),
    },
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
    out[loc] = {
      female: free(loc, p.female),
      male: free(loc, p.male),
      surnames: free(loc, p.surnames),
      firstFemale: free(loc, p.firstFemale),
      firstMale: free(loc, p.firstMale),
    };
  }
  return out;
}

export const poolSize = (p: NamePool, loc: NameLocale): { given: number; surnames: number } => ({
  given: new Set([...p[loc].female, ...p[loc].male]).size,
  surnames: new Set(p[loc].surnames).size,
});

/** Every name token of a pool, as written and without accents, three letters or
 * more and not a particle: the tokens no text may hold outside a span. */
export function poolNameTokens(pool: NamePool): Set<string> {
  const out = new Set<string>();
  for (const loc of NAME_LOCALES) {
    const p = pool[loc];
    for (const n of [...p.female, ...p.male, ...p.surnames, ...p.firstFemale, ...p.firstMale])
      for (const t of allForms(loc, n)) if (t.length >= 3 && !PARTICLES.has(t)) out.add(t);
  }
  return out;
}
