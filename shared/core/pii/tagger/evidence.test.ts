import { describe, expect, it } from 'vitest';
import type { Finding, PiiType } from '../types.ts';
import { hasEvidence, isRareNameRun, mayHaveEvidence, type EvidenceOptions } from './evidence.ts';

/** A few common words of the six languages' prose, as common-words.txt has them. */
const COMMON = new Set([
  'customer',
  'success',
  'market',
  'street',
  'summarise',
  'die',
  'traduci',
  'arregla',
  'zet',
  'like',
  'wie',
  'nuestro',
  'scusa',
  'sorry',
  'reformule',
  'anna',
  'schema',
  'oriental',
  'steel',
  'hat',
  'vergelijken',
  'tinar', // as if a verb's infinitive: a known given name stays one
]);
const opts = { isCommonWord: (w: string) => COMMON.has(w.toLowerCase()) };

/** Whether the tagger's finding on `part` (its first occurrence in `text`) counts. */
function counts(text: string, part: string, type: PiiType = 'PERSON'): boolean {
  const start = text.indexOf(part);
  if (start < 0) throw new Error(`${part} not in ${text}`);
  const finding: Finding = { type, start, end: start + part.length, score: 0.9, detector: 'pii-tagger@test' };
  return hasEvidence(text, finding, opts);
}

describe('a tagger PERSON counts with name evidence', () => {
  it('two name-shaped words, the run taken beyond the span (en, de, fr, es, it, nl)', () => {
    expect(counts('Please forward the contract to Okonkwo Adebayo before Friday.', 'Okonkwo')).toBe(true);
    expect(counts('Der Vertrag wurde gestern von Bendes da Kankaanpää unterschrieben.', 'Kankaanpää')).toBe(true);
    expect(counts('Le dossier est suivi par Maitland Rebane depuis mars.', 'Maitland Rebane')).toBe(true);
    expect(counts('La reunión la lleva Davidlohr Zurab Berisha.', 'Berisha')).toBe(true);
    expect(counts('Sto compilando un modulo per Dug Shehu. Grazie.', 'Shehu')).toBe(true);
    expect(counts('Ik heb het met Eskild von Bengen besproken.', 'Eskild')).toBe(true);
  });

  it('an initial and a surname, a surname in capitals beside a given name', () => {
    expect(counts('The report was signed by G. Hannula yesterday.', 'Hannula')).toBe(true);
    expect(counts('Traduci questa nota per SAKOWSKI Jouni: deve suonare bene.', 'Jouni')).toBe(true);
  });

  it('one word after a title, a greeting, an apology, or signing off', () => {
    expect(counts('Ich habe gestern mit Herrn Leutheusser gesprochen.', 'Leutheusser')).toBe(true);
    expect(counts('Hola Yaretzi, ¿puedes revisar esto?', 'Yaretzi')).toBe(true);
    expect(counts('Scusa Dulmandakh, ho perso la tua chiamata.', 'Dulmandakh')).toBe(true);
    expect(counts('Sorry Tsehay, ik heb je oproep gemist.', 'Tsehay')).toBe(true);
    expect(counts('Inserisci questo: Un saluto,\nYixuan', 'Yixuan')).toBe(true);
    expect(counts('"hey, quick one. Cheers,\nMåns thx"', 'Måns')).toBe(true);
    expect(counts('Formuliere das freundlicher: „Viele Grüße\nVadla Bitte bis Freitag.“', 'Vadla')).toBe(true);
  });

  it('far into a long line (it reads only near the finding)', () => {
    const long = 'the nightly build failed again and we retried it. '.repeat(80);
    expect(counts(long + 'Please forward the contract to Okonkwo Adebayo now.', 'Okonkwo')).toBe(true);
    expect(counts(long + 'Summarise this support ticket.', 'Summarise')).toBe(false);
  });

  it('in a text without capitals, two uncommon words', () => {
    expect(counts('solicitante: carsten dzhaksybekov, urgente', 'carsten dzhaksybekov')).toBe(true);
  });
});

