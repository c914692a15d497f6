// Person names of this set: given names and surnames of faker locales that no other set and no training used
// (sl_SI, ku_kmr_latin, en_ZA, en_GH, fr_SN, en_NP, en_HK), recombined across locales. A token is dropped when it
// is an ordinary word of the six languages (the tagger's common-word list, read as a plain word list), when it
// appears in a PERSON span of the other three sets (read here, never looked at), or when it is shorter than three
// letters.
import { allLocales } from '@faker-js/faker';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
export const ROOT = join(HERE, '../..');

export const NAME_LOCALES = ['sl_SI', 'ku_kmr_latin', 'en_ZA', 'en_GH', 'fr_SN', 'en_NP', 'en_HK'] as const;
export const OTHER_SETS = ['test/pii-fresh/fresh.jsonl', 'test/pii-independent/independent.jsonl', 'test/pii-heldout/heldout.jsonl'];

type NameList = readonly string[] | { generic?: readonly string[]; female?: readonly string[]; male?: readonly string[] } | undefined;

function flat(x: NameList): string[] {
  if (!x) return [];
  if (Array.isArray(x)) return [...(x as readonly string[])];
  const o = x as { generic?: readonly string[]; female?: readonly string[]; male?: readonly string[] };
  return [...(o.generic ?? []), ...(o.female ?? []), ...(o.male ?? [])];
}

/** Lower-cased tokens of a name: split on spaces, dots, hyphens and apostrophes. */
export function nameTokens(name: string): string[] {
  return name
    .toLowerCase()
    .split(/[\s.,'’-]+/)
    .filter((t) => t.length > 0);
}

export function commonWords(): Set<string> {
  return new Set(
    readFileSync(join(ROOT, 'shared/core/pii/tagger/common-words.txt'), 'utf8')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l !== '' && !l.startsWith('#')),
  );
}

/** Every token of every PERSON span of the other sets. */
export function otherSetsPersonTokens(): Set<string> {
  const out = new Set<string>();
  for (const path of OTHER_SETS)
    for (const line of readFileSync(join(ROOT, path), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const d = JSON.parse(line) as { text: string; entities: { type: string; start: number; end: number }[] };
      for (const e of d.entities) if (e.type === 'PERSON') for (const t of nameTokens(d.text.slice(e.start, e.end))) out.add(t);
    }
  return out;
}

// Surnames of widely known public figures: a set's PERSON label must not hang on an encyclopaedic name.
const FAMOUS = new Set(['Gandhi', 'Tutu', 'Zuma', 'Nkrumah', 'Öcalan', 'Erdoğan', 'Senghor', 'Prešeren', 'Cankar', 'Talabani', 'Janša']);

export interface NamePool {
  given: string[];
  surnames: string[];
}

function usable(name: string, banned: Set<string>, common: Set<string>): boolean {
  if (!/^[\p{Script=Latin}'’-]+$/u.test(name) || /[ɔɛ]/.test(name) || FAMOUS.has(name)) return false;
  return nameTokens(name).every((t) => t.length >= 3 && !banned.has(t) && !common.has(t));
}

/** The set's name pool, sorted and deduplicated so the build is deterministic. */
export function namePool(): NamePool {
  const banned = otherSetsPersonTokens();
  const common = commonWords();
  const given = new Set<string>();
  const surnames = new Set<string>();
  for (const loc of NAME_LOCALES) {
    const person = (allLocales as Record<string, { person?: { first_name?: NameList; last_name?: NameList } }>)[loc]?.person;
    for (const g of flat(person?.first_name)) if (usable(g, banned, common)) given.add(g);
    for (const s of flat(person?.last_name)) if (usable(s, banned, common)) surnames.add(s);
  }
  return { given: [...given].sort(), surnames: [...surnames].sort() };
}
