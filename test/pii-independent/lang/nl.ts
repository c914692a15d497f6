import { grouped, nlBsn } from '../values.ts';
import type { Rng } from '../rng.ts';
import type { LangPack } from './pack.ts';

const BASES = [
  'Leeuweriken',
  'Molen',
  'Eiken',
  'Brouwers',
  'Lijnbanen',
  'Vlasakker',
  'Hazelaar',
  'Zwaluwen',
  'Turfschip',
  'Kastanje',
  'Wilgen',
  'Boekweit',
];
const TYPES = ['straat', 'laan', 'weg', 'gracht', 'kade', 'plein', 'singel', 'dijk', 'hof', 'straat'];
const TOWNS = ['Zwolle', 'Amersfoort', 'Leeuwarden', 'Deventer', 'Tilburg', 'Venlo', 'Middelburg', 'Gouda', 'Assen'];
const BE_TOWNS: [string, string][] = [
  ['Gent', '9000'],
  ['Leuven', '3000'],
  ['Brugge', '8000'],
  ['Hasselt', '3500'],
];

/** Belgian bank account 123-4567890-NN: the last two digits are the first ten mod 97 (97 for 0). */
function beAccount(rng: Rng): string {
  const ten = rng.digits(10);
  const r = Number(ten) % 97;
  const v = ten + String(r === 0 ? 97 : r).padStart(2, '0');
  return grouped(v, [3, 7, 2], '-');
}

