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

export { PARTICLES };

/** The honorifics a Burmese name is written with: never part of the name's span. */
export const HONORIFICS = { elderMan: 'U', elderWoman: 'Daw', man: 'Ko', woman: 'Ma', boy: 'Maung' } as const;

export { nameTokenParts, nameTokens };

/** A name without diacritics (the scholarly Persian transliteration's long vowels and the like). */
export const fold = foldMarks;

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
export const nameTokensAllForms = (name: string): string[] => tokensAsWrittenAndFolded(name, fold);

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
  dropped: Record<DropReason, string[]>;
}

export { dictionaryWords };

/** A curated name stays when it is a capitalised word, and no token of it (as written or without
 * diacritics) is famous, short, an ordinary word or a faker name. */
const RULES = { shape: /^\p{Lu}\p{Ll}+$/u, famous: FAMOUS, allForms: nameTokensAllForms };

/** The pool before the other sets' tokens are dropped (build.ts --extract; needs the Debian word lists). */
export function extractNamePool(words: Set<string>): Extracted {
  return filterNames(RULES, words, (keep): NamePool => ({
    th: { female: keep(raw.TH_FEMALE), male: keep(raw.TH_MALE), surnames: keep(raw.TH_SURNAMES) },
    fa: { female: keep(raw.FA_FEMALE), male: keep(raw.FA_MALE), surnames: keep(raw.FA_SURNAMES) },
    my: { female: keep(raw.MY_FEMALE), male: keep(raw.MY_MALE), surnames: [] },
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

/** Every name token of a pool, as written, in the scholarly transliteration and without diacritics, three letters or
 * more and not a particle: the tokens no text may hold outside a span. */
export const poolNameTokens = (pool: NamePool): Set<string> => tokensOfPool(pool, NAME_LOCALES, allForms);
