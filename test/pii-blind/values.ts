// The set's structured values, generated valid: card numbers pass Luhn, IBANs pass ISO 7064 mod 97 (with their
// national check digits where a country has them), national ids carry their scheme's check digit; phones,
// addresses and birth dates follow each country's national format.
import type { Rng } from '../pii-independent/rng.ts';
import { MONTHS } from '../pii-heldout/lang.ts';
import type { Lang } from './doc.ts';

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

export function luhnCheckDigit(payload: string): string {
  let sum = 0;
  [...payload].reverse().forEach((c, i) => {
    let d = Number(c);
    if (i % 2 === 0) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  });
  return String((10 - (sum % 10)) % 10);
}

const PUBLISHED = new Set(['4242424242424242', '4111111111111111', '5555555555554444', '378282246310005', '4000056655665556']);

/** A Luhn-valid Visa, Mastercard or Amex number, grouped as printed on the card (or not at all). */
export function cardNumber(rng: Rng): string {
  const kind = rng.pick(['visa', 'mc', 'amex', 'mc2']);
  const prefix =
    kind === 'visa' ? '4' : kind === 'mc' ? `5${rng.int(1, 5)}` : kind === 'mc2' ? `22${rng.int(30, 70)}` : rng.pick(['34', '37']);
  const len = kind === 'amex' ? 15 : 16;
  const body = prefix + rng.digits(len - 1 - prefix.length);
  const n = body + luhnCheckDigit(body);
  if (PUBLISHED.has(n)) return cardNumber(rng);
  const sep = rng.pick([' ', ' ', '-', '']);
  return kind === 'amex' ? [n.slice(0, 4), n.slice(4, 10), n.slice(10)].join(sep) : n.match(/.{4}/g)!.join(sep);
}

/** ISO 7064 mod 97-10 over a numeric string of any length. */
function mod97(digits: string): number {
  let r = 0;
  for (const c of digits) r = (r * 10 + Number(c)) % 97;
  return r;
}

const letterDigits = (s: string): string => [...s].map((c) => (/[A-Z]/.test(c) ? String(c.charCodeAt(0) - 55) : c)).join('');

export function ibanOf(country: string, bban: string): string {
  const check = 98 - mod97(letterDigits(bban + country + '00'));
  return country + String(check).padStart(2, '0') + bban;
}

function frBban(rng: Rng): string {
  const bank = rng.digits(5);
  const branch = rng.digits(5);
  const account = rng.digits(11);
  const key = 97 - Number((89n * BigInt(bank) + 15n * BigInt(branch) + 3n * BigInt(account)) % 97n);
  return bank + branch + account + String(key).padStart(2, '0');
}

function esBban(rng: Rng): string {
  const weights = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6];
  const dc = (ds: string): string => {
    const v = 11 - ([...ds].reduce((s, c, i) => s + Number(c) * weights[i]!, 0) % 11);
    return String(v === 11 ? 0 : v === 10 ? 1 : v);
  };
  const entity = rng.digits(4);
  const office = rng.digits(4);
  const account = rng.digits(10);
  return entity + office + dc('00' + entity + office) + dc(account) + account;
}

const CIN_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];

function itBban(rng: Rng): string {
  const rest = rng.digits(5) + rng.digits(5) + rng.digits(12);
  const sum = [...rest].reduce((s, c, i) => s + (i % 2 === 0 ? CIN_ODD[Number(c)]! : Number(c)), 0);
  return UPPER[sum % 26]! + rest;
}

function beBban(rng: Rng): string {
  const ten = rng.digits(10);
  const r = mod97(ten);
  return ten + String(r === 0 ? 97 : r).padStart(2, '0');
}

const BBAN: Record<string, (rng: Rng) => string> = {
  DE: (rng) => rng.digits(8) + rng.digits(10),
  NL: (rng) => rng.pick(['ABNA', 'RABO', 'INGB', 'SNSB', 'TRIO', 'KNAB']) + rng.digits(10),
  GB: (rng) => rng.chars(4, UPPER) + rng.digits(14),
  IE: (rng) => rng.chars(4, UPPER) + rng.digits(14),
  FR: frBban,
  ES: esBban,
  IT: itBban,
  BE: beBban,
  AT: (rng) => rng.digits(16),
  LU: (rng) => rng.digits(3) + rng.digits(13),
};
const IBAN_COUNTRIES: Record<Lang, readonly string[]> = {
  en: ['GB', 'IE', 'DE'],
  de: ['DE', 'AT', 'LU'],
  fr: ['FR', 'BE', 'LU'],
  es: ['ES', 'FR'],
  it: ['IT', 'DE'],
  nl: ['NL', 'BE'],
};

