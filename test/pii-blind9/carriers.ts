// Carrier sentences: real prose from Debian documentation that neither the detectors' training (debian-handbook,
// fortunes, manual pages) nor any other set used — APT's own manuals in all six languages (apt-doc: the APT User's
// Guide and the offline-usage guide, /usr/share/doc/apt-doc/{guide,offline}.text.gz in English and
// {guide,offline}.<lang>.text.gz translated; GPL-2+). The other sets took the Debian Edu manual, the Debian
// Reference, aptitude's manual, the Developer's Reference, the New Maintainers' Guide, the installation guide, the
// Debian FAQ, the GIMP manual, packages' README files, the LilyPond Learning Manual, the LibreOffice help, the GNOME
// desktop help and the Inkscape tutorials. `extractCarriers` reads the installed text files (build.ts --extract);
// the build itself only reads inputs/.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import type { Lang } from '../pii-blind/doc.ts';
import type { Carrier } from '../pii-blind/set-carriers.ts';
import { fitBy, fitSentencesOf, installedVersion, packageFiles, sampleCarriers } from '../pii-blind/set-carriers.ts';

export type { Carrier };

export const PACKAGE = 'apt-doc';
export const LICENCE = 'GPL-2+ (see /usr/share/doc/apt-doc/copyright)';
export const UNDER = '/usr/share/doc/apt-doc/';

/** Paragraphs of a text manual: lines joined between blank lines, indentation and rules removed. */
function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/** What a carrier sentence must not hold: a link, path, number of two digits or more, markup, bracket, quotation
 * mark, command, or a name of this package's programs and formats. The other rules are the shared fitBy's. */
export const fit = fitBy(
  /https?:|www\.|@|\/|\\|\d{2,}|[<>{}[\]=$|_`"“”„«»‹›‘’'()#%^~*&;+]|\.\w|\s-|-\s|::|apt|dpkg|dselect|debian|sources|cdrom|ftp|http|linux|gnu|bzip|gzip|tar\b/i,
);

export { installedVersion };

/** The manuals of one language: {guide,offline}.text.gz for English, {guide,offline}.<lang>.text.gz for the others. */
function manualFiles(lang: Lang): string[] {
  const re = lang === 'en' ? /^(guide|offline)\.text\.gz$/ : new RegExp(`^(guide|offline)\\.${lang}\\.text\\.gz$`);
  return packageFiles(PACKAGE)
    .filter((f) => f.startsWith(UNDER) && re.test(f.slice(UNDER.length)))
    .sort();
}

/** Every fit sentence of one language's manuals, with the file it came from. */
export function fitSentences(lang: Lang, exclude: ReadonlySet<string> = new Set()): Map<string, string> {
  const sources = manualFiles(lang).map((file) => ({
    origin: file,
    paragraphs: () => paragraphs(gunzipSync(readFileSync(file)).toString('utf8')),
  }));
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
