import { describe, expect, it } from 'vitest';
import { slotNames } from './person-slots.ts';

/** A few common words of the six languages' prose, as common-words.txt has them (invented names are not in it). */
const COMMON = new Set(
  `open closed berlin germany the a an to for with please write send note about invoice contract new york visual studio code den haag
  ich muss es bitte die das ist und mit migration liegt bei meeting je dois l le de la une pour écrire
  por favor escribe para el la un per il lo voor de het een aan mail over cliente team bacon flights loop springt el secreto i want them it is caused and viruses track allocations fix landed built on cameras driver university grazie sto compilando un modulo claim submitted last week ticket bericht prüfen introduction results are below status will take over ticket serveur reprend dossier lundi
  she let pilot runs next week statisch gelinkt falls met dit door naar korte inleiding stuur fasse ticket zusammen meldet eine abbuchung résume signale un débit mis datos address baker street london support replied is still true pasted this from docs concrètement si facture peut attendre übernimmt ab montag riscrivi non mai alle mail encarga del om factuur das sagt nein google said so wrote back elle est utile ça doc es útil lo documentación è utile dalla documentazione dijo ayer en reunión stimmt aus der doku klopt uit documentatie vorteile die wir haben sobre pedido allowed take car know party auto nehmen venir metro safe pressemitteilung das ticket the budget tarde mañana with dashboards noon lunch remind wir am bahnhof school wrote missed eleven days el colegio dice ha faltado la scuola scrive ha saltato die schule schreibt elf tage gefehlt hat sie glauben hilft er teurer sind are meeting station tomorrow mañana quedamos la estación halfway noon for sale oak table after se vende carrito preguntar even they crimson tide remind me after lunch morgen an la impresora está rota non printer broken files wrote we went with plan slept thanks covering my shift danke vertretung milano then slept keeps taking credit work ne répond plus mes mails laut partito è section see to took vitamin said helps introduction kubernetes visual studio code heute erweiterung geladen dann pods neu gestartet can you birthday she turns apt welt hallo hello world sales guys hey hi dear how do tell is held may kernel package mir sagen ob geht kannst du bescheid klappt`.split(
    /\s+/u,
  ),
);
const isCommonWord = (w: string) => COMMON.has(w.toLowerCase());
const names = (text: string): string[] => slotNames(text, isCommonWord).map((s) => text.slice(s.start, s.end));

