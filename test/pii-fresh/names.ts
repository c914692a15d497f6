// Person names from faker locales no other set or the tagger used (af_ZA, pt_PT, sr_RS_latin, uz_UZ_latin, ro_MD,
// eo), Latin script only, recombined across locales. A token that is an ordinary word of the six languages (in
// shared/core/pii/tagger/common-words.txt, read as a plain word list) is dropped: a name that is also a word is a
// different problem from the one this set measures.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { af_ZA, eo, pt_PT, ro_MD, sr_RS_latin, uz_UZ_latin, type LocaleDefinition } from '@faker-js/faker';
import type { Rng } from '../pii-independent/rng.ts';

const HERE = dirname(fileURLToPath(import.meta.url));
export const NAME_LOCALES: Record<string, LocaleDefinition> = { af_ZA, pt_PT, sr_RS_latin, uz_UZ_latin, ro_MD, eo };
const LATIN_NAME = /^\p{Script=Latin}[\p{Script=Latin}'’]*$/u;

type NameDef = string[] | Partial<Record<'generic' | 'female' | 'male', string[]>> | undefined;

function flatten(def: NameDef): string[] {
  if (!def) return [];
  if (Array.isArray(def)) return def;
  return [...(def.generic ?? []), ...(def.female ?? []), ...(def.male ?? [])];
}

export function commonWords(): Set<string> {
  const text = readFileSync(join(HERE, '../../shared/core/pii/tagger/common-words.txt'), 'utf8');
  return new Set(text.split('\n').filter((l) => l && !l.startsWith('#')));
}

function usable(token: string, words: Set<string>): boolean {
  return token.length >= 3 && LATIN_NAME.test(token) && !words.has(token.toLowerCase());
}

export interface NamePools {
  given: string[];
  surnames: string[];
}

/** Sorted, deduplicated pools of given names and surnames that pass the filters. */
export function namePools(words: Set<string> = commonWords()): NamePools {
  const given = new Set<string>();
  const surnames = new Set<string>();
  for (const locale of Object.values(NAME_LOCALES)) {
    const person = locale.person as { first_name?: NameDef; last_name?: NameDef } | undefined;
    for (const g of flatten(person?.first_name)) if (usable(g, words)) given.add(g);
    for (const s of flatten(person?.last_name)) if (usable(s, words)) surnames.add(s);
  }
  const sorted = (s: Set<string>) => [...s].sort();
  return { given: sorted(given), surnames: sorted(surnames) };
}

const PARTICLES = ['van der', 'de', 'da', 'dos', 'van', 'di', 'del', 'von'];

function surname(rng: Rng, pools: NamePools): string {
  const s = rng.pick(pools.surnames);
  const roll = rng.next();
  if (roll < 0.12) return `${s}-${rng.pick(pools.surnames)}`;
  if (roll < 0.22) return `${rng.pick(PARTICLES)} ${s}`;
  return s;
}

/** A person's name in one of the forms people write: full, lower case, initial, CAPITALS surname first, given name alone. */
export function personName(rng: Rng, pools: NamePools, form?: string): string {
  const g = rng.pick(pools.given);
  const s = surname(rng, pools);
  const f = form ?? rng.pick(['full', 'full', 'full', 'lower', 'initial', 'caps', 'two-given']);
  if (f === 'lower') return `${g} ${s}`.toLowerCase();
  if (f === 'initial') return `${g[0]}. ${s}`;
  if (f === 'caps') return `${s.toUpperCase()} ${g}`;
  if (f === 'two-given') return `${g} ${rng.pick(pools.given)} ${s}`;
  if (f === 'given') return g;
  if (f === 'surname') return s;
  return `${g} ${s}`;
}
