import { describe, expect, it } from 'vitest';
import { columnHeader, nationalIdDetector } from './national-ids.ts';

const found = (t: string) => nationalIdDetector.detect(t).map((f) => [f.type, t.slice(f.start, f.end)]);
/** The spans found, whatever their type. */
const ids = (t: string) => nationalIdDetector.detect(t).map((f) => t.slice(f.start, f.end));

describe('SSN', () => {
  it('labels valid SSNs given as such, in several formats', () => {
    expect(found('SSN: 536-22-8751')).toEqual([['SSN', '536-22-8751']]);
    expect(found('my social security number is 536 22 8751')).toEqual([['SSN', '536 22 8751']]);
    expect(found('Social Security No. 536228751')).toEqual([['SSN', '536228751']]);
  });
  it('rejects invalid area / group / serial', () => {
    expect(found('SSN 666-22-8751')).toEqual([]);
    expect(found('SSN 936-22-8751')).toEqual([]);
    expect(found('SSN 536-00-8751')).toEqual([]);
    expect(found('SSN 536-22-0000')).toEqual([]);
  });
  it('bare 9 digits without context are not an SSN', () => {
    expect(found('Your ticket 536228751 was closed')).toEqual([]);
  });
  it('an ITIN given as a tax number is a NATIONAL_ID', () => {
    expect(found('ITIN 912-78-1234')).toEqual([['NATIONAL_ID', '912-78-1234']]);
  });
});