describe('slotNames: a run of rare name parts in a person slot', () => {
  it('takes two or more rare capitalised words after a beneficiary, agent or source word (six languages)', () => {
    expect(names('Please write the note for Ilvane Dobrecki about the invoice.')).toEqual(['Ilvane Dobrecki']);
    expect(names('Der Vertrag wurde von Gerlind Oszkarova unterschrieben.')).toEqual(['Gerlind Oszkarova']);
    expect(names('Je dois écrire pour Maëlenn Kervadec.')).toEqual(['Maëlenn Kervadec']);
    expect(names('Por favor escribe para Itzane Urkiola Berasain.')).toEqual(['Itzane Urkiola Berasain']);
    expect(names('Laut Wendelin Quastorf ist das veraltet.')).toEqual(['Wendelin Quastorf']);
    expect(names('Een mail voor Sjoerdje van Wiltenburg over de factuur.')).toEqual(['Sjoerdje van Wiltenburg']);
  });

  it('takes an initial and a surname, a form-style CAPITALS surname, and a lower-case pair in capitalised text', () => {
    expect(names('I need it for T. Vorkapić by Friday.')).toEqual(['T. Vorkapić']);
    expect(names('Je remplis un formulaire pour J. Bacon. Merci')).toEqual(['J. Bacon']);
    expect(names('Richiedente: KOVALDSEN Ilmari\nOggetto: rimborso')).toEqual(['KOVALDSEN Ilmari']);
    expect(names('Die Migration liegt bei wojmir kanteska - bitte prüfen.')).toEqual(['wojmir kanteska']);
    expect(names('Service: billing\nowner: tamsin quarrendon\nretries: 3')).toEqual(['tamsin quarrendon']);
  });

  it('takes a recipient after a sending word, a companion after a talking word, and a list of names', () => {
    expect(names('Send a short mail to Ilvane Dobrecki about the invoice.')).toEqual(['Ilvane Dobrecki']);
    expect(names('I spoke with Maruvel Ostacki and Tereza Hlavickova about it.')).toEqual(['Maruvel Ostacki', 'Tereza Hlavickova']);
    expect(names('Ik heb het met Sjoerdje Wiltenburg besproken.')).toEqual(['Sjoerdje Wiltenburg']);
    expect(names('Ich muss es QUASTORF Wendelin erklären.')).toEqual(['QUASTORF Wendelin']);
  });

  it('takes an initial and a rare surname opening a clause before a lower-case word: a subject', () => {
    expect(names('Status: T. Vorkapić will take over the ticket.')).toEqual(['T. Vorkapić']);
    expect(names('Le serveur redémarre. M. Kervadec reprend le dossier lundi.')).toEqual(['M. Kervadec']);
    expect(names('A. Introduction to the system\nB. Results are below')).toEqual([]); // an outline
    expect(names('The U. S. government')).toEqual([]);
  });

  it('takes a lower-case pair after "for", "by" … only where it ends its field or an act or a form names a person', () => {
    expect(names('Das Ticket liegt bei Maren, der Bericht ist für wojmir kanteska:\nBitte prüfen.')).toEqual(['wojmir kanteska']);
    expect(names('The claim was submitted by wojmir kanteska last week.')).toEqual(['wojmir kanteska']);
    expect(names('Sto compilando un modulo per wojmir kanteska. Grazie')).toEqual(['wojmir kanteska']);
    expect(names('Track heap allocations for heap snapshots.')).toEqual([]);
    expect(names('The fix for packed refs landed.')).toEqual([]);
    expect(names('El secreto es martillo destructor.')).toEqual([]); // Spanish "es" is "is", no pronoun
    expect(names('Es springt von Eisberg zu Eisberg.')).toEqual([]); // German "zu" and articles join nouns, not names
    expect(names('I want to mail a bronzed artichoke to them.')).toEqual([]);
    expect(names('It is caused by microscopic bacteria\nand viruses.')).toEqual([]); // the line goes on
    // … or where the topic of a message sent to them follows
    expect(names('Please write a note to wojmir kanteska about the invoice.')).toEqual(['wojmir kanteska']);
    expect(names('Escribe un correo a wojmir kanteska sobre el pedido.')).toEqual(['wojmir kanteska']);
  });

  it('leaves common words, places, products, companies, prose and code alone', () => {
    expect(names('Driver for Mustek MDC cameras.')).toEqual([]); // a product's model code
    expect(names('Built on SASL by Carnegie Mellon\nUniversity.')).toEqual([]); // an organisation's name
    expect(names('Book the flights for New York next week.')).toEqual([]);
    expect(names('Een mail aan Den Haag over de vergunning.')).toEqual([]);
    expect(names('Install the extension for Visual Studio Code.')).toEqual([]);
    expect(names('The pilot with Northwind Traders runs next week.')).toEqual([]); // no talking word: a company
    expect(names('Trips to Kuala Lumpur are cheap.')).toEqual([]); // "to" without a sending word
    expect(names('Ich muss es Datenbankserver Ausfallzeiten erklären.')).toEqual([]); // German nouns after a pronoun
    expect(names('Das Programm ist es statisch gelinkt.')).toEqual([]);
    expect(names('for user_name in names: print(user_name)')).toEqual([]);
    expect(names('Please write the note for Ilvane Dobrecki Quastorf Hlavickova Ostacki.')).toEqual([]); // too long for a name
    expect(names('a note for walter mitty')).toEqual([]); // lower case only: no capitals elsewhere to tell a name by
  });
});