describe('a tagger PERSON does not count without it', () => {
  it('a word capitalised by grammar at a sentence start (en, de, fr, es, it, nl)', () => {
    expect(counts('Summarise this support ticket in two sentences.', 'Summarise')).toBe(false);
    expect(counts('Die Reisekosten lagen um 4214 EUR über dem Plan.', 'Reisekosten')).toBe(false);
    expect(counts('Reformule ça de façon plus aimable.', 'Reformule ça de')).toBe(false);
    expect(counts('Arregla esta configuración, el servicio no arranca.', 'Arregla')).toBe(false);
    expect(counts('Traduci questa nota in inglese per il supporto.', 'Traduci')).toBe(false);
    // an order's verb the lists hold as an infinitive only; a known given name stays a name
    expect(counts('Vergelijk Albert Heijn en Jumbo op prijs van koffie.', 'Vergelijk Albert Heijn')).toBe(false);
    expect(counts('Tina Okonkwo asked for the report.', 'Tina Okonkwo')).toBe(true);
    expect(counts('Zet MAX_CONNECTIONS=200 en POOL_TIMEOUT=30.', 'Zet')).toBe(false);
  });

  it('a lone uncommon word with no cue, capitals only, ids and punctuation', () => {
    expect(counts('El año pasado pasamos de Jenkins a GitHub Actions.', 'Jenkins')).toBe(false);
    expect(counts('Ticket SR677260 Requester: the support team', 'Ticket SR677260')).toBe(false);
    expect(counts('alles gescheiden door TEKEN. Controleert op fouten.', 'TEKEN')).toBe(false);
    expect(counts('Om je wachtwoord te resetten klik je op ‘Wachtwoord vergeten’.', '‘')).toBe(false);
    expect(counts('und den Schlüssel AKIAIOSFODNN7EXAMPLE.', 'AKIAIOSFODNN7EXAMPLE')).toBe(false);
  });

  it('function and role words do not make a pair; known public figures, characters and brands are not persons', () => {
    expect(counts('Thanks, The Globex support team', 'Globex')).toBe(false);
    expect(counts('Like Sherlock Holmes would say, it is elementary.', 'Like Sherlock')).toBe(false);
    expect(counts('Marie Curie a découvert le polonium en 1898.', 'Marie Curie')).toBe(false);
    expect(counts('El piloto con Louis Vuitton seguirá 5 semanas más.', 'Louis Vuitton')).toBe(false);
    expect(counts('Le pilote avec Dr. Oetker se poursuit.', 'Oetker')).toBe(false);
    expect(counts('Vergelijk Kubernetes en Nomad voor een klein team.', 'Vergelijk')).toBe(false);
    expect(counts('Seit dem Update bricht das Wi-Fi 5 GHz ständig ab.', 'Wi-Fi 5 GHz')).toBe(false);
    expect(counts('Kürze den Satz: wir treffen uns morgen.', 'Kürze')).toBe(false);
    expect(counts('Rinomina AuthTokenProvider con un nome più chiaro.', 'Rinomina')).toBe(false);
    expect(counts('Generate a JSON Schema for this payload.', 'JSON Schema')).toBe(false);
    expect(counts('The pilot with Northwind Traders will run for another week.', 'Northwind Traders')).toBe(false);
    expect(counts('Bitte prüfe den Antrag von OKONKWO Adaeze.', 'OKONKWO Adaeze')).toBe(true);
    expect(counts('Il contratto è firmato da Ailsa McAllister.', 'Ailsa')).toBe(true);
    expect(counts('Der Antrag ging an Femke van der Kolk.', 'Femke')).toBe(true);
  });

  it('the author of works an encyclopaedic question names (en, de, fr, es, it)', () => {
    expect(counts('Which novels by Okonkwo Adebayo were translated into French?', 'Okonkwo Adebayo')).toBe(false);
    expect(counts('Welche Romane von Okonkwo Adebayo gibt es auf Deutsch?', 'Okonkwo Adebayo')).toBe(false);
    expect(counts('Quels tableaux de Maitland Rebane sont au Louvre ?', 'Maitland Rebane')).toBe(false);
    expect(counts('¿Qué novelas de Maitland Rebane recomiendas?', 'Maitland Rebane')).toBe(false);
    expect(counts('Riassumi i romanzi di Maitland Rebane.', 'Maitland Rebane')).toBe(false);
    expect(counts('Please forward the book to Okonkwo Adebayo by Friday.', 'Okonkwo Adebayo')).toBe(true);
  });

  it('the person an eponym or works are named after (en, it)', () => {
    expect(counts('Explain the Maitland Rebane effect in simple terms.', 'Maitland Rebane')).toBe(false);
    expect(counts("Prove Maitland Rebane's theorem for n = 3.", 'Maitland Rebane')).toBe(false);
    expect(counts("Which of Maitland Rebane's paintings hang in Madrid?", 'Maitland Rebane')).toBe(false);
    expect(counts('Dimostra il teorema di Maitland Rebane.', 'Maitland Rebane')).toBe(false);
    expect(counts('Saludos,\nFlutura Trmac Número de cuenta: 0049', 'Flutura Trmac')).toBe(true);
    expect(counts("Please review Maitland Rebane's expenses.", 'Maitland Rebane')).toBe(true);
  });

  it("a public figure in a sentence the rules read as encyclopaedic (the rules' own test)", () => {
    expect(counts('Who was Okonkwo Adebayo and what did he discover?', 'Okonkwo Adebayo')).toBe(false);
    expect(counts('Wer war Okonkwo Adebayo? Ein Maler des 19. Jahrhunderts?', 'Okonkwo Adebayo')).toBe(false);
    expect(counts('Please send the invoice to Okonkwo Adebayo today.', 'Okonkwo Adebayo')).toBe(true);
  });
});

