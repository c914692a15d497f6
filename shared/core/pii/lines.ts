// The line around a position, and that line read as a table row, for detectors that ask per candidate value.
// Found from one index of the text's line starts and memoised per row for the last text asked about: a detector
// that looked for the line's ends with lastIndexOf/indexOf, or split the line again, per candidate read the text
// once per candidate, which a request of one long line (or a long row) full of candidates makes quadratic —
// minutes of CPU for an attacker's megabyte. Here each line is read once per text. Pure.

/** A line of the text: [start, end), `end` at its '\n' or the text's end. */
export interface Line {
  start: number;
  end: number;
}

/** A line read as a delimited-table row: its delimiter (the first of , ; tab | in it) and where each occurs. */
export interface Row extends Line {
  /** The delimiter's char code: ',' wherever the line has one, else ';', tab or '|'; -1 when it has none. */
  delim: number;
  /** Offsets of the delimiter in the line, in order (quotes not regarded). */
  cuts: number[];
}

let indexed: string | undefined;
let starts: number[] = [0];
let rows = new Map<number, Row>();

function index(text: string): void {
  if (text === indexed) return;
  indexed = text;
  starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  rows = new Map();
}

/** The line holding `pos` (a '\n' belongs to the line it ends). */
export function lineAt(text: string, pos: number): Line {
  index(text);
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= pos) lo = mid;
    else hi = mid - 1;
  }
  const start = starts[lo]!;
  const end = lo + 1 < starts.length ? starts[lo + 1]! - 1 : text.length;
  return { start, end };
}

/** The line holding `pos` as a table row (read once per text). */
export function rowAt(text: string, pos: number): Row {
  const line = lineAt(text, pos);
  let row = rows.get(line.start);
  if (!row) {
    row = readRow(text, line);
    rows.set(line.start, row);
  }
  return row;
}

const COMMA = 44;
const DELIMS_AFTER_COMMA = [59, 9, 124]; // ; tab |

function readRow(text: string, { start, end }: Line): Row {
  const slice = text.slice(start, end);
  const delim = slice.includes(',') ? COMMA : (DELIMS_AFTER_COMMA.find((c) => slice.includes(String.fromCharCode(c))) ?? -1);
  const cuts: number[] = [];
  if (delim >= 0) {
    const ch = String.fromCharCode(delim);
    for (let i = slice.indexOf(ch); i >= 0; i = slice.indexOf(ch, i + 1)) cuts.push(start + i);
  }
  return { start, end, delim, cuts };
}

/** How many of the row's delimiters stand before `pos`: the index of the cell holding it. */
export function cellIndex(row: Row, pos: number): number {
  let lo = 0;
  let hi = row.cuts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (row.cuts[mid]! < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
