// Language-specific building blocks: names, phones, addresses, dates, and the templates.
// Placeholders are {UPPER_CASE} keys resolved by generate.ts. Keys resolving to labelled
// entities: NAME, NAME_LC, NAME_UC, FIRST, LAST, EMAIL, EMAIL_OBF, PHONE, PHONE_INTL, ADDR, ADDR_INTL,
// DOB, CC, IBAN, IBAN_X, ROUTING, ACCT, SORTCODE, UKACCT, SSN, ITIN, NID_* , PASSPORT, DL, IP, IP6, IP_PRIV,
// SECRET, AWS, PW, CONN, PEM. Everything else is unlabelled filler or look-alikes.
import { pick, ri, chance, digits, pad } from './ids.ts';

export type Lang = 'en' | 'de' | 'fr' | 'es' | 'it' | 'nl';

export const FIRST = [
  'Wen',
  'Priya',
  'Oluwaseun',
  'Mehmet',
  'Thi Lan',
  'Hiroshi',
  'Fatima',
  'Sione',
  'Aroha',
  'Dmitri',
  'Ana Lúcia',
  'Kwame',
  'Ji-woo',
  'Siddharth',
  'Javier',
  'Giulia',
  'Jürgen',
  'Zoë',
  'Élodie',
  'Bram',
  'Sanne',
  'Łukasz',
  'Aisha',
  'Tomás',
  'Ingrid',
  'Rafael',
  'Nkechi',
  'Yusuf',
  'Mei',
  'Carmen',
  'Henrik',
  'Leilani',
  'Arjun',
  'Noor',
  'Björn',
  'Chiara',
  'Matteo',
  'Inés',
  'Kofi',
  'Svetlana',
  'Daniela',
  'Hamza',
  'Emeka',
  'Yuki',
  'Raúl',
  'Anouk',
  'Joost',
  'Margaux',
  'Théo',
  'Rosalind',
  'Keanu',
  'Tariq',
  'Lucía',
  'Pieter',
  'Ottilie',
  'Reza',
  'Ximena',
  'Dagny',
  'Bilal',
  'Farida',
];
export const LAST = [
  'Li',
  'Raghunathan',
  'Adeyemi',
  'Yılmaz',
  'Nguyen',
  'Tanaka',
  'El Amrani',
  'Taufa',
  'Ngata',
  'Volkov',
  'Ferreira',
  'Mensah',
  'Park',
  'Venkataraman',
  'Moreno Ruiz',
  'Bellandi',
  'Kowalczyk',
  'Haddad',
  'Schönberger',
  'Lefèvre',
  'van der Linden',
  'de Groot',
  'Wiśniewska',
  "O'Sullivan",
  'Al-Rashid',
  'Okonkwo',
  'Chen',
  'Castellanos',
  'Lindqvist',
  'Kahananui',
  'Iyer',
  'Brandt',
  'Esposito',
  'Duarte',
  'Achterberg',
  'Mbeki',
  'Hosseini',
  'Kristiansen',
  'Petrović',
  'Takahashi',
  'Ramírez',
  'Dubois-Martin',
  'Novak',
  'Gallagher',
  'Sørensen',
  'Abubakar',
  'Fontaine',
  'Jansen',
  'Quispe',
  'Barzani',
  'Moretti',
  'Kaur',
  'Hoffmann',
  'Vermeulen',
  'Osei',
  'Alvarez',
  'Zhang',
  'Ivanova',
  'Nakamura',
  'Rinaldi',
];

