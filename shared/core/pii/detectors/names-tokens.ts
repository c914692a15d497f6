// The PERSON detector's tokens (names.ts): capitalised words, with apostrophes and hyphens ("O'Neill",
// "Koss-Ortiz", "McDermott"), a possessive 's cut off, and not inside identifiers (fooBar, foo_Bar, x.Anna,
// $Name, Name(…), Name.java, Q3). One hand-written pass: a Unicode regex per word costs ~20 µs/KB.
import { isAsciiDigit, isLetter } from '../chars.ts';

export interface Tok {
  s: number;
  e: number; // end without a possessive 's
  w: string; // the token text without the possessive
  poss: boolean;
  caps: boolean; // all upper case (2+ letters)
}

/** Jumps to the next possibly upper-case letter (native regex scanning beats a JS loop over every char). */
const CAP_RE = /[A-Z\u00C0-\u00DE\u0100-\u024F]/g;

/** Capitalised words not inside identifiers, in order. */
export function tokenize(text: string): Tok[] {
  const toks: Tok[] = [];
  CAP_RE.lastIndex = 0;
  let cm: RegExpExecArray | null;
  while ((cm = CAP_RE.exec(text)) !== null) {
    const s = cm.index;
    if (s > 0 && isLetter(text.charCodeAt(s - 1))) continue; // inside a word: camelCase, McX
    const j = wordEnd(text, s);
    CAP_RE.lastIndex = j;
    if (j - s < 2 || !isUpperAt(text, s, text.charCodeAt(s))) continue;
    if (insideIdentifier(text, s, j)) continue;
    let w = text.slice(s, j);
    let poss = false;
    if (w.length > 3 && (w.endsWith("'s") || w.endsWith('’s'))) {
      w = w.slice(0, -2);
      poss = true;
    }
    const caps = w.length > 1 && isUpperAt(text, s + 1, text.charCodeAt(s + 1));
    toks.push({ s, e: s + w.length, w, poss, caps });
  }
  return toks;
}

/** The end of the word starting at `s`: letters, joined by single apostrophes or hyphens. */
function wordEnd(text: string, s: number): number {
  const n = text.length;
  let j = s + 1;
  while (j < n) {
    const d = text.charCodeAt(j);
    if (isLetter(d)) {
      j++;
      continue;
    }
    if ((d === 39 || d === 0x2019 || d === 45) && j + 1 < n && isLetter(text.charCodeAt(j + 1))) {
      j += 2;
      continue;
    }
    break;
  }
  return j;
}

/** The word `text[s, j)` is part of an identifier: fooBar, foo_Bar, x.Anna, Anna_x, $Name, Name(…), Name.java, Q3. */
function insideIdentifier(text: string, s: number, j: number): boolean {
  const n = text.length;
  const pc = s > 0 ? text.charCodeAt(s - 1) : 32;
  const nc = j < n ? text.charCodeAt(j) : 32;
  if (isWordCode(pc) || pc === 46 || pc === 36 || pc === 47 || pc === 92 || pc === 64 || pc === 35) return true;
  if (nc === 95 || nc === 40 || (nc >= 48 && nc <= 57)) return true;
  return nc === 46 && j + 1 < n && isLetter(text.charCodeAt(j + 1));
}

/** A letter (in the wide sense of chars.ts), a digit or `_`. */
function isWordCode(c: number): boolean {
  return isLetter(c) || isAsciiDigit(c) || c === 95;
}

function isUpperAt(text: string, i: number, c: number): boolean {
  if (c >= 65 && c <= 90) return true;
  if (c < 0xc0 || c >= 0x2000 || c === 0xd7 || c === 0xf7) return false;
  const ch = text[i]!;
  return ch !== ch.toLowerCase();
}
