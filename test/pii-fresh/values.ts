// Structured values, generated with valid check digits: Luhn for cards, ISO 7064 mod 97-10 for IBANs; phones,
// addresses and dates in each language's national formats.
import type { Rng } from '../pii-independent/rng.ts';
import type { Lang } from './doc.ts';

/** The Luhn check digit for `body`. */
function luhnDigit(body: string): string {
  let sum = 0;
  [...body].reverse().forEach((ch, i) => {
    let d = Number(ch);
    if (i % 2 === 0) d *= 2;
    sum += d > 9 ? d - 9 : d;
  });
  return String((10 - (sum % 10)) % 10);
}

export function cardNumber(rng: Rng): string {
  const prefix = rng.pick(['4', '51', '53', '55', '2221']);
  const body = prefix + rng.digits(15 - prefix.length);
  const digits = body + luhnDigit(body);
  const style = rng.int(0, 2);
  if (style === 0) return digits;
  return digits.replace(/(\d{4})(?=\d)/g, style === 1 ? '$1 ' : '$1-');
}

const BBAN: Record<string, (rng: Rng) => string> = {
  DE: (r) => r.digits(18),
  FR: (r) => r.digits(23),
  ES: (r) => r.digits(20),
  IT: (r) => r.chars(1, 'ABCDEFGHKLMNPRSTUVWXZ') + r.digits(22),
  NL: (r) => r.chars(4, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ') + r.digits(10),
  GB: (r) => r.chars(4, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ') + r.digits(14),
  PT: (r) => r.digits(21),
  BE: (r) => r.digits(12),
};

function mod97(s: string): number {
  const numeric = [...s].map((c) => (/\d/.test(c) ? c : String(c.charCodeAt(0) - 55))).join('');
  return Number(BigInt(numeric) % 97n);
}

export function iban(rng: Rng, lang: Lang): string {
  const home = { en: 'GB', de: 'DE', fr: 'FR', es: 'ES', it: 'IT', nl: 'NL' }[lang];
  const country = rng.chance(0.75) ? home : rng.pick(Object.keys(BBAN));
  const bban = BBAN[country]!(rng);
  const check = String(98 - mod97(bban + country + '00')).padStart(2, '0');
  const plain = country + check + bban;
  return rng.chance(0.6) ? plain.replace(/(.{4})(?=.)/g, '$1 ') : plain;
}

const PHONES: Record<Lang, ((r: Rng) => string)[]> = {
  en: [
    (r) => `07${r.digits(3)} ${r.digits(6)}`,
    (r) => `+44 20 ${r.digits(4)} ${r.digits(4)}`,
    (r) => `(${r.int(201, 989)}) ${r.int(200, 989)}-${r.digits(4)}`,
  ],
  de: [(r) => `0151 ${r.digits(8)}`, (r) => `+49 30 ${r.digits(7)}`, (r) => `089/${r.digits(3)} ${r.digits(4)}`],
  fr: [
    (r) => `06 ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`,
    (r) => `+33 1 ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`,
    (r) => `07.${r.digits(2)}.${r.digits(2)}.${r.digits(2)}.${r.digits(2)}`,
  ],
  es: [(r) => `6${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`, (r) => `+34 91 ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`],
  it: [(r) => `3${r.digits(2)} ${r.digits(3)} ${r.digits(4)}`, (r) => `+39 06 ${r.digits(4)} ${r.digits(4)}`, (r) => `02-${r.digits(8)}`],
  nl: [
    (r) => `06-${r.digits(8)}`,
    (r) => `+31 20 ${r.digits(3)} ${r.digits(4)}`,
    (r) => `010 ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`,
  ],
};

export const phone = (rng: Rng, lang: Lang): string => rng.pick(PHONES[lang])(rng);

const STREETS: Record<Lang, string[]> = {
  en: ['Larkspur Road', 'Mill Lane', 'Quarry Street', 'Ashgrove Avenue', 'Kingfisher Close'],
  de: ['Birkenweg', 'Am Mühlbach', 'Lindenstraße', 'Kastanienallee', 'Talstraße'],
  fr: ['rue des Tilleuls', 'avenue du Moulin', 'impasse des Lilas', 'boulevard Carnot', 'chemin des Vignes'],
  es: ['Calle del Olmo', 'Avenida de la Paz', 'Calle Mayor', 'Paseo de los Tilos', 'Calle de la Fuente'],
  it: ['Via dei Castagni', 'Viale Roma', 'Via Garibaldi', 'Piazza del Mercato', 'Via delle Rose'],
  nl: ['Lindelaan', 'Molenstraat', 'Kerkweg', 'Beukenhof', 'Zandpad'],
};

export function address(rng: Rng, lang: Lang): string {
  const st = rng.pick(STREETS[lang]);
  const n = rng.int(1, 180);
  const L = 'ABCDEFGHJKLMNPRSTVWXZ';
  switch (lang) {
    case 'en':
      return `${n} ${st}, ${rng.pick(['Leeds', 'Bristol', 'Norwich'])} ${rng.pick(['LS', 'BS', 'NR'])}${rng.int(1, 9)} ${rng.int(1, 9)}${rng.chars(2, L)}`;
    case 'de':
      return `${st} ${n}, ${rng.digits(5).replace(/^0/, '4')} ${rng.pick(['Kassel', 'Erfurt', 'Ulm'])}`;
    case 'fr':
      return `${n} ${st}, ${rng.int(10, 95)}${rng.digits(3)} ${rng.pick(['Nantes', 'Dijon', 'Rennes'])}`;
    case 'es':
      return `${st} ${n}, ${rng.int(10, 50)}${rng.digits(3)} ${rng.pick(['Zaragoza', 'Murcia', 'Valladolid'])}`;
    case 'it':
      return `${st} ${n}, ${rng.int(10, 98)}${rng.digits(3)} ${rng.pick(['Padova', 'Bari', 'Parma'])}`;
    default:
      return `${st} ${n}, ${rng.int(1000, 9999)} ${rng.chars(2, L)} ${rng.pick(['Zwolle', 'Delft', 'Haarlem'])}`;
  }
}

export function birthDate(rng: Rng, lang: Lang): string {
  const y = rng.int(1948, 2006);
  const m = rng.int(1, 12);
  const d = rng.int(1, 28);
  const p2 = (x: number) => String(x).padStart(2, '0');
  if (rng.chance(0.3)) return `${y}-${p2(m)}-${p2(d)}`;
  if (lang === 'en') return rng.chance(0.5) ? `${p2(d)}/${p2(m)}/${y}` : `${m}/${d}/${y}`;
  return `${p2(d)}${lang === 'de' ? '.' : lang === 'nl' ? '-' : '/'}${p2(m)}${lang === 'de' ? '.' : lang === 'nl' ? '-' : '/'}${y}`;
}

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** An API-key-like credential in one of the shapes services issue. */
export function apiKey(rng: Rng): string {
  return rng.pick([
    () => `ghp_${rng.chars(36, ALNUM)}`,
    () => `sk_live_${rng.chars(24, ALNUM)}`,
    () => `AKIA${rng.chars(16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')}`,
    () => `xoxb-${rng.digits(11)}-${rng.digits(12)}-${rng.chars(24, ALNUM)}`,
    () => `glpat-${rng.chars(20, ALNUM)}`,
  ])();
}

export function password(rng: Rng): string {
  return rng.chars(4, ALNUM) + rng.pick(['!', '#', '$', '%', '&', '?']) + rng.chars(5, ALNUM) + rng.digits(2);
}

function ascii(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[^\p{L}\p{N}]/gu, '')
    .replace(/\p{M}/gu, '')
    .toLowerCase();
}

export function email(rng: Rng, given: string, surname: string): string {
  const domain = rng.pick(['posteo.net', 'gmx.de', 'outlook.com', 'orange.fr', 'libero.it', 'telefonica.net', 'ziggo.nl', 'fastmail.com']);
  const local = rng.pick([
    `${ascii(given)}.${ascii(surname)}`,
    `${ascii(given)[0]}${ascii(surname)}`,
    `${ascii(surname)}${rng.int(10, 99)}`,
  ]);
  return `${local}@${domain}`;
}