const ascii = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    .replace(/ø/g, 'o')
    .replace(/ı/g, 'i')
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase();
export const DOMAINS: Record<Lang, string[]> = {
  en: [
    'gmail.com',
    'outlook.com',
    'yahoo.co.uk',
    'protonmail.com',
    'icloud.com',
    'fastmail.fm',
    'brightwave.io',
    'hollis-legal.co.uk',
    'northpeak.org',
  ],
  de: ['web.de', 'gmx.de', 't-online.de', 'posteo.de', 'mailbox.org', 'kanzlei-brandt.de', 'stadtwerke-nord.de'],
  fr: ['orange.fr', 'free.fr', 'laposte.net', 'sfr.fr', 'cabinet-dumas.fr', 'wanadoo.fr'],
  es: ['telefonica.net', 'gmail.com', 'hotmail.es', 'yahoo.es', 'clinica-alba.es'],
  it: ['libero.it', 'virgilio.it', 'tiscali.it', 'alice.it', 'studio-moretti.it', 'pec.it'],
  nl: ['ziggo.nl', 'kpnmail.nl', 'xs4all.nl', 'hetnet.nl', 'planet.nl', 'zorggroep-oost.nl'],
};
export function emailFor(L: Lang, f: string, l: string): string {
  const a = ascii(f),
    b = ascii(l),
    d = pick(DOMAINS[L]);
  const local = pick([`${a}.${b}`, `${a[0]}${b}`, `${a}${b}${ri(1, 99)}`, `${b}.${a}`, `${a}_${b}`, `${a}`, `${a}.${b}+invoices`]);
  return `${local}@${d}`;
}
export function obfuscate(addr: string): string {
  const [local = '', dom = ''] = addr.split('@');
  const parts = dom.split('.');
  return pick([
    `${local.replace(/\./g, ' dot ')} at ${parts.join(' dot ')}`,
    `${local}(at)${dom}`,
    `${local} [at] ${parts.join(' [dot] ')}`,
    `${local} AT ${parts.join(' DOT ')}`,
    `${local}@@${dom}`.replace('@@', ' @ '),
    `${local} (at) ${parts.join(' (punkt) ')}`,
    `${local}{at}${dom}`,
  ]);
}

export function phone(L: Lang): string {
  switch (L) {
    case 'en':
      return pick([
        `(${ri(201, 989)}) ${ri(200, 999)}-${digits(4)}`,
        `${ri(201, 989)}-${ri(200, 999)}-${digits(4)}`,
        `+1 ${ri(201, 989)} ${ri(200, 999)} ${digits(4)}`,
        `+1-${ri(201, 989)}-${ri(200, 999)}-${digits(4)}`,
        `07${ri(400, 999)} ${digits(6)}`,
        `+44 7${ri(400, 999)} ${digits(3)} ${digits(3)}`,
        `020 ${ri(3000, 8999)} ${digits(4)}`,
        `+44 (0)161 ${digits(3)} ${digits(4)}`,
        `${ri(201, 989)}.${ri(200, 999)}.${digits(4)}`,
      ]);
    case 'de':
      return pick([
        `+49 30 ${digits(8)}`,
        `030 / ${digits(3)} ${digits(4)}`,
        `0${pick(['151', '160', '170', '171', '176'])} ${digits(7)}`,
        `+49 (0)89 ${digits(3)} ${digits(3)}-${digits(2)}`,
        `0049 40 ${digits(7)}`,
        `0${ri(211, 9999)}-${digits(6)}`,
        `+49 172 ${digits(3)} ${digits(4)}`,
      ]);
    case 'fr':
      return pick([
        `0${ri(6, 7)} ${digits(2)} ${digits(2)} ${digits(2)} ${digits(2)}`,
        `+33 6 ${digits(2)} ${digits(2)} ${digits(2)} ${digits(2)}`,
        `01.${digits(2)}.${digits(2)}.${digits(2)}.${digits(2)}`,
        `+33 (0)4 ${digits(2)} ${digits(2)} ${digits(2)} ${digits(2)}`,
        `0${ri(1, 5)}${digits(8)}`,
      ]);
    case 'es':
      return pick([
        `6${digits(2)} ${digits(3)} ${digits(3)}`,
        `+34 6${digits(2)} ${digits(2)} ${digits(2)} ${digits(2)}`,
        `91 ${digits(3)} ${digits(2)} ${digits(2)}`,
        `+34 93 ${digits(3)} ${digits(4)}`,
        `0034 6${digits(8)}`,
        `7${digits(2)}-${digits(3)}-${digits(3)}`,
      ]);
    case 'it':
      return pick([
        `+39 3${ri(20, 93)} ${digits(3)} ${digits(4)}`,
        `3${ri(20, 93)} ${digits(7)}`,
        `02 ${digits(4)} ${digits(4)}`,
        `06-${digits(8)}`,
        `+39 011 ${digits(3)} ${digits(4)}`,
        `(+39) 3${ri(20, 93)}.${digits(3)}.${digits(4)}`,
      ]);
    case 'nl':
      return pick([
        `06-${digits(8)}`,
        `06 ${digits(2)} ${digits(2)} ${digits(2)} ${digits(2)}`,
        `+31 6 ${digits(8)}`,
        `020-${digits(3)} ${digits(4)}`,
        `+31 (0)10 ${digits(3)} ${digits(4)}`,
        `0031 30 ${digits(7)}`,
      ]);
  }
}
export function phoneIntl(): string {
  return phone(pick(['en', 'de', 'fr', 'es', 'it', 'nl'] as Lang[])).replace(/^0(?!0)/, pick(['0', '0']));
}

