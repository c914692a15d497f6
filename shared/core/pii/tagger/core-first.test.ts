import { describe, expect, it } from 'vitest';
import { blanksBefore, matchesFromCore, type CoreFirst } from './core-first.ts';
import { TELL, TOLD_BEFORE_VERB } from './person-addressed.ts';
import { NUMBER_AFTER_DASH, ONLY_A_PERSON } from './person-roles.ts';

/** A small deterministic generator: the same texts on every run. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

/** Texts made of the pieces a pattern's opening and core are made of, and the characters between them. */
function texts(pieces: readonly string[], count: number, seed = 7): string[] {
  const next = random(seed);
  return Array.from({ length: count }, () => {
    let text = '';
    const n = 1 + Math.floor(next() * 14);
    for (let i = 0; i < n; i++) text += pieces[Math.floor(next() * pieces.length)];
    return text;
  });
}

/** What each match says: where, what, and its groups. */
const readings = (matches: Iterable<RegExpExecArray>) => [...matches].map((m) => [m.index, ...m]);

function expectSameMatches(pattern: CoreFirst, pieces: readonly string[]): void {
  for (const text of texts(pieces, 4000))
    expect(readings(matchesFromCore(text, pattern)), text).toEqual(readings(text.matchAll(pattern.re)));
}

const BLANKS_AND_WORDS = [' ', '  ', '\t', 'x', 'Ab', 'é', 'ab', 'éa', '\u0301', '\n', '.', ',', '𝑎', '𝐀', '-'];

describe('matchesFromCore', () => {
  it('finds what matchAll finds, blanks before a dash and a number', () => {
    expectSameMatches(NUMBER_AFTER_DASH, [' ', '\t', '  ', '-', '–', ':', '(', '+', '1', '23', '4567', '.', '/', 'a', ')']);
  });

  it('finds what matchAll finds, a lower-case word before what only a person does', () => {
    expectSameMatches(ONLY_A_PERSON, [...BLANKS_AND_WORDS, ' is absent', ' will be absent', ' kann', ' kan', ' nicht', ' morgen', ' Anna']);
  });

  it('finds what matchAll finds behind a look-behind', () => {
    expectSameMatches(TELL, [...BLANKS_AND_WORDS, 'tell', 'Tell', 'ask', 'frag mal', 'Anna', 'dis à', 'à', 'llama a', 'bel']);
    expectSameMatches(TOLD_BEFORE_VERB, [...BLANKS_AND_WORDS, 'du', 'Sie', 'wir', 'Anna', 'sagen', 'fragen', ' dass', ' ob', ',']);
  });

  it('reads the blanks before a core back to where the search started', () => {
    expect(blanksBefore('ab \t -', 5, 0)).toBe(2);
    expect(blanksBefore('ab \t -', 5, 4)).toBe(4);
    expect(blanksBefore('ab-', 2, 0)).toBe(2);
  });
});
