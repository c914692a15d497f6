// Dutch phrasings of this set (slots: template.ts). pos: sensitive; hard: hard negatives; neg: plain prose and
// carriers.
import type { Phrasings } from './generate.ts';

export const NL: Phrasings = {
  pos: [
    `RAPPORT — groep 6, eerste periode
Leerling: {{U1}}
Geboortedatum: {{DOBK1}}
Opmerking: {{G1}} werkt netjes en helpt anderen graag, maar moet meer durven vragen.
Leerkracht: juf {{f2}}{{S2}}`,
    `DAGVAARDING
Rechtbank Midden-Nederland, zaaknummer {{ORDER}}
{{A1}}, wonende te {{ADDR}}, wordt opgeroepen te verschijnen op {{DATE}} om {{TIME}} uur.`,
    `Buurtapp Lindengracht 🌳
{{g1}}: wie heeft er een ladder te leen?
{{g2}}: ik! nummer 22, bel maar aan
{{g1}}: top {{g2}}, kom over 10 min`,
    `Nachtregister hotel
Achternaam: {{S1}}
Voornaam: {{G1}}
Geboortedatum: {{DOB1}}
Nationaliteit: {{NAT1}}
Paspoortnummer: {{PASSHOME1}}
Woonadres: {{ADDRH1}}`,
    `Kun je mijn sollicitatiebrief nakijken?
"Beste lezer, mijn naam is {{F1}} en ik solliciteer naar de functie van planner. Ik ben bereikbaar op {{PHONE}} of via {{E1}}."`,
    `Cv — {{K1}}
{{ADDRL}}
{{PHONE}} | {{E1}}
Geboren {{DOB1}} in Athene
Werkervaring: sinds 2019 teamleider logistiek`,
    `Lieve {{f1}}{{G1}},
Wat verschrikkelijk dat {{m2}}{{P2}} er niet meer is. We zullen zijn verhalen over de haven van Batumi missen. Heel veel sterkte, ook namens {{F3}}.`,
    `Schademelding inboedel
Verzekeringnemer: {{R1}}
BSN: {{BSN}}
Adres: {{ADDR}}
Rekeningnummer voor uitbetaling: {{IBAN}}`,
    `Issue #{{NUM}}: app crasht bij het uploaden van foto's
{{F1}}: gebeurt alleen op oudere telefoons
{{F2}}: kan ik bevestigen, ik zet {{H3}} erop`,
    `Briefje voor de oppas
{{G1}} gaat om half acht naar bed, niet meer dan twee boekjes.
Bij problemen: {{PHONE}} of {{G2}} van hiernaast.
Wifi-wachtwoord: {{PWD}}`,
    `Review ★★★★★ "{{T1}} bij de balie regelde in vijf minuten een nieuwe kamer, en {{G2}} gaf ons de beste tips voor de stad."`,
    `Vertaal naar het Armeens voor mijn oma: "{{G1}} en ik komen vrijdag. We logeren bij {{F2}}, {{ADDR}}."`,
    `Sportschool — notitie
Lid {{N1}} wil het abonnement drie maanden pauzeren. Incasso van {{IBAN}} stopzetten per {{DATE}}.`,
    `Stamboomaantekeningen:
{{m1}}{{P1}}, geboren {{DOBO1}} te Piraeus, in 1969 naar Rotterdam gekomen.
Getrouwd met {{f2}}{{F2}}.
Kun je er een alinea van maken voor het familieboek?`,
    `Speech voor de bruiloft (concept): "Toen {{G1}} ons {{f2}}{{G2}} voorstelde, wisten we meteen dat het serieus was: ze fietste in de stromende regen mee naar de markt."`,
    `ROLVERDELING — "Op hoop van zegen"
Kniertje ....... {{F1}}
Jo ............. {{F2}}
Barend ......... {{F3}}
Generale repetitie op {{DATE}}.`,
    `Vrachtbrief {{ORDER}}
Geadresseerde: {{A1}}
{{ADDRL}}
Tel.: {{PHONE}}`,
    `Aangifte inkomstenbelasting — vragen
Belastingplichtige: {{F1}}, BSN {{BSN}}
Fiscaal partner: {{F2}}
Waar vul ik de huur van de garage in?`,
    `Vat dit voicemailbericht samen: "Goedemorgen, met {{F1}} van de tandartspraktijk. Ik wil {{F2}} herinneren aan de afspraak van {{DATE}}. Afzeggen kan via {{PHONEW}}."`,
    `productie-.env (niet committen!)
DATABASE_URL={{CONN}}
MOLLIE_KEY={{KEY}}
# contact: {{E1}}`,
    `Hoofdbestuurder: {{F1}}, rijbewijsnummer {{DL1}}
Geboortedatum: {{DOB1}}
Creditcard voor de borg: {{CARD}}`,
    `In de logs: 25 mislukte inlogpogingen voor {{H1}} vanaf {{IP}}. Blokkeren?`,
    `Notulen VvE-vergadering: de heer {{m1}}{{S1}} meldt lekkage; mevrouw {{f2}}{{F2}} vraagt offertes aan.`,
    `Tikkie werkt niet, hier is het rekeningnummer van {{F1}}: {{IBAN}}.`,
    `Hoi, ik ben {{F1}}, ik woon op {{ADDR}} en zoek iemand die in augustus mijn planten water geeft.`,
    `Dank aan {{F1}} en {{F2}} voor het buurtfeest! De foto's staan bij {{G3}}: {{O3}}`,
    `Inschrijving schaakclub
Naam: {{P1}}
Geboortedatum: {{DOBY1}}
Telefoon: {{PHONES}}`,
    `Kun je een bedankkaartje schrijven voor {{f1}}{{G1}}? Ze heeft drie weken op onze kat gepast terwijl wij in Jerevan waren.`,
    `Rijksregisternummer van {{F1}} voor de inschrijving in Gent: {{BRRN1}}.`,
    `Paspoort {{PASSPORT}} op naam van {{A1}}; meenemen naar de gemeente.`,
    `Inschrijving gemeente (eerste vestiging)
Naam: {{R1}}
Identiteitsnummer land van herkomst: {{HOMEID1}}
Vorig adres: {{ADDRH1}}
Telefoon familie: {{PHONEH1}}`,
    `Wachtwoordzin van de gedeelde kluis van {{G1}}: {{PHRASE}} — graag na de verhuizing wijzigen.`,
    `Waarom wordt mijn kaart {{CARD}} geweigerd in de webshop? De vervaldatum klopt.`,
    `In de routerlog staat elke nacht rond {{TIME}} het adres {{IP}}. Is dat een aanval?`,
    `De huur graag voortaan overmaken naar {{IBAN}}, de oude rekening is opgeheven.`,
    `VPN-config: server {{IP}}, gedeelde sleutel {{PWD}}. Kun je het bestand maken?`,
    `AWS-sleutels van {{G1}} voor de back-up:
{{AWSID}}
{{AWSKEY}}`,
  ],
  hard: [
    `Schrijf drie zinnen over Nikos Kazantzakis en zijn roman over Zorbas.`,
    `De Roestavelilaan is de hoofdstraat van Tbilisi, met de opera en het oude parlement.`,
    `Aram Chatsjatoerjan schreef de "Sabeldans" voor het ballet Gajaneh.`,
    `Bestelling {{ORDER}} bij Heineken: levering uitgesteld tot {{DATE}}.`,
    `Gebruik in de testomgeving alleen {{TESTCARD}}, met als vervaldatum bijvoorbeeld {{DATE}}.`,
    `Het nummer {{NOCARD}} haalt de Luhn-controle niet; waarschijnlijk een tikfout.`,
    `Voorbeeld-IBAN uit de documentatie: {{NOIBAN}} (bewust ongeldig).`,
    `Versie {{VER}} lost de crash bij importeren op; commit {{SHA}}.`,
    `Verzoek {{UUID}}: 2,6 s, upstream {{DOCIP}} gaf geen antwoord.`,
    `Zet alleen {{CIDR}} open in de firewall (wijziging {{ORDER}}).`,
    `Vervang [Voornaam] [Achternaam] door de naam van de klant.`,
    `Odysseus doet tien jaar over de terugreis naar Ithaka; vat boek IX samen voor de brugklas.`,
    `De Ararat is vanuit Jerevan te zien, maar ligt in Turkije.`,
    `De vergadering is verplaatst naar {{DATE}} om {{TIME}}, zaal {{NUM}}.`,
    `Mars staat vanavond laag aan de hemel; de telescoop huren kost {{AMOUNT}}.`,
    `Philips, Heineken en Albert Heijn dragen de naam van hun oprichters; noem er nog twee.`,
    `Track & trace {{ORDER}}: onderweg, verwachte bezorging {{DATE}}.`,
    `Maria Callas zong Norma bijna negentig keer; schrijf een korte programmatekst.`,
    `Zet API_KEY=JOUW_SLEUTEL in de .env en herstart de dienst.`,
    `Stalin werd geboren in Gori, waar nog altijd een museum over hem staat.`,
  ],
  neg: [
    `Kun je deze zin eenvoudiger uitleggen? "{{C}}"`,
    `{{C}}`,
    `{{C}} {{C}}`,
    `Vertaal naar het Engels: {{C}}`,
    `Is deze zin correct? {{C}}`,
    `Maak er een stappenlijst van: {{C}} {{C}}`,
    `Wat betekent dit in de praktijk? {{C}}`,
    `Uit de help: "{{C}}" — het tweede deel snap ik niet.`,
    `Vat samen in één regel: {{C}}`,
    `Controleer de spelling: {{C}}`,
  ],
};
