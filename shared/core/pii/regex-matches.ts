// Running a regex by hand where `matchAll` costs too much: all matches without the copy of the regex matchAll makes
// on every call, one match tried at a given position, and the step past a character (a surrogate pair is one). Used
// by the detectors, the tagger's passes and the scanner's normaliser. Pure.

/**
 * What `[...s.matchAll(re)]` returns (`re` global), without the copy of the regex matchAll makes on every call —
 * a cost that adds up over the dozens of patterns tried on each text; with `lastStart`, only the matches that
 * start at or before it (the search stops there). `re.lastIndex` is 0 again afterwards.
 */
export function allMatches(s: string, re: RegExp, lastStart = Infinity): RegExpExecArray[] {
  if (!re.global) throw new TypeError(`allMatches needs a global regex: ${re}`); // as matchAll; exec would not move on
  const matches: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(s); m !== null && m.index <= lastStart; m = re.exec(s)) {
    matches.push(m);
    // an empty match moves on by one character, as matchAll does (a code point with the u flag)
    if (m[0].length === 0) re.lastIndex = re.unicode ? afterCodePoint(s, re.lastIndex) : re.lastIndex + 1;
  }
  re.lastIndex = 0;
  return matches;
}

/** The match of a sticky (or global) regex starting at `at`, or null. */
export function matchAt(re: RegExp, s: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(s);
}

/** The index after the character at `at`: two code units for a surrogate pair, one otherwise. */
export function afterCodePoint(s: string, at: number): number {
  const c = s.charCodeAt(at);
  return c >= 0xd800 && c <= 0xdbff && at + 1 < s.length && (s.charCodeAt(at + 1) & 0xfc00) === 0xdc00 ? at + 2 : at + 1;
}
