import { describe, expect, it } from 'vitest';
import { peopleOfPrivateLife } from './private-life.ts';

/** A few common words, as common-words.txt has them (the invented names are not in it). */
const COMMON = new Set(
  `the a and und y e en in im of de la el il het den der die das club verein lease flat kitchen carlsbad caverns
  accord treaty signed king reigned since`.split(/\s+/u),
);
const reading = { isCommonWord: (w: string) => COMMON.has(w.toLowerCase()), capitalsElsewhere: true };
const names = (text: string): string[] => peopleOfPrivateLife(text, reading).map((s) => text.slice(s.start, s.end));

describe('peopleOfPrivateLife: full names of rare words in a sentence of private life', () => {
  it('finds them beside a club, a lease, a neighbourhood, a kitchen, yesterday, in the six languages', () => {
    expect(names('Ilvane Dobrecki and Toma Vessarin run the club evenings on Thursdays.')).toEqual(['Ilvane Dobrecki', 'Toma Vessarin']);
    expect(names('Tovan Merisk und Ilvo Anaru unterschrieben im März den Mietvertrag.')).toEqual(['Tovan Merisk', 'Ilvo Anaru']);
    expect(names('Maëlenn Kervadec a repeint la cuisine du local hier.')).toEqual(['Maëlenn Kervadec']);
    expect(names('Itzane Urkiola dirigió la junta vecinal del barrio hasta 2019.')).toEqual(['Itzane Urkiola']);
    expect(names('Sjoerdje Wiltenburg heeft vorige zomer de keuken van het clubhuis betegeld.')).toEqual(['Sjoerdje Wiltenburg']);
  });

  it('leaves public life, sentences of no private life, a thing after an article, and one word alone', () => {
    expect(names('Tovan Merisk was king of the club of nations and reigned since 1931.')).toEqual([]);
    expect(names('Tovan Merisk signed the accord in Arusha.')).toEqual([]);
    expect(names('My pants just went to high school in the Carlsbad Caverns.')).toEqual([]);
    expect(names('Die Lieblinge Vorstand des Vereins tagten.')).toEqual([]);
    expect(names('Merisk signed the lease yesterday.')).toEqual([]);
    expect(names('Résume Middlemarch en 100 mots pour un club de lecture.')).toEqual([]);
  });

  it("reads each name's sentence within a bounded reach: a long text without sentence ends stays linear", () => {
    const text = 'Ilvane Dobrecki and Toma Vessarin run the club evenings '.repeat(2000);
    expect(names(text).length).toBe(4000);
  });
});
