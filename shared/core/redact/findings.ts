// What the rule detectors find in one raw string, with how sure they are — the spans redaction replaces.
// The scanner (inspect/scan.ts) reports types only, over normalized text whose offsets need not map back to
// the client's string; redaction needs exact spans of the string as sent, so it runs the same detectors
// (pii/detect.ts `detectFindings`, spelled-out numbers included) over the raw string itself. What only
// normalization reveals is not found here — the re-scan of the redacted body finds it, and the request stays
// on-prem (body.ts).
import { detectFindings, mergeFindings } from '../pii/detect.ts';
import type { Finding, PiiEntity } from '../pii/types.ts';

export interface ScoredEntity extends PiiEntity {
  /** The best score any detector gave this exact span and type (0..1). */
  score: number;
}

/** Non-overlapping entities in `raw` (merged as the scanner merges them), each with its score. */
export function findEntities(raw: string): ScoredEntity[] {
  const findings = detectFindings(raw);
  return mergeFindings(findings).map((e) => ({ ...e, score: bestScore(findings, e) }));
}

function bestScore(findings: readonly Finding[], e: PiiEntity): number {
  let best = 0;
  for (const f of findings) if (f.type === e.type && f.start === e.start && f.end === e.end) best = Math.max(best, f.score);
  return best;
}
