// Person names of this set. Every Latin-script faker locale had been used by another set or by the detectors' authors,
// and so had `mk`, `uk`, `ru`, `el`, `ka_GE`, `hy`, `ko`, `dv` and `ne` (the names of `en_NP`). This set romanises
// the two Chinese faker locales nobody drew from, as Chinese people write their names in Europe:
// - `zh_CN` in Hanyu Pinyin without tone marks, the given name as one word ("Xiuying", "Haoran"), surnames by their
//   surname readings (曾 Zeng, 覃 Qin, 尉迟 Yuchi) through pinyin-pro's surname mode;
// - `zh_TW` in the Wade–Giles spelling Taiwanese passports use (no aspiration apostrophes, no umlaut: 張 Chang,
//   許 Hsu, 謝 Hsieh), the given name's syllables joined by a hyphen, the second in lower case ("Hao-jan").
//   Faker's zh_TW lists are a character-by-character conversion of zh_CN's, and its "female" list holds names
//   zh_CN files as generic or male, so it counts as either gender here and Taiwanese women take zh_CN's female
//   given names, written in Wade–Giles.
// Names are dropped, not guessed, where a reading is uncertain: a character whose reading in a given name varies
// (乐 le/yue, 行, 长, 重, 曾 inside a given name, …), a pinyin syllable after the first that starts with a vowel (it
// needs an apostrophe that people drop, "Zi'an"), ü (lü, nü: Lü, Lyu, Lu and Lv are all in use), and for Wade–Giles
// the syllables Taiwanese spell several ways (yi: I or Yi; si: Ssu, Szu or Sze; e, er). Japanese (no kana readings
// for faker's kanji surnames) and Thai (RTGS needs syllable structure and silent letters the script does not mark)
// are not used. `--extract` (build.ts) filters the pool and commits it to inputs/names.json; the build then drops
// every name with a token of any PERSON span of the seven other sets (read mechanically, never looked at).
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dictionaryWords, fakerNameTokens, leaves, nameTokenParts, nameTokens, personOf, personTokensOf } from '../pii-blind/set-names.ts';
import { pinyin } from 'pinyin-pro';

const HERE = dirname(fileURLToPath(import.meta.url));
export const ROOT = join(HERE, '../..');

export const NAME_LOCALES = ['zh_CN', 'zh_TW'] as const;
export type NameLocale = (typeof NAME_LOCALES)[number];

/** Non-Latin locales another set or the detectors' authors drew from; every Latin-script locale is added to them. */
const USED_NON_LATIN = ['mk', 'uk', 'ru', 'el', 'ka_GE', 'hy', 'ne', 'ko', 'dv'];

/** Every labelled set this one must not share a PERSON token with. */
export const OTHER_SETS = [
  'test/pii-blind/blind.jsonl',
  'test/pii-blind2/blind2.jsonl',
  'test/pii-blind3/blind3.jsonl',
  'test/pii-blind4/blind4.jsonl',
  'test/pii-fresh/fresh.jsonl',
  'test/pii-independent/independent.jsonl',
  'test/pii-heldout/heldout.jsonl',
];

// Surnames of the Chinese best known abroad, in pinyin and in Wade–Giles: the paramount leaders of the PRC (Mao,
// Hua, Deng/Teng, Jiang/Chiang, Hu, Xi/Hsi) and Zhou/Chou Enlai, the presidents of the Republic of China (Sun,
// Chiang, Lee, Chen, Ma, Tsai, Lai), Confucius (Kong/Kung), Zhuge Liang, Yao Ming, Lang Lang and Gong Li.
export const FAMOUS = new Set([
  'mao',
  'hua',
  'deng',
  'teng',
  'jiang',
  'chiang',
  'hu',
  'xi',
  'hsi',
  'zhou',
  'chou',
  'sun',
  'lee',
  'li',
  'chen',
  'ma',
  'tsai',
  'lai',
  'kong',
  'kung',
  'zhuge',
  'yao',
  'lang',
  'gong',
]);

/** Particles inside a name that are not name tokens of their own (none in this set's pool; other sets' spans). */
export const PARTICLES: ReadonlySet<string> = new Set(['van', 'de', 'da', 'di', 'von', 'del', 'der', 'la', 'le', 'du', 'ter', 'ten']);

export { nameTokenParts, nameTokens };

/** Characters whose reading inside a given name is not certain (several readings in use), and so are dropped. */
const UNSURE_GIVEN = new Set([...'乐樂行长長重曾朝单單传傳还還会會解觉覺乾调調藏率差参參降省处處种種']);

const cap = (s: string): string => (s ? s[0]!.toUpperCase() + s.slice(1) : s);