const US_STREETS = [
  'Maple',
  'Oak Ridge',
  'Sycamore',
  'Lakeview',
  'Cedar Hollow',
  'Willow Bend',
  'Harrison',
  'Juniper',
  'Magnolia',
  'Birchwood',
];
const US_CITIES = [
  ['Springfield', 'IL'],
  ['Tacoma', 'WA'],
  ['Boise', 'ID'],
  ['Ann Arbor', 'MI'],
  ['Tucson', 'AZ'],
  ['Raleigh', 'NC'],
  ['Albany', 'NY'],
  ['Fresno', 'CA'],
  ['Madison', 'WI'],
  ['Savannah', 'GA'],
];
const UK = [
  ['Leeds', 'LS6 2QT'],
  ['Bristol', 'BS8 1TH'],
  ['Manchester', 'M14 5RG'],
  ['Glasgow', 'G12 8QQ'],
  ['Norwich', 'NR2 3PB'],
  ['Cardiff', 'CF10 3AT'],
  ['York', 'YO31 7EP'],
  ['Brighton', 'BN1 4GH'],
];
const DE_STR = ['Linden', 'Goethe', 'Berliner ', 'Kastanien', 'Schiller', 'Bahnhof', 'Mühlen', 'Rosen', 'Eichendorff', 'Hauptstr'];
const DE_CITY = [
  ['10437', 'Berlin'],
  ['80331', 'München'],
  ['50667', 'Köln'],
  ['20095', 'Hamburg'],
  ['70173', 'Stuttgart'],
  ['04109', 'Leipzig'],
  ['28195', 'Bremen'],
  ['90402', 'Nürnberg'],
  ['01067', 'Dresden'],
  ['60311', 'Frankfurt am Main'],
];
const FR_STR = [
  'rue des Lilas',
  'avenue Jean-Jaurès',
  'boulevard Voltaire',
  'rue du Faubourg Saint-Antoine',
  'impasse des Tilleuls',
  'chemin des Vignes',
  'place Bellecour',
  'rue de la République',
  'allée des Acacias',
];
const FR_CITY = [
  ['69003', 'Lyon'],
  ['75011', 'Paris'],
  ['13006', 'Marseille'],
  ['31000', 'Toulouse'],
  ['44000', 'Nantes'],
  ['67000', 'Strasbourg'],
  ['33000', 'Bordeaux'],
  ['59800', 'Lille'],
];
const ES_STR = [
  'Calle de Alcalá',
  'Calle Mayor',
  'Avenida de la Constitución',
  'Paseo de Gracia',
  'Calle del Pez',
  'Ronda de Segovia',
  'Calle San Vicente Ferrer',
  'Avenida Blasco Ibáñez',
];
const ES_CITY = [
  ['28014', 'Madrid'],
  ['08008', 'Barcelona'],
  ['41001', 'Sevilla'],
  ['46021', 'Valencia'],
  ['50001', 'Zaragoza'],
  ['29015', 'Málaga'],
  ['48001', 'Bilbao'],
];
const IT_STR = [
  'Via Garibaldi',
  'Corso Vittorio Emanuele II',
  'Via dei Mille',
  'Piazza Santo Spirito',
  'Viale Monza',
  'Via Roma',
  'Via San Vitale',
  'Vicolo del Cedro',
];
const IT_CITY = [
  ['20121', 'Milano', 'MI'],
  ['00153', 'Roma', 'RM'],
  ['50125', 'Firenze', 'FI'],
  ['40125', 'Bologna', 'BO'],
  ['10123', 'Torino', 'TO'],
  ['80134', 'Napoli', 'NA'],
  ['35122', 'Padova', 'PD'],
];
const NL_STR = [
  'Keizersgracht',
  'Lange Voorhout',
  'Oudegracht',
  'Kerkstraat',
  'Vondellaan',
  'Zeedijk',
  'Molenweg',
  'Bloemgracht',
  'Dorpsstraat',
];
const NL_CITY = [
  ['Amsterdam', '1015'],
  ['Utrecht', '3511'],
  ['Rotterdam', '3012'],
  ['Den Haag', '2514'],
  ['Groningen', '9711'],
  ['Eindhoven', '5611'],
  ['Haarlem', '2011'],
  ['Zwolle', '8011'],
];

