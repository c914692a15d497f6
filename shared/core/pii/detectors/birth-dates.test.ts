import { describe, expect, it } from 'vitest';
import { birthDateDetector } from './birth-dates.ts';

const found = (text: string): string[] => birthDateDetector.detect(text).map((f) => text.slice(f.start, f.end));

describe('birthDateDetector: birth words in six languages', () => {
  it.each([
    ['Applicant born 2 August 1979 in Hull.', '2 August 1979'],
    ['DOB: 07/22/1968', '07/22/1968'],
    ['D.O.B. 1991-11-30', '1991-11-30'],
    ['Date of birth\n19 Sep 1983', '19 Sep 1983'],
    ['born on July 4th, 1990 in Ohio', 'July 4th, 1990'],
    ['Herr Brandt, geboren am 3. Oktober 1972, wohnt in Kiel', '3. Oktober 1972'],
    ['Geburtsdatum: 09.12.1964', '09.12.1964'],
    ['Frau Ilse Korn, geb. 1.2.1958', '1.2.1958'],
    ['Mme Roux, née le 1er avril 1961 à Brest', '1er avril 1961'],
    ['Date de naissance : 28/02/1977', '28/02/1977'],
    ['el paciente, nacido el 5 de mayo de 1988', '5 de mayo de 1988'],
    ['Fecha de nacimiento: 1970-06-15', '1970-06-15'],
    ['la signora, nata il 12 luglio 1956 a Bari', '12 luglio 1956'],
    ['Data di nascita: 30/11/1949', '30/11/1949'],
    ['Mevrouw de Wit, geboren op 17 augustus 1966', '17 augustus 1966'],
    ['Geboortedatum: 08-03-1993', '08-03-1993'],
    ['My son was born on 2019-04-11, which class should he join?', '2019-04-11'],
  ])('%s', (text, want) => {
    expect(found(text)).toEqual([want]);
  });

  it('finds dates under birth keys in JSON, YAML and code', () => {
    expect(found('{"name": "X", "dateOfBirth": "1984-02-29", "createdAt": "2024-01-05"}')).toEqual(['1984-02-29']);
    expect(found('patient:\n  birth_date: 1975-09-09\n  admitted: 2024-03-01')).toEqual(['1975-09-09']);
    expect(found("user.geburtsdatum = '14.06.1990';")).toEqual(['14.06.1990']);
  });

  it('finds dates in a CSV / Markdown column headed as a birth date', () => {
    const csv = 'id;name;geboortedatum;plaats\n1;A. Jansen;12-05-1981;Delft\n2;B. Claes;30-01-1979;Gent';
    expect(found(csv)).toEqual(['12-05-1981', '30-01-1979']);
    const md = '| Name | DOB | Joined |\n|---|---|---|\n| Kim | 1992-07-19 | 2021-05-01 |';
    expect(found(md)).toEqual(['1992-07-19']);
  });

  it('other columns of the same CSV are not birth dates', () => {
    const csv = 'customer,order_date,birth_date\nC-1,2025-02-01,1988-10-10';
    expect(found(csv)).toEqual(['1988-10-10']);
  });

  it('reports UTF-16 offsets after emoji and accents', () => {
    const text = '👶🏽 Zoë, née le 03/09/2001 à Nîmes';
    const [f] = birthDateDetector.detect(text);
    expect(f).toBeDefined();
    expect(f!.start).toBe(text.indexOf('03/09'));
    expect(f!.end).toBe(text.indexOf(' à'));
    expect(f!.type).toBe('DATE_OF_BIRTH');
  });
});

