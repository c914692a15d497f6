// The placeholders that stand in for redacted values, and the request's mapping between them.
//
// Format: `[EMAIL_1]` — the type in capitals, a number per distinct value of that type, in square brackets.
// Why this one: models copy a bracketed capitalised token verbatim far more reliably than a random id (which
// they "correct") or an HTML-like tag (which they close, escape or drop); the type tells the model what the
// value was, so the answer still reads right ("write to [EMAIL_1]"). Every character of it is plain ASCII
// that JSON never escapes, so a placeholder looks the same in a text and inside a JSON string literal (a
// tool call's arguments): one matcher serves both. Only exact placeholders of this request are restored;
// anything a model invents ("[EMAIL_7]", "EMAIL_1") is left as written.
//
// The mapping lives in the request's memory only: never logged, cached or put in a receipt (`counts` is the
// part that may be shown: types and how many distinct values).
import type { PiiType } from '../pii/types.ts';

/** Any well-formed placeholder (known or not). */
export const PLACEHOLDER_PATTERN = /\[[A-Z][A-Z_]*_\d+\]/g;

export function placeholderFor(type: PiiType, n: number): string {
  return `[${type}_${n}]`;
}

/** placeholder ↔ value for one request; the same (type, value) always gets the same placeholder. */
export class RedactionMapping {
  private readonly byValue = new Map<string, string>();
  private readonly values = new Map<string, string>();
  private readonly counters = new Map<PiiType, number>();
  /** Longest placeholder issued: how much of a stream's tail can still be one. */
  longest = 0;

  /** `taken`: text the placeholder must not already occur in, so restoring never touches what the client wrote. */
  placeholderOf(type: PiiType, value: string, taken: (placeholder: string) => boolean): string {
    const key = `${type}\u0000${value}`;
    const known = this.byValue.get(key);
    if (known) return known;
    let n = this.counters.get(type) ?? 0;
    let placeholder: string;
    do placeholder = placeholderFor(type, ++n);
    while (taken(placeholder) || this.values.has(placeholder));
    this.counters.set(type, n);
    this.byValue.set(key, placeholder);
    this.values.set(placeholder, value);
    this.longest = Math.max(this.longest, placeholder.length);
    return placeholder;
  }

  /** The original value behind a placeholder of this request, or undefined. */
  valueOf(placeholder: string): string | undefined {
    return this.values.get(placeholder);
  }

  get size(): number {
    return this.values.size;
  }

  /** Whether `text` could still grow into one of this request's placeholders (is a proper prefix of one). */
  couldStart(text: string): boolean {
    for (const p of this.values.keys()) if (p.length > text.length && p.startsWith(text)) return true;
    return false;
  }

  /** Distinct values redacted per type (names and numbers only: safe for headers, logs and receipts). */
  counts(): Partial<Record<PiiType, number>> {
    const out: Partial<Record<PiiType, number>> = {};
    for (const key of this.byValue.keys()) {
      const type = key.slice(0, key.indexOf('\u0000')) as PiiType;
      out[type] = (out[type] ?? 0) + 1;
    }
    return out;
  }
}
