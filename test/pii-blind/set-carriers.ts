// Carrier mechanics that test/pii-blind9, pii-blind10 and pii-blind11 each held as a copy: the language test, the
// word lists, the rules a carrier sentence must pass, and the seeded sample. Each set keeps which Debian package it
// reads, how it finds and parses its files, and the program and format names its sentences must not hold.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Lang } from './doc.ts';
import { LANGS } from './doc.ts';
import { Rng } from '../pii-independent/rng.ts';

/** A carrier sentence with the package and file it came from. */
export interface Carrier {
  lang: Lang;
  package: string;
  file: string;
  text: string;
}

// Words that tell the languages apart: a sentence needs two of its own and, outside English, none of English's.
const OWN: Record<Lang, readonly string[]> = {
  en: ['the', 'and', 'is', 'are', 'of', 'with', 'for', 'you', 'this', 'that', 'to', 'it', 'be', 'can'],
  de: ['der', 'die', 'das', 'und', 'ist', 'sind', 'nicht', 'mit', 'für', 'wird', 'sie', 'eine', 'oder', 'auf', 'den', 'zu'],
  fr: ['le', 'la', 'les', 'des', 'est', 'sont', 'une', 'pour', 'avec', 'dans', 'qui', 'vous', 'pas', 'du', 'de'],
  es: ['el', 'la', 'los', 'las', 'es', 'una', 'para', 'con', 'que', 'del', 'por', 'puede', 'está', 'se', 'de'],
  it: ['il', 'la', 'gli', 'che', 'della', 'per', 'con', 'una', 'sono', 'non', 'può', 'del', 'questo', 'di', 'è'],
  nl: ['de', 'het', 'een', 'en', 'van', 'voor', 'met', 'niet', 'wordt', 'kan', 'zijn', 'u', 'dit', 'op', 'te'],
};
const ENGLISH = new Set(['the', 'and', 'of', 'with', 'which', 'this', 'you', 'is', 'are', 'that', 'to', 'it']);

/** Words of one language's own Debian word list as written there (lower case for ordinary words). */
export type Lexicon = { lower: Set<string>; asWritten: Set<string> };

/** A German noun of the word list, or a compound whose last part (four letters or more) is one
 * ("Abhängigkeitssystem": "System"). */
function germanNoun(w: string, lex: Lexicon): boolean {
  if (lex.asWritten.has(w)) return true;
  for (let i = 3; i <= w.length - 4; i++) {
    const tail = w.slice(i);
    if (lex.asWritten.has(tail[0]!.toUpperCase() + tail.slice(1))) return true;
  }
  return false;
}

/** Whether a sentence is fit to carry values, by the set's `forbidden` pattern (links, paths, numbers, markup and
 * the names of its package's programs and formats). */
export type Fit = (s: string, lang: Lang, lex: Lexicon) => boolean;

/** Plain prose of the right language with nothing that looks like a value, a key, a command or a name: nothing
 * `forbidden` matches, two of the language's own words and (outside English) none of English's, no two capitalised
 * words in a row after the first word, and no capitalised word after the first that is not an ordinary word (in
 * lower case in the word lists; for German, a noun of the German list). */
export function fitBy(forbidden: RegExp): Fit {
  return (s, lang, lex) => {
    if (s.length < 45 || s.length > 230 || !/^\p{Lu}[^]*[.!?]$/u.test(s)) return false;
    if (forbidden.test(s)) return false;
    const ws = s.toLowerCase().match(/\p{L}+/gu) ?? [];
    if (ws.filter((w) => OWN[lang].includes(w)).length < 2 || (lang !== 'en' && ws.some((w) => ENGLISH.has(w)))) return false;
    const rest = s
      .split(/\s+/)
      .slice(1)
      .map((w) => w.replace(/[^\p{L}-]/gu, ''));
    for (let i = 0; i < rest.length; i++) {
      const w = rest[i]!;
      if (!/\p{Lu}/u.test(w)) continue;
      if (/\p{Lu}.*\p{Lu}/u.test(w)) return false;
      if (i > 0 && /^\p{Lu}/u.test(rest[i - 1]!)) return false;
      const ok = lang === 'de' ? germanNoun(w, lex) : lex.lower.has(w.toLowerCase());
      if (!ok) return false;
    }
    return true;
  };
}

export function installedVersion(pkg: string): string {
  return execFileSync('dpkg-query', ['-W', '-f=${Version}', pkg], { encoding: 'utf8' });
}

/** The files a Debian package installed (build.ts --extract only). */
export const packageFiles = (pkg: string): string[] =>
  execFileSync('dpkg', ['-L', pkg], { encoding: 'utf8', maxBuffer: 1 << 26 }).split('\n');

const DICT: Record<Lang, string> = {
  en: 'american-english',
  de: 'ngerman',
  fr: 'french',
  es: 'spanish',
  it: 'italian',
  nl: 'dutch',
};

/** One language's word list (build.ts --extract only). */
export function lexicon(lang: Lang): Lexicon {
  const lower = new Set<string>();
  const asWritten = new Set<string>();
  for (const w of readFileSync(`/usr/share/dict/${DICT[lang]}`, 'utf8').split('\n')) {
    if (!w) continue;
    asWritten.add(w);
    if (w === w.toLowerCase()) lower.add(w);
  }
  return { lower, asWritten };
}

