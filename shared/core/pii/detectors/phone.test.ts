import { describe, expect, it } from 'vitest';
import { phoneDetector } from './phone.ts';
import { scanText } from '../detect.ts';

const found = (text: string): string[] => phoneDetector.detect(text).map((f) => text.slice(f.start, f.end));

describe('phoneDetector: international formats stand alone', () => {
  it.each([
    ['Reach Ms Ortiz on +1 (312) 555-0148 after lunch.', '+1 (312) 555-0148'],
    ['wa: +447911123456', '+447911123456'],
    ['Büro +49 (0)89 21 09 44 7', '+49 (0)89 21 09 44 7'],
    ['Standort +49 30 90182736', '+49 30 90182736'],
    ['Siège : +33 (0)4 72 10 30 30', '+33 (0)4 72 10 30 30'],
    ['Oficina +34 934 12 85 60', '+34 934 12 85 60'],
    ['Sede +39 02 8691 3344', '+39 02 8691 3344'],
    ['Kantoor +31 20 512 4477', '+31 20 512 4477'],
    ['Brussel +32 2 511 83 21', '+32 2 511 83 21'],
    ['Wien 0043 1 53114 0', '0043 1 53114 0'],
    ['Zentrale 0049 211 4407 38', '0049 211 4407 38'],
  ])('%s', (text, want) => {
    expect(found(text)).toEqual([want]);
  });

  it('rejects a + number whose length does not fit the country', () => {
    expect(found('Sede +39 02 8')).toEqual([]);
    expect(found('France +33 6 12 34 56 78 90 12')).toEqual([]);
    expect(found('UK +44 20 7946 09581')).toEqual([]);
  });
});

