// Person names of this set: three naming traditions that no other set and not the training drew from, written by
// this set's author (names-curated.ts) because no Latin-script faker locale holds them:
// - `ja` Japanese: given names and family names in Hepburn romanisation, written given name first (as on most
//   Western forms) or family name first (as in Japan and on the passport's data page), the long vowels marked with
//   a macron or, more often, not; the suffixes -san, -sama and -sensei follow the family name outside the span.
// - `so` Somali: a given name followed by the father's given name and often the grandfather's (a chain, not a family
//   name), in the Somali orthography (c, x, doubled vowels) or the diaspora's spellings; Aw, Eedo and Walaal stand
//   before the given name, outside the span.
// - `bo` Tibetan and Bhutanese: a personal name of two elements and no family name; kin share no name; -la follows
//   the name as a polite suffix, outside the span.
// `--extract` (build.ts) filters the lists and commits the pool to inputs/names.json; the build then drops every name
// with a token of a PERSON span of the twelve other sets (read mechanically, never looked at).
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

export const NAME_LOCALES = ['ja', 'so', 'bo'] as const;
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
  'test/pii-fresh/fresh.jsonl',
  'test/pii-independent/independent.jsonl',
  'test/pii-heldout/heldout.jsonl',
];

// Names of the Japanese, Somalis, Tibetans and Bhutanese best known abroad, of their historical, literary, fictional
// and legendary figures, the brands named after people, and the places and streets of the values and the hard
// negatives: dropped from the pool so that the hard negatives can name them.
export const FAMOUS = new Set([
  // Japanese
  'akihito', 'naruhito', 'hirohito', 'meiji', 'masako', 'michiko', 'aiko', 'hisahito', 'kurosawa', 'akira',
  'miyazaki', 'hayao', 'murakami', 'haruki', 'mishima', 'yukio', 'kawabata', 'yasunari', 'natsume', 'soseki',
  'sōseki', 'hokusai', 'katsushika', 'basho', 'bashō', 'matsuo', 'hiroshige', 'utamaro', 'ozu', 'yasujiro',
  'yasujirō', 'mizoguchi', 'kitano', 'takeshi', 'kore', 'eda', 'hirokazu', 'oe', 'kenzaburo', 'kenzaburō',
  'ishiguro', 'kazuo', 'yoshimoto', 'banana', 'kusama', 'yayoi', 'sakamoto', 'ryuichi', 'ryūichi', 'ono', 'yoko',
  'yōko', 'ohtani', 'ōtani', 'shohei', 'shōhei', 'ichiro', 'ichirō', 'osaka', 'naomi', 'hanyu', 'yuzuru', 'abe',
  'shinzo', 'shinzō', 'kishida', 'fumio', 'koizumi', 'junichiro', 'tojo', 'tōjō', 'hideki', 'yamamoto',
  'isoroku', 'nobunaga', 'oda', 'toyotomi', 'hideyoshi', 'tokugawa', 'ieyasu', 'miyamoto', 'musashi', 'shigeru',
  'kojima', 'hideo', 'tezuka', 'osamu', 'toriyama', 'oda', 'eiichiro', 'murasaki', 'shikibu', 'genji', 'sei',
  'shonagon', 'akutagawa', 'ryunosuke', 'ryūnosuke', 'dazai', 'tanizaki', 'junichiro', 'shoin',
  'momotaro', 'momotarō', 'urashima', 'taro', 'tarō', 'kaguya', 'totoro', 'pikachu', 'doraemon', 'nobita',
  'naruto', 'uzumaki', 'goku', 'luffy', 'sailor', 'usagi', 'tsukino', 'conan', 'edogawa', 'astro', 'atom',
  'toyota', 'toyoda', 'sakichi', 'kiichiro', 'honda', 'soichiro', 'sōichirō', 'suzuki', 'michio', 'yamaha',
  'torakusu', 'matsushita', 'konosuke', 'kōnosuke', 'akio', 'ibuka', 'masaru', 'sony', 'nintendo',
  'mitsubishi', 'yataro', 'kikkoman', 'shinjuku', 'shibuya', 'meguro', 'setagaya', 'minato', 'tokyo',
  'kyoto', 'kyōto', 'nagoya', 'sapporo', 'fukuoka', 'sendai', 'yokohama', 'kobe', 'kōbe', 'ginza', 'omotesando',
  'nakameguro', 'sakae', 'umeda', 'namba', 'tenjin', 'gion', 'chuo', 'chūō', 'kita', 'naka', 'higashi', 'nishi',
  'minami', 'ward', 'dori', 'dōri', 'hakata', 'kawasaki', 'saitama', 'chiba', 'hokkaido', 'honshu', 'fuji',
  'nara', 'edo', 'heian', 'kamakura',
  // Somali
  'siad', 'siyaad', 'barre', 'shermarke', 'sharmaarke', 'egal', 'cigaal', 'farmaajo', 'farmajo', 'caydiid', 'aidid', 'ilhan', 'omar',
  'farah', 'faarax', 'nuruddin', 'iman', 'abdulmajid', 'waris', 'dirie', 'knaan', 'hadraawi',
  'gurey', 'gurei', 'ahmad', 'ghazi', 'sayyid', 'mohamud', 'hirsi', 'ayaan',
  'daar', 'timacade', 'magool', 'mursal', 'arawelo', 'caraweelo', 'wiil', 'waal',
  'cigaal', 'shidaad', 'dahabshiil', 'hormuud', 'telesom', 'somtel', 'golis', 'mogadishu', 'muqdisho', 'hargeisa',
  'hargeysa', 'kismayo', 'kismaayo', 'berbera', 'bosaso', 'boosaaso', 'baidoa', 'baydhabo', 'garowe', 'galkacyo',
  'beledweyne', 'wadajir', 'waberi', 'hamarweyne', 'xamarweyne', 'bakara', 'bakaaraha', 'makka',
  'mukarama', 'lido', 'jazeera', 'daallo', 'jubba', 'shabelle', 'puntland', 'somaliland', 'jigjiga',
  // Tibetan and Bhutanese
  'tenzin', 'gyatso', 'dalai', 'lama', 'panchen', 'gedhun', 'choekyi', 'milarepa', 'padmasambhava',
  'rinpoche', 'songtsen', 'gampo', 'trisong', 'detsen', 'marpa', 'tsongkhapa', 'gesar', 'ling', 'jigme',
  'khesar', 'namgyel', 'wangchuck', 'wangchuk', 'singye', 'shabdrung', 'zhabdrung',
  'lingpa', 'drukpa', 'kunley', 'lotay', 'tobgay',
  'jamling', 'tenzing', 'norgay', 'chogyam', 'trungpa', 'khyentse', 'dzongsar', 'thimphu', 'paro', 'punakha',
  'phuentsholing', 'bumthang', 'gyalpo', 'lhasa', 'shigatse', 'norzin', 'chang', 'motithang', 'babesa', 'dharamsala',
  'dharamshala', 'mcleod', 'ganj', 'potala', 'jokhang', 'barkhor', 'druk', 'tashidelek', 'kalimpong', 'darjeeling',
  'gangtok', 'kathmandu', 'boudha', 'everest', 'chomolungma',
]); // prettier-ignore

