// Carrier sentences: real prose from Debian documentation that neither the detectors' training (debian-handbook,
// fortunes, manual pages) nor any other set used — the LilyPond Learning Manual in all six languages
// (lilypond-doc-html for English, lilypond-doc-html-de, -fr, -es, -it, -nl for the translations; GFDL-1.3+). The
// other sets took the Debian Edu manual, the Debian Reference, aptitude's manual, the Developer's Reference, the
// New Maintainers' Guide, the installation guide, the Debian FAQ, the GIMP manual and packages' README files.
// `extractCarriers` reads the installed HTML (build.ts --extract); the build itself only reads inputs/.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Lang } from '../pii-blind/doc.ts';
import { LANGS } from '../pii-blind/doc.ts';
import { Rng } from '../pii-independent/rng.ts';
import type { Carrier, Lexicon } from '../pii-blind/set-carriers.ts';
import { installedVersion, lexicon } from '../pii-blind/set-carriers.ts';

export type { Carrier };

const LICENCE = 'GFDL-1.3+ (the LilyPond documentation)';
export const PACKAGES: Record<Lang, { pkg: string; licence: string }> = {
  en: { pkg: 'lilypond-doc-html', licence: LICENCE },
  de: { pkg: 'lilypond-doc-html-de', licence: LICENCE },
  fr: { pkg: 'lilypond-doc-html-fr', licence: LICENCE },
  es: { pkg: 'lilypond-doc-html-es', licence: LICENCE },
  it: { pkg: 'lilypond-doc-html-it', licence: LICENCE },
  nl: { pkg: 'lilypond-doc-html-nl', licence: LICENCE },
};
/** The Learning Manual only: the one part translated into all six languages, and without the contributors' names
 * the web pages and the contributor's guide hold. */
export const UNDER = '/usr/share/doc/lilypond/html/Documentation/learning/';

// Words that tell the languages apart: a sentence needs two of its own and, outside English, none of English's.
const OWN: Record<Lang, readonly string[]> = {
  en: ['the', 'and', 'is', 'are', 'of', 'with', 'for', 'you', 'this', 'that'],
  de: ['der', 'die', 'das', 'und', 'ist', 'sind', 'nicht', 'mit', 'für', 'wird', 'sie', 'eine', 'oder', 'auf'],
  fr: ['le', 'la', 'les', 'des', 'est', 'sont', 'une', 'pour', 'avec', 'dans', 'qui', 'vous', 'pas', 'du'],
  es: ['el', 'la', 'los', 'las', 'es', 'una', 'para', 'con', 'que', 'del', 'por', 'puede', 'está', 'se'],
  it: ['il', 'la', 'gli', 'che', 'della', 'per', 'con', 'una', 'sono', 'non', 'può', 'del', 'questo', 'di'],
  nl: ['de', 'het', 'een', 'en', 'van', 'voor', 'met', 'niet', 'wordt', 'kan', 'zijn', 'u', 'dit', 'op'],
};
const ENGLISH = new Set(['the', 'and', 'of', 'with', 'which', 'this', 'you', 'is', 'are', 'that']);
const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  rsquo: '’',
  lsquo: '‘',
  ldquo: '“',
  rdquo: '”',
  laquo: '«',
  raquo: '»',
  ndash: '–',
  mdash: '—',
  hellip: '…',
};

function decode(e: string, all: string): string {
  if (!e.startsWith('#')) return ENTITIES[e] ?? all;
  return String.fromCodePoint(/^#x/i.test(e) ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
}

function paragraphs(html: string): string[] {
  return [...html.matchAll(/<p\b[^>]*>([\s\S]*?)<\/p>/g)].map((m) =>
    m[1]!
      .replace(/<[^>]+>/g, '')
      .replace(/&(#x?[0-9a-f]+|\w+);/gi, (all, e: string) => decode(e, all))
      .replace(/\s+/g, ' ')
      .trim(),
  );
}

/** Plain prose of the right language with nothing that looks like a value, a command, a product or a name: no
 * link, path, number of two digits or more, markup, bracket, backslash, quotation mark, the word LilyPond, no two
 * capitalised words in a row after the first word, and no capitalised word after the first that is not an ordinary
 * word (in lower case in the word lists; for German, a noun of the German list). */
export function fit(s: string, lang: Lang, lex: Lexicon): boolean {
  if (s.length < 50 || s.length > 220 || !/^\p{Lu}[^]*[.!?]$/u.test(s)) return false;
  if (/https?:|www\.|@|\/|\\|\d{2,}|[<>{}[\]=$|_`"“”„«»‹›‘()#%^~*&;]|\.\w|\s-|::|lily|pond|debian|scheme/i.test(s)) return false;
  const ws = s.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (ws.filter((w) => OWN[lang].includes(w)).length < 2 || (lang !== 'en' && ws.some((w) => ENGLISH.has(w)))) return false;
  const rest = s
    .split(/\s+/)
    .slice(1)
    .map((w) => w.replace(/[^\p{L}'-]/gu, ''));
  for (let i = 0; i < rest.length; i++) {
    const w = rest[i]!;
    if (!/\p{Lu}/u.test(w)) continue;
    if (/\p{Lu}.*\p{Lu}/u.test(w)) return false;
    if (i > 0 && /^\p{Lu}/u.test(rest[i - 1]!)) return false;
    const ok = lang === 'de' ? lex.asWritten.has(w) : lex.lower.has(w.toLowerCase());
    if (!ok) return false;
  }
  return true;
}

export { installedVersion };

function htmlFiles(lang: Lang): string[] {
  const suffix = lang === 'en' ? /(?<!\.[a-z]{2})\.html$/ : new RegExp(`\\.${lang}\\.html$`);
  return execFileSync('dpkg', ['-L', PACKAGES[lang].pkg], { encoding: 'utf8' })
    .split('\n')
    .filter((f) => f.startsWith(UNDER) && suffix.test(f) && !/gnu-free-documentation-license/.test(f))
    .sort();
}

/** A seeded sample of `perLang` fit sentences per language from the installed packages, none said twice. */
export function extractCarriers(seed: number, perLang: number, exclude: ReadonlySet<string>): Carrier[] {
  const rng = new Rng(seed);
  return LANGS.flatMap((lang) => {
    const lex = lexicon(lang);
    const found = new Map<string, string>();
    for (const file of htmlFiles(lang))
      for (const p of paragraphs(readFileSync(file, 'utf8')))
        for (const s of p.split(/(?<=[.!?])\s+(?=\p{Lu})/u)) if (fit(s, lang, lex) && !exclude.has(s) && !found.has(s)) found.set(s, file);
    const sentences = [...found.keys()].sort();
    if (sentences.length < perLang) throw new Error(`${lang}: only ${sentences.length} carrier sentences`);
    return rng
      .shuffle(sentences)
      .slice(0, perLang)
      .map((text) => ({ lang, package: PACKAGES[lang].pkg, file: found.get(text)!, text }));
  });
}
