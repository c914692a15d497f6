import { describe, expect, it } from 'vitest';
import { addressDetector } from './addresses.ts';
import { scanText } from '../detect.ts';

const found = (text: string): string[] => addressDetector.detect(text).map((f) => text.slice(f.start, f.end));

describe('addressDetector: the documented sample addresses', () => {
  it('takes none named so in its words ("Muster…", "Example …"); a real one beside them stays', () => {
    expect(found('Beispiel: Max Mustermann, Musterstraße 1, 12345 Musterstadt')).toEqual([]);
    expect(found('Format: 1 Example Street, London NW1 6XE')).toEqual([]);
    expect(found('Lieferung an Hauptstraße 5, 10115 Berlin')).toEqual(['Hauptstraße 5, 10115 Berlin']);
  });
});

describe('addressDetector: number first (UK, US, Canada, France)', () => {
  it('finds UK addresses with postcodes', () => {
    expect(found('Please send it to 221B Baker Street, London NW1 6XE by Friday.')).toEqual(['221B Baker Street, London NW1 6XE']);
    expect(found('Our office: 10 Downing Street, London SW1A 2AA.')).toEqual(['10 Downing Street, London SW1A 2AA']);
    expect(found('the damp at 17 Hollybank Crescent, Leeds LS6 2QT is back')).toEqual(['17 Hollybank Crescent, Leeds LS6 2QT']);
    expect(found('same address: 56 Kingsway, Leeds LS11 6XE\nthanks')).toEqual(['56 Kingsway, Leeds LS11 6XE']);
  });

  it('finds US and Canadian addresses with state and ZIP', () => {
    expect(found('The White House is at 1600 Pennsylvania Ave NW, Washington, DC 20500.')).toEqual([
      '1600 Pennsylvania Ave NW, Washington, DC 20500',
    ]);
    expect(found('Address: 4403 N 45th Street, Apt 24C, Chicago, IL 60673\nPolicy no.: HX-1')).toEqual([
      '4403 N 45th Street, Apt 24C, Chicago, IL 60673',
    ]);
    expect(found('Ship to 2514 Commercial Drive, Montréal, QC H3A 8A3')).toEqual(['2514 Commercial Drive, Montréal, QC H3A 8A3']);
  });

  it('finds numbered streets without a direction, and addresses in capitals as on a shipping label', () => {
    expect(found('I live at 42 5th Avenue, Springfield, IL 62704.')).toEqual(['42 5th Avenue, Springfield, IL 62704']);
    expect(found('Ship to 126 N 9TH STREET, ZIONSHIRE, WY 15839-0986')).toEqual(['126 N 9TH STREET, ZIONSHIRE, WY 15839-0986']);
    expect(found('We had 3 5th places in a row last season.')).toEqual([]);
  });

  it('finds a street whatever its street word when a postcode and a city end the address', () => {
    expect(found('I live at Freudenthaler Weg 26c, 60590 Yasinland.')).toEqual(['Freudenthaler Weg 26c, 60590 Yasinland']);
    expect(found('I live at Auf dem Bohnbüchel 80, 39750 Ost Aliciaburg.')).toEqual(['Auf dem Bohnbüchel 80, 39750 Ost Aliciaburg']);
    expect(found('Spedire a Rotonda Ciriaco 6, 02897 Aloisio laziale.')).toEqual(['Rotonda Ciriaco 6, 02897 Aloisio laziale']);
    expect(found('Mijn adres is Quinpark 10, 2745 TF Oukoopberg.')).toEqual(['Quinpark 10, 2745 TF Oukoopberg']);
    expect(found('I live at 4777 Conn Track, Fort Murlberg, VT 03222.')).toEqual(['4777 Conn Track, Fort Murlberg, VT 03222']);
    // a number and a count after it are no street and postcode
    expect(found('Band 3, 1200 Seiten.')).toEqual([]);
    expect(found('We shipped 4777 Units, Mostly Online.')).toEqual([]);
  });

  it('reads the postcodes of more countries, a street type in lower case after its name, a sentence going on after the city', () => {
    expect(found('We moved to Chomutovská 143, 54082 Domažlice last month.')).toEqual(['Chomutovská 143, 54082 Domažlice']);
    expect(found('Ship it to Sērenes iela 415, LV0821 Rēzekne, please.')).toEqual(['Sērenes iela 415, LV0821 Rēzekne']);
    expect(found('Lieferadresse: Zərgərpalan küçəsi, 586, AZ3518 Füzuli')).toEqual(['Zərgərpalan küçəsi, 586, AZ3518 Füzuli']);
    expect(found('Ship it to Nedbalova 78, 227 40 Skalica, please.')).toEqual(['Nedbalova 78, 227 40 Skalica']);
    expect(found('Envoyez le colis à os. Szatkowski 55, 29-497 Mrągowo avant vendredi.')).toEqual(['Szatkowski 55, 29-497 Mrągowo']);
    expect(found('Ship it to Ved Stranden 33A, 1493 Kjellerup.')).toEqual(['Ved Stranden 33A, 1493 Kjellerup']);
    expect(found('We moved to 738 Christiansen Junctions, X3Y 4J9 Flin Flon.')).toEqual(['738 Christiansen Junctions, X3Y 4J9 Flin Flon']);
    expect(found('My new address is 97231 Haskell Valley, Y27 D5DW Hoseahaven.')).toEqual(['97231 Haskell Valley, Y27 D5DW Hoseahaven']);
    // four digits and a sentence going on, or after one word and a number: no postcode
    expect(found('See Room 12, 4521 Meeting notes for the details.')).toEqual([]);
    expect(found('Siehe Kapitel 3, 1200 Seiten lang.')).toEqual([]);
  });

  it('finds lower-case address blocks only with a postcode', () => {
    expect(found('Format this address block:\n\n28 church lane\nedinburgh\neh6 6wq')).toEqual(['28 church lane\nedinburgh\neh6 6wq']);
    expect(found('I walked 3 blocks down the road to the shop.')).toEqual([]);
  });

  it('finds French addresses, with bis/ter and the line below', () => {
    expect(found('Livraison au 12 rue de la Paix, 75002 Paris.')).toEqual(['12 rue de la Paix, 75002 Paris']);
    expect(found('Envoyez-le au 5, avenue des Champs-Élysées, 75008 Paris.')).toEqual(['5, avenue des Champs-Élysées, 75008 Paris']);
    expect(found('Adresse :\n82 bis rue du Faubourg Saint-Antoine\n69006 Lyon\n\nMotif : soins')).toEqual([
      '82 bis rue du Faubourg Saint-Antoine\n69006 Lyon',
    ]);
    expect(found('Il faut 3 rue pour... non, explique la différence entre une rue et une avenue.')).toEqual([]);
  });
});

