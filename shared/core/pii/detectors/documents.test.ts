import { describe, expect, it } from 'vitest';
import { identityDocumentDetector } from './documents.ts';

const found = (t: string) => identityDocumentDetector.detect(t).map((f) => [f.type, t.slice(f.start, f.end)]);

describe('passports', () => {
  it('labels numbers given as passport numbers in six languages', () => {
    expect(found('passport no: 533401372')).toEqual([['PASSPORT', '533401372']]);
    expect(found('Mein Reisepass (Nr. C01X00T47) ist weg')).toEqual([['PASSPORT', 'C01X00T47']]);
    expect(found('Numéro de passeport : 12AB34567')).toEqual([['PASSPORT', '12AB34567']]);
    expect(found('número de pasaporte PAA123456')).toEqual([['PASSPORT', 'PAA123456']]);
    expect(found('il mio passaporto n. YA1234567')).toEqual([['PASSPORT', 'YA1234567']]);
    expect(found('paspoortnummer NW4K12345')).toEqual([['PASSPORT', 'NW4K12345']]);
    expect(found('{"type": "passport",\n "number": "X9876543"}')).toEqual([['PASSPORT', 'X9876543']]);
  });
  it('offsets after emoji and accents', () => {
    const t = '✈️ Réservation — passeport n° 19FV45678';
    const [f] = identityDocumentDetector.detect(t);
    expect(f).toMatchObject({ type: 'PASSPORT', start: t.indexOf('19FV'), end: t.length });
  });
  it('ignores passport talk without a number, dates and short numbers', () => {
    expect(found('My passport expires on 12/05/2030')).toEqual([]);
    expect(found('passport photo 35x45 mm')).toEqual([]);
    expect(found('I renewed my passport in 2019')).toEqual([]);
    expect(found('the passport office is open')).toEqual([]);
  });
});

describe('driving licences', () => {
  it('labels licence numbers in six languages and formats', () => {
    expect(found('driving licence number MORGA753116SM9IJ')).toEqual([['DRIVER_LICENSE', 'MORGA753116SM9IJ']]);
    expect(found("driver's license #: D123-4567-8901")).toEqual([['DRIVER_LICENSE', 'D123-4567-8901']]);
    expect(found('DL number 099 711 634')).toEqual([['DRIVER_LICENSE', '099 711 634']]);
    expect(found('Führerscheinnummer B072RRE2I55')).toEqual([['DRIVER_LICENSE', 'B072RRE2I55']]);
    expect(found('n° de permis de conduire 123456789012')).toEqual([['DRIVER_LICENSE', '123456789012']]);
    expect(found('permiso de conducir nº 12345678-Z')).toEqual([['DRIVER_LICENSE', '12345678-Z']]);
    expect(found('numero di patente U1A23B456C')).toEqual([['DRIVER_LICENSE', 'U1A23B456C']]);
    expect(found('rijbewijsnummer 5012345678')).toEqual([['DRIVER_LICENSE', '5012345678']]);
  });
  it('software licence keys and plates are not driving licences', () => {
    expect(found('license key ABCD-1234-EFGH')).toEqual([]);
    expect(found('license plate B-AB 1234')).toEqual([]);
    expect(found('MIT license, version 2.0')).toEqual([]);
  });
});