describe('slotNames: sources, pairs, forwarding, cc, tables and chat logs (issue 14)', () => {
  it('takes a name after a source ("according to", "laut", "selon", "según", "secondo", "volgens"), lower case too', () => {
    expect(names('According to talvi merenkoski the supplier can ship in June.')).toEqual(['talvi merenkoski']);
    expect(names('Secondo ornella vaskeli il fornitore consegna a maggio.')).toEqual(['ornella vaskeli']);
    expect(names('Volgens Sjoerdje Wiltenburg is het contract verlopen.')).toEqual(['Sjoerdje Wiltenburg']);
  });

  it('takes both names of "between X and Y" in the six languages, and nothing else after "between"', () => {
    expect(names('Split the cost between oskar lindqvik and pernilla haugo: 300 each.')).toEqual(['oskar lindqvik', 'pernilla haugo']);
    expect(names('Teile die Kosten zwischen Oskarin Lindqvik und QUASTORF Wendelin auf.')).toEqual([
      'Oskarin Lindqvik',
      'QUASTORF Wendelin',
    ]);
    expect(names('Répartis le budget entre Maëlenn Kervadec et Itzane Urkiola.')).toEqual(['Maëlenn Kervadec', 'Itzane Urkiola']);
    expect(names('Read between the lines, or between Vosmira Tadeova reports.')).toEqual([]);
  });

  it('takes the recipient of an order to forward, and an initial and a surname after a message word', () => {
    expect(names('Forward this to Maelis Ortunde with a short intro.')).toEqual(['Maelis Ortunde']);
    expect(names('Stuur dit door naar jorien vaskelaar met een korte inleiding.')).toEqual(['jorien vaskelaar']);
    expect(names('Reenvía esto a Itzane Urkiola con una frase.')).toEqual(['Itzane Urkiola']);
    expect(names('Inoltra questo a Ottorino di Brevaldi con una frase.')).toEqual(['Ottorino di Brevaldi']);
    expect(names('Schreibe eine Dankesmail an T. Vaskelainen, weil er geholfen hat.')).toEqual(['T. Vaskelainen']);
  });

  it('takes a lower-case pair after "cc" where it ends its field, even in a text all in lower case', () => {
    expect(names('cc jorien vaskelaar: please review the paragraph below.')).toEqual(['jorien vaskelaar']);
    expect(names('cc heap snapshots for the allocations')).toEqual([]);
  });

  it('takes the people of a role column, lower case too, not a team', () => {
    const table =
      '| Verantwortlich | Aufgabe |\n|---|---|\n| jorien vaskelaar | Zertifikat |\n| Maelis Ortunde | Handbuch |\n| Platform Team | x |';
    expect(names(table)).toEqual(['jorien vaskelaar', 'Maelis Ortunde']);
  });

  it('takes a name after a role noun without a colon, and the addressee opening an address', () => {
    expect(names('Fasse das Ticket zusammen: Kundin Predko Walmerans meldet eine Abbuchung.')).toEqual(['Predko Walmerans']);
    expect(names('Résume : la cliente VASKELAINEN Orvo signale un débit.')).toEqual(['VASKELAINEN Orvo']);
    expect(names('Mis datos: IBAN ES70 1234, titular jorien vaskelaar.')).toEqual(['jorien vaskelaar']);
    expect(names('Lieferadresse: jorien vaskelaar, Talstraße 94, 43072 Kassel.')).toEqual(['jorien vaskelaar']);
    expect(names('Address: Baker Street 12, London')).toEqual([]);
    expect(names('The customer Support Team replied.')).toEqual([]);
  });

  it('takes the subject opening a clause before a verb of what only a person does (six languages)', () => {
    expect(names('Is it still true?" Vosmira pasted this from the docs.')).toEqual(['Vosmira']);
    expect(names('Concrètement ? jorien vaskelaar a demandé si la facture peut attendre.')).toEqual(['jorien vaskelaar']);
    expect(names('Maelis Ortunde übernimmt das Ticket ab Montag.')).toEqual(['Maelis Ortunde']);
    expect(names('Riscrivi: «jorien vaskelaar non risponde mai alle mail»')).toEqual(['jorien vaskelaar']);
    expect(names('Itzane Urkiola se encarga del ticket.')).toEqual(['Itzane Urkiola']);
    expect(names('Ottorino Brevaldi vroeg om de factuur.')).toEqual(['Ottorino Brevaldi']);
  });

  it('takes the subject after a closing quote, and the subject after the verb where a clitic object stands before it', () => {
    expect(names('« Elle est utile. » Vosmira a copié ça de la doc.')).toEqual(['Vosmira']);
    expect(names('«Es útil.» Lo copió Vosmira de la documentación.')).toEqual(['Vosmira']);
    expect(names('«È utile.» L’ha copiato Vosmira dalla documentazione.')).toEqual(['Vosmira']);
    expect(names('Lo dijo ayer en la reunión.')).toEqual([]);
    expect(names('Stimmt das? Das hat Vosmira aus der Doku kopiert.')).toEqual(['Vosmira']);
    expect(names('Klopt dit? Dit heeft Vosmira uit de documentatie geplakt.')).toEqual(['Vosmira']);
    expect(names('Das hat Serverabstürze verursacht. Das hat Vorteile, die wir gesagt haben.')).toEqual([]);
  });

  it('leaves the author named after works alone: an encyclopaedic question', () => {
    expect(names('Which novels by Vosmira Tadeova should I read first?')).toEqual([]);
    expect(names('Submitted by Vosmira Tadeova.')).toEqual(['Vosmira Tadeova']);
  });

  it('leaves a common word, a brand or a word inside a clause before such a verb alone', () => {
    expect(names('Das Team sagt nein. Google said so. The Vosmira replied.')).toEqual([]);
    expect(names('Vosmira wrote back.')).toEqual([]); // one word opening a text: a heading's or a tool's name as often
  });

  it('takes the speakers of a transcript', () => {
    expect(names('Vosmira: can you restart it?\nTadeo: done already, check it')).toEqual(['Vosmira', 'Tadeo']);
  });
});

