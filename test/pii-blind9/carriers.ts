// Carrier sentences: real prose from Debian documentation that neither the detectors' training (debian-handbook,
// fortunes, manual pages) nor any other set used — APT's own manuals in all six languages (apt-doc: the APT User's
// Guide and the offline-usage guide, /usr/share/doc/apt-doc/{guide,offline}.text.gz in English and
// {guide,offline}.<lang>.text.gz translated; GPL-2+). The other sets took the Debian Edu manual, the Debian
// Reference, aptitude's manual, the Developer's Reference, the New Maintainers' Guide, the installation guide, the
// Debian FAQ, the GIMP manual, packages' README files, the LilyPond Learning Manual, the LibreOffice help, the GNOME
// desktop help and the Inkscape tutorials. `extractCarriers` reads the installed text files (build.ts --extract);
// the build itself only reads inputs/.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import type { Lang } from '../pii-blind/doc.ts';
import { LANGS } from '../pii-blind/doc.ts';
import { Rng } from '../pii-independent/rng.ts';

export interface Carrier {
  lang: Lang;
  package: string;
  file: string;
  text: string;
}

export const PACKAGE = 'apt-doc';
export const LICENCE = 'GPL-2+ (see /usr/share/doc/apt-doc/copyright)';
export const UNDER = '/usr/share/doc/apt-doc/';

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

/** Paragraphs of a text manual: lines joined between blank lines, indentation and rules removed. */
function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
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
    /https?:|www\.|@|\/|\\|\d{2,}|[<>{}[\]=$|_`"“”„«»‹›‘’'()#%^~*&;+]|\.\w|\s-|-\s|::|apt|dpkg|dselect|debian|sources|cdrom|ftp|http|linux|gnu|bzip|gzip|tar\b/i.test(
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

/** The manuals of one language: {guide,offline}.text.gz for English, {guide,offline}.<lang>.text.gz for the others. */
function manualFiles(lang: Lang): string[] {
  const re = lang === 'en' ? /^(guide|offline)\.text\.gz$/ : new RegExp(`^(guide|offline)\\.${lang}\\.text\\.gz$`);
  return execFileSync('dpkg', ['-L', PACKAGE], { encoding: 'utf8', maxBuffer: 1 << 26 })
    .split('\n')
    .filter((f) => f.startsWith(UNDER) && re.test(f.slice(UNDER.length)))
    .sort();
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

/** Every fit sentence of one language's manuals, with the file it came from. */
export function fitSentences(lang: Lang, exclude: ReadonlySet<string> = new Set()): Map<string, string> {
  const lex = lexicon(lang);
  const found = new Map<string, string>();
  for (const file of manualFiles(lang))
    for (const p of paragraphs(gunzipSync(readFileSync(file)).toString('utf8')))
      for (const s of p.split(/(?<=[.!?])\s+(?=\p{Lu})/u)) if (fit(s, lang, lex) && !exclude.has(s) && !found.has(s)) found.set(s, file);
  return found;
}

/** A seeded sample of `perLang` fit sentences per language from the installed package, none said twice. */
export function extractCarriers(seed: number, perLang: number, exclude: ReadonlySet<string>): Carrier[] {
  const rng = new Rng(seed);
  return LANGS.flatMap((lang) => {
    const found = fitSentences(lang, exclude);
    const sentences = [...found.keys()].sort();
    if (sentences.length < perLang) throw new Error(`${lang}: only ${sentences.length} carrier sentences`);
    return rng
      .shuffle(sentences)
      .slice(0, perLang)
      .map((text) => ({ lang, package: PACKAGE, file: found.get(text)!, text }));
  });
}
