// Person names of this set: given names and surnames of faker locales that none of the other sets used (lv, hr,
// yo_NG, zu_ZA, az, hu, en_NG; Latin script only), recombined across locales. A token is dropped when it is an
// ordinary word of the six languages (the tagger's common-word list, read as a plain word list), when it is
// shorter than three letters, or when it appears in a PERSON span of any other set, test/pii-blind included (read
// mechanically by the build, never looked at by its author).
import { allLocales } from '@faker-js/faker';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { commonWords, nameTokens, OTHER_SETS, ROOT } from '../pii-blind/names.ts';

export { commonWords, nameTokens };

export const NAME_LOCALES = ['lv', 'hr', 'yo_NG', 'zu_ZA', 'az', 'hu', 'en_NG'] as const;
/** Every labelled set this one must not share a name token with. */
export const ALL_OTHER_SETS = [...OTHER_SETS, 'test/pii-blind/blind.jsonl'];

// Surnames of widely known public figures: a PERSON label must not hang on an encyclopaedic name.
const FAMOUS = new Set([
  'Tesla',
  'Tito',
  'Zuma',
  'Mandela',
  'Buthelezi',
  'Soyinka',
  'Obasanjo',
  'Achebe',
  'Petőfi',
  'Liszt',
  'Bartók',
  'Puskás',
]);

type NameList = readonly string[] | { generic?: readonly string[]; female?: readonly string[]; male?: readonly string[] } | undefined;

function flat(x: NameList): string[] {
  if (!x) return [];
  if (Array.isArray(x)) return [...(x as readonly string[])];
  const o = x as { generic?: readonly string[]; female?: readonly string[]; male?: readonly string[] };
  return [...(o.generic ?? []), ...(o.female ?? []), ...(o.male ?? [])];
}

/** Every token of every PERSON span of every other set, test/pii-blind included. */
export function allOtherSetsPersonTokens(): Set<string> {
  const out = new Set<string>();
  for (const path of ALL_OTHER_SETS)
    for (const line of readFileSync(join(ROOT, path), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const d = JSON.parse(line) as { text: string; entities: { type: string; start: number; end: number }[] };
      for (const e of d.entities) if (e.type === 'PERSON') for (const t of nameTokens(d.text.slice(e.start, e.end))) out.add(t);
    }
  return out;
}

export interface NamePool {
  given: string[];
  surnames: string[];
}

function usable(name: string, banned: Set<string>, common: Set<string>): boolean {
  // Latin letters only (no apostrophes: uz-style G'ulomov would split into a one-letter token).
  if (!/^[\p{Script=Latin}-]+$/u.test(name) || FAMOUS.has(name)) return false;
  // Faker glitches such as "NikolićKovačić" (two surnames run together) are no one's spelling.
  if (/\p{Ll}\p{Lu}/u.test(name)) return false;
  return nameTokens(name).every((t) => t.length >= 3 && !banned.has(t) && !common.has(t));
}

/** The set's name pool, sorted and deduplicated so the build is deterministic. */
export function namePool(): NamePool {
  const banned = allOtherSetsPersonTokens();
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