/** A mod-97-valid IBAN of a country that fits the language, printed in groups of four or in one block. */
export function iban(rng: Rng, lang: Lang): string {
  const country = rng.pick(IBAN_COUNTRIES[lang]);
  const raw = ibanOf(country, BBAN[country]!(rng));
  return rng.chance(0.7) ? raw.match(/.{1,4}/g)!.join(' ') : raw;
}

const PHONE_FORMATS: Record<Lang, readonly ((rng: Rng) => string)[]> = {
  en: [
    (r) => `07${r.int(4, 9)}${r.digits(2)} ${r.digits(6)}`,
    (r) => `+44 ${r.int(20, 29)} ${r.digits(4)} ${r.digits(4)}`,
    (r) => `(${r.int(201, 989)}) ${r.int(200, 989)}-${r.digits(4)}`,
    (r) => `+353 8${r.int(3, 9)} ${r.digits(3)} ${r.digits(4)}`,
  ],
  de: [
    (r) => `01${r.pick(['51', '52', '60', '70', '76'])} ${r.digits(8)}`,
    (r) => `+49 ${r.pick(['30', '40', '89', '221', '711'])} ${r.digits(7)}`,
    (r) => `0${r.pick(['30', '69', '341'])}/${r.digits(3)} ${r.digits(4)}`,
    (r) => `+43 664 ${r.digits(7)}`,
  ],
  fr: [
    (r) => `0${r.pick(['6', '7'])} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`,
    (r) => `+33 ${r.int(1, 7)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`,
    (r) => `0${r.int(1, 5)}.${r.digits(2)}.${r.digits(2)}.${r.digits(2)}.${r.digits(2)}`,
    (r) => `+32 4${r.int(70, 99)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`,
  ],
  es: [
    (r) => `6${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`,
    (r) => `+34 9${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`,
    (r) => `7${r.digits(2)}-${r.digits(3)}-${r.digits(3)}`,
    (r) => `+34 6${r.digits(8)}`,
  ],
  it: [
    (r) => `3${r.int(20, 93)} ${r.digits(3)} ${r.digits(4)}`,
    (r) => `+39 0${r.int(2, 6)} ${r.digits(4)} ${r.digits(4)}`,
    (r) => `0${r.int(10, 99)}/${r.digits(6)}`,
    (r) => `+39 3${r.int(20, 93)}${r.digits(7)}`,
  ],
  nl: [
    (r) => `06-${r.digits(8)}`,
    (r) => `+31 6 ${r.digits(4)} ${r.digits(4)}`,
    (r) => `0${r.pick(['20', '10', '70', '30'])}-${r.digits(3)} ${r.digits(4)}`,
    (r) => `+32 4${r.int(70, 99)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`,
  ],
};

export function phone(rng: Rng, lang: Lang): string {
  return rng.pick(PHONE_FORMATS[lang])(rng);
}

