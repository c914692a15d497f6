// The set's real-world inputs, read from installed Debian packages (`build.ts --extract` only; the build itself
// reads the committed extracts in inputs/ so that it is byte-identical on any machine):
//  - carrier sentences: running prose from the translated manual pages (manpages, manpages-de/-fr/-es/-it/-nl);
//  - name parts: given names and surnames of people named in /usr/share/doc/*/copyright, kept only when no token
//    is in the gazetteer or the tagger's faker locales, stored as two separate pools (the set recombines them, so
//    no real person is named) plus hashes of the original pairs so a recombination never recreates one.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { GIVEN_NAMES } from '../../shared/core/pii/detectors/names-gazetteer.ts';
import { excludedBecause } from './exclusion.ts';
import type { Lang } from './rng.ts';
import { manSections } from './roff.ts';
import { Rng } from './rng.ts';

export const MAN_PACKAGES: Readonly<Record<Lang, string>> = {
  en: 'manpages',
  de: 'manpages-de',
  fr: 'manpages-fr',
  es: 'manpages-es',
  it: 'manpages-it',
  nl: 'manpages-nl',
};

export interface Carrier {
  lang: Lang;
  text: string;
  source: string;
}

/** Sections whose prose reads like documentation (not names, synopses, authors, translators, see-also). */
const PROSE_SECTION = /descr|beschr|omschr|^notes?$|^notas?$|anmerk|opmerk|^options?$|optionen|opciones|opzioni|opties|^remarques?$/i;

/** Function words that tell the languages apart (a translated page may keep untranslated English paragraphs). */
const STOPWORDS: Readonly<Record<Lang, readonly string[]>> = {
  en: ['the', 'is', 'are', 'of', 'and', 'to', 'which', 'this', 'that', 'with'],
  de: ['der', 'die', 'das', 'und', 'ist', 'nicht', 'wird', 'werden', 'eine', 'mit', 'auf', 'für'],
  fr: ['le', 'la', 'les', 'est', 'des', 'une', 'pour', 'dans', 'pas', 'sont', 'qui', 'du'],
  es: ['el', 'la', 'los', 'las', 'es', 'una', 'para', 'por', 'que', 'del', 'se', 'con'],
  it: ['il', 'la', 'di', 'che', 'è', 'per', 'una', 'non', 'del', 'della', 'sono', 'con'],
  nl: ['de', 'het', 'een', 'van', 'en', 'is', 'niet', 'wordt', 'voor', 'met', 'op', 'dat'],
};

function languageScore(words: readonly string[], lang: Lang): number {
  const set = new Set(STOPWORDS[lang]);
  return words.filter((w) => set.has(w)).length;
}

const ABBREVIATION_END = /(?:\b\p{L}{1,2}|bzw|usw|vgl|etc|ecc|bijv|resp|ggf|evtl|cf|p\.ex|z\.B|e\.g|i\.e|u\.a|d\.h|ca)\.$/iu;

