// BIO labels over the tagger's own tokens, from character spans: the first token of an entity is B-, the
// following ones I-, every other token (and the special tokens) O.
import type { Encoding } from '../../../models/hf/tokenizer.ts';

export type EntityLabel = 'PER' | 'ADDR';

/** An entity in an example's text: UTF-16 offsets, end exclusive. */
export interface Span {
  label: EntityLabel;
  start: number;
  end: number;
  /** Labelled by the rule detectors (teacher.ts), not by the generator. */
  rule?: boolean;
}

export const LABELS = ['O', 'B-PER', 'I-PER', 'B-ADDR', 'I-ADDR'] as const;
const LABEL_ID = new Map<string, number>(LABELS.map((l, i) => [l, i]));

export function tokenLabels(encoding: Encoding, spans: readonly Span[]): number[] {
  const labels = new Array<number>(encoding.ids.length).fill(0);
  for (const span of spans) {
    let first = true;
    encoding.offsets.forEach(([start, end], i) => {
      if (encoding.specialTokensMask[i] || end <= span.start || start >= span.end) return;
      labels[i] = LABEL_ID.get(`${first ? 'B' : 'I'}-${span.label}`)!;
      first = false;
    });
  }
  return labels;
}
