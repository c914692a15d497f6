// Carrier sentences: real prose from the Debian Edu manual (debian-edu-doc-{en,de,fr,es,it,nl}, GPL-2+), a source
// no other set and no training corpus used. `extractCarriers` reads the installed HTML manuals (build.ts --extract);
// the build itself only reads the committed seeded sample in inputs/carriers.jsonl.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Lang } from './doc.ts';
import { LANGS } from './doc.ts';
import { Rng } from '../pii-independent/rng.ts';

export interface Carrier {
  lang: Lang;
  package: string;
  file: string;
  text: string;
}

const FUNCTION_WORDS: Record<Lang, readonly string[]> = {
  en: ['the', 'and', 'is', 'to', 'of', 'with', 'for', 'can'],
  de: ['der', 'die', 'das', 'und', 'ist', 'nicht', 'mit', 'für', 'wird', 'werden', 'sie', 'ein', 'eine'],
  fr: ['le', 'la', 'les', 'des', 'est', 'une', 'pour', 'avec', 'sur', 'dans', 'qui', 'être'],
  es: ['el', 'la', 'los', 'las', 'es', 'una', 'para', 'con', 'que', 'del', 'por', 'puede'],
  it: ['il', 'la', 'gli', 'che', 'della', 'per', 'con', 'una', 'sono', 'essere', 'può', 'del'],
  nl: ['de', 'het', 'een', 'en', 'van', 'voor', 'met', 'niet', 'wordt', 'kan', 'zijn', 'deze'],
};
const ENGLISH_ONLY = new Set(['the', 'and', 'is', 'of', 'with', 'which', 'this', 'you']);

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function htmlText(html: string): string[] {
  return [...html.matchAll(/<p[^>]*>([\s\S]*?)<\/p>/g)].map((m) =>
    m[1]!
      .replace(/<[^>]+>/g, '')
      .replace(/&(#x?[0-9a-f]+|\w+);/gi, (all, e: string) =>
        e.startsWith('#') ? String.fromCodePoint(parseInt(e.slice(1).replace(/^x/i, ''), /^#x/i.test(e) ? 16 : 10)) : (ENTITIES[e] ?? all),
      )
      .replace(/\s+/g, ' ')
      .trim(),
  );
}

/** A sentence fit to carry: plain prose of the right language, nothing that looks like a value or a name. */
function fitSentence(s: string, lang: Lang, common: Set<string>): boolean {
  if (s.length < 50 || s.length > 220 || !/^[A-ZÀ-Ý][^]*[.!?]$/.test(s)) return false;
  if (/https?:|www\.|@|\/|\\|\d{4,}|[<>{}=$|_]|\.\w|\s-\w/.test(s)) return false;
  const words = s.toLowerCase().match(/\p{L}+/gu) ?? [];
  const own = words.filter((w) => FUNCTION_WORDS[lang].includes(w)).length;
  const english = words.filter((w) => ENGLISH_ONLY.has(w)).length;
  if (own < 2 || (lang !== 'en' && english > 0)) return false;
  // A capitalised word after the first that is not an ordinary word might be someone's name: leave the sentence out.
  const capitalised = s
    .split(/\s+/)
    .slice(1)
    .map((w) => w.replace(/[^\p{L}'-]/gu, ''));
  return capitalised.every((w) => !/^\p{Lu}\p{Ll}/u.test(w) || common.has(w.toLowerCase()));
}

export function packageOf(lang: Lang): string {
  return `debian-edu-doc-${lang}`;
}

export function installedVersion(pkg: string): string {
  return execFileSync('dpkg-query', ['-W', '-f=${Version}', pkg], { encoding: 'utf8' });
}

/** A seeded sample of `perLang` fit sentences per language from the installed manuals. */
export function extractCarriers(seed: number, perLang: number, common: Set<string>): Carrier[] {
  const rng = new Rng(seed);
  return LANGS.flatMap((lang) => {
    const file = `/usr/share/doc/${packageOf(lang)}/debian-edu-bookworm-manual.html`;
    const sentences = htmlText(readFileSync(file, 'utf8'))
      .flatMap((p) => p.split(/(?<=[.!?])\s+(?=\p{Lu})/u))
      .filter((s) => fitSentence(s, lang, common));
    const unique = [...new Set(sentences)].sort();
    return rng
      .shuffle(unique)
      .slice(0, perLang)
      .map((text) => ({ lang, package: packageOf(lang), file, text }));
  });
}
