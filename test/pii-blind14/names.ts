// Person names of this set: three naming traditions that no other set, no Latin-script faker locale and not the
// training drew from, written by this set's author (names-curated.ts) from general knowledge:
// - `se` Sámi (Norway, Sweden, Finland): Northern Sámi spellings of given names, some joined by a hyphen, and the
//   family names Sámi families bear; the given name comes first.
// - `to` Tongan (Tonga and its diaspora in New Zealand and Australia): Tongan given names and family names.
// - `arn` Mapuche (Chile): given names of Mapudungun origin and two family names, the father's first; everyday use
//   drops the second.
// `--extract` (build.ts) filters the lists and commits the pool to inputs/names.json; the build then drops every name
// with a token of a PERSON span of the sixteen other sets (read mechanically, never looked at).
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DropReason } from '../pii-blind/set-names.ts';
import {
  dictionaryWords,
  filterNames,
  foldMarks,
  labelledSetsBefore,
  nameTokenParts,
  nameTokens,
  PARTICLES,
  poolTools,
} from '../pii-blind/set-names.ts';
import * as raw from './names-curated.ts';

const HERE = dirname(fileURLToPath(import.meta.url));
export const ROOT = join(HERE, '../..');

export const NAME_LOCALES = ['se', 'to', 'arn'] as const;
export type NameLocale = (typeof NAME_LOCALES)[number];

/** Every labelled set this one must not share a PERSON token with. */
export const OTHER_SETS = labelledSetsBefore(14);

// Names of the Sámi, Tongan and Mapuche figures best known abroad, of their historical, literary and legendary
// figures, and the places, institutions and words of the values and the hard negatives: dropped from the pool so that
// the hard negatives can name them.
export const FAMOUS = new Set([
  // Sámi
  'valkeapää', 'valkeapaa', 'áillohaš', 'aillohas', 'boine', 'turi', 'laula', 'renberg', 'saba', 'gaup', 'jannok',
  'fjällgren', 'fjallgren', 'hætta', 'somby', 'isaksen', 'laestadius', 'ofelaš', 'ofelas', 'kautokeino',
  'guovdageaidnu', 'karasjok', 'kárášjohka', 'karasjohka', 'jokkmokk', 'jåhkåmåhkke', 'inari', 'anár', 'anar',
  'utsjoki', 'ohcejohka', 'kiruna', 'giron', 'tromsø', 'romsa', 'sápmi', 'sapmi', 'sámediggi', 'samediggi', 'beaivváš',
  'beaivvas', 'gákti', 'gakti', 'riddu', 'riđđu', 'stallo', 'čáhcerávga', 'biegolmmái', 'ráhkká', 'sieidi', 'juoigan',
  'márkomeannu', 'tana', 'deatnu', 'karesuando', 'gárasavvon', 'hetta', 'enontekiö', 'lakselv', 'leavdnja', 'siida',
  // Tongan
  'tupou', 'taufaʻāhau', 'taufaahau', 'taufa’ahau', 'sālote', 'salote', 'pōhiva', 'pohiva', 'akilisi', 'tuʻivakanō',
  'tuivakano', 'sovaleni', 'hauʻofa', 'haufa', 'epeli', 'lomu', 'jonah', 'taufatofua', 'maui', 'hina', 'tangaloa',
  'nukuʻalofa', 'nukualofa', 'neiafu', 'vavaʻu', 'vavau', 'haʻapai', 'haapai', 'tongatapu', 'kolofoʻou', 'kolofoou',
  'fuaʻamotu', 'fuaamotu', 'vunipola', 'folau', 'taumalolo', 'ahoeitu', 'pulotu', 'tonga', 'heilala', 'lapaha',
  'mala', 'ikale', 'digicel', 'talamahu', 'otahuhu', 'onehunga', 'mangere', 'druitt', 'tuʻi', 'kanokupolu', 'toa',
  // Mapuche
  'lautaro', 'leftraru', 'caupolicán', 'caupolican', 'galvarino', 'pelantaro', 'calfucura', 'kalfükura', 'kilapán',
  'quilapán', 'quilapan', 'loncón', 'loncon', 'elisa', 'catrillanca', 'lienlaf', 'chihuailaf', 'elicura', 'ercilla',
  'temuco', 'araucanía', 'araucania', 'villarrica', 'pucón', 'pucon', 'nahuelbuta', 'malleco', 'tirúa', 'tirua',
  'lonquimay', 'curarrehue', 'collipulli', 'toqui', 'machi', 'lonko', 'wallmapu', 'wenufoye', 'tripantu', 'nguillatun',
  'palín', 'kultrún', 'kultrun', 'trutruka', 'rewe', 'ruka', 'mapudungun', 'mapuche', 'pehuenche', 'huilliche',
  'lafkenche', 'araucana', 'huapi', 'llaima', 'caburgua', 'cautín', 'cautin', 'angol', 'cañete', 'purén', 'puren',
  'curacautín', 'curacautin', 'carahue', 'tucapel', 'mariluán', 'mariluan', 'bulnes', 'lircay', 'valdivia',
]); // prettier-ignore

export { PARTICLES, nameTokenParts, nameTokens };

/** A name without diacritics. */
export const fold = foldMarks;

/** Every token of a name as written and without diacritics, the other sets' PERSON tokens, the pool less them and the
 * pool's tokens (../pii-blind/set-names.ts's poolTools). */
export const { nameTokensAllForms, otherSetsPersonTokens, namePool, poolNameTokens } = poolTools<NameLocale, LocalePool>(
  ROOT,
  NAME_LOCALES,
  OTHER_SETS,
);

// ---- the pool ----

/** Given names and family names of one locale. */
export interface LocalePool {
  female: string[];
  male: string[];
  surnames: string[];
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
    se: { female: keep(raw.SAMI_FEMALE), male: keep(raw.SAMI_MALE), surnames: keep(raw.SAMI_SURNAMES) },
    to: { female: keep(raw.TONGAN_FEMALE), male: keep(raw.TONGAN_MALE), surnames: keep(raw.TONGAN_SURNAMES) },
    arn: { female: keep(raw.MAPUCHE_FEMALE), male: keep(raw.MAPUCHE_MALE), surnames: keep(raw.MAPUCHE_SURNAMES) },
  }));
}

export const poolSize = (p: NamePool, loc: NameLocale): { given: number; surnames: number } => ({
  given: new Set([...p[loc].female, ...p[loc].male]).size,
  surnames: new Set(p[loc].surnames).size,
});