describe('numbers named only by a field or column', () => {
  it('CSV / TSV / Markdown columns in several languages and casings', () => {
    expect(found('name,passport,country\nAnna Berg,X1234567,SE\nJan Vos,NW4K12345,NL')).toEqual([
      ['PASSPORT', 'X1234567'],
      ['PASSPORT', 'NW4K12345'],
    ]);
    expect(found('id;driver_license;city\n1;D1234-56789-01234;Lyon')).toEqual([['DRIVER_LICENSE', 'D1234-56789-01234']]);
    expect(found('nombre\tdl_number\nLuis\t12345678Z')).toEqual([['DRIVER_LICENSE', '12345678Z']]);
    expect(found('| naam | rijbewijsnummer |\n|---|---|\n| Anouk | 5123456789 |')).toEqual([['DRIVER_LICENSE', '5123456789']]);
  });
  it('SQL INSERT columns, .env and YAML/JSON keys', () => {
    const sql = "INSERT INTO drivers (id, name, driving_licence_no) VALUES (1, 'Ann', 'MORGA753116SM9IJ');";
    expect(found(sql)).toEqual([['DRIVER_LICENSE', 'MORGA753116SM9IJ']]);
    const sql2 = "INSERT INTO customers (customerId, passportNumber, city) VALUES (42, 'K8812345', 'Rome'), (43, 'YA7654321', 'Milan');";
    expect(found(sql2)).toEqual([
      ['PASSPORT', 'K8812345'],
      ['PASSPORT', 'YA7654321'],
    ]);
    expect(found('APP_ENV=prod\nDL_NUMBER=S12345678\nPASSPORT_NO=C01X00T47\n')).toEqual([
      ['DRIVER_LICENSE', 'S12345678'],
      ['PASSPORT', 'C01X00T47'],
    ]);
    expect(found('user:\n  fuehrerschein_nr: B072RRE2I55\n')).toEqual([['DRIVER_LICENSE', 'B072RRE2I55']]);
    expect(found('conductor:\n  permiso_conducir: 12345678Z\n')).toEqual([['DRIVER_LICENSE', '12345678Z']]);
    expect(found('{"numeroPasseport": "19FV45678"}')).toEqual([['PASSPORT', '19FV45678']]);
    expect(found('driverLicense:\n  state: CA\n  number: D1234567\n')).toEqual([['DRIVER_LICENSE', 'D1234567']]);
    expect(found('Führerschein:\n  Klasse: B\n  Nummer: B072RRE2I55')).toEqual([['DRIVER_LICENSE', 'B072RRE2I55']]);
    expect(found('order:\n  state: CA\n  number: D1234567\n')).toEqual([]);
  });
  it('hard negatives: other columns, document metadata, download counts, passwords', () => {
    expect(found('name,passport_expiry,passport_country\nAnna,2030-05-01,SE')).toEqual([]);
    expect(found('user,pass\nadmin,Secr3t99x')).toEqual([]);
    expect(found('file,dl,size\nsetup.exe,1234567,88')).toEqual([]);
    expect(found('sku,license_key\nA1,ABCD-1234-EFGH')).toEqual([]);
    expect(found("INSERT INTO t (id, dl_class) VALUES (1, 'B1234567');")).toEqual([]);
    expect(found('get https://files.example.net/dl/12345678 now')).toEqual([]);
  });
  it('a Spanish DNI given as a driving-licence number follows the words around it', () => {
    expect(found('Mi carné de conducir: 12345678Z')).toEqual([['DRIVER_LICENSE', '12345678Z']]);
    expect(found('permiso de conducir número 12345678Z')).toEqual([['DRIVER_LICENSE', '12345678Z']]);
    expect(found("INSERT INTO conductores (nombre, carnet_conducir) VALUES ('Ana', '12345678Z');")).toEqual([
      ['DRIVER_LICENSE', '12345678Z'],
    ]);
  });
});

