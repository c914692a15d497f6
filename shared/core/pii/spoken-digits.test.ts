import { describe, expect, it } from 'vitest';
import { findingInInput, joinSpacedDigits, numberWordsToDigits, readSpelledNumbers } from './spoken-digits.ts';
import type { Finding } from './types.ts';
import { scanText } from './detect.ts';

/** What the read text says, and the input behind each stretch of digits in it. */
function read(input: string): { text: string; sources: string[] } | undefined {
  const r = readSpelledNumbers(input);
  if (!r) return undefined;
  const sources = [...r.text.matchAll(/\d[\d./:()-]*/g)].map((m) => input.slice(r.from[m.index]!, r.to[m.index + m[0].length - 1]!));
  return { text: r.text, sources };
}

describe('readSpelledNumbers: numbers read out, mapped back to the words', () => {
  it.each([
    ['en', 'call me on oh two oh, seven nine four six, oh nine five eight', 'call me on 02079460958'],
    ['de', 'Meine Nummer: null eins sieben sechs, zwei drei vier fünf sechs sieben acht', 'Meine Nummer: 01762345678'],
    ['fr', 'mon numéro : zéro six, douze, trente-quatre, cinquante-six, soixante-dix-huit', 'mon numéro : 0612345678'],
    ['es', 'mi número es seis uno dos, tres cuatro cinco, seis siete ocho', 'mi número es 612345678'],
    ['it', 'il mio numero è zero tre tre, quattro cinque sei, sette otto nove uno', 'il mio numero è 0334567891'],
    ['nl', 'mijn nummer is nul zes een twee drie vier vijf zes zeven acht', 'mijn nummer is 0612345678'],
  ])('%s', (_, input, text) => {
    const r = read(input)!;
    expect(r.text).toBe(text);
    // the digits stand for the words they were read from, from the first word to the last
    expect(r.sources).toHaveLength(1);
    expect(input.endsWith(r.sources[0]!)).toBe(true);
    expect(input.slice(0, input.length - r.sources[0]!.length)).toBe(text.replace(/\d+$/, ''));
  });

  it('repeats the digit after "double", "triple", "doppel", "dubbel", "doppio", hyphenated or not', () => {
    expect(numberWordsToDigits('oh seven seven double-oh nine one two')).toBe('077009' + '12');
    expect(numberWordsToDigits('triple five, two four one')).toBe('555241');
    expect(numberWordsToDigits('null drei null doppel-eins zwei')).toBe('0301' + '12');
    expect(numberWordsToDigits('nul zes dubbel vijf een')).toBe('06551');
    expect(numberWordsToDigits('tre quattro doppio zero sette')).toBe('34007');
  });

  it('reads spellings with and without accents, umlauts and local forms', () => {
    expect(numberWordsToDigits('null eins fuenf zwo acht')).toBe('01528');
    expect(numberWordsToDigits('seis veintitrés veintiseis dieciseis')).toBe('6232616');
    expect(numberWordsToDigits('zero due trentatré ventitre')).toBe('023323');
    expect(numberWordsToDigits('nul één twee drie')).toBe('0123');
    expect(numberWordsToDigits('zero six nought five')).toBe('0605');
  });

  it('joins digits spaced out one by one and maps the number back to the spaced digits', () => {
    expect(read('Handy: 0 1 7 6 1 2 3 4 5 6 7')).toEqual({ text: 'Handy: 01761234567', sources: ['0 1 7 6 1 2 3 4 5 6 7'] });
    expect(read('tel 0-6-1-2-3-4-5-6-7-8, thanks')).toEqual({ text: 'tel 0612345678, thanks', sources: ['0-6-1-2-3-4-5-6-7-8'] });
    // The writer's own groups stay apart: the gap that spaces the digits out goes, another one stays.
    expect(read('card 4-5-3-9 1-4-8-8 0-3-4-3 6-4-6-7')?.text).toBe('card 4539 1488 0343 6467');
    expect(joinSpacedDigits('Handy 0 1 7 6 1 2 3')).toBe('Handy 0176123');
  });

  it('reads the digits of eight more languages; their words that are ordinary elsewhere only beside their own', () => {
    expect(numberWordsToDigits('meu cartão: quatro cinco três nove um quatro oito oito')).toBe('meu cartão: 45391488');
    expect(numberWordsToDigits('numer: zero jeden pięć jeden dwa trzy')).toBe('numer: 015123');
    expect(numberWordsToDigits('telefon: nul fire en to tre fire')).toBe('telefon: 041234');
    expect(numberWordsToDigits('kartım: dört beş üç dokuz bir dört')).toBe('kartım: 453914');
    expect(numberWordsToDigits('from one to two to three to four')).toBe('from one to two to three to four');
    expect(numberWordsToDigits('I want to go to the fire station en route')).toBe('I want to go to the fire station en route');
  });

  it("reads a code's letters between its number words, up to six capitals", () => {
    expect(numberWordsToDigits('licence X drei neun neun LDDUS fünf fünf.')).toBe('licence X 399LDDUS55.');
  });

  it('maps a number read partly as words and partly as spaced digits back to each part', () => {
    const r = read('Nummer null eins sieben sechs 1 2 3 4 5 6 7')!;
    expect(r.text).toBe('Nummer 0176 1234567');
    expect(r.sources).toEqual(['null eins sieben sechs', '1 2 3 4 5 6 7']);
  });

  it.each([
    'one or two of the three options, four if needed',
    'Ich habe eine Frage und ein Problem, zwei Wochen später',
    "Il y a un ou deux points, trois au plus, et c'est neuf",
    'Tengo dos perros y tres gatos, uno es negro',
    'Tu sei qui da tre giorni e due notti',
    'een man en een vrouw, twee kinderen',
    'Steps 1, 2, 3 and 4',
    'Final score 3 - 1, then 2 - 2, 1 - 0',
    'version 1.2.3, released 2024-03-15',
    'a double espresso and a triple shot',
  ])('leaves prose, lists, scores and versions alone: %s', (text) => {
    expect(readSpelledNumbers(text)).toBeUndefined();
  });
});

