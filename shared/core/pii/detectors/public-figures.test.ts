import { describe, expect, it } from 'vitest';
import { scanText } from '../detect.ts';
import { isPublicFigure } from './public-figures.ts';

const names = (text: string) =>
  scanText(text)
    .entities.filter((f) => f.type === 'PERSON')
    .map((f) => text.slice(f.start, f.end));

describe('isPublicFigure (WordNet)', () => {
  it('knows a figure by a full name, or by a name that stands alone for them', () => {
    expect(isPublicFigure(['Katsushika', 'Hokusai'])).toBe(true);
    expect(isPublicFigure(['Tenzing', 'Norgay'])).toBe(true);
    expect(isPublicFigure(['Hokusai'])).toBe(true);
  });

  it('reads a name without its accents, possessive or genitive s', () => {
    expect(isPublicFigure(['Molière'])).toBe(true);
    expect(isPublicFigure(["Hokusai's"])).toBe(true);
    expect(isPublicFigure(['Katsushika', 'Hokusais'])).toBe(true);
  });

  it('finds a full name inside a longer run, but not one famous word inside a name', () => {
    expect(isPublicFigure(['Kanagawa', 'Katsushika', 'Hokusai'])).toBe(true);
    expect(isPublicFigure(['Despoina', 'Andreou'])).toBe(false); // "Despoina" alone is a goddess
    expect(isPublicFigure(['Maria', 'Callas'])).toBe(true);
    expect(isPublicFigure(['Elena', 'Callas'])).toBe(false);
  });

  it('leaves out the names that are as much private people’s', () => {
    expect(isPublicFigure(['John', 'Smith'])).toBe(false); // an explorer, and many private people
    expect(isPublicFigure(['Smith'])).toBe(false);
    expect(isPublicFigure(['Nina'])).toBe(false); // a Babylonian goddess, and a given name
  });
});

describe('public figures in the name detector', () => {
  it('passes over an encyclopaedic mention, and no shorter run of it is tried', () => {
    expect(names("Tenzing Norgay et Edmund Hillary ont atteint le sommet de l'Everest le 29 mai 1953.")).toEqual([]);
    expect(names('Alexander Graham Bell is alive and well in New York.')).toEqual([]);
  });

  it('still finds the same name where a form or a letter is about a person', () => {
    expect(names('Name: Edmund Hillary\nPhone: 020 7946 0321')).toEqual(['Edmund Hillary']);
    expect(names('Dear Maria Callas,\nyour appointment is on Monday.')).toEqual(['Maria Callas']);
  });
});
