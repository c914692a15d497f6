// Carrier sentences: real prose from Debian documentation that neither the detectors' training (debian-handbook,
// fortunes, manual pages) nor any other set used — LyX's own manuals in all six languages (lyx-common: the
// Introduction and the Tutorial, /usr/share/lyx/doc/{Intro,Tutorial}.lyx in English and
// /usr/share/lyx/doc/<lang>/{Intro,Tutorial}.lyx translated; GPL-2+). The other sets took the Debian Edu manual, the
// Debian Reference, aptitude's manual, the Developer's Reference, the New Maintainers' Guide, the installation guide,
// the Debian FAQ, the GIMP manual, packages' README files, the LilyPond Learning Manual, the LibreOffice help, the
// GNOME desktop help, the Inkscape tutorials and APT's manuals. `extractCarriers` reads the installed LyX files
// (build.ts --extract); the build itself only reads inputs/.
import { readFileSync } from 'node:fs';
import type { Lang } from '../pii-blind/doc.ts';
import type { Carrier } from '../pii-blind/set-carriers.ts';
import { fitBy, fitSentencesOf, installedVersion, packageFiles, sampleCarriers } from '../pii-blind/set-carriers.ts';

export type { Carrier };

export const PACKAGE = 'lyx-common';
export const LICENCE = 'GPL-2+ (see /usr/share/doc/lyx-common/copyright)';
export const UNDER = '/usr/share/lyx/doc/';
/** The manuals every one of the six languages has. */
export const MANUALS = ['Intro', 'Tutorial'] as const;

/** A marker that stands for anything a sentence must not hold (an inset, a menu name, a program name in small
 * capitals, foreign-language text, a special character): `fit` refuses every sentence with it. */
const HOLE = '\uE000';

/** Formatting commands of a LyX paragraph that leave the prose as it is. */
const KEEP = /^\\(emph|series|shape|bar|size|color|strikeout|uuline|uwave|xout|numeric) /;

/** The prose paragraphs (\begin_layout Standard) of a LyX file: its text lines joined, formatting commands dropped,
 * and every inset, special character, menu or program font and language switch replaced by HOLE. */
export function lyxParagraphs(source: string): string[] {
  const out: string[] = [];
  let text: string | undefined;
  let insets = 0;
  for (const line of source.split('\n')) {
    if (insets > 0) {
      if (line.startsWith('\\begin_inset')) insets++;
      else if (line.startsWith('\\end_inset')) insets--;
      continue;
    }
    if (line.startsWith('\\begin_layout ')) {
      text = line === '\\begin_layout Standard' ? '' : undefined;
      continue;
    }
    if (line.startsWith('\\end_layout')) {
      if (text !== undefined) out.push(text.replace(/\s+/g, ' ').trim());
      text = undefined;
      continue;
    }
    if (line.startsWith('\\begin_inset')) {
      insets = 1;
      if (text !== undefined) text += HOLE;
      continue;
    }
    if (text === undefined) continue;
    if (line.startsWith('\\') && !line.startsWith('\\SpecialChar')) {
      if (!KEEP.test(line) && !/^\\(family|noun|lang) default$/.test(line)) text += HOLE;
      continue;
    }
    text += line.replace(/\\SpecialChar \S+/g, HOLE).replace(/\\\w+/g, HOLE);
  }
  return out.filter(Boolean);
}

/** What a carrier sentence must not hold: a link, path, number of two digits or more, markup, bracket, quotation
 * mark, command, or a name of this package's programs and formats. The other rules are the shared fitBy's. */
export const fit = fitBy(
  /https?:|www\.|@|\/|\\|\d{2,}|[<>{}[\]=$|_`"“”„«»‹›‘’'()#%^~*&;+]|\.\w|\s-|-\s|::|\uE000|…|lyx|latex|tex\b|debian|linux|gnu|http|ftp|pdf|dvi|html|unix|windows|mac\b/i,
);

export { installedVersion };

/** The manuals of one language: {Intro,Tutorial}.lyx for English, <lang>/{Intro,Tutorial}.lyx for the others. */
function manualFiles(lang: Lang): string[] {
  const want = new Set(MANUALS.map((m) => `${UNDER}${lang === 'en' ? '' : `${lang}/`}${m}.lyx`));
  const files = packageFiles(PACKAGE)
    .filter((f) => want.has(f))
    .sort();
  if (files.length !== want.size) throw new Error(`${lang}: ${PACKAGE} lacks some of ${[...want].join(', ')}`);
  return files;
}

/** Every fit sentence of one language's manuals, with the file it came from. */
export function fitSentences(lang: Lang, exclude: ReadonlySet<string> = new Set()): Map<string, string> {
  const sources = manualFiles(lang).map((file) => ({ origin: file, paragraphs: () => lyxParagraphs(readFileSync(file, 'utf8')) }));
  return fitSentencesOf(lang, sources, fit, exclude);
}

/** A seeded sample of `perLang` fit sentences per language from the installed package, none said twice. */
export function extractCarriers(seed: number, perLang: number, exclude: ReadonlySet<string>): Carrier[] {
  return sampleCarriers(
    seed,
    perLang,
    (lang) => fitSentences(lang, exclude),
    (lang, text, file) => ({ lang, package: PACKAGE, file, text }),
  );
}