describe("slotNames: the names a message's own grammar places (person-grammar.ts, issue 14)", () => {
  it('takes the speaker of a quote named after it, or introduced by a verb of saying before it (six languages)', () => {
    expect(names('"I will send the figures tomorrow," said Vosmira. Make it a reminder.')).toEqual(['Vosmira']);
    expect(names('„Ich schicke die Zahlen morgen", sagte Vosmira Tadeova.')).toEqual(['Vosmira Tadeova']);
    expect(names('« Je les envoie demain », a dit Vosmira. Reformule.')).toEqual(['Vosmira']);
    expect(names('"Mañana te las mando", dijo Vosmira.')).toEqual(['Vosmira']);
    expect(names('"Te li mando domani", ha detto Vosmira.')).toEqual(['Vosmira']);
    expect(names('"Ik stuur ze morgen," zei Vosmira.')).toEqual(['Vosmira']);
    expect(names('Reply to this: "We cannot ship this week" — Vosmira, at the standup.')).toEqual(['Vosmira']);
    expect(names('Vosmira wrote: "the deployment failed again". How do I reply?')).toEqual(['Vosmira']);
    expect(names('"Build failed on step 3," said Jenkins. Translate: "Keep calm" — Google.')).toEqual([]);
  });

  it("takes the owner of a person's things: kin, a CV, a birthday (six languages), not a product's", () => {
    expect(names("Can you proofread Vosmira's cover letter before Friday?")).toEqual(['Vosmira']);
    expect(names('Kannst du Vosmiras Bewerbung korrigieren?')).toEqual(['Vosmira']);
    expect(names('Peux-tu relire la lettre de motivation de Vosmira ?')).toEqual(['Vosmira']);
    expect(names('Il marito di Vosmira Tadeova ha chiamato.')).toEqual(['Vosmira Tadeova']);
    expect(names('Wat geef ik voor de verjaardag van Vosmira?')).toEqual(['Vosmira']);
    expect(names("Explain Kubernetes's scheduler. ¿Cuáles son los riesgos? Debians Paketrichtlinien.")).toEqual([]);
  });

  it('takes the one a review, a card, a gift or a speech is for, a given name alone too (six languages)', () => {
    expect(names('Turn these notes into a performance review for Devadatt: + great at mentoring.')).toEqual(['Devadatt']);
    expect(names('Schreib eine Karte für Vosmira Tadeova zum Abschied.')).toEqual(['Vosmira Tadeova']);
    expect(names('Une idée de cadeau pour Vosmira ?')).toEqual(['Vosmira']);
    expect(names('Write a review for Kubernetes. A gift for Christmas.')).toEqual([]);
  });

  it('takes a surname in capitals before a given name, as forms write it, in a text written in lower case elsewhere', () => {
    expect(names('Auf dem Ausweis steht KAZLAUSKIENE Jurgita, stimmt das so?')).toEqual(['KAZLAUSKIENE Jurgita']);
    expect(names('Il modulo dice DUPONT-MOREAU Anne-Lise: va bene così?')).toEqual(['DUPONT-MOREAU Anne-Lise']);
    expect(names('Explain the JSON Migration and the GDPR Introduction, SKF Vosmira too.')).toEqual([]);
    expect(names('KAZLAUSKIENE JURGITA')).toEqual([]);
  });

  it('takes a list of people written with initials, in any of the orders authors and attendees are listed', () => {
    expect(names('Authors: Novak J., Horvat K., Kovač M. Format them.')).toEqual(['Novak J.', 'Horvat K.', 'Kovač M.']);
    expect(names('Please cc J.Novak and K.Horvat on the thread.')).toEqual(['J.Novak', 'K.Horvat']);
    expect(names('Reviewed by Novak, J. und Horvat, K. gestern.')).toEqual(['Novak, J.', 'Horvat, K.']);
    expect(names('Options: A. Introduction, B. Results and C. Migration.')).toEqual([]);
  });

  it('takes the people a message talks to or about in its own grammar (six languages)', () => {
    expect(names('Vosmira and I will present on Monday.')).toEqual(['Vosmira']);
    expect(names('Moi et Vosmira présentons lundi. Vosmira en ik ook.')).toEqual(['Vosmira', 'Vosmira']);
    expect(names('Vosmira, can you send me the logs?')).toEqual(['Vosmira']);
    expect(names('Vosmira Tadeova, kannst du das prüfen?')).toEqual(['Vosmira Tadeova']);
    expect(names('Tell Vosmira the build is green. Frag mal Vosmira, ob das passt.')).toEqual(['Vosmira', 'Vosmira']);
    expect(names('Demande à Vosmira si le serveur tourne. Chiedi a Vosmira se va.')).toEqual(['Vosmira', 'Vosmira']);
    // a quoted message to reword, opening with the one it is to, the writer speaking of themselves
    expect(names('make this kinder? "Rasheedah, as I have now said three times, the invoices go to accounts."')).toEqual(['Rasheedah']);
    expect(names('Kun je dit vriendelijker zeggen? "Selcan, ik heb het nu drie keer gezegd."')).toEqual(['Selcan']);
  });

  it('takes the one told typed in lower case, where the told clause follows (six languages)', () => {
    expect(names('how do i tell adigun that the meeting moved')).toEqual(['adigun']);
    expect(names('kannst du adigun sagen dass sie im meeting nicht so laut ist')).toEqual(['adigun']);
    expect(names("comment dire à ekundayo qu'elle parle trop fort")).toEqual(['ekundayo']);
    expect(names('cómo le digo a valerija que no me interrumpa')).toEqual(['valerija']);
    expect(names('come dico a olufunke che parla troppo forte')).toEqual(['olufunke']);
    expect(names('hoe zeg ik tegen akinlabi dat ze te luid praat')).toEqual(['akinlabi']);
    // not a program told what to do, nor a word of the sentence
    expect(names('how do i tell dpkg that the package is held? tell apt that, and tell the kernel that it may')).toEqual([]);
    expect(names('kannst du mir sagen, ob das geht? kannst du Bescheid sagen, dass es klappt?')).toEqual([]);
  });

  it('takes an initial and a surname after a preposition, the clause going on or ending after them', () => {
    expect(names('Die Rechnung ging an E. Galstyan statt an die Buchhaltung.')).toEqual(['E. Galstyan']);
    expect(names('La factura se envió a S. Tsvetkov.')).toEqual(['S. Tsvetkov']);
    expect(names('I took vitamin C. Then I slept. See section A. Introduction to it.')).toEqual([]);
    expect(names("nell'ospedale di S. Paolo a Milano")).toEqual([]);
  });

  it('takes a German or Dutch subject of two name parts between the auxiliary and an article', () => {
    expect(names('Gestern hat Izot Kharitonova die Präsentation gehalten.')).toEqual(['Izot Kharitonova']);
    expect(names('Gisteren heeft Panagiota Dragoumis de begroting gepresenteerd.')).toEqual(['Panagiota Dragoumis']);
    expect(names('Heute hat Visual Studio Code die Erweiterung geladen. Dann hat Kubernetes die Pods neu gestartet.')).toEqual([]);
  });

  it("takes a relative's full name typed in lower case after a possessive, not one word there", () => {
    expect(names('my coworker tamara fomichev keeps taking credit for my work')).toEqual(['tamara fomichev']);
    expect(names('ma collègue dimitra makri ne répond plus à mes mails')).toEqual(['dimitra makri']);
    expect(names('mein bruder schnarcht laut. mio fratello gemello è partito.')).toEqual([]);
  });

  it('takes a given name and an initial inside a sentence; a common word and its letter is none', () => {
    expect(names('Thanks to Perry M. for covering my shift. Danke an Lilit A. für die Vertretung.')).toEqual(['Perry M.', 'Lilit A.']);
    expect(names('We went with Plan B. Then we slept.')).toEqual([]);
  });

  it('takes one rare word opening a text as the subject of a verb of saying and what it reports', () => {
    expect(names('Khuta dice que la impresora está rota.')).toEqual(['Khuta']);
    expect(names('Tigran dit que non.')).toEqual(['Tigran']);
    expect(names('Chrysoyla said the printer is broken.')).toEqual(['Chrysoyla']);
    expect(names('Terraform wrote 3 files.')).toEqual([]);
  });

  it('takes one rare word opening a clause as the subject of what only a person does: arrive at a time, pay, approve', () => {
    expect(names('Levan komt morgen later.')).toEqual(['Levan']);
    expect(names('Tamtike has approved the budget.')).toEqual(['Tamtike']);
    expect(names('Guram llega tarde mañana.')).toEqual(['Guram']);
    expect(names('Grafana comes with dashboards. Projektleitung kommt morgen später.')).toEqual([]);
  });

  it('takes the one to phone (de, es, nl); not the one named', () => {
    expect(names('Ruf Anzhela morgen an. Llama a Viktorya. Bel Giga even.')).toEqual(['Anzhela', 'Viktorya', 'Giga']);
    expect(names('They call Alabama the Crimson Tide.')).toEqual([]);
  });

  it('takes the subject of a clause reported after a verb of saying or writing', () => {
    expect(names('The school wrote that Dalton missed eleven days.')).toEqual(['Dalton']);
    expect(names('El colegio dice que Davit ha faltado. La scuola scrive che Lilit ha saltato.')).toEqual(['Davit', 'Lilit']);
    expect(names('Die Schule schreibt, dass Elinor elf Tage gefehlt hat.')).toEqual(['Elinor']);
    expect(names('Sie glauben, dass Umkehr hilft. Er schreibt, dass Elektroautos teurer sind.')).toEqual([]);
  });

  it('takes the one met or called, one word before where or when (in lower case in a text without capitals)', () => {
    expect(names('we are meeting hortense at the station tomorrow')).toEqual(['hortense']);
    expect(names('mañana quedamos con geovanni en la estación')).toEqual(['geovanni']);
    expect(names('We are meeting Tsiala at the station. Remind me to call Romaine after lunch.')).toEqual(['Tsiala', 'Romaine']);
    expect(names('Wir treffen Vazha morgen am Bahnhof.')).toEqual(['Vazha']);
    expect(names('we are meeting halfway at noon. They call Alabama the Crimson Tide.')).toEqual([]);
    expect(names('Wir treffen Projektpartner morgen am Bahnhof.')).toEqual([]);
  });

  it("leaves a press release's buyer and the company bought, named after people", () => {
    expect(names('Pressemitteilung: Baseda-Hargasser übernimmt Schildhauer OHG.')).toEqual([]);
    expect(names('Anna Berg übernimmt das Ticket.')).toEqual(['Anna Berg']);
  });

  it('takes the subject of a question about what a person may, can or must do (six languages)', () => {
    expect(names('Is Tsiala allowed to take the car? Does Gocha know about the party?')).toEqual(['Tsiala', 'Gocha']);
    expect(names('Darf Tsiala das Auto nehmen? Est-ce que Nodar peut venir ? ¿Puede Lasha venir?')).toEqual(['Tsiala', 'Nodar', 'Lasha']);
    expect(names('Does Lisbon have a metro? Should Postgres run on ZFS? Is Tbilisi safe?')).toEqual([]);
  });

  it('takes the one an advert says to contact', () => {
    expect(names('For sale: oak table. Contact Tinatin after 6pm.')).toEqual(['Tinatin']);
    expect(names('Se vende carrito. Preguntar por Gvanji.')).toEqual(['Gvanji']);
  });

  it('takes the one a message of congratulations or condolences is for', () => {
    expect(names('Can you write a birthday message for Dorofey? She turns 40.')).toEqual(['Dorofey']);
    expect(names('Écris un mot de félicitations pour Iatamze, qui part à la retraite.')).toEqual(['Iatamze']);
  });

  it('takes the one greeted in lower case or in capitals, where the greeting opens the message or a quote', () => {
    expect(names('traduis stp : « coucou amalija ! les clés sont chez la voisine »')).toEqual(['amalija']);
    expect(names('hi ojārs, the fridge is yours now')).toEqual(['ojārs']);
    expect(names('Dear INKA ZDRAVČEVIĆ,\n\nThank you for coming in on Tuesday.')).toEqual(['INKA ZDRAVČEVIĆ']);
    expect(names('hallo welt! hi team, hey guys! Dear HR, Dear SALES TEAM, hello world')).toEqual([]);
  });

  it('takes people in places of a sentence only a person stands in (six languages)', () => {
    expect(names('My manager Vosmira wants the report by Monday.')).toEqual(['Vosmira']);
    expect(names('I need to give feedback to Vosmira about deadlines.')).toEqual(['Vosmira']);
    expect(names('I had lunch with Vosmira yesterday. Ayer comí con Vosmira.')).toEqual(['Vosmira', 'Vosmira']);
    expect(names('How do I tell Vosmira that? Comment dire à Vosmira que non ?')).toEqual(['Vosmira', 'Vosmira']);
    expect(names('Vosmira is out sick today. Vosmira ist heute krank. Vosmira è malata.')).toEqual(['Vosmira', 'Vosmira', 'Vosmira']);
    expect(names('Vosmira verlässt am Freitag das Team. What should I get Vosmira for her birthday?')).toEqual(['Vosmira', 'Vosmira']);
    expect(names("Vosmira's laptop keeps crashing.")).toEqual(['Vosmira']);
    expect(names('Schreib eine Abschiedsnachricht, Vosmira verlässt am Freitag das Team.')).toEqual(['Vosmira']);
    expect(names('Ich war gestern mit Vosmira beim Mittagessen. Ik heb met Vosmira geluncht.')).toEqual(['Vosmira', 'Vosmira']);
    expect(names('Vosmira joins the team on Monday. Vosmira se une al equipo en marzo.')).toEqual(['Vosmira', 'Vosmira']);
    expect(names('Schreib eine kurze Vorstellung für Vosmira Block, die nächsten Monat ins Team kommt.')).toEqual(['Vosmira Block']);
  });

  it('leaves brands, common words and places in those places alone', () => {
    expect(names('Kubernetes, can you explain? Google and I disagree. Tell Slack the truth. Also, can you?')).toEqual([]);
    expect(names('Kubernetes is leaving beta. Das Team ist heute krank. Lunch with Google engineers.')).toEqual([]);
    expect(names('According to Gartner, the market grows. My manager Google.')).toEqual([]);
    expect(names('Kubernetes joins the team toolset. Google joins forces with Slack.')).toEqual([]);
  });
});

