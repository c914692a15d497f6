// Dutch phrasings of this set (slots: template.ts). pos: sensitive; hard: hard negatives; neg: plain prose and
// carriers.
import type { Phrasings } from './generate.ts';

export const NL: Phrasings = {
  pos: [
    `Recept
Patiënt: {{U1}}, geb. {{DOB1}}
Metformine 500 mg, 2x daags bij de maaltijd
Huisarts: {{I2}}`,
    `Onderwerp: borg nog steeds niet terug

Beste {{G1}},
Ik ben op {{DATE}} vertrokken uit {{ADDR}}. Wil je de borg overmaken naar {{IBAN2}}?
Groet, {{F2}}`,
    `Gevonden: zwarte fiets met een sticker "{{n1}}" op het spatbord, bij het station. App me op {{PHONE2}}.`,
    `Vrijwilligersrooster buurthuis
Maandag: {{g1}}
Woensdag: {{g2}}
Zaterdag: {{I3}}`,
    `Tafelindeling tentamen Statistiek
Tafel 1: {{R1}}
Tafel 2: {{R2}}
Tafel 3: {{R3}}`,
    `INSTAPKAART
{{A1}}
AMS → ACC   Stoel 31F
Paspoort {{PASSHOME1}}`,
    `Congresbadge
{{F1}}
Spreker · zaal 2
{{E1}}`,
    `Onboarding {{F1}}
- BSN: {{BSN1}}
- Geboortedatum: {{DOB1}}
- Rekeningnummer: {{IBAN1}}
- Buddy: {{F2}}`,
    `Klantenservicechat
Klant: hoi, ik ben {{n1}}, mijn kaart {{CARD1}} is twee keer belast
Medewerker: ik zoek het voor je uit`,
    `Bugmelding #{{NUM}}
log:
WARN login mislukt voor {{H1}} vanaf {{IP1}}
Toegewezen aan {{F2}}`,
    `metadata:
  name: ledenadmin
  annotations:
    eigenaar: "{{O1}}"
stringData:
  DB: "{{CONN}}"`,
    `INSERT INTO leden (naam, adres) VALUES ('{{R1}}', '{{ADDR}}');`,
    `Naam	Telefoon	Geboren
{{F1}}	{{PHONE1}}	{{DOB1}}`,
    `Spraakbericht: "Hoi, met {{g1}}, bel me even terug op {{PHONEW1}}, het gaat over de sleutel."`,
    `Clubblad: welkom aan onze nieuwe leden {{F1}} en {{F2}}!`,
    `Uitslagen schaaktoernooi: {{F1}} wint van {{F2}}, remise tussen {{I3}} en de titelverdediger.`,
    `Met droefheid delen wij mee dat
{{A1}}
op {{DATE}} is overleden. {{G2}} en kinderen`,
    `Huurovereenkomst auto
Huurder: {{R1}}
Rijbewijs: {{DL1}}
Creditcard: {{CARD1}}`,
    `Kun je dit netter formuleren? "{{G1}}, de huur is weer te laat, bel me op {{PHONES1}}."`,
    `Het wifi-wachtwoord van de sportkantine is {{PWD}}, {{g1}}.`,
    `Huurdersformulier
Naam: {{P1}}
Nationaliteit: {{NAT1}}
Identiteitsnummer: {{HOMEID1}}
Telefoon thuisland: {{PHONEH1}}`,
    `Wachtzin voor de backup-sleutel van {{F1}}: {{PHRASE}}`,
    `Hoi {{G1}}, heb je het nummer van {{F2}}? — Ja: {{PHONEH2}}`,
  ],
  hard: [
    `Kwame Nkrumah was de eerste president van Ghana.`,
    `Alisher Navoiy schreef zijn gedichten in het Chagatai.`,
    `De Goce Delchev-boulevard loopt door het centrum van Skopje.`,
    `Ananse de spin is een bekende figuur uit West-Afrikaanse verhalen.`,
    `Boodschappen: Douwe Egberts koffie, Verkade chocolade, Heineken, samen {{AMOUNT}}.`,
    `Testkaart voor de betaalomgeving: {{TESTCARD}}, ticket {{ORDER}}.`,
    `Het nummer {{NOCARD}} is het bonnummer, geen kaart.`,
    `Je pakket {{ORDER}} wordt op {{DATE}} bezorgd.`,
    `Voorbeeld-IBAN die niet klopt: {{NOIBAN}}`,
    `Versie {{VER}}, commit {{SHA}}, request-id {{UUID}}.`,
    `Alleen {{DOCIP}} toestaan; {{CIDR}} blokkeren.`,
    `Vervang JOUW_API_SLEUTEL en <wachtwoord> door je eigen gegevens.`,
    `De bibliotheek is op {{DATE}} gesloten.`,
    `Kofi Annan overleed in 2018 in Bern.`,
    `Willem en Roos zijn ook straatnamen in veel Vinex-wijken.`,
  ],
  neg: [
    `{{C}}`,
    `Leg dit eenvoudiger uit: {{C}}`,
    `Uit de handleiding: {{C}} {{C}}`,
    `Herinnering: de ledenvergadering is op {{DATE}} om {{TIME}}.`,
    `Vat dit samen in één zin: {{C}}`,
  ],
};
