// Person names of this set. Every Latin-script faker locale had been used by another set or by the detectors' authors,
// and so had the Cyrillic `mk`, `uk`, `ru`, the Greek `el`, the Georgian `ka_GE` and the Armenian `hy`; `ne` (Nepali)
// holds the very names `en_NP` holds in Latin script (used by ../pii-blind/), so it is out too. This set romanises
// two faker locales nobody drew from: `ko` (Korean: given names in the Revised Romanisation, syllable by syllable as
// the rules for personal names say, with a hyphen between the syllables or run together, as Koreans write them in
// Europe, and the syllable 우 written "woo"; surnames in their customary spellings: Choi, Kang, Hwang) and `dv`
// (Dhivehi: Thaana writes its vowels, so the Malé Latin transliteration is mechanical; a word-final epenthetic "u"
// is left off as Maldivians do in their names). Names holding a letter or a sequence the romanisers do not handle
// with confidence are dropped, not guessed. `--extract` (build.ts) filters the pool and commits it to
// inputs/names.json: a name is dropped when a token of it is an ordinary word of the six languages (the Debian word
// lists wamerican, wngerman, wfrench, wspanish, witalian, wdutch), shorter than three letters (two-letter Korean
// surnames such as Oh, Ko, Ha included), a person name of a faker locale another set or the detectors' authors used,
// or a widely known public figure's surname. The build then drops every name with a token of any PERSON span of the
// six other sets (read mechanically, never looked at).
import { allLocales } from '@faker-js/faker';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
export const ROOT = join(HERE, '../..');

export const NAME_LOCALES = ['ko', 'dv'] as const;
export type NameLocale = (typeof NAME_LOCALES)[number];

/** Non-Latin locales another set or the detectors' authors drew from; every Latin-script locale is added to them. */
const USED_NON_LATIN = ['mk', 'uk', 'ru', 'el', 'ka_GE', 'hy', 'ne'];

/** Every labelled set this one must not share a PERSON token with. */
export const OTHER_SETS = [
  'test/pii-blind/blind.jsonl',
  'test/pii-blind2/blind2.jsonl',
  'test/pii-blind3/blind3.jsonl',
  'test/pii-fresh/fresh.jsonl',
  'test/pii-independent/independent.jsonl',
  'test/pii-heldout/heldout.jsonl',
];

// Surnames of South Korea's presidents and of the Koreans and Maldivians best known abroad (Kim, Lee/Rhee, Park,
// Moon, Yoon, Roh, Chun, Ban Ki-moon, Son Heung-min, Bong Joon-ho; Gayoom, Nasheed, Yameen, Solih, Muizzu).
const FAMOUS = new Set([
  'kim',
  'lee',
  'rhee',
  'park',
  'moon',
  'yoon',
  'roh',
  'noh',
  'chun',
  'ban',
  'son',
  'bong',
  'gayoom',
  'nasheed',
  'yameen',
  'solih',
  'muizzu',
]);

/** Particles inside a name that are not name tokens of their own (none in this set's pool; other sets' spans). */
export const PARTICLES: ReadonlySet<string> = new Set(['van', 'de', 'da', 'di', 'von', 'del', 'der', 'la', 'le', 'du', 'ter', 'ten']);

