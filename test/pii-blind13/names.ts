// Person names of this set: three naming traditions that no other set, no Latin-script faker locale and not the
// training drew from, written by this set's author (names-curated.ts) from general knowledge:
// - `la` Lao (Laos): given names and family names as Lao passports romanise them; the given name comes first, in
//   Laos too, and a Lao is addressed by the given name. Thao (Mr) and Nang (Mrs, Ms) stand before the given name, Than
//   before an elder's — all outside the span.
// - `ps` Pashtun (Afghanistan, Pakistan): Pashto given names and tribal or family names; Afghan and Pakistani forms
//   ask for the father's name. Sahib follows a man's given name, Mohtarama stands before a woman's, Haji and Bibi
//   before an elder's — all outside the span.
// - `rw` Rwandan (Kinyarwanda): a personal name and a second one that stands in the surname slot of forms (women's
//   names in Muka- and Nyira- only there); kin share no name. Madamu stands before a woman's name in that slot,
//   Muzehe before an elder man's — outside the span.
// `--extract` (build.ts) filters the lists and commits the pool to inputs/names.json; the build then drops every name
// with a token of a PERSON span of the fifteen other sets (read mechanically, never looked at).
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

export const NAME_LOCALES = ['la', 'ps', 'rw'] as const;
export type NameLocale = (typeof NAME_LOCALES)[number];

/** Every labelled set this one must not share a PERSON token with. */
export const OTHER_SETS = labelledSetsBefore(13);

// Names of the Lao, Afghan, Pakistani and Rwandan figures best known abroad, of their historical, literary and
// legendary figures, the brands named after people, the places and streets of the values and the hard negatives, and
// the honorifics that stand next to names: dropped from the pool so that the hard negatives can name them and no
// honorific is also a name.
export const FAMOUS = new Set([
  // Laos
  'kaysone', 'phomvihane', 'souphanouvong', 'souvanna', 'phouma', 'phetsarath', 'sisavang', 'savang', 'vatthana',
  'setthathirath', 'anouvong', 'ngum', 'sinxay', 'xieng', 'mieng', 'chanthaly', 'thongloun', 'sisoulith', 'bounnhang',
  'vorachith', 'vorachit', 'bouasone', 'bouphavanh', 'thongsing', 'thammavong', 'khamtai', 'siphandone', 'choummaly',
  'sayasone', 'nosavan', 'phoumi', 'vongvichit', 'outhine', 'bounyavong', 'vientiane', 'luang', 'prabang', 'pakse',
  'savannakhet', 'champasak', 'champassak', 'khouang', 'vang', 'vieng', 'thakhek', 'samsenthai', 'khounboulom',
  'dongpalane', 'nongbone', 'chanthabouly', 'sisattanak', 'xaysetha', 'sikhottabong', 'sisaket', 'beerlao', 'unitel',
  'bcel', 'lane', 'xang', 'sakkaline', 'phonxay', 'hatsady', 'anou', 'dongdok', 'saysettha',
  // Afghanistan and Pakistan
  'khushal', 'khattak', 'rahman', 'baba', 'ahmad', 'shah', 'durrani', 'abdali', 'ghaffar', 'abdul', 'bacha', 'khan',
  'malala', 'yousafzai', 'yusufzai', 'yousufzai', 'malalai', 'maiwand', 'nazo', 'tokhi', 'mirwais', 'hotak', 'hotaki',
  'amanullah', 'habibullah', 'zahir', 'daoud', 'daud', 'karzai', 'hamid', 'ghani', 'ashraf', 'najibullah',
  'gulbuddin', 'hekmatyar', 'taraki', 'rashid', 'nabi', 'mohammad', 'muhammad', 'hamza', 'adam', 'durkhanai',
  'yousaf', 'sherbano', 'musa', 'gul', 'makai', 'sardar', 'takkar', 'nashenas', 'afridi', 'imran', 'peshawar',
  'kabul', 'kandahar', 'jalalabad', 'khost', 'kunduz', 'hayatabad', 'jamrud', 'khyber', 'torkham', 'zalmi', 'roshan',
  'ariana', 'qissa', 'khwani', 'darul', 'aman', 'wazir', 'akbar', 'macroyan', 'taimani', 'karte', 'shahr', 'gardez',
  'mardan', 'swat', 'quetta',
  // Rwanda
  'kagame', 'habyarimana', 'juvenal', 'kayibanda', 'mutara', 'rudahigwa', 'kigeli', 'ndahindurwa', 'gicanda',
  'rwigema', 'uwilingiyimana', 'rusesabagina', 'ilibagiza', 'mukasonga', 'niyonshuti', 'kayirebwa', 'gihanga',
  'ryangombe', 'nyabingi', 'ruganzu', 'ndori', 'kibeho', 'mumureke', 'mukamazimpaka', 'mukangango', 'nkurunziza',
  'ndayishimiye', 'twagiramungu', 'bagosora', 'kabuga', 'ngirabatware', 'nahimana', 'ntakirutimana', 'sindikubwabo',
  'kayumba', 'nyamwasa', 'rwabugiri', 'musinga', 'kigali', 'huye', 'butare', 'musanze', 'rubavu', 'gisenyi', 'muhanga',
  'nyamirambo', 'kimihurura', 'kacyiru', 'remera', 'kicukiro', 'gikondo', 'kimironko', 'nyarutarama', 'kiyovu',
  'gisozi', 'amahoro', 'inyange', 'akagera', 'nyungwe', 'umuganda', 'faye', 'kanombe', 'rwamagana',
  // honorifics
  'thao', 'nang', 'than', 'sahib', 'mohtarama', 'haji', 'bibi', 'madamu', 'muzehe',
]); // prettier-ignore

export { PARTICLES };

/** What stands next to a name outside its span: Lao Thao, Nang and Than before the given name; Pashto Sahib after a
 * man's given name, Mohtarama before a woman's, Haji and Bibi before an elder's; Kinyarwanda Madamu before a woman's
 * name in the surname slot, Muzehe before an elder man's. */
export const HONORIFICS = {
  laMan: 'Thao',
  laWoman: 'Nang',
  laElder: 'Than',
  psMan: 'Sahib',
  psWoman: 'Mohtarama',
  psElderMan: 'Haji',
  psElderWoman: 'Bibi',
  rwWoman: 'Madamu',
  rwElderMan: 'Muzehe',
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

/** Given names and family names of one locale; `femaleSurnames` are names of the surname slot only women bear
 * (Rwandan; empty elsewhere). */
export interface LocalePool {
  female: string[];
  male: string[];
  surnames: string[];
  femaleSurnames: string[];
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
    la: { female: keep(raw.LA_FEMALE), male: keep(raw.LA_MALE), surnames: keep(raw.LA_SURNAMES), femaleSurnames: [] },
    ps: { female: keep(raw.PS_FEMALE), male: keep(raw.PS_MALE), surnames: keep(raw.PS_SURNAMES), femaleSurnames: [] },
    rw: {
      female: keep(raw.RW_FEMALE),
      male: keep(raw.RW_MALE),
      surnames: keep(raw.RW_SURNAMES),
      femaleSurnames: keep(raw.RW_SURNAMES_FEMALE),
    },
  }));
}

export const poolSize = (p: NamePool, loc: NameLocale): { given: number; surnames: number } => ({
  given: new Set([...p[loc].female, ...p[loc].male]).size,
  surnames: new Set([...p[loc].surnames, ...p[loc].femaleSurnames]).size,
});