export const nl: LangPack = {
  carrierFrames: [
    'Kun je deze zin uit de handleiding in gewone taal uitleggen? ‘{C}’ Ik heb het nodig voor {W}. {P}',
    'Dit komt uit de documentatie, ik heb het doorgestuurd naar {W}:\n\n{C}\n\nWat betekent dat in de praktijk? {P}',
    'Is deze zin goed Nederlands of zou jij het anders zeggen?\n> {C}\n\n{P}',
    '{C}\n\n{P}\n\nVat de alinea hierboven in één zin samen voor {W}.',
    'Formulier: feedback op de documentatie\nIngediend voor: {W}\nCitaat: {C}\nOpmerking: {P}',
    'Volgens {W} is dit verouderd: ‘{C}’ {P} Hoe zou jij het formuleren?',
    'Ik snap deze zin niet: {C} {P}',
  ],
  promptFrames: [
    'Schrijf een korte, beleefde e-mail aan {W} over de vertraagde levering. Verwerk dit erin: {P}',
    'Vat dit supportticket samen in twee zinnen.\n\nTicket {O}\nAanvrager: {W}\n{P}\nDe export mislukt sinds maandag.',
    'Repareer deze configuratie, de dienst start niet:\n\n```yaml\ndienst:\n  naam: magazijn-sync\n  eigenaar: {W}\n  pogingen: 3\n```\n{P}',
    'Herschrijf dit vriendelijker, het is voor {W}: ‘{P} Laat het me voor vrijdag weten.’',
    'Ik vul een formulier in voor {W}. {P} In welk vak hoort dat?',
    'Maak van deze notities actiepunten:\n- migratie: {W}\n- {P}\n- volgende review over twee weken',
    'Beantwoord dit chatbericht kort: ‘hoi, snelle vraag. {P} thx’',
    'Vertaal deze notitie voor {W} naar het Engels: {P}',
  ],
  generic: [
    'het supportteam',
    'mijn huisbaas',
    'de boekhouding',
    'de nieuwe stagiair',
    'mijn leidinggevende',
    'de klant',
    'het secretariaat',
    'de nachtdienst',
  ],
  addressing: [
    'Hoi {A},',
    'Heel erg bedankt, {A}!',
    'Groetjes,\n{A}',
    'Goedemorgen {A}, korte vraag.',
    'Sorry {A}, ik heb je oproep gemist.',
  ],
  phrases: {
    PERSON: [
      '{A} neemt het ticket vanaf maandag over.',
      '{A} vroeg of de factuur gesplitst kan worden.',
      'Met vriendelijke groet,\n{A}',
      'cc {A}',
      'Aanwezig: {A}, {B}',
      'Het contract is gisteren door {A} ondertekend.',
      'Ik heb het met {A} en {B} besproken.',
    ],
    EMAIL: ['Stuur het concept naar {A} als het klaar is.', 'Mijn e-mailadres is {A}.', 'Antwoord aan: {A}'],
    EMAIL_SPOKEN: ['je kunt me mailen op {A}'],
    PHONE: ['Bel me op {A} als iets onduidelijk is.', 'Mobiel: {A}', 'Mijn nummer is veranderd, het is nu {A}.'],
    PHONE_WORDS: ['mijn nummer is {A}, na zessen bereikbaar', 'Bel alsjeblieft terug op {A}.'],
    PHONE_SPACED: ['Telefoon (voorgelezen): {A}', 'bel me op {A}'],
    ADDRESS: ['Stuur het naar {A}, graag.', 'Mijn nieuwe adres is {A}.', 'Factuuradres: {A}'],
    DATE_OF_BIRTH: ['Ik ben geboren op {A}.', 'Geboortedatum: {A}', 'geb. {A}'],
    CREDIT_CARD: ['Schrijf het af van mijn kaart {A}, geldig tot 09/28.', 'Kaartnummer: {A}'],
    IBAN: ['Maak de terugbetaling over naar {A}.', 'IBAN: {A}'],
    BANK_NATIONAL: ['Belgisch rekeningnummer: {A}', 'Stort het op rekening {A} (oude notatie).'],
    BANK_US: ['Voor de overboeking naar de VS: routing number {A}, rekeningnummer {B}.'],
    NATIONAL_ID: ['Mijn BSN is {A}.', 'Burgerservicenummer: {A}'],
    SSN: ['Mijn Amerikaanse social security number (SSN) is {A}.'],
    PASSPORT: ['Mijn paspoortnummer is {A}.', 'Paspoort nr. {A}, afgegeven in 2021.'],
    DRIVER_LICENSE: ['Rijbewijsnummer: {A}', 'Het nummer van mijn rijbewijs is {A}.'],
    IP_ADDRESS: ['Alle verzoeken komen van {A}.', 'Mijn IP thuis is {A}, zet die op de whitelist.'],
    API_KEY: ['Dit is de sleutel die ik gebruik: {A}', 'export API_TOKEN={A}'],
    PASSWORD: ['Mijn wachtwoord is {A} en het werkt niet meer.', 'Het beheerderswachtwoord is {A}, verander het na het inloggen.'],
    PASSPHRASE: ['de wifi-wachtzin is {A}', 'Mijn wachtwoord is {A} (vier woorden, zoals IT wil).'],
    CONNECTION_STRING: ['DATABASE_URL={A}', 'Hij verbindt met {A} en krijgt dan een time-out.'],
  },
  neutral: [
    'Niet meer dan 150 woorden graag.',
    'Alvast bedankt!',
    'Het moet professioneel klinken, maar niet stijf.',
    'We hebben de server al twee keer herstart.',
    'Geen haast, eind volgende week is prima.',
    'Spreek de ontvanger aan met u.',
    'Het team heeft dit in de laatste retro besloten.',
  ],
  hardNegatives: [
    'Elke maandag komt de roos in de tuin beter tot bloei. Schrijf er een kort gedicht over.',
    'Bestelling {O} kwam op {D} beschadigd aan. Schrijf een stevige maar beleefde klacht.',
    'Laat in de template password: [db_password] en api_key: ${API_KEY} staan, die worden bij de deploy ingevuld.',
    'De handleiding zegt dat je <your-token> door je eigen token vervangt; het voorbeeld toont ******** in plaats van het wachtwoord.',
    'Leg de wetten van Newton uit aan een kind van twaalf.',
    'Rembrandt van Rijn werd in 1606 in Leiden geboren. Vat zijn werk samen in drie punten.',
    'Schrijf een korte scène waarin Nijntje en Dikkertje Dap ruziën over een dienstregeling.',
    'Vorig jaar zijn we van Jenkins naar GitHub Actions en van Oracle naar PostgreSQL gegaan. Was dat verstandig?',
    'Vergelijk Philips, Heineken en Albert Heijn op omzet in {Y}.',
    'De update naar versie {V} loste de crash op, maar het geheugengebruik steeg met {Q} MB.',
    'De server heeft {Q} GB RAM en verwerkt op piekmomenten zo’n {Q} verzoeken per seconde.',
    'Ons kantoor is naar Utrecht verhuisd, het magazijn blijft bij Eindhoven. Pas de footer aan.',
    'Om je wachtwoord te resetten klik je op ‘Wachtwoord vergeten’ op de inlogpagina; de link verloopt na 24 uur.',
    'Commit {H} heeft de regressie veroorzaakt; het mislukte verzoek had id {U}.',
    'Voor tests gebruikt de documentatie de kaart 4242 4242 4242 4242 en de sleutel AKIAIOSFODNN7EXAMPLE.',
    'Het firewallvoorbeeld staat 192.0.2.10 en 10.0.0.0/8 toe en koppelt de beheerinterface aan 127.0.0.1.',
    '```python\ntotaal = 0\nfor prijs in prijzen:\n    totaal += prijs * 1.21\nprint(round(totaal, 2))\n```\nWaarom klopt het totaal op een cent na niet?',
    'De ontwerpreview is op {D} om 14:30 uur in zaal 3.12.',
    'Factuurreferentie {F} staat twee keer in de export, hoe haal ik de dubbele eruit?',
    'Elke deelnemer krijgt een bos tulpen en een stroopwafel; maak er een vrolijke uitnodiging van.',
    'Zet MAX_CONNECTIONS=200 en POOL_TIMEOUT=30 in het .env-bestand en herstart.',
  ],
  words: [
    'koper',
    'lantaarn',
    'baan',
    'mozaiek',
    'walnoot',
    'gletsjer',
    'peper',
    'haven',
    'fluweel',
    'distel',
    'kloof',
    'kiezel',
    'valk',
    'zadel',
    'weide',
    'lint',
    'stopcontact',
    'toendra',
    'viooltje',
    'groeve',
    'gloed',
    'anker',
    'koekje',
    'kobalt',
  ],
  digitWords: ['nul', 'een', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen'],
  months: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  countries: ['NL', 'NL', 'BE', 'NL'],
  address(rng) {
    const number = `${rng.int(1, 240)}${rng.pick(['', '', '', 'A', '-2', ' bis'])}`;
    const street = rng.pick(BASES) + rng.pick(TYPES);
    if (rng.chance(0.2)) {
      const [town, postcode] = rng.pick(BE_TOWNS);
      return `${street} ${number}, ${postcode} ${town}`;
    }
    return `${street} ${number}, ${rng.int(1000, 9999)} ${rng.chars(2, 'ABCDEGHJKLMNPRSTVWXZ')} ${rng.pick(TOWNS)}`;
  },
  phone(rng) {
    return rng.pick([
      `06-${rng.digits(8)}`,
      `+31 6 ${rng.digits(8)}`,
      `0${rng.int(10, 79)} ${rng.digits(3)} ${rng.digits(4)}`,
      `+31 (0)${rng.int(10, 79)} ${rng.digits(7)}`,
    ]);
  },
  date(rng, d) {
    const dd = String(d.day).padStart(2, '0');
    const mm = String(d.month).padStart(2, '0');
    return rng.pick([`${dd}-${mm}-${d.year}`, `${d.day} ${nl.months[d.month - 1]} ${d.year}`, `${dd}/${mm}/${d.year}`]);
  },
  nationalId: nlBsn,
  bankNational: (rng) => [beAccount(rng)],
};
