// Carrier sentences: real prose from Debian documentation that neither the detectors' training (debian-handbook,
// fortunes, manual pages) nor any other set used — the KDE Education handbooks of KTurtle and KmPlot in all six
// languages (packages kturtle and kmplot: DocBook files under /usr/share/doc/HTML/<lang>/{kturtle,kmplot}/; GFDL-1.2+
// documentation). The other sets took the Debian Edu manual, the Debian Reference, aptitude's manual, the
// Developer's Reference, the New Maintainers' Guide, the installation guide, the Debian FAQ, the GIMP manual,
// packages' README files, the LilyPond Learning Manual, the LibreOffice help, the GNOME desktop help, the Inkscape
// tutorials, APT's manuals and LyX's manuals. `extractCarriers` reads the installed handbooks (build.ts --extract);
// the build itself only reads inputs/.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Lang } from '../pii-blind/doc.ts';
import { LANGS } from '../pii-blind/doc.ts';
import { Rng } from '../pii-independent/rng.ts';

export interface Carrier {
  lang: Lang;
  package: string;
  file: string;
  text: string;
}

/** The packages whose handbooks are read, in this order. */
export const PACKAGES = ['kturtle', 'kmplot'] as const;
export const LICENCE = 'GFDL-1.2+ (see /usr/share/doc/kturtle/copyright and /usr/share/doc/kmplot/copyright)';
export const UNDER = '/usr/share/doc/HTML/';

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

/** A marker that stands for anything a sentence must not hold (a menu or button name, a key, a command, a link, an
 * entity such as the program's name, a formula): `fit` refuses every sentence with it. */
const HOLE = '\uE000';

/** The paragraphs (<para>) of a DocBook file: emphasis kept as plain text, comments dropped, and every other element
 * and every entity replaced by HOLE. */
export function docbookParagraphs(source: string): string[] {
  const out: string[] = [];
  const text = source.replace(/<!--[^]*?-->/g, '');
  for (const m of text.matchAll(/<para(?:\s[^>]*)?>([^]*?)<\/para>/g)) {
    const p = m[1]!
      .replace(/<\/?emphasis(?:\s[^>]*)?>/g, '')
      .replace(/<[^>]+>/g, HOLE)
      .replace(/&[#\w.-]+;/g, HOLE)
      .replace(/\s+/g, ' ')
      .trim();
    if (p) out.push(p);
  }
  return out;
}

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

/** Plain prose of the right language with nothing that looks like a value, a key, a command or a name: no link,
 * path, number of two digits or more, markup, bracket, quotation mark, command or program name, no two capitalised
 * words in a row after the first word, and no capitalised word after the first that is not an ordinary word (in
 * lower case in the word lists; for German, a noun of the German list). */
export function fit(s: string, lang: Lang, lex: Lexicon): boolean {
  if (s.length < 45 || s.length > 230 || !/^\p{Lu}[^]*[.!?]$/u.test(s)) return false;
  if (
    /https?:|www\.|@|\/|\\|\d{2,}|[<>{}[\]=$|_`"“”„«»‹›‘’'()#%^~*&;+]|\.\w|\s-|-\s|::|\uE000|…|kturtle|kmplot|turtlescript|kde\b|debian|linux|gnu|http|ftp|pdf|dvi|html|unix|windows|mac\b/i.test(
      s,
    )
  )
    return false;
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
}

export function installedVersion(pkg: string): string {
  return execFileSync('dpkg-query', ['-W', '-f=${Version}', pkg], { encoding: 'utf8' });
}

/** The handbooks' DocBook files of one language, package by package. */
function handbookFiles(lang: Lang): { pkg: string; file: string }[] {
  return PACKAGES.flatMap((pkg) => {
    const files = execFileSync('dpkg', ['-L', pkg], { encoding: 'utf8', maxBuffer: 1 << 26 })
      .split('\n')
      .filter((f) => f.startsWith(`${UNDER}${lang}/${pkg}/`) && f.endsWith('.docbook'))
      .sort();
    if (files.length === 0) throw new Error(`${lang}: ${pkg} has no handbook`);
    return files.map((file) => ({ pkg, file }));
  });
}

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

/** Every fit sentence of one language's handbooks, with the package and file it came from. */
export function fitSentences(lang: Lang, exclude: ReadonlySet<string> = new Set()): Map<string, { pkg: string; file: string }> {
  const lex = lexicon(lang);
  const found = new Map<string, { pkg: string; file: string }>();
  for (const f of handbookFiles(lang))
    for (const p of docbookParagraphs(readFileSync(f.file, 'utf8')))
      for (const s of p.split(/(?<=[.!?])\s+(?=\p{Lu})/u)) if (fit(s, lang, lex) && !exclude.has(s) && !found.has(s)) found.set(s, f);
  return found;
}

/** A seeded sample of `perLang` fit sentences per language from the installed packages, none said twice. */
export function extractCarriers(seed: number, perLang: number, exclude: ReadonlySet<string>): Carrier[] {
  const rng = new Rng(seed);
  return LANGS.flatMap((lang) => {
    const found = fitSentences(lang, exclude);
    const sentences = [...found.keys()].sort();
    if (sentences.length < perLang) throw new Error(`${lang}: only ${sentences.length} carrier sentences`);
    return rng
      .shuffle(sentences)
      .slice(0, perLang)
      .map((text) => ({ lang, package: found.get(text)!.pkg, file: found.get(text)!.file, text }));
  });
}
