// Runs detectors over a text and merges what they found into non-overlapping entities.
import { PII_TYPES, type AsyncDetector, type Detector, type Finding, type PiiEntity, type PiiScan, type PiiType } from './types.ts';
import { DEFAULT_DETECTORS } from './detectors/index.ts';
import { phonesAfterNames } from './phone-after-name.ts';
import { overlapTest } from './spans.ts';
import { findingInInput, readSpelledNumbers } from './spoken-digits.ts';

/**
 * Scan one text with the rule-based detectors (or the ones given). Numbers spelled out as words or digit by
 * digit are read as digits too, and what is found in them is reported over the words. Pure and synchronous.
 */
export function scanText(text: string, detectors: readonly Detector[] = DEFAULT_DETECTORS): PiiScan {
  return toScan(mergeFindings(detectFindings(text, detectors)));
}

/**
 * Every detector's findings in `text`, overlapping, with their scores; a number right after a person's name taken
 * for theirs (phone-after-name.ts); spelled-out numbers read as digits too, and a number dictated in words that no
 * detector names taken for a phone number (spoken-digits.ts, `dictated`).
 */
export function detectFindings(text: string, detectors: readonly Detector[] = DEFAULT_DETECTORS): Finding[] {
  const findings: Finding[] = [];
  for (const d of detectors) for (const f of d.detect(text)) findings.push(f);
  findings.push(...phonesAfterNames(text, findings));
  const spelled = readSpelledNumbers(text);
  if (!spelled) return findings;
  for (const d of detectors)
    for (const f of d.detect(spelled.text)) {
      const inInput = findingInInput(spelled, f);
      if (inInput) findings.push(inInput);
    }
  if (spelled.dictated.length === 0) return findings;
  const overlapsFound = overlapTest(findings);
  for (const { start, end } of spelled.dictated)
    if (!overlapsFound({ start, end })) findings.push({ type: 'PHONE', start, end, score: 0.6, detector: 'spoken-digits' });
  return findings;
}

/** Scan with a mix of synchronous and asynchronous (model-backed) detectors. */
export async function scanTextAsync(text: string, detectors: readonly (Detector | AsyncDetector)[]): Promise<PiiScan> {
  const all = await Promise.all(detectors.map((d) => d.detect(text)));
  return toScan(mergeFindings(all.flat()));
}

/**
 * Spans never overlap (docs/pii-labels.md: "the outer value wins"): the longest span wins, then the higher score,
 * then the earlier start. Returns entities sorted by start.
 */
export function mergeFindings(findings: readonly Finding[]): PiiEntity[] {
  if (findings.length === 0) return [];
  const extent = extentOf(findings);
  // A street address never contains an IP address: when a (heuristic) ADDRESS span overlaps an IP_ADDRESS
  // ("IP-Adresse 10.1.2.3", "adresse IP : 192.168.1.20"), the validated IP wins even if the ADDRESS is longer.
  const ips = findings.filter((f) => f.type === 'IP_ADDRESS');
  const ipCoverage = ips.length > 0 && findings.some((f) => f.type === 'ADDRESS') ? coverage(extent, ips) : undefined;
  const candidates = findings.filter((f) => f.type !== 'ADDRESS' || !ipCoverage?.overlaps(f));
  const ranked = candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || b.score - a.score || a.start - b.start);
  const kept = coverage(extent);
  const entities: PiiEntity[] = [];
  for (const f of ranked) {
    if (kept.overlaps(f)) continue;
    kept.mark(f);
    entities.push({ type: f.type, start: f.start, end: f.end });
  }
  return entities.sort((a, b) => a.start - b.start);
}

/** The stretch of text the spans lie in: from the first start to the last end. */
function extentOf(spans: readonly PiiEntity[]): { from: number; to: number } {
  let from = Infinity;
  let to = 0;
  for (const s of spans) {
    from = Math.min(from, s.start);
    to = Math.max(to, s.end);
  }
  return { from, to };
}

/**
 * The positions of a stretch of text that spans cover, to ask whether a span overlaps one: linear in the spans'
 * lengths, where comparing each finding with every kept one grew with the square of their number (a megabyte
 * chat log has tens of thousands).
 */
function coverage({ from, to }: { from: number; to: number }, spans: readonly PiiEntity[] = []) {
  const covered = new Uint8Array(to - from);
  const mark = (span: PiiEntity) => covered.fill(1, span.start - from, span.end - from);
  spans.forEach(mark);
  return { mark, overlaps: (span: PiiEntity) => covered.subarray(span.start - from, span.end - from).includes(1) };
}

function toScan(entities: PiiEntity[]): PiiScan {
  const present = new Set<PiiType>(entities.map((e) => e.type));
  return { pii: entities.length > 0, entities, types: PII_TYPES.filter((t) => present.has(t)) };
}