describe('phoneDetector: national formats', () => {
  it('US/CA with dashes, dots or a parenthesised area code', () => {
    expect(found('You can reach me at 415-867-2231 or 415.867.2232.')).toEqual(['415-867-2231', '415.867.2232']);
    expect(found('Front desk (206) 555-0199')).toEqual(['(206) 555-0199']);
    expect(found('toll free 1-800-426-9400')).toEqual(['1-800-426-9400']);
  });

  it('UK 07xxx / 020 / 01xx numbers', () => {
    expect(found('Text me on 07911 264830!')).toEqual(['07911 264830']);
    expect(found('Surgery: 020 7183 4492, out of hours 0113 496 0271')).toEqual(['020 7183 4492', '0113 496 0271']);
  });

  it('French pairs with spaces, dots or dashes', () => {
    expect(found('Mon portable : 06 48 21 93 07')).toEqual(['06 48 21 93 07']);
    expect(found('fixe 04.78.62.19.33 ou 09-72-41-88-16')).toEqual(['04.78.62.19.33', '09-72-41-88-16']);
  });

  it('German numbers with slash, dash or spaces', () => {
    expect(found('Tel. 030/8847321, Handy 0172 5519034')).toEqual(['030/8847321', '0172 5519034']);
    expect(found('Rückruf bitte unter 0221-4471932')).toEqual(['0221-4471932']);
  });

  it('Spanish, Italian and Dutch numbers with a phone word', () => {
    expect(found('Mi móvil es 622 41 87 90, llámame')).toEqual(['622 41 87 90']);
    expect(found('Teléfono: 915 44 72 18')).toEqual(['915 44 72 18']);
    expect(found('cellulare 347 882 1093')).toEqual(['347 882 1093']);
    expect(found('Bel me op 06-41927735 of mobiel 010 418 2290')).toEqual(['06-41927735', '010 418 2290']);
  });

  it('Spanish/Italian numbers without a phone word anywhere are not taken', () => {
    expect(found('El lote 622 41 87 90 llegó ayer')).toEqual([]);
    expect(found('codice 347 882 1093 del prodotto')).toEqual([]);
  });

  it('undivided numbers need a phone word close by (or a phone key)', () => {
    expect(found('mobiel: 0641927735')).toEqual(['0641927735']);
    expect(found('"contactPhone": "612448190"')).toEqual(['612448190']);
    expect(found('Customer 8543040477 wrote again')).toEqual([]);
    // the international prefix 00, undivided: with a phone word only (zero-padded ids look the same)
    expect(found('My mobile number is 002793695, text me')).toEqual(['002793695']);
    expect(found('record 002793695 updated')).toEqual([]);
  });

  it('takes a grouping no plan above has only after a phone word', () => {
    expect(found('Call me at 952.755.119 after five.')).toEqual(['952.755.119']);
    expect(found('My mobile number is 13-131-78-33, text me.')).toEqual(['13-131-78-33']);
    expect(found('Call me at 016977 4356 after five.')).toEqual(['016977 4356']);
    expect(found('The budget is 952.755.119 this year.')).toEqual([]);
    expect(found('Order 13-131-78-33 shipped.')).toEqual([]);
  });

  it('an area code in parentheses after a one-digit prefix, or alone (Russia, Brazil), stands alone', () => {
    expect(found('Call me back on 8 (996) 710-73-52 after five.')).toEqual(['8 (996) 710-73-52']);
    expect(found('O celular dela: (28) 69348-6351')).toEqual(['(28) 69348-6351']);
  });

  it("a long subscriber group after a short area code only after a phone word; an id's long first group never", () => {
    expect(found('Meine Nummer: 2424 973872')).toEqual(['2424 973872']);
    expect(found('Der Ordner 2424 973872 ist voll.')).toEqual([]);
    expect(found('(également appelé ISO 646-IRV). L’1508859-10 encode')).toEqual([]);
  });

  it('a local number of six or seven digits only right after a phone word or "my number"', () => {
    expect(found('Meine Nummer: 967-1073')).toEqual(['967-1073']);
    expect(found('Tel. 49 73 87 (mobile)')).toEqual(['49 73 87']);
    expect(found('Mi número es 4671073, llámame.')).toEqual(['4671073']);
    expect(found('Please text 573872 when you arrive.')).toEqual(['573872']);
    expect(found('Call me back, the ticket is 573872.')).toEqual([]);
    expect(found('PLZ 167107, Moskau; Tel. folgt.')).toEqual([]);
    expect(found('Build 967-1073 failed on the phone runner.')).toEqual([]);
  });

  it('splits two numbers joined by " / "', () => {
    expect(found('Tel. 089 2180 4471 / 0171 4420981')).toEqual(['089 2180 4471', '0171 4420981']);
  });

  it('reports UTF-16 offsets after emoji and accents', () => {
    const text = '🙂 Gérald, téléphone 👉 06 11 22 33 44.';
    const [f] = phoneDetector.detect(text);
    expect(f).toBeDefined();
    expect(text.slice(f!.start, f!.end)).toBe('06 11 22 33 44');
    expect(f!.start).toBe(text.indexOf('06 11'));
    expect(f!.type).toBe('PHONE');
  });
});