describe('a thing is not a person', () => {
  it("a field's value whose label names a thing (en, de, fr), a word and a short acronym after it", () => {
    expect(counts('Ticket #45732\nProduct: Mesh Wi-Fi Kit\nFirmware: 12.4', 'Mesh Wi-Fi Kit')).toBe(false);
    expect(counts('Projekt: Nordhafen Logistik\nStand: Mai', 'Nordhafen Logistik')).toBe(false);
    expect(counts('Objet : Renouvellement Okonkwo', 'Renouvellement Okonkwo')).toBe(false);
    expect(counts('Maak dit korter:\n\nMigratie WMS – voortgangsrapportage', 'Migratie WMS')).toBe(false);
    expect(counts('Owner: Okonkwo Adebayo\nProduct: Mesh', 'Okonkwo Adebayo')).toBe(true);
    expect(counts('Bitte prüfe den Antrag von OKONKWO Adaeze.', 'OKONKWO Adaeze')).toBe(true);
  });

  it("a place's or an organisation's word after it, a work's, a dish's or a product's frame before it, title-case common words", () => {
    expect(counts('Our flight from Jorge Newbery Airport was delayed.', 'Jorge Newbery')).toBe(false);
    expect(counts('Landing at Kingsford Smith International Airport tonight.', 'Kingsford Smith')).toBe(false);
    expect(counts('Summarise the plot of Dao Huckleberry in five sentences.', 'Dao Huckleberry')).toBe(false);
    expect(counts('Gib mir ein Rezept für Baingan Bharta.', 'Baingan Bharta')).toBe(false);
    expect(counts('Write a slogan for the Oriental Steel Hat.', 'Oriental Steel Hat')).toBe(false);
    expect(counts('Please forward the contract to Okonkwo Adebayo before Friday.', 'Okonkwo Adebayo')).toBe(true);
    expect(counts('The contract of Okonkwo Adebayo ends in May.', 'Okonkwo Adebayo')).toBe(true);
    expect(counts('Write a short description of Okonkwo Adebayo for the team page.', 'Okonkwo Adebayo')).toBe(true);
    expect(counts('Gib mir ein Rezept für Watermelon And Starfruit Tart.', 'Starfruit Tart')).toBe(false);
    expect(counts('Escribe al soporte de Barraza Okonkwo e Hijos sobre el ticket.', 'Barraza Okonkwo')).toBe(false);
    expect(counts('Rédige un communiqué : Okonkwo Adebayo SARL rachète Laine.', 'Okonkwo Adebayo')).toBe(false);
    expect(counts('¿Es la Prolongación Okonkwo Adebayo una buena zona?', 'Okonkwo Adebayo')).toBe(false);
    expect(counts('Nota de prensa: adquiere Trejo Girón, Armenta Muñiz y Soliz Vaca Asociados.', 'Trejo Girón')).toBe(false);
    expect(counts('Nota de prensa: el cliente Trejo Girón llamó a Armenta Muñiz.', 'Trejo Girón')).toBe(true);
  });

  it('a noun phrase: an article or a determiner right before it (de, nl, fr), not a surname particle', () => {
    expect(counts('apt-cache führt eine Vielzahl von Aktionen auf dem Paketzwischenspeicher aus.', 'Vielzahl')).toBe(false);
    expect(counts('-J zeigt den Julianischen Kalender an.', 'Julianischen')).toBe(false);
    expect(counts('Zet het Okonkwo Adebayo dossier klaar.', 'Okonkwo Adebayo')).toBe(false);
    expect(counts('Frau Dr. van der Okonkwo Adebayo stellt vor.', 'Okonkwo Adebayo')).toBe(true);
    expect(counts('Mademoiselle de la Okonkwo Adebayo arrive demain.', 'Okonkwo Adebayo')).toBe(true);
    expect(counts('Schreibe ein Gedicht im Stil von Okonkwo Adebayo.', 'Okonkwo Adebayo')).toBe(false);
    expect(counts('Bitte prüfe den Antrag von Okonkwo Adebayo.', 'Okonkwo Adebayo')).toBe(true);
    expect(counts('Das Bein des Mitarbeiters Josef Okonkwo wurde verletzt.', 'Josef Okonkwo')).toBe(true);
    expect(counts('Compare the Rolls Okonkwo Taurus with the Maserati.', 'Okonkwo Taurus')).toBe(false);
  });

  it('a storm or a place after its word, taken into the run ("Hurricane Katrina", "Flughafen Okonkwo Adebayo")', () => {
    expect(counts('Summarise the damage Hurricane Okonkwo did to the coast.', 'Hurricane Okonkwo')).toBe(false);
    expect(counts('Unser Flug landet am Flughafen Okonkwo Adebayo.', 'Okonkwo Adebayo')).toBe(false);
  });
});

