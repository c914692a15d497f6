// Delimited tables (CSV, TSV, Markdown) seen through a detector's own vocabulary: a value belongs to a column
// when a header cell above it, in the same block of non-blank lines, names that column in the detector's words
// (birth_date, Geburtsdatum; phone, Handy …). Unlike fields.ts, whose header is the first line of a block and
// whose names map to one shared set of kinds, the header here may be any digit-free line above the value.
//
//   inDelimitedLine(text, pos, re)     the line around `pos` holds a delimiter (cheap test before the index)
//   tableIndex(text, isLine, isCell)   one pass over the lines: the header cells that name a wanted column
//   inTableColumn(text, pos, index)    the value at `pos` sits in one of those columns
//   count(s, ch)                       occurrences of a character

import { lineAt } from './lines.ts';

/** Table delimiters: semicolon, comma, tab, pipe. */
export const TABLE_DELIM_RE = /[;,\t|]/;

const DELIMS = [';', ',', '\t', '|'] as const;

/** Header cells of delimited tables that name a wanted column, and the starts of blank lines. */
export interface TableIndex {
  headers: { dl: string; col: number; pos: number }[];
  blanks: number[];
}

/** The line around `pos` holds one of the characters `delims` (a non-global regex such as TABLE_DELIM_RE) matches. */
export function inDelimitedLine(text: string, pos: number, delims: RegExp): boolean {
  const { start, end } = lineAt(text, pos);
  return delims.test(text.slice(start, end));
}

/**
 * One pass over the lines. A header row has no digits (data rows carry numbers) and satisfies `isHeaderLine`;
 * each of its cells that is a column name (at most 40 characters, no digits) and satisfies `isHeaderCell` is kept.
 */
export function tableIndex(text: string, isHeaderLine: (line: string) => boolean, isHeaderCell: (cell: string) => boolean): TableIndex {
  const headers: TableIndex['headers'] = [];
  const blanks: number[] = [];
  for (let ls = 0; ls <= text.length;) {
    let le = text.indexOf('\n', ls);
    if (le < 0) le = text.length;
    const line = text.slice(ls, le);
    if (line.trim() === '') blanks.push(ls);
    else if (!/\d/.test(line) && isHeaderLine(line)) {
      for (const dl of DELIMS) {
        if (line.indexOf(dl) < 0) continue;
        const fields = line.split(dl);
        for (let col = 0; col < fields.length; col++) {
          const f = fields[col]!;
          if (f.length > 40 || /\d/.test(f)) continue;
          if (isHeaderCell(f)) headers.push({ dl, col, pos: ls });
        }
      }
    }
    ls = le + 1;
  }
  return { headers, blanks };
}

/** The value at `pos` sits in a delimited table whose header (above it, same block) is one of `index`'s. */
export function inTableColumn(text: string, pos: number, index: TableIndex): boolean {
  if (index.headers.length === 0) return false;
  const { start: ls, end: le } = lineAt(text, pos);
  const line = text.slice(ls, le);
  for (const h of index.headers) {
    if (h.pos >= ls || line.indexOf(h.dl) < 0) continue;
    if (count(text.slice(ls, pos), h.dl) !== h.col) continue;
    if (index.blanks.some((b) => b > h.pos && b < ls)) continue;
    return true;
  }
  return false;
}

/** How often `ch` occurs in `s`. */
export function count(s: string, ch: string): number {
  let n = 0;
  for (let i = s.indexOf(ch); i >= 0; i = s.indexOf(ch, i + 1)) n++;
  return n;
}