const STREETS: Record<Lang, readonly ((rng: Rng) => string)[]> = {
  en: [
    (r) =>
      `${r.int(2, 240)} ${r.pick(['Thornfield', 'Ashgrove', 'Kilbarrack', 'Merrion', 'Holloway'])} ${r.pick(['Road', 'Avenue', 'Lane', 'Crescent'])}, ${r.pick(['Leeds LS6 2QT', 'Dublin 9', 'Bristol BS3 4EP', 'Cork T12 K8AF'])}`,
    (r) =>
      `Flat ${r.int(1, 30)}, ${r.int(2, 99)} ${r.pick(['Quarry', 'Mill', 'Station'])} Street, ${r.pick(['Glasgow G3 7JX', 'York YO1 6HU', 'Galway H91 E2K4'])}`,
    (r) =>
      `${r.int(100, 9800)} ${r.pick(['Sycamore', 'Lakeview', 'Birchwood'])} Dr, Apt ${r.int(1, 40)}, ${r.pick(['Columbus, OH 43215', 'Tucson, AZ 85719', 'Raleigh, NC 27601'])}`,
  ],
  de: [
    (r) =>
      `${r.pick(['Am Krähenberg', 'Bergstraße', 'Lindenallee', 'Kastanienweg', 'Hafenstr.'])} ${r.int(1, 140)}${r.pick(['', 'a', 'b'])}, ${r.pick(['04109 Leipzig', '28195 Bremen', '79098 Freiburg', '1070 Wien'])}`,
    (r) =>
      `${r.pick(['Schillerplatz', 'Turmgasse', 'Mühlenweg'])} ${r.int(1, 60)}, ${r.pick(['D-90402 Nürnberg', '3011 Bern', '24103 Kiel'])}`,
  ],
  fr: [
    (r) =>
      `${r.int(1, 120)}${r.pick(['', ' bis', ' ter'])} ${r.pick(['rue des Capucins', 'avenue Jean-Jaurès', 'boulevard de la Liberté', 'impasse du Moulin'])}, ${r.pick(['69001 Lyon', '31000 Toulouse', '44000 Nantes', '1000 Bruxelles'])}`,
    (r) =>
      `${r.int(1, 80)}, ${r.pick(['chemin des Vignes', 'allée des Tilleuls', 'place du Marché'])} ${r.pick(['13100 Aix-en-Provence', '67000 Strasbourg', 'L-1330 Luxembourg'])}`,
  ],
  es: [
    (r) =>
      `${r.pick(['Calle de Atocha', 'Avenida de la Constitución', 'Calle Mayor', 'Paseo de Gràcia', 'Calle del Carmen'])}, ${r.int(1, 200)}, ${r.int(1, 8)}º ${r.pick(['A', 'B', 'C', 'izq.'])}, ${r.pick(['28012 Madrid', '41001 Sevilla', '08007 Barcelona', '46002 Valencia'])}`,
    (r) =>
      `${r.pick(['C/ Alcalá', 'Av. del Puerto', 'Plaza del Sol'])} ${r.int(1, 150)}, ${r.pick(['29015 Málaga', '50001 Zaragoza', '15001 A Coruña'])}`,
  ],
  it: [
    (r) =>
      `${r.pick(['Via dei Mille', 'Corso Vittorio Emanuele', 'Viale Monza', 'Via della Spiga', 'Piazza Cavour'])} ${r.int(1, 220)}, ${r.pick(['20124 Milano', '10121 Torino', '80133 Napoli', '50122 Firenze'])}`,
    (r) =>
      `${r.pick(['Vicolo Stretto', 'Via San Donato', 'Largo Augusto'])}, ${r.int(1, 90)}/${r.pick(['A', 'B', '3'])} - ${r.pick(['40126 Bologna', '35122 Padova', '90133 Palermo'])}`,
  ],
  nl: [
    (r) =>
      `${r.pick(['Prinsengracht', 'Oudegracht', 'Dorpsstraat', 'Lange Voorhout', 'Kerkstraat'])} ${r.int(1, 400)}${r.pick(['', '-II', 'A', ' bis'])}, ${r.pick(['1016 GV Amsterdam', '3511 AL Utrecht', '2514 EE Den Haag', '9000 Gent'])}`,
    (r) =>
      `${r.pick(['Molenweg', 'Stationsplein', 'Zeeweg'])} ${r.int(1, 120)}, ${r.pick(['5611 AB Eindhoven', '6211 CK Maastricht', '2000 Antwerpen'])}`,
  ],
};