/** Pinyin syllables without tones, or undefined when a character is not Chinese. */
function syllables(chars: string, surname: boolean): string[] | undefined {
  const out = pinyin(chars, { toneType: 'none', type: 'array', surname: surname ? 'all' : 'off' });
  if (out.length !== [...chars].length || out.some((s) => !/^[a-zü]+$/.test(s))) return undefined;
  return out;
}

/** A Chinese name in Hanyu Pinyin as written in Europe: one capitalised word ("Xiuying", "Ouyang"); undefined
 * where the reading or the spelling is not certain (see the file's head). */
export function romanisePinyin(chars: string, surname: boolean): string | undefined {
  if (!surname && [...chars].some((c) => UNSURE_GIVEN.has(c))) return undefined;
  const syl = syllables(chars, surname);
  if (!syl || syl.some((s) => s.includes('ü'))) return undefined;
  if (syl.slice(1).some((s) => /^[aoe]/.test(s))) return undefined;
  return cap(syl.join(''));
}

// Wade–Giles as Taiwanese passports write it: initials and finals of a pinyin syllable.
const WG_INITIALS: [string, string][] = [
  ['zh', 'ch'],
  ['ch', 'ch'],
  ['sh', 'sh'],
  ['b', 'p'],
  ['p', 'p'],
  ['m', 'm'],
  ['f', 'f'],
  ['d', 't'],
  ['t', 't'],
  ['n', 'n'],
  ['l', 'l'],
  ['g', 'k'],
  ['k', 'k'],
  ['h', 'h'],
  ['j', 'ch'],
  ['q', 'ch'],
  ['x', 'hs'],
  ['r', 'j'],
  ['z', 'ts'],
  ['c', 'ts'],
  ['s', 's'],
];

/** Syllables standing without an initial (y-, w- and the bare vowels that are certain). */
const WG_WHOLE: Record<string, string> = {
  a: 'a', ai: 'ai', an: 'an', ang: 'ang', ao: 'ao', ou: 'ou', en: 'en', ei: 'ei',
  ya: 'ya', yao: 'yao', ye: 'yeh', you: 'yu', yan: 'yen', yin: 'yin', yang: 'yang', ying: 'ying', yong: 'yung',
  yu: 'yu', yue: 'yueh', yuan: 'yuan', yun: 'yun',
  wu: 'wu', wa: 'wa', wo: 'wo', wai: 'wai', wei: 'wei', wan: 'wan', wen: 'wen', wang: 'wang', weng: 'weng',
}; // prettier-ignore

const WG_FINALS: Record<string, string> = {
  a: 'a', o: 'o', ai: 'ai', ei: 'ei', ao: 'ao', ou: 'ou', an: 'an', en: 'en', ang: 'ang', eng: 'eng', ong: 'ung',
  ia: 'ia', ie: 'ieh', iao: 'iao', iu: 'iu', ian: 'ien', in: 'in', iang: 'iang', ing: 'ing', iong: 'iung',
  u: 'u', ua: 'ua', uai: 'uai', uan: 'uan', un: 'un', uang: 'uang', ue: 'ueh', i: 'i',
}; // prettier-ignore

/** One pinyin syllable in Wade–Giles, or undefined where Taiwanese spell it several ways (yi, si, e, er, ü). */
export function wadeGilesSyllable(s: string): string | undefined {
  if (s in WG_WHOLE) return WG_WHOLE[s];
  const init = WG_INITIALS.find(([p]) => s.startsWith(p));
  if (!init) return undefined;
  const [py, wg] = init;
  const fin = s.slice(py.length);
  if (fin === 'i' && ['zh', 'ch', 'sh', 'r'].includes(py)) return `${wg}ih`;
  if (fin === 'i' && (py === 'z' || py === 'c')) return 'tzu';
  if (fin === 'i' && py === 's') return undefined;
  if (fin === 'e') return ['g', 'k', 'h'].includes(py) ? `${wg}o` : `${wg}e`;
  if (fin === 'uo') return ['g', 'k', 'h', 'sh'].includes(py) ? `${wg}uo` : `${wg}o`;
  if (fin === 'ui') return ['g', 'k'].includes(py) ? `${wg}uei` : `${wg}ui`;
  const f = WG_FINALS[fin];
  if (f === undefined || fin.includes('ü')) return undefined;
  return wg + f;
}

/** A Chinese name in Taiwanese Wade–Giles: a surname as one word ("Hsieh", "Ouyang" stays undefined: no compound
 * surnames in zh_TW), a given name's syllables joined by a hyphen ("Hao-jan"). */
export function romaniseWadeGiles(chars: string, surname: boolean): string | undefined {
  if (!surname && [...chars].some((c) => UNSURE_GIVEN.has(c))) return undefined;
  const syl = syllables(chars, surname);
  if (!syl) return undefined;
  const wg = syl.map(wadeGilesSyllable);
  if (wg.some((s) => s === undefined)) return undefined;
  return surname ? cap(wg.join('')) : cap(wg.join('-'));
}

