// A document assembled piece by piece: each labelled value's span is recorded as it is appended, so offsets are
// exact by construction (UTF-16 code units, end exclusive).

import type { Doc, Lang, Span } from '../pii-fresh/doc.ts';

export type { Doc, Lang, Span };
export const LANGS: readonly Lang[] = ['en', 'de', 'fr', 'es', 'it', 'nl'];

/** A piece of a document: plain text, or a value with its label (null: an unlabelled look-alike). */
export interface Piece {
  text: string;
  type: string | null;
}

export const plain = (text: string): Piece => ({ text, type: null });
export const labelled = (type: string, text: string): Piece => ({ text, type });

/** Joins pieces into a document, recording each labelled piece's span as it is appended. */
export function assemble(id: string, lang: Lang, pieces: readonly Piece[]): Doc {
  let text = '';
  const entities: Span[] = [];
  for (const p of pieces) {
    const start = text.length;
    text += p.text;
    if (p.type) entities.push({ type: p.type, start, end: text.length });
  }
  return { id, text, lang, entities };
}
