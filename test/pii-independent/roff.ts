// Plain prose out of a man page's roff source: the carriers of the independent set are real sentences from
// Debian's translated manual pages. Only what a reader sees as running text is kept — macro lines that carry
// text (.B, .IR, …) contribute their words, every other request ends a paragraph, escapes become characters.

const CHAR_ESCAPES: Readonly<Record<string, string>> = {
  em: '—',
  en: '–',
  aq: "'",
  lq: '“',
  rq: '”',
  Fo: '«',
  Fc: '»',
  fo: '‹',
  fc: '›',
  bu: '•',
  co: '©',
  dq: '"',
  oq: '‘',
  cq: '’',
  hy: '-',
  mi: '-',
  ti: '~',
  'a-': '-',
  ga: '`',
  ha: '^',
  rs: '\\',
};

/** Replaces roff escapes in one line of text by what they print. */
export function unescapeRoff(line: string): string {
  return line
    .replace(/\\f(?:\[[^\]]*\]|\(..|.)/g, '')
    .replace(/\\s[+-]?\d/g, '')
    .replace(/\\\*(?:\[[^\]]*\]|\(..|.)/g, '')
    .replace(/\\\[([^\]]*)\]/g, (_, n: string) => CHAR_ESCAPES[n] ?? '')
    .replace(/\\\((..)/g, (_, n: string) => CHAR_ESCAPES[n] ?? '')
    .replace(/\\[-]/g, '-')
    .replace(/\\e/g, '\\')
    .replace(/\\[ ~0]/g, ' ')
    .replace(/\\[&|^%:,/c)]/g, '')
    .replace(/\\"/g, '');
}

const TEXT_MACROS = /^\.(B|I|SM|SB|BR|RB|IR|RI|BI|IB)\s+(.*)$/;
const ALTERNATING = new Set(['BR', 'RB', 'IR', 'RI', 'BI', 'IB']);

/** Arguments of a macro line, quotes honoured: `.BR "a b" c` → ["a b", "c"]. */
function macroArgs(rest: string): string[] {
  const out: string[] = [];
  const re = /"([^"]*)"|(\S+)/g;
  for (let m = re.exec(rest); m; m = re.exec(rest)) out.push(m[1] ?? m[2]!);
  return out;
}

/** The text a macro line shows, or undefined when the line is a request that breaks the paragraph. */
function macroText(line: string): string | undefined {
  const m = TEXT_MACROS.exec(line);
  if (!m) return undefined;
  const args = macroArgs(m[2]!);
  return ALTERNATING.has(m[1]!) ? args.join('') : args.join(' ');
}

export interface Section {
  heading: string;
  paragraphs: string[];
}

/** Splits a man page (man macros, not mdoc) into sections of plain paragraphs. */
export function manSections(source: string): Section[] {
  const sections: Section[] = [];
  let current: Section = { heading: '', paragraphs: [] };
  let para: string[] = [];
  const flush = () => {
    if (para.length) current.paragraphs.push(para.join(' ').replace(/\s+/g, ' ').trim());
    para = [];
  };
  for (const raw of source.split('\n')) {
    if (raw.startsWith('.\\"') || raw.startsWith('\'\\"')) continue;
    const heading = /^\.S[HS]\s+(.*)$/.exec(raw);
    if (heading) {
      flush();
      current = { heading: unescapeRoff(heading[1]!.replace(/"/g, '')).trim(), paragraphs: [] };
      sections.push(current);
      continue;
    }
    if (raw.startsWith('.') || raw.startsWith("'")) {
      const text = macroText(raw);
      if (text === undefined) flush();
      else para.push(unescapeRoff(text));
      continue;
    }
    para.push(unescapeRoff(raw));
  }
  flush();
  return sections;
}
