import { describe, expect, it } from 'vitest';
import { scanText } from './detect.ts';
import { numberWordsToDigits } from './spoken-digits.ts';

describe('dates said in words', () => {
  it.each([
    ['en, day before', 'I was born on the twenty-first of July, nineteen seventy-five', 'I was born on the 21 of July, 1975'],
    ['en, day after, a year with "oh"', 'born July twenty-first, nineteen oh five', 'born July 21, 1905'],
    ['en, a year in thousands', 'born on the first of May two thousand and three', 'born on the 1 of May 2003'],
    ['de, one word a number', 'geboren am einundzwanzigsten Juli neunzehnhundertfünfundsiebzig', 'geboren am 21 Juli 1975'],
    ['de, an irregular ordinal', 'geboren am ersten Mai zweitausenddrei', 'geboren am 1 Mai 2003'],
    ['fr', 'né le vingt et un juillet mille neuf cent soixante-quinze', 'né le 21 juillet 1975'],
    ['fr, premier and a year in hundreds', 'née le premier mars dix-neuf cent quatre-vingt-dix', 'née le 1 mars 1990'],
    ['es', 'nacido el veintiuno de julio de mil novecientos setenta y cinco', 'nacido el 21 de julio de 1975'],
    ['it', 'nato il ventuno luglio millenovecentosettantacinque', 'nato il 21 luglio 1975'],
    ['nl', 'geboren op eenentwintig juli negentienhonderdvijfenzeventig', 'geboren op 21 juli 1975'],
    ['nl, an ordinal', 'geboren op de achtste mei tweeduizendtwee', 'geboren op de 8 mei 2002'],
  ])('%s: read as digits', (_, said, written) => {
    expect(numberWordsToDigits(said)).toBe(written);
  });

  it('is found as a date of birth, its span the words', () => {
    const text = 'I was born on the twenty-first of July, nineteen seventy-five.';
    const [found] = scanText(text).entities;
    expect(found?.type).toBe('DATE_OF_BIRTH');
    expect(text.slice(found!.start, found!.end)).toBe('twenty-first of July, nineteen seventy-five');
  });

  it('leaves number words without a month beside them, and a day and month without a year, as they are', () => {
    expect(numberWordsToDigits('may I have two thousand apples')).toBe('may I have two thousand apples');
    expect(numberWordsToDigits('We meet in March, three of us, at nine.')).toBe('We meet in March, three of us, at nine.');
    expect(numberWordsToDigits('we met one May morning in the park')).toBe('we met one May morning in the park');
  });
});
