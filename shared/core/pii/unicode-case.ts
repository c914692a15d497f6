// Case-insensitive Unicode regexes (flags `iu`) cost V8 many times what the same regex costs without `u`:
// irregexp cannot look ahead for the first letters under Unicode case folding, so it tries every position
// (birth-dates.ts's birth words: ~25 µs against ~1 µs on 1 KB). Without `u` the two agree on every text but
// those holding
//   - a surrogate: `.`, `[^…]` and counted repeats read a pair as one character with `u`, as two without;
//   - one of the four characters whose case folding reaches a Latin letter only with `u`: K (Kelvin sign)
//     and ſ (long s) fold to k and s (so `\w` and `\b` count them as word characters too), Å (Angstrom sign)
//     to å, ẞ (capital sharp s) to ß. (Found by testing every code point against every Latin letter; see
//     unicode-case.test.ts.)
// So a pattern whose letters are Latin, and that needs `u` for nothing else (no `\p{…}`, no `\u{…}`), can run
// without it on the other texts, with the same matches.

/** A character on which a Latin pattern with `iu` and the same without `u` may disagree. */
const FOLDS_OTHERWISE_WITHOUT_U = /[\u017f\u1e9e\u212a\u212b\ud800-\udfff]/;

/** Whether regexes with `iu` and without `u` match `text` alike (see above). */
export function foldsAlikeWithoutU(text: string): boolean {
  return !FOLDS_OTHERWISE_WITHOUT_U.test(text);
}

/** Syntax that means something else, or nothing, without `u`; letters beyond Latin, and ſ (it folds to s with `u` only). */
const NEEDS_U = /\\[pP]|\\u\{|[^\0-\u017e\u0180-\u024f]/;

/**
 * `re` (flags with `i` and `u`) as a function of the text it is about to run on: `re` itself, or, where that
 * text allows, the same pattern without `u`. Each keeps its own `lastIndex`.
 */
export function caseInsensitiveLatin(re: RegExp): (text: string) => RegExp {
  if (!re.flags.includes('i') || !re.flags.includes('u')) throw new Error(`${re}: not a case-insensitive Unicode regex`);
  if (NEEDS_U.test(re.source)) throw new Error(`${re}: needs the u flag or has letters beyond Latin`);
  const withoutU = new RegExp(re.source, re.flags.replace('u', ''));
  return (text) => (foldsAlikeWithoutU(text) ? withoutU : re);
}