describe('NATIONAL_ID schemes', () => {
  it('UK NINO and NHS', () => {
    expect(found('My national insurance number is AB123456C.')).toEqual([['NATIONAL_ID', 'AB123456C']]);
    expect(found('NI number AB 12 34 56 C')).toEqual([['NATIONAL_ID', 'AB 12 34 56 C']]);
    expect(found('NINO QQ 12 34 56 C')).toEqual([]); // the documentation prefix
    expect(found('NHS number: 943 476 5919')).toEqual([['NATIONAL_ID', '943 476 5919']]);
    expect(found('NHS number: 943 476 5918')).toEqual([]);
    expect(found('Call 943 476 5919 today')).toEqual([]); // no context: a phone-like number
  });
  it('German Steuer-ID, Steuernummer, KVNR, ID card', () => {
    expect(found('Steuer-ID: 86 095 742 719')).toEqual([['NATIONAL_ID', '86 095 742 719']]);
    expect(found('steuerliche Identifikationsnummer 86095742719')).toEqual([['NATIONAL_ID', '86095742719']]);
    expect(found('Identifikationsnummer 86095742718')).toEqual([]);
    expect(found('Meine Steuernummer lautet 21/815/08150.')).toEqual([['NATIONAL_ID', '21/815/08150']]);
    expect(found('Krankenversichertennummer: A123456780')).toEqual([['NATIONAL_ID', 'A123456780']]);
    expect(found('Personalausweisnummer T220001293')).toEqual([['NATIONAL_ID', 'T220001293']]);
  });
  it('French NIR (incl. Corsica) with French context', () => {
    expect(found('N° de sécurité sociale : 1 85 07 75 123 456 08')).toEqual([['NATIONAL_ID', '1 85 07 75 123 456 08']]);
    expect(found('numéro de sécu 284052A00403447')).toEqual([['NATIONAL_ID', '284052A00403447']]);
    expect(found('numéro de sécu 185077512345609')).toEqual([]);
  });
  it('Spanish DNI / NIE, Italian codice fiscale', () => {
    expect(found('Mi DNI es 12345678Z')).toEqual([['NATIONAL_ID', '12345678Z']]);
    expect(found('NIE: X-1234567-L')).toEqual([['NATIONAL_ID', 'X-1234567-L']]);
    expect(found('DNI 12345678A')).toEqual([]);
    expect(found('Il mio codice fiscale è RSSMRA85T10A562S')).toEqual([['NATIONAL_ID', 'RSSMRA85T10A562S']]);
    expect(found('codice fiscale RSSMRA85T10A562T')).toEqual([]);
  });
  it('Dutch BSN, Belgian national number, Polish PESEL, Swedish personnummer', () => {
    expect(found('Mijn BSN is 123456782')).toEqual([['NATIONAL_ID', '123456782']]);
    expect(found('burgerservicenummer 2345.67.892')).toEqual([['NATIONAL_ID', '2345.67.892']]);
    expect(found('BSN 123456783')).toEqual([]);
    expect(found('rijksregisternummer 85.07.30-123.35')).toEqual([['NATIONAL_ID', '85.07.30-123.35']]);
    expect(found('PESEL 90021501237')).toEqual([['NATIONAL_ID', '90021501237']]);
    expect(found('personnummer 850709-1232')).toEqual([['NATIONAL_ID', '850709-1232']]);
    expect(found('personnummer 19850709-1232')).toEqual([['NATIONAL_ID', '19850709-1232']]);
  });
  it('Canadian SIN, Indian Aadhaar, Swiss AHV, Austrian SV-Nummer', () => {
    expect(found('My SIN is 130-729-056')).toEqual([['NATIONAL_ID', '130-729-056']]);
    expect(found('Aadhaar 2341 2341 2346')).toEqual([['NATIONAL_ID', '2341 2341 2346']]);
    expect(found('Aadhaar 2341 2341 2347')).toEqual([]);
    expect(found('AHV-Nummer 756.1234.5678.97')).toEqual([['NATIONAL_ID', '756.1234.5678.97']]);
    expect(found('SV-Nummer 1237 010180')).toEqual([['NATIONAL_ID', '1237 010180']]);
  });
  it('German RVNR, Spanish NSS, French numéro fiscal, UK UTR need their context', () => {
    expect(found('Sozialversicherungsnummer 65 170839 J 003')).toEqual([['NATIONAL_ID', '65 170839 J 003']]);
    expect(found('Artikel 65 170839 J 003')).toEqual([]);
    expect(found('Número de la Seguridad Social 28/12345678/40')).toEqual([['NATIONAL_ID', '28/12345678/40']]);
    expect(found('mon numéro fiscal est 1234567890066')).toEqual([['NATIONAL_ID', '1234567890066']]);
    expect(found('HMRC UTR 12345 67890')).toEqual([['NATIONAL_ID', '12345 67890']]);
    expect(found('Reference 12345 67890')).toEqual([]);
  });
  it('CSV column names count as context', () => {
    const csv = 'id,name,national_id,dept\nE1,Ann Example,536228751,Sales\nE2,Bob Example,123456782,Ops\n';
    expect(columnHeader(csv, csv.indexOf('536228751'))).toBe('national_id');
    expect(found(csv).map((x) => x[1])).toEqual(['536228751', '123456782']);
  });
  it('offsets after emoji and accented text', () => {
    const t = '🙏 Sécurité: mon numéro de sécu est 2 92 01 99 001 001 76';
    const [f] = nationalIdDetector.detect(t);
    expect(f).toMatchObject({ type: 'NATIONAL_ID', start: t.indexOf('2 92'), end: t.length });
  });
  it('business VAT IDs, order numbers and dates are not labelled', () => {
    expect(found('USt-IdNr.: DE 860957427')).toEqual([]);
    expect(found('VAT number 123456782')).toEqual([]);
    expect(found('Order 86095742719 shipped')).toEqual([]);
    expect(found('Tax ID (EIN): 12-3456789')).toEqual([]);
    expect(found('Employee ID number 123456782')).toEqual([]);
    expect(found('Your national ID number is 123456782')).toEqual([['NATIONAL_ID', '123456782']]);
    expect(found('Termin am 2024-03-05 um 10 Uhr')).toEqual([]);
  });
  it('a number given as a driving-licence number is left to the documents detector', () => {
    expect(found('permiso de conducir nº 12345678Z')).toEqual([]);
  });
});

