// The thresholds chosen where the gateway decides: the rules and the tagger together (as `triage pii score
// --tagger` and the edge run them), on the repository's labelled development sets — real-text prompts in six
// languages with hard negatives, which the synthetic held-out split does not have (a German compound noun, a brand
// in running text, a table of cities). The main threshold is the lowest (the most recall) whose document
// false-positive rate stays within the target on every development set; the rare-name one the lowest below it
// that still does. The blind sets (test/pii-fresh, test/pii-blind … test/pii-blind5) are never read here: they say how far this
// generalises.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createEntityTagger } from '../../../models/entity-tagger.ts';
import type { EncoderModel } from '../../../models/hf/encoder.ts';
import { readSet, scoreSet, type LabelledDoc } from '../../cli/pii-score.ts';
import { DOCUMENT_THRESHOLDS } from './calibrate.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..', '..');
/** The development sets the detectors were tuned on (their READMEs say how they were built). */
export const DEV_SETS = ['test/pii-independent/independent.jsonl', 'test/pii-heldout/heldout.jsonl'] as const;

/** One development set scored at one pair of thresholds. */
export interface SetPoint {
  set: string;
  threshold: number;
  rareNameThreshold: number;
  recall: number;
  fpr: number;
  personRecall: number;
}

export function readDevSets(): { set: string; docs: LabelledDoc[] }[] {
  return DEV_SETS.map((set) => ({ set, docs: readSet(readFileSync(join(ROOT, set), 'utf8')) }));
}

/** Every development set scored, rules and tagger together, at each pair of thresholds. */
export async function scoreDevSets(
  model: EncoderModel,
  sets: readonly { set: string; docs: LabelledDoc[] }[],
  isCommonWord: (letters: string) => boolean,
  pairs: readonly { threshold: number; rareNameThreshold: number }[],
): Promise<SetPoint[]> {
  const points: SetPoint[] = [];
  for (const pair of pairs) {
    // as the scorer runs it: a whole set in one call, no per-request window budget, person slots on
    const tagger = createEntityTagger(model, 'calibration', { ...pair, isCommonWord, maxWindows: Infinity });
    for (const { set, docs } of sets) {
      const found = await tagger.tag(docs.map((d) => d.text));
      const score = scoreSet(docs, new Map(docs.map((d, i) => [d.id, found[i] ?? []])));
      const person = score.perType['PERSON']!;
      const round = (x: number) => Math.round(x * 10000) / 10000;
      points.push({
        set,
        ...pair,
        recall: round(score.recall),
        fpr: round(score.fpr),
        personRecall: round(person.found / (person.gold || 1)),
      });
    }
  }
  return points;
}

/** The lowest of `candidates` at which every set's point (`at` reads a point's candidate) keeps FPR within `targetFpr`. */
export function lowestWithin(
  points: readonly SetPoint[],
  candidates: readonly number[],
  at: (p: SetPoint) => number,
  targetFpr: number,
): number | undefined {
  return candidates.find((c) => {
    const here = points.filter((p) => at(p) === c);
    return here.length > 0 && here.every((p) => p.fpr <= targetFpr);
  });
}

/**
 * The lowest main threshold whose FPR is within `targetFpr` on every set (none: the highest tried, `reached`
 * false), then the lowest rare-name threshold below it that still is (none: the main one).
 */
export async function chooseOnDevSets(
  model: EncoderModel,
  sets: readonly { set: string; docs: LabelledDoc[] }[],
  isCommonWord: (letters: string) => boolean,
  targetFpr: number,
): Promise<{ threshold: number; rareNameThreshold: number; reached: boolean; points: SetPoint[] }> {
  const mains = await scoreDevSets(
    model,
    sets,
    isCommonWord,
    DOCUMENT_THRESHOLDS.map((t) => ({ threshold: t, rareNameThreshold: t })),
  );
  const main = lowestWithin(mains, DOCUMENT_THRESHOLDS, (p) => p.threshold, targetFpr);
  const threshold = main ?? DOCUMENT_THRESHOLDS.at(-1)!;
  const lower = DOCUMENT_THRESHOLDS.filter((t) => t < threshold);
  const rares = await scoreDevSets(
    model,
    sets,
    isCommonWord,
    lower.map((r) => ({ threshold, rareNameThreshold: r })),
  );
  const rareNameThreshold = lowestWithin(rares, lower, (p) => p.rareNameThreshold, targetFpr) ?? threshold;
  return { threshold, rareNameThreshold, reached: main !== undefined, points: [...mains, ...rares] };
}
