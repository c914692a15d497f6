// Technical prose in six languages: the manual pages of Debian's `manpages` (English) and `manpages-de`, -fr, -es,
// -it, -nl packages, rendered by man(1). Options, commands and German nouns written with a capital ("Vielzahl",
// "Maximale Größe", Dutch "Alleen Vi.") are what the PII tagger mistook for names in such text; the words of half
// the pages join the common-word list (`npm run models:lexicon`), the other half stays unread to measure false
// alarms on (`man-negatives.ts`). Sections that name people (authors, translators, bug reports, copyright) and
// paragraphs with an e-mail address or a copyright line are left out: their names are no vocabulary.
import { execFileSync } from 'node:child_process';
import type { Lang } from './corpus.ts';

/** The package that holds each language's pages. */
export const MAN_PACKAGES: Record<Lang, string> = {
  en: 'manpages',
  de: 'manpages-de',
  fr: 'manpages-fr',
  es: 'manpages-es',
  it: 'manpages-it',
  nl: 'manpages-nl',
};

/** Which pages: every other one of a package's sorted list goes to the lexicon, the rest is held out. */
export type ManHalf = 'lexicon' | 'held-out';

export interface ManParagraph {
  lang: Lang;
  page: string;
  text: string;
}

/** Headings of the sections that name people, in the six languages. */
const PEOPLE_SECTION =
  /^(?:AUTHORS?|AUTOR(?:EN|ES|I|E)?|AUTEURS?|ÜBERSETZUNG|TRADUCTION|TRADUCCIÓN|TRADUZIONE|VERTALING|REPORTING BUGS|FEHLER MELDEN|SIGNALER DES BOGUES|INFORMAR DE ERRORES|SEGNALAZIONE BUG|COPYRIGHT|HISTORY|COLOPHON|KOLOPHON|GESCHICHTE|HISTORIQUE|HISTORIA|STORIA|GESCHIEDENIS|DANKSAGUNG|THANKS|REMERCIEMENTS|CREDITS|MAINTAINERS?|BETREUER)\b/u;

/** A paragraph that names a person outside those sections. */
const NAMES_PEOPLE =
  /@|copyright|©|\(C\)|written by|geschrieben von|écrit par|escrito por|scritto da|geschreven door|maintained by|übersetz|tradu|vertaal/iu;

/** The pages of one language's package, sorted (the package's file list, so the same version gives the same pages). */
export function manPages(lang: Lang): string[] {
  let list: string;
  try {
    list = execFileSync('dpkg', ['-L', MAN_PACKAGES[lang]], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    throw new Error(`no manual pages: apt-get install man-db ${Object.values(MAN_PACKAGES).join(' ')}`);
  }
  return list
    .split('\n')
    .filter((path) => /\/man\/(?:[a-z]{2}\/)?man\d\/[^/]+\.gz$/u.test(path))
    .sort();
}

/** One page rendered as plain text, lines unbroken (MANWIDTH), bold and underline removed. */
export function renderPage(path: string): string {
  try {
    const out = execFileSync('man', ['-l', '-E', 'UTF-8', path], {
      encoding: 'utf8',
      env: { ...process.env, MANWIDTH: '4000', LANG: 'C.UTF-8' },
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    // eslint-disable-next-line no-control-regex -- a backspace is how man(1) writes bold and underline
    return out.replace(/.\x08/gu, '');
  } catch {
    return ''; // a page that is only a link to another (".so"), or that groff cannot read
  }
}

/** The paragraphs of a rendered page, outside the sections and paragraphs that name people. */
export function pageParagraphs(rendered: string): string[] {
  const out: string[] = [];
  let inPeopleSection = false;
  for (const block of rendered.split(/\n\s*\n/u)) {
    const [first = '', ...rest] = block.split('\n');
    if (isHeading(first)) {
      inPeopleSection = PEOPLE_SECTION.test(first.trim());
      if (inPeopleSection || rest.join('').trim() === '') continue;
    }
    if (inPeopleSection) continue;
    const text = block.replace(/^\s+/gmu, '').trim();
    if (text.length >= 30 && !NAMES_PEOPLE.test(text)) out.push(text);
  }
  return out;
}

/** A section heading: flush left, in capitals, short. */
function isHeading(line: string): boolean {
  return /^\S/u.test(line) && line === line.toUpperCase() && line.length < 60;
}

/** The paragraphs of one half of every language's pages; `progress` hears of each language as it is rendered. */
export function manParagraphs(half: ManHalf, progress: (note: string) => void = () => {}): ManParagraph[] {
  const out: ManParagraph[] = [];
  for (const lang of Object.keys(MAN_PACKAGES) as Lang[]) {
    const pages = manPages(lang).filter((_, i) => i % 2 === (half === 'lexicon' ? 0 : 1));
    for (const page of pages) for (const text of pageParagraphs(renderPage(page))) out.push({ lang, page, text });
    progress(`${lang}: ${pages.length} pages`);
  }
  return out;
}
