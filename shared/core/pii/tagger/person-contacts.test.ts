import { describe, expect, it } from 'vitest';
import { contactNames } from './person-contacts.ts';

/** A few common words of the six languages, as common-words.txt has them (invented names are not in it). */
const COMMON = new Set(
  `pizzeria roma hotel sonne hotline support tel fax mobile coach entrenador trainer the recipe from my grandmother`.split(/\s+/u),
);
const reading = { isCommonWord: (w: string) => COMMON.has(w.toLowerCase()), capitalsElsewhere: true };
const names = (text: string): string[] => contactNames(text, reading).map((s) => text.slice(s.start, s.end));

describe('contactNames: the names a contact list gives beside a number or an address', () => {
  it('lines in a row of a name, maybe a role or a time, and a phone number or an e-mail address', () => {
    expect(
      names('Emergency contacts — U12\nTovan Merisk (coach) +44 20 7946 0018\nK. Brunvald +31 6 1234 5678\nOLVARDI Senna 06-55512345'),
    ).toEqual(['Tovan Merisk', 'K. Brunvald', 'OLVARDI Senna']);
    expect(names('Visites du samedi\n10h00 Ilsabet Q. – 06 12 34 56 78\n10h30 Maruvo Teskal – m.teskal (at) example.org')).toEqual([
      'Ilsabet Q.',
      'Maruvo Teskal',
    ]);
  });

  it('not a business listing, one line alone, nor two times of day', () => {
    expect(names('Opening hours\nPizzeria Roma 06 1234567\nHotel Sonne +49 89 123456')).toEqual([]);
    expect(names('Tovan Merisk +44 20 7946 0018')).toEqual([]);
    expect(names('Tel 030 1234567\nFax 030 1234568')).toEqual([]);
    expect(names('Kickoff Merisk 12:30 – 14:00\nBreak Teskal 14:00 – 14:15')).toEqual([]);
  });

  it('rows of a delimited export with more fields after the e-mail address, and a list of donors with their sums', () => {
    expect(names('Donor list:\nTovan Merisk;tovan@example.org;4111 1111 1111 1111\nMaruvo Teskal;m.teskal@example.org;0612345678')).toEqual(
      ['Tovan Merisk', 'Maruvo Teskal'],
    );
    expect(
      names('Thank you to all who gave!\n- Tovan Merisk — £50\n- Ilsabet Quorn — £25\n- K. Brunvald — £10\nRückfragen: tovan@example.org'),
    ).toEqual(['Tovan Merisk', 'Ilsabet Quorn', 'K. Brunvald']);
  });

  it('not a price list: sums beside names count only where the text gives, thanks or pays', () => {
    expect(names('Offers this week:\n- Tovan Merisk — £50\n- Ilsabet Quorn — £25')).toEqual([]);
  });

  it('a name right before a comma and its birth date: a prescription’s, a parish sheet’s', () => {
    expect(names('Repeat prescription for TOVAN MERISK, DOB 29 Sep 1960, 56 Ashgrove Terrace')).toEqual(['TOVAN MERISK']);
    expect(names('Felicitamos a Tovan Merisk, nacida el 1941-06-01, que lleva cuarenta años')).toEqual(['Tovan Merisk']);
    expect(names('Hotel Sonne, born 1960 as an inn')).toEqual([]);
    // a clause that is a name, the date after it or not
    expect(names('- Tanas Mironski, geboren am 13.02.1969 in einem Dorf')).toEqual(['Tanas Mironski']);
    expect(names('Patientin: Yaliuk, Vilina, geb. 16. Mai 1967')).toEqual(['Yaliuk, Vilina']);
    expect(names('Options: A. Introduction, B. Results and C. Migration')).toEqual([]);
    // in a voicemail's transcript in lower case; not a grandmother
    expect(names('«hola soy vantorrelis anesu merisk, nacida el 08/09/1963, llámeme')).toEqual(['vantorrelis anesu merisk']);
    expect(names('the recipe from my grandmother, born in 1931 in Naples')).toEqual([]);
  });

  it('a name whose parenthesis gives the number, the address or the birth date of that person', () => {
    expect(names('Desk staff: Tovan Merisk (extension 6, mobile +44 7700 900123), Maruvo Teskal.')).toEqual(['Tovan Merisk']);
    expect(names('References: Ilsabet Quorn ((+34) 600 123 456), and others')).toEqual(['Ilsabet Quorn']);
    expect(names('Für die Akte: Tovan Merisk (geboren 24-09-1951, Nummer 12/345)')).toEqual(['Tovan Merisk']);
  });

  it("not a quotation's source with its years, nor a company with its hotline", () => {
    expect(names('\t\t-- Tovan Merisk (1888-1948), writer')).toEqual([]);
    expect(names('\t\t-- Tovan Merisk (tovan@example.org)')).toEqual([]);
    expect(names('The tower (built 1889, 330 m) and the bridge (1163-1345)')).toEqual([]);
    expect(names('Call Hotline Support (0800 123 456) today')).toEqual([]);
  });
});
