// Carrier sentences: real prose from Debian documentation that neither the detectors' training (debian-handbook,
// fortunes, manual pages) nor any other set used — the KDE Education handbooks of KTurtle and KmPlot in all six
// languages (packages kturtle and kmplot: DocBook files under /usr/share/doc/HTML/<lang>/{kturtle,kmplot}/; GFDL-1.2+
// documentation). The other sets took the Debian Edu manual, the Debian Reference, aptitude's manual, the
// Developer's Reference, the New Maintainers' Guide, the installation guide, the Debian FAQ, the GIMP manual,
// packages' README files, the LilyPond Learning Manual, the LibreOffice help, the GNOME desktop help, the Inkscape
// tutorials, APT's manuals and LyX's manuals. `extractCarriers` reads the installed handbooks (build.ts --extract);
// the build itself only reads inputs/.
import { readFileSync } from 'node:fs';
import type { Lang } from '../pii-blind/doc.ts';
import type { Carrier } from '../pii-blind/set-carriers.ts';
import { fitBy, fitSentencesOf, installedVersion, packageFiles, sampleCarriers } from '../pii-blind/set-carriers.ts';

export type { Carrier };

/** The packages whose handbooks are read, in this order. */
export const PACKAGES = ['kturtle', 'kmplot'] as const;
export const LICENCE = 'GFDL-1.2+ (see /usr/share/doc/kturtle/copyright and /usr/share/doc/kmplot/copyright)';
export const UNDER = '/usr/share/doc/HTML/';

/** A marker that stands for anything a sentence must not hold (a menu or button name, a key, a command, a link, an
 * entity such as the program's name, a formula): `fit` refuses every sentence with it. */
const HOLE = '\uE000';

/** The paragraphs (<para>) of a DocBook file: emphasis kept as plain text, comments dropped, and every other element
 * and every entity replaced by HOLE. */
export function docbookParagraphs(source: string): string[] {
  const out: string[] = [];
  const text = source.replace(/<!--[^]*?-->/g, '');
  for (const m of text.matchAll(/<para(?:\s[^>]*)?>([^]*?)<\/para>/g)) {
    const p = m[1]!
      .replace(/<\/?emphasis(?:\s[^>]*)?>/g, '')
      .replace(/<[^>]+>/g, HOLE)
      .replace(/&[#\w.-]+;/g, HOLE)
      .replace(/\s+/g, ' ')
      .trim();
    if (p) out.push(p);
  }
  return out;
}

/** What a carrier sentence must not hold: a link, path, number of two digits or more, markup, bracket, quotation
 * mark, command, or a name of this package's programs and formats. The other rules are the shared fitBy's. */
export const fit = fitBy(
  /https?:|www\.|@|\/|\\|\d{2,}|[<>{}[\]=$|_`"“”„«»‹›‘’'()#%^~*&;+]|\.\w|\s-|-\s|::|\uE000|…|kturtle|kmplot|turtlescript|kde\b|debian|linux|gnu|http|ftp|pdf|dvi|html|unix|windows|mac\b/i,
);

export { installedVersion };

/** The handbooks' DocBook files of one language, package by package. */
function handbookFiles(lang: Lang): { pkg: string; file: string }[] {
  return PACKAGES.flatMap((pkg) => {
    const files = packageFiles(pkg)
      .filter((f) => f.startsWith(`${UNDER}${lang}/${pkg}/`) && f.endsWith('.docbook'))
      .sort();
    if (files.length === 0) throw new Error(`${lang}: ${pkg} has no handbook`);
    return files.map((file) => ({ pkg, file }));
  });
}

/** Every fit sentence of one language's handbooks, with the package and file it came from. */
export function fitSentences(lang: Lang, exclude: ReadonlySet<string> = new Set()): Map<string, { pkg: string; file: string }> {
  const sources = handbookFiles(lang).map((f) => ({ origin: f, paragraphs: () => docbookParagraphs(readFileSync(f.file, 'utf8')) }));
  return fitSentencesOf(lang, sources, fit, exclude);
}

/** A seeded sample of `perLang` fit sentences per language from the installed packages, none said twice. */
export function extractCarriers(seed: number, perLang: number, exclude: ReadonlySet<string>): Carrier[] {
  return sampleCarriers(
    seed,
    perLang,
    (lang) => fitSentences(lang, exclude),
    (lang, text, f) => ({ lang, package: f.pkg, file: f.file, text }),
  );
}
