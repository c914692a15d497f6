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
import { allLocales } from '@faker-js/faker';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
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

/** Particles inside a name that are not name tokens of their own: those the other sets' spans hold. */
export const PARTICLES: ReadonlySet<string> = new Set([
  'van', 'de', 'da', 'di', 'von', 'del', 'der', 'la', 'le', 'du', 'ter', 'ten', 'á', 'í', 'við', 'undir', 'úr', 'vid',
  'ur',
]); // prettier-ignore

/** What stands next to a name outside its span: Japanese suffixes after the family name, Somali words of address
 * before the given name, and the Tibetan polite suffix. */
export const HONORIFICS = {
  ja: ['san', 'sama', 'sensei'],
  soElderMan: 'Aw',
  soElderWoman: 'Eedo',
  soPeer: 'Walaal',
  bo: 'la',
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

/** A name without diacritics (the Hepburn macrons dropped: "Satō" → "Sato"). */
export function fold(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '');
}

/** Every token of a name as written and without diacritics. */
export const nameTokensAllForms = (name: string): string[] => [...new Set([...nameTokens(name), ...nameTokens(fold(name))])];

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
    ja: { female: keep(raw.JA_FEMALE), male: keep(raw.JA_MALE), surnames: keep(raw.JA_SURNAMES) },
    so: { female: keep(raw.SO_FEMALE), male: keep(raw.SO_MALE), surnames: [] },
    bo: { female: keep(raw.BO_FEMALE), male: keep(raw.BO_MALE), surnames: [] },
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

/** Every name token of a pool, as written and without macrons, three letters or
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
