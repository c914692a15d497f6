// A document is put together from pieces: plain strings and entity values. Offsets are recorded as each piece
// is appended, so every span is exact by construction.
import type { PiiType } from '../../shared/core/pii/types.ts';

export interface Entity {
  type: PiiType;
  text: string;
}

export type Piece = string | Entity;

export interface Span {
  type: PiiType;
  start: number;
  end: number;
}

export interface Doc {
  id: string;
  text: string;
  lang: string;
  entities: Span[];
}

export function compose(pieces: readonly Piece[]): { text: string; entities: Span[] } {
  let text = '';
  const entities: Span[] = [];
  for (const p of pieces) {
    if (typeof p === 'string') text += p;
    else {
      entities.push({ type: p.type, start: text.length, end: text.length + p.text.length });
      text += p.text;
    }
  }
  return { text, entities };
}

/**
 * Fills a template: `{name}` slots take the pieces given for them, in order; the rest is literal text.
 * `fill("Hi {W}, {P}", { W: [person], P: [...] })`.
 */
export function fill(template: string, slots: Readonly<Record<string, readonly Piece[]>>): Piece[] {
  const out: Piece[] = [];
  let last = 0;
  for (const m of template.matchAll(/\{([A-Z])\}/g)) {
    out.push(template.slice(last, m.index));
    const slot = slots[m[1]!];
    if (!slot) throw new Error(`template slot {${m[1]}} has no value: ${template}`);
    out.push(...slot);
    last = m.index + m[0].length;
  }
  out.push(template.slice(last));
  return out.filter((p) => p !== '');
}