describe('a name in capitals counts in a text written in lower case elsewhere', () => {
  it('two or more rare words of five letters or more, as forms and headers write them', () => {
    expect(counts('Translate the header "PATIENT: KAZLAUSKIENE JURGITA" into German.', 'KAZLAUSKIENE JURGITA')).toBe(true);
    expect(counts('Fix this line: DOMNICA VASILESCU - ACCOUNT MANAGER', 'DOMNICA VASILESCU')).toBe(true);
  });

  it('not common words, acronyms, or a text all in capitals', () => {
    expect(counts('Translate the header "CUSTOMER SUCCESS" into German.', 'CUSTOMER SUCCESS')).toBe(false);
    expect(counts('We need a GDPR DPIA template for the rollout.', 'GDPR DPIA')).toBe(false);
    expect(counts('PATIENT: KAZLAUSKIENE JURGITA', 'KAZLAUSKIENE JURGITA')).toBe(false);
  });
});

describe('a tagger ADDRESS counts with an address phrase', () => {
  it('a street and its number, a postcode and its place (de, it, nl, en)', () => {
    expect(counts('Er wohnt in der Lindenallee 14, 50667 Köln.', 'Lindenallee 14', 'ADDRESS')).toBe(true);
    expect(counts('Consegnare in Via Roma 12b, Bologna.', 'Roma 12b', 'ADDRESS')).toBe(true);
    expect(counts('Het pakket gaat naar 2000 Antwerpen.', '2000 Antwerpen', 'ADDRESS')).toBe(true);
    expect(counts('Send it to 12 Main Street please.', '12 Main Street', 'ADDRESS')).toBe(true);
  });

  it('not amounts, versions, dates, card-like digit groups or table cells (de, es, nl, fr, en)', () => {
    expect(counts('Die Reisekosten lagen um 47003 EUR über dem Plan.', 'lagen um 47003 EUR', 'ADDRESS')).toBe(false);
    expect(counts('El piloto con Philips seguirá 9 horas más.', 'Philips seguirá 9', 'ADDRESS')).toBe(false);
    expect(counts('We gebruiken macOS Sonoma 108.0.5990.200.', 'Sonoma 108', 'ADDRESS')).toBe(false);
    expect(counts('Protokoll — 26. Juni 2026', 'Juni 2026', 'ADDRESS')).toBe(false);
    expect(counts('Die Testkarte 4000 0000 0000 3220 geht nur in der Sandbox.', 'Testkarte 4000 0000 0000', 'ADDRESS')).toBe(false);
    expect(counts('33,CHF 2973.–,Genève,12.12.2024,refunded', '–,Genève,12', 'ADDRESS')).toBe(false);
    expect(counts('$5.992.59 Denver November 26, 2025 open', 'Denver November 26', 'ADDRESS')).toBe(false);
    expect(counts('Plane eine Bahnreise von Graz nach Gent, Budget 2154,35 €.', 'Gent, Budget 2154,35', 'ADDRESS')).toBe(false);
    // a house number after its street has one to three digits (and maybe a letter): four are a card's last digits
    expect(counts('Die Mastercard mit den Endziffern 6172, Bestellung 9.', 'Endziffern 6172,', 'ADDRESS')).toBe(false);
    // a year that closes a period is no postcode ("2000 Antwerpen" above is one)
    expect(counts('Golda Meir war von 1969 bis 1974 Ministerpräsidentin Israels.', '1974 Ministerpräsidentin Israels', 'ADDRESS')).toBe(
      false,
    );
    expect(counts('Die Roten Khmer räumten im April 1975 Phnom Penh.', '1975 Phnom', 'ADDRESS')).toBe(false);
    // a country and a number is a score, not a street
    expect(counts('Résultat : Fidji 31 – Zimbabwe 7 en quart de finale', 'Zimbabwe 7', 'ADDRESS')).toBe(false);
  });
});

