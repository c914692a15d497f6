// Builds shared/core/pii/tagger/common-words.txt: the words that occur at least MIN_COUNT times in real prose of
// the six languages — the PII tagger's carrier corpus (Debian's debian-handbook and fortunes, corpus.ts) — one
// per line, lower-cased, sorted. The tagger's windows pass over a capitalised word that is one of them
// ("Lieferung", "The", "Produktion"), which keeps German nouns and sentence starts from costing a model run;
// a name rarely is one, and a name with one common part ("Rose Okafor") is still read through its rare part.
// Usage: npm run models:lexicon   (needs the Debian packages listed in corpus.ts; npm test never runs it)
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCorpus } from './pii-tagger/corpus.ts';

/** Seen this often in ~1.6 M words of prose: frequent enough to be vocabulary, not a person. */
const MIN_COUNT = 5;
const OUT = join(import.meta.dirname, '..', '..', 'core', 'pii', 'tagger', 'common-words.txt');

const corpus = loadCorpus();
const counts = new Map<string, number>();
for (const sentence of corpus)
  for (const match of sentence.text.matchAll(/[\p{L}\p{M}]{2,}/gu)) {
    const word = match[0].toLowerCase();
    counts.set(word, (counts.get(word) ?? 0) + 1);
  }
const words = [...counts]
  .filter(([, n]) => n >= MIN_COUNT)
  .map(([w]) => w)
  .sort();
const corpusHash = createHash('sha256')
  .update(corpus.map((s) => `${s.lang}\t${s.text}`).join('\n'))
  .digest('hex');
const header = [
  `# Common words of en/de/fr/es/it/nl prose (seen >= ${MIN_COUNT} times), lower-cased: ${words.length} words.`,
  `# Built by npm run models:lexicon (shared/tools/model-build/common-words.ts) from ${corpus.length} sentences of`,
  `# Debian's debian-handbook and fortunes packages; corpus SHA-256 ${corpusHash}.`,
];
writeFileSync(OUT, [...header, ...words].join('\n') + '\n');
console.log(`common words: ${words.length} (of ${counts.size} distinct) → ${OUT}`);
