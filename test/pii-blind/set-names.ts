// Name-pool mechanics that test/pii-blind5 … test/pii-blind11 each held as a copy: the tokens of a name, the other
// sets' PERSON tokens, the Debian word lists and the faker names a pool is filtered against; (pii-blind9 …
// pii-blind11) the filter itself and the pool less the other sets' tokens. Each set keeps its
// own lists (names-curated.ts), famous names, name shape, folding of diacritics and pool layout, and passes them in.
import { allLocales } from '@faker-js/faker';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// ---- tokens ----

/** Particles inside a name that are not name tokens of their own: those the other sets' spans hold (pii-blind8 on;
 * the earlier sets keep their shorter list). */
export const PARTICLES: ReadonlySet<string> = new Set([
  'van', 'de', 'da', 'di', 'von', 'del', 'der', 'la', 'le', 'du', 'ter', 'ten', 'á', 'í', 'við', 'undir', 'úr', 'vid',
  'ur',
]); // prettier-ignore

/** A name's pieces: split on spaces, dots, commas and apostrophes, lower-cased. */
function pieces(name: string): string[] {
  return name
    .toLowerCase()
    .split(/[\s.,'’]+/)
    .filter((t) => t.length > 0);
}

/** Lower-cased tokens of a name. A hyphenated piece gives the parts run together and each part; `syllable` tells
 * a part of a hyphenated piece from a whole token. */
export function nameTokenParts(name: string): { token: string; syllable: boolean }[] {
  const out: { token: string; syllable: boolean }[] = [];
  for (const p of pieces(name)) {
    const parts = p.split(/[-‐]+/).filter(Boolean);
    if (parts.length > 1) {
      out.push({ token: parts.join(''), syllable: false });
      for (const part of parts) out.push({ token: part, syllable: true });
    } else if (parts.length === 1) out.push({ token: parts[0]!, syllable: false });
  }
  return out;
}

/** Lower-cased tokens of a name. */
export function nameTokens(name: string): string[] {
  return [...new Set(nameTokenParts(name).map((t) => t.token))];
}

/** A name without diacritics (every combining mark dropped: "Fès" → "Fes", "Satō" → "Sato"). */
export function foldMarks(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '');
}

/** Every token of a name as written and as `fold` writes it. */
export const tokensAsWrittenAndFolded = (name: string, fold: (name: string) => string): string[] => [
  ...new Set([...nameTokens(name), ...nameTokens(fold(name))]),
];

/** Every token of every PERSON span of the sets at `paths` (relative to `root`), read mechanically. */
export function personTokensOf(root: string, paths: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const path of paths)
    for (const line of readFileSync(join(root, path), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const d = JSON.parse(line) as { text: string; entities: { type: string; start: number; end: number }[] };
      for (const e of d.entities) if (e.type === 'PERSON') for (const t of nameTokens(d.text.slice(e.start, e.end))) out.add(t);
    }
  return out;
}

// ---- what a pool is filtered against (build.ts --extract) ----

const DICTS = ['american-english', 'ngerman', 'french', 'spanish', 'italian', 'dutch'];

/** Ordinary words of the six languages, lower-cased (the installed Debian word lists; --extract only): every
 * lower-case entry, the German list's capitalised entries (nouns) and the American list's capitalised entries
 * (places, brands and famous people an English reader knows). */
export function dictionaryWords(): Set<string> {
  const words = new Set<string>();
  for (const d of DICTS) {
    const path = join('/usr/share/dict', d);
    if (!existsSync(path))
      throw new Error(`missing word list ${path}: apt-get install wamerican wngerman wfrench wspanish witalian wdutch`);
    for (const line of readFileSync(path, 'utf8').split('\n')) {
      const w = line.replace(/'s$/, '');
      if (!w) continue;
      if (/^\p{Lu}/u.test(w) && d !== 'ngerman' && d !== 'american-english') continue;
      words.add(w.toLowerCase());
    }
  }
  return words;
}

/** A faker locale's person definitions (first_name and last_name hold lists by gender). */
export type FakerPerson = { first_name?: Record<string, unknown>; last_name?: Record<string, unknown> } | undefined;
export const personOf = (loc: string): FakerPerson => (allLocales as Record<string, { person?: FakerPerson }>)[loc]?.person;

/** Every string inside a faker definition (arrays and objects of arrays). */
export function leaves(v: unknown, out: string[] = []): string[] {
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) for (const x of v) leaves(x, out);
  else if (v && typeof v === 'object') for (const x of Object.values(v)) leaves(x, out);
  return out;
}

/** Which faker locales a set compares its names with besides the Latin-script ones: `skip` (its own, which hold
 * its names) and `always` (non-Latin locales that the training or another set drew from). */
export interface FakerLocales {
  readonly skip?: readonly string[];
  readonly always?: readonly string[];
}

/** Tokens (by `allForms`) of every person name of the Latin-script faker locales (the training's and the other
 * sets' locales are all among them), so that no name of a set is also a name there. */
export function fakerNameTokens(allForms: (name: string) => string[], locales: FakerLocales = {}): Set<string> {
  const used = new Set<string>();
  for (const loc of Object.keys(allLocales)) {
    if (locales.skip?.includes(loc)) continue;
    const names = [...leaves(personOf(loc)?.first_name), ...leaves(personOf(loc)?.last_name)];
    const latin = names.filter((n) => /^[\p{Script=Latin}\s.'’-]+$/u.test(n)).length;
    if (!locales.always?.includes(loc) && (names.length === 0 || latin < names.length / 2)) continue;
    for (const n of names) for (const t of allForms(n)) used.add(t);
  }
  return used;
}

// ---- the filter (pii-blind9 … pii-blind11) ----

export type DropReason = 'word' | 'short' | 'used' | 'famous' | 'shape';

/** A set's rules for which curated names stay. */
export interface NameRules {
  /** The shape a name must have (capitalised word, or the set's variant). */
  readonly shape: RegExp;
  readonly famous: ReadonlySet<string>;
  /** Tokens of a name as written and without diacritics. */
  readonly allForms: (name: string) => string[];
}

/** Why a curated name is left out, or undefined when it stays. */
export function dropReason(name: string, rules: NameRules, words: Set<string>, used: Set<string>): DropReason | undefined {
  const tokens = rules.allForms(name);
  if (!rules.shape.test(name)) return 'shape';
  if (tokens.some((t) => t.length < 3)) return 'short';
  if (tokens.some((t) => rules.famous.has(t))) return 'famous';
  if (tokens.some((t) => words.has(t))) return 'word';
  if (tokens.some((t) => used.has(t))) return 'used';
  return undefined;
}

/** The pool a set lays out from its kept names, and every dropped name by reason (sorted, each once). */
export function filterNames<Pool>(
  rules: NameRules,
  words: Set<string>,
  layout: (keep: (names: readonly string[]) => string[]) => Pool,
): { pool: Pool; dropped: Record<DropReason, string[]> } {
  const used = fakerNameTokens(rules.allForms);
  const dropped: Record<DropReason, string[]> = { word: [], short: [], used: [], famous: [], shape: [] };
  const keep = (names: readonly string[]): string[] => {
    const out = new Set<string>();
    for (const n of names) {
      const why = dropReason(n, rules, words, used);
      if (why) dropped[why].push(n);
      else out.add(n);
    }
    return [...out].sort();
  };
  const pool = layout(keep);
  for (const k of Object.keys(dropped) as DropReason[]) dropped[k] = [...new Set(dropped[k])].sort();
  return { pool, dropped };
}

// ---- the pool at build time (pii-blind9 … pii-blind11) ----

/** A locale's lists of names (given names, family names and whatever else the set keeps). */
type Lists<P> = { [K in keyof P]: string[] };

const listsOf = <P extends Lists<P>>(p: P): string[][] => Object.values<string[]>(p);

/** The committed pool less every name with a token (by `allForms`, three letters or more) in `others`. */
export function poolWithout<L extends string, P extends Lists<P>>(
  committed: Readonly<Record<L, P>>,
  locales: readonly L[],
  others: Set<string>,
  allForms: (loc: L, name: string) => string[],
): Record<L, P> {
  const out = {} as Record<L, P>;
  for (const loc of locales) {
    const free = (xs: string[]): string[] => xs.filter((n) => allForms(loc, n).every((t) => t.length < 3 || !others.has(t)));
    const p = committed[loc];
    out[loc] = Object.fromEntries(Object.entries<string[]>(p).map(([k, xs]) => [k, free(xs)])) as P;
  }
  return out;
}

/** Every name token of a pool (by `allForms`), three letters or more and not a particle: the tokens no text may hold
 * outside a span. */
export function tokensOfPool<L extends string, P extends Lists<P>>(
  pool: Readonly<Record<L, P>>,
  locales: readonly L[],
  allForms: (loc: L, name: string) => string[],
): Set<string> {
  const out = new Set<string>();
  for (const loc of locales)
    for (const n of listsOf(pool[loc]).flat()) for (const t of allForms(loc, n)) if (t.length >= 3 && !PARTICLES.has(t)) out.add(t);
  return out;
}

// ---- a set's pool helpers (pii-blind12 on) ----

/** The labelled sets blind set `n` must not share a PERSON token with: the blind sets before it, then the fresh,
 * independent and held-out sets. */
export const labelledSetsBefore = (n: number): string[] => [
  'test/pii-blind/blind.jsonl',
  ...Array.from({ length: n - 2 }, (_, i) => `test/pii-blind${i + 2}/blind${i + 2}.jsonl`),
  'test/pii-fresh/fresh.jsonl',
  'test/pii-independent/independent.jsonl',
  'test/pii-heldout/heldout.jsonl',
];

export interface PoolTools<L extends string, P> {
  /** Every token of a name as written and without diacritics. */
  nameTokensAllForms(name: string): string[];
  /** Every token of every PERSON span of the other sets. */
  otherSetsPersonTokens(): Set<string>;
  /** The committed pool less every name with a token (as written or without diacritics) another set's PERSON spans
   * hold. */
  namePool(committed: Readonly<Record<L, P>>, others: Set<string>): Record<L, P>;
  /** Every name token of a pool, as written and without diacritics, three letters or more and not a particle: the
   * tokens no text may hold outside a span. */
  poolNameTokens(pool: Readonly<Record<L, P>>): Set<string>;
}

/** A set's pool helpers over its locales, with names folded by foldMarks and `otherSets` (paths from `root`). */
export function poolTools<L extends string, P extends Lists<P>>(
  root: string,
  locales: readonly L[],
  otherSets: readonly string[],
): PoolTools<L, P> {
  const nameTokensAllForms = (name: string): string[] => tokensAsWrittenAndFolded(name, foldMarks);
  const allForms = (_loc: L, name: string): string[] => nameTokensAllForms(name);
  return {
    nameTokensAllForms,
    otherSetsPersonTokens: () => personTokensOf(root, otherSets),
    namePool: (committed, others) => poolWithout(committed, locales, others, allForms),
    poolNameTokens: (pool) => tokensOfPool(pool, locales, allForms),
  };
}
