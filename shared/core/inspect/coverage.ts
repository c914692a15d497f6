// Which text the PII detectors can judge. They are written for Latin-script text (English, German, French,
// Spanish, Italian, Dutch): names, addresses and cue words in other scripts pass them unseen. Text in another
// script is therefore reported as `uncovered_script` (unscanned.ts) — a signal the policy routes on (the
// default policy keeps it on-prem) — rather than declared clean. Numbers, e-mail addresses and keys inside
// such text are still scanned like any other.
//
// It counts when a word has at least two letters of a script other than Latin in a row (single letters — a
// Greek μ or Δ in a formula, "3 µs" — do not), or when letters of another script sit between Latin ones: a
// word that mixes scripts inside it is a disguise (Unicode's mixed-script detection, UTS #39) unless normalization read
// it as Latin already (Greek and Cyrillic look-alikes, normalize.ts), or when it is written in Braille. Pure.

const OTHER_SCRIPT_WORD = /[^\P{L}\p{Script=Latin}]{2}/u;
// Braille cells are symbols to Unicode, not letters, but a reader (or a model) reads them as letters and digits.
const BRAILLE_WORD = /[\u2801-\u28ff]{2}/u;
const MIXED_SCRIPT_WORD = /\p{Script=Latin}[^\P{L}\p{Script=Latin}]+\p{Script=Latin}/u;

export function hasUncoveredScript(text: string): boolean {
  // Fast path: pure ASCII (and Latin-1) text has no letters of another script.
  // eslint-disable-next-line no-control-regex -- the range from NUL up is what is tested for
  if (!/[^\u0000-\u024f]/.test(text)) return false;
  return OTHER_SCRIPT_WORD.test(text) || MIXED_SCRIPT_WORD.test(text) || BRAILLE_WORD.test(text);
}