describe('labels inflected and numbers given with a verb', () => {
  it('a genitive or plural label ("des Führerscheins", "des Reisepasses")', () => {
    expect(found('Die Nummer meines Führerscheins lautet K31TR8ZQ72.')).toEqual([['DRIVER_LICENSE', 'K31TR8ZQ72']]);
    expect(found('Die Nummer des Reisepasses ist C4RT7PZ19.')).toEqual([['PASSPORT', 'C4RT7PZ19']]);
  });
  it('"has the number", "hat die Nummer", "tiene el número", "heeft het nummer"', () => {
    expect(found('Mein Führerschein hat die Nummer K31TR8ZQ72.')).toEqual([['DRIVER_LICENSE', 'K31TR8ZQ72']]);
    expect(found('Mi pasaporte tiene el número XDB482913.')).toEqual([['PASSPORT', 'XDB482913']]);
    expect(found('My passport has the number 548120937.')).toEqual([['PASSPORT', '548120937']]);
    expect(found('Mijn rijbewijs heeft het nummer 5209371846.')).toEqual([['DRIVER_LICENSE', '5209371846']]);
  });
  it('past an aside in parentheses or between commas', () => {
    expect(found('My passport number, for the booking, is 548120937.')).toEqual([['PASSPORT', '548120937']]);
    expect(found('Meine Passnummer, falls nötig: C4RT7PZ19')).toEqual([['PASSPORT', 'C4RT7PZ19']]);
    expect(found('Numéro de passeport (France) : 18AV12345')).toEqual([['PASSPORT', '18AV12345']]);
    expect(found('My licence number, just in case, is K31TR8ZQ72.')).toEqual([['DRIVER_LICENSE', 'K31TR8ZQ72']]);
    expect(found('Passport X1234567, issued in Rome, valid until 2031')).toEqual([['PASSPORT', 'X1234567']]);
    expect(found('My passport, as you know, expired in 2023.')).toEqual([]);
  });
  it('whose document it is, between label and number', () => {
    expect(found('Il passaporto di mia figlia è YA7654321.')).toEqual([['PASSPORT', 'YA7654321']]);
    expect(found('El pasaporte de mi hijo: XDB482913')).toEqual([['PASSPORT', 'XDB482913']]);
    expect(found('Het paspoort van mijn vrouw heeft nummer NW4K12345.')).toEqual([['PASSPORT', 'NW4K12345']]);
    expect(found('Die Führerscheinnummer meiner Frau lautet K31TR8ZQ72.')).toEqual([['DRIVER_LICENSE', 'K31TR8ZQ72']]);
    expect(found('Numéro du permis de conduire de ma femme : 120475200143')).toEqual([['DRIVER_LICENSE', '120475200143']]);
    expect(found('Número de pasaporte del titular: XDB482913')).toEqual([['PASSPORT', 'XDB482913']]);
    expect(found('Passport number: GB 548120937')).toEqual([['PASSPORT', '548120937']]);
    expect(found('permis de construire n° 075 056 21 A0123')).toEqual([]);
  });
  it('the number named before its label', () => {
    expect(found('548120937 is my passport number.')).toEqual([['PASSPORT', '548120937']]);
    expect(found('C4RT7PZ19 ist meine Reisepassnummer.')).toEqual([['PASSPORT', 'C4RT7PZ19']]);
    expect(found('K31TR8ZQ72 ist meine Führerscheinnummer.')).toEqual([['DRIVER_LICENSE', 'K31TR8ZQ72']]);
    expect(found("18AV12345, c'est le numéro de mon passeport.")).toEqual([['PASSPORT', '18AV12345']]);
    expect(found('U1A23B456C è il numero della mia patente.')).toEqual([['DRIVER_LICENSE', 'U1A23B456C']]);
    expect(found('Invoice 12345678 is the passport fee.')).toEqual([]);
    expect(found('2024-05-01 is my passport renewal date.')).toEqual([]);
  });
  it('hard negatives: patents, downloads, a label followed by prose', () => {
    expect(found('Patentes US1234567 y US7654321 citadas.')).toEqual([]);
    expect(found('dls 12345678 this month')).toEqual([]);
    expect(found('Der Führerschein hat die Klasse B und kostet 1200 Euro.')).toEqual([]);
    expect(found('Die Nummer des Reisepasses steht auf Seite 2.')).toEqual([]);
  });
});

describe('UK driving licence numbers by their shape', () => {
  it('anywhere in a text that speaks of driving licences, e.g. a table row the column reader cannot follow', () => {
    const table = 'id;driver_license;issued\n7;BRAUN804129JK9XT;March 3, 2026\n8;LEE99711302AB7QZ;2025-01-04';
    expect(found(table)).toEqual([
      ['DRIVER_LICENSE', 'BRAUN804129JK9XT'],
      ['DRIVER_LICENSE', 'LEE99711302AB7QZ'],
    ]);
  });
  it('after a bare "licence" or beside a driver, without a driving-licence label', () => {
    expect(found('Car hire: main driver J. Zhong, licence ZHONG809168J99PY, deposit taken')).toEqual([
      ['DRIVER_LICENSE', 'ZHONG809168J99PY'],
    ]);
    expect(found('Zusatzfahrer Y. Shen: SHEN9953020Y99BC')).toEqual([['DRIVER_LICENSE', 'SHEN9953020Y99BC']]);
  });
  it('not without a licence word, nor with an impossible birth date or surname', () => {
    expect(found('Ref BRAUN804129JK9XT closed')).toEqual([]);
    expect(found('My licence was renewed. Ticket BRAUN814129JK9XT closed.')).toEqual([]);
    expect(found('My licence was renewed. Ticket BR9UN804129JK9XT closed.')).toEqual([]);
  });
});

