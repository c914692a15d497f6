// Writes the held-out half of the manual pages (man-pages.ts: the pages the common-word lists were not built from)
// as a labelled set with no entities, to measure false alarms on technical prose the detectors were not tuned on:
//   npx tsx shared/tools/model-build/man-negatives.ts /tmp/man-negatives.jsonl
//   npx triage pii score /tmp/man-negatives.jsonl --tagger shared/models/pii-tagger --by-lang
// Needs the Debian packages man-pages.ts reads (not committed: the pages are the packages' own text).
import { writeFileSync } from 'node:fs';
import { manParagraphs } from './pii-tagger/man-pages.ts';

/** A paragraph about the length of a prompt: a heading alone or a whole page is neither. */
const MIN_CHARS = 60;
const MAX_CHARS = 3000;

const out = process.argv[2];
if (!out) {
  console.error('usage: npx tsx shared/tools/model-build/man-negatives.ts OUT.jsonl');
  process.exit(2);
}
const lines = manParagraphs('held-out', (note) => console.error(`manual pages, ${note}`))
  .filter(({ text }) => text.length >= MIN_CHARS && text.length <= MAX_CHARS)
  .map(({ lang, text }, i) => JSON.stringify({ id: `man-${lang}-${i}`, text, lang, entities: [] }));
writeFileSync(out, lines.join('\n') + '\n');
console.error(`${lines.length} clean paragraphs → ${out}`);