describe('addressDetector: street first (DE, NL, ES, IT)', () => {
  it('finds German, Austrian and Swiss addresses', () => {
    expect(found('Die Heizung in der Wohnung Hauptstraße 5, 10115 Berlin ist kaputt.')).toEqual(['Hauptstraße 5, 10115 Berlin']);
    expect(found('Lieferadresse: Bahnhofstraße 12a, 80335 München')).toEqual(['Bahnhofstraße 12a, 80335 München']);
    expect(found('Schulweg 33\n01192 Dresden\nDeutschland\nSteuer-ID: 1')).toEqual(['Schulweg 33\n01192 Dresden\nDeutschland']);
    expect(found('wohnhaft Hauptplatz 111, 8029 Graz, Österreich, möchte eine Erstattung')).toEqual([
      'Hauptplatz 111, 8029 Graz, Österreich',
    ]);
    expect(found('Am Kupfergraben 6, 10117 Berlin')).toEqual(['Am Kupfergraben 6, 10117 Berlin']);
  });

  it('finds Dutch addresses with 4-digit + 2-letter postcodes', () => {
    expect(found('Mijn adres is Keizersgracht 123, 1015 CJ Amsterdam.')).toEqual(['Keizersgracht 123, 1015 CJ Amsterdam']);
    expect(found('Graag naar Verbeeklaan 83, 2552 JR Den Haag sturen.')).toEqual(['Verbeeklaan 83, 2552 JR Den Haag']);
  });

  it('finds Spanish addresses with C/, Avda. and floor', () => {
    expect(found('Vivo en Calle Mayor 10, 28013 Madrid.')).toEqual(['Calle Mayor 10, 28013 Madrid']);
    expect(found('Domicilio: C/ de Toledo 133, 2º D, 18010 Granada')).toEqual(['C/ de Toledo 133, 2º D, 18010 Granada']);
    expect(found('Avda. Diagonal 640, 08017 Barcelona')).toEqual(['Avda. Diagonal 640, 08017 Barcelona']);
  });

  it('finds Italian addresses with Via, Piazza, Corso and the province', () => {
    expect(found('Abito in Via Roma 12, 00184 Roma da due anni.')).toEqual(['Via Roma 12, 00184 Roma']);
    expect(found('va consegnato in Via Garibaldi, 93, 20145 Milano (MI). Grazie')).toEqual(['Via Garibaldi, 93, 20145 Milano (MI)']);
    expect(found('Corso Vittorio Emanuele II 18, 20122 Milano')).toEqual(['Corso Vittorio Emanuele II 18, 20122 Milano']);
  });

  it('finds Indian addresses ending in a PIN code', () => {
    expect(found('ADDRESS Flat 12, Lakshmi Residency, MG Road, Bengaluru 560001')).toEqual([
      'Flat 12, Lakshmi Residency, MG Road, Bengaluru 560001',
    ]);
  });
});