describe('slotNames: names in lower case, in capitals, with initials, and the clause that refers to them (issue 14)', () => {
  it('takes a name after a relation and an article, in an apposition in lower case, in capitals, with two initials', () => {
    expect(names('The courier left it with my neighbour, vosmira tadeova, who never got it.')).toEqual(['vosmira tadeova']);
    expect(names('Le livreur a laissé le colis chez ma voisine, I.S. Tadeova, qui dit non.')).toEqual(['I.S. Tadeova']);
    expect(names('Mi casero VOSMIRA TADEOVA entra sin avisar. Mi casero BONAVIA entra.')).toEqual(['VOSMIRA TADEOVA', 'BONAVIA']);
    expect(names('Der Bote hat das Paket bei der Nachbarin bernadette abgegeben.')).toEqual(['bernadette']);
    expect(names('De bezorger gaf het af bij de buurvrouw, vosmira, die zegt het niet te hebben.')).toEqual(['vosmira']);
  });

  it('leaves a word in lower case after a relation alone where it is an adjective or a verb', () => {
    expect(names('Mio fratello gemello è partito. Der Mann staunt: "Toll!" El amigo leal se ríe.')).toEqual([]);
    expect(names('Possa tuo figlio ventenne, velocista olimpionico, vincere. Ma prima, assicuratevi di tutto.')).toEqual([]);
  });

  it('takes the source of what is said: an initial and a surname with a verb of saying, a name in lower case before one', () => {
    expect(names('As T. Vorkapić noted in her review, the sample is small.')).toEqual(['T. Vorkapić']);
    expect(names('Wie D. Vorkapić in ihrem Gutachten schreibt, fehlt etwas. Come osserva T. Vorkapić, mancano dati.')).toEqual([
      'D. Vorkapić',
      'T. Vorkapić',
    ]);
    expect(names('bref vosmira tadeova dit que la date bouge')).toEqual(['vosmira tadeova']);
    expect(names('ok so matthew tadeova said the deadline moved again')).toEqual(['matthew tadeova']);
  });

  it('leaves a public figure named alone as a source, and prose of other languages before a verb of saying', () => {
    expect(names('The result, as Ovid says, is a big pile.')).toEqual([]);
    expect(names('gjøre bruk av disse dataene og noen av disse')).toEqual([]);
  });

  it("takes one addressed before the writer's I and a you, the one thanked, and one a clause refers to as a person", () => {
    expect(names('Make this gentler: "Vosmira, I have told you twice already."')).toEqual(['Vosmira']);
    expect(names('Rends-le plus poli : « Vosmira, je te l’ai déjà dit. »')).toEqual(['Vosmira']);
    expect(names('Thanks a lot Vosmira! Grazie mille Vosmira! Could you also send them?')).toEqual(['Vosmira', 'Vosmira']);
    expect(names("Is Vosmira's estimate realistic? She says the move takes two days.")).toEqual(['Vosmira']);
    expect(names('¿Es realista el cálculo de Vosmira? Dice que la mudanza lleva dos días.')).toEqual(['Vosmira']);
    expect(names('Translate this into English for Vosmira, who starts on Monday.')).toEqual(['Vosmira']);
    expect(names('Arbeitszeugnis für Vosmira: sehr selbstständig. Carta de recomendación para VOSMIRA: autónoma.')).toEqual([
      'Vosmira',
      'VOSMIRA',
    ]);
  });

  it('takes the one met, interviewed or contacted, not the Dutch "met" (with)', () => {
    expect(names('I met Vosmira at the conference. We interviewed D. Vorkapić yesterday.')).toEqual(['Vosmira', 'D. Vorkapić']);
    expect(names("Hier j'ai rencontré Vosmira Tadeova. Ayer conocí a Vosmira.")).toEqual(['Vosmira Tadeova', 'Vosmira']);
    expect(names('De pilot met Adyen loopt nog. Een mail met Kubernetes erin.')).toEqual([]);
    expect(names('Give me a recipe for Ricotta Stuffed Ravioli. Schreib eine Beschreibung für Oriental Steel Hat.')).toEqual([]);
  });

  it('leaves interjections, the writer\'s other sentences and a word after "Let\'s" alone', () => {
    expect(names('Gotcha, I knew it. Kubernetes, I love it but you confuse me.')).toEqual([]);
    expect(names("Let's take the shortcut, he can't see us. Para isso: nada.")).toEqual([]);
  });
});

