import { describe, expect, it } from 'vitest';
import { roleNames } from './person-roles.ts';

/** A few common words of the six languages, as common-words.txt has them (invented names are not in it). */
const COMMON = new Set(
  `the other driver left note with his name and number bug fix logout reported by noticed session cookie i am sorry about that
  wir sind an kantine deutschland windows mercurial release deadline miss will school trip friday first heizung kann heute nicht
  geistlose bankkonto österreicher madrid bank deutsche telekom crédit agricole dependabot poste italiane trenitalia domino's goodnight
  amen paris dark see tomorrow apple samsung electronics real atlético bayern münchen borussia dortmund chrome outlook firefox safari
  budget docker regards platform team berlin italian`.split(/\s+/u),
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

  it('takes the one married (the one born: person-contacts.ts)', () => {
    expect(names('- married Venko Gjorgjevski-Slanev in 1961')).toEqual(['Venko Gjorgjevski-Slanev']);
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

  it('takes full names with their number in a contact list, not an office', () => {
    expect(names('Emergency contacts:\nMaariyaa Yashm – +353 (0)83 608 0042\nBaek Suho – +1 821-532-0983')).toEqual([
      'Maariyaa Yashm',
      'Baek Suho',
    ]);
    expect(names('Überweisung durch Dr. Cheon, Angehörige: Ha-yun Kyung (+49 176 99599570)')).toEqual(['Ha-yun Kyung']);
    expect(names('Berlin – +49 30 1234567\nDeutsche Bank – +49 69 91000')).toEqual([]);
  });

  it("takes the one who reports or acts in an item of minutes, not a tool's or a budget's line", () => {
    expect(names('TOP 2: Ye-seul fragt nach dem Busfahrplan; Lutufee klärt das mit dem Landratsamt.')).toEqual(['Ye-seul', 'Lutufee']);
    expect(names('1. Anjal reported that the lighting is fixed.\n2. Alee raised the parking permits again')).toEqual(['Anjal', 'Alee']);
    expect(names('1. Docker reported errors\n2. Budget proposes cuts')).toEqual([]);
  });

  it("takes a post's author, a manager, the one texted or interviewed, an emergency contact's person, a relative's", () => {
    expect(names("Re: bank won't refund me\n\nposted by jihu\n\nSo my bank")).toEqual(['jihu']);
    expect(names('start date September 15, 2023, reports to Taeyeong Eun.')).toEqual(['Taeyeong Eun']);
    expect(names('Bei Interesse SMS an Si-won: 0676/5016913.')).toEqual(['Si-won']);
    expect(names("Contact d'urgence pour Ji-hyo : 0486 36 59 29")).toEqual(['Ji-hyo']);
    expect(names('beloved wife of the late Tae Ju-hyeon, mother of Naseebaa, and grandmother')).toEqual(['Tae Ju-hyeon', 'Naseebaa']);
    expect(names('message de confirmation envoyé')).toEqual([]);
  });

  it('takes the one who signs at the very end, after a dash, thanks or a closing line', () => {
    expect(names('grey wallet near the library, contact me at syhyung1 (at) tiscali.it – So-yun')).toEqual(['So-yun']);
    expect(names('dot koo at hotmail dot com. Merci ! Jiseong')).toEqual(['Jiseong']);
    expect(names('pour une douleur.\n\nBien confraternellement,\nAhn Ho-jun')).toEqual(['Ahn Ho-jun']);
    expect(names('Regards,\nThe Platform Team')).toEqual([]);
  });

  it("takes the one who signs after a sentence's end on the text's last line, bare; not a punchline or an attribution", () => {
    expect(names('Si hay algún problema, llama a la vecina. ¡Disfrutad! Guilin')).toEqual(['Guilin']);
    expect(names('exp 09/28. Please refund one of them. Yu-hsi')).toEqual(['Yu-hsi']);
    expect(names('Bushydo -- the way of the shrub.  Bonsai!')).toEqual([]);
    expect(names('On a clear disk you can seek forever.\n\t\t-- P. Denning')).toEqual([]);
  });

  it('takes a self-introduction with the age after the name, as a profile opens', () => {
    expect(names('Kannst du mein Profil aufpeppen? "Ich bin Jingyang, 31, ursprünglich aus Chengdu"')).toEqual(['Jingyang']);
    expect(names('help me make this less cringe: "hey i\'m hsiu-chieh, 29, product designer"')).toEqual(['hsiu-chieh']);
    expect(names("I'm Italian, 30, and love pasta")).toEqual([]);
    expect(names("i'm well-rested, 2 cups of coffee in")).toEqual([]);
  });

  it('takes one who picks someone up, pastes something by mistake or holds the spare key', () => {
    expect(names('Umaamaa pasted this into #ops by accident.')).toEqual(['Umaamaa']);
    expect(names('merci. Eunjun viendra te chercher à l’aéroport')).toEqual(['Eunjun']);
    expect(names('the key safe is left of the door. Seoa has the spare.')).toEqual(['Seoa']);
  });
});

describe('roleNames: the holder of a CV, a name with its honorific, a name and family, a signature after a dash', () => {
  it('the name on the line after a CV’s heading, in capitals or in title case', () => {
    expect(names('LEBENSLAUF\nTOVAN MERISK\nMusterweg 15, 6020 Innsbruck')).toEqual(['TOVAN MERISK']);
    expect(names('Curriculum Vitae\nIlsabet Quorn\nAvenue Louise 151')).toEqual(['Ilsabet Quorn']);
    expect(names('CV\nSenior Software Engineer\nSkills: Go')).toEqual([]);
  });

  it('a name with a Japanese honorific after it, or a full name with the Tibetan one; not an Italian clitic', () => {
    expect(names('Condolences may be sent to Vantorro-sama, Avenue Louise 95.')).toEqual(['Vantorro']);
    expect(names('Die Karte geht an Tovan Merisk-la, Musterweg 7.')).toEqual(['Tovan Merisk']);
    expect(names('Il cane può essere ritirato da Brunvald-san.')).toEqual(['Brunvald']);
    expect(names('«Prendiamo-la Casta», dicono.')).toEqual([]);
  });

  it('a name and the family coming with that person', () => {
    expect(names('Aus dem Ausland kommen Tovan Merisk und Familie.')).toEqual(['Tovan Merisk']);
    expect(names("De l'étranger viennent Ilsabet Quorn et sa famille.")).toEqual(['Ilsabet Quorn']);
  });

  it('one word after a dash ending a text in another language than German is a signature, not a noun', () => {
    expect(names('Hay que rotarlas el viernes. – Vantorrelis')).toEqual(['Vantorrelis']);
    expect(names('Wer fängt den Hasen? – Hasenbluten')).toEqual([]);
  });
});

describe('roleNames: a caller, an apposition of the writer’s relation, the addressee of a transfer', () => {
  it('a caller naming themselves after a greeting, "again" or not', () => {
    expect(names('Hi, this is Vantorrelis again. Could you refill my prescription?')).toEqual(['Vantorrelis']);
    expect(names('Hallo, hier ist nochmal Vantorrelis. Könnten Sie nachbestellen?')).toEqual(['Vantorrelis']);
    expect(names('Hoi, met Vantorrelis weer. Kunnen jullie dat herhalen?')).toEqual(['Vantorrelis']);
    expect(names('Hi, this is Microsoft Support. Your licence expired.')).toEqual([]);
  });

  it('a caller after greeting the one called by name, "it is" too', () => {
    expect(names('Hallo Maciu, hier ist Vantorrelis von der Hausverwaltung.')).toEqual(['Vantorrelis']);
    expect(names('Hi Ruvimbiso, it is Vantorrelis from the letting agency.')).toEqual(['Vantorrelis']);
    expect(names('Hello, it is important that you call back.')).toEqual([]);
  });

  it('a caller in a quoted voicemail, the greeting after the quotation mark', () => {
    expect(names('Voicemail from 00216 91 725 423, 0:42: "Hi, this is Vantorrelis calling about the flat."')).toEqual(['Vantorrelis']);
    expect(names('Messaggio vocale dal 06 48 58 72 68: «Ciao, sono Vantorrelis per l’appartamento.»')).toEqual(['Vantorrelis']);
  });

  it('a name, then after its comma who that person is to the writer', () => {
    expect(names('Als Referenz steht Tovan Merisk, mein ehemaliger Chef, zur Verfügung.')).toEqual(['Tovan Merisk']);
    expect(names('puede dar referencias Tovan Merisk, mi anterior responsable.')).toEqual(['Tovan Merisk']);
  });

  it('the party a court case is against, where the text is a court’s', () => {
    expect(names('You are required to attend the Crown Court on 6 June 2026 to give evidence in R v Vantorrelis.')).toEqual([
      'Vantorrelis',
    ]);
    expect(names('Ladung: vor dem Amtsgericht in der Strafsache gegen Vantorrelis als Zeuge auszusagen.')).toEqual(['Vantorrelis']);
    expect(names('Wir haben gegen Vantorrelis gestimmt.')).toEqual([]);
    expect(names('Citazione del tribunale: testimone nel procedimento a carico di Vantorrelis.')).toEqual(['Vantorrelis']);
  });

  it('a phone message’s recipient and caller; a bug report’s author', () => {
    expect(names('Phone message for Vantorrelis: Tovan Merisk rang about the insurance claim')).toEqual(['Vantorrelis', 'Tovan Merisk']);
    expect(names('Recado para Vantorrelis: ha llamado Tovan Merisk por lo del siniestro')).toEqual(['Vantorrelis', 'Tovan Merisk']);
    expect(names('Message for Support: Windows crashed again')).toEqual([]);
    expect(names('Informe de error de Tovan Merisk: la API devuelve 401')).toEqual(['Tovan Merisk']);
  });

  it('the one a letter or a transfer is for', () => {
    expect(names('overmaken naar de rekening (t.n.v. Tovan Merisk). Dank je')).toEqual(['Tovan Merisk']);
    expect(names('Bitte z. H. Tovan Merisk zustellen')).toEqual(['Tovan Merisk']);
    expect(names('graag op mijn rekening 004 142 312 (ten name van TOVAN MERISK).')).toEqual(['TOVAN MERISK']);
  });
});