/** Where a set's sentences of one language come from: each source's paragraphs and what to record of its origin. */
export interface SentenceSource<O> {
  origin: O;
  paragraphs(): string[];
}

/** Every fit sentence of the sources, with the origin of its first occurrence; `exclude` is left out. */
export function fitSentencesOf<O>(
  lang: Lang,
  sources: readonly SentenceSource<O>[],
  fit: Fit,
  exclude: ReadonlySet<string> = new Set(),
): Map<string, O> {
  const lex = lexicon(lang);
  const found = new Map<string, O>();
  for (const src of sources)
    for (const p of src.paragraphs())
      for (const s of p.split(/(?<=[.!?])\s+(?=\p{Lu})/u))
        if (fit(s, lang, lex) && !exclude.has(s) && !found.has(s)) found.set(s, src.origin);
  return found;
}

/** A seeded sample of `perLang` of each language's sentences (`found`, by origin), none said twice. */
export function sampleCarriers<O>(
  seed: number,
  perLang: number,
  found: (lang: Lang) => Map<string, O>,
  carrier: (lang: Lang, text: string, origin: O) => Carrier,
): Carrier[] {
  const rng = new Rng(seed);
  return LANGS.flatMap((lang) => {
    const sentences = found(lang);
    const texts = [...sentences.keys()].sort();
    if (texts.length < perLang) throw new Error(`${lang}: only ${texts.length} carrier sentences`);
    return rng
      .shuffle(texts)
      .slice(0, perLang)
      .map((text) => carrier(lang, text, sentences.get(text)!));
  });
}

// ---- the sentence as the checks read it, and sentences (pii-blind12 on) ----

/** French and Italian elisions ("l'", "qu'", "dell'", "un'"): the apostrophe is part of the spelling there, so the
 * elided word is set aside before the checks (an apostrophe anywhere else still leaves the sentence out). */
const ELISION =
  /(?<!\p{L})(?:jusqu|lorsqu|puisqu|quelqu|presqu|qu|dell|dall|nell|sull|coll|all|quest|quell|tutt|un|[cdjlmnstv])['’](?=\p{L})/giu;

/** German formal address: the pronouns are capitalised without being nouns. */
const FORMAL = /\b(?:Sie|Ihr|Ihre|Ihren|Ihrem|Ihrer|Ihres|Ihnen)\b/gu;

/** A German noun in an inflected form (plural or genitive: -e, -en, -n, -s, -es, -er, -ern) written as its stem when
 * the stem is a noun of the list, so that the shared check finds it. */
function germanStem(w: string, lex: Lexicon): string {
  if (germanNoun(w, lex)) return w;
  for (const end of ['ern', 'en', 'er', 'es', 'e', 'n', 's'])
    if (w.endsWith(end) && germanNoun(w.slice(0, -end.length), lex)) return w.slice(0, -end.length);
  return w;
}

/** The sentence as the checks read it: elisions set aside (French, Italian), formal pronouns in lower case and
 * inflected nouns as their stems (German). */
function forChecks(s: string, lang: Lang, lex: Lexicon): string {
  if (lang === 'fr' || lang === 'it') {
    const t = s.replace(ELISION, '');
    return /^\p{Lu}/u.test(s) ? t.charAt(0).toUpperCase() + t.slice(1) : t;
  }
  if (lang === 'de') {
    const [first = '', ...rest] = s.split(' ');
    const words = rest.map((w) => w.replace(FORMAL, (p) => p.toLowerCase()).replace(/^\p{Lu}\p{Ll}+/u, (x) => germanStem(x, lex)));
    return [first, ...words].join(' ');
  }
  return s;
}

/** Whether a sentence is fit to carry values: `fitShared` (a set's fitBy) on the sentence as the checks read it, no
 * letter standing alone that is not one of the language's `single` letter words (a key being named), and no word
 * joined by hyphens that is not made of ordinary words (a command's name: "replace-string"). */
export function fitReadAsChecked(fitShared: Fit, single: Readonly<Record<Lang, string>>): Fit {
  return (s, lang, lex) => {
    const t = forChecks(s, lang, lex);
    if (!fitShared(t, lang, lex)) return false;
    for (const m of t.matchAll(/(?<!\p{L})\p{L}(?!\p{L})/gu)) if (!single[lang].includes(m[0])) return false;
    for (const m of t.matchAll(/\p{Ll}+(?:-\p{L}+)+/gu)) if (!m[0].split('-').every((w) => lex.lower.has(w.toLowerCase()))) return false;
    return true;
  };
}

/** A paragraph's sentences: split after a full stop, question or exclamation mark before a capital, but not after
 * an `abbreviation` (a pattern that matches a piece ending in one). */
export function sentenceSplitter(abbreviation: RegExp): (paragraph: string) => string[] {
  return (paragraph) => {
    const out: string[] = [];
    for (const piece of paragraph.split(/(?<=[.!?])\s+(?=\p{Lu})/u)) {
      if (out.length && abbreviation.test(out[out.length - 1]!)) out[out.length - 1] += ` ${piece}`;
      else out.push(piece);
    }
    return out;
  };
}
