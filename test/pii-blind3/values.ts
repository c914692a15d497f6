// Values of this set, drawn from the seeded PRNG, and this set's own validators (written from the public scheme
// descriptions, not taken from the detectors): Luhn, IBAN mod 97, ABA routing, and the check digits of the national
// identity numbers used here (NHS number, UK NINO format, Steuer-ID, NIR, DNI/NIE, codice fiscale, BSN, AHV).
import type { Lang } from '../pii-blind/doc.ts';
import type { Rng } from '../pii-independent/rng.ts';

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const HEX = '0123456789abcdef';
const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
export const digitsOf = (s: string): string => s.replace(/\D/g, '');

// ---------------------------------------------------------------- validators

export function luhn(digits: string): boolean {
  if (!/^\d{12,19}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

// Card networks' and processors' published test numbers: placeholders, never labelled (docs/pii-labels.md).
export const PUBLISHED_TEST_CARDS = new Set([
  '4242424242424242',
  '4000056655665556',
  '5555555555554444',
  '4111111111111111',
  '378282246310005',
]);

/** Runs of 13 to 19 digits (single spaces, dots or dashes between them) that pass Luhn, published test numbers aside. */
export function luhnRuns(text: string): { index: number; text: string }[] {
  const out: { index: number; text: string }[] = [];
  for (const m of text.matchAll(/\d(?:[ .-]?\d){12,18}/g)) {
    const d = digitsOf(m[0]);
    if (luhn(d) && !PUBLISHED_TEST_CARDS.has(d)) out.push({ index: m.index, text: m[0] });
  }
  return out;
}

function luhnDigit(body: string): string {
  for (let c = 0; c < 10; c++) if (luhn(body + c)) return String(c);
  throw new Error('unreachable');
}

const IBAN_LENGTH: Record<string, number> = {
  GB: 22,
  DE: 22,
  FR: 27,
  ES: 24,
  IT: 27,
  NL: 18,
  BE: 16,
  AT: 20,
  CH: 21,
  IE: 22,
  PT: 25,
  LU: 20,
};

function mod97(numeric: string): number {
  let r = 0;
  for (const ch of numeric) r = (r * 10 + Number(ch)) % 97;
  return r;
}

const toNumeric = (s: string): string => [...s].map((c) => (/\d/.test(c) ? c : String(c.charCodeAt(0) - 55))).join('');

export function ibanValid(value: string): boolean {
  const s = value.replace(/\s/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(s) || IBAN_LENGTH[s.slice(0, 2)] !== s.length) return false;
  return mod97(toNumeric(s.slice(4) + s.slice(0, 4))) === 1;
}

export function abaValid(d: string): boolean {
  if (!/^\d{9}$/.test(d)) return false;
  const n = [...d].map(Number);
  return (3 * (n[0]! + n[3]! + n[6]!) + 7 * (n[1]! + n[4]! + n[7]!) + (n[2]! + n[5]! + n[8]!)) % 10 === 0;
}

function nhsCheck(nine: string): number {
  let s = 0;
  for (let i = 0; i < 9; i++) s += Number(nine[i]) * (10 - i);
  return 11 - (s % 11);
}
export function nhsValid(v: string): boolean {
  const d = digitsOf(v);
  if (!/^\d{3}[ -]?\d{3}[ -]?\d{4}$/.test(v) || d.length !== 10) return false;
  const c = nhsCheck(d.slice(0, 9));
  return c !== 10 && (c === 11 ? 0 : c) === Number(d[9]);
}

const NINO_FIRST = 'ABCEGHJKLMNOPRSTWXYZ';
const NINO_SECOND = 'ABCEGHJKLMNPRSTWXYZ';
const NINO_BANNED = new Set(['BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ']);
export function ninoValid(v: string): boolean {
  const s = v.replace(/\s/g, '');
  const m = /^([A-Z])([A-Z])\d{6}[A-D]$/.exec(s);
  return !!m && NINO_FIRST.includes(m[1]!) && NINO_SECOND.includes(m[2]!) && !NINO_BANNED.has(m[1]! + m[2]!);
}

function steuerCheck(ten: string): number {
  let product = 10;
  for (const ch of ten) {
    let sum = (Number(ch) + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  const c = 11 - product;
  return c === 10 ? 0 : c;
}
export function steuerIdValid(v: string): boolean {
  const d = v.replace(/\s/g, '');
  if (!/^[1-9]\d{10}$/.test(d)) return false;
  const counts = new Map<string, number>();
  for (const ch of d.slice(0, 10)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  const repeated = [...counts.values()].filter((n) => n > 1);
  if (repeated.length !== 1 || repeated[0]! > 3) return false;
  return steuerCheck(d.slice(0, 10)) === Number(d[10]);
}

export function nirValid(v: string): boolean {
  const d = v.replace(/\s/g, '');
  if (!/^[12]\d{2}(0[1-9]|1[0-2])\d{8}\d{2}$/.test(d)) return false;
  return 97 - Number(BigInt(d.slice(0, 13)) % 97n) === Number(d.slice(13));
}

const DNI_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';
export function dniNieValid(v: string): boolean {
  const s = v.replace(/[\s-]/g, '').toUpperCase();
  const m = /^([XYZ]|\d)(\d{7})([A-Z])$/.exec(s);
  if (!m) return false;
  const lead = m[1] === 'X' ? '0' : m[1] === 'Y' ? '1' : m[1] === 'Z' ? '2' : m[1]!;
  return DNI_LETTERS[Number(lead + m[2]) % 23] === m[3];
}

const CF_ODD: Record<string, number> = {};
'1 0 5 7 9 13 15 17 19 21'.split(' ').forEach((n, i) => (CF_ODD[String(i)] = Number(n)));
'1 0 5 7 9 13 15 17 19 21 2 4 18 20 11 3 6 8 12 14 16 10 22 25 24 23'.split(' ').forEach((n, i) => (CF_ODD[UPPER[i]!] = Number(n)));
function cfCheck(fifteen: string): string {
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    const ch = fifteen[i]!;
    sum += i % 2 === 0 ? CF_ODD[ch]! : /\d/.test(ch) ? Number(ch) : ch.charCodeAt(0) - 65;
  }
  return UPPER[sum % 26]!;
}
export function codiceFiscaleValid(v: string): boolean {
  const s = v.toUpperCase();
  return /^[A-Z]{6}\d{2}[ABCDEHLMPRST]\d{2}[A-Z]\d{3}[A-Z]$/.test(s) && cfCheck(s.slice(0, 15)) === s[15];
}

export function bsnValid(v: string): boolean {
  const d = v.replace(/[\s.]/g, '');
  if (!/^[1-9]\d{8}$/.test(d)) return false;
  let s = 0;
  for (let i = 0; i < 8; i++) s += Number(d[i]) * (9 - i);
  return (s - Number(d[8])) % 11 === 0;
}

function ean13Check(twelve: string): number {
  let s = 0;
  for (let i = 0; i < 12; i++) s += Number(twelve[i]) * (i % 2 === 0 ? 1 : 3);
  return (10 - (s % 10)) % 10;
}
export function ahvValid(v: string): boolean {
  const d = digitsOf(v);
  return /^756\.\d{4}\.\d{4}\.\d{2}$/.test(v) && d.length === 13 && ean13Check(d.slice(0, 12)) === Number(d[12]);
}

export const NATIONAL_VALIDATORS = [nhsValid, ninoValid, steuerIdValid, nirValid, dniNieValid, codiceFiscaleValid, bsnValid, ahvValid];
export const ssnValid = (v: string): boolean => {
  const m = /^(\d{3})-(\d{2})-(\d{4})$/.exec(v);
  if (!m) return false;
  const a = Number(m[1]);
  return a !== 0 && a !== 666 && a < 900 && m[2] !== '00' && m[3] !== '0000';
};

// ---------------------------------------------------------------- generators

/** A payment-card number that passes Luhn, grouped as cards print it (not a network's published test number). */
export function card(rng: Rng): string {
  const kind = rng.int(0, 3);
  if (kind === 3) {
    const body = rng.pick(['34', '37']) + rng.digits(12);
    const n = body + luhnDigit(body);
    return rng.chance(0.5) ? `${n.slice(0, 4)} ${n.slice(4, 10)} ${n.slice(10)}` : n;
  }
  const prefix = kind === 0 ? '4' : kind === 1 ? String(rng.int(51, 55)) : String(rng.int(2221, 2720));
  const body = prefix + rng.digits(15 - prefix.length);
  const n = body + luhnDigit(body);
  const sep = rng.pick([' ', ' ', '-', '', '.']);
  return sep === '' ? n : (n.match(/.{4}/g) ?? []).join(sep);
}

/** Sixteen digits grouped like a card that fail Luhn. */
export function notACard(rng: Rng): string {
  let n: string;
  do n = rng.pick(['4', '5']) + rng.digits(15);
  while (luhn(n));
  return (n.match(/.{4}/g) ?? []).join(rng.pick([' ', '-']));
}

function bban(rng: Rng, cc: string): string {
  switch (cc) {
    case 'GB':
      return rng.chars(4, UPPER) + rng.digits(14);
    case 'IE':
      return rng.chars(4, UPPER) + rng.digits(14);
    case 'IT':
      return rng.chars(1, UPPER) + rng.digits(10) + rng.digits(12);
    case 'NL':
      return rng.chars(4, UPPER) + rng.digits(10);
    default:
      return rng.digits(IBAN_LENGTH[cc]! - 4);
  }
}

function ibanOf(cc: string, body: string): string {
  const check = 98 - mod97(toNumeric(body + cc + '00'));
  return cc + pad(check) + body;
}

const HOME_IBAN: Record<Lang, string> = { en: 'GB', de: 'DE', fr: 'FR', es: 'ES', it: 'IT', nl: 'NL' };
const grouped = (s: string): string => (s.match(/.{1,4}/g) ?? []).join(' ');

/** A mod-97-valid IBAN, mostly of the language's country, in blocks of four or run together. */
export function iban(rng: Rng, lang: Lang): string {
  const cc = rng.chance(0.7) ? HOME_IBAN[lang] : rng.pick(['BE', 'AT', 'CH', 'IE', 'PT', 'LU', 'DE', 'FR']);
  const v = ibanOf(cc, bban(rng, cc));
  return rng.chance(0.65) ? grouped(v) : v;
}

/** An IBAN-shaped string whose check digits are wrong. */
export function notAnIban(rng: Rng, lang: Lang): string {
  const cc = HOME_IBAN[lang];
  const good = ibanOf(cc, bban(rng, cc));
  const wrong = pad((Number(good.slice(2, 4)) + rng.int(1, 40)) % 97 || 13);
  const v = good.slice(0, 2) + wrong + good.slice(4);
  return ibanValid(v) || luhnRuns(grouped(v)).length ? notAnIban(rng, lang) : grouped(v);
}

export function ukSortCode(rng: Rng): string {
  return `${pad(rng.int(1, 99))}-${pad(rng.int(0, 99))}-${pad(rng.int(0, 99))}`;
}
export function ukAccount(rng: Rng): string {
  return String(rng.int(1, 9)) + rng.digits(7);
}
export function usRouting(rng: Rng): string {
  const body = pad(rng.int(1, 12)) + rng.digits(6);
  for (let c = 0; c < 10; c++) if (abaValid(body + c)) return body + c;
  throw new Error('unreachable');
}
export function usAccount(rng: Rng): string {
  return String(rng.int(1, 9)) + rng.digits(rng.int(8, 11));
}

export function nhs(rng: Rng): string {
  for (;;) {
    const nine = String(rng.int(4, 6)) + rng.digits(8);
    const c = nhsCheck(nine);
    if (c === 10) continue;
    const d = nine + (c === 11 ? 0 : c);
    return `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}`;
  }
}
export function nino(rng: Rng): string {
  for (;;) {
    const p = rng.pick([...NINO_FIRST]) + rng.pick([...NINO_SECOND]);
    if (NINO_BANNED.has(p)) continue;
    const d = rng.digits(6);
    const s = rng.pick(['A', 'B', 'C', 'D']);
    return rng.chance(0.5) ? `${p} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${s}` : `${p}${d}${s}`;
  }
}
export function steuerId(rng: Rng): string {
  for (;;) {
    const ds = rng.shuffle([...'0123456789']);
    const missing = ds.pop()!;
    void missing;
    const twice = rng.pick(ds);
    const ten = rng
      .shuffle([...ds, twice])
      .slice(0, 10)
      .join('');
    if (ten[0] === '0') continue;
    const v = ten + steuerCheck(ten);
    if (!steuerIdValid(v)) continue;
    return rng.chance(0.5) ? `${v.slice(0, 2)} ${v.slice(2, 5)} ${v.slice(5, 8)} ${v.slice(8)}` : v;
  }
}
export function nir(rng: Rng, birthYear: number, birthMonth: number): string {
  const body = `${rng.int(1, 2)}${pad(birthYear % 100)}${pad(birthMonth)}${pad(rng.int(1, 95))}${pad(rng.int(1, 999), 3)}${pad(rng.int(1, 999), 3)}`;
  const key = pad(97 - Number(BigInt(body) % 97n));
  const v = body + key;
  return rng.chance(0.5)
    ? `${v[0]} ${v.slice(1, 3)} ${v.slice(3, 5)} ${v.slice(5, 7)} ${v.slice(7, 10)} ${v.slice(10, 13)} ${v.slice(13)}`
    : v;
}
export function dni(rng: Rng): string {
  const n = rng.int(10_000_000, 79_999_999);
  return `${n}${rng.chance(0.3) ? '-' : ''}${DNI_LETTERS[n % 23]}`;
}
export function nie(rng: Rng): string {
  const lead = rng.int(0, 2);
  const seven = rng.digits(7);
  return `${'XYZ'[lead]}${seven}${DNI_LETTERS[Number(lead + seven) % 23]}`;
}
const CF_MONTH = 'ABCDEHLMPRST';
export function codiceFiscale(rng: Rng, year: number, month: number, day: number): string {
  const cons = 'BCDFGHJKLMNPRSTVZ';
  const head = rng.chars(3, cons) + rng.chars(3, cons);
  const female = rng.chance(0.5);
  const body = `${head}${pad(year % 100)}${CF_MONTH[month - 1]}${pad(day + (female ? 40 : 0))}${rng.pick(['A', 'C', 'F', 'H', 'L', 'D', 'G'])}${pad(rng.int(1, 999), 3)}`;
  return body + cfCheck(body);
}
export function bsn(rng: Rng): string {
  for (;;) {
    const eight = String(rng.int(1, 6)) + rng.digits(7);
    let s = 0;
    for (let i = 0; i < 8; i++) s += Number(eight[i]) * (9 - i);
    const last = s % 11;
    if (last > 9) continue;
    const v = eight + last;
    return rng.chance(0.3) ? `${v.slice(0, 4)}.${v.slice(4, 6)}.${v.slice(6)}` : v;
  }
}
export function ahv(rng: Rng): string {
  const twelve = '756' + rng.digits(9);
  const d = twelve + ean13Check(twelve);
  return `${d.slice(0, 3)}.${d.slice(3, 7)}.${d.slice(7, 11)}.${d.slice(11)}`;
}
export function ssn(rng: Rng): string {
  let a: number;
  do a = rng.int(1, 899);
  while (a === 666);
  return `${pad(a, 3)}-${pad(rng.int(1, 99))}-${pad(rng.int(1, 9999), 4)}`;
}

/** The national id a document of this language would carry. */
export function nationalId(rng: Rng, lang: Lang): string {
  const y = rng.int(1950, 2004);
  const m = rng.int(1, 12);
  switch (lang) {
    case 'en':
      return rng.chance(0.5) ? nhs(rng) : nino(rng);
    case 'de':
      return rng.chance(0.8) ? steuerId(rng) : ahv(rng);
    case 'fr':
      return rng.chance(0.85) ? nir(rng, y, m) : ahv(rng);
    case 'es':
      return rng.chance(0.6) ? dni(rng) : nie(rng);
    case 'it':
      return codiceFiscale(rng, y, m, rng.int(1, 28));
    case 'nl':
      return bsn(rng);
  }
}

export function passport(rng: Rng, lang: Lang): string {
  switch (lang) {
    case 'en':
      return rng.digits(9);
    case 'de':
      return rng.chars(1, 'CFGHJK') + rng.chars(8, 'CFGHJKLMNPRTVWXYZ0123456789');
    case 'fr':
      return rng.digits(2) + rng.chars(2, 'ABCDEFGHJKLMNPRSTUVWXYZ') + rng.digits(5);
    case 'es':
      return rng.chars(3, 'ABCDEFGHJKLMNPRSTUVWXYZ') + rng.digits(6);
    case 'it':
      return rng.chars(2, 'ABCDEFGHJKLMNPRSTUVWXYZ') + rng.digits(7);
    case 'nl':
      return rng.chars(2, 'ABCDEFGHJKLMNPRSTUVWXYZ') + rng.chars(6, 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789') + rng.digits(1);
  }
}

export function driverLicense(rng: Rng, lang: Lang): string {
  switch (lang) {
    case 'en':
      return `${rng.chars(5, UPPER)}${rng.int(5, 9)}${pad(rng.int(1, 12))}${pad(rng.int(1, 28))}${rng.int(0, 9)}${rng.chars(2, UPPER)}9${rng.chars(2, UPPER)}`;
    case 'de':
      return rng.chars(1, UPPER) + rng.digits(3) + rng.chars(4, 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789') + rng.digits(2) + rng.chars(1, UPPER);
    case 'fr':
      return rng.digits(2) + rng.chars(2, UPPER) + rng.digits(5) + rng.digits(3);
    case 'es':
      return dni(rng).replace('-', '');
    case 'it':
      return rng.chars(2, UPPER) + rng.digits(7) + rng.chars(1, UPPER);
    case 'nl':
      return rng.digits(10);
  }
}

const PHONES: Record<Lang, ((r: Rng) => string)[]> = {
  en: [
    (r) => `07${r.digits(3)} ${r.digits(6)}`,
    (r) => `+44 7${r.digits(3)} ${r.digits(3)} ${r.digits(3)}`,
    (r) => `020 ${r.int(3, 8)}${r.digits(3)} ${r.digits(4)}`,
    (r) => `0161 ${r.digits(3)} ${r.digits(4)}`,
    (r) => `(${r.int(201, 989)}) ${r.int(200, 999)}-${r.digits(4)}`,
    (r) => `+1 ${r.int(201, 989)}.${r.int(200, 999)}.${r.digits(4)}`,
    (r) => `+353 8${r.int(3, 9)} ${r.digits(3)} ${r.digits(4)}`,
  ],
  de: [
    (r) => `0${r.pick(['151', '160', '170', '176', '1522'])} ${r.digits(7)}`,
    (r) => `+49 (0)${r.pick(['30', '40', '89', '221', '711'])} ${r.digits(3)} ${r.digits(4)}`,
    (r) => `0${r.pick(['171', '172', '157'])}/${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`,
    (r) => `+49 1${r.int(51, 79)} ${r.digits(8)}`,
    (r) => `+43 664 ${r.digits(3)} ${r.digits(4)}`,
    (r) => `0${r.pick(['341', '351', '511', '621'])}-${r.digits(6)}`,
  ],
  fr: [
    (r) => `0${r.int(6, 7)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`,
    (r) => `+33 ${r.int(6, 7)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`,
    (r) => `0${r.int(1, 5)}.${r.digits(2)}.${r.digits(2)}.${r.digits(2)}.${r.digits(2)}`,
    (r) => `+33 (0)${r.int(1, 5)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`,
    (r) => `+32 47${r.int(0, 9)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`,
    (r) => `+41 7${r.int(6, 9)} ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`,
  ],
  es: [
    (r) => `6${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`,
    (r) => `+34 6${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`,
    (r) => `91 ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`,
    (r) => `9${r.int(3, 8)}${r.digits(1)}-${r.digits(3)}-${r.digits(3)}`,
    (r) => `(+34) 7${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`,
    (r) => `+52 55 ${r.digits(4)} ${r.digits(4)}`,
  ],
  it: [
    (r) => `3${r.int(20, 99)} ${r.digits(3)} ${r.digits(4)}`,
    (r) => `+39 3${r.int(20, 99)} ${r.digits(7)}`,
    (r) => `06 ${r.digits(4)} ${r.digits(4)}`,
    (r) => `02-${r.digits(8)}`,
    (r) => `0039 3${r.int(20, 99)}.${r.digits(3)}.${r.digits(4)}`,
    (r) => `+41 91 ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`,
  ],
  nl: [
    (r) => `06-${r.digits(8)}`,
    (r) => `+31 6 ${r.digits(4)} ${r.digits(4)}`,
    (r) => `020 ${r.digits(3)} ${r.digits(4)}`,
    (r) => `(010) ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`,
    (r) => `0031 6 ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`,
    (r) => `+32 4${r.int(70, 99)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`,
  ],
};
export function phone(rng: Rng, lang: Lang): string {
  return rng.pick(PHONES[lang])(rng);
}

const STREETS: Record<Lang, readonly string[]> = {
  en: [
    'Alderney Road',
    'Mill Lane',
    'Ferndale Avenue',
    'Kingsholm Close',
    'Bramley Crescent',
    'Orchard Street',
    'Pottery Row',
    'Heather Drive',
  ],
  de: ['Lindenallee', 'Kastanienweg', 'Am Mühlbach', 'Feldstraße', 'Schillerplatz', 'Talstraße', 'Rosenhang', 'Brunnengasse'],
  fr: [
    'rue des Tanneurs',
    'avenue des Tilleuls',
    'chemin du Moulin',
    'rue de la Forge',
    'boulevard Gambetta',
    'impasse des Lilas',
    'allée des Peupliers',
  ],
  es: [
    'Calle del Pez',
    'Avenida de la Constitución',
    'Calle Mayor',
    'Paseo de las Acacias',
    'Calle de la Luna',
    'Ronda de Poniente',
    'Plaza del Olivo',
  ],
  it: [
    'Via dei Mille',
    'Via della Spiga',
    'Corso Vittorio Emanuele II',
    'Viale dei Tigli',
    'Via San Rocco',
    'Piazza delle Erbe',
    'Vicolo del Pozzo',
  ],
  nl: ['Lindelaan', 'Kerkstraat', 'Molenweg', 'Prinsengracht', 'Wilgenhof', 'Achterom', 'Sluisdijk', 'Bloemstraat'],
};
const CITIES: Record<Lang, readonly string[]> = {
  en: ['Leeds', 'Bristol', 'Norwich', 'Cardiff', 'York', 'Exeter'],
  de: ['Kassel', 'Bamberg', 'Freiburg im Breisgau', 'Lübeck', 'Gera', 'Paderborn'],
  fr: ['Angers', 'Besançon', 'Nancy', 'Rennes', 'Perpignan', 'Tours'],
  es: ['Valladolid', 'Cáceres', 'Zaragoza', 'Murcia', 'Oviedo', 'Granada'],
  it: ['Bergamo', 'Lecce', 'Trento', 'Parma', 'Perugia', 'Cagliari'],
  nl: ['Zwolle', 'Haarlem', 'Tilburg', 'Deventer', 'Leeuwarden', 'Delft'],
};
function postcode(rng: Rng, lang: Lang): string {
  switch (lang) {
    case 'en':
      return `${rng.chars(2, 'BCLMNSY')}${rng.int(1, 19)} ${rng.int(1, 9)}${rng.chars(2, 'ABDEFGHJLNPQRSTUWXYZ')}`;
    case 'de':
      return pad(rng.int(1067, 99998), 5);
    case 'fr':
      return pad(rng.int(1000, 95999), 5);
    case 'es':
      return pad(rng.int(1001, 52080), 5);
    case 'it':
      return pad(rng.int(10010, 98168), 5);
    case 'nl':
      return `${rng.int(1011, 9999)} ${rng.chars(2, 'ABCDEGHJKLMNPRTVWXZ')}`;
  }
}

/** A street address of the language's country; `lines` puts it on several lines. */
export function address(rng: Rng, lang: Lang, lines = false): string {
  const street = rng.pick(STREETS[lang]);
  const city = rng.pick(CITIES[lang]);
  const n = rng.int(1, 160);
  const pc = postcode(rng, lang);
  const sep = lines ? '\n' : ', ';
  switch (lang) {
    case 'en':
      return rng.chance(0.5) ? `${n} ${street}${sep}${city}${sep}${pc}` : `Flat ${rng.int(1, 9)}, ${n} ${street}${sep}${city} ${pc}`;
    case 'de':
      return `${street} ${n}${rng.chance(0.2) ? 'a' : ''}${sep}${pc} ${city}`;
    case 'fr':
      return `${n}${rng.chance(0.2) ? ' bis' : ''} ${street}${sep}${pc} ${city}`;
    case 'es':
      return `${street}, ${n}, ${rng.int(1, 8)}º ${rng.pick(['A', 'B', 'C', 'izda.', 'dcha.'])}${sep}${pc} ${city}`;
    case 'it':
      return `${street} ${n}${rng.chance(0.2) ? '/B' : ''}${sep}${pc} ${city}${rng.chance(0.5) ? ` (${city.slice(0, 2).toUpperCase()})` : ''}`;
    case 'nl':
      return `${street} ${n}${rng.chance(0.2) ? '-II' : ''}${sep}${pc} ${city}`;
  }
}

const MONTHS: Record<Lang, readonly string[]> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  de: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  it: ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
};

/** A date in one of the language's usual spellings. */
export function dateIn(rng: Rng, lang: Lang, y: number, m: number, d: number): string {
  const name = MONTHS[lang][m - 1]!;
  const forms: Record<Lang, string[]> = {
    en: [`${d} ${name} ${y}`, `${name} ${d}, ${y}`, `${pad(m)}/${pad(d)}/${y}`, `${y}-${pad(m)}-${pad(d)}`, `${pad(d)}/${pad(m)}/${y}`],
    de: [`${pad(d)}.${pad(m)}.${y}`, `${d}. ${name} ${y}`, `${d}.${m}.${y}`],
    fr: [`${pad(d)}/${pad(m)}/${y}`, `${d === 1 ? '1er' : d} ${name} ${y}`, `${pad(d)}.${pad(m)}.${y}`],
    es: [`${pad(d)}/${pad(m)}/${y}`, `${d} de ${name} de ${y}`, `${d}-${m}-${y}`],
    it: [`${pad(d)}/${pad(m)}/${y}`, `${d} ${name} ${y}`, `${pad(d)}.${pad(m)}.${y}`],
    nl: [`${pad(d)}-${pad(m)}-${y}`, `${d} ${name} ${y}`, `${pad(d)}/${pad(m)}/${y}`],
  };
  return rng.pick(forms[lang]);
}
export function birthDate(rng: Rng, lang: Lang, minYear = 1938, maxYear = 2006): string {
  return dateIn(rng, lang, rng.int(minYear, maxYear), rng.int(1, 12), rng.int(1, 28));
}
/** A date that is not a birth date: a meeting, a deadline, a delivery. */
export function otherDate(rng: Rng, lang: Lang): string {
  return dateIn(rng, lang, rng.int(2024, 2027), rng.int(1, 12), rng.int(1, 28));
}

export function apiKey(rng: Rng): string {
  return rng.pick([
    () => `sk_live_${rng.chars(28, ALNUM)}`,
    () => `ghp_${rng.chars(36, ALNUM)}`,
    () => `glpat-${rng.chars(20, ALNUM)}`,
    () => `xoxb-${rng.digits(12)}-${rng.digits(13)}-${rng.chars(24, ALNUM)}`,
    () => `AKIA${rng.chars(16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')}`,
    () => `SG.${rng.chars(22, ALNUM)}.${rng.chars(43, ALNUM)}`,
    () => rng.chars(40, HEX),
    () => `pk_${rng.chars(8, HEX)}_${rng.chars(32, ALNUM)}`,
  ])();
}

const b64url = (s: string): string => Buffer.from(s).toString('base64url');
export function jwt(rng: Rng): string {
  const head = b64url('{"alg":"HS256","typ":"JWT"}');
  const body = b64url(
    JSON.stringify({ sub: rng.digits(7), iat: 1_760_000_000 + rng.int(0, 9_999_999), role: rng.pick(['user', 'admin', 'ops']) }),
  );
  return `${head}.${body}.${rng.chars(43, ALNUM + '-_')}`;
}

const WORDS: Record<Lang, readonly string[]> = {
  en: ['lantern', 'gravel', 'otter', 'plum', 'canyon', 'velvet', 'biscuit', 'harbour', 'tulip', 'marble', 'thistle', 'rocket'],
  de: ['Kieselstein', 'Fuchs', 'Wolke', 'Gurke', 'Leuchtturm', 'Haselnuss', 'Brezel', 'Schaukel', 'Tanne', 'Igel', 'Kompass'],
  fr: ['girafe', 'brioche', 'falaise', 'lanterne', 'cerise', 'moustique', 'parapluie', 'rocher', 'tartine', 'hibou'],
  es: ['tortuga', 'naranja', 'ventana', 'cometa', 'almendra', 'faro', 'guitarra', 'bigote', 'castaña', 'pimiento'],
  it: ['carciofo', 'lucertola', 'ombrello', 'tramonto', 'biscotto', 'cipresso', 'girasole', 'pennello', 'scoiattolo'],
  nl: ['stroopwafel', 'kikker', 'windmolen', 'paraplu', 'drop', 'tulpenbol', 'fietsbel', 'zeehond', 'hagelslag', 'kapstok'],
};
/** A password as people write them: memorable, leetish, random, or a passphrase of random words. */
export function password(rng: Rng, lang: Lang): string {
  const w = (): string => rng.pick(WORDS[lang]);
  const cap = (s: string): string => s[0]!.toUpperCase() + s.slice(1);
  return rng.pick([
    () => `${cap(w())}${rng.int(1, 99)}${rng.pick(['!', '?', '#', '$', '*'])}`,
    () => `${w()}-${w()}-${w()}-${rng.int(10, 99)}`,
    () => `${rng.chars(4, ALNUM)}${rng.pick(['!', '%', '&'])}${rng.chars(6, ALNUM)}`,
    () => `${cap(w()).replace(/o/g, '0').replace(/e/g, '3')}_${rng.int(1970, 2019)}`,
    () => `${w()} ${w()} ${w()} ${w()}`,
  ])();
}

export function connectionString(rng: Rng): string {
  const user = rng.pick(['app', 'svc_billing', 'reporting', 'django', 'etl']);
  const pw = rng.chars(rng.int(10, 16), ALNUM);
  const host = rng.pick(['db-prod-2.internal', '10.20.4.17', 'pg.eu-west.example-corp.net', 'mysql01.lan']);
  return rng.pick([
    () => `postgres://${user}:${pw}@${host}:5432/${rng.pick(['orders', 'crm', 'hr'])}`,
    () => `mysql://${user}:${pw}@${host}:3306/${rng.pick(['shop', 'wiki'])}`,
    () => `mongodb+srv://${user}:${pw}@cluster0.${rng.chars(5, 'abcdefghijklmnopqrstuvwxyz0123456789')}.mongodb.net/?retryWrites=true`,
    () => `redis://:${pw}@${host}:6379/0`,
  ])();
}

/** A private or public host address outside the loopback and documentation ranges. */
export function ip(rng: Rng): string {
  return rng.pick([
    () => `10.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}`,
    () => `192.168.${rng.int(0, 255)}.${rng.int(2, 254)}`,
    () => `172.${rng.int(16, 31)}.${rng.int(0, 255)}.${rng.int(1, 254)}`,
    () => `${rng.pick([81, 88, 91, 145, 185, 213])}.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}`,
    () => `fe80::${rng.chars(4, HEX)}:${rng.chars(4, HEX)}:${rng.chars(3, HEX)}:${rng.chars(4, HEX)}`,
  ])();
}
export function docIp(rng: Rng): string {
  return rng.pick([
    `192.0.2.${rng.int(1, 254)}`,
    `198.51.100.${rng.int(1, 254)}`,
    `203.0.113.${rng.int(1, 254)}`,
    `2001:db8::${rng.int(1, 99)}`,
    `127.0.0.${rng.int(1, 254)}`,
  ]);
}

export function orderNumber(rng: Rng): string {
  return rng.pick([
    () => `#${rng.int(100000, 999999)}`,
    () => `${rng.chars(3, UPPER)}-${rng.int(2024, 2026)}-${rng.digits(5)}`,
    () => `${rng.chars(2, UPPER)}${rng.digits(9)}${rng.pick(['DE', 'GB', 'NL', 'FR'])}`,
    () => `INV-${rng.digits(6)}`,
  ])();
}
export const version = (rng: Rng): string => `${rng.int(0, 9)}.${rng.int(0, 30)}.${rng.int(0, 19)}`;
export const commitHash = (rng: Rng): string => rng.chars(rng.pick([7, 12, 40]), HEX);
export function uuid(rng: Rng): string {
  const h = (n: number): string => rng.chars(n, HEX);
  return `${h(8)}-${h(4)}-4${h(3)}-${rng.pick(['8', '9', 'a', 'b'])}${h(3)}-${h(12)}`;
}
export function amount(rng: Rng, lang: Lang): string {
  const n = rng.int(12, 4800);
  const c = rng.int(0, 99);
  return lang === 'en' ? `£${n.toLocaleString('en-GB')}.${pad(c)}` : `${n.toLocaleString('de-DE')},${pad(c)} €`;
}
