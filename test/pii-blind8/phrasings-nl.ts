// Dutch phrasings of this set, written fresh for it. Slots: see template.ts.
import type { Phrasings } from '../pii-blind/set-generate.ts';

export const NL: Phrasings = {
  pos: [
    `Tandartspraktijk De Linde: herinnering aan de afspraak van {{F1}} op {{DATE}} om {{TIME}}. Verhinderd? Bel {{PHONE}}.`,
    `Dierenkliniek – vaccinatieherinnering\nDier: Pluis (kat, 8 jaar)\nEigenaar: {{N1}}\nAdres: {{ADDR1}}\nMobiel: {{PHONEH1}}`,
    `Rapport groep 7 – eerste periode\nLeerling: {{A1}}, geboren {{DOBK1}}\nOpmerking: {{G1}} werkt zelfstandig en helpt graag anderen.\nLeerkracht: {{I2}}`,
    `Zittingsrol politierechter, zaal 2\n09:30  {{U1}} (geb. {{DOB1}})\n10:15  {{U2}} – aanhouding\n11:00  {{U3}} – uitspraak`,
    `Onderwerp: klacht vlucht KL 1771 – koffer kwijt\n\nGeachte heer, mevrouw,\nMijn koffer is nooit aangekomen. Paspoortnummer {{PASSPORT1}}, telefoon {{PHONES1}}. Ik verzoek u {{AMOUNT}} te vergoeden.\n\nMet vriendelijke groet,\n{{F1}}`,
    `Kun je mijn sollicitatiebrief korter maken?\n\n{{F1}}\n{{ADDRL1}}\n{{E1}}\n\nGeachte heer, mevrouw, met veel interesse las ik uw vacature voor doktersassistent...`,
    `Tafelschikking bruiloft\nTafel 1: {{F1}}, {{F2}}, {{F3}}\nTafel 2: collega's van de bibliotheek\nLet op: {{G3}} eet geen vis.`,
    `FACTUUR 2025-301\nKlant: {{O1}}, {{ADDRH1}}\nOmschrijving: vertaling Malagassisch–Nederlands, {{AMOUNT}}\nGraag overmaken naar {{IBAN}}.`,
    `CRM-export:\nvoornaam;achternaam;email;telefoon;geboortedatum\n{{G1}};{{S1}};{{E1}};{{PHONE1}};{{DOB1}}\n{{G2}};{{S2}};{{E2}};{{PHONEH2}};{{DOB2}}`,
    `[{"user":"{{H1}}","text":"iemand het wachtwoord van de testomgeving?"},{"user":"{{H2}}","text":"{{PWD}} – niet in het algemene kanaal zetten"}]`,
    `Opmerking van {{F1}} bij ticket APP-902: @{{H2}} de sleutel {{KEY}} staat in de logs, graag intrekken.`,
    `Vat de vergadering samen in vijf punten.\nAanwezig: {{F1}}, {{N2}}, {{T3}}\n{{C}}\n{{G1}} stuurt de offerte naar {{E1}}.`,
    `Overlijdensbericht (concept): {{O1}}, geboren {{DOBO1}}, overleden {{DATE}}. Namens zijn vrouw {{F2}}{{k2}}{{f2}} en de kleinkinderen.{{m1}}`,
    `Stamboomnotities: {{O1}}, geboren {{DOBO1}}, identiteitsnummer {{HOMEID1}}; zoon {{F2}}{{k2}}{{m2}} vertrok naar Rotterdam.`,
    `Personeelsdossier: {{R1}}, BSN {{NID1}}, rijbewijs {{DL1}}, telefoon {{PHONE1}}.`,
    `Vertaal naar het Engels: "Ik heet {{F1}}, mijn nummer is {{PHONEW1}} en ik wacht nog op mijn borg."`,
    `Help me mijn datingprofiel leuker te maken: ik ben {{g1}}, geboren op {{DOB1}}, en je vindt me op insta als {{H1}}.`,
    `Autoverhuur Schiphol: bestuurder {{A1}}, rijbewijs {{DL1}}, geboren {{DOB1}}. Borg op creditcard {{CARD}}.`,
    `Standaardantwoord 'pas vervangen': Hoi {{G1}}, je nieuwe pas {{CARD}} is onderweg naar {{ADDRH1}}.`,
  ],
  hard: [
    `Maak een quiz over Madagaskar: de hoofdstad Antananarivo, de haven Toamasina, koningin Ranavalona I en de dichter Jean-Joseph Rabearivelo.`,
    `Sirimavo Bandaranaike werd in 1960 de eerste vrouwelijke premier ter wereld; Muttiah Muralitharan is de bekendste cricketspeler uit Kandy.`,
    `Niels Finsen, geboren in Tórshavn, won in 1903 de Nobelprijs; zangeres Eivør is de bekendste stem van de Faeröer.`,
    `Sjabloon:\nDB_PASS=\${DB_PASS}\nAPI_KEY=<jouw-sleutel>\nEIGENAAR=<naam>`,
    `Gebruik de testkaart {{TESTCARD}}; het nummer {{NOCARD}} en de IBAN {{NOIBAN}} moeten worden geweigerd.`,
    `Versie {{VER}}, commit {{SHA}}, build {{UUID}}, gepubliceerd op {{DATE}}.`,
    `Bestelling {{ORDER}}: "Lemuren van Madagaskar", ISBN {{ISBN}}, en een kleurboek van Nijntje.`,
    `Staan de kramen van Douwe Egberts en Verkade naast de tent van Hema? De plattegrond moet op {{DATE}} om {{TIME}} klaar zijn.`,
  ],
  neg: [
    `{{C}}`,
    `Leg dit eenvoudiger uit: {{C}}`,
    `Uit een tekenhandleiding: {{C}} {{C}} Maak er drie stappen van.`,
    `Wil je dit nakijken? {{C}}`,
    `Mijn aantekeningen van de workshop op {{DATE}}: {{C}}`,
  ],
};