describe('readSpelledNumbers: runs among words that are not numbers', () => {
  // A text is looked at as a whole first (a run of number words or none); these runs must still be read.
  it.each([
    ['fr', 'quatre-vingts quatre-vingts quatre-vingts quatre-vingts', '80808080'],
    ['fr', 'soixante-et-onze, quatre-vingt-douze, vingt-et-un, dix-sept', '71922117'],
    ['en', 'twenty-one thirty-two forty-three fifty-four', '21324354'],
    ['en', 'code: double seven, triple oh, double nine, one', 'code: 77000991'],
    ['de', 'Kennung SZ vier null AB sieben acht', 'Kennung SZ 40AB78'],
    ['es', 'IP dos a cero dos : d ocho : uno', 'IP 2a02:d8:1'],
    ['it', 'codice tre E quattro e cinque E sei', 'codice 3E45E6'],
    ['nl', 'nummer nul zes, en twee drie, en vier', 'nummer 06234'],
  ])('%s: %s', (_, input, expected) => {
    expect(readSpelledNumbers(input)?.text).toBe(expected);
  });

  it.each([
    'Ein Kunde hat ein Problem, eine Rechnung und ein Angebot, das ein Kollege schickt.',
    'Un client a un problème, une facture et un devis, un collègue répond.',
    'Een klant heeft een probleem, een factuur en een offerte, een collega belt.',
    'Uno dei clienti ha uno sconto, uno scontrino e uno zaino: uno solo.',
    'one thing, then another one, one more and one last time',
  ])('reads articles and pronouns spread over prose as no number: %s', (text) => {
    expect(readSpelledNumbers(text)).toBeUndefined();
  });

  it('a short word after a comma ends a number, in a text with colons too ("fünf, ab sechs")', () => {
    const r = readSpelledNumbers('Notizen:\n- meine Nummer ist null vier eins neun null drei, ab sechs erreichbar')!;
    expect(r.text).toBe('Notizen:\n- meine Nummer ist 041903, ab sechs erreichbar');
  });

  it('reads a run wherever it stands in a long text', () => {
    const prose = 'Die Lieferung verzögert sich um zwei Wochen, weil ein Zulieferer umgestellt hat. '.repeat(40);
    const r = readSpelledNumbers(prose + 'Nummer: null eins sieben sechs fünf. ' + prose)!;
    expect(r.text).toContain('Nummer: 01765.');
  });
});

describe('findingInInput', () => {
  const finding = (start: number, end: number): Finding => ({ type: 'PHONE', start, end, score: 0.9, detector: 'phone' });

  it('places a finding in the digits over the words, and leaves findings elsewhere to the input as written', () => {
    const input = 'Ruf 030 1234567 an oder null eins sieben sechs zwei drei vier fünf';
    const r = readSpelledNumbers(input)!;
    expect(r.text).toBe('Ruf 030 1234567 an oder 01762345');
    const inWords = findingInInput(r, finding(r.text.indexOf('0176'), r.text.length))!;
    expect(input.slice(inWords.start, inWords.end)).toBe('null eins sieben sechs zwei drei vier fünf');
    expect(findingInInput(r, finding(4, 15))).toBeUndefined();
  });
});

describe('a lower-case word after a read-out number', () => {
  it('ends the number in a text with colons too ("… cinque e aspetto")', () => {
    expect(
      numberWordsToDigits('Traduci: il mio numero è più nove, quattro, otto, uno, due, sei, nove, nove, quattro, nove, cinque e aspetto'),
    ).toBe('Traduci: il mio numero è più 94812699495 e aspetto');
  });
});

describe('numbers dictated in words (issue 14)', () => {
  const phones = (t: string) =>
    scanText(t)
      .entities.filter((e) => e.type === 'PHONE')
      .map((e) => t.slice(e.start, e.end));
  it('digit words joined by hyphens are spelt together, and a dictated number of nine digits or more is a phone', () => {
    expect(phones('If you need to cancel call us on zero two-zero six-seven zero-five one-five four-eight.')).toEqual([
      'zero two-zero six-seven zero-five one-five four-eight',
    ]);
    expect(phones('Pour annuler : zéro six neuf six quatre huit cinq trois neuf deux.')).toEqual([
      'zéro six neuf six quatre huit cinq trois neuf deux',
    ]);
    expect(phones('Afzeggen kan via drie een zes vier vier vijf twee zeven een acht zeven.')).toEqual([
      'drie een zes vier vier vijf twee zeven een acht zeven',
    ]);
  });
  it('not counting up or down, nor eight digits or fewer', () => {
    expect(phones('Count with me: one two three four five six seven eight nine ten!')).toEqual([]);
    expect(phones('Ten nine eight seven six five four three two one, liftoff')).toEqual([]);
    expect(phones('The code is four seven one one two nine zero three.')).toEqual([]);
  });
});
