// The matches of a regex whose opening makes V8 try it at every position — blanks, an optional word or a look-behind
// before what the match is about — found by searching its core first (a dash, a keyword: V8 skips ahead to those)
// and running the whole regex, anchored, only where its opening can reach that core. The same matches, in the same
// order, as `text.matchAll(re)`, when the caller's `openingStart` is exact:
//   - every match of `re` starting at p has a match of `core` starting at q ≥ p with p = q or p = openingStart(text, q);
//   - no match of `re` starts strictly between openingStart(text, q) and q, nor covers a match of `core` that starts
//     between them (so the first core match after the last match also gives the next match's start).
// Each use has a test beside it comparing both on random texts (core-first.test.ts).
import { afterCodePoint, matchAt } from '../regex-matches.ts';

/** A regex run anchored at one position (sticky), remembered per regex. */
const anchored = new WeakMap<RegExp, RegExp>();

function anchoredAt(re: RegExp): RegExp {
  let sticky = anchored.get(re);
  if (sticky === undefined) {
    sticky = new RegExp(re.source, re.flags.replace('g', '') + 'y');
    anchored.set(re, sticky);
  }
  return sticky;
}

/** A global regex, its core (global, same `u` flag) and where a match whose core starts at `q` starts (see above). */
export interface CoreFirst {
  re: RegExp;
  core: RegExp;
  /** Where, at or after `from`, the match whose core starts at `q` would start (q when the opening takes nothing). */
  openingStart(text: string, q: number, from: number): number;
}

/** `text.matchAll(pattern.re)`, searching its core first. The core's lastIndex is its own: one iteration at a time. */
export function* matchesFromCore(text: string, { re, core, openingStart }: CoreFirst): Generator<RegExpExecArray> {
  const whole = anchoredAt(re);
  let from = 0;
  while (from <= text.length) {
    core.lastIndex = from;
    const c = core.exec(text);
    if (c === null) return;
    const q = c.index;
    const p = openingStart(text, q, from);
    const m = matchAt(whole, text, p) ?? (p < q ? matchAt(whole, text, q) : null);
    if (m === null) {
      from = afterCodePoint(text, q);
      continue;
    }
    yield m;
    from = m.index + Math.max(m[0].length, 1);
  }
}

/** The blanks (spaces, tabs) right before `q`, back to `from` at most: where `[ \t]*` before the core starts. */
export function blanksBefore(text: string, q: number, from: number): number {
  let p = q;
  while (p > from && (text[p - 1] === ' ' || text[p - 1] === '\t')) p--;
  return p;
}

/** The opening takes nothing (a look-behind): the match starts where its core does. */
export function atCore(_text: string, q: number): number {
  return q;
}
