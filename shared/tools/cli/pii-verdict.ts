// What `triage pii` says of a text: the detectors' findings on the exact text, and the gateway's verdict —
// sensitive also when a value shows only after normalization or the text is in a script the detectors do not
// cover. `pii scan`, `pii --jsonl` and `pii score` all judge by it.
import { scanBody } from '../../core/inspect/index.ts';
import { scanText } from '../../core/pii/detect.ts';
import type { PiiScan } from '../../core/pii/types.ts';

/** The exact-text findings, and whether the gateway would treat the text as sensitive. */
export function verdict(text: string): PiiScan & { unscanned: string[] } {
  const exact = scanText(text);
  const routed = scanBody(text);
  const types = [...new Set([...exact.types, ...routed.piiTypes])];
  return { ...exact, types, pii: exact.pii || routed.piiTypes.length > 0 || routed.unscanned.length > 0, unscanned: routed.unscanned };
}
