import { describe, expect, it } from 'vitest';
import { rosterNames } from './person-rosters.ts';

/** A few common words of the six languages, as common-words.txt has them (invented names are not in it). */
const COMMON = new Set(
  `chi resta place banco tafel maandag woensdag zaterdag cucina cassa pulizie rezept kategorie für gedecke auflauf beilagen farben rot blau
  server cache version host port`.split(/\s+/u),
);
const reading = { isCommonWord: (w: string) => COMMON.has(w.toLowerCase()), capitalsElsewhere: true };
const names = (text: string): string[] => rosterNames(text, reading).map((s) => text.slice(s.start, s.end));

describe('rosterNames: lines of a label and the people it lists', () => {
  it('a seating plan of "Surname, Given" lines', () => {
    expect(names('Plan de salle — examen\nPlace 1 : Rizov, Tashko\nPlace 2 : Fayzbekov, Madid\nPlace 3 : Shahbozov, Asadulloh')).toEqual([
      'Rizov, Tashko',
      'Fayzbekov, Madid',
      'Shahbozov, Asadulloh',
    ]);
  });

  it("a rota whose one initialled name makes the others' rare words names, in any case", () => {
    expect(names('Turni volontari\nCucina: afia, nigora\nCassa: U. Bojadjieva\nPulizie: chi resta')).toEqual([
      'afia',
      'nigora',
      'U. Bojadjieva',
    ]);
    expect(names('Rooster\nMaandag: kweku\nWoensdag: trajche\nZaterdag: N. Raxmatullohyev')).toEqual([
      'kweku',
      'trajche',
      'N. Raxmatullohyev',
    ]);
  });

  it('not without a value only a name has, nor where most lines are no people', () => {
    expect(names('Maandag: kweku\nWoensdag: trajche')).toEqual([]);
    expect(names('Rezept: Brotauflauf\nKategorie: Auflauf, Fleischlos\nFür: 1 Gedeck\nZutaten: 3 Eier')).toEqual([]);
    expect(names('Server: nginx, varnish\nCache: redis\nVersion: 2.4')).toEqual([]);
    expect(names('Place 1 : Rizov, Tashko')).toEqual([]); // one line is a form's field, not a roster
  });
});