describe('field labels and documents', () => {
  it('takes the key or SQL column of a value as context', () => {
    expect(found('id;nom;nir\n1;Dupont;284057512345672')).toEqual([['NATIONAL_ID', '284057512345672']]);
    expect(found("INSERT INTO p (id, nir) VALUES (1, '2 84 05 75 123 456 72');")).toEqual([['NATIONAL_ID', '2 84 05 75 123 456 72']]);
    expect(found('socialSecurityNumber: 536228751')).toEqual([['SSN', '536228751']]);
  });
  it('a comma after a number in a CSV row is the next cell, not its decimals', () => {
    const csv = 'id,nir,created\n7,2 84 05 75 123 456 72,2025-10-16\n8,284057512345672,12 juin 2024\n';
    expect(found(csv)).toEqual([
      ['NATIONAL_ID', '2 84 05 75 123 456 72'],
      ['NATIONAL_ID', '284057512345672'],
    ]);
    expect(found('Montant dû : 2 84 05 75 123 456 72,50 euros')).toEqual([]);
  });
  it('leaves a DNI given as a driving-licence number to the documents detector', () => {
    expect(found('Mi carné de conducir: 12345678Z')).toEqual([]);
    expect(found('nombre,dl_number\nLuis,12345678Z')).toEqual([]);
    expect(found("INSERT INTO conductores (nombre, carnet_conducir) VALUES ('Ana', '12345678Z');")).toEqual([]);
    expect(found('nombre,dni,dl_number\nLuis,12345678Z,B1234567')).toEqual([['NATIONAL_ID', '12345678Z']]);
    expect(found('DNI 12345678Z')).toEqual([['NATIONAL_ID', '12345678Z']]);
  });
});

describe('whose number a cue names', () => {
  it('"ssn" inside a word is no SSN cue ("Reisepassnummer", "Passnummer")', () => {
    expect(found('Meine Reisepassnummer ist 536228751.')).toEqual([]);
    expect(found('Passnummer: 536228751')).toEqual([]);
  });
  it('a passport label right before the number, even in prose a table reader takes for rows', () => {
    const text = 'Zitat: erst dies, dann das.\nBemerkung: zahlbar per Karte, danke. Meine Reisepassnummer ist 536228751.';
    expect(found(text)).toEqual([]);
  });
  it('an SSN cue names the number after it, not the next number after that', () => {
    expect(found('My SSN is 536-22-8751. Call me on 041223789 tonight.')).toEqual([['SSN', '536-22-8751']]);
    expect(found('Numero di previdenza sociale (SSN): 536-22-8751, chiamami al 041223789')).toEqual([['SSN', '536-22-8751']]);
    expect(found('SSN (updated 2019): 536228751')).toEqual([['SSN', '536228751']]);
  });
});

describe('columnHeader', () => {
  it('a line of prose with commas and a number in it is no header', () => {
    const text = 'Compte : sort code 56-98-54, numéro de compte 60082905.\nLe colis est parti, numéro de suivi 0000998877.';
    expect(columnHeader(text, text.indexOf('0000998877'))).toBe('');
    const csv = 'id,nir\n7,284057512345672';
    expect(columnHeader(csv, csv.indexOf('2840'))).toBe('nir');
  });
});

describe('a column key with an underscore', () => {
  it('"sv_nummer" names a German insurance number', () => {
    const t = 'kunde_id;sv_nummer\n1188;02020865O073';
    expect(nationalIdDetector.detect(t).map((f) => t.slice(f.start, f.end))).toEqual(['02020865O073']);
  });
});

describe('Irish PPS and Korean resident registration numbers, named as such', () => {
  it('with their words, and a valid check', () => {
    expect(ids('Payroll change: Aboobakr Ghaadhif, PPS 6212619H, new IBAN')).toEqual(['6212619H']);
    expect(ids('Visa checklist: resident registration number 950116-2356578, passport')).toEqual(['950116-2356578']);
  });
  it('not without them, nor with a wrong check', () => {
    expect(ids('Ref 6212619H in the log')).toEqual([]);
    expect(ids('PPS 6212619K')).toEqual([]);
    expect(ids('order 950116-2356578 shipped')).toEqual([]);
  });
  it('a PPS number of the newer form, with a second letter after the check letter', () => {
    expect(ids('Tenant reference: C. Chao, PPS 2699325JA, employed since 2019')).toEqual(['2699325JA']);
    expect(ids('Order ref 2699325JA shipped')).toEqual([]);
  });
});