export { PARTICLES };

/** What stands next to a name outside its span: Japanese suffixes after the family name, Somali words of address
 * before the given name, and the Tibetan polite suffix. */
export const HONORIFICS = {
  ja: ['san', 'sama', 'sensei'],
  soElderMan: 'Aw',
  soElderWoman: 'Eedo',
  soPeer: 'Walaal',
  bo: 'la',
} as const;

export { nameTokenParts, nameTokens };

/** A name without diacritics (the Hepburn macrons dropped: "Satō" → "Sato"). */
export const fold = foldMarks;

/** Every token of a name as written and without diacritics. */
export const nameTokensAllForms = (name: string): string[] => tokensAsWrittenAndFolded(name, fold);

/** Every token of a name as written and without macrons. */
const allForms = (_loc: NameLocale, name: string): string[] => nameTokensAllForms(name);

// ---- the pool ----

/** Given names (Tibetan and Bhutanese: name elements) and surnames of one locale. */
export interface LocalePool {
  female: string[];
  male: string[];
  /** Japanese family names; empty for Somali (the chain is of given names) and Tibetan and Bhutanese. */
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
    ja: { female: keep(raw.JA_FEMALE), male: keep(raw.JA_MALE), surnames: keep(raw.JA_SURNAMES) },
    so: { female: keep(raw.SO_FEMALE), male: keep(raw.SO_MALE), surnames: [] },
    bo: { female: keep(raw.BO_FEMALE), male: keep(raw.BO_MALE), surnames: [] },
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

/** Every name token of a pool, as written and without macrons, three letters or
 * more and not a particle: the tokens no text may hold outside a span. */
export const poolNameTokens = (pool: NamePool): Set<string> => tokensOfPool(pool, NAME_LOCALES, allForms);