describe('phoneDetector: hard negatives', () => {
  it.each([
    'Timestamp 2024-03-15 10:23:45.123456 worker pid=4123456',
    'Deployed 2025-01-02T03:04:05Z, build 20250102.4471, version 10.4.12345',
    'Meeting on 03/12/2024 at 10:30; release 14.03.2025',
    'Server 192.168.100.200:8080 and 10.13.0.2/32',
    'Order ORD-2025-843265 and INV-2024-62885, tracking 1Z999AA10123456784',
    'Parcel 00340434161234567890 is held at customs',
    'Bestellnummer 0301 2345678 wurde storniert',
    'Your order 0612345678 has shipped',
    'Total: 1 234 567,89 € and 12.345.678 EUR, amount 020 1234 5678 €',
    'took 1234567 ms, retried 3 times, seed 1234567890',
    'Card 4111 1111 1111 1111 and ISBN 978-3-16-148410-0',
    'IBAN NL55 TRIO 0205 4799 36 fails the check',
    'The patient ID is 0123 456 7890 and the room is 12',
    'Steuer-ID 12 345 678 901',
    'Years 2019 2020 2021 2022 and series 20 21 22 23 24 25 26',
    'EAN 4065471548433, SKU 12345678',
    'My passport number is 918894174',
    'Batch 0123 4567 89 shipped today',
    'Lot n° 06 12 34 56 78 — à consommer avant 12/2026',
    'Dial-in code 612 345 678# for the weekly meeting',
    'Artikelnummer: 0176-4482-0193',
  ])('%s', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('a phone word does not make an order number a phone', () => {
    expect(found('Call us about order 0612 345 678.')).toEqual([]);
  });

  it('a phone word right before a "no." keeps the number', () => {
    expect(found('Tel. no. 0641927735')).toEqual(['0641927735']);
  });
});

describe('phoneDetector: tables', () => {
  it('takes undivided numbers in a column headed as a phone number, not in other columns', () => {
    const csv = 'id,name,mobile,account\n1,Ana,07911264830,0532013000\n2,Ben,06412277351,0532013001';
    expect(found(csv)).toEqual(['07911264830', '06412277351']);
  });
});

describe('phoneDetector: dates written with spaces', () => {
  it('a date and time with spaces is not a phone, even with a phone word around', () => {
    expect(found('Call log: 01 02 2024 10 30 missed')).toEqual([]);
  });
});

describe('phoneDetector: "my number" phrasing in six languages', () => {
  it.each([
    ['my new number is 612 448 190', '612 448 190'],
    ['Meine Nummer: 0176 44820193', '0176 44820193'],
    ['voici mon numéro 0644827351', '0644827351'],
    ['mi número es 655 123 987', '655 123 987'],
    ['il mio numero è 3398812745', '3398812745'],
    ['mijn nummer is 0612873345', '0612873345'],
    // every person's possessive, not only the speaker's: "his", "your (plural)", "their"
    ['Seine Nummer: 0401234567', '0401234567'],
    ['eure Nummer ist 0401234567', '0401234567'],
    ['ton numéro : 0401234567', '0401234567'],
    ['leur numéro : 0401234567', '0401234567'],
    ['vuestro número: 0401234567', '0401234567'],
    ['il loro numero: 0401234567', '0401234567'],
    ['je nummer: 0401234567', '0401234567'],
    ['hun nummer: 0401234567', '0401234567'],
  ])('%s', (text, want) => {
    expect(found(text)).toEqual([want]);
  });
});

describe('phoneDetector: neighbours', () => {
  it('drops a short trailing number after the phone', () => {
    expect(found('Hotline 0800 330 1000 24/7 erreichbar')).toEqual(['0800 330 1000']);
  });
  it('non-breaking hyphens and spaces', () => {
    expect(found('Call 415\u2011867\u20112231 or 06\u00a012\u00a034\u00a056\u00a078')).toEqual([
      '415\u2011867\u20112231',
      '06\u00a012\u00a034\u00a056\u00a078',
    ]);
  });
  it('a Luhn-failing card number is not cut into a phone', () => {
    expect(found('Phone support asked for the card 6216 0791 7274 2307')).toEqual([]);
    expect(found('La web rechaza el número 5585 4709 8479 0476. ¿Es un número de tarjeta válido?')).toEqual([]);
    expect(found('Call me at 5585 4709 8479')).toEqual(['5585 4709 8479']);
  });
});

describe('phoneDetector: byte dumps', () => {
  it('hex/byte dumps are not phones', () => {
    expect(found('// Prints: <Buffer 01 02 03 04 05>')).toEqual([]);
    expect(found('<Buffer a0 8b 28 3f 01 00 00 00 50 32>')).toEqual([]);
    expect(found('zeros: 00 00 00 00 00')).toEqual([]);
  });
});

describe('phoneDetector: legal and numeric look-alikes', () => {
  it.each([
    'as defined in DFARS 252.227-7013 (c) (1), phone support aside',
    '51 Franklin Street, Boston, MA 02110-1301 USA, or call the office',
    'the phone constant gamma = 0.5772156649 is used',
    'tel table: 0 160133733 0 0',
  ])('%s', (text) => {
    expect(found(text)).toEqual([]);
  });
  it('still finds the FSF-style US number after it', () => {
    expect(found('Boston, MA 02110-1301, or call (617) 542-5942 for details')).toEqual(['(617) 542-5942']);
  });
});

describe('phoneDetector: letterhead abbreviations', () => {
  it.each([
    ['Tlf: 612 345 678', '612 345 678'],
    ['Fon: 030 8847321', '030 8847321'],
    ['Mob. 0612873345', '0612873345'],
    ['Ph: 415 867 2231', '415 867 2231'],
    ['numéro fixe 0144556677', '0144556677'],
  ])('%s', (text, want) => {
    expect(found(text)).toEqual([want]);
  });
});

describe('phoneDetector: words that only look like phone words', () => {
  it('iPhone, headphones, automobile, hotel, handy, portable do not make a number a phone', () => {
    expect(found('My iPhone and headphones cost 612 345 678 won in total')).toEqual([]);
    expect(found('The automobile hotel was handy, a portable office.\nIn total 347 123 456 were spent')).toEqual([]);
  });
});

describe('phoneDetector: "at number" phrasing and spaced US numbers', () => {
  it.each([
    ['rispondo al numero 347 882 1093', '347 882 1093'],
    ['llame al número 915 44 72 18', '915 44 72 18'],
    ['joignable au numéro 0148 22 33 44', '0148 22 33 44'],
    ['erreichbar unter der Nummer 0228 9127 331', '0228 9127 331'],
    ['Front desk: (800) 555 0199', '(800) 555 0199'],
  ])('%s', (text, want) => {
    expect(found(text)).toEqual([want]);
  });
});

describe('phoneDetector: short negative labels only count right before the number', () => {
  it('"no" in a sentence does not hide the phone', () => {
    expect(found('Si no contesto, llámame al 612 345 678')).toEqual(['612 345 678']);
    expect(found('No problem, my mobile is 07911 264830')).toEqual(['07911 264830']);
  });
});

describe('phoneDetector: thousands separators', () => {
  it('612.345.678 is an amount', () => {
    expect(found('Teléfono de la oficina aparte, el presupuesto es 612.345.678')).toEqual([]);
  });
});

describe('phoneDetector: upper-case labels', () => {
  it('CALL / TEL in capitals before the number', () => {
    expect(found('CALL 020 7946 0958 NOW')).toEqual(['020 7946 0958']);
  });
});

describe('phoneDetector: signatures and phone-only groupings', () => {
  it.each([
    ['Saludos,\nAna\nAcme · 612 34 56 78', '612 34 56 78'],
    ['Grazie\nLuca\nAcme – 347 1234567', '347 1234567'],
    ['--\nJ. Doe\nM: 415 867 2231', '415 867 2231'],
    ["The clinic's direct line is 612 345 678.", '612 345 678'],
  ])('%s', (text, want) => {
    expect(found(text)).toEqual([want]);
  });
});

describe('signature blocks and fields', () => {
  it('numbers alone on a line of a signature or contact block', () => {
    expect(found('Saludos,\nCarlos Ruiz\nDpto. Ventas\n0115781380')).toEqual(['0115781380']);
    expect(found('Un saludo,\nMarta\n710-905-876')).toEqual(['710-905-876']);
    expect(found('Best regards,\nTom Hill\nSales Lead\n710 905 876')).toEqual(['710 905 876']);
    expect(found('Distinti saluti\nGiulia\n3331234567')).toEqual(['3331234567']);
    expect(found('Met vriendelijke groet,\nAnouk\n0201234567\nanouk@bedrijf.nl')).toEqual(['0201234567']);
  });
  it('keys and SQL columns naming a phone', () => {
    expect(found('{"mobileNumber": "0115781380"}')).toEqual(['0115781380']);
    expect(found("INSERT INTO c (nombre, telefono) VALUES ('Ana', '612345678');")).toEqual(['612345678']);
  });
  it('hard negatives near signatures: orders, timestamps, amounts', () => {
    expect(found('Saludos,\nCarlos\nPedido 0115781380')).toEqual([]);
    expect(found('Thanks,\nTom\n2024-03-14 10:22:01')).toEqual([]);
    expect(found('Regards,\nTom\nTotal: 1234567 EUR')).toEqual([]);
    expect(found('El pedido 710-905-876 llegó')).toEqual([]);
    expect(found('Regards,\nTom\nsee ticket 710-905-876 above.')).toEqual([]);
    expect(found('{\n  "email": "bob@example.org",\n  "userId": 712345678\n}')).toEqual([]);
    expect(found('Cheers,\nAnn\nuserId: 712345678')).toEqual([]);
  });
});

describe('phone numbers read out as words or digit by digit (scanText reads them, spoken-digits.ts)', () => {
  const phones = (text: string): string[] =>
    scanText(text)
      .entities.filter((e) => e.type === 'PHONE')
      .map((e) => text.slice(e.start, e.end));

  it.each([
    ['en', 'Call me on oh seven nine double one, two six four eight three oh.', 'oh seven nine double one, two six four eight three oh'],
    [
      'de',
      'Meine Handynummer: null eins sieben sechs, zwo drei vier, fünf sechs sieben acht',
      'null eins sieben sechs, zwo drei vier, fünf sechs sieben acht',
    ],
    [
      'fr',
      'Mon portable : zéro six, douze, trente-quatre, cinquante-six, soixante-dix-huit.',
      'zéro six, douze, trente-quatre, cinquante-six, soixante-dix-huit',
    ],
    ['es', 'Mi móvil es seis uno dos, tres cuatro cinco, seis siete ocho.', 'seis uno dos, tres cuatro cinco, seis siete ocho'],
    [
      'it',
      'Il mio cellulare è tre tre nove, uno due tre, quattro cinque sei sette.',
      'tre tre nove, uno due tre, quattro cinque sei sette',
    ],
    ['nl', 'Mijn mobiel is nul zes, een twee drie vier, vijf zes zeven acht.', 'nul zes, een twee drie vier, vijf zes zeven acht'],
    ['spaced digits', 'Handy: 0 1 7 6 1 2 3 4 5 6 7', '0 1 7 6 1 2 3 4 5 6 7'],
    ['spaced with dots', 'Tel. 0.6.1.2.3.4.5.6.7.8', '0.6.1.2.3.4.5.6.7.8'],
  ])('%s', (_, text, want) => {
    expect(phones(text)).toEqual([want]);
  });

  it.each([
    'Pick one or two of the three options, four at most; call me if unsure.',
    'Ruf mich an: ich habe zwei Fragen, drei Ideen und vier Wünsche.',
    'Appelle-moi : un, deux, trois, soleil !',
    'Llámame: tengo dos perros, tres gatos y un loro.',
    'Chiamami: sei tu la terza di tre sorelle, e due fratelli.',
    'Bel me: een, twee, drie, vier, hoedje van papier.',
    'Phone setup, steps 1 2 3 4 5 6',
    'Call log 3 - 1, 2 - 2, 1 - 0 (scores)',
    'Telefon: Version 1.2.3.4, Build 5',
    'Build 1.2.3.4.5.6.7.8 is out; the phone app follows',
  ])('hard negative: %s', (text) => {
    expect(phones(text)).toEqual([]);
  });
});

describe('phoneDetector: a call-back verb and its preposition, six languages', () => {
  it.each([
    ['Bel alsjeblieft terug op 0687213390.', '0687213390'],
    ['Bel me morgen even op 0207742215', '0207742215'],
    ['Bitte ruf zurück unter 0304471925.', '0304471925'],
    ['Ruf mich morgen zurück: 0 1 5 7 3 2 8 8 4 1 9', '0 1 5 7 3 2 8 8 4 1 9'],
    ['Melden Sie sich gern unter 0893317264.', '0893317264'],
    ['Ich bin unter der 0221774190 erreichbar.', '0221774190'],
    ['You can text 07700912834 if the line is busy.', '07700912834'],
    ['Je suis joignable au 0478213364 le matin.', '0478213364'],
    ['Sono reperibile al 3487712093 dopo le sei.', '3487712093'],
    ['Estoy localizable en el 688 214 907.', '688 214 907'],
  ])('%s', (text, want) => {
    expect(scanText(text).entities.map((e) => text.slice(e.start, e.end))).toEqual([want]);
  });
});

describe('phoneDetector: a changed number, six languages', () => {
  it.each([
    ['He cambiado de número, ahora es el 917 334 802.', '917 334 802'],
    ['I changed my number, it is now 07700918245.', '07700918245'],
    ["Mon numéro a changé, c'est maintenant le 0698112457.", '0698112457'],
    ['Meine Nummer hat sich geändert, sie lautet jetzt 01573398127.', '01573398127'],
    ['Ho cambiato numero, ora è 3471982036.', '3471982036'],
    ['Mijn nummer is veranderd, het is nu 0612873390.', '0612873390'],
  ])('%s', (text, want) => {
    expect(found(text)).toEqual([want]);
  });
});

describe('phoneDetector: call and change words before numbers that are something else', () => {
  it.each([
    'He cambiado de número de pedido: 612 345 678.',
    'Llámame cuando llegue el pedido 612 345 678.',
    'Ruf mich an, wenn die Lieferung 0612345678 da ist.',
    'Chiamami quando arriva l’ordine 3471234567.',
    'Text me when the invoice 0612345678 is paid.',
    'Il mio numero di matricola è 0612345678.',
    'Mi número de socio es 612345678.',
    'Meine Mitgliedsnummer ist 0612345678.',
    'I changed the number of replicas to 3 yesterday.',
    'Bel even op maandag over de 3 offertes.',
    'Bitte bis 1234567 zählen und unter der Decke bleiben.',
    'Booking.com · Zimmer 710-905-876',
  ])('%s', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('phoneDetector: a signature line with the company before the number', () => {
  it.each([
    ['Atentamente,\nCarmen López\nViajes.com · 710-905-876', '710-905-876'],
    ['Kind regards,\nTom Hill\nAcme Ltd | 07911 264830', '07911 264830'],
  ])('%s', (text, want) => {
    expect(found(text)).toEqual([want]);
  });
});

describe('phoneDetector: the number named after it, six languages', () => {
  it.each([
    ['0687213390 is mijn nieuwe nummer.', '0687213390'],
    ['0176 44820193 ist meine neue Nummer.', '0176 44820193'],
    ['3487712093 è il mio numero di cellulare.', '3487712093'],
    ["Le 0644827351, c'est mon numéro perso.", '0644827351'],
    ['688 214 907 es mi número de teléfono.', '688 214 907'],
    ['07700912834 is my mobile.', '07700912834'],
    ['Numero verde 800 123 456', '800 123 456'],
  ])('%s', (text, want) => {
    expect(found(text)).toEqual([want]);
  });
  it.each([
    '688 214 907 es mi número de pedido.',
    '0612345678 is my number of attempts so far.',
    'Kundennummer 0612345678 ist meine Nummer.',
  ])('hard negative: %s', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('numbers read out digit by digit, emergency contacts, "no contesta al"', () => {
  const phones = (t: string) => phoneDetector.detect(t).map((f) => t.slice(f.start, f.end));
  it('nine digits or more spelled one by one from a trunk 0; not a count or bits', () => {
    expect(phones('clavier cassé, désolé : Alee au 0 1 2 6 5 5 3 2 6 9')).toEqual(['0 1 2 6 5 5 3 2 6 9']);
    expect(phones('Versions 0 1 2 3 4 5 6 7 8 9')).toEqual([]);
    expect(phones('bits 0 1 0 0 1 1 0 1 0 1')).toEqual([]);
  });
  it('a list of emergency contacts names its numbers as phones; so does a call not answered', () => {
    expect(phones('Contactos de emergencia:\nHyejin Yeo – 656-951-331')).toEqual(['656-951-331']);
    expect(phones('Contatti di emergenza:\nYoo Jaehyeon – 347-115-8754')).toEqual(['347-115-8754']);
    expect(phones('no contesta al 612 917 398. Ayúdame')).toEqual(['612 917 398']);
  });
});

describe('national mobile numbers by their prefix, and a call past a noun that only introduces the person', () => {
  it('a German mobile (015x, 016x, 017x) and an Italian one grouped 3-3-4 stand alone', () => {
    expect(found('Lindenstraße 15, 70429 Stuttgart · 0160 4010 2985 · y.shen@example.de')).toEqual(['0160 4010 2985']);
    expect(found('Bei Fragen: 0170 8715 0004')).toEqual(['0170 8715 0004']);
    expect(found('in copia (340 694 3921)')).toEqual(['340 694 3921']);
  });
  it("a call to a partner or a customer's service is a phone call; a member's or an order's number stays no phone", () => {
    expect(found('Si no contesta, llamar a su socio Jianjun Xing al 682 41 95 26.')).toEqual(['682 41 95 26']);
    expect(found('Call our customer service at 0612 345 678')).toEqual(['0612 345 678']);
    expect(found('Mi número de socio es 612 34 56 78.')).toEqual([]);
    expect(found('Llámame por el pedido 612 34 56 78')).toEqual([]);
  });
  it('not another 016x number of another length, nor a count of 3-3-3', () => {
    expect(found('Aktenzeichen 0160 4010 29')).toEqual([]);
    expect(found('In total 347 123 456 were spent')).toEqual([]);
  });
});

describe('every country calling code, and the number a question asked for', () => {
  it('reads international numbers of every plan libphonenumber knows, alone', () => {
    expect(found('Klar: +233 50 493 8002')).toEqual(['+233 50 493 8002']); // Ghana
    expect(found("Je crois que c'est +389 2 453 1805.")).toEqual(['+389 2 453 1805']); // North Macedonia
    expect(found('Sure: +998 91 444 48 12')).toEqual(['+998 91 444 48 12']); // Uzbekistan
    expect(found('+49 030 1234567')).toEqual(['+49 030 1234567']); // a trunk 0 written after the code
  });

  it("takes a local number that answers a question for someone's number", () => {
    expect(found('Hola Zabir, ¿me pasas el número de Snezhana? — Claro, es 726-520-132')).toEqual(['726-520-132']);
    expect(found('Ciao Adwoa, mi mandi il numero di Petranka? — Sì: 070/321-739')).toEqual(['070/321-739']);
    expect(found('What is the order number? — 726-520-132')).toEqual([]);
  });

  it('leaves a hex dump that opens on "00" alone', () => {
    expect(found('CDB:  00 20 00 00 00 00\nstatus: 0x2')).toEqual([]);
  });
});

describe('phone cues (issue 14)', () => {
  it('"tél." with its accent, and not the end of "hôtel."', () => {
    expect(found('Tél. 02-951-4727')).toEqual(['02-951-4727']);
    expect(found('Le mot hôtel. 02-951-4727')).toEqual([]);
  });

  it('the other way to reach someone after an e-mail address and "or", also read out in words', () => {
    expect(
      scanText('you can reach me at tovan (at) example.org or nine seven five seven seven four six two zero seven one.').types,
    ).toContain('PHONE');
    expect(
      scanText('erreichbar unter t.merisk@example.org oder null-sieben-null-drei-sechs-vier-fünf-sieben-sechs-drei-vier.').types,
    ).toContain('PHONE');
  });

  it('"erreichbar" closing the clause after the number', () => {
    expect(scanText('Tovan ist abends unter null zwei drei vier drei neun vier drei eins erreichbar.').types).toContain('PHONE');
  });
});

describe('phoneDetector: a one-digit area or mobile code', () => {
  it.each([
    ['Fono: (2) 2123 4567', '(2) 2123 4567'],
    ['Celular: 9 6123 4567', '9 6123 4567'],
    ['Phone: 2 9374 4000', '2 9374 4000'],
  ])('with a phone word: %s', (text, want) => {
    expect(found(text)).toEqual([want]);
  });
  it('not without one (a list, a step), nor a phone word inside another word', () => {
    expect(found('Items (3) 1200 1500')).toEqual([]);
    expect(found('Step 9 6123 4567')).toEqual([]);
    expect(found('el fonógrafo 1234 5678')).toEqual([]);
  });
});
