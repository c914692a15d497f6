import { describe, expect, it } from 'vitest';
import { roleNames } from './person-roles.ts';

/** A few common words of the six languages, as common-words.txt has them (invented names are not in it). */
const COMMON = new Set(
  `the other driver left note with his name and number bug fix logout reported by noticed session cookie i am sorry about that
  wir sind an kantine deutschland windows mercurial release deadline miss will school trip friday first heizung kann heute nicht
  geistlose bankkonto österreicher madrid bank deutsche telekom crédit agricole dependabot poste italiane trenitalia domino's goodnight
  amen paris dark see tomorrow apple samsung electronics real atlético bayern münchen borussia dortmund chrome outlook firefox safari`.split(
    /\s+/u,
  ),
);
const reading = { isCommonWord: (w: string) => COMMON.has(w.toLowerCase()), capitalsElsewhere: true };
const names = (text: string): string[] =>
  roleNames(text, reading)
    .sort((a, b) => a.start - b.start)
    .map((s) => text.slice(s.start, s.end));

describe('roleNames: people in the roles a story gives them', () => {
  it('takes the name someone gave, in either case', () => {
    expect(names('the other driver left a note with his name, ratymyr ignovski, and his number')).toEqual(['ratymyr ignovski']);
    expect(names('der fahrer hat mir seinen namen gegeben, vladyslav hristov, und seine nummer')).toEqual(['vladyslav hristov']);
    expect(names('de verzekering staat op mijn naam, Biliana Pangovska.')).toEqual(['Biliana Pangovska']);
  });

  it('takes the one paid in a transfer that names an account, not a company paid', () => {
    expect(names('versé la caution depuis mon compte FR68 2439 7099 4638 8261 3319 832 à Teofilka Dojčinova, le 28.08.2026.')).toEqual([
      'Teofilka Dojčinova',
    ]);
    expect(names('Bitte überweisen Sie 2.889,36 € innerhalb von 14 Tagen an Faina Ilievska, IBAN PT88027864225412622196215.')).toEqual([
      'Faina Ilievska',
    ]);
    expect(names("J'ai versé la somme à Crédit Agricole la semaine dernière.")).toEqual([]);
    expect(names('I paid 20 euros to Deutsche Telekom yesterday.')).toEqual([]);
  });

  it('takes the one married and the one born, "Surname, Given" too', () => {
    expect(names('- married Venko Gjorgjevski-Slanev in 1961')).toEqual(['Venko Gjorgjevski-Slanev']);
    expect(names('- Tanas Mironski, geboren am 13.02.1969 in einem Dorf')).toEqual(['Tanas Mironski']);
    expect(names('Patientin: Yaliuk, Vilina, geb. 16. Mai 1967')).toEqual(['Yaliuk, Vilina']);
  });

  it('takes two people who quarrelled and the one who stepped in or will miss school', () => {
    expect(names('Gligor Romochko und Cvetan Gigov haben sich gestern in der Kantine gestritten, Taisiia musste dazwischengehen.')).toEqual(
      ['Gligor Romochko', 'Cvetan Gigov', 'Taisiia'],
    );
    expect(names("Draft a note to the school explaining that Daleslava will miss Friday's trip.")).toEqual(['Daleslava']);
    expect(names('Schrijf een briefje voor school: Dimitrija kan vrijdag niet mee op schoolreis.')).toEqual(['Dimitrija']);
    expect(names('Scrivi una giustificazione per la scuola: Koce venerdì non verrà alla gita.')).toEqual(['Koce']);
    expect(names('Apple and Samsung Electronics argued over patents.')).toEqual([]);
    expect(names('Mercurial will miss this feature. Heizung kann heute nicht repariert werden.')).toEqual([]);
    expect(names('Ein Mann mit einem hohen Bankkonto kann gar nicht häßlich sein. Österreicher kann er nicht sein.')).toEqual([]);
  });

  it('takes who reported a bug, and a full name in lower case opening a line before a verb of noticing; no bot', () => {
    expect(names('fix logout bug reported by afanasii\n\nvolče lyndyk noticed the session cookie')).toEqual(['afanasii', 'volče lyndyk']);
    expect(names('bug von valentyna gefixt')).toEqual(['valentyna']);
    expect(names('fix: bug von dependabot gefixt')).toEqual([]);
  });

  it('takes the one a reply apologises to, the one who signs a message, the one an ad says to call, the writer', () => {
    expect(names("Agent: I'm sorry about that, Rostyslav. I've opened a dispute.")).toEqual(['Rostyslav']);
    expect(names('Conseiller : Je suis désolé, Vanče, j’ouvre une réclamation.')).toEqual(['Vanče']);
    expect(names('"Faltan los tickets de gastos. Kiro me lo reclama cada día. Un saludo, Zemyslav"')).toEqual(['Zemyslav']);
    expect(names('« Les notes de frais doivent être rendues avant le 5. Mon chef me relance tous les jours. Krste »')).toEqual(['Krste']);
    expect(names('Annuncio: passeggino in ottimo stato. Chiamare Zynovii al 02-26235330 dopo le 18.')).toEqual(['Zynovii']);
    expect(names('Address it to the teacher and sign it from me, Hlib Čemerski, and add my mobile.')).toEqual(['Hlib Čemerski']);
    expect(names('"It\'s dark. Goodnight" — and "See you tomorrow. Paris"')).toEqual([]);
    expect(names('-- Virginia Woolf, "Mrs. Dalloway"')).toEqual([]);
    expect(names('Chiamare Trenitalia al 892021 per informazioni.')).toEqual([]);
  });

  it('takes two people who love someone, one maybe in lower case', () => {
    expect(names('Zuverlässig, geduldig, samuil und Oleksii haben sie geliebt.')).toEqual(['samuil', 'Oleksii']);
    expect(names('Fiable, patiente, bozhemyr et Mokryna l’adoraient.')).toEqual(['bozhemyr', 'Mokryna']);
  });
});
