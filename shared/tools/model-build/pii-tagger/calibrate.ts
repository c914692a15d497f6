// The tagger alone on whole held-out documents of the synthetic split, read as the gateway reads them
// (createEntityTagger: windows around candidate words, findings only where they touch one, and only with the
// evidence their type needs — shared/core/pii/tagger/evidence.ts): document recall and false-positive rate per
// threshold, for the model card. The thresholds themselves are chosen on real text (labelled-sets.ts); the per-word
// curve (evaluate.ts) says how well the model reads.
import { createEntityTagger } from '../../../models/entity-tagger.ts';
import type { EncoderModel } from '../../../models/hf/encoder.ts';
import type { Example } from './examples.ts';

/** Document figures at one threshold, tagger alone, evidence required. */
export interface DocumentPoint {
  threshold: number;
  /** Documents with an entity that are flagged. */
  docRecall: number;
  /** Entities touched by a finding of their type. */
  entityRecall: number;
  /** Documents without an entity that are flagged. */
  docFpr: number;
}

/** The thresholds measured: 0.05 … 0.95. */
export const DOCUMENT_THRESHOLDS = Array.from({ length: 19 }, (_, i) => Math.round((i + 1) * 5) / 100);

const TYPE_OF = { PER: 'PERSON', ADDR: 'ADDRESS' } as const;
const ratio = (a: number, b: number) => (b === 0 ? 0 : Math.round((a / b) * 10000) / 10000);

/**
 * The tagger's document figures over `documents` at each threshold — or, given `atThreshold`, at that threshold
 * with each of `thresholds` as the lower one for rare name runs (`rareNameThreshold`, entity-tagger.ts).
 */
export async function documentCurve(
  model: EncoderModel,
  documents: readonly Example[],
  isCommonWord: (letters: string) => boolean,
  thresholds: readonly number[] = DOCUMENT_THRESHOLDS,
  atThreshold?: number,
): Promise<DocumentPoint[]> {
  const texts = documents.map((d) => d.text);
  const points: DocumentPoint[] = [];
  for (const threshold of thresholds) {
    const options = atThreshold === undefined ? { threshold } : { threshold: atThreshold, rareNameThreshold: threshold };
    // a whole set in one call: no per-request window budget; the model's own findings (person slots need no threshold)
    const found = await createEntityTagger(model, 'calibration', {
      ...options,
      isCommonWord,
      maxWindows: Infinity,
      personSlots: false,
    }).tag(texts);
    let sensitive = 0;
    let caught = 0;
    let flaggedClean = 0;
    let entities = 0;
    let entitiesFound = 0;
    documents.forEach((doc, i) => {
      const findings = found[i] ?? [];
      if (doc.spans.length === 0) flaggedClean += findings.length > 0 ? 1 : 0;
      else {
        sensitive++;
        caught += findings.length > 0 ? 1 : 0;
      }
      for (const span of doc.spans) {
        entities++;
        if (findings.some((f) => f.type === TYPE_OF[span.label] && f.start < span.end && span.start < f.end)) entitiesFound++;
      }
    });
    const clean = documents.length - sensitive;
    points.push({
      threshold,
      docRecall: ratio(caught, sensitive),
      entityRecall: ratio(entitiesFound, entities),
      docFpr: ratio(flaggedClean, clean),
    });
  }
  return points;
}
