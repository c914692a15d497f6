// A rewritten run read with the words around it: a reading of its own, short whatever the text's length. Pure.
import { allMatches } from '../pii/regex-matches.ts';

/** Characters kept on each side of a rewritten run: its cue words ("passport number …"). */
export const CODE_CONTEXT = 64;

/**
 * Each match of `re` (global) rewritten — to one text, or to several where the run reads more than one way —
 * with about CODE_CONTEXT characters of whole words on each side: a reading of its own, short whatever the
 * text's length (a whole text per reading would scan it again).
 */
export function inContext(s: string, re: RegExp, rewrite: (m: RegExpMatchArray) => string | readonly string[] | undefined): string[] {
  return matchesInContext(s, allMatches(s, re), rewrite);
}

/** As inContext, for matches found otherwise (in the order of the text, none overlapping). */
export function matchesInContext(
  s: string,
  matches: readonly RegExpMatchArray[],
  rewrite: (m: RegExpMatchArray) => string | readonly string[] | undefined,
): string[] {
  const out: string[] = [];
  for (const m of matches) {
    const rewritten = rewrite(m);
    if (rewritten === undefined) continue;
    if (typeof rewritten === 'string') {
      if (rewritten !== m[0]) out.push(inItsWords(s, m.index!, m.index! + m[0].length, rewritten));
      continue;
    }
    for (const text of rewritten) if (text !== m[0]) out.push(inItsWords(s, m.index!, m.index! + m[0].length, text));
  }
  return out;
}

/** `text` in the place of s[start, end), with about CODE_CONTEXT characters of whole words on each side. */
export function inItsWords(s: string, start: number, end: number, text: string): string {
  return tailWords(s.slice(0, start), CODE_CONTEXT) + text + headWords(s.slice(end), CODE_CONTEXT);
}

/** About the last `n` characters of `s`, starting at a word's start (a cut word reads as another word). */
export function tailWords(s: string, n: number): string {
  if (s.length <= n) return s;
  const cut = s.slice(-n);
  const at = cut.search(/\s/);
  return at < 0 ? cut : cut.slice(at);
}

/** About the first `n` characters of `s`, ending at a word's end. */
export function headWords(s: string, n: number): string {
  if (s.length <= n) return s;
  const cut = s.slice(0, n);
  const at = Math.max(cut.lastIndexOf(' '), cut.lastIndexOf('\n'));
  return at < 0 ? cut : cut.slice(0, at);
}
