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
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DropReason } from '../pii-blind/set-names.ts';
import {
  dictionaryWords,
  filterNames,
  foldMarks,
  nameTokenParts,
  nameTokens,
  PARTICLES,
  personTokensOf,
  poolWithout,
  tokensAsWrittenAndFolded,
  tokensOfPool,
} from '../pii-blind/set-names.ts';
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

export { PARTICLES };

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

export { nameTokenParts, nameTokens };

/** A name without diacritics (the accents dropped: "Fès" → "Fes"). */
export const fold = foldMarks;

/** Every token of a name as written and without diacritics. */
export const nameTokensAllForms = (name: string): string[] => tokensAsWrittenAndFolded(name, fold);

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
  dropped: Record<DropReason, string[]>;
}

export { dictionaryWords };

/** A curated name stays when it is a capitalised word, or two joined by a hyphen, and no token of it (as written
 * or without diacritics) is famous, short, an ordinary word or a faker name. */
const RULES = { shape: /^\p{Lu}\p{Ll}+(-\p{Lu}\p{Ll}+)?$/u, famous: FAMOUS, allForms: nameTokensAllForms };

/** The pool before the other sets' tokens are dropped (build.ts --extract; needs the Debian word lists). */
export function extractNamePool(words: Set<string>): Extracted {
  return filterNames(RULES, words, (keep): NamePool => ({
    il: { female: keep(raw.IL_FEMALE), male: keep(raw.IL_MALE), surnames: keep(raw.IL_SURNAMES), firstFemale: [], firstMale: [] },
    mg: { female: keep(raw.MG_FEMALE), male: keep(raw.MG_MALE), surnames: keep(raw.MG_SURNAMES), firstFemale: [], firstMale: [] },
    ke: {
      female: keep(raw.KE_FEMALE),
      male: keep(raw.KE_MALE),
      surnames: keep(raw.KE_SURNAMES),
      firstFemale: keep(raw.KE_CHRISTIAN_FEMALE),
      firstMale: keep(raw.KE_CHRISTIAN_MALE),
    },
  }));
}

/** Every token of every PERSON span of the other sets. */
export const otherSetsPersonTokens = (): Set<string> => personTokensOf(ROOT, OTHER_SETS);

/** The committed pool less every name with a token (as written or without diacritics) another set's PERSON spans
 * hold. */
export const namePool = (committed: NamePool, others: Set<string>): NamePool => poolWithout(committed, NAME_LOCALES, others, allForms);

export const poolSize = (p: NamePool, loc: NameLocale): { given: number; surnames: number } => ({
  given: new Set([...p[loc].female, ...p[loc].male]).size,
  surnames: new Set(p[loc].surnames).size,
});

/** Every name token of a pool, as written and without accents, three letters or
 * more and not a particle: the tokens no text may hold outside a span. */
export const poolNameTokens = (pool: NamePool): Set<string> => tokensOfPool(pool, NAME_LOCALES, allForms);
