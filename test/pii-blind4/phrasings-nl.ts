// Dutch phrasings of this set, written for it. Slots: see template.ts. Every person in a sensitive template is a
// slot; hard negatives name only public or historical figures, fictional characters, brands and places.
import type { Phrasings } from './generate.ts';

export const NL: Phrasings = {
  pos: [
    `Kun je deze mail wat vriendelijker maken?

Hoi {{G1}},

De facturen van het project in Nijmegen zijn nog steeds niet getekend. {{F2}} wacht er al een week op. Bel me op {{PHONE}} als dat makkelijker is.

Groet`,
    `{{f1}}Notulen VvE-vergadering {{DATE}}
Aanwezig: {{F1}} (voorzitter), {{I2}}, {{F3}}
1. {{S1}} meldt dat de lift in mei wordt vervangen.
2. {{G2}} meldt lekkage op de derde verdieping; {{S3}} belt de verzekeraar.`,
    `{{f1}}Personeelsdossier – vertrouwelijk
Medewerker: {{U1}}
Geboortedatum: {{DOB}}
BSN: {{BSN}}
Mevrouw {{S1}} maakt bezwaar tegen de waarschuwing van {{DATE}}. Gesprek met {{F2}} volgende week.`,
    `{{m2}}Geachte collega {{S1}},

Graag verwijs ik {{F2}}, geboren {{DOB}}, naar u voor pijn op de borst bij inspanning, sinds zes weken.

Met collegiale groet,
{{F3}}`,
    `{{m1}}Mijn verhuurder, {{F1}}, weigert de borg terug te betalen voor het appartement aan de {{ADDR}}. Ik heb de sleutels op {{DATE}} ingeleverd en hij neemt niet op als ik {{PHONE}} bel. Help me een brief op te stellen.`,
    `Boekingsbevestiging
Hoofdreiziger: {{R1}}
Paspoort: {{PASSPORT}}
Tweede reiziger: {{F2}}
Contact: {{E1}} / {{PHONE}}
Vlucht: Amsterdam – Seoul Incheon, {{DATE}}`,
    `Klant: hallo, ik kan niet meer inloggen.
Medewerker: op welke naam staat het account?
Klant: {{F1}}
Medewerker: en uw geboortedatum?
Klant: {{DOB}}
Medewerker: dank u, {{G1}}. Ik stuur een link naar {{E1}}.`,
    `Waarom wordt dit verzoek afgewezen?

{"klant": {"naam": "{{F1}}", "iban": "{{IBAN}}", "telefoon": "{{PHONE}}"}, "bedrag": 17.95}`,
    `Wat klopt er niet aan deze config?

database:
  url: {{CONN}}
mail:
  api_key: {{KEY}}
  eigenaar: {{n1}}`,
    `Sorteer deze lijst op achternaam:
naam;e-mail;geboortedatum
{{F1}};{{E1}};{{DOB}}
{{F2}};{{E2}};{{DOB}}
{{F3}};{{E3}};{{DOB}}`,
    `2025-08-14 04:21:16 WAARSCHUWING inloggen mislukt gebruiker={{E1}} ip={{IP}}
2025-08-14 04:21:39 WAARSCHUWING inloggen mislukt gebruiker={{E1}} ip={{IP}}
Is dit een aanval of is iemand zijn wachtwoord vergeten?`,
    `Fout: betaling geweigerd voor {{A1}}
    at Bestelling.afrekenen (bestelling.rb:44)
kaart: {{CARD}}
Wat betekent dit?`,
    `commit {{SHA}}
Author: {{F1}} <{{E1}}>

    Token uit de repository gehaald

    Het oude token {{KEY}} is ingetrokken.`,
    `{{f3}}{{g1}}: gaan we zaterdag naar de film?
{{g2}}: ja! ik vraag of {{G3}} ook meegaat
{{g1}}: trouwens, mijn nieuwe nummer is {{PHONE}}`,
    `Wat heb ik hier gedaan? Uit mijn shellgeschiedenis:
 617  ssh beheer@{{IP}}
 618  export DB_WACHTWOORD='{{PWD}}'
 619  psql -U {{g1}} voorraad`,
    `{{m1}}{{ADDRL}}

{{DATE}}

Geachte heer {{S1}},

Wij bevestigen de ontvangst van uw opzegging. De eindinspectie wordt gedaan door {{F2}}.

Met vriendelijke groet,
Verhuurkantoor`,
    `Te koop: kinderwagen, zo goed als nieuw, € 90. Ophalen aan de {{ADDR}}. App {{G1}}: {{PHONE}}.`,
    `{{f1}}{{m2}}In liefdevolle herinnering
{{A1}}
* {{DOBO}}, Gangneung   † {{DATE}}
Echtgenote van {{F2}}, moeder van {{G3}}`,
    `{{m1}}{{f2}}{{m3}}{{k3}}Stamboomnotities, graag als tabel:
{{F1}}, geboren {{DOBO}} in Changwon, getrouwd met {{F2}}
zoon {{F3}}, geboren {{DOBY}}
de familie {{S1}} woont sinds 1996 in Utrecht`,
    `{{f1}}Selectie meiden O15 – seizoen 2025
Keeper: {{F1}}
Verdediging: {{F2}}, {{W3}}
Noodnummer voor {{G1}}: {{PHONE}}`,
    `{{f2}}Beste ouders van {{F1}},
{{G1}} was op {{DATE}} zonder afmelding afwezig. Neem contact op met mevrouw {{S2}} via {{PHONE}}.`,
    `Re: bank betaalt niet terug

bericht van {{g1}}

Mijn bank (oud rekeningnummer {{NLACC}}) zegt dat ik de overboeking naar {{F2}} zelf heb "goedgekeurd". Heeft iemand een klacht bij het Kifid ingediend?`,
    `{{f1}}Vertaal naar het Koreaans: "Lieve {{G1}}, bedankt dat je op de kinderen hebt gepast. {{G2}} haalt je op {{DATE}} op van Schiphol."`,
    `Voicemail: hoi, met {{G1}} van de garage, wilt u mij terugbellen op {{PHONEW}}, het gaat over de remmen.`,
    `toetsenbord kapot, sorry: {{G1}} op {{PHONES}}`,
    `Notitie: het wifi-wachtwoord van het vakantiehuisje is {{PHRASE}}. {{G1}} heeft de reservesleutel.`,
    `Nieuwe medewerker in Antwerpen: {{F1}}, rijksregisternummer {{BRRN}}, rekeningnummer {{BEACC}}.`,
    `Huurcontract auto
Bestuurder: {{F1}}
Rijbewijsnummer: {{DL1}}
Geboortedatum: {{DOB}}`,
    `{{G1}} heeft dit per ongeluk in het teamkanaal geplakt:
AWS_ACCESS_KEY_ID={{AWSID}}
AWS_SECRET_ACCESS_KEY={{AWSKEY}}
Wat nu?`,
    `Graag VPN-toegang openzetten voor {{IP}} (thuiswerkplek {{F1}}), goedgekeurd door {{F2}}.`,
    `{{F1}} en {{F2}} hebben weer diensten geruild. Pas het rooster aan zodat {{G1}} donderdag heeft.`,
    `{{f1}}schrijf een kort verjaardagsgedicht voor {{n1}}, ze wordt 40 en houdt van wandelen`,
    `Ik heb met mijn kaart {{CARD}} betaald en ben twee keer afgeschreven. Schrijf een klacht. Kaarthouder: {{A1}}.`,
    `Wie een grijze portemonnee bij de bieb heeft gevonden: {{O1}}. Dank! {{G1}}`,
    `Hoi {{G1}}, het nieuwe wachtwoord voor acceptatie is {{PWD}}. Niet weer in de chat plakken.`,
    `Patiënt: {{U1}}, geboren {{DOB}}
Klacht: terugkerende migraine
Verwezen door dr. {{S2}}. Contactpersoon: {{F3}}, {{PHONE}}.`,
    `Vat de discussie samen: {{F1}} vroeg {{F2}} om de terugbetaling goed te keuren, {{S2}} zegt dat alleen {{F3}} dat mag, en {{G3}} is tot maandag met vakantie.`,
    `Machtiging doorlopende SEPA-incasso
Rekeninghouder: {{F1}}
IBAN: {{IBAN}}
Adres: {{ADDRL}}`,
    `Controleer deze regels uit de salarisadministratie:
personeelsnr;bsn;oud_rekeningnummer
5501;{{BSN}};{{NLACC}}
5502;{{BSN}};{{NLACC}}`,
    `Paspoort verlengen: {{U1}}, paspoortnummer {{PASSPORT}}, geboortedatum {{DOBI}}, adres {{ADDR}}.`,
    `Nginx-log, wie scant ons?
{{IP}} - - [12/Mar/2025:10:01:22 +0100] "GET /wp-login.php HTTP/1.1" 404 162
{{IP}} - - [12/Mar/2025:10:01:24 +0100] "GET /.env HTTP/1.1" 404 162`,
    `Vul het formulier voor me in: ik heet {{F1}}, geboren op {{DOB}}, adres {{ADDR}}, telefoon {{PHONE}}, e-mail {{E1}}.`,
    `Mijn creditcard {{CARD}}, geldig tot 08/27: mag ik die in mijn notitie-app bewaren?`,
    `In mijn .pgpass staat db01:5432:voorraad:{{g1}}:{{PWD}}
Waarom vraagt psql toch om een wachtwoord?`,
    `Noodcontacten voor het schoolreisje:
{{F1}} – {{PHONE}}
{{F2}} – {{PHONEX}}
{{F3}} – {{PHONE}}`,
  ],
  hard: [
    `Vat het verhaal van Max Havelaar samen in drie zinnen.`,
    `Wat heeft Antoni van Leeuwenhoek betekend voor de microbiologie? Eén alinea.`,
    `Schrijf een producttekst voor de nieuwe Douwe Egberts-koffiebonen (art. {{ORDER}}), prijs {{AMOUNT}}.`,
    `Onze tests gebruiken testkaart {{TESTCARD}}. Waarom wordt {{NOCARD}} geweigerd?`,
    `De IBAN {{NOIBAN}} komt niet door de validatie. Hoe worden de controlecijfers berekend?`,
    `Volgens git bisect heeft {{SHA}} versie {{VER}} stukgemaakt. Hoe zie ik welke bestanden zijn aangepast?`,
    `Request {{UUID}} loopt vast achter loadbalancer {{DOCIP}}. Is opnieuw proberen genoeg?`,
    `Schrijf een korte tekst over koning Sejong en het ontstaan van het Hangul voor een spreekbeurt.`,
    `Vergelijk de Hyundai Ioniq 6 met de Kia EV6 voor een gezin dat vaak naar Zeeland rijdt.`,
    `Plan drie dagen in Busan: de Jagalchi-markt, het strand van Haeundae en Gamcheon.`,
    `Bestaat de Kalverstraat echt, en wat vind je daar?`,
    `Leg dit configuratiesjabloon uit:
api_sleutel: JOUW_API_SLEUTEL
wachtwoord: <invullen>
token: \${TOKEN}`,
    `Bestelling {{ORDER}} is op {{DATE}} uit het depot in Tilburg vertrokken en de track-and-trace staat stil. Wat zeg ik de klant?`,
    `Versie {{VER}} komt uit op {{DATE}}; de code freeze begint een week eerder.`,
    `Waarom werkt ping {{DOCIP}} wel, maar bereikt de app localhost:8080 niet?`,
    `Schrijf een verhaaltje waarin Nijntje Kikker tegenkomt bij de molen.`,
    `Kafka, Redis en Jenkins draaien op dezelfde node. Moet Jenkins een eigen VM krijgen?`,
    `De tentoonstelling over Vermeer is gesloten van {{DATE}} tot {{DATE}}.`,
    `Is {{NOCARD}} een echt kaartnummer of een tikfout? Het komt uit bestelling {{ORDER}}.`,
    `Maak een bericht voor de actie van Albert Heijn en tag @albertheijn.`,
    `Ons hoofdkantoor verhuist van de Zuidas naar het Oostelijk Havengebied. Werk de pagina "Over ons" bij, zonder huisnummers.`,
    `Hoeveel doelpunten maakte Johan Cruijff voor Ajax?`,
    `Factuur {{ORDER}} van {{AMOUNT}} is {{NUM}} dagen te laat. Schrijf een vriendelijke herinnering aan Houtzagerij Dekker.`,
    `Vervang in de sheet "Roos" door "roze" en "Min" door "minimum".`,
    `Leg uit wat {{CIDR}} in deze firewallregel dekt en of {{DOCIP}} daaronder valt.`,
  ],
  neg: [
    `{{C}}`,
    `Kun je deze zin eenvoudiger maken? {{C}}`,
    `Vertaal naar het Engels:

{{C}} {{C}}`,
    `Vat samen in één regel:
{{C}}
{{C}}
{{C}}`,
    `Is deze zin correct? "{{C}}"`,
    `De vergadering is verplaatst naar {{DATE}}, zelfde zaal.`,
    `{{C}} Wat betekent dat in de praktijk?`,
    `Maak er een opsommingslijst van:
- {{C}}
- {{C}}`,
    `Boodschappenlijst: havermelk, citroenen, rijst, twee uien, afwasmiddel.`,
    `Welke vragen zou een lezer na deze zin stellen? {{C}}`,
  ],
};