/** A carrier sentence: plain prose of a readable length, in the page's language, nothing personal or markup-like in it. */
function acceptable(s: string, lang: Lang): boolean {
  if (s.length < 50 || s.length > 260) return false;
  if (!/^[\p{Lu}]/u.test(s) || !/[.!?]$/.test(s)) return false;
  if (/[@<>\\{}[\]|=_*#$]|https?:|www\.|\d{4,}|\d+\.\d+\.\d+|\.\.|\s[.,;:]/.test(s)) return false;
  if (ABBREVIATION_END.test(s.slice(s.lastIndexOf(' ') + 1))) return false;
  if (namesSomeone(s)) return false;
  const letters = s.replace(/[^\p{L}]/gu, '').length;
  if (letters / s.length < 0.75) return false;
  const words = s.toLowerCase().split(/[^\p{L}]+/u);
  const own = languageScore(words, lang);
  return own >= 2 && (lang === 'en' || own > languageScore(words, 'en'));
}

/** A known given name followed by a capitalised word, or "by/von/par/por/da/door" + two capitalised words: a person is named. */
function namesSomeone(s: string): boolean {
  for (const m of s.matchAll(/(\p{Lu}\p{Ll}+) \p{Lu}\p{Ll}+/gu)) if (GIVEN_NAMES.has(m[1]!)) return true;
  return /\b(?:by|von|par|por|da|door|de) \p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+/u.test(s);
}

function sentencesOf(paragraph: string): string[] {
  return paragraph.split(/(?<=[.!?])\s+(?=[\p{Lu}¿¡«"“])/u).map((s) => s.trim());
}

function packageFiles(pkg: string): string[] {
  return execFileSync('dpkg', ['-L', pkg], { encoding: 'utf8' })
    .split('\n')
    .filter((f) => /\/man\/(?:[a-z]{2}\/)?man[1-8]\/[^/]+\.gz$/.test(f))
    .sort();
}

export function packageVersion(pkg: string): string {
  return execFileSync('dpkg-query', ['-W', '-f=${Version}', pkg], { encoding: 'utf8' }).trim();
}

/** Up to `perLang` carrier sentences per language, a seeded sample of every acceptable one. */
export function extractCarriers(perLang: number, seed: number): Carrier[] {
  const out: Carrier[] = [];
  for (const [lang, pkg] of Object.entries(MAN_PACKAGES) as [Lang, string][]) {
    const seen = new Set<string>();
    const all: Carrier[] = [];
    for (const file of packageFiles(pkg)) {
      let source: string;
      try {
        source = gunzipSync(readFileSync(file)).toString('utf8');
      } catch {
        continue; // a symlink to a page of another package, or not gzip
      }
      if (/^\.(Dd|so)\b/m.test(source)) continue; // mdoc pages and include stubs
      for (const section of manSections(source)) {
        if (!PROSE_SECTION.test(section.heading)) continue;
        for (const p of section.paragraphs)
          for (const s of sentencesOf(p))
            if (acceptable(s, lang) && !seen.has(s)) {
              seen.add(s);
              all.push({ lang, text: s, source: `${pkg}:${file.replace(/^\/usr\/share\/man\//, '')}` });
            }
      }
    }
    out.push(...new Rng(seed + lang.charCodeAt(0) * 31 + lang.charCodeAt(1)).shuffle(all).slice(0, perLang));
  }
  return out;
}

export interface NameParts {
  given: string[];
  surnames: string[];
  /** SHA-256 of "given surname" (lower case) of each person the parts came from: recombinations must avoid these. */
  originalPairs: string[];
}

export const pairHash = (given: string, surname: string) =>
  createHash('sha256').update(`${given} ${surname}`.toLowerCase()).digest('hex').slice(0, 16);

const NOT_A_NAME = new Set(
  `software foundation project team inc ltd llc gmbh corporation corp company university institute group technologies
  systems labs community developers contributors authors maintainers debian ubuntu linux the and for free open source
  copyright license public domain google microsoft apple oracle intel red hat canonical mozilla sun network networks
  association society consortium limited research development all rights reserved kernel library tools`.split(/\s+/),
);

const NAME_BEFORE_EMAIL = /(\p{Lu}[\p{Ll}'’]+(?:[ -]\p{Lu}[\p{Ll}'’]+){1,2})\s*<[^<>\s@]+@/gu;

function nameToken(t: string): boolean {
  return /^\p{Lu}[\p{Ll}]{2,13}$/u.test(t) && /^[\p{Script=Latin}]+$/u.test(t) && !NOT_A_NAME.has(t.toLowerCase());
}

/** Given names and surnames of the people named in Debian copyright files, each token new to the detectors. */
export function extractNameParts(): NameParts {
  const given = new Set<string>();
  const surnames = new Set<string>();
  const pairs = new Set<string>();
  const dir = '/usr/share/doc';
  for (const pkg of readdirSync(dir).sort()) {
    const file = `${dir}/${pkg}/copyright`;
    if (!existsSync(file)) continue;
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(NAME_BEFORE_EMAIL)) {
      const tokens = m[1]!.split(/[ -]/);
      const first = tokens[0]!;
      const last = tokens[tokens.length - 1]!;
      if (!nameToken(first) || !nameToken(last)) continue;
      pairs.add(pairHash(first, last));
      if (!excludedBecause(first)) given.add(first);
      if (!excludedBecause(last)) surnames.add(last);
    }
  }
  return { given: [...given].sort(), surnames: [...surnames].sort(), originalPairs: [...pairs].sort() };
}