/** A name's pieces: split on spaces, dots, commas and apostrophes, lower-cased. */
function pieces(name: string): string[] {
  return name
    .toLowerCase()
    .split(/[\s.,'’]+/)
    .filter((t) => t.length > 0);
}

/** Lower-cased tokens of a name. A hyphenated piece ("Min-jun") gives its syllables run together ("minjun") and
 * each of its parts; `syllable` tells a part of a hyphenated piece from a whole token. */
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

/** Lower-cased tokens of a name: whole pieces, hyphenated pieces run together, and their parts. */
export function nameTokens(name: string): string[] {
  return [...new Set(nameTokenParts(name).map((t) => t.token))];
}

// Revised Romanisation: initials, medials and finals of a Hangul syllable (finals as before a consonant: names are
// romanised without the sound changes between syllables).
const INITIALS = ['g', 'kk', 'n', 'd', 'tt', 'r', 'm', 'b', 'pp', 's', 'ss', '', 'j', 'jj', 'ch', 'k', 't', 'p', 'h'];
const MEDIALS = [
  'a',
  'ae',
  'ya',
  'yae',
  'eo',
  'e',
  'yeo',
  'ye',
  'o',
  'wa',
  'wae',
  'oe',
  'yo',
  'u',
  'wo',
  'we',
  'wi',
  'yu',
  'eu',
  'ui',
  'i',
];
const FINALS = [
  '',
  'k',
  'k',
  'k',
  'n',
  'n',
  'n',
  't',
  'l',
  'k',
  'm',
  'l',
  'l',
  'l',
  'p',
  'l',
  'm',
  'p',
  'p',
  't',
  't',
  'ng',
  't',
  't',
  'k',
  't',
  'p',
  't',
];

function syllable(ch: string): string | undefined {
  const code = ch.codePointAt(0)! - 0xac00;
  if (code < 0 || code > 11171) return undefined;
  return INITIALS[Math.floor(code / 588)]! + MEDIALS[Math.floor((code % 588) / 28)]! + FINALS[code % 28]!;
}

const cap = (s: string): string => (s ? s[0]!.toUpperCase() + s.slice(1) : s);

/** A Korean given name in the Revised Romanisation, syllables joined by hyphens ("Seo-yeon"); 우 after the first
 * syllable is written "woo" ("Ji-woo"), as it nearly always is. Undefined for anything that is not Hangul. */
export function romaniseKoreanGiven(name: string): string | undefined {
  const syl = [...name].map((ch, i) => (i > 0 && ch === '우' ? 'woo' : syllable(ch)));
  if (syl.length === 0 || syl.some((s) => s === undefined)) return undefined;
  return cap((syl as string[]).join('-'));
}

/** Korean surnames in the spellings their bearers use (Kim, Park, Choi), not the Revised Romanisation. */
const KO_SURNAMES: Record<string, string> = {
  가: 'Ka', 간: 'Kan', 갈: 'Kal', 감: 'Kam', 강: 'Kang', 견: 'Kyeon', 경: 'Kyung', 고: 'Ko', 공: 'Kong', 곽: 'Kwak', 구: 'Koo',
  국: 'Kook', 권: 'Kwon', 금: 'Keum', 기: 'Ki', 길: 'Kil', 김: 'Kim', 나: 'Na', 남: 'Nam', 노: 'Noh', 단: 'Dan', 당: 'Dang',
  도: 'Do', 동: 'Dong', 두: 'Doo', 라: 'Ra', 류: 'Ryu', 마: 'Ma', 맹: 'Maeng', 명: 'Myung', 모: 'Mo', 목: 'Mok', 문: 'Moon',
  민: 'Min', 박: 'Park', 반: 'Ban', 방: 'Bang', 배: 'Bae', 백: 'Baek', 범: 'Bum', 변: 'Byun', 복: 'Bok', 봉: 'Bong', 부: 'Boo',
  빈: 'Bin', 사: 'Sa', 상: 'Sang', 서: 'Seo', 석: 'Seok', 선: 'Sun', 설: 'Seol', 성: 'Sung', 소: 'So', 손: 'Son', 송: 'Song',
  승: 'Seung', 시: 'Si', 신: 'Shin', 심: 'Shim', 안: 'Ahn', 양: 'Yang', 어: 'Eo', 엄: 'Um', 여: 'Yeo', 연: 'Yeon', 염: 'Yeom',
  예: 'Ye', 오: 'Oh', 옥: 'Ok', 온: 'On', 왕: 'Wang', 용: 'Yong', 우: 'Woo', 원: 'Won', 위: 'Wi', 유: 'Yoo', 육: 'Yook',
  윤: 'Yoon', 은: 'Eun', 음: 'Eum', 이: 'Lee', 인: 'In', 임: 'Lim', 장: 'Jang', 전: 'Jeon', 정: 'Jung', 제: 'Je', 조: 'Cho',
  좌: 'Jwa', 주: 'Joo', 지: 'Ji', 진: 'Jin', 차: 'Cha', 채: 'Chae', 천: 'Cheon', 최: 'Choi', 추: 'Choo', 탁: 'Tak', 태: 'Tae',
  팽: 'Paeng', 편: 'Pyun', 표: 'Pyo', 피: 'Pi', 하: 'Ha', 한: 'Han', 함: 'Ham', 허: 'Heo', 현: 'Hyun', 형: 'Hyung', 호: 'Ho',
  홍: 'Hong', 황: 'Hwang',
}; // prettier-ignore

// Malé Latin: Thaana consonants (the Arabic letters of the second row included), vowel signs, and the sukun.
const DV_CONSONANTS: Record<string, string> = {
  ހ: 'h', ށ: 'sh', ނ: 'n', ރ: 'r', ބ: 'b', ޅ: 'lh', ކ: 'k', ވ: 'v', މ: 'm', ފ: 'f', ދ: 'dh', ތ: 'th', ލ: 'l', ގ: 'g',
  ސ: 's', ޑ: 'd', ޒ: 'z', ޓ: 't', ޔ: 'y', ޕ: 'p', ޖ: 'j', ޗ: 'ch', ޘ: 'th', ޙ: 'h', ޚ: 'kh', ޛ: 'dh', ޜ: 'z', ޝ: 'sh',
  ޞ: 's', ޟ: 'dh', ޠ: 't', ޡ: 'z', ޣ: 'gh', ޤ: 'q', ޥ: 'w',
}; // prettier-ignore
const DV_VOWELS: Record<string, string> = { 'ަ': 'a', 'ާ': 'aa', 'ި': 'i', 'ީ': 'ee', 'ު': 'u', 'ޫ': 'oo', 'ެ': 'e', 'ޭ': 'ey', 'ޮ': 'o', 'ޯ': 'oa' };
const SUKUN = 'ް';
const ALIFU = 'އ';
const AINU = 'ޢ';

/** A Dhivehi name in Malé Latin, one letter at a time; undefined where the romaniser is not sure: an ainu that does
 * not begin the name, a doubled digraph, a sukun on alifu at the end, a final ދު, three vowels in a row (a hamza),
 * a doubled final consonant, or any letter outside its tables. */
export function romaniseDhivehi(name: string): string | undefined {
  const chars = [...name];
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    const next = chars[i + 1];
    if (ch === ALIFU || (ch === AINU && i === 0)) {
      if (next === SUKUN) {
        const after = DV_CONSONANTS[chars[i + 2] ?? ''];
        if (!after || after.length > 1) return undefined;
        out += after; // alifu + sukun before a consonant doubles it
        i++;
        continue;
      }
      if (!next || !(next in DV_VOWELS)) return undefined;
      continue; // a vowel carrier: its vowel sign follows
    }
    if (ch in DV_VOWELS) {
      out += DV_VOWELS[ch];
      continue;
    }
    const c = DV_CONSONANTS[ch];
    if (!c) return undefined;
    out += c;
    if (next === SUKUN) i++;
    else if (!next || !(next in DV_VOWELS)) return undefined;
  }
  if (/[^aeiou]u$/.test(out) && [...name].at(-1) === 'ު') {
    if (out.endsWith('dhu')) return undefined; // "Muhammadhu" or "Mohamed": not sure which
    out = out.slice(0, -1);
  }
  if (/[aeiou]{3}|uu|([^aeiou])\1$/.test(out)) return undefined; // a hamza or a doubled final: not sure
  return cap(out);
}

/** Given names and surnames of one locale; the Dhivehi second names agree with the given name's gender. */
export interface LocalePool {
  female: string[];
  male: string[];
  femaleSurnames: string[];
  maleSurnames: string[];
  /** Surnames of either gender. */
  surnames: string[];
}
export type NamePool = Record<NameLocale, LocalePool>;

/** What the extraction dropped and why, committed beside the pool so the filter can be audited. */
export interface Extracted {
  pool: NamePool;
  dropped: Record<'unsure' | 'word' | 'short' | 'used' | 'famous' | 'shape', string[]>;
}

const DICTS = ['american-english', 'ngerman', 'french', 'spanish', 'italian', 'dutch'];

/** Ordinary words of the six languages, lower-cased (the installed Debian word lists; --extract only). */
export function dictionaryWords(): Set<string> {
  const words = new Set<string>();
  for (const d of DICTS) {
    const path = join('/usr/share/dict', d);
    if (!existsSync(path))
      throw new Error(`missing word list ${path}: apt-get install wamerican wngerman wfrench wspanish witalian wdutch`);
    for (const w of readFileSync(path, 'utf8').split('\n')) if (w) words.add(w.replace(/'s$/, '').toLowerCase());
  }
  return words;
}

type Person = { first_name?: unknown; last_name?: unknown } | undefined;
const personOf = (loc: string): Person => (allLocales as Record<string, { person?: Person }>)[loc]?.person;

function leaves(v: unknown, out: string[] = []): string[] {
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) for (const x of v) leaves(x, out);
  else if (v && typeof v === 'object') for (const x of Object.values(v)) leaves(x, out);
  return out;
}

/** Tokens of every person name of the locales used elsewhere: every Latin-script locale and USED_NON_LATIN. */
export function usedNameTokens(): Set<string> {
  const used = new Set<string>();
  for (const loc of Object.keys(allLocales)) {
    const names = [...leaves(personOf(loc)?.first_name), ...leaves(personOf(loc)?.last_name)];
    const latin = names.filter((n) => /^[\p{Script=Latin}\s.'’-]+$/u.test(n)).length;
    if (!USED_NON_LATIN.includes(loc) && (names.length === 0 || latin < names.length / 2)) continue;
    for (const n of names) for (const t of nameTokens(n)) used.add(t);
  }
  return used;
}

type Reason = keyof Extracted['dropped'];

/** Why a romanised name is left out, or undefined when it stays. Hyphenated Korean given names are judged by
 * their syllables run together ("minjun"), which is the name; the syllables alone are not names. */
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
  for (const n of leaves(names)) {
    const r = loc === 'dv' ? romaniseDhivehi(n) : kind === 'surname' ? KO_SURNAMES[n] : romaniseKoreanGiven(n);
    if (r) ok.push(r);
    else unsure.push(n);
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
  const pool = {} as NamePool;
  for (const loc of NAME_LOCALES) {
    const p = personOf(loc) as { first_name?: Record<string, unknown>; last_name?: Record<string, unknown> };
    const first = p.first_name ?? {};
    const last = p.last_name ?? {};
    pool[loc] = {
      female: keep(loc, 'given', [first.female, first.generic]),
      male: keep(loc, 'given', [first.male, first.generic]),
      femaleSurnames: keep(loc, 'surname', last.female),
      maleSurnames: keep(loc, 'surname', last.male),
      surnames: keep(loc, 'surname', last.generic),
    };
  }
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

/** The committed pool less every name with a token (a part of a hyphenated name included) another set's PERSON
 * spans hold. */
export function namePool(committed: NamePool, others: Set<string>): NamePool {
  const free = (xs: string[]): string[] => xs.filter((n) => nameTokens(n).every((t) => t.length < 3 || !others.has(t)));
  const out = {} as NamePool;
  for (const loc of NAME_LOCALES) {
    const p = committed[loc];
    out[loc] = {
      female: free(p.female),
      male: free(p.male),
      femaleSurnames: free(p.femaleSurnames),
      maleSurnames: free(p.maleSurnames),
      surnames: free(p.surnames),
    };
  }
  return out;
}

export const poolSize = (p: NamePool, loc: NameLocale): { given: number; surnames: number } => ({
  given: new Set([...p[loc].female, ...p[loc].male]).size,
  surnames: new Set([...p[loc].femaleSurnames, ...p[loc].maleSurnames, ...p[loc].surnames]).size,
});
