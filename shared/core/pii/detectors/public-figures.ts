// Whether a name run is a public figure's, as WordNet lists them (public-figures-wordnet.ts, some 3,800 writers,
// artists, scientists, rulers and characters of myth and fiction): "Katsushika Hokusai", "Tenzing Norgay",
// "Hokusai" alone. Encyclopaedic mentions of them are not personal data (docs/pii-labels.md); the detectors ask
// only where a name's evidence is weak — a label or a greeting before a name still makes it a person's.
//
// A run matches when two or more of its words in a row are a full name, or when it is one word that stands alone
// for a figure. One famous word inside a longer name does not: "Maria Burton" is no one WordNet knows, "Burton"
// alone may be. Names are compared without accents and without a possessive or genitive s ("Molière", "Hokusai's",
// "Hokusais").
import { WORDNET_FULL_NAMES, WORDNET_NAMES_ALONE } from './public-figures-wordnet.ts';

let fullNames: ReadonlySet<string> | undefined;
let namesAlone: ReadonlySet<string> | undefined;

/** Whether the words of a name run, in order, name a public figure (see above). */
export function isPublicFigure(words: readonly string[]): boolean {
  if (words.length === 0) return false;
  const plain = words.map(withoutAccents);
  if (plain.length === 1) {
    namesAlone ??= new Set(WORDNET_NAMES_ALONE.split('|'));
    return withGenitive(plain[0]!).some((w) => namesAlone!.has(w));
  }
  fullNames ??= new Set(WORDNET_FULL_NAMES.split('|'));
  for (let from = 0; from < plain.length - 1; from++)
    for (let to = from + 2; to <= plain.length; to++) {
      const head = plain.slice(from, to - 1).join(' ');
      if (withGenitive(plain[to - 1]!).some((last) => fullNames!.has(`${head} ${last}`))) return true;
    }
  return false;
}

const MARKS = /\p{M}/gu;
const withoutAccents = (word: string) => word.normalize('NFD').replace(MARKS, '');

/** The word as written, and without a possessive ("Hokusai's") or a German or Dutch genitive s ("Hokusais"). */
function withGenitive(word: string): string[] {
  const bare = word.replace(/(?:['’]s|['’]|s)$/u, '');
  return bare === word || bare.length < 3 ? [word] : [word, bare];
}