describe('slotNames: a megabyte the attacker shaped is read in linear time', () => {
  const SIZE = 1024 * 1024;
  const shaped = (unit: string) => unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);

  // before the names found were kept in a set, each slot's name was looked for among all found: a megabyte of
  // "for Vosil Tadeov " took seven seconds, growing with the square
  it.each([
    ['slots with names', 'for Vosmira Tadeova '],
    ['a role table', '| owner | x |\n| Vosmira Tadeova | y |\n'],
    ['a chat log', '[09:14] Vosmira: hi there\n[09:15] Tadeo: ok there\n'],
    ['subjects of acts', 'Vosmira Tadeova said so. Lo copió Vosmira de ella. Das hat Vosmira aus der Doku kopiert. '],
    ['lists with initials', 'J. Novak, Horvat K., Kovac, M. and L.Tadeo; '],
    ['almost lists with initials', 'J. Novak, Horvat K Kovac, M, L.Tadeo: K. Horvat and L. Tadeo. '],
    ['people in their places', 'my manager Vosmira. lunch with Vosmira. Vosmira is out sick. tell Vosmira so. '],
    ['people joining a team', 'Vosmira Tadeova, die a b c ins Team kommt. Vosmira joins the '],
    ['people addressed', 'Vosmira and I met. Vosmira, can you? Tell Vosmira so. me and '],
    ['surnames first, quotes and owners', 'TADEOVA Vosmira and ABCDEF ABCDEF "ok," said Vosmira. Vosmira\'s wife '],
  ])('%s', (_name, unit) => {
    expect(slotNames(shaped(unit), isCommonWord).length).toBeGreaterThan(0);
  });
});