describe('addressDetector: hard negatives', () => {
  it('ignores cities, countries and streets without a number', () => {
    expect(found('Our company is headquartered in London with a second office in Austin.')).toEqual([]);
    expect(found('Main Street is closed for the parade.')).toEqual([]);
    expect(found('Die Hauptstraße ist wegen Bauarbeiten gesperrt.')).toEqual([]);
    expect(found('Via Roma è la strada principale del paese.')).toEqual([]);
    expect(found('Which is better: near Oxford Street or around Southwark?')).toEqual([]);
  });

  it('ignores numbers that are quantities, versions or times', () => {
    expect(found('Das Meeting dauert 30 Minuten im Raum Platz 3 Minuten entfernt.')).toEqual([]);
    expect(found('Top 10 Places to visit in Rome')).toEqual([]);
    expect(found('2025-06-22T05:58:29.973Z DEBUG [search-api] queue depth=91 consumers=8')).toEqual([]);
    expect(found('We upgraded to version 3.2 and road-tested it for 2 weeks.')).toEqual([]);
  });

  it('does not treat "Address:" followed by prose, or other kinds of address, as a street address', () => {
    expect(found('Address: please see the attached form, it is on page 2')).toEqual([]);
    expect(found('Mon adresse e-mail : anna 2 @ example.org')).toEqual([]);
    expect(found('Il mio indirizzo IP è 75.184.130.112, in quale campo va?')).toEqual([]);
    expect(found('Acta del comité de dirección — 10 de mayo de 2026')).toEqual([]);
    expect(found('See section 4 Park Lane Terms in the lease.')).toEqual([]);
  });

  it('ends a labelled address before a URL, an assignment or an e-mail on its line: each is its own value', () => {
    const text = 'Billing address: 12 Wren St, Leeds LS1 1AA then db postgres://svc:Xq7pL2vB@db.internal:5432/app';
    expect(found(text).join('|')).not.toContain('postgres');
    const scan = scanText(text);
    expect(scan.types).toEqual(expect.arrayContaining(['ADDRESS', 'SECRET']));
    expect(found('Adres: Lindelaan 14, 1234 AB Utrecht DB_URL=mongodb://app:Pw_8812x@cache:27017/x').join('|')).not.toContain('mongodb');
    expect(found('Anschrift: Lindenallee 14, 50667 Köln anna.keller@example.org').join('|')).not.toContain('@');
  });

  it('finds a US street with city and state but no ZIP, and Italian numbers with a letter', () => {
    expect(found('HOME_ADDRESS = "4770 Harrison Drive, Madison WI"')).toEqual(['4770 Harrison Drive, Madison WI']);
    expect(found('- Spedite a Via Garibaldi 12/A\n00153 Roma RM.')).toEqual(['Via Garibaldi 12/A\n00153 Roma RM']);
  });
});

