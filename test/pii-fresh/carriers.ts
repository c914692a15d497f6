// Real sentences as carriers, from Debian documentation that no other set or model here was built from: the
// README/NEWS files of the installed packages (English), the Debian FAQ translations (German, French, Italian,
// Dutch) and the Debian Reference (Spanish). Only `build.ts --extract` reads the system; the build reads the
// committed sample in inputs/carriers.jsonl.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Rng } from '../pii-independent/rng.ts';
import type { Lang } from './doc.ts';

export interface Carrier {
  lang: Lang;
  package: string;
  file: string;
  text: string;
}

const EXCLUDED_PACKAGES = /^(debian-handbook|fortune|fortunes|manpages)/;
const FUNCTION_WORDS: Record<Lang, string[]> = {
  en: ['the', 'and', 'is', 'to', 'of', 'that', 'with'],
  de: ['der', 'die', 'das', 'und', 'ist', 'nicht', 'mit', 'sie'],
  fr: ['le', 'la', 'les', 'est', 'des', 'et', 'une', 'pour'],
  es: ['el', 'la', 'los', 'es', 'que', 'del', 'una', 'para'],
  it: ['il', 'la', 'che', 'è', 'di', 'per', 'una', 'sono'],
  nl: ['de', 'het', 'een', 'van', 'is', 'niet', 'en', 'voor'],
};
export const HTML_SOURCES: Record<Exclude<Lang, 'en'>, { package: string; dir: string; suffix: string }> = {
  de: { package: 'debian-faq-de', dir: '/usr/share/doc/debian/FAQ/de', suffix: '.de.html' },
  fr: { package: 'debian-faq-fr', dir: '/usr/share/doc/debian/FAQ/fr', suffix: '.fr.html' },
  it: { package: 'debian-faq-it', dir: '/usr/share/doc/debian/FAQ/it', suffix: '.it.html' },
  nl: { package: 'debian-faq-nl', dir: '/usr/share/doc/debian/FAQ/nl', suffix: '.nl.html' },
  es: { package: 'debian-reference-es', dir: '/usr/share/debian-reference', suffix: '.es.html' },
};

/** A sentence fit to carry a value: prose of 50–220 characters in `lang`, no addresses, links, long numbers or names. */
export function fitSentence(s: string, lang: Lang): boolean {
  if (s.length < 50 || s.length > 220 || !/^\p{Lu}/u.test(s) || !/[.!?]$/.test(s)) return false;
  if (/[@<>{}[\]|\\$#=_/]|https?:|www\.|\d{4,}|\.\w+\(|\s{2,}/.test(s)) return false;
  if (/\s\p{Lu}[\p{Ll}'’-]+\s+\p{Lu}[\p{Ll}'’-]+/u.test(s)) return false; // two capitalised words mid-sentence: maybe a name
  if (/\p{Lu}[\p{Ll}'’-]+ \p{Lu}\./u.test(s) || /\b(by|from|thanks to|von|par|por|da|door) \p{Lu}/u.test(s)) return false; // a credit: maybe a name
  const words = s.toLowerCase().split(/[^\p{L}]+/u);
  return FUNCTION_WORDS[lang].filter((w) => words.includes(w)).length >= 2;
}

function sentences(text: string): string[] {
  return text
    .replace(/\s+/g, ' ')
    .split(/(?<=[.!?])\s+(?=\p{Lu})/u)
    .map((s) => s.trim());
}

function readText(path: string): string {
  const raw = readFileSync(path);
  return path.endsWith('.gz') ? gunzipSync(raw).toString('utf8') : raw.toString('utf8');
}

function englishDocs(): { package: string; file: string }[] {
  const out: { package: string; file: string }[] = [];
  for (const pkg of readdirSync('/usr/share/doc').sort()) {
    if (EXCLUDED_PACKAGES.test(pkg)) continue;
    const dir = join('/usr/share/doc', pkg);
    if (!statSync(dir).isDirectory()) continue;
    for (const f of readdirSync(dir).sort())
      if (/^(README|NEWS)(\.(Debian|md|txt))?(\.gz)?$/.test(f) && statSync(join(dir, f)).isFile())
        out.push({ package: pkg, file: join(dir, f) });
  }
  return out;
}

function htmlParagraphs(html: string): string[] {
  return [...html.matchAll(/<p\b[^>]*>([\s\S]*?)<\/p>/g)].map((m) =>
    m[1]!
      .replace(/<[^>]+>/g, '')
      .replace(/&nbsp;|&#160;/g, ' ')
      .replace(/&amp;/g, '&')
      .replace(/&quot;/g, '"')
      .replace(/&#39;|&apos;/g, "'")
      .replace(/&lt;|&gt;/g, ' <'),
  );
}

function candidates(lang: Lang): Carrier[] {
  if (lang === 'en')
    return englishDocs().flatMap((d) =>
      readText(d.file)
        .split(/\n\s*\n/)
        .flatMap(sentences)
        .map((text) => ({ lang, package: d.package, file: d.file, text })),
    );
  const src = HTML_SOURCES[lang];
  return readdirSync(src.dir)
    .filter((f) => f.endsWith(src.suffix))
    .sort()
    .flatMap((f) =>
      htmlParagraphs(readText(join(src.dir, f)))
        .flatMap(sentences)
        .map((text) => ({ lang, package: src.package, file: join(src.dir, f), text })),
    );
}

/** A seeded sample of `perLang` fit, distinct sentences per language. */
export function extractCarriers(langs: readonly Lang[], perLang: number, seed: number): Carrier[] {
  const rng = new Rng(seed);
  return langs.flatMap((lang) => {
    const seen = new Set<string>();
    const fit = candidates(lang).filter((c) => fitSentence(c.text, lang) && !seen.has(c.text) && seen.add(c.text));
    return rng.shuffle(fit).slice(0, perLang);
  });
}

export function packageVersion(pkg: string): string {
  return execFileSync('dpkg-query', ['-W', '-f=${Version}', pkg], { encoding: 'utf8' });
}
