// Values of this set and its own validators, written from the public descriptions of each scheme (no other set's
// code): phones, addresses and birth dates in each country's formats, IBANs (mod 97), card numbers (Luhn), national
// ids with their check digits, bank accounts, passports, driving licences, secrets and host addresses, and the
// look-alikes the hard negatives use (Luhn-failing numbers, wrong IBAN check digits, published test cards, order and
// tracking numbers, versions, hashes, UUIDs, documentation-range addresses, dates that are not birth dates).
import type { Lang } from '../pii-blind/doc.ts';
import type { Rng } from '../pii-independent/rng.ts';

export const digitsOf = (s: string): string => s.replace(/\D/g, '');
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const HEX = '0123456789abcdef';
const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/** Groups of `size` characters joined by `sep`. */
function group(s: string, size: number, sep = ' '): string {
  const out: string[] = [];
  for (let i = 0; i < s.length; i += size) out.push(s.slice(i, i + size));
  return out.join(sep);
}

// ---- Luhn ----

export function luhn(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
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

/** The digit that makes `body` + digit pass Luhn. */
export function luhnDigit(body: string): string {
  for (let d = 0; d < 10; d++) if (luhn(body + d)) return String(d);
  throw new Error('unreachable');
}

/** Runs of 13 to 19 digits (single spaces or hyphens between them allowed) that pass Luhn. */
export function luhnRuns(text: string): { index: number; text: string }[] {
  const out: { index: number; text: string }[] = [];
  for (const m of text.matchAll(/(?<![\d-])\d(?:[ -]?\d){12,18}(?![\d])/g))
    if (luhn(digitsOf(m[0]))) out.push({ index: m.index, text: m[0] });
  return out;
}

// ---- cards ----

export const TEST_CARDS = [
  '4242424242424242',
  '4111111111111111',
  '5555555555554444',
  '378282246310005',
  '4000056655665556',
  '5105105105105100',
];

function cardDigits(rng: Rng): { digits: string; amex: boolean } {
  const kind = rng.pick(['visa', 'visa', 'mc', 'mc2', 'amex']);
  if (kind === 'amex') {
    const body = rng.pick(['34', '37']) + rng.digits(12);
    return { digits: body + luhnDigit(body), amex: true };
  }
  const prefix = kind === 'visa' ? '4' : kind === 'mc' ? `5${rng.int(1, 5)}` : String(rng.int(2221, 2720));
  const body = prefix + rng.digits(15 - prefix.length);
  return { digits: body + luhnDigit(body), amex: false };
}

function formatCard(rng: Rng, digits: string, amex: boolean): string {
  if (amex) {
    const parts = [digits.slice(0, 4), digits.slice(4, 10), digits.slice(10)];
    return parts.join(rng.pick([' ', ' ', '-']));
  }
  return rng.pick([() => group(digits, 4), () => group(digits, 4), () => group(digits, 4, '-'), () => digits])();
}

/** A Luhn-valid card number that is not a published test number. */
export function card(rng: Rng): string {
  let c = cardDigits(rng);
  while (TEST_CARDS.includes(c.digits)) c = cardDigits(rng);
  return formatCard(rng, c.digits, c.amex);
}

/** A 16-digit card-shaped number that fails Luhn. */
export function notACard(rng: Rng): string {
  const { digits } = cardDigits(rng);
  const last = Number(digits[digits.length - 1]);
  const bad = digits.slice(0, -1) + String((last + rng.int(1, 9)) % 10);
  return rng.chance(0.5) ? group(bad, bad.length === 15 ? 5 : 4) : bad;
}

export function testCard(rng: Rng): string {
  const d = rng.pick(TEST_CARDS);
  return d.length === 15 ? `${d.slice(0, 4)} ${d.slice(4, 10)} ${d.slice(10)}` : group(d, 4);
}

// ---- IBAN ----

const IBAN_LENGTH: Record<string, number> = {
  GB: 22, IE: 22, DE: 22, AT: 20, CH: 21, FR: 27, BE: 16, LU: 20, ES: 24, IT: 27, NL: 18, GR: 27, GE: 22,
}; // prettier-ignore

function mod97(numeric: string): number {
  let r = 0;
  for (const ch of numeric) r = (r * 10 + Number(ch)) % 97;
  return r;
}
const toNumeric = (s: string): string => [...s.toUpperCase()].map((c) => (/[A-Z]/.test(c) ? String(c.charCodeAt(0) - 55) : c)).join('');

export function ibanValid(value: string): boolean {
  const s = value.replace(/[\s-]/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(s)) return false;
  const len = IBAN_LENGTH[s.slice(0, 2)];
  if (len !== undefined && s.length !== len) return false;
  if (s.length < 15 || s.length > 34) return false;
  return mod97(toNumeric(s.slice(4) + s.slice(0, 4))) === 1;
}

function bban(rng: Rng, country: string): string {
  switch (country) {
    case 'GB':
      return rng.pick(['BARC', 'LOYD', 'NWBK', 'HBUK', 'MIDL', 'MONZ']) + rng.digits(14);
    case 'IE':
      return rng.pick(['AIBK', 'BOFI', 'IPBS']) + rng.digits(14);
    case 'DE':
      return rng.digits(18);
    case 'AT':
      return rng.digits(16);
    case 'CH':
      return rng.digits(17);
    case 'FR':
      return rng.digits(23);
    case 'BE': {
      const n = rng.digits(10);
      const k = Number(BigInt(n) % 97n) || 97;
      return n + pad(k);
    }
    case 'LU':
      return rng.digits(16);
    case 'ES':
      return rng.digits(20);
    case 'IT':
      return rng.chars(1, UPPER) + rng.digits(22);
    case 'NL':
      return rng.pick(['INGB', 'ABNA', 'RABO', 'TRIO', 'SNSB', 'ASNB', 'KNAB', 'BUNQ']) + rng.digits(10);
    case 'GR':
      return rng.pick(['011', '014', '017', '026']) + rng.digits(20);
    case 'GE':
      return rng.pick(['TB', 'BG', 'LB', 'CD']) + rng.digits(16);
    default:
      throw new Error(`no IBAN format for ${country}`);
  }
}

function ibanCompact(rng: Rng, country: string): string {
  const b = bban(rng, country);
  const check = 98 - mod97(toNumeric(b + country + '00'));
  return country + pad(check) + b;
}

export function ibanOf(rng: Rng, country: string): string {
  const s = ibanCompact(rng, country);
  return rng.chance(0.75) ? group(s, 4) : s;
}

const IBAN_COUNTRIES: Record<Lang, string[]> = {
  en: ['GB', 'GB', 'IE'],
  de: ['DE', 'DE', 'AT', 'CH'],
  fr: ['FR', 'FR', 'BE', 'LU'],
  es: ['ES'],
  it: ['IT'],
  nl: ['NL', 'NL', 'BE'],
};

export const iban = (rng: Rng, lang: Lang): string => ibanOf(rng, rng.pick(IBAN_COUNTRIES[lang]));

/** An IBAN of the language's country with wrong check digits (and no Luhn-valid run of digits inside). */
export function notAnIban(rng: Rng, lang: Lang): string {
  const s = ibanCompact(rng, rng.pick(IBAN_COUNTRIES[lang]));
  const check = Number(s.slice(2, 4));
  const bad = s.slice(0, 2) + pad((check + rng.int(1, 90)) % 97 || 3) + s.slice(4);
  const out = group(bad, 4);
  return ibanValid(bad) || luhnRuns(out).length > 0 ? notAnIban(rng, lang) : out;
}

// ---- national ids ----

const weighted = (digits: string, weights: readonly number[]): number => weights.reduce((s, w, i) => s + w * Number(digits[i]), 0);

/** NHS number: ten digits, the last the mod 11 check of the first nine (weights 10..2). */
export function nhsValid(v: string): boolean {
  const d = digitsOf(v);
  if (!/^\d{3}[ -]?\d{3}[ -]?\d{4}$/.test(v.trim()) || d.length !== 10) return false;
  const c = 11 - (weighted(d, [10, 9, 8, 7, 6, 5, 4, 3, 2]) % 11);
  return (c === 11 ? 0 : c) === Number(d[9]) && c !== 10;
}
export function nhs(rng: Rng): string {
  for (;;) {
    const body = String(rng.int(4, 7)) + rng.digits(8);
    const c = 11 - (weighted(body, [10, 9, 8, 7, 6, 5, 4, 3, 2]) % 11);
    if (c === 10) continue;
    const d = body + String(c === 11 ? 0 : c);
    return `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}`;
  }
}

/** UK National Insurance number: two letters (not D F I Q U V, second not O, not BG GB KN NK NT TN ZZ), six digits,
 * A–D. */
export function ninoValid(v: string): boolean {
  const s = v.replace(/\s/g, '').toUpperCase();
  return /^(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$/.test(s);
}
export function nino(rng: Rng): string {
  for (;;) {
    const p = rng.chars(1, 'ABCEGHJKLMNPRSTWXYZ') + rng.chars(1, 'ABCEGHJKLMNPRSTWXYZ');
    const s = p + rng.digits(6) + rng.chars(1, 'ABCD');
    if (!ninoValid(s)) continue;
    return rng.chance(0.5) ? `${s.slice(0, 2)} ${s.slice(2, 4)} ${s.slice(4, 6)} ${s.slice(6, 8)} ${s[8]}` : s;
  }
}

/** Irish PPS number: seven digits and a mod 23 check letter (weights 8..2). */
export function ppsValid(v: string): boolean {
  const m = /^(\d{7})([A-W])$/i.exec(v.trim());
  if (!m) return false;
  return 'WABCDEFGHIJKLMNOPQRSTUV'[weighted(m[1]!, [8, 7, 6, 5, 4, 3, 2]) % 23] === m[2]!.toUpperCase();
}
export function pps(rng: Rng): string {
  const d = rng.digits(7);
  return d + 'WABCDEFGHIJKLMNOPQRSTUV'[weighted(d, [8, 7, 6, 5, 4, 3, 2]) % 23];
}

/** ISO 7064 MOD 11,10 check digit, as the German tax id uses it. */
function mod1110(body: string): number {
  let product = 10;
  for (const ch of body) {
    let sum = (Number(ch) + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  const c = 11 - product;
  return c === 10 ? 0 : c;
}

/** German Steuer-ID: eleven digits, no leading zero, in the first ten one digit twice or three times and the rest
 * at most once, the last the MOD 11,10 check. */
export function steuerIdValid(v: string): boolean {
  const d = digitsOf(v);
  if (!/^\d{2} ?\d{3} ?\d{3} ?\d{3}$/.test(v.trim()) || d.length !== 11 || d[0] === '0') return false;
  const counts = new Map<string, number>();
  for (const ch of d.slice(0, 10)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  const multi = [...counts.values()].filter((n) => n > 1);
  if (multi.length !== 1 || multi[0]! > 3) return false;
  return mod1110(d.slice(0, 10)) === Number(d[10]);
}
export function steuerId(rng: Rng): string {
  for (;;) {
    const digits = rng.shuffle([...'0123456789']).slice(0, 9);
    digits.push(rng.pick(digits));
    const body = rng.shuffle(digits).join('');
    if (body[0] === '0') continue;
    const d = body + mod1110(body);
    if (!steuerIdValid(d)) continue;
    return rng.chance(0.5) ? `${d.slice(0, 2)} ${d.slice(2, 5)} ${d.slice(5, 8)} ${d.slice(8)}` : d;
  }
}

export interface Birth {
  y: number;
  m: number;
  d: number;
}
const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
export function drawBirth(rng: Rng, from: number, to: number): Birth {
  const y = rng.int(from, to);
  const m = rng.int(1, 12);
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  return { y, m, d: rng.int(1, m === 2 && leap ? 29 : DAYS[m - 1]!) };
}
const yy = (b: Birth): string => pad(b.y % 100);

/** Austrian social insurance number: three serial digits, a check digit (weights 3 7 9 · 5 8 4 2 1 6, mod 11), and
 * the birth date DDMMYY. */
export function svnrValid(v: string): boolean {
  const d = digitsOf(v);
  if (!/^\d{4} ?\d{6}$/.test(v.trim()) || d[0] === '0') return false;
  const s = [3, 7, 9, 0, 5, 8, 4, 2, 1, 6].reduce((a, w, i) => a + w * Number(d[i]), 0) % 11;
  return s !== 10 && s === Number(d[3]);
}
export function svnr(rng: Rng, b: Birth): string {
  for (;;) {
    const serial = String(rng.int(100, 999));
    const date = pad(b.d) + pad(b.m) + yy(b);
    const s = [3, 7, 9, 5, 8, 4, 2, 1, 6].reduce((a, w, i) => a + w * Number((serial + date)[i]), 0) % 11;
    if (s === 10) continue;
    return `${serial}${s} ${date}`;
  }
}

/** Swiss AHV number: 756, nine digits and an EAN-13 check digit. */
export function ahvValid(v: string): boolean {
  const d = digitsOf(v);
  if (!/^756\.?\d{4}\.?\d{4}\.?\d{2}$/.test(v.trim())) return false;
  return ean13Digit(d.slice(0, 12)) === Number(d[12]);
}
function ean13Digit(body: string): number {
  const s = [...body].reduce((a, ch, i) => a + Number(ch) * (i % 2 === 0 ? 1 : 3), 0);
  return (10 - (s % 10)) % 10;
}
export function ahv(rng: Rng): string {
  const body = '756' + rng.digits(9);
  const d = body + ean13Digit(body);
  return `${d.slice(0, 3)}.${d.slice(3, 7)}.${d.slice(7, 11)}.${d.slice(11)}`;
}

/** French NIR: sex, YY, MM, department (99 for the born abroad), commune or country, order, and the key 97 − n mod
 * 97. */
export function nirValid(v: string): boolean {
  const d = digitsOf(v);
  if (!/^[12] ?\d{2} ?\d{2} ?\d{2} ?\d{3} ?\d{3} ?\d{2}$/.test(v.trim())) return false;
  return 97 - Number(BigInt(d.slice(0, 13)) % 97n) === Number(d.slice(13));
}
/** INSEE codes of the countries of birth of this set's people: Greece 99134, Armenia 99252, Georgia 99255. */
export const INSEE_COUNTRY: Record<string, string> = { el: '134', hy: '252', ka_GE: '255' };
export function nir(rng: Rng, female: boolean, b: Birth, country?: string): string {
  const dept = country ? '99' : pad(rng.pick([rng.int(1, 19), rng.int(21, 95)]));
  const place = country ?? pad(rng.int(1, 600), 3);
  const body = `${female ? 2 : 1}${yy(b)}${pad(b.m)}${dept}${place}${pad(rng.int(1, 999), 3)}`;
  const key = pad(97 - Number(BigInt(body) % 97n));
  return `${body[0]} ${body.slice(1, 3)} ${body.slice(3, 5)} ${body.slice(5, 7)} ${body.slice(7, 10)} ${body.slice(10, 13)} ${key}`;
}

/** Belgian national register number: YYMMDD, a serial (odd for men, even for women) and 97 − n mod 97, where n has
 * a leading 2 for those born from 2000. */
export function belgianRrnValid(v: string): boolean {
  const d = digitsOf(v);
  if (!/^\d{2}\.?\d{2}\.?\d{2}[ -]?\d{3}[.]?\d{2}$/.test(v.trim()) || d.length !== 11) return false;
  const body = d.slice(0, 9);
  const key = Number(d.slice(9));
  return 97 - Number(BigInt(body) % 97n) === key || 97 - Number(BigInt('2' + body) % 97n) === key;
}
export function belgianRrn(rng: Rng, female: boolean, b: Birth): string {
  let serial = rng.int(1, 997);
  if (serial % 2 === (female ? 1 : 0)) serial += 1;
  const body = `${yy(b)}${pad(b.m)}${pad(b.d)}${pad(serial, 3)}`;
  const key = pad(97 - Number(BigInt((b.y >= 2000 ? '2' : '') + body) % 97n));
  return `${body.slice(0, 2)}.${body.slice(2, 4)}.${body.slice(4, 6)}-${body.slice(6, 9)}.${key}`;
}

const DNI_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';
export function dniValid(v: string): boolean {
  const m = /^(\d{8})-?([A-Z])$/.exec(v.trim());
  return !!m && DNI_LETTERS[Number(m[1]) % 23] === m[2];
}
export function dni(rng: Rng): string {
  const n = String(rng.int(10_000_000, 79_999_999));
  return n + DNI_LETTERS[Number(n) % 23];
}
export function nieValid(v: string): boolean {
  const m = /^([XYZ])-?(\d{7})-?([A-Z])$/.exec(v.trim());
  return !!m && DNI_LETTERS[Number('XYZ'.indexOf(m[1]!) + m[2]!) % 23] === m[3];
}
export function nie(rng: Rng): string {
  const p = rng.pick(['X', 'Y', 'Z']);
  const n = rng.digits(7);
  return p + n + DNI_LETTERS[Number('XYZ'.indexOf(p) + n) % 23];
}

// Codice fiscale: the check character from the odd- and even-position values.
const CF_ODD: Record<string, number> = {
  '0': 1, '1': 0, '2': 5, '3': 7, '4': 9, '5': 13, '6': 15, '7': 17, '8': 19, '9': 21,
  A: 1, B: 0, C: 5, D: 7, E: 9, F: 13, G: 15, H: 17, I: 19, J: 21, K: 2, L: 4, M: 18, N: 20, O: 11, P: 3, Q: 6,
  R: 8, S: 12, T: 14, U: 16, V: 10, W: 22, X: 25, Y: 24, Z: 23,
}; // prettier-ignore
const cfEven = (c: string): number => (/\d/.test(c) ? Number(c) : c.charCodeAt(0) - 65);
function cfCheck(body: string): string {
  let s = 0;
  for (let i = 0; i < 15; i++) s += i % 2 === 0 ? CF_ODD[body[i]!]! : cfEven(body[i]!);
  return UPPER[s % 26]!;
}
export function codiceFiscaleValid(v: string): boolean {
  const s = v.trim().toUpperCase();
  return /^[A-Z]{6}\d{2}[ABCDEHLMPRST]\d{2}[A-Z]\d{3}[A-Z]$/.test(s) && cfCheck(s.slice(0, 15)) === s[15];
}
const consonants = (s: string): string => s.toUpperCase().replace(/[^A-Z]|[AEIOU]/g, '');
const vowels = (s: string): string => s.toUpperCase().replace(/[^AEIOU]/g, '');
/** Belfiore codes of the countries of birth: Greece Z115, Armenia Z252, Georgia Z254. */
export const BELFIORE: Record<string, string> = { el: 'Z115', hy: 'Z252', ka_GE: 'Z254' };
/** The codice fiscale of a person: three letters of the surname, three of the given name, birth year, month letter,
 * day (+40 for women), the Belfiore code of the place of birth and the check letter. */
export function codiceFiscaleOf(surname: string, given: string, female: boolean, b: Birth, place: string): string {
  const s = (consonants(surname) + vowels(surname) + 'XXX').slice(0, 3);
  const gc = consonants(given);
  const g = gc.length >= 4 ? gc[0]! + gc[2]! + gc[3]! : (gc + vowels(given) + 'XXX').slice(0, 3);
  const body = `${s}${g}${yy(b)}${'ABCDEHLMPRST'[b.m - 1]}${pad(b.d + (female ? 40 : 0))}${place}`;
  return body + cfCheck(body);
}

/** Dutch BSN: nine digits passing the eleven test (weights 9..2 and −1). */
export function bsnValid(v: string): boolean {
  const d = digitsOf(v);
  if (!/^\d{4}\.?\d{2}\.?\d{3}$|^\d{3}[ .]?\d{3}[ .]?\d{3}$/.test(v.trim()) || d.length !== 9) return false;
  return (weighted(d, [9, 8, 7, 6, 5, 4, 3, 2]) - Number(d[8])) % 11 === 0 && d !== '000000000';
}
export function bsn(rng: Rng): string {
  for (;;) {
    const body = String(rng.int(1, 6)) + rng.digits(7);
    const c = weighted(body, [9, 8, 7, 6, 5, 4, 3, 2]) % 11;
    if (c === 10) continue;
    const d = body + c;
    return rng.chance(0.5) ? `${d.slice(0, 4)}.${d.slice(4, 6)}.${d.slice(6)}` : d;
  }
}

/** Greek AMKA (social security number): the birth date DDMMYY, four digits and a Luhn check digit. */
export function amkaValid(v: string): boolean {
  const d = v.trim();
  if (!/^\d{11}$/.test(d) || !luhn(d)) return false;
  const day = Number(d.slice(0, 2));
  const month = Number(d.slice(2, 4));
  return day >= 1 && day <= 31 && month >= 1 && month <= 12;
}
export function amka(rng: Rng, b: Birth): string {
  const body = pad(b.d) + pad(b.m) + yy(b) + rng.digits(4);
  return body + luhnDigit(body);
}

/** Greek AFM (tax number): nine digits, the last the sum of the first eight times 2^8..2^1, mod 11, mod 10. */
export function afmValid(v: string): boolean {
  const d = v.trim();
  if (!/^\d{9}$/.test(d) || d === '000000000') return false;
  const s = [...d.slice(0, 8)].reduce((a, ch, i) => a + Number(ch) * 2 ** (8 - i), 0);
  return (s % 11) % 10 === Number(d[8]);
}
export function afm(rng: Rng): string {
  const body = rng.pick(['0', '1']) + rng.digits(7);
  const s = [...body].reduce((a, ch, i) => a + Number(ch) * 2 ** (8 - i), 0);
  return body + ((s % 11) % 10);
}

/** Georgian personal number: eleven digits (no public check digit). */
export const georgianPnValid = (v: string): boolean => /^[0-6]\d{10}$/.test(v.trim());
export const georgianPn = (rng: Rng): string => `0${rng.int(1, 6)}${rng.digits(9)}`;

/** Armenian public service number (social card): ten digits (no public check digit). */
export const armenianPsnValid = (v: string): boolean => /^\d{10}$/.test(v.trim());
export const armenianPsn = (rng: Rng): string => String(rng.int(1, 9)) + rng.digits(9);

/** US SSN in the valid ranges: area 001–899 but not 666, group 01–99, serial 0001–9999. */
export function ssnValid(v: string): boolean {
  const m = /^(\d{3})[- ]?(\d{2})[- ]?(\d{4})$/.exec(v.trim());
  if (!m) return false;
  const a = Number(m[1]);
  return a > 0 && a < 900 && a !== 666 && m[2] !== '00' && m[3] !== '0000';
}
export function ssn(rng: Rng): string {
  let a = rng.int(1, 899);
  if (a === 666) a = 667;
  return `${pad(a, 3)}-${pad(rng.int(1, 99))}-${pad(rng.int(1, 9999), 4)}`;
}

export const NATIONAL_IDS: Record<string, (rng: Rng) => string> = {
  nhs,
  nino,
  pps,
  steuerId,
  ahv,
  dni,
  nie,
  bsn,
  afm,
  georgianPn,
  armenianPsn,
};
export const NATIONAL_VALIDATORS: ((v: string) => boolean)[] = [
  nhsValid,
  ninoValid,
  ppsValid,
  steuerIdValid,
  svnrValid,
  ahvValid,
  nirValid,
  belgianRrnValid,
  dniValid,
  nieValid,
  codiceFiscaleValid,
  bsnValid,
  amkaValid,
  afmValid,
  georgianPnValid,
  armenianPsnValid,
];

// ---- bank accounts (not IBAN) ----

export const ukSortCode = (rng: Rng): string => `${pad(rng.int(1, 99))}-${pad(rng.int(0, 99))}-${pad(rng.int(0, 99))}`;
export const ukAccount = (rng: Rng): string => String(rng.int(1, 9)) + rng.digits(7);
export function abaValid(v: string): boolean {
  const d = v.trim();
  return /^\d{9}$/.test(d) && weighted(d, [3, 7, 1, 3, 7, 1, 3, 7, 1]) % 10 === 0 && d !== '000000000';
}
export function usRouting(rng: Rng): string {
  const body = pad(rng.int(1, 12)) + rng.digits(6);
  for (let c = 0; c < 10; c++) if (abaValid(body + c)) return body + c;
  throw new Error('unreachable');
}
export const usAccount = (rng: Rng): string => String(rng.int(1, 9)) + rng.digits(rng.int(9, 11));
export function bankAccountValid(v: string): boolean {
  const s = v.trim();
  return /^\d{2}-\d{2}-\d{2}$/.test(s) || /^\d{8}$/.test(s) || abaValid(s) || /^\d{10,12}$/.test(s);
}

// ---- passports and driving licences ----

const PASSPORT_SHAPES: Record<string, RegExp> = {
  GB: /^\d{9}$/,
  IE: /^[A-Z]{2}\d{7}$/,
  DE: /^[CFGHJK][CFGHJKLMNPRTVWXYZ0-9]{8}$/,
  AT: /^[A-Z]\d{7}$/,
  CH: /^[A-Z]\d{7}$/,
  FR: /^\d{2}[A-Z]{2}\d{5}$/,
  BE: /^[A-Z]{2}\d{6}$/,
  ES: /^[A-Z]{3}\d{6}$/,
  IT: /^[A-Z]{2}\d{7}$/,
  NL: /^[A-NP-Z]{2}[A-NP-Z0-9]{6}\d$/,
  GR: /^[A-Z]{2}\d{7}$/,
  GE: /^\d{2}[A-Z]{2}\d{5}$/,
  AM: /^[A-Z]{2}\d{7}$/,
};
export const passportValid = (v: string): boolean => Object.values(PASSPORT_SHAPES).some((r) => r.test(v.trim()));

export function passportOf(rng: Rng, country: string): string {
  const L = 'ABCDEFGHJKLMNPRSTUVWXYZ';
  switch (country) {
    case 'GB':
      return String(rng.int(1, 9)) + rng.digits(8);
    case 'DE':
      return rng.chars(1, 'CFGHJK') + rng.chars(8, 'CFGHJKLMNPRTVWXYZ0123456789');
    case 'AT':
    case 'CH':
      return rng.chars(1, L) + rng.digits(7);
    case 'FR':
    case 'GE':
      return rng.digits(2) + rng.chars(2, L) + rng.digits(5);
    case 'BE':
      return rng.chars(2, L) + rng.digits(6);
    case 'ES':
      return rng.chars(3, L) + rng.digits(6);
    case 'NL':
      return rng.chars(2, L) + rng.chars(6, L + '0123456789') + rng.digits(1);
    default:
      return rng.chars(2, L) + rng.digits(7);
  }
}
const PASSPORT_COUNTRIES: Record<Lang, string[]> = {
  en: ['GB', 'IE'],
  de: ['DE', 'AT', 'CH'],
  fr: ['FR', 'BE'],
  es: ['ES'],
  it: ['IT'],
  nl: ['NL', 'BE'],
};
export const passportFor = (rng: Rng, lang: Lang): string => passportOf(rng, rng.pick(PASSPORT_COUNTRIES[lang]));

const LICENCE_SHAPES = [
  /^[A-Z9]{5}\d{6}[A-Z9]{2}\d[A-Z]{2}$/, // GB (DVLA)
  /^[A-Z0-9]{11}$/, // DE
  /^\d{12}$/, // FR (pre-2013)
  /^\d{8}[A-Z]$/, // ES (the DNI)
  /^[A-Z]{2}\d{7}[A-Z]$/, // IT
  /^\d{10}$/, // NL
];
export const driverLicenseValid = (v: string): boolean => LICENCE_SHAPES.some((r) => r.test(v.trim()));

/** A driving-licence number of the language's country; the British one the DVLA way from the holder's surname,
 * birth date and initials. */
export function driverLicense(rng: Rng, lang: Lang, surname: string, given: string, female: boolean, b: Birth): string {
  switch (lang) {
    case 'en': {
      const s = (surname.toUpperCase().replace(/[^A-Z]/g, '') + '99999').slice(0, 5);
      const dec = String(Math.floor((b.y % 100) / 10));
      const month = pad(b.m + (female ? 50 : 0));
      const ini = (given[0]!.toUpperCase() + '9').slice(0, 2);
      return `${s}${dec}${month}${pad(b.d)}${b.y % 10}${ini}9${rng.chars(2, UPPER)}`;
    }
    case 'de':
      return rng.chars(1, UPPER) + rng.digits(3) + rng.chars(7, UPPER + '0123456789');
    case 'fr':
      return yy(b) + pad(rng.int(1, 12)) + pad(rng.int(1, 95)) + rng.digits(6);
    case 'es':
      return dni(rng);
    case 'it':
      return rng.pick(['MI', 'RM', 'TO', 'NA', 'BO']) + rng.digits(7) + rng.chars(1, UPPER);
    case 'nl':
      return String(rng.int(4, 5)) + rng.digits(9);
  }
}

// ---- phones ----

const PHONE_FORMATS: Record<Lang, ((rng: Rng) => string)[]> = {
  en: [
    (r) => `07${r.int(4, 9)}${r.digits(2)} ${r.digits(6)}`,
    (r) => `+44 7${r.int(4, 9)}${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`,
    (r) => `020 ${r.int(3, 8)}${r.digits(3)} ${r.digits(4)}`,
    (r) => `0161 ${r.int(2, 9)}${r.digits(2)} ${r.digits(4)}`,
    (r) => `+353 8${r.pick([3, 5, 6, 7, 9])} ${r.digits(3)} ${r.digits(4)}`,
  ],
  de: [
    (r) => `01${r.pick(['51', '52', '60', '62', '70', '71', '76'])} ${r.int(1, 9)}${r.digits(7)}`,
    (r) => `+49 1${r.pick(['51', '57', '60', '73', '76'])} ${r.int(1, 9)}${r.digits(7)}`,
    (r) => `030 ${r.int(2, 9)}${r.digits(6)}`,
    (r) => `089/${r.int(2, 9)}${r.digits(6)}`,
    (r) => `+43 664 ${r.digits(3)} ${r.digits(4)}`,
    (r) => `+41 7${r.pick([6, 7, 8, 9])} ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`,
  ],
  fr: [
    (r) => `0${r.pick([6, 7])} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`,
    (r) => `+33 ${r.pick([6, 7])} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`,
    (r) => `01.${r.digits(2)}.${r.digits(2)}.${r.digits(2)}.${r.digits(2)}`,
    (r) => `+32 4${r.pick([7, 8, 9])}${r.digits(1)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`,
  ],
  es: [
    (r) => `6${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`,
    (r) => `+34 6${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`,
    (r) => `91 ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`,
    (r) => `93${r.digits(7)}`,
  ],
  it: [
    (r) => `3${r.pick(['33', '47', '39', '28', '40'])} ${r.digits(3)} ${r.digits(4)}`,
    (r) => `+39 3${r.pick(['35', '49', '20'])} ${r.digits(7)}`,
    (r) => `02 ${r.digits(4)} ${r.digits(4)}`,
    (r) => `06-${r.digits(8)}`,
  ],
  nl: [
    (r) => `06-${r.int(1, 6)}${r.digits(7)}`,
    (r) => `+31 6 ${r.int(1, 6)}${r.digits(7)}`,
    (r) => `020-${r.int(2, 8)}${r.digits(6)}`,
    (r) => `010 ${r.digits(3)} ${r.digits(4)}`,
    (r) => `+32 4${r.pick([7, 8, 9])}${r.digits(1)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`,
  ],
};
export const phone = (rng: Rng, lang: Lang): string => rng.pick(PHONE_FORMATS[lang])(rng);

/** A number in Greece, Georgia or Armenia (mobile or the capital's landlines). */
export function homePhone(rng: Rng, locale: string): string {
  if (locale === 'el')
    return rng.pick([
      () => `+30 69${rng.int(3, 9)} ${rng.digits(3)} ${rng.digits(4)}`,
      () => `+30 210 ${rng.digits(3)} ${rng.digits(4)}`,
    ])();
  if (locale === 'ka_GE')
    return rng.pick([
      () => `+995 5${rng.pick(['55', '58', '93', '99', '71'])} ${rng.digits(2)} ${rng.digits(2)} ${rng.digits(2)}`,
      () => `+995 32 2${rng.digits(2)} ${rng.digits(2)} ${rng.digits(2)}`,
    ])();
  return rng.pick([
    () => `+374 ${rng.pick(['91', '93', '94', '77', '98', '55'])} ${rng.digits(6)}`,
    () => `+374 10 ${rng.digits(2)}-${rng.digits(2)}-${rng.digits(2)}`,
  ])();
}

const DIGIT_WORDS: Record<Lang, string[]> = {
  en: ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'],
  de: ['null', 'eins', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun'],
  fr: ['zéro', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf'],
  es: ['cero', 'uno', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve'],
  it: ['zero', 'uno', 'due', 'tre', 'quattro', 'cinque', 'sei', 'sette', 'otto', 'nove'],
  nl: ['nul', 'een', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen'],
};
const PLUS: Record<Lang, string> = { en: 'plus', de: 'plus', fr: 'plus', es: 'más', it: 'più', nl: 'plus' };

/** A phone number read out digit by digit in words, in groups ("zero six, one two, …"). */
export function spokenPhone(rng: Rng, lang: Lang): string {
  const d = digitsOf(phone(rng, lang));
  const words = [...d].map((c) => DIGIT_WORDS[lang][Number(c)]!);
  if (lang === 'de') for (let i = 0; i < words.length; i++) if (words[i] === 'zwei' && rng.chance(0.5)) words[i] = 'zwo';
  const sep = rng.pick([' ', ' ', ', ', '-']);
  const out: string[] = [];
  for (let i = 0; i < words.length; i += 2) out.push(words.slice(i, i + 2).join(' '));
  return sep === ' ' ? words.join(' ') : out.join(sep);
}

/** The digits a phone number spelled out in words stands for, or undefined when it is not all digit words. */
export function spokenDigits(value: string, lang: Lang): string | undefined {
  const tokens = value
    .toLowerCase()
    .split(/[\s,-]+/)
    .filter(Boolean);
  if (tokens.length === 0 || tokens.some((t) => /\d/.test(t))) return undefined;
  let out = '';
  for (const t of tokens) {
    if (t === PLUS[lang] && out === '') {
      out += '+';
      continue;
    }
    const i = t === 'zwo' && lang === 'de' ? 2 : DIGIT_WORDS[lang].indexOf(t);
    if (i < 0) return undefined;
    out += String(i);
  }
  return out.replace('+', '');
}

/** A national phone number with every digit spaced out ("0 6 1 2 …"). */
export function spacedPhone(rng: Rng, lang: Lang): string {
  let p = phone(rng, lang);
  while (p.startsWith('+')) p = phone(rng, lang);
  return [...digitsOf(p)].join(' ');
}

// ---- addresses ----

interface Country {
  streets: string[];
  towns: [string, () => string][];
  line: (street: string, n: string, postcode: string, town: string, multi: boolean) => string;
}
const dig = (rng: Rng, n: number, first = 1): string => String(rng.int(first, 9)) + rng.digits(n - 1);

function countries(rng: Rng): Record<string, Country> {
  const ukPost = (area: string) => () => `${area}${rng.int(1, 20)} ${rng.int(1, 9)}${rng.chars(2, 'ABDEFGHJLNPQRSTUWXYZ')}`;
  return {
    GB: {
      streets: [
        'Cranbrook Road',
        'Orchard Close',
        'Whitfield Lane',
        'Mill Street',
        'Hawthorn Avenue',
        'Kingsley Terrace',
        'Riverside Walk',
      ],
      towns: [
        ['Leeds', ukPost('LS')],
        ['Bristol', ukPost('BS')],
        ['Manchester', ukPost('M')],
        ['Norwich', ukPost('NR')],
      ],
      line: (s, n, p, t, m) => (m ? `${n} ${s}\n${t}\n${p}` : `${n} ${s}, ${t} ${p}`),
    },
    DE: {
      streets: ['Lindenstraße', 'Am Mühlbach', 'Bergstraße', 'Kastanienallee', 'Schillerplatz', 'Gartenweg', 'Hafenstraße'],
      towns: [
        ['Leipzig', () => `04${dig(rng, 3)}`],
        ['Köln', () => `50${dig(rng, 3)}`],
        ['Freiburg im Breisgau', () => `79${dig(rng, 3)}`],
        ['Hamburg', () => `22${dig(rng, 3)}`],
      ],
      line: (s, n, p, t, m) => (m ? `${s} ${n}\n${p} ${t}` : `${s} ${n}, ${p} ${t}`),
    },
    AT: {
      streets: ['Mariahilfer Straße', 'Herrengasse', 'Lerchenfelder Gürtel'],
      towns: [
        ['Wien', () => `1${pad(rng.int(1, 23))}0`],
        ['Graz', () => `80${rng.int(1, 5)}${rng.int(0, 9)}`],
      ],
      line: (s, n, p, t, m) => (m ? `${s} ${n}/${rng.int(1, 12)}\n${p} ${t}` : `${s} ${n}/${rng.int(1, 12)}, ${p} ${t}`),
    },
    FR: {
      streets: [
        'rue des Lilas',
        'avenue Jean-Jaurès',
        'boulevard de la Liberté',
        'impasse des Tilleuls',
        'rue du Moulin',
        'allée des Cerisiers',
      ],
      towns: [
        ['Lyon', () => `6900${rng.int(1, 9)}`],
        ['Marseille', () => `130${pad(rng.int(1, 16))}`],
        ['Nantes', () => `44${rng.pick(['000', '100', '200', '300'])}`],
        ['Lille', () => `59${rng.pick(['000', '160', '260', '800'])}`],
      ],
      line: (s, n, p, t, m) => (m ? `${n}, ${s}\n${p} ${t.toUpperCase()}` : `${n} ${s}, ${p} ${t}`),
    },
    BE: {
      streets: ['Rue de la Station', 'Kerkstraat', 'Avenue Louise', 'Stationsplein'],
      towns: [
        ['Bruxelles', () => `10${rng.int(0, 9)}0`],
        ['Liège', () => '4000'],
        ['Gent', () => '9000'],
        ['Antwerpen', () => `20${rng.int(0, 6)}0`],
      ],
      line: (s, n, p, t, m) => (m ? `${s} ${n}\n${p} ${t}` : `${s} ${n}, ${p} ${t}`),
    },
    ES: {
      streets: [
        'calle de la Alameda',
        'avenida de Andalucía',
        'calle Mayor',
        'paseo de las Acacias',
        'calle del Olmo',
        'ronda de Poniente',
      ],
      towns: [
        ['Madrid', () => `280${pad(rng.int(1, 55))}`],
        ['Valencia', () => `460${pad(rng.int(1, 25))}`],
        ['Sevilla', () => `410${pad(rng.int(1, 20))}`],
        ['Zaragoza', () => `500${pad(rng.int(1, 18))}`],
      ],
      line: (s, n, p, t, m) => {
        const floor = `${rng.int(1, 8)}º ${rng.pick(['A', 'B', 'C', 'D', 'izda.', 'dcha.'])}`;
        return m
          ? `${s[0]!.toUpperCase()}${s.slice(1)}, ${n}, ${floor}\n${p} ${t}`
          : `${s[0]!.toUpperCase()}${s.slice(1)}, ${n}, ${floor}, ${p} ${t}`;
      },
    },
    IT: {
      streets: ['Via dei Mille', 'Via Roma', 'Corso Vittorio Emanuele', 'Viale delle Rimembranze', 'Via del Pratello', 'Piazza delle Erbe'],
      towns: [
        ['Bologna (BO)', () => `401${pad(rng.int(21, 41))}`],
        ['Torino (TO)', () => `101${pad(rng.int(21, 56))}`],
        ['Bari (BA)', () => `701${pad(rng.int(21, 31))}`],
        ['Padova (PD)', () => `351${pad(rng.int(21, 43))}`],
      ],
      line: (s, n, p, t, m) => (m ? `${s} ${n}\n${p} ${t}` : `${s} ${n}, ${p} ${t}`),
    },
    NL: {
      streets: ['Kastanjelaan', 'Dorpsstraat', 'Wilhelminakade', 'Oude Gracht', 'Molenweg', 'Spoorsingel', 'Lindengracht'],
      towns: [
        ['Utrecht', () => `35${dig(rng, 2)} ${rng.chars(2, 'ABCDEGHJKLMNPRSTVWXZ')}`],
        ['Groningen', () => `97${dig(rng, 2)} ${rng.chars(2, 'ABCDEGHJKLMNPRSTVWXZ')}`],
        ['Rotterdam', () => `30${dig(rng, 2)} ${rng.chars(2, 'ABCDEGHJKLMNPRSTVWXZ')}`],
        ['Eindhoven', () => `56${dig(rng, 2)} ${rng.chars(2, 'ABCDEGHJKLMNPRSTVWXZ')}`],
      ],
      line: (s, n, p, t, m) => (m ? `${s} ${n}\n${p} ${t}` : `${s} ${n}, ${p} ${t}`),
    },
    GR: {
      streets: ['Odos Ermou', 'Leoforos Alexandras', 'Odos Patision', 'Odos Tsimiski'],
      towns: [
        ['Athina', () => `1${rng.int(0, 1)}${rng.int(1, 9)} ${rng.digits(2)}`],
        ['Thessaloniki', () => `54${rng.int(6, 6)} ${rng.digits(2)}`],
      ],
      line: (s, n, p, t, m) => (m ? `${s} ${n}\n${p} ${t}` : `${s} ${n}, ${p} ${t}`),
    },
    GE: {
      streets: ['Chavchavadze Avenue', 'Marjanishvili Street', 'Pekini Avenue', 'Vazha-Pshavela Avenue'],
      towns: [
        ['Tbilisi', () => `01${pad(rng.int(2, 80))}`],
        ['Batumi', () => '6010'],
      ],
      line: (s, n, p, t, m) => (m ? `${n} ${s}\n${t} ${p}` : `${n} ${s}, ${t} ${p}`),
    },
    AM: {
      streets: ['Abovyan Street', 'Mashtots Avenue', 'Koryun Street', 'Baghramyan Avenue'],
      towns: [
        ['Yerevan', () => `00${pad(rng.int(1, 99))}`],
        ['Gyumri', () => '3101'],
      ],
      line: (s, n, p, t, m) => (m ? `${n} ${s}, apt. ${rng.int(1, 60)}\n${t} ${p}` : `${n} ${s}, apt. ${rng.int(1, 60)}, ${t} ${p}`),
    },
  };
}

const ADDRESS_COUNTRIES: Record<Lang, string[]> = {
  en: ['GB'],
  de: ['DE', 'DE', 'AT'],
  fr: ['FR', 'FR', 'BE'],
  es: ['ES'],
  it: ['IT'],
  nl: ['NL', 'NL', 'BE'],
};

export function addressIn(rng: Rng, country: string, multi = false): string {
  const c = countries(rng)[country]!;
  const [town, post] = rng.pick(c.towns);
  const n = String(rng.int(1, 140)) + (rng.chance(0.12) ? rng.pick(['a', 'b', 'bis']) : '');
  return c.line(rng.pick(c.streets), n, post(), town, multi);
}
export const address = (rng: Rng, lang: Lang, multi = false): string => addressIn(rng, rng.pick(ADDRESS_COUNTRIES[lang]), multi);
/** An address in Athens or Thessaloniki, Tbilisi or Batumi, Yerevan or Gyumri: the person's home country. */
export const homeAddress = (rng: Rng, locale: string, multi = false): string =>
  addressIn(rng, locale === 'el' ? 'GR' : locale === 'ka_GE' ? 'GE' : 'AM', multi);

// ---- dates ----

const MONTHS: Record<Lang, string[]> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  de: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  it: ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
};

/** A date written the ways the language writes dates. */
export function dateIn(rng: Rng, lang: Lang, y: number, m: number, d: number): string {
  const M = MONTHS[lang][m - 1]!;
  const iso = () => `${y}-${pad(m)}-${pad(d)}`;
  const forms: Record<Lang, (() => string)[]> = {
    en: [() => `${d} ${M} ${y}`, () => `${pad(d)}/${pad(m)}/${y}`, () => `${M} ${d}, ${y}`, iso, () => `${d} ${M.slice(0, 3)} ${y}`],
    de: [() => `${pad(d)}.${pad(m)}.${y}`, () => `${d}. ${M} ${y}`, () => `${d}.${m}.${y}`, iso],
    fr: [() => `${pad(d)}/${pad(m)}/${y}`, () => `${d === 1 ? '1er' : d} ${M} ${y}`, iso],
    es: [() => `${pad(d)}/${pad(m)}/${y}`, () => `${d} de ${M} de ${y}`, () => `${d}-${m}-${y}`],
    it: [() => `${pad(d)}/${pad(m)}/${y}`, () => `${d} ${M} ${y}`, () => `${pad(d)}.${pad(m)}.${y}`],
    nl: [() => `${pad(d)}-${pad(m)}-${y}`, () => `${d} ${M} ${y}`, iso],
  };
  return rng.pick(forms[lang])();
}
/** A date that is not a birth date: 2023 to 2026. */
export const otherDate = (rng: Rng, lang: Lang): string => dateIn(rng, lang, rng.int(2023, 2026), rng.int(1, 12), rng.int(1, 28));

// ---- secrets ----

export function apiKey(rng: Rng): string {
  return rng.pick([
    () => `ghp_${rng.chars(36, ALNUM)}`,
    () => `sk_live_${rng.chars(24, ALNUM)}`,
    () => `xoxb-${rng.digits(12)}-${rng.digits(13)}-${rng.chars(24, ALNUM)}`,
    () => `glpat-${rng.chars(20, ALNUM + '_-')}`,
    () => `AIza${rng.chars(35, ALNUM + '_-')}`,
    () => `SG.${rng.chars(22, ALNUM + '_-')}.${rng.chars(43, ALNUM + '_-')}`,
    () => `hf_${rng.chars(34, ALNUM)}`,
    () => `npm_${rng.chars(36, ALNUM)}`,
  ])();
}
export function awsKeyPair(rng: Rng): { id: string; secret: string } {
  return { id: `AKIA${rng.chars(16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')}`, secret: rng.chars(40, ALNUM + '/+') };
}
const b64url = (s: string): string => Buffer.from(s).toString('base64url');
export function jwt(rng: Rng): string {
  const header = b64url(JSON.stringify({ alg: rng.pick(['HS256', 'RS256']), typ: 'JWT' }));
  const iat = rng.int(1_700_000_000, 1_760_000_000);
  const payload = b64url(JSON.stringify({ sub: rng.digits(8), scope: rng.pick(['read', 'admin', 'user']), iat, exp: iat + 3600 }));
  return `${header}.${payload}.${rng.chars(43, ALNUM + '_-')}`;
}

const PASS_WORDS: Record<Lang, string[]> = {
  en: ['harbour', 'pepper', 'lantern', 'violet', 'copper', 'meadow', 'thistle', 'walnut', 'saddle', 'pebble', 'marble', 'falcon'],
  de: ['Kirsche', 'Laterne', 'Wolke', 'Tanne', 'Kessel', 'Brunnen', 'Möwe', 'Zirkel', 'Hafen', 'Ampel', 'Sattel', 'Kiesel'],
  fr: ['citron', 'lanterne', 'nuage', 'sapin', 'moulin', 'falaise', 'mouette', 'cerise', 'bougie', 'grenier', 'tortue', 'ardoise'],
  es: ['limón', 'farol', 'nube', 'pino', 'molino', 'gaviota', 'cereza', 'vela', 'tortuga', 'pizarra', 'almendra', 'tejado'],
  it: ['limone', 'lanterna', 'nuvola', 'pino', 'mulino', 'gabbiano', 'ciliegia', 'candela', 'tartaruga', 'ardesia', 'mandorla', 'soffitta'],
  nl: ['citroen', 'lantaarn', 'wolk', 'den', 'molen', 'meeuw', 'kers', 'kaars', 'schildpad', 'lei', 'amandel', 'zolder'],
};
export function password(rng: Rng, lang: Lang): string {
  const w = rng.pick(PASS_WORDS[lang]);
  return rng.pick([
    () => `${w[0]!.toUpperCase()}${w.slice(1)}${rng.digits(rng.int(2, 4))}${rng.pick(['!', '#', '?', '$', '*'])}`,
    () => rng.chars(rng.int(12, 16), ALNUM + '!#%*?'),
    () => `${rng.pick(['!', '#', ''])}${w}${rng.pick(['_', '.', '-'])}${rng.digits(4)}${rng.chars(2, UPPER)}`,
  ])();
}
export function passphrase(rng: Rng, lang: Lang): string {
  const ws = rng.shuffle(PASS_WORDS[lang]).slice(0, 4);
  return ws.join(rng.pick([' ', '-', '.']));
}
export function connectionString(rng: Rng): string {
  const user = rng.pick(['app', 'svc_orders', 'reporting', 'admin', 'etl_user', 'web']);
  const pw = rng.chars(rng.int(12, 18), ALNUM);
  const host = rng.pick(['db-prod-2.internal', 'pg.eu-central.rds.example-cloud.net', 'mysql01.lan', 'cache.prod.local', '10.4.12.31']);
  return rng.pick([
    () => `postgresql://${user}:${pw}@${host}:5432/${rng.pick(['orders', 'crm', 'billing'])}`,
    () => `mysql://${user}:${pw}@${host}:3306/${rng.pick(['shop', 'wiki', 'members'])}`,
    () =>
      `mongodb+srv://${user}:${pw}@cluster0.${rng.chars(5, 'abcdefghijklmnopqrstuvwxyz0123456789')}.mongodb.net/${rng.pick(['app', 'events'])}`,
    () => `redis://:${pw}@${host}:6379/0`,
    () => `Server=${host};Database=${rng.pick(['Payroll', 'Ledger', 'Members'])};User Id=${user};Password=${pw};`,
  ])();
}
export function privateKey(rng: Rng): string {
  const lines: string[] = [];
  lines.push('b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW' + rng.chars(2, ALNUM));
  for (let i = 0; i < 3; i++) lines.push(rng.chars(70, ALNUM + '+/'));
  lines.push(rng.chars(rng.int(20, 60), ALNUM + '+/') + '=');
  return `-----BEGIN OPENSSH PRIVATE KEY-----\n${lines.join('\n')}\n-----END OPENSSH PRIVATE KEY-----`;
}

// ---- host addresses ----

export function ip(rng: Rng): string {
  return rng.pick([
    () => `192.168.${rng.int(0, 20)}.${rng.int(2, 254)}`,
    () => `10.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(2, 254)}`,
    () => `172.${rng.int(16, 31)}.${rng.int(0, 255)}.${rng.int(2, 254)}`,
    () => `${rng.pick([31, 46, 62, 77, 85, 91, 109, 151, 176, 185, 212, 217])}.${rng.int(1, 254)}.${rng.int(0, 255)}.${rng.int(1, 254)}`,
    () => `2a02:${rng.chars(4, HEX)}:${rng.chars(4, HEX)}:${rng.chars(3, HEX)}::${rng.chars(3, HEX)}`,
    () => `fe80::${rng.chars(4, HEX)}:${rng.chars(4, HEX)}:${rng.chars(4, HEX)}:${rng.chars(4, HEX)}`,
    () => `fd${rng.chars(2, HEX)}:${rng.chars(4, HEX)}:${rng.chars(4, HEX)}::${rng.int(2, 99)}`,
  ])();
}
export function docIp(rng: Rng): string {
  return rng.pick([
    () => `192.0.2.${rng.int(1, 254)}`,
    () => `198.51.100.${rng.int(1, 254)}`,
    () => `203.0.113.${rng.int(1, 254)}`,
    () => `2001:db8::${rng.chars(2, HEX)}`,
    () => '127.0.0.1',
  ])();
}
export const cidr = (rng: Rng): string =>
  rng.pick(['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', `10.${rng.int(0, 200)}.0.0/16`, 'fd00::/8']);

// ---- look-alikes and filler ----

/** Order, invoice, booking and tracking numbers: letters with at most ten digits in a row, never a Luhn run. */
export function orderNumber(rng: Rng): string {
  return rng.pick([
    () => `ORD-${rng.int(2023, 2026)}-${rng.digits(6)}`,
    () => `INV/${rng.int(2024, 2026)}/${rng.digits(5)}`,
    () => `#${rng.chars(2, UPPER)}${rng.digits(7)}`,
    () => `RR${rng.digits(9)}GR`,
    () => `BK-${rng.chars(3, UPPER)}${rng.digits(4)}`,
    () => `TCK-${rng.digits(5)}`,
    () => `${rng.chars(3, UPPER)} ${rng.digits(4)} ${rng.digits(4)}`,
  ])();
}
export const version = (rng: Rng): string =>
  rng.pick([
    () => `v${rng.int(1, 9)}.${rng.int(0, 30)}.${rng.int(0, 12)}`,
    () => `${rng.int(1, 24)}.${rng.int(0, 9)}.${rng.int(0, 9)}-rc.${rng.int(1, 4)}`,
  ])();
export const commitHash = (rng: Rng): string => rng.chars(rng.pick([7, 12, 40]), HEX);
export function uuid(rng: Rng): string {
  const h = rng.chars(32, HEX);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${rng.pick(['8', '9', 'a', 'b'])}${h.slice(17, 20)}-${h.slice(20)}`;
}
export function amount(rng: Rng, lang: Lang): string {
  const whole = rng.int(12, 4800);
  const cents = pad(rng.int(0, 99));
  if (lang === 'en') return `£${whole.toLocaleString('en-GB')}.${cents}`;
  const w = whole >= 1000 ? `${Math.floor(whole / 1000)}.${pad(whole % 1000, 3)}` : String(whole);
  return lang === 'fr' ? `${w.replace('.', ' ')},${cents} €` : lang === 'nl' ? `€ ${w},${cents}` : `${w},${cents} €`;
}
