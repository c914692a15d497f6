// Reversible pseudonymisation: replace each entity with a typed placeholder ("[EMAIL_1]") before text
// leaves the trust boundary, and put the originals back in the answer. The mapping lives only in memory,
// for one request; it is never logged or serialised.
import type { PiiEntity } from './types.ts';

export interface Redaction {
  /** The text with every entity replaced by its placeholder. */
  text: string;
  /** placeholder → original value. The same value always gets the same placeholder. */
  placeholders: Map<string, string>;
}

const PLACEHOLDER = /\[([A-Z_]+)_(\d+)\]/g;

/** Replace `entities` (non-overlapping, as scanText returns them) in `text` with typed placeholders. */
export function redact(text: string, entities: readonly PiiEntity[]): Redaction {
  const placeholders = new Map<string, string>();
  const byValue = new Map<string, string>();
  const counters = new Map<string, number>();
  let out = '';
  let at = 0;
  for (const e of [...entities].sort((a, b) => a.start - b.start)) {
    if (e.start < at) continue; // overlapping input: the earlier entity already covers it
    const value = text.slice(e.start, e.end);
    const key = `${e.type}\u0000${value}`;
    let placeholder = byValue.get(key);
    if (!placeholder) {
      // Skip numbers whose placeholder already appears in the text, so restoring cannot touch user text.
      let n = counters.get(e.type) ?? 0;
      do placeholder = `[${e.type}_${++n}]`;
      while (text.includes(placeholder));
      counters.set(e.type, n);
      byValue.set(key, placeholder);
      placeholders.set(placeholder, value);
    }
    out += text.slice(at, e.start) + placeholder;
    at = e.end;
  }
  return { text: out + text.slice(at), placeholders };
}

/** Put the original values back wherever a known placeholder appears. Unknown placeholders stay as they are. */
export function restore(text: string, placeholders: ReadonlyMap<string, string>): string {
  if (placeholders.size === 0) return text;
  return text.replace(PLACEHOLDER, (p) => placeholders.get(p) ?? p);
}

/**
 * Restores placeholders in a streamed answer, where a placeholder may be split across chunks: text that
 * could be the start of a placeholder is held back until the next chunk (or `flush`) decides it.
 */
export function createStreamRestorer(placeholders: ReadonlyMap<string, string>) {
  let pending = '';
  return {
    push(chunk: string): string {
      const text = pending + chunk;
      const open = text.lastIndexOf('[');
      // Hold back an unclosed "[..." tail that can still become a placeholder.
      if (open >= 0 && !text.includes(']', open) && /^\[[A-Z_\d]*$/.test(text.slice(open)) && text.length - open <= 40) {
        pending = text.slice(open);
        return restore(text.slice(0, open), placeholders);
      }
      pending = '';
      return restore(text, placeholders);
    },
    flush(): string {
      const rest = pending;
      pending = '';
      return restore(rest, placeholders);
    },
  };
}
