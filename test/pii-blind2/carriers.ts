// Carrier sentences: real prose from Debian documentation that no other set used — the Debian Reference
// (debian-reference-{en,de,fr,it}) and, for es and nl (whose Debian Reference / Debian Edu / FAQ translations
// the other sets took), the aptitude user's manual (aptitude-doc-{es,nl}); all GPL-2+. `extractCarriers` reads
// the installed HTML (build.ts --extract); the build itself only reads the committed sample in inputs/.
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

export const PACKAGES: Record<Lang, string> = {
  en: 'debian-reference-en',
  de: 'debian-reference-de',
  fr: 'debian-reference-fr',
  es: 'aptitude-doc-es',
  it: 'debian-reference-it',
  nl: 'aptitude-doc-nl',
};

// Words that tell the language apart: a sentence needs two of its own and, outside English, none of English's.
const OWN_WORDS: Record<Lang, readonly string[]> = {
  en: ['the', 'and', 'is', 'are', 'of', 'with', 'for', 'you', 'this'],
  de: ['der', 'die', 'das', 'und', 'ist', 'sind', 'nicht', 'mit', 'für', 'wird', 'sie', 'eine', 'oder'],
  fr: ['le', 'la', 'les', 'des', 'est', 'sont', 'une', 'pour', 'avec', 'dans', 'qui', 'vous', 'pas'],
  es: ['el', 'la', 'los', 'las', 'es', 'una', 'para', 'con', 'que', 'del', 'por', 'puede', 'está'],
  it: ['il', 'la', 'gli', 'che', 'della', 'per', 'con', 'una', 'sono', 'non', 'può', 'del', 'questo'],
  nl: ['de', 'het', 'een', 'en', 'van', 'voor', 'met', 'niet', 'wordt', 'kan', 'zijn', 'u', 'dit'],
};
const ENGLISH = new Set(['the', 'and', 'of', 'with', 'which', 'this', 'you', 'is']);
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decode(e: string, all: string): string {
  if (!e.startsWith('#')) return ENTITIES[e] ?? all;
  return String.fromCodePoint(/^#x/i.test(e) ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
}

/** The text of every paragraph of an HTML file, tags dropped, entities decoded, whitespace collapsed. */
function paragraphs(html: string): string[] {
  return [...html.matchAll(/<p\b[^>]*>([\s\S]*?)<\/p>/g)].map((m) =>
    m[1]!
      .replace(/<[^>]+>/g, '')
      .replace(/&(#x?[0-9a-f]+|\w+);/gi, (all, e: string) => decode(e, all))
      .replace(/\s+/g, ' ')
      .trim(),
  );
}

/** Plain prose of the right language with nothing that looks like a value, a command or a name. */
function fit(s: string, lang: Lang, common: Set<string>): boolean {
  if (s.length < 45 || s.length > 230 || !/^\p{Lu}[^]*[.!?]$/u.test(s)) return false;
  if (/https?:|www\.|@|\/|\\|\d{3,}|[<>{}[\]=$|_`"“”«»]|\.\w|\s-|::/.test(s)) return false;
  const words = s.toLowerCase().match(/\p{L}+/gu) ?? [];
  const own = words.filter((w) => OWN_WORDS[lang].includes(w)).length;
  if (own < 2 || (lang !== 'en' && words.some((w) => ENGLISH.has(w)))) return false;
  // Any capitalised word after the first that is not an ordinary word could be a name or a product: leave it out.
  return s
    .split(/\s+/)
    .slice(1)
    .map((w) => w.replace(/[^\p{L}'-]/gu, ''))
    .every((w) => !/\p{Lu}/u.test(w) || common.has(w.toLowerCase()));
}

export function installedVersion(pkg: string): string {
  return execFileSync('dpkg-query', ['-W', '-f=${Version}', pkg], { encoding: 'utf8' });
}

function htmlFiles(pkg: string): string[] {
  return execFileSync('dpkg', ['-L', pkg], { encoding: 'utf8' })
    .split('\n')
    .filter((f) => f.endsWith('.html'))
    .sort();
}

/** A seeded sample of `perLang` fit sentences per language from the installed packages. */
export function extractCarriers(seed: number, perLang: number, common: Set<string>): Carrier[] {
  const rng = new Rng(seed);
  return LANGS.flatMap((lang) => {
    const pkg = PACKAGES[lang];
    const found = new Map<string, string>();
    for (const file of htmlFiles(pkg))
      for (const p of paragraphs(readFileSync(file, 'utf8')))
        for (const s of p.split(/(?<=[.!?])\s+(?=\p{Lu})/u)) if (fit(s, lang, common) && !found.has(s)) found.set(s, file);
    const sentences = [...found.keys()].sort();
    return rng
      .shuffle(sentences)
      .slice(0, perLang)
      .map((text) => ({ lang, package: pkg, file: found.get(text)!, text }));
  });
}