describe('a bare "Pass" as forms write it', () => {
  it('in capitals or before a colon, before a number of capitals and digits', () => {
    expect(found('GAST LUTSKIV Metodij | PASS J63ZJNTMP | KARTE 3409')).toEqual([['PASSPORT', 'J63ZJNTMP']]);
    expect(found('Pass: C01X00T47')).toEqual([['PASSPORT', 'C01X00T47']]);
  });
  it("not a test's result nor the verb", () => {
    expect(found('Test PASS 20240101 build')).toEqual([]);
    expect(found('PASS 1 of 3 completed')).toEqual([]);
    expect(found('please pass 12345678 to the next stage')).toEqual([]);
  });
});

describe('driving licences named by the issuing country (issue 14)', () => {
  it('a nationality before "licence", or its adjective after the label', () => {
    expect(found('Additional driver: Ilsa Quorn, Thai licence 76041672')).toEqual([['DRIVER_LICENSE', '76041672']]);
    expect(found('Conducteur additionnel : Tovan Merisk, permis thaïlandais 56733732')).toEqual([['DRIVER_LICENSE', '56733732']]);
    expect(found('Secondo conducente: Ilsa Quorn, patente thailandese 21861292')).toEqual([['DRIVER_LICENSE', '21861292']]);
    expect(found('Conductor adicional: Ilsa Quorn, permiso tailandés 28907884')).toEqual([['DRIVER_LICENSE', '28907884']]);
    expect(found('Tovan Merisk presentó el carné japonés 450522624839 en el mostrador')).toEqual([['DRIVER_LICENSE', '450522624839']]);
  });

  it('a Spanish "permiso" or "carné" alone is any permit or card', () => {
    expect(found('permiso especial 12345678 para obras')).toEqual([]);
    expect(found('el carné universitario 12345678')).toEqual([]);
  });

  it('not a software licence', () => {
    expect(found('Open Source licence 12345678 for the office')).toEqual([]);
    expect(found('The Apache License 2.0 applies; Software licence 12345678')).toEqual([]);
  });
});

describe('passports named by the role a form gives their holder, and a capitalised "Pass" (issue 14)', () => {
  const passports = (t: string) =>
    identityDocumentDetector
      .detect(t)
      .filter((f) => f.type === 'PASSPORT')
      .map((f) => t.slice(f.start, f.end));
  it("a sender's, a recipient's, a home country's passport in the six languages", () => {
    expect(passports('Absender: T. Merisk\nReisepass Absender: B447909\nEmpfänger: I. Anaru')).toEqual(['B447909']);
    expect(passports('Passeport expéditeur : B222771')).toEqual(['B222771']);
    expect(passports('Passaporto mittente: FN938567')).toEqual(['FN938567']);
    expect(passports('Paspoort afzender: N01059394')).toEqual(['N01059394']);
    expect(passports('nacido el 1-7-1995, pasaporte de origen A5586131.')).toEqual(['A5586131']);
  });
  it('"Pass" with a capital before letters and digits; not in lower case, nor before a short or digit-only code', () => {
    expect(passports('Bitte korrigieren, wie im Pass WS3774079. Danke')).toEqual(['WS3774079']);
    expect(passports('Familie Merisk, Pass RB2956454, geb. 29.08.1981')).toEqual(['RB2956454']);
    expect(passports('pass ab12cd34 for the wifi')).toEqual([]);
    expect(passports('Mountain Pass A13 closed')).toEqual([]);
    expect(passports('PASS 20240101 of the nightly run')).toEqual([]);
  });
});
