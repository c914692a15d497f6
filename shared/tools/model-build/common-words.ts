// Builds the common-word lists of shared/core/pii/tagger/, one lower-cased word per line, sorted:
//   common-words.txt     the words that occur at least MIN_COUNT times in real prose of the six languages — the PII
//                        tagger's carrier corpus (Debian's debian-handbook and fortunes, corpus.ts);
//   technical-words.txt  the words of five letters or more that occur as often, on at least MIN_PAGES pages, in half
//                        of the six languages' manual pages (man-pages.ts) and are in neither the prose list nor the
//                        gazetteer's names.
// The tagger's windows pass over a capitalised word that is one of them ("Lieferung", "The", "Produktion"), and its
// evidence reads a run of them as a thing, not a name ("Maximale Größe"); a name rarely is one, and a name with one
// common part ("Rose Okafor") is still read through its rare part. The labelled sets' name pools were drawn against
// the prose list, which is why the two are kept apart.
// Usage: npm run models:lexicon   (needs the Debian packages listed in corpus.ts and man-pages.ts; npm test never runs it)
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EAST_ASIAN_SURNAMES, isGivenName } from '../../core/pii/detectors/names-gazetteer.ts';
import { loadCorpus } from './pii-tagger/corpus.ts';
import { manParagraphs } from './pii-tagger/man-pages.ts';

/** Seen this often in ~1.6 M words of prose: frequent enough to be vocabulary, not a person. */
const MIN_COUNT = 5;
/** On this many pages at least: a word one page repeats (its program's name, its author) is not vocabulary yet. */
const MIN_PAGES = 2;
/**
 * Letters of a technical word at least: shorter ones are mostly abbreviations and options ("cpio", "expr"), which
 * prose hardly capitalises, and share their shape with short surnames ("Ling", "Simo").
 */
const MIN_TECHNICAL_LETTERS = 5;
const FOLDER = join(import.meta.dirname, '..', '..', 'core', 'pii', 'tagger');

/** A known given name or East Asian surname (the gazetteer's): a name, even where manual pages use it as a word. */
const isName = (w: string) => {
  const capitalised = w[0]!.toUpperCase() + w.slice(1);
  return isGivenName(capitalised) || EAST_ASIAN_SURNAMES.has(capitalised);
};
const words = (text: string) => Array.from(text.matchAll(/[\p{L}\p{M}]{2,}/gu), (m) => m[0].toLowerCase());
const sha256 = (lines: readonly string[]) => createHash('sha256').update(lines.join('\n')).digest('hex');

function writeList(file: string, header: readonly string[], list: readonly string[]): void {
  writeFileSync(join(FOLDER, file), [...header, ...list].join('\n') + '\n');
  console.log(`${file}: ${list.length} words`);
}

function proseList(): string[] {
  const corpus = loadCorpus();
  const counts = new Map<string, number>();
  for (const sentence of corpus) for (const word of words(sentence.text)) counts.set(word, (counts.get(word) ?? 0) + 1);
  const list = [...counts]
    .filter(([, n]) => n >= MIN_COUNT)
    .map(([w]) => w)
    .sort();
  writeList(
    'common-words.txt',
    [
      `# Common words of en/de/fr/es/it/nl prose (seen >= ${MIN_COUNT} times), lower-cased: ${list.length} words.`,
      `# Built by npm run models:lexicon (shared/tools/model-build/common-words.ts) from ${corpus.length} sentences of`,
      `# Debian's debian-handbook and fortunes packages; corpus SHA-256 ${sha256(corpus.map((s) => `${s.lang}\t${s.text}`))}.`,
    ],
    list,
  );
  return list;
}

function technicalList(prose: ReadonlySet<string>): void {
  const paragraphs = manParagraphs('lexicon', (note) => console.log(`  manual pages, ${note}`));
  const counts = new Map<string, number>();
  const pages = new Map<string, Set<string>>();
  for (const { page, text } of paragraphs)
    for (const word of words(text)) {
      counts.set(word, (counts.get(word) ?? 0) + 1);
      (pages.get(word) ?? pages.set(word, new Set()).get(word)!).add(page);
    }
  const list = [...counts]
    .filter(
      ([w, n]) => n >= MIN_COUNT && pages.get(w)!.size >= MIN_PAGES && w.length >= MIN_TECHNICAL_LETTERS && !prose.has(w) && !isName(w),
    )
    .map(([w]) => w)
    .sort();
  writeList(
    'technical-words.txt',
    [
      `# Common words of en/de/fr/es/it/nl manual pages (seen >= ${MIN_COUNT} times on >= ${MIN_PAGES} pages, >= ${MIN_TECHNICAL_LETTERS} letters)`,
      `# that common-words.txt lacks and that are no name the gazetteer knows, lower-cased: ${list.length} words.`,
      `# Built by npm run models:lexicon (shared/tools/model-build/common-words.ts) from ${paragraphs.length} paragraphs of`,
      `# every other page of Debian's manpages, manpages-de, -fr, -es, -it and -nl packages (the other pages are`,
      `# held out: man-negatives.ts); SHA-256 ${sha256(paragraphs.map((p) => `${p.lang}\t${p.text}`))}.`,
    ],
    list,
  );
}

technicalList(new Set(proseList()));