describe('slotNames: forms and names of short syllables', () => {
  it('reads a numbered or two-word label, and a form\'s "Surname, Given" ending its line', () => {
    expect(names('Reviewer 1: Seok, Seo-eun\nReviewer 2: Doo, Han-gyeol\nPlease strip the names')).toEqual([
      'Seok, Seo-eun',
      'Doo, Han-gyeol',
    ]);
    expect(names('Reisende/r 1: Seung, Siheon\nReisepass: CTPNVW8HK')).toEqual(['Seung, Siheon']);
    expect(names('Location: Berlin, Germany\nStatus: Open, Closed')).toEqual([]);
  });
  it('reads a given name of short syllables whole, and no business whose trade opens its name', () => {
    expect(names('Please send it to Ga-on Seok, she is turning 40')).toEqual(['Ga-on Seok']);
    expect(names('Escribe un recordatorio para Bodegas Arriaga.')).toEqual([]);
  });
});

describe('slotNames: what a slot holds that is no private person', () => {
  it('a public figure in an encyclopaedic sentence, a task before "please:"', () => {
    expect(names('Islom Karimov ruled Uzbekistan from independence until 2016.')).toEqual([]);
    expect(names('Proofread, please: the release notes are below.')).toEqual([]);
  });

  it('and a speech to write for a private farewell is about the person', () => {
    expect(names('Schreib eine kurze Rede zum Abschied von Jeremy Dornik, die nach 19 Jahren die Buchhaltung verlässt.')).toEqual([
      'Jeremy Dornik',
    ]);
  });
});

