import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commonWords } from './common-words.ts';

describe('commonWords', () => {
  it('looks a word up in any of the lists, whatever its case; comment lines are no words', () => {
    const isCommon = commonWords('# prose\nlieferung\nthe\n', '# manual pages\nvielzahl\n');
    expect(['Lieferung', 'THE', 'Vielzahl'].map(isCommon)).toEqual([true, true, true]);
    expect(['# prose', 'Okonkwo', ''].map(isCommon)).toEqual([false, false, false]);
  });

  it('takes British spellings as the American word the lists hold: a prompt opening "Summarise" is no name', () => {
    const isCommon = commonWords('summarize\nsummarized\ncolors\norganization\n');
    expect(['Summarise', 'summarised', 'colours', 'organisation'].map(isCommon)).toEqual([true, true, true, true]);
    expect(['Louise', 'Denise', 'Seymour'].map(isCommon)).toEqual([false, false, false]);
  });

  it('the committed lists: technical-words.txt holds words the prose list lacks, no given name the tagger must find', () => {
    const read = (file: string) => readFileSync(join(import.meta.dirname, file), 'utf8');
    const listed = (file: string) =>
      read(file)
        .split('\n')
        .filter((line) => line !== '' && !line.startsWith('#'));
    const prose = commonWords(read('common-words.txt'));
    const proseWords = new Set(listed('common-words.txt'));
    const technical = listed('technical-words.txt');
    expect(technical.length).toBeGreaterThan(5000);
    expect(technical.filter((w) => proseWords.has(w))).toEqual([]);
    expect(technical.filter((w) => w.length < 5)).toEqual([]);
    const both = commonWords(read('common-words.txt'), read('technical-words.txt'));
    expect(['Hinweise', 'Alleen', 'Maximale'].map(both)).toEqual([true, true, true]);
    expect(['Anna', 'Okonkwo'].map((w) => both(w) && !prose(w))).toEqual([false, false]);
  });
});
