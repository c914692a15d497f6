// Real sentences to carry the synthetic entities, and to be the negatives: the Debian Administrator's
// Handbook (Debian's `debian-handbook`, HTML in six languages) and the fortunes packages (en/de/es/it).
// Prose only: paragraphs of the handbook (not its <pre> screens), fortune cookies split into sentences.
// Sorted and de-duplicated, so the same installed packages give the same corpus (its hash goes in the card).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const LANGS = ['en', 'de', 'fr', 'es', 'it', 'nl'] as const;
export type Lang = (typeof LANGS)[number];

const HANDBOOK_DIR = '/usr/share/doc/debian-handbook/html';
const HANDBOOK_FOLDER: Record<Lang, string> = { en: 'en-US', de: 'de-DE', fr: 'fr-FR', es: 'es-ES', it: 'it-IT', nl: 'nl-NL' };
const FORTUNES_DIR = '/usr/share/games/fortunes';
const FORTUNE_FOLDER: Partial<Record<Lang, string>> = { en: '', de: 'de', es: 'es', it: 'it' };

export interface CarrierSentence {
  lang: Lang;
  source: 'handbook' | 'fortunes';
  text: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntities(s: string): string {
  return s.replace(/&(#x?[0-9a-fA-F]+|\w+);/g, (m, name: string) => {
    if (name.startsWith('#x')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return ENTITIES[name] ?? m;
  });
}

/** Sentence boundaries: a full stop, ! or ? followed by a space and a capital letter or a quote. */
export function splitSentences(paragraph: string): string[] {
  return paragraph
    .split(/(?<=[.!?])\s+(?=[\p{Lu}"«¿¡])/u)
    .map((s) => s.trim())
    .filter(isProse);
}

/** A sentence worth carrying: 4–40 words, mostly letters, no leftover markup. */
function isProse(s: string): boolean {
  const words = s.split(/\s+/).length;
  if (words < 4 || words > 40 || /[<>{}]|https?:/.test(s)) return false;
  const letters = s.match(/\p{L}/gu)?.length ?? 0;
  return letters / s.length > 0.6;
}

function handbookParagraphs(html: string): string[] {
  const out: string[] = [];
  // Publican's HTML: paragraphs are <div class="para"> (sidebars and lists hold more of them).
  for (const m of html.matchAll(/<(?:p|div class="para")[^>]*>([\s\S]*?)<\/(?:p|div)>/g)) {
    out.push(
      decodeEntities(m[1]!.replace(/<[^>]+>/g, ''))
        .replace(/\s+/g, ' ')
        .trim(),
    );
  }
  return out;
}

function handbookSentences(lang: Lang): string[] {
  const dir = join(HANDBOOK_DIR, HANDBOOK_FOLDER[lang]);
  if (!existsSync(dir)) return [];
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .sort();
  return files.flatMap((f) => handbookParagraphs(readFileSync(join(dir, f), 'utf8')).flatMap(splitSentences));
}

/** Fortune files: cookies separated by `%` lines; offensive (`off/`) and the `.dat` indexes skipped. */
function fortuneSentences(lang: Lang): string[] {
  const folder = FORTUNE_FOLDER[lang];
  if (folder === undefined) return [];
  const dir = join(FORTUNES_DIR, folder);
  if (!existsSync(dir)) return [];
  // The top folder mixes English files (each with a `.u8` twin) and Italian ones (fortunes-it, no twin).
  const names = new Set(readdirSync(dir));
  const files = [...names]
    .filter((f) => !/\.(dat|u8)$/.test(f) && statSync(join(dir, f)).isFile() && (lang !== 'en' || names.has(`${f}.u8`)))
    .sort();
  return files.flatMap((f) =>
    readFileSync(join(dir, f), isUtf8(join(dir, f)) ? 'utf8' : 'latin1')
      .split(/^%$/m)
      .filter((cookie) => !/^\s*\w+:/m.test(cookie)) // dialogues: "Name: line"
      .map((cookie) => cookie.replace(/^\s*(--|—).*$/gm, '')) // attributions name real people: not carriers
      .flatMap((cookie) => splitSentences(cookie.replace(/\s+/g, ' ').trim())),
  );
}

function isUtf8(path: string): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(path));
    return true;
  } catch {
    return false;
  }
}

/** Every carrier sentence per language, sorted and de-duplicated (deterministic for the same packages). */
export function loadCorpus(): CarrierSentence[] {
  const out: CarrierSentence[] = [];
  for (const lang of LANGS) {
    const add = (source: CarrierSentence['source'], texts: string[]) =>
      [...new Set(texts)].sort().forEach((text) => out.push({ lang, source, text }));
    add('handbook', handbookSentences(lang));
    add('fortunes', fortuneSentences(lang));
  }
  return out;
}
