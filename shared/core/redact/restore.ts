// Putting the values back into what the target answered: in a whole text, and in a text that arrives in
// pieces (a stream's deltas), where a placeholder may be split anywhere — "[EMA" in one chunk, "IL_1]" in the
// next. The stream restorer holds back only a tail that can still grow into one of this request's
// placeholders (a "[" followed by a prefix of one); everything before it is passed on at once, so the first
// byte is not delayed by restoring, and `flush` gives back whatever is held when the text ends.
//
// Two contexts: plain text (message content), and a JSON text (tool-call arguments), where a placeholder
// stands inside a string literal, so the value put back is JSON-escaped (`O"Brien` → `O\"Brien`).
import { PLACEHOLDER_PATTERN, type RedactionMapping } from './placeholders.ts';

export type RestoreContext = 'text' | 'json';

/** `value` as it is written inside a JSON string literal (without the quotes). */
function jsonEscaped(value: string): string {
  return JSON.stringify(value).slice(1, -1);
}

/** Every placeholder of this request in `text` replaced by its value; others left as written. */
export function restoreText(text: string, mapping: RedactionMapping, context: RestoreContext = 'text'): string {
  if (mapping.size === 0 || !text.includes('[')) return text;
  return text.replace(PLACEHOLDER_PATTERN, (p) => {
    const value = mapping.valueOf(p);
    if (value === undefined) return p;
    return context === 'json' ? jsonEscaped(value) : value;
  });
}

/** Restores one text that arrives in pieces. One per stream of text (per choice and field). */
export class StreamRestorer {
  private held = '';

  constructor(
    private readonly mapping: RedactionMapping,
    private readonly context: RestoreContext = 'text',
  ) {}

  /** The restored text that is certain now; a tail that may still become a placeholder is kept. */
  push(chunk: string): string {
    const text = this.held + chunk;
    const cut = this.holdFrom(text);
    this.held = text.slice(cut);
    return restoreText(text.slice(0, cut), this.mapping, this.context);
  }

  /** Whatever is held (the text has ended: a partial placeholder is just text). */
  flush(): string {
    const rest = this.held;
    this.held = '';
    return restoreText(rest, this.mapping, this.context);
  }

  /** Whether anything is held back. */
  get holding(): boolean {
    return this.held.length > 0;
  }

  /** Where the tail that can still become a placeholder starts (text.length: none). */
  private holdFrom(text: string): number {
    const window = Math.max(0, text.length - (this.mapping.longest - 1));
    for (let i = text.indexOf('[', window); i >= 0; i = text.indexOf('[', i + 1)) if (this.mapping.couldStart(text.slice(i))) return i;
    return text.length;
  }
}
