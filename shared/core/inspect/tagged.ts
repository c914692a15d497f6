// Inspection with the learned tagger beside the rules (the edge's `inspect` step when a tagger is configured):
//
//   rules     the scanner (scan.ts) over the whole body, as inspectRequest does
//   tagger    only where the rules found the body clean — a body they flagged goes on-prem whatever else is in
//             it — over the same normalized texts, in windows around candidate words
//             (shared/core/pii/tagger/windows.ts); what it finds joins the PII types
//   failure   a tagger that cannot run makes the body unreadable (`tagger_failed`), so sensitive: never clean
//
// Pure (the tagger is handed in); the types are names only, never values.
import type { ParsedRequest } from '../../protocol/openai/schema.ts';
import type { EntityTagger } from '../pii/tagger/tagger.ts';
import { PII_TYPES } from '../pii/types.ts';
import { inspectionOf, type Inspection } from './index.ts';
import { readBody, scanRead } from './scan.ts';

export async function inspectWithTagger(req: ParsedRequest, alsoSent: readonly string[], tagger: EntityTagger): Promise<Inspection> {
  const read = readBody(req.body, alsoSent);
  const inspection = inspectionOf(req, scanRead(read));
  if (inspection.piiTypes.length > 0 || inspection.unscanned.length > 0 || read.texts.length === 0)
    return { ...inspection, tagger: { version: tagger.version, ran: false } };
  let found: Set<string>;
  try {
    found = new Set((await tagger.tag(read.texts)).flat().map((f) => f.type));
  } catch {
    return { ...inspection, unscanned: ['tagger_failed'], tagger: { version: tagger.version, ran: false } };
  }
  return { ...inspection, piiTypes: PII_TYPES.filter((t) => found.has(t)), tagger: { version: tagger.version, ran: true } };
}