describe('Chinese resident identity numbers: region, birth date, sequence and the MOD 11-2 check character', () => {
  it('named as an identity card in any of the languages, or alone (eighteen digits pass both checks rarely by chance)', () => {
    expect(ids('my mother (ID card no. 350203195612264561, passport E77989110)')).toEqual(['350203195612264561']);
    expect(ids("mio padre, carta d'identità n. 420106194602104393, passaporto")).toEqual(['420106194602104393']);
    expect(ids('身份证号 11010519491231002X')).toEqual(['11010519491231002X']);
  });
  it('not with a wrong check character or an impossible birth date, nor a card number', () => {
    expect(ids('ID card no. 350203195612264562')).toEqual([]);
    expect(ids('ID card no. 350203195613264561')).toEqual([]);
    expect(ids('card 4844 0286 3419 8561 ok')).toEqual([]);
  });
});

describe("a form's identity-number field with the number alone as its value", () => {
  it('a home country\'s, an identity card\'s or an "Identifiant" field, numbers without a check digit too', () => {
    expect(ids('Previous address abroad: 80a Koryun Street\nHome-country ID: 5631314774')).toEqual(['5631314774']);
    expect(ids("Identifiant du pays d'origine : 06303645170\nAncienne adresse : …")).toEqual(['06303645170']);
    expect(ids('Identiteitsnummer land van herkomst: 05413174636')).toEqual(['05413174636']);
  });
  it("not a customer's, an order's or a user's id, nor a passport's number", () => {
    expect(ids('Customer ID: 5631314774')).toEqual([]);
    expect(ids('User identifier: 12345678')).toEqual([]);
    expect(ids('Identity document (passport) number: 12345678')).toEqual([]);
  });
});

describe('identity numbers named by their field or their word', () => {
  it("Ghana Card numbers, and North Macedonia's EMBG with its check in an identity field", () => {
    expect(ids('Ghana Card GHA-973960657-5')).toEqual(['GHA-973960657-5']);
    expect(ids('Tenant: Akua Yawson\nID no.: GHA-640835503-1\nHome phone: 054 455 9532')).toEqual(['GHA-640835503-1']);
    expect(ids('Documento de su país: 2410993411281')).toEqual(['2410993411281']);
    expect(ids('Product ID no.: 4410993411281')).toEqual([]);
  });

  it("a number an identity word names without a colon, to its clause's end", () => {
    expect(ids('- national identity number 725933428V\n- date of birth April 2, 1972')).toEqual(['725933428V']);
    expect(ids('geboren 22.5.1941, Ausweisnummer 220541-9314; Tochter …')).toEqual(['220541-9314']);
    expect(ids("née le 28/08/1949, pièce d'identité 497410312V ; sa fille")).toEqual(['497410312V']);
    expect(ids('nacido/a el 23/07/1949, documento 602 521 418 698; emigró')).toEqual(['602 521 418 698']);
    expect(ids('- Akila Wanigasekara, born 19 December 1944, id 443548033V\n- married')).toEqual(['443548033V']);
    for (const other of ['user id 12345678, then', 'Order id 99887766.', 'process id 4412345 exited', 'see documento 2024 in the archive'])
      expect(ids(other), other).toEqual([]);
  });
});

