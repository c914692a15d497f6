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
import type { Carrier, Fit } from '../pii-blind/set-carriers.ts';
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

/** Whether a sentence is fit to carry values: the shared rules (on the sentence as the checks read it), no letter
 * standing alone that is not a word of the language (a key being named), and no word joined by hyphens that is
 * not made of ordinary words (a command's name: "replace-string"). */
export const fit: Fit = fitReadAsChecked(fitShared, SINGLE);

/** Abbreviations a sentence does not end at. */
const ABBREVIATION = /(?:^|\s)(?:bzw|usw|etc|ca|vgl|resp|enz|bijv|ecc|p\.ej|d\.h|z\.B|e\.g|i\.e|cf|vs|Nr|n°)\.$/u;

/** A paragraph's sentences: split after a full stop, question or exclamation mark before a capital, but not after
 * an abbreviation. */
export const sentencesOf = sentenceSplitter(ABBREVIATION);

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