/** Given names and surnames of one locale. */
export interface LocalePool {
  female: string[];
  male: string[];
  /** Given names faker files as generic (or, for zh_TW, as female while zh_CN files them as generic or male). */
  either: string[];
  surnames: string[];
}
export type NamePool = Record<NameLocale, LocalePool>;

/** What the extraction dropped and why, committed beside the pool so the filter can be audited. */
export interface Extracted {
  pool: NamePool;
  dropped: Record<'unsure' | 'word' | 'short' | 'used' | 'famous' | 'shape', string[]>;
}

export { dictionaryWords };

/** Tokens of every person name of the locales used elsewhere: every Latin-script locale and USED_NON_LATIN. */
export const usedNameTokens = (): Set<string> => fakerNameTokens(nameTokens, { always: USED_NON_LATIN });

type Reason = keyof Extracted['dropped'];

/** Why a romanised name is left out, or undefined when it stays. A hyphenated Wade–Giles given name is judged by
 * its syllables run together ("haojan"), which is the name. */
function dropReason(name: string, words: Set<string>, used: Set<string>): Reason | undefined {
  if (!/^\p{Lu}[\p{Ll}-]+$/u.test(name) || /--|-$/.test(name) || name.replace(/-/g, '').length > 12) return 'shape';
  const tokens = nameTokenParts(name).filter((t) => !t.syllable);
  if (tokens.some((t) => t.token.length < 3)) return 'short';
  if (tokens.some((t) => FAMOUS.has(t.token))) return 'famous';
  if (tokens.some((t) => words.has(t.token))) return 'word';
  if (tokens.some((t) => used.has(t.token))) return 'used';
  return undefined;
}

function romaniseAll(loc: NameLocale, kind: 'given' | 'surname', names: unknown): { ok: string[]; unsure: string[] } {
  const ok: string[] = [];
  const unsure: string[] = [];
  const f = loc === 'zh_CN' ? romanisePinyin : romaniseWadeGiles;
  for (const n of leaves(names)) {
    const r = f(n, kind === 'surname');
    if (r) ok.push(r);
    else unsure.push(`${n} (${loc})`);
  }
  return { ok, unsure };
}

/** The pool before the other sets' tokens are dropped (build.ts --extract; needs the Debian word lists). */
export function extractNamePool(words: Set<string>): Extracted {
  const used = usedNameTokens();
  const dropped: Extracted['dropped'] = { unsure: [], word: [], short: [], used: [], famous: [], shape: [] };
  const keep = (loc: NameLocale, kind: 'given' | 'surname', names: unknown): string[] => {
    const { ok, unsure } = romaniseAll(loc, kind, names);
    dropped.unsure.push(...unsure);
    const out = new Set<string>();
    for (const r of ok) {
      const why = dropReason(r, words, used);
      if (why) dropped[why].push(r);
      else out.add(r);
    }
    return [...out].sort();
  };
  const cn = personOf('zh_CN')!;
  const tw = personOf('zh_TW')!;
  const pool: NamePool = {
    zh_CN: {
      female: keep('zh_CN', 'given', cn.first_name?.female),
      male: keep('zh_CN', 'given', cn.first_name?.male),
      either: keep('zh_CN', 'given', cn.first_name?.generic),
      surnames: keep('zh_CN', 'surname', cn.last_name?.generic),
    },
    zh_TW: {
      female: keep('zh_TW', 'given', cn.first_name?.female),
      male: keep('zh_TW', 'given', tw.first_name?.male),
      either: keep('zh_TW', 'given', tw.first_name?.female),
      surnames: keep('zh_TW', 'surname', tw.last_name?.generic),
    },
  };
  for (const k of Object.keys(dropped) as Reason[]) dropped[k] = [...new Set(dropped[k])].sort();
  return { pool, dropped };
}

/** Every token of every PERSON span of the other sets. */
export const otherSetsPersonTokens = (): Set<string> => personTokensOf(ROOT, OTHER_SETS);

/** The committed pool less every name with a token (a syllable of a hyphenated name included) another set's PERSON
 * spans hold. */
export function namePool(committed: NamePool, others: Set<string>): NamePool {
  const free = (xs: string[]): string[] => xs.filter((n) => nameTokens(n).every((t) => t.length < 3 || !others.has(t)));
  const out = {} as NamePool;
  for (const loc of NAME_LOCALES) {
    const p = committed[loc];
    out[loc] = { female: free(p.female), male: free(p.male), either: free(p.either), surnames: free(p.surnames) };
  }
  return out;
}

export const poolSize = (p: NamePool, loc: NameLocale): { given: number; surnames: number } => ({
  given: new Set([...p[loc].female, ...p[loc].male, ...p[loc].either]).size,
  surnames: new Set(p[loc].surnames).size,
});
