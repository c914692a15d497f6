// Dutch phrasings of this set (slots: template.ts). pos: sensitive; hard: hard negatives (public figures,
// fictional characters, brands, places, placeholders, look-alike numbers); neg: plain prose and carriers.
import type { Phrasings } from './generate.ts';

export const NL: Phrasings = {
  pos: [
    `Geachte heer {{S1}}{{m1}},

Volgens het huurcontract voor de woning aan de {{ADDR}} dient de huur van {{AMOUNT}} vóór de eerste van de maand te worden overgemaakt op {{IBAN}}. Deze maand hebben wij nog niets ontvangen.

Met vriendelijke groet,
{{F2}}
Verhuurder`,
    `Voicemail (automatisch uitgeschreven):
"Hoi, met {{W1}}. Ik bel over de lekkage in de badkamer, het druppelt weer bij de buren. Kun je me terugbellen op {{PHONEW}}? Dank je, doei."
Vat dit samen voor de aannemer.`,
    `PROCES-VERBAAL van aangifte, nr. {{ORDER}}
Aangever: {{U1}}, geboren {{DOB}}, BSN {{BSN}}, wonende {{ADDR}}
Verklaring: op {{DATE}} werd mijn fiets gestolen bij het station. Getuige {{W2}} zag een man in een rode jas wegrijden. Telefoon aangever: {{PHONE}}.`,
    `Tafelschikking bruiloft, tafel 2:
- {{F1}} (getuige, glutenvrij)
- {{F2}} en partner
- {{F3}}, komt pas na het diner
Maak er een nette tabel van met de dieetwensen.`,
    `Ledenlijst JO13-1, hockeyclub De Weide
naam;geboortedatum;telefoon ouders
{{R1}};{{DOBK1}};{{PHONE}}
{{R2}};{{DOBK2}};{{PHONE}}
{{R3}};{{DOBK3}};{{PHONE}}
Welke kinderen missen nog een wedstrijdshirt?`,
    `Wedstrijdverslag: VV Zuiderkwartier wint met 2-1. {{W1}} scoorde na een kwartier, en na rust besliste {{S2}} het duel. Trainer {{F3}} was vooral blij met de inzet van {{G1}}.`,
    `Verwijsbrief
Patiënt: {{A1}}, geboren {{DOB}}
BSN: {{BSN}}
Adres: {{ADDR}}
Reden: aanhoudende rugklachten, graag beoordeling door de fysiotherapeut.
Huisarts {{I2}}`,
    `Cijferlijst eindexamen havo, wiskunde A
{{n1}}: 7,4
{{n2}}: 5,2 (herkansing op {{DATE}})
{{n3}}: 8,9
Schrijf voor elke leerling een kort berichtje aan de ouders.`,
    `Te huur: gerenoveerd appartement, {{ADDR}}, 2 slaapkamers, balkon op het zuiden. Bezichtigen via {{F1}}, {{PHONE}} of {{E1}}.`,
    `Kun je mijn datingprofiel beter maken? "Hoi, ik ben {{G1}}, 30, geboren in Taipei, nu in Utrecht. Ik fiets liever dan ik loop en mijn dumplings zijn legendarisch. Insta: {{H1}}"`,
    `Aanbevelingsbrief

Aan wie het aangaat,
Met plezier beveel ik {{W1}} aan. {{f1}}Zij werkte drie jaar in ons team als data-analist en was altijd betrouwbaar. Voor vragen ben ik bereikbaar via {{E2}}.
{{I2}}`,
    `Declaratie
Medewerker: {{W1}}
Periode: drie dagen vanaf {{DATE}}
Totaal: {{AMOUNT}}
Uitbetalen op: {{IBAN}}
Akkoord: {{E2}}`,
    `CRM, klant Zeilmakerij Noord:
{{DATE}}: gebeld met {{F1}}, wil de levering vervroegen. Offerte naar {{E1}}, cc collega {{W2}} ({{PHONE}}).`,
    `Ticket #{{NUM}}, prioriteit hoog
Van: {{E1}}
Onderwerp: dubbel afgeschreven
Het abonnement is twee keer afgeschreven van mijn creditcard {{CARD}}. Graag terugstorten. {{F1}}`,
    `#beheer
{{H1}}: de acceptatieserver ({{IP}}) reageert niet meer
{{H2}}: herstart. nieuw root-wachtwoord: {{PWD}}
{{H1}}: thx {{G2}}`,
    `INSERT INTO leden (voornaam, achternaam, bsn, email) VALUES
  ('{{G1}}', '{{S1}}', '{{BSN}}', '{{E1}}'),
  ('{{G2}}', '{{S2}}', '{{BSN}}', '{{E2}}');
-- waarom faalt de unieke sleutel?`,
    `# config/productie.yaml
mail:
  host: smtp.zeilmakerij-noord.nl
  gebruiker: facturen
  wachtwoord: {{PWD}}
eigenaar: {{E1}}
Waarom worden er geen mails verstuurd?`,
    `{"klant": "{{W1}}", "bsn": "{{BSN}}", "rekening": "{{IBAN}}", "geboortedatum": "{{DOBI}}"}
Schrijf de validatie voor dit JSON-object in TypeScript.`,
    `2025-08-19 23:41:07 WARN  inlog mislukt gebruiker={{E1}} ip={{IP}}
2025-08-19 23:41:15 INFO  inlog gelukt gebruiker={{E1}} ip={{IP}}
Is dit verdacht?`,
    `Error: kan factuur niet versturen naar {{F1}} <{{E1}}>
    at FactuurService.verstuur (factuur.ts:96)
Wat kan hier misgaan?`,
    `commit {{SHA}}
Auteur: {{W1}} <{{E1}}>

    Echte persoonsgegevens uit de tests verwijderd

    De fixture bevatte het BSN {{BSN}} van een echte klant.`,
    `Reviewcommentaar op settings.ts:
> export const TOKEN = "{{KEY}}";
{{G2}}: {{G1}}, geen sleutels in de code alsjeblieft, trek hem meteen in.`,
    `BEGIN:VEVENT
SUMMARY:Sleuteloverdracht
DTSTART:20251204T150000
LOCATION:{{ADDR}}
ORGANIZER;CN={{W1}}:mailto:{{E1}}
ATTENDEE;CN={{W2}}:mailto:{{E2}}
END:VEVENT`,
    `BEGIN:VCARD
VERSION:3.0
FN:{{W1}}
N:{{S1}};{{G1}};;;
TEL;TYPE=CELL:{{PHONE}}
EMAIL:{{E1}}
BDAY:{{DOBI}}
END:VCARD`,
    `Van: {{W1}} <{{E1}}>
Aan: administratie@zeilmakerij-noord.nl
Onderwerp: gewijzigd rekeningnummer
X-Originating-IP: [{{IP}}]

Is dit phishing?`,
    `---------- Doorgestuurd bericht ----------
Van: {{F1}} <{{E1}}>
Onderwerp: borg

Hoi {{G2}}, wil je de borg terugstorten op mijn nieuwe rekening {{IBAN}}? Groetjes, {{G1}}
---------
Vertrouw jij dit?`,
    `A A N G I F T E   V E R H U I Z I N G   (gescand)
Achternaam:  {{S1}}      Voornaam:  {{G1}}
Geboortedatum:  {{DOB}}
Paspoortnummer:  {{PASSHOME}}
Nieuw adres:  {{ADDRL}}
Zet de OCR-spaties recht.`,
    `Herschrijf dit vriendelijker: "{{G1}}, je hebt je container alweer aan de straat laten staan. {{W2}} van de VvE heeft al geklaagd."`,
    `Overlijdensbericht: {{F1}}, geboren {{DOBO}} te Wenzhou, is op {{DATE}} overleden. Zijn{{m1}} dochter{{f2}}{{k2}} {{W2}} en kleinkinderen danken iedereen voor de steun.`,
    `Notulen VvE: mevrouw {{S1}}{{f1}} (nr. 14) vraagt om vervanging van de intercom; de heer {{S2}}{{m2}} is tegen. Contact beheerder: {{O3}}.`,
    `Ouderapp groep 5: kan iemand {{G1}} woensdag ophalen? Papa{{m2}}{{k2}} {{W2}} werkt tot laat. Zijn nummer: {{PHONES}}.`,
    `Factuur 2025-019, loodgieterswerk {{ADDR}}
Bedrag: {{AMOUNT}}
Te voldoen aan {{F1}}, {{IBAN}}
Tel. {{PHONE}}`,
    `Gevonden: portemonnee met rijbewijs {{DL1}} op naam van {{A1}}. Af te halen bij de balie van het gemeentehuis.`,
    `Het wifi-wachtwoord van het vakantiehuisje is {{PWD}}. Problemen? Bel {{G2}}. Fijne vakantie! {{G1}}`,
    `Mijn wachtzin voor de wachtwoordkluis is {{PHRASE}}; alleen {{W2}} weet hem.`,
    `Rijksregisternummer {{BRRN}} en rekening {{BEACC}} staan op het formulier van {{W1}}; kun je checken of de velden kloppen?`,
    `Vertaal naar het Chinees voor mijn schoonmoeder: "Mevrouw {{S1}}, uw zoon{{m2}}{{l2}} {{G2}} is geslaagd voor zijn rijexamen." {{f1}}`,
    `Oude gegevens uit het archief: {{W1}}, gironummer/rekening {{NLACC}}, geboren {{DOB}}. Mag dit nog bewaard worden onder de AVG?`,
    `Nachtregister, Hotel De Haven
Gast: {{U1}}
Paspoort: {{PASSPORT}}
Creditcard: {{CARD}}
Aankomst: {{DATE}}
Ontbreekt er nog iets voor de incheck van {{G1}}?`,
    `Autoverhuur: bestuurder{{m1}} {{W1}}, rijbewijs {{DL1}}, geboren {{DOB}}; borg geblokkeerd op creditcard {{CARD}}.`,
    `Garantverklaring
Ik, {{W1}}, wonend aan de {{ADDR}}, nodig mijn moeder{{f2}}{{l2}} {{W2}} uit (identiteitskaart {{HOMEID2}}, paspoort {{PASSHOME2}}) voor een verblijf van vier weken.
{{F1}}`,
    `{{G1}} van het koor vraagt om een eenvoudigere versie van deze alinea: "{{C}} {{C}}" Stuur het resultaat ook naar {{E1}}.`,
    `Aantekeningen van de muziekles van {{W1}} ({{DATE}}), doorsturen naar {{O1}}:
- {{C}}
- {{C}}`,
  ],
  hard: [
    `Leg de ideeën van Confucius over familie uit voor een vwo-klas.`,
    `Wie was Deng Xiaoping en waarom waren zijn hervormingen van 1978 zo belangrijk?`,
    `Vat Max Havelaar samen in vijf zinnen.`,
    `Waarom zijn Heineken en Albert Heijn zo lang familiebedrijven gebleven?`,
    `Schrijf een producttekst voor een Gazelle-fiets in een speelse toon.`,
    `Wat kun je op een zondag doen in Rotterdam? Markthal, Witte de Withstraat en de Euromast.`,
    `Zet in .env.example DB_PASSWORD=<jouw-wachtwoord> en API_KEY=JOUW_API_KEY en leg uit waarom de echte .env niet in git hoort.`,
    `Gebruik in de testomgeving de kaart {{TESTCARD}} met een willekeurige vervaldatum.`,
    `Het nummer {{NOCARD}} haalt de Luhn-controle niet. Laat de berekening zien.`,
    `Ons formulier weigert {{NOIBAN}}. Hoe worden de controlecijfers van een IBAN berekend?`,
    `Waar blijft bestelling {{ORDER}}? Die zou op {{DATE}} komen.`,
    `Sinds versie {{VER}} compileert commit {{SHA}} niet meer. Ideeën?`,
    `Is het veilig om DELETE FROM winkelwagens WHERE id = '{{UUID}}'; op productie te draaien?`,
    `Sta {{DOCIP}} toe in de firewall en blokkeer {{CIDR}}.`,
    `Het contract gaat in op {{DATEA}} en de huurverhoging is op {{DATEB}}. Hoeveel maanden zit daartussen?`,
    `Verschil tussen Prometheus, Grafana en Loki voor een klein team?`,
    `Ik heb een blauwe plek op mijn wang en in mei ga ik pas naar de fysio. Schrijf daar een grappig gedichtje over.`,
    `Vergelijk Nijntje met Pippi Langkous als kinderboekfiguren.`,
    `Vat de geschiedenis van de Verboden Stad samen in tien regels.`,
    `2025-09-14 03:05:51 ERROR back-up={{UUID}} mislukt na 3 pogingen (schijf vol)`,
    `Verdeel {{AMOUNT}} over vier personen.`,
    `Schrijf een herinnering voor factuur {{ORDER}} van {{AMOUNT}}, vervallen op {{DATE}}.`,
    `Welke rol speelde de VOC in de handel met China in de zeventiende eeuw?`,
    `Vertel over de carrière van Max Verstappen in drie alinea's.`,
    `Recept voor gestoomde dumplings met paksoi voor zes personen.`,
    `# config/app.yaml
database:
  host: \${DB_HOST}
  user: \${DB_USER}
  password: \${DB_PASSWORD}
payments:
  api_key: <your-api-key>
  webhook_secret: <webhook-secret>
Leg uit waarvoor elk veld dient en welke nooit in git mogen.`,
    `order_id,sku,qty,total
{{ORDER}},LINING-RUN-42,2,{{AMOUNT}}
{{ORDER}},BIALETTI-MOKA-6,1,{{AMOUNT}}
{{ORDER}},THERMOMIX-TM7,1,{{AMOUNT}}
Welke bestellingen gaan over het budget?`,
    `Merge: {{SHA}} {{SHA}}
    chore(deps): bump pinyin-tools from {{VER}} to {{VER}}
    fix(i18n): add zh-TW and zh-CN locale files
    docs: update CHANGELOG for {{VER}}
Vat samen wat er in deze release is veranderd.`,
    `com.jadebridge.store.CartException: SKU LINING-RUN-42 out of stock (request {{UUID}})
    at com.jadebridge.store.Cart.add(Cart.java:42)
    at com.jadebridge.store.CheckoutController.post(CheckoutController.java:118)
Wat betekent deze exception?`,
  ],
  neg: [
    `{{C}}`,
    `Maak deze zin eenvoudiger: {{C}}`,
    `Vertaal naar het Engels: {{C}} {{C}}`,
    `Is deze zin correct? "{{C}}"`,
    `Vat samen in één regel:

{{C}}
{{C}}
{{C}}`,
    `Maak er een lijstje van:
{{C}}
{{C}}`,
    `Hoe lang moet een zacht gekookt ei koken?`,
    `Schrijf een haiku over de eerste nachtvorst.`,
    `Leg dit uit aan een kind van tien: {{C}}`,
    `Boodschappenlijst: havermelk, prei, twee citroenen, rijstazijn, tofu. Sorteer per gangpad.`,
    `Geef drie varianten van deze zin: {{C}}`,
    `Waar of niet waar, volgens de handleiding? {{C}}`,
    `Hoeveel gram is drie kopjes bloem?`,
  ],
};
