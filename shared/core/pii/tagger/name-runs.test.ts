import { describe, expect, it } from 'vitest';
import { eitherCase, eitherCaseByFirstLetter } from './name-runs.ts';
import { TELL_WORDS } from './person-addressed.ts';
import { MEETING_WORDS } from './person-grammar.ts';

/** A small deterministic generator: the same texts on every run. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

/** Texts made of the words (in either case and cut short), blanks, letters and punctuation. */
function texts(list: readonly string[], count: number): string[] {
  const next = random(11);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]!;
  const pieces = [' ', '  ', '\t', 'x', 'Ab', 'é', '\n', '.', ',', '𝐀', 'Anna', ...list];
  return Array.from({ length: count }, () => {
    let text = '';
    for (let i = 1 + Math.floor(next() * 10); i > 0; i--) {
      let piece = pick(pieces);
      if (next() < 0.3) piece = piece.slice(0, 1 + Math.floor(next() * piece.length)); // a word cut short
      if (next() < 0.3) piece = piece[0]!.toUpperCase() + piece.slice(1);
      text += piece;
    }
    return text;
  });
}

const readings = (matches: Iterable<RegExpExecArray>) => [...matches].map((m) => [m.index, ...m]);

describe('eitherCaseByFirstLetter', () => {
  it('matches as the words one after another, each in either case', () => {
    for (const list of [TELL_WORDS, MEETING_WORDS]) {
      const flat = new RegExp(`(?<![\\p{L}\\p{M}])(?:${list.map(eitherCase).join('|')})[ \\t]+(?=\\p{L})`, 'gu');
      const grouped = new RegExp(`(?<![\\p{L}\\p{M}])(?:${eitherCaseByFirstLetter(list)})[ \\t]+(?=\\p{L})`, 'gu');
      for (const text of texts(list, 6000)) expect(readings(text.matchAll(grouped)), text).toEqual(readings(text.matchAll(flat)));
    }
  });

  it('keeps the order of words opening alike: the first that matches wins, as before', () => {
    expect(eitherCaseByFirstLetter(['vraag', 'bel', 'vraag naar'])).toBe('[vV](?:raag|raag naar)|[bB](?:el)');
    expect(new RegExp(`(?:${eitherCaseByFirstLetter(['vraag', 'vraag naar'])}) `).exec('Vraag naar Piet')![0]).toBe('Vraag ');
  });
});
