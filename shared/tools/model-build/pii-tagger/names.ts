// Names for the examples. Faker's per-locale lists are short: a tagger trained on them alone learns the
// lists (a gazetteer), not what a name looks like in context. So in training, given and family names are
// mixed across origins, a share of them is mutated into new, name-shaped strings (letters swapped for
// letters of the same kind) and another share is composed from syllables of origins faker has no Latin
// list for — no list holds them. Both splits write names the way people do: initials, particles, hyphens,
// "Last, First", lower case and capitals. The held-out split uses its own locales' names, unmutated.
import type { Faker } from '@faker-js/faker';

type Rng = () => number;
const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)]!;

const VOWELS = 'aeiouyáéíóúàèìòùäöüâêîôûãõåæøı';
const CONSONANTS = 'bcdfghjklmnpqrstvwxzçñšžčćłśźżřğşßđ';

/** Replaces one or two letters by another of the same kind (vowel for vowel), keeping capitals. */
export function mutateName(name: string, rng: Rng): string {
  const chars = [...name];
  const times = 1 + Math.floor(rng() * 2);
  for (let t = 0; t < times; t++) {
    const i = Math.floor(rng() * chars.length);
    const c = chars[i]!;
    const lower = c.toLowerCase();
    const pool = VOWELS.includes(lower) ? VOWELS : CONSONANTS.includes(lower) ? CONSONANTS : '';
    if (!pool) continue;
    const next = pick(rng, [...pool]);
    chars[i] = c === lower ? next : next.toUpperCase();
  }
  return chars.join('');
}

/** Syllables of romanised names from origins without a Latin faker list (Chinese, Japanese, Korean, Arabic,
 *  Swahili, Hindi, Slavic, Greek, Finnish-Ugric): shapes, not names — they are joined at random. */
const SYLLABLES: readonly (readonly string[])[] = [
  ['zh', 'x', 'q', 'w', 'l', 'y', 'ch', 'j', 'h'].flatMap((c) => ['ang', 'iu', 'ei', 'ao', 'un', 'ing', 'ian'].map((v) => c + v)),
  ['ka', 'ta', 'ha', 'ma', 'ya', 'ri', 'ki', 'shi', 'to', 'su', 'ko', 'na', 'hi', 'ro', 'yu', 'mi', 'da', 'be', 'fu'],
  ['ji', 'hoon', 'min', 'seo', 'yeon', 'soo', 'hyun', 'woo', 'eun', 'jae', 'sung', 'kyu', 'hee'],
  ['ab', 'dul', 'lah', 'ra', 'shid', 'fa', 'ti', 'ma', 'kha', 'lid', 'mus', 'ta', 'fa', 'ha', 'san', 'nour', 'zai', 'nab'],
  ['wa', 'nji', 'ku', 'mu', 'nga', 'ke', 'za', 'ni', 'ba', 'ra', 'ka', 'tho', 'ndu', 'ru', 'mbe'],
  ['pra', 'kash', 'deep', 'an', 'ja', 'li', 'shan', 'kar', 'ra', 'vi', 'nd', 'ra', 'sun', 'dar', 'aj', 'ay'],
  ['vla', 'di', 'mir', 'sla', 'va', 'bog', 'dan', 'ro', 'stis', 'lav', 'mi', 'ko', 'la', 'jev', 'ić', 'ski'],
  ['ni', 'ko', 'la', 'os', 'pa', 'pa', 'do', 'pou', 'los', 'the', 'o', 'dor', 'kos', 'ta', 'ki', 'dis'],
  ['ai', 'no', 'ee', 'va', 'lah', 'ti', 'ne', 'ka', 'ri', 'jär', 'vi', 'nen', 'sa', 'lo', 'kos', 'ki'],
];

/** A name-shaped word from one origin's syllables, capitalised. */
export function composedName(rng: Rng): string {
  const syllables = pick(rng, SYLLABLES);
  const count = 2 + Math.floor(rng() * 2);
  let word = '';
  for (let i = 0; i < count; i++) word += pick(rng, syllables);
  return word[0]!.toUpperCase() + word.slice(1);
}

export interface NameSource {
  rng: Rng;
  fakers: readonly Faker[];
  /** Mix origins, mutate and compose (training only). */
  augment: boolean;
}

function part(s: NameSource, kind: 'first' | 'last', own: Faker): string {
  if (s.augment && s.rng() < 0.15) return composedName(s.rng);
  const f = s.augment && s.rng() < 0.5 ? pick(s.rng, s.fakers) : own;
  const name = kind === 'first' ? f.person.firstName() : f.person.lastName();
  return s.augment && s.rng() < 0.3 ? mutateName(name, s.rng) : name;
}

export function firstName(s: NameSource, own: Faker): string {
  return part(s, 'first', own);
}

export function lastName(s: NameSource, own: Faker): string {
  return part(s, 'last', own);
}

/** Particles before a family name (van der Berg, de la Cruz, al-Rashid): written lower case as most are. */
const PARTICLES = ['van', 'van der', 'van den', 'de', 'de la', 'del', 'di', 'da', 'dos', 'von', 'zu', 'le', 'du', 'bin', 'ben', 'ter'];
const JOINED_PREFIXES = ['al-', 'el-', "O'", 'Mc', "d'"];

/** A family name as written: plain, with a particle or a joined prefix, or double-barrelled with a hyphen. */
function familyName(s: NameSource, own: Faker): string {
  const last = part(s, 'last', own);
  const roll = s.rng();
  if (roll < 0.08) return `${pick(s.rng, PARTICLES)} ${last}`;
  if (roll < 0.12) return `${pick(s.rng, JOINED_PREFIXES)}${last}`;
  if (roll < 0.2) return `${last}-${part(s, 'last', own)}`;
  return last;
}

/** A given name: plain, hyphenated (Anna-Lena) or as an initial (J. / J). */
function givenName(s: NameSource, own: Faker): string {
  const first = part(s, 'first', own);
  const roll = s.rng();
  if (roll < 0.06) return `${first}-${part(s, 'first', own)}`;
  if (roll < 0.14) return `${first[0]!.toUpperCase()}${s.rng() < 0.8 ? '.' : ''}`;
  return first;
}

/** How the whole name is cased: mostly as given, sometimes all lower case (also inside text that writes
 *  capitals: people type names that way) or all capitals. */
function cased(name: string, rng: Rng): string {
  const roll = rng();
  if (roll < 0.12) return name.toLowerCase();
  if (roll < 0.16) return name.toUpperCase();
  return name;
}

/** A name as people write it: first + last, a second given name, initials, particles, "Last, First", cased. */
export function fullName(s: NameSource, own: Faker): string {
  const first = givenName(s, own);
  const last = familyName(s, own);
  const roll = s.rng();
  if (roll < 0.1) return cased(`${first} ${givenName(s, own)} ${last}`, s.rng);
  if (roll < 0.18) return `${last.toUpperCase()} ${first}`;
  if (roll < 0.22) return cased(`${last}, ${first}`, s.rng);
  return cased(`${first} ${last}`, s.rng);
}