describe('addressDetector: offsets', () => {
  it('reports UTF-16 offsets after emoji and accented text', () => {
    const text = '🏠😅 Überweisung für Müller — neue Anschrift: Lindenstraße 7, 50674 Köln 👍';
    const [f] = addressDetector.detect(text);
    expect(f).toBeDefined();
    expect(f!.type).toBe('ADDRESS');
    expect(f!.start).toBe(text.indexOf('Lindenstraße'));
    expect(f!.end).toBe(text.indexOf(' 👍'));
  });
});

describe('Dutch floors after the house number', () => {
  it('"98-II", "12-hs" belong to the number', () => {
    expect(found('PAKKET LIGT BIJ DE BUREN, Achterom 98-II, 7705 DZ Zwolle. Kun je')).toEqual(['Achterom 98-II, 7705 DZ Zwolle']);
    expect(found('woont op Kerkstraat 12-hs, 1017 GC Amsterdam')).toEqual(['Kerkstraat 12-hs, 1017 GC Amsterdam']);
  });
});

describe("an address right after a key's colon", () => {
  it("a calendar's LOCATION or a form's field, not a time", () => {
    expect(found('DTSTART:20250618T100000\nLOCATION:69 Fernhill Avenue, Leeds LS6 5EB\nEND:VEVENT')).toEqual([
      '69 Fernhill Avenue, Leeds LS6 5EB',
    ]);
    expect(found('Start 10:30 Main Hall, then lunch')).toEqual([]);
  });
});

describe('house numbers with a French or Dutch suffix (bis, ter, quater)', () => {
  it('read as a number with a letter, the span on the number as written', () => {
    expect(found('MZEKALA MKHEIDZE, wonende te Dorpsstraat 140bis, 5654 TD Eindhoven, wordt opgeroepen')).toEqual([
      'Dorpsstraat 140bis, 5654 TD Eindhoven',
    ]);
    expect(found('Destinataire : T. KATSIA\n105bis, allée des Cerisiers\n69007 LYON\nTél.')).toEqual([
      '105bis, allée des Cerisiers\n69007 LYON',
    ]);
    expect(found('Chapitre 12bis, page 4')).toEqual([]);
  });
});

describe('address blocks as letters and invoices write them', () => {
  it('a label that ends its line, the address on the next', () => {
    expect(found('Previous address:\nBogʻishamol koʻchasi 67\nToshkent 100017')).toEqual(['Bogʻishamol koʻchasi 67\nToshkent 100017']);
    expect(found('Adresse au pays :\nMustaqillik shoh koʻchasi 137-uy, 76-xonadon\nToshkent 100017')).toEqual([
      'Mustaqillik shoh koʻchasi 137-uy, 76-xonadon\nToshkent 100017',
    ]);
    expect(found('Adresse e-mail :\nanna.k1990@mail.com')).toEqual([]);
    expect(found('Address:\n\nThe office moved in 2019.')).toEqual([]);
  });

  it('a house number with a slash and a letter, alone on its line, and a postcode with its country letters', () => {
    expect(found('No. 232/4A, Station Road, Kandy 20000')).toEqual(['232/4A, Station Road, Kandy 20000']);
    expect(found('Bill to: Wasana Kariyawasam\nNo. 190/1\nStation Road\nDehiwala 10350')).toEqual(['190/1\nStation Road\nDehiwala 10350']);
    expect(found('Niðari vegur 25, FO-700 Klaksvík')).toEqual(['Niðari vegur 25, FO-700 Klaksvík']);
    expect(found('Step 2\nOpen Settings\nthen click')).toEqual([]);
    expect(found('Total: 45\nNext Page')).toEqual([]);
  });
});

describe('labelled addresses (issue 14)', () => {
  it('"No." inside the value is no sentence end', () => {
    expect(found('Adresse : House No. 68A, Motithang, Paro 12001\nTéléphone : +975 2 618 735')).toEqual([
      'House No. 68A, Motithang, Paro 12001',
    ]);
  });

  it('an address without a number: three capitalised parts or more alone on the label’s line', () => {
    expect(found('Indirizzo: Degmada Hodan, Xaafadda Bakaaraha, Kismaayo\nTelefono: +252 63 7970010')).toEqual([
      'Degmada Hodan, Xaafadda Bakaaraha, Kismaayo',
    ]);
    expect(found('Address: see the attached form')).toEqual([]);
  });
});