describe('national ids: more formats and the words that name them (issue 14)', () => {
  it("Japan's My Number, named so and with its check digit", () => {
    expect(ids('la tarjeta My Number 1234 5678 9018, por favor')).toEqual(['1234 5678 9018']);
    expect(ids('die My-Number-Karte 1234-5678-9018 vorgelegt')).toEqual(['1234-5678-9018']);
    expect(ids('My Number 1234 5678 9017')).toEqual([]);
  });

  it("Myanmar's National Registration Card", () => {
    expect(ids('titolare del documento 12/ThaGaKa(N)042519, invito')).toEqual(['12/ThaGaKa(N)042519']);
    expect(ids('see section 12/Overview(N)042519x')).toEqual([]);
  });

  it('a number a "national code" names, and a Spanish identity field', () => {
    expect(ids('beneficiary Ilsa Quorn, national code 929-206220-4. Reference: tuition.')).toEqual(['929-206220-4']);
    expect(ids('Nationalcode 077-453820-1. Verwendungszweck')).toEqual(['077-453820-1']);
    expect(ids('Número de identidad nacional: 17910797669')).toEqual(['17910797669']);
  });

  it('an identity number named with its country, or by its own name; a card number with its letters', () => {
    expect(ids('Teudat Zehut: 123456808')).toEqual(['123456808']);
    expect(ids('Israeli ID 123456857, passport to follow')).toEqual(['123456857']);
    expect(ids("numéro d'identité israélien 123456899.")).toEqual(['123456899']);
    expect(ids('CIN: BE123456')).toEqual(['BE123456']);
    expect(ids('Order ID: AB123456')).toEqual([]);
    expect(ids('customer id 123456789, order 55')).toEqual([]);
  });
});

describe('identity numbers named by their own word, after a passport, with letters before them (issue 14)', () => {
  it("a number's own label after a passport's is its label: the tax id, the BSN, the DNI are read", () => {
    expect(ids('Empfänger: Reisepass H3HH68F15, Steuer-ID 38 407 561 799, geboren 4.11.1950')).toEqual(['38 407 561 799']);
    expect(ids('ontvanger: paspoort JO366108, BSN 1390.05.250, geboren 23 maart 1951')).toEqual(['1390.05.250']);
    expect(ids('destinatario: pasaporte CBC880672, DNI Y8636850L, nacido el 1-7-1995')).toEqual(['Y8636850L']);
    expect(ids('consignee: passport 792797917, US SSN 718-41-0605, wire to follow')).toEqual(['718-41-0605']);
    expect(ids('Passport number 38 407 561 799')).toEqual([]); // documents.ts reads a passport's number
  });

  it('CIN, cédula, legitimatie, a home-country Ausweis, letters before the digits, "ID:" after a sentence', () => {
    expect(ids('Donor record: Tovan Merisk, CIN JA163196, born 10/07/1957')).toEqual(['JA163196']);
    expect(ids('Reembolso: Tovan Merisk, cédula 34751801, teléfono aparte')).toEqual(['34751801']);
    expect(ids('Mag ophalen: Tovan Merisk, legitimatie 352346399')).toEqual(['352346399']);
    expect(ids('geboren 4.11.1950, Heimatausweis 06180722-8.')).toEqual(['06180722-8']);
    expect(ids('nacido el 23/10/1975, documento C334306, carné aparte')).toEqual(['C334306']);
    expect(ids('Born: 16/05/1959. ID: 37595835. Home address below.')).toEqual(['37595835']);
    expect(ids('Order ID: 37595835. Thanks')).toEqual([]);
  });

  it('"documento de identidad n.º", a beneficiary\'s document, a Zimbabwean number with its letter; not any "Documento:"', () => {
    expect(ids('Yo, Tovan Merisk, documento de identidad n.º 52-42001-1-0, con domicilio en Suva')).toEqual(['52-42001-1-0']);
    expect(ids('io sottoscritto, documento d’identità n. 52-54861-1-0, residente a Suva')).toEqual(['52-54861-1-0']);
    expect(ids('Documento del beneficiario: 38-346881-J-08\nImporto: 4711,10 €')).toEqual(['38-346881-J-08']);
    expect(ids('Documento: 20240312\nPagina 3')).toEqual([]);
  });
});