/** Whether a less sure tagger PERSON on `part` counts: its name run is rare (isRareNameRun). */
function rare(text: string, part: string, type: PiiType = 'PERSON', options: EvidenceOptions = opts): boolean {
  const start = text.indexOf(part);
  return isRareNameRun(text, { type, start, end: start + part.length, score: 0.4, detector: 'pii-tagger@test' }, options);
}

describe('a rare name run: the stronger evidence a less sure finding needs', () => {
  it('two or more parts (an initial counts), none a common word', () => {
    expect(rare('Please send the draft to Okonkwo Adebayo today.', 'Adebayo')).toBe(true);
    expect(rare('The lease was signed by T. Vasarhelyi last week.', 'Vasarhelyi')).toBe(true);
  });

  it('not one word, not a pair with a common word, not without a common-word list, not another type', () => {
    expect(rare('Please send the draft to Adebayo today.', 'Adebayo')).toBe(false);
    expect(rare('The pilot with the Customer Success team ends in March.', 'Customer Success')).toBe(false);
    expect(rare('Our office moves to Market Street next year.', 'Market Street')).toBe(false);
    expect(rare('Please send the draft to Okonkwo Adebayo today.', 'Adebayo', 'PERSON', {})).toBe(false);
    expect(rare('Please send the draft to Okonkwo Adebayo today.', 'Adebayo', 'ADDRESS')).toBe(false);
  });
});

describe('other types', () => {
  it('pass through (a published model may label them; the rules judge those)', () => {
    expect(counts('call me on 0612345678', '0612345678', 'PHONE')).toBe(true);
  });
});

/** Whether a finding on candidate word `word` (its first occurrence in `text`) could count, asked before the model runs. */
function mayCount(text: string, word: string): boolean {
  const start = text.indexOf(word);
  if (start < 0) throw new Error(`${word} not in ${text}`);
  return mayHaveEvidence(text, { start, end: start + word.length }, opts);
}

describe('before the model runs: whether a finding on a candidate word could count', () => {
  it('yes for a word of a name pair, a cued word, a title before a name, a word near an address phrase', () => {
    expect(mayCount('Please forward the contract to Okonkwo Adebayo before Friday.', 'Okonkwo')).toBe(true);
    expect(mayCount('Ich habe gestern mit Herrn Leutheusser gesprochen.', 'Leutheusser')).toBe(true);
    expect(mayCount('Inserisci questo: Un saluto,\nYixuan', 'Yixuan')).toBe(true);
    expect(mayCount('Résume ce message :\n\nMadame Li,\nLa réunion est fixée.', 'Madame')).toBe(true);
    expect(mayCount('My new address is 134 Willow Street, Derby DE11 3EY. thx', 'Derby')).toBe(true);
    expect(mayCount('Il mio indirizzo è Corso del Lavatoio 104/B, 44591 Ferrara (FE).', 'Lavatoio')).toBe(true);
  });

  it('no for a lone word capitalised by grammar or without cue, an id, a public figure', () => {
    expect(mayCount('Die Lieferung verzögert sich um zwei Wochen, weil der Zulieferer umgestellt hat.', 'Lieferung')).toBe(false);
    expect(mayCount('Die Lieferung verzögert sich um zwei Wochen, weil der Zulieferer umgestellt hat.', 'Zulieferer')).toBe(false);
    expect(mayCount('El año pasado pasamos de Jenkins a GitHub Actions.', 'Jenkins')).toBe(false);
    expect(mayCount('2026-03-04T10:15:02ZINFO worker-2 processed batch 1734 in 48 ms', '2026-03-04T10:15:02ZINFO')).toBe(false);
    expect(mayCount('Marie Curie a découvert le polonium en 1898.', 'Curie')).toBe(false);
  });
});