export function address(L: Lang): string {
  switch (L) {
    case 'en': {
      if (chance(0.55)) {
        const [c, st] = pick(US_CITIES);
        const a = `${ri(12, 9800)} ${pick(US_STREETS)} ${pick(['Avenue', 'Street', 'Drive', 'Lane', 'Ct', 'Blvd', 'Rd.'])}`;
        return pick([
          `${a}, ${c}, ${st} ${pad(ri(10000, 99950), 5)}`,
          `${a}, Apt ${ri(1, 30)}${pick(['A', 'B', 'C'])}, ${c}, ${st} ${pad(ri(10000, 99950), 5)}`,
          `${a}\n${c}, ${st} ${pad(ri(10000, 99950), 5)}`,
          `${a}, ${c} ${st}`,
        ]);
      }
      const [c, pc] = pick(UK);
      const a = `${ri(1, 220)} ${pick(['Cranbrook', 'Albert', 'Mill', 'Station', 'Victoria', 'Heathfield', 'Rowan'])} ${pick(['Road', 'Street', 'Gardens', 'Terrace', 'Close', 'Lane'])}`;
      return pick([`${a}, ${c} ${pc}`, `Flat ${ri(1, 12)}, ${a}, ${c}, ${pc}`, `${a}\n${c}\n${pc}`, `${a}, ${c} ${pc}, United Kingdom`]);
    }
    case 'de': {
      const [z, c] = pick(DE_CITY);
      const s = pick(DE_STR);
      const st = s.endsWith('str') ? s + '.' : s.endsWith(' ') ? s + 'Straße' : s + pick(['straße', 'str.', 'weg', 'allee']);
      const n = `${ri(1, 140)}${pick(['', '', '', 'a', 'b'])}`;
      return pick([
        `${st} ${n}, ${z} ${c}`,
        `${st} ${n}\n${z} ${c}`,
        `${st} ${n}, D-${z} ${c}`,
        `Am ${pick(['Mühlbach', 'Stadtpark', 'Weinberg'])} ${n}, ${z} ${c}`,
      ]);
    }
    case 'fr': {
      const [z, c] = pick(FR_CITY) as [string, string];
      const n = `${ri(1, 180)}${pick(['', '', ' bis', ' ter'])}`;
      return pick([
        `${n} ${pick(FR_STR)}, ${z} ${c}`,
        `${n}, ${pick(FR_STR)}\n${z} ${c.toUpperCase()}`,
        `${n} ${pick(FR_STR)}, ${z} ${c}, France`,
        `Bât. B, ${n} ${pick(FR_STR)}, ${z} ${c}`,
      ]);
    }
    case 'es': {
      const [z, c] = pick(ES_CITY);
      const s = pick(ES_STR);
      const n = ri(1, 220);
      return pick([
        `${s} ${n}, ${ri(1, 9)}º ${pick(['A', 'B', 'C', 'D', 'izq.'])}, ${z} ${c}`,
        `${s}, ${n}, ${z} ${c}`,
        `C/ ${s.replace(/^Calle (de |del )?/, '')} ${n}, ${z} ${c}`,
        `${s} nº ${n}\n${z} ${c} (España)`,
      ]);
    }
    case 'it': {
      const [z, c, p] = pick(IT_CITY);
      const s = pick(IT_STR);
      const n = `${ri(1, 200)}${pick(['', '', '/A', '/b'])}`;
      return pick([`${s} ${n}, ${z} ${c} (${p})`, `${s}, ${n} - ${z} ${c}`, `${s} ${n}\n${z} ${c} ${p}`, `${s} n. ${n}, ${z} ${c}`]);
    }
    case 'nl': {
      const [c, z] = pick(NL_CITY) as [string, string];
      const pc = `${z} ${pick(['AB', 'CJ', 'KL', 'RT', 'GH', 'EP', 'XW'])}`;
      const s = pick(NL_STR);
      const n = `${ri(1, 400)}${pick(['', '', '-1', ' hs', 'A'])}`;
      return pick([`${s} ${n}, ${pc} ${c}`, `${s} ${n}\n${pc.replace(' ', '')} ${c.toUpperCase()}`, `${s} ${n}, ${pc}  ${c}`]);
    }
  }
}

