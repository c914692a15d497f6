// Context words: many identifiers are only PII "given as such" (docs/pii-labels.md), so detectors look at the
// words just before (and sometimes after) a candidate.

/** The text in a window before `start` (default 48 code units), lower-cased. */
export function before(text: string, start: number, window = 48): string {
  return text.slice(Math.max(0, start - window), start).toLowerCase();
}

/** The text in a window after `end` (default 32 code units), lower-cased. */
export function after(text: string, end: number, window = 32): string {
  return text.slice(end, end + window).toLowerCase();
}

/** True when `pattern` matches in the window before the span or, if `afterWindow` > 0, after it. */
export function hasContext(text: string, start: number, end: number, pattern: RegExp, window = 48, afterWindow = 0): boolean {
  return pattern.test(before(text, start, window)) || (afterWindow > 0 && pattern.test(after(text, end, afterWindow)));
}
