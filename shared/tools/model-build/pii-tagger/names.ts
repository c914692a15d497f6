// Names for the examples. Faker's per-locale lists are short: a tagger trained on them alone learns the
// lists (a gazetteer), not what a name looks like in context. So in training, given and family names are
// mixed across origins and a share of them is mutated into new, name-shaped strings (letters swapped for
// letters of the same kind) that no list holds. The held-out split uses its locales' names as they are.
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

export interface NameSource {
  rng: Rng;
  fakers: readonly Faker[];
  /** Mix origins and mutate (training only). */
  augment: boolean;
}

function part(s: NameSource, kind: 'first' | 'last', own: Faker): string {
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

/** A name as people write it: first + last, sometimes with a second given name, in capitals or lower case. */
export function fullName(s: NameSource, own: Faker): string {
  const first = part(s, 'first', own);
  const last = part(s, 'last', own);
  const roll = s.rng();
  if (roll < 0.1) return `${first} ${part(s, 'first', own)} ${last}`;
  if (roll < 0.14) return `${first} ${last}`.toLowerCase();
  if (roll < 0.17) return `${last.toUpperCase()} ${first}`;
  return `${first} ${last}`;
}
