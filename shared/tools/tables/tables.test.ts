import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CALLING_PLAN } from '../../core/pii/detectors/phone-plan.ts';
import { CITY_NAMES } from '../../core/pii/detectors/city-names.ts';
import { COUNTRY_NAMES } from '../../core/pii/detectors/country-names.ts';
import { TABLES } from './build.ts';
import { publicFigureLists, wordnetPeople } from './public-figures.ts';

describe('the generated lookup tables', () => {
  it('are committed as their sources give them today', () => {
    for (const { file, module } of TABLES) expect(readFileSync(file, 'utf8'), file).toBe(module());
  });

  it('know every country calling code, with the lengths of its personal numbers', () => {
    expect(Object.keys(CALLING_PLAN).length).toBeGreaterThan(200);
    expect(CALLING_PLAN['233']).toEqual([9, 9]); // Ghana: 050 493 8002 without its trunk 0
    expect(CALLING_PLAN['389']).toEqual([8, 8]); // North Macedonia
    expect(CALLING_PLAN['998']).toEqual([9, 9]); // Uzbekistan
  });

  it("name the time zones' cities", () => {
    for (const name of ['Phnom Penh', 'Addis Ababa', 'Harare', 'Kinshasa']) expect(CITY_NAMES.has(name), name).toBe(true);
  });

  it('name the countries in the six languages', () => {
    for (const name of ['Sri Lanka', 'Madagaskar', 'Îles Féroé', 'Burkina Faso', 'Costa Rica', 'Nuova Zelanda'])
      expect(COUNTRY_NAMES.has(name), name).toBe(true);
  });
});

describe('the public figures read from WordNet', () => {
  // four lines of WordNet 3.0's data.noun (shortened glosses): a class, and three instances of a person
  const DATA_NOUN = [
    '  1 This software and database is being provided to you, the LICENSEE, by Princeton University',
    '10428004 18 n 01 physicist 0 001 @ 10560637 n 0000 | a scientist trained in physics',
    '10954498 18 n 02 Einstein 0 Albert_Einstein 0 002 @i 10428004 n 0000 + 03031248 a 0101 | physicist born in Germany',
    '11305402 18 n 03 Smith 3 John_Smith 0 Captain_John_Smith 0 001 @i 10072708 n 0000 | English explorer',
    '09520367 18 n 01 Nina 0 002 @i 09513902 n 0000 ;r 08916832 n 0000 | the Babylonian goddess of the watery deep',
    '',
  ].join('\n');

  it('are the instances of a person, with every name WordNet gives them', () => {
    expect(wordnetPeople(DATA_NOUN)).toEqual([['Einstein', 'Albert Einstein'], ['Smith', 'John Smith', 'Captain John Smith'], ['Nina']]);
  });

  it('leave out the names private people have as much', () => {
    const common = {
      isCommonPair: (given: string, family: string) => given === 'John' && family === 'Smith',
      isCommonName: (word: string) => word === 'Smith' || word === 'Nina',
    };
    expect(publicFigureLists(wordnetPeople(DATA_NOUN), common)).toEqual({
      fullNames: ['Albert Einstein', 'Captain John Smith'],
      namesAlone: ['Einstein'],
    });
  });
});