describe('birthDateDetector: hard negatives', () => {
  it.each([
    'The release is on 14.03.2025 and the review on 15.03.2025.',
    'Deadline 2025-06-30; invoice dated 03/04/2025.',
    'Birthday party on 12/05/2025 at my place',
    'Place of birth: Leeds, passport issued 12.03.2020',
    'Birth certificate issued on 02.02.2010 by the registry',
    'The report covers births and deaths registered between 01/01/2020 and 31/12/2022.',
    'Her birth plan was discussed on 12.03.2025 at the clinic.',
    'Born to Run was released on 25 August 1975.',
    'The rule, born of necessity, finally took effect on 01.01.1988.',
    'He was born in 1987 and joined on 01.02.2015.',
    'Albert Einstein (born 14 March 1879) developed relativity.',
    'Ada Lovelace, born 10 December 1815, wrote the first program.',
    'Audrey Hepburn (born 4 May 1929) was a British actress.',
    'John Lennon, born 9 October 1940, died 8 December 1980.',
    'Frida Kahlo (6 July 1907 – 13 July 1954), nata il 6 luglio 1907 – 13 luglio 1954',
    'Wie berechnet man das Alter aus dem Geburtsdatum? Heute ist der 14.03.2025 und das Meeting ist am 15.03.2025 um 10 Uhr, bitte bis dahin.',
  ])('%s', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('needs a birth word at all', () => {
    expect(found('Signed on 14 March 1987 in Geneva.')).toEqual([]);
    expect(birthDateDetector.detect('no dates here')).toEqual([]);
  });

  it('rejects impossible dates', () => {
    expect(found('DOB: 31/13/1987')).toEqual([]);
    expect(found('born 45 March 1987')).toEqual([]);
  });
});

describe('birthDateDetector: more formats', () => {
  it('dash-separated month names and two-digit years', () => {
    expect(found('DOB: 14-MAR-1987')).toEqual(['14-MAR-1987']);
    expect(found('geb. 14.03.87')).toEqual(['14.03.87']);
  });
});

describe('birthDateDetector: format examples', () => {
  it('an example date in an instruction is not a birth date', () => {
    expect(found('Enter the date of birth as DD.MM.YYYY, e.g.01.01.1990')).toEqual([]);
    expect(found('Geburtsdatum bitte im Format TT.MM.JJJJ angeben, z.B. 31.12.1980')).toEqual([]);
  });
});

describe('birthDateDetector: encyclopaedic passages', () => {
  it('a biography of a public figure is not a birth date, a private one is', () => {
    expect(found('Write a short biography: the composer Arvo Lind was born on 11 September 1935 in Paide.')).toEqual([]);
    expect(found('La pintora Remedios Varo nació el 16 de diciembre de 1908 en Anglès.')).toEqual([]);
    expect(found('My grandmother was born on 11 September 1935 in Paide.')).toEqual(['11 September 1935']);
  });

  it('a form label keeps the date even when a profession is mentioned', () => {
    expect(found('Occupation: painter\nDate of birth: 02/02/1980')).toEqual(['02/02/1980']);
  });

  it('words that merely start like a death word do not hide a birth date', () => {
    expect(found('DOB 14.03.1987, mortgage application attached')).toEqual(['14.03.1987']);
  });
});

describe('birthDateDetector: ordinal forms', () => {
  it('"14th of March 1987" and US short dates', () => {
    expect(found('I was born on the 14th of March 1987.')).toEqual(['14th of March 1987']);
    expect(found('DOB 3/14/87')).toEqual(['3/14/87']);
  });
});

describe('birthDateDetector: compounds', () => {
  it('birth compounds that are not the date itself', () => {
    expect(found('Geburtsvorbereitungskurs am 12.05.2025 um 18 Uhr')).toEqual([]);
    expect(found('Geburtsort: Graz, Ausweis vom 12.03.2020')).toEqual([]);
    expect(found('birthweight recorded 2024-02-02')).toEqual([]);
  });
  it('birth compounds that are the date', () => {
    expect(found('Geburtsdatum_Kind: 01.06.2016')).toEqual(['01.06.2016']);
    expect(found('Geburtstag: 7. Mai 1990')).toEqual(['7. Mai 1990']);
  });
});

describe('birthDateDetector: genealogical star and abbreviations', () => {
  it('"*14.03.1987" after a name is a birth date; a bullet is not', () => {
    expect(found('Patientin: M. Huber, *14.03.1987, Station 4')).toEqual(['14.03.1987']);
    expect(found('Patient: HSUAN-MING TSOU, * 16.09.1962\nRentenversicherungsnummer: 42')).toEqual(['16.09.1962']);
    expect(found('* 16.09.1962 Release der Version 2')).toEqual([]);
    expect(found('Release notes\n* 14.03.2025: new login page\n*14.03.2025 hotfix')).toEqual([]);
  });
  it('Spanish "nac." abbreviation', () => {
    expect(found('Fecha de nac.: 02/03/1981')).toEqual(['02/03/1981']);
  });
});

describe('birthDateDetector: forms with a date of death, two-column CSV', () => {
  it('a form field keeps the birth date next to a date of death', () => {
    expect(found('Claim for the late Mr Ruiz\nDate of birth: 11/04/1948\nDate of death: 02/01/2024')).toEqual(['11/04/1948']);
  });
  it('a two-column CSV', () => {
    expect(found('name,dob\nAlex,1983-11-02')).toEqual(['1983-11-02']);
  });
});

describe('birthDateDetector: withheld birth dates', () => {
  it('a redacted or unknown birth date does not pass its label to the next date', () => {
    expect(found('Date of birth: [withheld], visit on 14.03.2025')).toEqual([]);
    expect(found('Geburtsdatum: unbekannt, Termin 14.03.2025')).toEqual([]);
    expect(found('DOB: N/A - appointment 2025-03-14')).toEqual([]);
  });
  it('a place name after a comma is fine', () => {
    expect(found('born in Graz, Austria, on 2 May 1984')).toEqual(['2 May 1984']);
  });
});

describe('birthDateDetector: birth word after the date', () => {
  it.each([
    ['Ich bin am 3. Oktober 1972 geboren.', '3. Oktober 1972'],
    ['Der Versicherte ist am 09.12.1964 in Bad Ischl geboren.', '09.12.1964'],
    ['Ik ben op 17 augustus 1966 geboren.', '17 augustus 1966'],
    ['Applicant: K. Osei, 14/03/1987 (DOB)', '14/03/1987'],
  ])('%s', (text, want) => {
    expect(found(text)).toEqual([want]);
  });
  it('not when another event is dated', () => {
    expect(found('Am 14.03.2025 wurde die Idee geboren.')).toEqual([]);
  });
});

describe('field keys and SQL columns', () => {
  it('abbreviated keys in several languages', () => {
    expect(found('fechaNac: 1987-03-14')).toEqual(['1987-03-14']);
    expect(found('GEBDAT=14.03.1987')).toEqual(['14.03.1987']);
    expect(found('id;nom;date_naiss\n1;Dupont;14/03/1987')).toEqual(['14/03/1987']);
  });
  it('SQL INSERT: the column decides', () => {
    const sql =
      "INSERT INTO patients (id, first_name, created_at, birthdate) VALUES (1, 'Ana', '2024-01-02', '1987-03-14'), (2, 'Luis', '2024-01-03', '1990-11-02');";
    expect(found(sql)).toEqual(['1987-03-14', '1990-11-02']);
    expect(found("INSERT INTO t (id, name, created) VALUES (1, 'Ann', '1987-03-14');")).toEqual([]);
  });
  it('hard negatives: other dated keys', () => {
    expect(found('release_date: 1987-03-14')).toEqual([]);
    expect(found('created_at: 2024-03-14')).toEqual([]);
  });
});

describe('birth dates a chat answers, a death notice gives, a family tree abbreviates', () => {
  const dob = (t: string) => birthDateDetector.detect(t).map((f) => t.slice(f.start, f.end));
  it('a date alone on the line after a question for the birth date', () => {
    expect(dob('[10:43] agent: And the date of birth, please?\n[10:44] customer: 1985-02-22\n[10:44] agent: Thanks')).toEqual([
      '1985-02-22',
    ]);
    expect(dob('Conseiller : et votre date de naissance ?\nClient : 10 décembre 1963\nConseiller : merci')).toEqual(['10 décembre 1963']);
    expect(dob('When was the invoice born?\nDate: 2024-01-01 and more')).toEqual([]);
  });
  it("a death notice's dates, its star line too; a public figure's life stays out", () => {
    expect(dob('In stiller Trauer nehmen wir Abschied von\nJEONG-EUN BAEK\n* 18.5.1934   † 1.6.2025')).toEqual(['18.5.1934']);
    expect(dob('Esquela\nRUQAYYAA ADHRAA\nNació el 05/04/1938 en Incheon y falleció el 23 de julio de 2019.')).toEqual(['05/04/1938']);
    expect(dob('Albert Einstein was born on 14 March 1879 and died in 1955.')).toEqual([]);
    expect(dob('* 18.5.1934 release notes')).toEqual([]);
  });
  it('"b." before a date in a family tree', () => {
    expect(dob('- Aaminath Raheenaa, b. 09/05/1926, Jeju; m. Eesaa Jadhal')).toEqual(['09/05/1926']);
  });
});

describe('a log line\'s "geb=" and a birth date corrected "to" (issue 14)', () => {
  it('"geb" as a key, with "=" or ":", and "date of birth to …"', () => {
    expect(found('door-ctl[26]: toegang user=t-merisk src=62.155.94.24 geb=1972-09-03')).toEqual(['1972-09-03']);
    expect(found('geb: 3.4.1990')).toEqual(['3.4.1990']);
    expect(found('I need to correct her date of birth to 12/11/1949 — the airline says so.')).toEqual(['12/11/1949']);
  });
  it('not "geb" inside a word, nor "birth" modifying a noun', () => {
    expect(found('Gebäude: 1972-09-03 renoviert')).toEqual([]);
    expect(found('birth rate to 2024-01-01')).toEqual([]);
  });
});