export function address(rng: Rng, lang: Lang): string {
  return rng.pick(STREETS[lang])(rng);
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** A past date in one of the language's usual spellings; `year` bounds keep it plausible for a living person. */
export function date(rng: Rng, lang: Lang, from = 1948, to = 2007): string {
  const y = rng.int(from, to);
  const m = rng.int(1, 12);
  const d = rng.int(1, 28);
  const style = rng.int(0, 3);
  if (style === 0) return `${y}-${pad(m)}-${pad(d)}`;
  if (style === 1)
    return lang === 'en'
      ? `${rng.chance(0.5) ? MONTHS.en[m - 1] + ' ' + d + ',' : d + ' ' + MONTHS.en[m - 1]} ${y}`
      : `${d} ${MONTHS[lang][m - 1]} ${y}`;
  const sep = lang === 'de' ? '.' : lang === 'nl' ? '-' : '/';
  return `${pad(d)}${sep}${pad(m)}${sep}${rng.chance(0.2) ? String(y).slice(2) : y}`;
}

/** An API-key-like token in one of several vendors' shapes, or a generic high-entropy string. */
export function apiKey(rng: Rng): string {
  const shape = rng.int(0, 5);
  if (shape === 0) return `ghp_${rng.chars(36, ALNUM)}`;
  if (shape === 1) return `sk_live_${rng.chars(24, ALNUM)}`;
  if (shape === 2) return `xoxb-${rng.digits(12)}-${rng.digits(13)}-${rng.chars(24, ALNUM)}`;
  if (shape === 3) return `AKIA${rng.chars(16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')}`;
  if (shape === 4) return `glpat-${rng.chars(20, ALNUM + '-_')}`;
  return rng.chars(40, '0123456789abcdef');
}

/** A password someone chose: words, digits and a symbol. */
export function password(rng: Rng, symbols = '!#$%&*?'): string {
  const word = rng.pick(['Kestrel', 'mango', 'Tundra', 'violin', 'Basalt', 'quokka', 'Lantern', 'orbit', 'Ferrum', 'hazel']);
  const word2 = rng.pick(['Tide', 'fox', 'Ember', 'salt', 'Moss', 'cloud']);
  return `${word}${rng.pick([...symbols])}${word2}${rng.digits(rng.int(2, 4))}`;
}

export function connectionString(rng: Rng): string {
  const scheme = rng.pick(['postgres', 'mysql', 'mongodb+srv', 'redis']);
  const user = rng.pick(['app', 'svc_reports', 'admin', 'etl']);
  // No symbol that a URL would read as a delimiter or an escape.
  return `${scheme}://${user}:${password(rng, '!*$-')}@${rng.pick(['db-prod-02.internal', 'cluster0.k3x9q.mongodb.net', '10.4.12.7', 'cache.lan'])}:${rng.int(1024, 9999)}/${rng.pick(['billing', 'crm', 'main'])}`;
}

function steuerId(rng: Rng): string {
  const digits = rng.shuffle([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]).slice(0, 9);
  if (digits[0] === 0) digits.reverse();
  digits.splice(rng.int(1, 9), 0, digits[rng.int(1, 8)]!);
  let product = 10;
  for (const d of digits) {
    let sum = (d + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  const check = 11 - product === 10 ? 0 : 11 - product;
  const s = digits.join('') + check;
  return `${s.slice(0, 2)} ${s.slice(2, 5)} ${s.slice(5, 8)} ${s.slice(8)}`;
}

function frNir(rng: Rng): string {
  const body = `${rng.int(1, 2)}${pad(rng.int(50, 99))}${pad(rng.int(1, 12))}${pad(rng.int(1, 95))}${rng.digits(3)}${rng.digits(3)}`;
  const key = 97 - Number(BigInt(body) % 97n);
  return `${body[0]} ${body.slice(1, 3)} ${body.slice(3, 5)} ${body.slice(5, 7)} ${body.slice(7, 10)} ${body.slice(10)} ${pad(key)}`;
}

function esDni(rng: Rng): string {
  const n = rng.int(10000000, 79999999);
  return `${n}${'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}`;
}

const CF_ODD: Record<string, number> = Object.fromEntries(
  [...'0123456789'].map((c, i) => [c, CIN_ODD[i]!] as const).concat([...UPPER].map((c, i) => [c, CIN_ODD[i]!] as const)),
);

function itCodiceFiscale(rng: Rng): string {
  const head =
    rng.chars(6, 'BCDFGLMNPRSTVZ') +
    pad(rng.int(50, 99)) +
    rng.pick([...'ABCDEHLMPRST']) +
    pad(rng.int(1, 71)) +
    rng.pick([...'ABCDEFGHLMZ']) +
    rng.digits(3);
  const sum = [...head].reduce((s, c, i) => s + (i % 2 === 0 ? CF_ODD[c]! : /\d/.test(c) ? Number(c) : c.charCodeAt(0) - 65), 0);
  return head + UPPER[sum % 26];
}

function nlBsn(rng: Rng): string {
  for (;;) {
    const eight = String(rng.int(10000000, 69999999));
    const sum = [...eight].reduce((s, c, i) => s + Number(c) * (9 - i), 0);
    const last = sum % 11;
    if (last <= 9) return eight + last;
  }
}

function nhsNumber(rng: Rng): string {
  for (;;) {
    const nine = String(rng.int(400000000, 799999999));
    const check = 11 - ([...nine].reduce((s, c, i) => s + Number(c) * (10 - i), 0) % 11);
    if (check === 10) continue;
    const s = nine + (check === 11 ? 0 : check);
    return `${s.slice(0, 3)} ${s.slice(3, 6)} ${s.slice(6)}`;
  }
}

/** A national identity, tax or health number of the language's country, with its check digit. */
export function nationalId(rng: Rng, lang: Lang): string {
  const make: Record<Lang, (r: Rng) => string> = { en: nhsNumber, de: steuerId, fr: frNir, es: esDni, it: itCodiceFiscale, nl: nlBsn };
  return make[lang](rng);
}

const DOMAINS = [
  'posteo.net',
  'gmx.at',
  'outlook.com',
  'proton.me',
  'libero.it',
  'orange.fr',
  'telenet.be',
  'ziggo.nl',
  'web.de',
  'yahoo.es',
  'eircom.net',
];

/** An e-mail address built from a person's name, in one of the usual patterns. */
export function email(rng: Rng, given: string, surname: string): string {
  const ascii = (s: string): string =>
    s
      .normalize('NFD')
      .replace(/[^A-Za-z]/g, '')
      .toLowerCase();
  const g = ascii(given);
  const s = ascii(surname);
  const local = rng.pick([`${g}.${s}`, `${g[0]}${s}`, `${s}.${g[0]}`, `${g}_${s}${rng.int(1, 99)}`, `${g}${rng.int(70, 99)}`, `${s}-${g}`]);
  return `${local}@${rng.pick(DOMAINS)}`;
}
