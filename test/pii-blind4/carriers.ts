// Carrier sentences: real prose from Debian documentation that neither the detectors' training (debian-handbook,
// fortunes, manual pages) nor any other set used — the English Debian FAQ (debian-faq), the German, French and
// Italian New Maintainers' Guide (maint-guide-de, -fr, -it), the Spanish Debian installation guide
// (installation-guide-amd64, its es/ tree) and the Dutch GIMP user manual (gimp-help-nl: every Dutch Debian
// documentation package had been used by another set, debian-edu-doc-legacy-nl only holds older editions of the
// manual ../pii-blind/ drew from). `extractCarriers` reads the installed HTML
// (build.ts --extract); the build itself only reads inputs/.
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

export const PACKAGES: Record<Lang, { pkg: string; under?: string; licence: string }> = {
  en: { pkg: 'debian-faq', licence: 'the Debian FAQ licence (verbatim and modified copies and translations permitted)' },
  de: { pkg: 'maint-guide-de', licence: 'GPL-2+' },
  fr: { pkg: 'maint-guide-fr', licence: 'GPL-2+' },
  es: { pkg: 'installation-guide-amd64', under: '/usr/share/doc/installation-guide-amd64/es/', licence: 'GPL-2' },
  it: { pkg: 'maint-guide-it', licence: 'GPL-2+' },
  nl: { pkg: 'gimp-help-nl', licence: 'GFDL-1.2+ without invariant sections' },
};

// Words that tell the languages apart: a sentence needs two of its own and, outside English, none of English's.
const OWN: Record<Lang, readonly string[]> = {
  en: ['the', 'and', 'is', 'are', 'of', 'with', 'for', 'you', 'this', 'that'],
  de: ['der', 'die', 'das', 'und', 'ist', 'sind', 'nicht', 'mit', 'für', 'wird', 'sie', 'eine', 'oder', 'auf'],
  fr: ['le', 'la', 'les', 'des', 'est', 'sont', 'une', 'pour', 'avec', 'dans', 'qui', 'vous', 'pas', 'du'],
  es: ['el', 'la', 'los', 'las', 'es', 'una', 'para', 'con', 'que', 'del', 'por', 'puede', 'está', 'se'],
  it: ['il', 'la', 'gli', 'che', 'della', 'per', 'con', 'una', 'sono', 'non', 'può', 'del', 'questo', 'di'],
  nl: ['de', 'het', 'een', 'en', 'van', 'voor', 'met', 'niet', 'wordt', 'kan', 'zijn', 'u', 'dit', 'op'],
};
const ENGLISH = new Set(['the', 'and', 'of', 'with', 'which', 'this', 'you', 'is']);
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

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
 * link, path, number of two digits or more, markup, bracket, quotation mark, the words Debian or GIMP, and no
 * capitalised word after the first that is not an ordinary dictionary word. */
export function fit(s: string, lang: Lang, words: Set<string>): boolean {
  if (s.length < 50 || s.length > 220 || !/^\p{Lu}[^]*[.!?]$/u.test(s)) return false;
  if (/https?:|www\.|@|\/|\\|\d{2,}|[<>{}[\]=$|_`"“”„«»‹›()]|\.\w|\s-|::|debian|gimp/i.test(s)) return false;
  const ws = s.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (ws.filter((w) => OWN[lang].includes(w)).length < 2 || (lang !== 'en' && ws.some((w) => ENGLISH.has(w)))) return false;
  return s
    .split(/\s+/)
    .slice(1)
    .map((w) => w.replace(/[^\p{L}'-]/gu, ''))
    .every((w) => !/\p{Lu}/u.test(w) || (words.has(w.toLowerCase()) && !/\p{Lu}.*\p{Lu}/u.test(w)));
}

export function installedVersion(pkg: string): string {
  return execFileSync('dpkg-query', ['-W', '-f=${Version}', pkg], { encoding: 'utf8' });
}

function htmlFiles(lang: Lang): string[] {
  const { pkg, under } = PACKAGES[lang];
  return execFileSync('dpkg', ['-L', pkg], { encoding: 'utf8' })
    .split('\n')
    .filter((f) => f.endsWith('.html') && (!under || f.startsWith(under)))
    .sort();
}

/** A seeded sample of `perLang` fit sentences per language from the installed packages. */
export function extractCarriers(seed: number, perLang: number, words: Set<string>): Carrier[] {
  const rng = new Rng(seed);
  return LANGS.flatMap((lang) => {
    const found = new Map<string, string>();
    for (const file of htmlFiles(lang))
      for (const p of paragraphs(readFileSync(file, 'utf8')))
        for (const s of p.split(/(?<=[.!?])\s+(?=\p{Lu})/u)) if (fit(s, lang, words) && !found.has(s)) found.set(s, file);
    const sentences = [...found.keys()].sort();
    if (sentences.length < perLang) throw new Error(`${lang}: only ${sentences.length} carrier sentences`);
    return rng
      .shuffle(sentences)
      .slice(0, perLang)
      .map((text) => ({ lang, package: PACKAGES[lang].pkg, file: found.get(text)!, text }));
  });
}
