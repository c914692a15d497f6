// Carrier sentences: real prose from Debian documentation that neither the detectors' training (debian-handbook,
// fortunes, manual pages) nor any other set used — the KGoldrunner handbook, the manual of KDE's maze and gold-digging
// arcade game (how to play, the rules, the level editor, strategy hints), in all six languages (package kgoldrunner:
// DocBook under /usr/share/doc/HTML/<lang>/kgoldrunner/; licence GFDL-1.2+, see /usr/share/doc/kgoldrunner/copyright).
// The other sets took the Debian Edu manual, the Debian Reference, aptitude's manual, the Developer's Reference, the
// New Maintainers' Guide, the installation guide, the Debian FAQ, the GIMP manual, packages' README files, the
// LilyPond Learning Manual, the LibreOffice help, the GNOME desktop help, the Inkscape tutorials, APT's manuals, LyX's
// manuals, the KDE Education handbooks of KTurtle and KmPlot, the Emacs tutorial and the KPatience handbook.
// `extractCarriers` reads the installed handbooks (build.ts --extract); the build itself only reads inputs/.
import { readFileSync } from 'node:fs';
import type { Lang } from '../pii-blind/doc.ts';
import type { Carrier, Fit, Lexicon } from '../pii-blind/set-carriers.ts';
import {
  fitBy,
  fitReadAsChecked,
  installedVersion,
  lexicon,
  packageFiles,
  sampleCarriers,
  sentenceSplitter,
} from '../pii-blind/set-carriers.ts';

export type { Carrier };

/** The package whose handbook is read. */
export const PACKAGES = ['kgoldrunner'] as const;
export const LICENCE = 'GFDL-1.2+ (see /usr/share/doc/kgoldrunner/copyright)';

/** A character that marks a sentence as unfit: it stands where the handbook had markup or an entity that is not
 * plain prose (the program's name, a menu item, a key, an abbreviation), so the sentence holding it is left out. */
const MARK = '\uFFFC';

/** Entities that are plain punctuation, as the handbook renders them. */
const ENTITIES: Record<string, string> = { mdash: '—', ndash: '–', nbsp: ' ' };

/** Elements whose text is prose as it stands. */
const KEEP = new Set(['emphasis']);

/** The text of one `<para>`: index terms dropped whole, emphasis kept as plain text, every other element and every
 * other entity replaced by the mark, whitespace collapsed. */
export function paraText(inner: string): string {
  return inner
    .replace(/<indexterm[\s>][^]*?<\/indexterm\s*>/g, '')
    .replace(/<(\/?)([a-zA-Z]+)(\s[^>]*)?\s*(\/?)>/g, (_, _close: string, name: string) => (KEEP.has(name) ? '' : MARK))
    .replace(/&([a-zA-Z.]+);/g, (_, e: string) => ENTITIES[e] ?? MARK)
    .replace(/\s+/g, ' ')
    .trim();
}

/** The prose paragraphs of a handbook: every `<para>` from the first chapter on (the book's front matter, its
 * credits and licence notice, left out), a paragraph with a nested `<para>` left out. */
export function handbookParagraphs(source: string): string[] {
  const body = source.slice(Math.max(0, source.search(/<chapter[\s>]/)));
  const out: string[] = [];
  for (const m of body.matchAll(/<para(?:\s[^>]*)?\s*>([^]*?)<\/para\s*>/g)) {
    if (/<para[\s>]/.test(m[1]!)) continue;
    const t = paraText(m[1]!);
    if (t) out.push(t);
  }
  return out;
}

/** Single letters that are words of each language; any other letter standing alone is a key. */
const SINGLE: Record<Lang, string> = { en: 'aI', de: '', fr: 'aày', es: 'ayoeu', it: 'aeoèi', nl: 'u' };

/** What a carrier sentence must not hold: the mark, a link, path, digit, markup, bracket, quotation mark, key, the
 * program's, the original game's or the desktop's name. The other rules are the shared fitBy's. */
const fitShared = fitBy(
  /\uFFFC|https?:|www\.|@|\/|\\|\d|[<>{}[\]=$|_`"“”„«»‹›‘’'()#%^~*&;+]|\.\w|::|…|kgoldrunner|goldrunner|lode|runner|kde|linux|windows|apple|championship/iu,
);

/** Whether a sentence is fit to carry values: the shared rules (on the sentence as the checks read it), no letter
 * standing alone that is not a word of the language (a key), and no word joined by hyphens that is not made of
 * ordinary words. */
export const fit: Fit = fitReadAsChecked(fitShared, SINGLE);

/** Abbreviations a sentence does not end at (German "z. B." among them, also after a bracket). */
const ABBREVIATION =
  /(?:^|[\s(])(?:bzw|usw|etc|ca|vgl|resp|enz|bijv|ecc|p\.ej|d\.h|z\.B|z|z\. B|e\.g|i\.e|cf|vs|Nr|n°|bv|o\.a|dwz|m\.a\.w)\.$/u;

/** A paragraph's sentences: split after a full stop, question or exclamation mark before a capital, but not after
 * an abbreviation. */
export const sentencesOf = sentenceSplitter(ABBREVIATION);

export { installedVersion };

/** The handbook of one language as installed. */
export function handbookFile(lang: Lang): string {
  const files = packageFiles(PACKAGES[0]).filter((f) => f.endsWith(`/doc/HTML/${lang}/kgoldrunner/index.docbook`));
  if (files.length !== 1) throw new Error(`${lang}: ${files.length} handbooks`);
  return files[0]!;
}

/** One language's word list as the checks use it. The German list writes some common nouns only in lower case (as
 * the verb forms they also are), so for German every lower-case entry counts as a noun too. */
export function carrierLexicon(lang: Lang): Lexicon {
  const lex = lexicon(lang);
  if (lang === 'de') for (const w of lex.lower) lex.asWritten.add(w.charAt(0).toUpperCase() + w.slice(1));
  return lex;
}

/** Every fit sentence of one language's handbook, with the file it came from; `exclude` is left out. */
export function fitSentences(lang: Lang, exclude: ReadonlySet<string> = new Set()): Map<string, { pkg: string; file: string }> {
  const file = handbookFile(lang);
  const lex = carrierLexicon(lang);
  const found = new Map<string, { pkg: string; file: string }>();
  for (const p of handbookParagraphs(readFileSync(file, 'utf8')))
    for (const s of sentencesOf(p)) if (fit(s, lang, lex) && !exclude.has(s) && !found.has(s)) found.set(s, { pkg: PACKAGES[0], file });
  return found;
}

/** A seeded sample of `perLang` fit sentences per language from the installed package, none said twice. */
export function extractCarriers(seed: number, perLang: number, exclude: ReadonlySet<string>): Carrier[] {
  return sampleCarriers(
    seed,
    perLang,
    (lang) => fitSentences(lang, exclude),
    (lang, text, f) => ({ lang, package: f.pkg, file: f.file, text }),
  );
}
