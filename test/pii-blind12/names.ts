// Person names of this set: three naming traditions that no other set, no Latin-script faker locale and not the
// training drew from, written by this set's author (names-curated.ts) from general knowledge:
// - `zw` Shona (Zimbabwe): Shona given names, many given to girls and boys alike, and family names; a man may
//   carry a second Shona given name. Mai (Mrs) stands before a woman's family name and Va is joined to a man's
//   ("VaMoyo"); Gogo and Sekuru stand before an elder's family name — all outside the span.
// - `kh` Khmer (Cambodia): given names and family names as Cambodian passports romanise them; the family name comes
//   first ("Chea Sokha"), Western forms turn it round. Lok and Lok Srey (Mr, Mrs) and Ta and Yeay (for an elder)
//   stand before the given name, outside the span.
// - `fj` iTaukei (Fiji): given names (most of them biblical or European names in their Fijian form) and family
//   names in Fijian spelling (c, q, g, b, d read th, ngg, ng, mb, nd); some carry a second given name. A chief's
//   title, Ratu for a man and Adi for a woman, stands before the given name, outside the span.
// `--extract` (build.ts) filters the lists and commits the pool to inputs/names.json; the build then drops every name
// with a token of a PERSON span of the fourteen other sets (read mechanically, never looked at).
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

export const NAME_LOCALES = ['zw', 'kh', 'fj'] as const;
export type NameLocale = (typeof NAME_LOCALES)[number];

/** Every labelled set this one must not share a PERSON token with. */
export const OTHER_SETS = labelledSetsBefore(12);

// Names of the Zimbabweans, Cambodians and Fijians best known abroad, of their historical, literary and legendary
// figures, the brands named after people, and the places and streets of the values and the hard negatives: dropped
// from the pool so that the hard negatives can name them.
export const FAMOUS = new Set([
  // Zimbabwe
  'mugabe', 'robert', 'mnangagwa', 'emmerson', 'tsvangirai', 'morgan', 'nkomo', 'joshua', 'chiwenga', 'mujuru',
  'joice', 'tongogara', 'josiah', 'chitepo', 'herbert', 'sithole', 'ndabaningi', 'muzorewa', 'nehanda', 'kaguvi',
  'chaminuka', 'lobengula', 'mzilikazi', 'mapfumo', 'mtukudzi', 'tuku', 'dangarembga', 'tsitsi', 'marechera',
  'dambudzo', 'yvonne', 'vera', 'takawira', 'leopold', 'muzenda', 'mutapa', 'monomotapa', 'mutota', 'nyatsimba',
  'mwari', 'chibuku', 'mazoe', 'econet', 'netone', 'ecocash', 'harare', 'bulawayo', 'mutare', 'gweru', 'masvingo',
  'chitungwiza', 'kwekwe', 'kadoma', 'marondera', 'bindura', 'chinhoyi', 'hwange', 'kariba', 'nyanga', 'zambezi',
  'avondale', 'borrowdale', 'mabelreign', 'highfield', 'mbare', 'greendale', 'belvedere', 'msasa', 'chisipite',
  'samora', 'machel', 'nelson', 'mandela', 'kwame', 'nkrumah', 'simba', 'chinamasa', 'chamisa',
  // Cambodia
  'norodom', 'sihanouk', 'sihamoni', 'monivong', 'sisowath', 'suramarit', 'kossamak', 'jayavarman', 'suryavarman',
  'indravarman', 'yasovarman', 'angkor', 'hun', 'sen', 'manet', 'pol', 'pot', 'lon', 'nol', 'khieu', 'samphan',
  'ieng', 'sary', 'ros', 'sinn', 'sisamouth', 'serey', 'sothea', 'vann', 'molyvann', 'haing', 'ngor', 'dith', 'pran',
  'loung', 'ung', 'rithy', 'panh', 'kem', 'rainsy', 'soma', 'kaundinya', 'apsara', 'reamker', 'seda', 'phnom',
  'penh', 'siem', 'reap', 'battambang', 'sihanoukville', 'kampot', 'kampong', 'cham', 'takeo', 'kratie', 'pursat',
  'mondulkiri', 'ratanakiri', 'preah', 'vihear', 'tonle', 'sap', 'mekong', 'tuol', 'kork', 'daun', 'chamkarmon',
  'boeung', 'keng', 'kang', 'meanchey', 'acleda', 'cellcard', 'metfone', 'vattanac', 'sathapana',
  // Fiji
  'cakobau', 'epenisa', 'sukuna', 'lala', 'mara', 'kamisese', 'ganilau', 'penaia', 'rabuka', 'sitiveni',
  'bainimarama', 'voreqe', 'qarase', 'laisenia', 'chaudhry', 'mahendra', 'iloilo', 'nailatikau', 'konrote',
  'jioji', 'katonivere', 'tuwai', 'jerry', 'osea', 'kolinisau', 'radradra', 'nadolo', 'volavola', 'serevi', 'waisale', 'bavadra',
  'degei', 'dakuwaqa', 'lutunasobasoba', 'suva', 'nadi', 'lautoka', 'labasa', 'savusavu', 'levuka', 'nausori',
  'sigatoka', 'rakiraki', 'tavua', 'navua', 'taveuni', 'kadavu', 'vanua', 'levu', 'viti', 'ovalau', 'rewa',
  'tailevu', 'nasese', 'samabula', 'tamavua', 'raiwaqa', 'nabua', 'laucala', 'vatuwaqa', 'namadi', 'valelevu',
  'nakasi', 'martintar', 'namaka', 'waimanu', 'vitogo', 'digicel', 'vatukoula', 'bula', 'ratu', 'adi',
]); // prettier-ignore

export { PARTICLES };

/** What stands before a name outside its span: Shona Mai (Mrs), Va (a man, joined to the family name),
 * Gogo and Sekuru (elders); Khmer Lok, Lok Srey, Ta and Yeay; a Fijian chief's Ratu and Adi. */
export const HONORIFICS = {
  zwWoman: 'Mai',
  zwMan: 'Va',
  zwElderWoman: 'Gogo',
  zwElderMan: 'Sekuru',
  khWoman: 'Lok Srey',
  khMan: 'Lok',
  khElderWoman: 'Yeay',
  khElderMan: 'Ta',
  fjChiefWoman: 'Adi',
  fjChiefMan: 'Ratu',
} as const;

export { nameTokenParts, nameTokens };

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
    zw: { female: keep(raw.ZW_FEMALE), male: keep(raw.ZW_MALE), surnames: keep(raw.ZW_SURNAMES) },
    kh: { female: keep(raw.KH_FEMALE), male: keep(raw.KH_MALE), surnames: keep(raw.KH_SURNAMES) },
    fj: { female: keep(raw.FJ_FEMALE), male: keep(raw.FJ_MALE), surnames: keep(raw.FJ_SURNAMES) },
  }));
}

export const poolSize = (p: NamePool, loc: NameLocale): { given: number; surnames: number } => ({
  given: new Set([...p[loc].female, ...p[loc].male]).size,
  surnames: new Set(p[loc].surnames).size,
});
