// Carrier sentences: real prose from Debian documentation that neither the detectors' training (debian-handbook,
// fortunes, manual pages) nor any other set used — the KPatience handbook, the rules of the patience card games of
// KDE's solitaire program, in all six languages (package kpat: DocBook under /usr/share/doc/HTML/<lang>/kpat/;
// licence GFDL-1.2+, see /usr/share/doc/kpat/copyright). The other sets took the Debian Edu manual, the Debian
// Reference, aptitude's manual, the Developer's Reference, the New Maintainers' Guide, the installation guide, the
// Debian FAQ, the GIMP manual, packages' README files, the LilyPond Learning Manual, the LibreOffice help, the GNOME
// desktop help, the Inkscape tutorials, APT's manuals, LyX's manuals, the KDE Education handbooks of KTurtle and
// KmPlot and the Emacs tutorial. `extractCarriers` reads the installed handbooks (build.ts --extract); the build
// itself only reads inputs/.
import { readFileSync } from 'node:fs';
import type { Lang } from '../pii-blind/doc.ts';
import type { Carrier, Lexicon } from '../pii-blind/set-carriers.ts';
import { fitBy, installedVersion, lexicon, packageFiles, sampleCarriers } from '../pii-blind/set-carriers.ts';

export type { Carrier };

/** The package whose handbook is read. */
export const PACKAGES = ['kpat'] as const;
export const LICENCE = 'GFDL-1.2+ (see /usr/share/doc/kpat/copyright)';

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
 * credits and licence notice, left out), a paragraph with a nested `<para>` (none in these handbooks) left out. */
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

/** Single letters that are words of each language; any other letter standing alone is a key or a card rank. */
const SINGLE: Record<Lang, string> = { en: 'aI', de: '', fr: 'aày', es: 'ayoeu', it: 'aeoèi', nl: 'u' };

/** What a carrier sentence must not hold: the mark, a link, path, digit, markup, bracket, quotation mark, key, the
 * program's or desktop's name, or the name of the game called Simple Simon or the one named after the Roma (left out:
 * a given name, and an exonym). The other rules are the shared fitBy's. */
const fitShared = fitBy(
  /\uFFFC|https?:|www\.|@|\/|\\|\d|[<>{}[\]=$|_`"“”„«»‹›‘’'()#%^~*&;+]|\.\w|::|…|kpat|kde|linux|windows|simon|zigeun|gypsy|gitan|zingar|zigeuner/iu,
);

/** French and Italian elisions ("l'", "qu'", "dell'", "un'"): the apostrophe is part of the spelling there, so the
 * elided word is set aside before the checks (an apostrophe anywhere else still leaves the sentence out). */
const ELISION =
  /(?<!\p{L})(?:jusqu|lorsqu|puisqu|quelqu|presqu|qu|dell|dall|nell|sull|coll|all|quest|quell|tutt|un|[cdjlmnstv])['’](?=\p{L})/giu;

/** German formal address: the pronouns are capitalised without being nouns. */
const FORMAL = /\b(?:Sie|Ihr|Ihre|Ihren|Ihrem|Ihrer|Ihres|Ihnen)\b/gu;

/** A German noun of the word list, or a compound whose last part (four letters or more) is one. */
function germanNoun(w: string, lex: Lexicon): boolean {
  if (lex.asWritten.has(w)) return true;
  for (let i = 3; i <= w.length - 4; i++) {
    const tail = w.slice(i);
    if (lex.asWritten.has(tail[0]!.toUpperCase() + tail.slice(1))) return true;
  }
  return false;
}

/** A German noun in an inflected form (plural or genitive: -e, -en, -n, -s, -es, -er, -ern) written as its stem when
 * the stem is a noun of the list, so that the shared check finds it. */
function germanStem(w: string, lex: Lexicon): string {
  if (germanNoun(w, lex)) return w;
  for (const end of ['ern', 'en', 'er', 'es', 'e', 'n', 's'])
    if (w.endsWith(end) && germanNoun(w.slice(0, -end.length), lex)) return w.slice(0, -end.length);
  return w;
}

/** The sentence as the checks read it: elisions set aside (French, Italian), formal pronouns in lower case and
 * inflected nouns as their stems (German). */
function forChecks(s: string, lang: Lang, lex: Lexicon): string {
  if (lang === 'fr' || lang === 'it') {
    const t = s.replace(ELISION, '');
    return /^\p{Lu}/u.test(s) ? t.charAt(0).toUpperCase() + t.slice(1) : t;
  }
  if (lang === 'de') {
    const [first = '', ...rest] = s.split(' ');
    const words = rest.map((w) => w.replace(FORMAL, (p) => p.toLowerCase()).replace(/^\p{Lu}\p{Ll}+/u, (x) => germanStem(x, lex)));
    return [first, ...words].join(' ');
  }
  return s;
}

/** Whether a sentence is fit to carry values: the shared rules (on the sentence as the checks read it), no letter
 * standing alone that is not a word of the language (a key or a card rank), and no word joined by hyphens that is
 * not made of ordinary words. */
export function fit(s: string, lang: Lang, lex: Lexicon): boolean {
  const t = forChecks(s, lang, lex);
  if (!fitShared(t, lang, lex)) return false;
  for (const m of t.matchAll(/(?<!\p{L})\p{L}(?!\p{L})/gu)) if (!SINGLE[lang].includes(m[0])) return false;
  for (const m of t.matchAll(/\p{Ll}+(?:-\p{L}+)+/gu)) if (!m[0].split('-').every((w) => lex.lower.has(w.toLowerCase()))) return false;
  return true;
}

/** Abbreviations a sentence does not end at (German "z. B." among them, also after a bracket). */
const ABBREVIATION = /(?:^|[\s(])(?:bzw|usw|etc|ca|vgl|resp|enz|bijv|ecc|p\.ej|d\.h|z\.B|z|z\. B|e\.g|i\.e|cf|vs|Nr|n°|bv|o\.a)\.$/u;

/** A paragraph's sentences: split after a full stop, question or exclamation mark before a capital, but not after
 * an abbreviation. */
export function sentencesOf(paragraph: string): string[] {
  const out: string[] = [];
  for (const piece of paragraph.split(/(?<=[.!?])\s+(?=\p{Lu})/u)) {
    if (out.length && ABBREVIATION.test(out[out.length - 1]!)) out[out.length - 1] += ` ${piece}`;
    else out.push(piece);
  }
  return out;
}

export { installedVersion };

/** The handbook of one language as installed. */
export function handbookFile(lang: Lang): string {
  const files = packageFiles(PACKAGES[0]).filter((f) => f.endsWith(`/doc/HTML/${lang}/kpat/index.docbook`));
  if (files.length !== 1) throw new Error(`${lang}: ${files.length} handbooks`);
  return files[0]!;
}

/** One language's word list as the checks use it. The German list writes some common nouns only in lower case (as
 * the verb forms they also are: "spiel", "stapel"), so for German every lower-case entry counts as a noun too. */
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
