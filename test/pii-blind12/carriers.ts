// Carrier sentences: real prose from Debian documentation that neither the detectors' training (debian-handbook,
// fortunes, manual pages) nor any other set used — the Emacs tutorial in all six languages (package emacs-common:
// /usr/share/emacs/<version>/etc/tutorials/TUTORIAL and TUTORIAL.<lang>; the tutorial's own permission notice:
// verbatim copies, and modified versions or parts of it that say who changed them last). The other sets took the
// Debian Edu manual, the Debian Reference, aptitude's manual, the Developer's Reference, the New Maintainers' Guide,
// the installation guide, the Debian FAQ, the GIMP manual, packages' README files, the LilyPond Learning Manual, the
// LibreOffice help, the GNOME desktop help, the Inkscape tutorials, APT's manuals, LyX's manuals and the KDE
// Education handbooks of KTurtle and KmPlot. `extractCarriers` reads the installed tutorials (build.ts --extract);
// the build itself only reads inputs/.
import { readFileSync } from 'node:fs';
import type { Lang } from '../pii-blind/doc.ts';
import type { Carrier, Lexicon } from '../pii-blind/set-carriers.ts';
import { fitBy, installedVersion, lexicon, packageFiles, sampleCarriers } from '../pii-blind/set-carriers.ts';

export type { Carrier };

/** The package whose tutorials are read. */
export const PACKAGES = ['emacs-common'] as const;
export const LICENCE =
  "the tutorial's own permission notice (verbatim copies; modified versions, or parts, that say who last changed them; see the end of each TUTORIAL file and /usr/share/doc/emacs-common/copyright)";

/** The tutorial's file name of each language. */
export const TUTORIAL: Record<Lang, string> = {
  en: 'TUTORIAL',
  de: 'TUTORIAL.de',
  fr: 'TUTORIAL.fr',
  es: 'TUTORIAL.es',
  it: 'TUTORIAL.it',
  nl: 'TUTORIAL.nl',
};

/** The prose paragraphs of a tutorial: runs of lines that start at the margin with a letter, up to the last section
 * (the copying conditions and the translators' names, left out whole). A line that is indented (a table, an example,
 * the rest of an exercise), starts an exercise (">>"), a heading ("* ") or a note ("[", "<<"), or is blank ends a
 * paragraph and is itself left out. */
export function tutorialParagraphs(source: string): string[] {
  const lines = source.split('\n');
  let last = lines.length;
  for (let i = 0; i < lines.length; i++) if (/^\* \p{Lu}/u.test(lines[i]!)) last = i;
  const out: string[] = [];
  let cur: string[] = [];
  const flush = () => {
    if (cur.length) out.push(cur.join(' ').replace(/\s+/g, ' ').trim());
    cur = [];
  };
  for (const line of lines.slice(0, last)) {
    if (/^\p{L}/u.test(line)) cur.push(line);
    else flush();
  }
  flush();
  return out;
}

/** Single letters that are words of each language; any other letter standing alone is a key being named. */
const SINGLE: Record<Lang, string> = { en: 'aI', de: '', fr: 'aày', es: 'ayoeu', it: 'aeoèi', nl: 'u' };

/** What a carrier sentence must not hold: a link, path, digit, markup, bracket, quotation mark, key or command
 * (C-x, M-v, <ESC>, DEL), or the program's name. The other rules are the shared fitBy's. */
const fitShared = fitBy(
  /https?:|www\.|@|\/|\\|\d|[<>{}[\]=$|_`"“”„«»‹›‘’'()#%^~*&;+]|\.\w|\s-|-\s|::|…|\b\p{L}-|-\p{L}\b|emacs|gnu|lisp|linux|unix|windows|mac\b|dired|xterm|x11/iu,
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
 * standing alone that is not a word of the language (a key being named), and no word joined by hyphens that is
 * not made of ordinary words (a command's name: "replace-string"). */
export function fit(s: string, lang: Lang, lex: Lexicon): boolean {
  const t = forChecks(s, lang, lex);
  if (!fitShared(t, lang, lex)) return false;
  for (const m of t.matchAll(/(?<!\p{L})\p{L}(?!\p{L})/gu)) if (!SINGLE[lang].includes(m[0])) return false;
  for (const m of t.matchAll(/\p{Ll}+(?:-\p{L}+)+/gu)) if (!m[0].split('-').every((w) => lex.lower.has(w.toLowerCase()))) return false;
  return true;
}

/** Abbreviations a sentence does not end at. */
const ABBREVIATION = /(?:^|\s)(?:bzw|usw|etc|ca|vgl|resp|enz|bijv|ecc|p\.ej|d\.h|z\.B|e\.g|i\.e|cf|vs|Nr|n°)\.$/u;

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

/** The tutorial of one language as installed. */
function tutorialFile(lang: Lang): string {
  const files = packageFiles(PACKAGES[0]).filter((f) => f.endsWith(`/etc/tutorials/${TUTORIAL[lang]}`));
  if (files.length !== 1) throw new Error(`${lang}: ${files.length} tutorials`);
  return files[0]!;
}

/** Every fit sentence of one language's tutorial, with the file it came from; `exclude` is left out. */
export function fitSentences(lang: Lang, exclude: ReadonlySet<string> = new Set()): Map<string, { pkg: string; file: string }> {
  const file = tutorialFile(lang);
  const lex = lexicon(lang);
  const found = new Map<string, { pkg: string; file: string }>();
  for (const p of tutorialParagraphs(readFileSync(file, 'utf8')))
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