describe('slotNames: greeted in lower case, addressed in a quote, a role noun, a table of members (issue 14)', () => {
  const common = new Set(
    `all there team guys dev ops help desk aws creds for the staging bucket as discussed la clave del servidor de forma`.split(' '),
  );
  const slots = (text: string): string[] => slotNames(text, (w) => common.has(w.toLowerCase())).map((s) => text.slice(s.start, s.end));

  it('after a greeting that is nothing else, one to four rare words in lower case before the comma', () => {
    expect(slots('Hey vantorrelis, AWS creds for the staging bucket as discussed')).toEqual(['vantorrelis']);
    expect(slots('Hi tovan moh merisk, the creds')).toEqual(['tovan moh merisk']);
  });

  it('not a group, nor a team written as one word of two common words', () => {
    expect(slots('Hi all, the build is green')).toEqual([]);
    expect(slots('Hey devops, the deploy is stuck')).toEqual([]);
    expect(slots('Hi helpdesk, my laptop')).toEqual([]);
  });

  it('the addressee of a quoted message in Italian or Spanish, whose verb carries the "you"', () => {
    expect(slots('Riscrivi in modo più gentile: «Vantorrelis, mi devi ancora i soldi del concerto»')).toEqual(['Vantorrelis']);
    expect(slots('Reescribe esto: "Vantorrelis, todavía me debes lo del concierto."')).toEqual(['Vantorrelis']);
  });

  it('a role noun without a colon: the undersigned, the beneficiary, the subscriber', () => {
    expect(slots('Traduci in inglese: Io sottoscritto/a Tovan Merisk, nato/a il 28/03/1999')).toEqual(['Tovan Merisk']);
    expect(slots('Überweisung: Empfängerin Ilsabet Quorn, IBAN folgt')).toEqual(['Ilsabet Quorn']);
  });
});
