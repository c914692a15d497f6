// The public figures the PII detectors know, from WordNet 3.0 (Debian's `wordnet-base`): every person WordNet
// lists as an instance — a writer, a painter, a scientist, a ruler, a mountaineer, a god or a character of myth
// and fiction (some 3,800 of them). Their names in an encyclopaedic mention are no one's personal data
// (docs/pii-labels.md), and a curated list of a few hundred cannot hold them all.
//
// `npx tsx shared/tools/tables/public-figures.ts` writes shared/core/pii/detectors/public-figures-wordnet.ts
// (`--check` exits non-zero when the committed table differs). It needs `apt-get install wordnet-base`; the
// tests and the tiers read only the committed table.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isGivenName } from '../../core/pii/detectors/names-gazetteer.ts';
import { fakerNameWords } from './faker-names.ts';

const WORDNET_NOUNS = '/usr/share/wordnet/data.noun';
const OUT = fileURLToPath(new URL('../../core/pii/detectors/public-figures-wordnet.ts', import.meta.url));
const COMMON_WORDS = fileURLToPath(new URL('../../core/pii/tagger/common-words.txt', import.meta.url));

/** WordNet's lexicographer file of people (noun.person) and its pointer to the class an instance belongs to. */
const NOUN_PERSON = '18';
const INSTANCE_OF = '@i';
/** A word of a name: letters, with inner hyphens, apostrophes or dots ("Saint-Saens", "O'Keeffe", "St."). */
const NAME_WORD = /^\p{Lu}[\p{L}'.-]*$/u;
/** A name alone shorter than this is as often an abbreviation or a word ("Ra", "Sin", "Ate"). */
const MIN_ALONE = 4;

/** Each public figure's names, as WordNet lists them: "Hokusai", "Katsushika Hokusai". */
export function wordnetPeople(dataNoun: string): string[][] {
  const people: string[][] = [];
  for (const line of dataNoun.split('\n')) {
    if (line === '' || line.startsWith(' ')) continue; // the licence header's lines start with two spaces
    const fields = line.split(' ');
    if (fields[1] !== NOUN_PERSON) continue;
    const wordCount = parseInt(fields[3]!, 16);
    const names = Array.from({ length: wordCount }, (_, i) => fields[4 + 2 * i]!.replace(/\(.*\)$/u, '').replaceAll('_', ' '));
    const pointers = Number(fields[4 + 2 * wordCount]);
    const pointersAt = 5 + 2 * wordCount;
    const isInstance = Array.from({ length: pointers }, (_, i) => fields[pointersAt + 4 * i]).includes(INSTANCE_OF);
    if (isInstance) people.push(names);
  }
  return people;
}

/**
 * The two lists the detectors look names up in, without the names that are as much private people's:
 * - full names, two words or more, as WordNet writes them ("Katsushika Hokusai", "Tenzing Norgay"); not a common
 *   given name and a common family name of the six languages ("John Smith", "Mary Martin", "Thomas Moore");
 * - names that stand alone for the figure ("Hokusai", "Callas"); not a given name (the gazetteer's), a name any
 *   faker locale holds ("Smith", "Jordan"), a common word of the six languages ("Bell", "Nina"), nor a name
 *   shorter than four letters.
 */
export function publicFigureLists(
  people: readonly (readonly string[])[],
  common: { isCommonPair(given: string, family: string): boolean; isCommonName(word: string): boolean },
): { fullNames: string[]; namesAlone: string[] } {
  const fullNames = new Set<string>();
  const namesAlone = new Set<string>();
  for (const names of people)
    for (const name of names) {
      const words = name.split(' ');
      if (!words.every((w) => NAME_WORD.test(w))) continue;
      if (words.length > 2 || (words.length === 2 && !common.isCommonPair(words[0]!, words[1]!))) fullNames.add(name);
      else if (words.length === 1 && name.length >= MIN_ALONE && !common.isCommonName(name)) namesAlone.add(name);
    }
  return { fullNames: [...fullNames].sort(), namesAlone: [...namesAlone].sort() };
}

/** The faker locales of the six languages, whose given and family names make the common pairs. */
const SIX_LANGUAGE_LOCALES = ['en', 'en_GB', 'en_US', 'de', 'fr', 'es', 'it', 'nl'] as const;

function commonWords(): Set<string> {
  return new Set(
    readFileSync(COMMON_WORDS, 'utf8')
      .split('\n')
      .filter((l) => l !== '' && !l.startsWith('#')),
  );
}

/** The generated module: WordNet's notice (its licence asks for it on every copy), the source's hash, the lists. */
export function publicFiguresModule(dataNoun: string): string {
  const anyName = fakerNameWords(['first_name', 'middle_name', 'last_name']);
  const given = fakerNameWords(['first_name'], SIX_LANGUAGE_LOCALES);
  const family = fakerNameWords(['last_name'], SIX_LANGUAGE_LOCALES);
  const words = commonWords();
  const people = wordnetPeople(dataNoun);
  const { fullNames, namesAlone } = publicFigureLists(people, {
    isCommonPair: (g, f) => given.has(g.toLowerCase()) && family.has(f.toLowerCase()),
    isCommonName: (w) => isGivenName(w) || anyName.has(w.toLowerCase()) || words.has(w.toLowerCase()),
  });
  const sha = createHash('sha256').update(dataNoun).digest('hex');
  return [
    '// Generated by `npx tsx shared/tools/tables/public-figures.ts` from WordNet 3.0 (Debian `wordnet-base`, data.noun',
    `// SHA-256 ${sha}); do not edit.`,
    `// ${people.length} people: ${fullNames.length} full names and ${namesAlone.length} names that stand alone for a figure.`,
    '//',
    '// WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. THIS SOFTWARE AND DATABASE IS',
    '// PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED. BY WAY',
    '// OF EXAMPLE, BUT NOT LIMITATION, PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES OF',
    '// MERCHANTABILITY OR FITNESS FOR ANY PARTICULAR PURPOSE OR THAT THE USE OF THE LICENSED SOFTWARE, DATABASE OR',
    '// DOCUMENTATION WILL NOT INFRINGE ANY THIRD PARTY PATENTS, COPYRIGHTS, TRADEMARKS OR OTHER RIGHTS. The name of',
    '// Princeton University or Princeton may not be used in advertising or publicity pertaining to distribution of',
    '// the software and/or database. (WordNet 3.0 license; Debian: /usr/share/doc/wordnet-base/copyright.)',
    '',
    '/** Full names, "|"-separated: one string, so that an isolate pays for the set only when a name is looked up. */',
    'export const WORDNET_FULL_NAMES =',
    `  ${JSON.stringify(fullNames.join('|'))};`,
    '/** Names that stand alone for a figure, "|"-separated. */',
    'export const WORDNET_NAMES_ALONE =',
    `  ${JSON.stringify(namesAlone.join('|'))};`,
    '',
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const wanted = publicFiguresModule(readFileSync(WORDNET_NOUNS, 'latin1'));
  if (!process.argv.includes('--check')) {
    writeFileSync(OUT, wanted);
    console.log(`wrote ${OUT}`);
  } else if (readFileSync(OUT, 'utf8') !== wanted) {
    console.log(`${OUT} differs from WordNet: run the build`);
    process.exit(1);
  }
}
