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

  it('the committed lists: technical-words.txt holds words the prose list lacks, no given name the tagger must find', () => {
    const read = (file: string) => readFileSync(join(import.meta.dirname, file), 'utf8');
    const prose = commonWords(read('common-words.txt'));
    const technical = read('technical-words.txt')
      .split('\n')
      .filter((line) => line !== '' && !line.startsWith('#'));
    expect(technical.length).toBeGreaterThan(5000);
    expect(technical.filter(prose)).toEqual([]);
    expect(technical.filter((w) => w.length < 5)).toEqual([]);
    const both = commonWords(read('common-words.txt'), read('technical-words.txt'));
    expect(['Hinweise', 'Alleen', 'Maximale'].map(both)).toEqual([true, true, true]);
    expect(['Anna', 'Okonkwo'].map((w) => both(w) && !prose(w))).toEqual([false, false]);
  });
});