/** Month names per language (the blind set's generator reads them too). */
export const MONTHS: Record<Lang, readonly string[]> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  de: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  it: ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
};
export function fmtDate(L: Lang, y: number, m: number, d: number): string {
  const M = MONTHS[L][m - 1]!,
    dd = pad(d, 2),
    mm = pad(m, 2);
  switch (L) {
    case 'en':
      return pick([
        `${M} ${d}, ${y}`,
        `${d} ${M} ${y}`,
        `${mm}/${dd}/${y}`,
        `${y}-${mm}-${dd}`,
        `${dd}/${mm}/${y}`,
        `${d} ${M.slice(0, 3)} ${y}`,
        `${m}/${d}/${String(y).slice(2)}`,
      ]);
    case 'de':
      return pick([`${dd}.${mm}.${y}`, `${d}. ${M} ${y}`, `${y}-${mm}-${dd}`, `${d}.${m}.${y}`]);
    case 'fr':
      return pick([`${dd}/${mm}/${y}`, `${d === 1 ? '1er' : d} ${M} ${y}`, `${dd}.${mm}.${y}`, `${y}-${mm}-${dd}`]);
    case 'es':
      return pick([`${dd}/${mm}/${y}`, `${d} de ${M} de ${y}`, `${d}-${m}-${y}`, `${y}-${mm}-${dd}`]);
    case 'it':
      return pick([`${dd}/${mm}/${y}`, `${d} ${M} ${y}`, `${dd}.${mm}.${y}`, `${dd}-${mm}-${y}`]);
    case 'nl':
      return pick([`${dd}-${mm}-${y}`, `${d} ${M} ${y}`, `${dd}/${mm}/${y}`, `${y}-${mm}-${dd}`]);
  }
}
export const dob = (L: Lang) => fmtDate(L, ri(1938, 2006), ri(1, 12), ri(1, 28));
export const eventDate = (L: Lang) => fmtDate(L, ri(2024, 2027), ri(1, 12), ri(1, 28));
