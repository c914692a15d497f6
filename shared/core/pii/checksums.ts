// Pure check-digit and format validators for structured identifiers. Every function takes the identifier
// as written (separators allowed where the scheme's usual formats have them) and returns a boolean.
// No I/O, no allocations beyond small strings: cheap enough to run on every candidate.
import { IBAN_LENGTHS } from './iban-lengths.ts';

/** Keep only ASCII digits. */
export function digitsOf(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) out += s[i];
  }
  return out;
}

/** Keep only ASCII letters and digits, upper-cased. */
export function alnumOf(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90)) out += s[i];
    else if (c >= 97 && c <= 122) out += String.fromCharCode(c - 32);
  }
  return out;
}

function d(s: string, i: number): number {
  return s.charCodeAt(i) - 48;
}

/** The digits of `v` from its first, each times its weight, summed (as many digits as weights). */
function weightedSum(v: string, weights: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += d(v, i) * weights[i]!;
  return sum;
}

function allDigits(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** True when all digits are the same (000000000, 111111111…): never a real identifier. */
export function isRepdigit(s: string): boolean {
  for (let i = 1; i < s.length; i++) if (s.charCodeAt(i) !== s.charCodeAt(0)) return false;
  return true;
}

/** Luhn (mod 10) over a digit string, check digit last. */
export function luhn(digits: string): boolean {
  if (!allDigits(digits) || digits.length < 2) return false;
  let sum = 0;
  let dbl = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let v = d(digits, i);
    if (dbl) {
      v *= 2;
      if (v > 9) v -= 9;
    }
    sum += v;
    dbl = !dbl;
  }
  return sum % 10 === 0;
}

// ---------------------------------------------------------------------------------------------- IBAN

/** IBAN lengths per country (generated from ibantools: the SWIFT registry and national IBANs outside it). */
export { IBAN_LENGTHS };

/** mod 97 of a string of digits and upper-case letters (A=10 … Z=35), as in ISO 13616 / ISO 7064. */
function mod97Alnum(s: string): number {
  let r = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) r = (r * 10 + (c - 48)) % 97;
    else if (c >= 65 && c <= 90) r = (r * 100 + (c - 55)) % 97;
    else return -1;
  }
  return r;
}

/** IBAN: country code with its registered length, check digits 02–98, mod-97 remainder 1. Spaces allowed. */
export function iban(s: string): boolean {
  const v = alnumOf(s);
  if (v.length < 15 || v.length > 34) return false;
  const len = IBAN_LENGTHS[v.slice(0, 2)];
  if (len === undefined || len !== v.length) return false;
  if (!allDigits(v.slice(2, 4))) return false;
  const ck = Number(v.slice(2, 4));
  if (ck < 2 || ck > 98) return false;
  return mod97Alnum(v.slice(4) + v.slice(0, 4)) === 1;
}

// ----------------------------------------------------------------------------------------- US / CA

/** US SSN: 9 digits; area not 000/666/9xx, group not 00, serial not 0000; famous samples excluded. */
export function ssn(s: string): boolean {
  const v = digitsOf(s);
  if (v.length !== 9) return false;
  const area = v.slice(0, 3);
  if (area === '000' || area === '666' || v[0] === '9') return false;
  if (v.slice(3, 5) === '00' || v.slice(5) === '0000') return false;
  // Woolworth's wallet card, the 1960s ad sample, and the obvious sequence.
  if (v === '078051120' || v === '219099999' || v === '123456789') return false;
  return true;
}

/** US ITIN: 9xx-[50-65|70-88|90-92|94-99]-xxxx. */
export function itin(s: string): boolean {
  const v = digitsOf(s);
  if (v.length !== 9 || v[0] !== '9') return false;
  const g = Number(v.slice(3, 5));
  return (g >= 50 && g <= 65) || (g >= 70 && g <= 88) || (g >= 90 && g <= 92) || (g >= 94 && g <= 99);
}

/** US ABA routing number: prefix range and the 3-7-1 weighted checksum. */
export function abaRouting(s: string): boolean {
  const v = digitsOf(s);
  if (v.length !== 9 || isRepdigit(v)) return false;
  const p = Number(v.slice(0, 2));
  if (!((p >= 0 && p <= 12) || (p >= 21 && p <= 32) || (p >= 61 && p <= 72) || p === 80)) return false;
  const sum = 3 * (d(v, 0) + d(v, 3) + d(v, 6)) + 7 * (d(v, 1) + d(v, 4) + d(v, 7)) + (d(v, 2) + d(v, 5) + d(v, 8));
  return sum % 10 === 0;
}

/** Canadian SIN: 9 digits, Luhn, first digit not 0 or 8. */
export function caSin(s: string): boolean {
  const v = digitsOf(s);
  if (v.length !== 9 || v[0] === '0' || v[0] === '8' || isRepdigit(v)) return false;
  return luhn(v);
}

// ------------------------------------------------------------------------------------------------ UK

/** UK NHS number: 10 digits, mod-11 with weights 10…2 (remainder giving 10 is invalid). */
export function nhs(s: string): boolean {
  const v = digitsOf(s);
  if (v.length !== 10 || isRepdigit(v)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += d(v, i) * (10 - i);
  let check = 11 - (sum % 11);
  if (check === 11) check = 0;
  if (check === 10) return false;
  return check === d(v, 9);
}

const NINO_BAD_PREFIX = new Set(['BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ']);

/** UK National Insurance number: two prefix letters (HMRC rules), six digits, suffix A–D (may be omitted). */
export function nino(s: string): boolean {
  const v = alnumOf(s);
  if (v.length !== 8 && v.length !== 9) return false;
  const a = v[0] ?? '';
  const b = v[1] ?? '';
  if (!/^[A-Z]$/.test(a) || !/^[A-Z]$/.test(b)) return false;
  if ('DFIQUV'.includes(a) || 'DFIOQUV'.includes(b)) return false;
  if (NINO_BAD_PREFIX.has(a + b)) return false;
  if (!allDigits(v.slice(2, 8))) return false;
  if (v.length === 9 && !'ABCD'.includes(v[8] ?? '')) return false;
  return true;
}

// ------------------------------------------------------------------------------------------- Germany

/** ISO 7064 MOD 11,10 check digit over a digit string (without the check digit). */
export function iso7064Mod11_10(body: string): number {
  let product = 10;
  for (let i = 0; i < body.length; i++) {
    let sum = (d(body, i) + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  const check = 11 - product;
  return check === 10 ? 0 : check;
}

/**
 * DE Steuerliche Identifikationsnummer: 11 digits, no leading 0; in the first ten digits exactly one
 * digit occurs two or three times (not three times in a row) and all others at most once; ISO 7064
 * MOD 11,10 check digit.
 */
export function deSteuerId(s: string): boolean {
  const v = digitsOf(s);
  if (v.length !== 11 || v[0] === '0') return false;
  const counts = new Array<number>(10).fill(0);
  for (let i = 0; i < 10; i++) counts[d(v, i)]!++;
  let multi = 0;
  for (const c of counts) {
    if (c > 3) return false;
    if (c >= 2) multi++;
  }
  if (multi !== 1) return false;
  for (let i = 0; i + 2 < 10; i++) if (v[i] === v[i + 1] && v[i] === v[i + 2]) return false;
  return iso7064Mod11_10(v.slice(0, 10)) === d(v, 10);
}

/**
 * DE Krankenversichertennummer (health insurance number): a letter and nine digits, the last a check digit
 * (letter as its two-digit alphabet position, weights 1,2,1,2…, digit sums, mod 10).
 */
export function deKvnr(s: string): boolean {
  const v = alnumOf(s);
  if (v.length !== 10 || !/^[A-Z][0-9]{9}$/.test(v)) return false;
  const n = v.charCodeAt(0) - 64;
  const body = String(n).padStart(2, '0') + v.slice(1, 9);
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let p = d(body, i) * (i % 2 === 0 ? 1 : 2);
    if (p > 9) p -= 9;
    sum += p;
  }
  return sum % 10 === d(v, 9);
}

/** ICAO 9303 (machine-readable zone) check digit: weights 7,3,1; A–Z = 10–35, '<' = 0. */
export function icaoCheckDigit(body: string): number {
  const w = [7, 3, 1];
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    let v = 0;
    if (c >= 48 && c <= 57) v = c - 48;
    else if (c >= 65 && c <= 90) v = c - 55;
    sum += v * w[i % 3]!;
  }
  return sum % 10;
}

/** DE Personalausweis / passport document number (9 chars from the restricted alphabet) + ICAO check digit. */
export function deIdCardNumber(s: string): boolean {
  const v = alnumOf(s);
  if (!/^[CFGHJKLMNPRTVWXYZ][CFGHJKLMNPRTVWXYZ0-9]{8}[0-9]$/.test(v)) return false;
  return icaoCheckDigit(v.slice(0, 9)) === d(v, 9);
}

// --------------------------------------------------------------------------------------------- France

/**
 * FR NIR (numéro de sécurité sociale): 13 characters (sex 1/2/3/4/7/8, year, month, département incl.
 * Corsica 2A/2B, commune, order) + 2-digit key = 97 − (NIR mod 97).
 */
export function frNir(s: string): boolean {
  const v = alnumOf(s);
  if (v.length !== 15) return false;
  if (!/^[1-478][0-9]{4}(?:[0-9]{2}|2A|2B)[0-9]{8}$/.test(v)) return false;
  const month = Number(v.slice(3, 5));
  if (!((month >= 1 && month <= 12) || (month >= 20 && month <= 42) || (month >= 50 && month <= 99))) return false;
  let body = v.slice(0, 13);
  if (body.slice(5, 7) === '2A') body = body.slice(0, 5) + '19' + body.slice(7);
  else if (body.slice(5, 7) === '2B') body = body.slice(0, 5) + '18' + body.slice(7);
  let r = 0;
  for (let i = 0; i < body.length; i++) r = (r * 10 + d(body, i)) % 97;
  return 97 - r === Number(v.slice(13));
}

// ---------------------------------------------------------------------------------------------- Spain

const DNI_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';

/** ES DNI (8 digits + letter) or NIE (X/Y/Z + 7 digits + letter); hyphens/spaces allowed. */
export function esDniNie(s: string): boolean {
  let v = alnumOf(s);
  if (/^[XYZ][0-9]{7}[A-Z]$/.test(v)) v = String('XYZ'.indexOf(v[0]!)) + v.slice(1);
  else if (!/^[0-9]{8}[A-Z]$/.test(v)) return false;
  if (isRepdigit(v.slice(0, 8))) return false;
  return DNI_LETTERS[Number(v.slice(0, 8)) % 23] === v[8];
}

// ---------------------------------------------------------------------------------------------- Italy

const CF_ODD: readonly number[] = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];

/** IT codice fiscale (16 chars, omocodia letters allowed) with its check character. */
export function itCodiceFiscale(s: string): boolean {
  const v = alnumOf(s);
  if (!/^[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]$/.test(v)) return false;
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    const c = v.charCodeAt(i);
    const idx = c >= 65 ? c - 65 : c - 48; // digits map like A..J
    sum += i % 2 === 0 ? CF_ODD[idx]! : idx;
  }
  return String.fromCharCode(65 + (sum % 26)) === v[15];
}

// ------------------------------------------------------------------------------------------ Benelux

/** NL BSN: 9 digits (8 with a leading zero dropped), 11-proof (weights 9…2, −1). */
export function nlBsn(s: string): boolean {
  let v = digitsOf(s);
  if (v.length === 8) v = '0' + v;
  if (v.length !== 9 || isRepdigit(v)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += d(v, i) * (9 - i);
  sum -= d(v, 8);
  return sum % 11 === 0 && sum !== 0;
}

/** BE rijksregisternummer / numéro national: YYMMDD + 3-digit serial + 97-key (2000+ births prefixed by 2). */
export function beNationalNumber(s: string): boolean {
  const v = digitsOf(s);
  if (v.length !== 11) return false;
  const month = Number(v.slice(2, 4));
  if (month > 12 && !(month >= 20 && month <= 32) && !(month >= 40 && month <= 52)) return false;
  const key = Number(v.slice(9));
  const body = Number(v.slice(0, 9));
  return 97 - (body % 97) === key || 97 - ((2_000_000_000 + body) % 97) === key;
}

// ------------------------------------------------------------------------------------- other Europe

function validDate(y: number, m: number, day: number): boolean {
  if (m < 1 || m > 12 || day < 1) return false;
  const dim = [31, (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return day <= dim[m - 1]!;
}

/** PL PESEL: 11 digits, valid birth date (century in the month), weights 1,3,7,9 check digit. */
export function plPesel(s: string): boolean {
  const v = digitsOf(s);
  if (v.length !== 11 || isRepdigit(v)) return false;
  const sum = weightedSum(v, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]);
  if ((10 - (sum % 10)) % 10 !== d(v, 10)) return false;
  const yy = Number(v.slice(0, 2));
  let mm = Number(v.slice(2, 4));
  const dd = Number(v.slice(4, 6));
  const century = [1900, 2000, 2100, 2200, 1800][Math.floor(mm / 20)];
  if (century === undefined) return false;
  mm %= 20;
  return validDate(century + yy, mm, dd);
}

/**
 * SE personnummer / samordningsnummer: YYMMDD-NNNC, YYMMDD+NNNC (aged 100+), YYYYMMDDNNNC, with or
 * without the separator; Luhn over the 10-digit form; day may be +60 (coordination number).
 */
export function sePersonnummer(s: string): boolean {
  const m = /^(\d{2})?(\d{6})[-+]?(\d{4})$/.exec(s.trim());
  if (!m) return false;
  const ten = m[2]! + m[3]!;
  const month = Number(ten.slice(2, 4));
  let day = Number(ten.slice(4, 6));
  if (day > 60) day -= 60;
  if (!validDate(2000 + Number(ten.slice(0, 2)), month, day) && !validDate(1900 + Number(ten.slice(0, 2)), month, day)) return false;
  if (m[1] !== undefined && m[1] !== '19' && m[1] !== '20' && m[1] !== '18') return false;
  return luhn(ten);
}

/**
 * Irish PPS number: seven digits and a check letter, maybe a second letter: the digits weighted 8 … 2, plus 9 × the
 * second letter's place in the alphabet (W counts 0), modulo 23, is the check letter's place (0 is W).
 */
export function iePps(s: string): boolean {
  const m = /^(\d{7})([A-W])([A-IW]?)$/.exec(alnumOf(s));
  if (!m) return false;
  let sum = 0;
  for (let i = 0; i < 7; i++) sum += d(m[1]!, i) * (8 - i);
  if (m[3]) sum += (m[3] === 'W' ? 0 : m[3].charCodeAt(0) - 64) * 9;
  const r = sum % 23;
  return m[2] === (r === 0 ? 'W' : String.fromCharCode(64 + r));
}

/**
 * Korean resident registration number: YYMMDD, then the digit of sex and century, five more and a check digit (the
 * first twelve weighted 2 … 9, 2 … 5; eleven minus their sum modulo 11, modulo 10). Numbers issued since October 2020
 * carry no check digit and cannot be told from any thirteen digits.
 */
export function krRrn(s: string): boolean {
  const v = alnumOf(s);
  if (v.length !== 13 || !allDigits(v)) return false;
  const month = Number(v.slice(2, 4));
  const day = Number(v.slice(4, 6));
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  const sum = weightedSum(v, [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]);
  return (11 - (sum % 11)) % 10 === d(v, 12);
}

/** CH AHV / AVS number: 756.XXXX.XXXX.XC, EAN-13 check digit. */
export function chAhv(s: string): boolean {
  const v = digitsOf(s);
  if (v.length !== 13 || !v.startsWith('756')) return false;
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += d(v, i) * (i % 2 === 0 ? 1 : 3);
  return (10 - (sum % 10)) % 10 === d(v, 12);
}

/** AT Sozialversicherungsnummer: 3-digit serial + check digit + DDMMYY (weights 3,7,9,·,5,8,4,2,1,6, mod 11). */
export function atSvnr(s: string): boolean {
  const v = digitsOf(s);
  if (v.length !== 10 || v[0] === '0') return false;
  const check = weightedSum(v, [3, 7, 9, 0, 5, 8, 4, 2, 1, 6]) % 11;
  if (check === 10 || check !== d(v, 3)) return false;
  const day = Number(v.slice(4, 6));
  const month = Number(v.slice(6, 8));
  return day >= 1 && day <= 31 && month >= 1 && month <= 12;
}

// ---------------------------------------------------------------------------------------------- India

const VERHOEFF_D: readonly (readonly number[])[] = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
  [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
  [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
  [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
  [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
  [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
  [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
  [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
  [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
];
const VERHOEFF_P: readonly (readonly number[])[] = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
  [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
  [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
  [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
  [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
  [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
  [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
];

/** Verhoeff check over a digit string, check digit last. */
export function verhoeff(digits: string): boolean {
  if (!allDigits(digits)) return false;
  let c = 0;
  for (let i = 0; i < digits.length; i++) {
    const n = d(digits, digits.length - 1 - i);
    c = VERHOEFF_D[c]![VERHOEFF_P[i % 8]![n]!]!;
  }
  return c === 0;
}

/** IN Aadhaar: 12 digits, first digit 2–9, Verhoeff check digit. */
export function aadhaar(s: string): boolean {
  const v = digitsOf(s);
  if (v.length !== 12 || v[0] === '0' || v[0] === '1' || isRepdigit(v)) return false;
  return verhoeff(v);
}

/**
 * JP My Number (個人番号): 12 digits, the last a check digit — the eleven others weighted from the right 2…7, then
 * 2…6; check 11 − (sum mod 11), or 0 when the remainder is 0 or 1.
 */
export function jpMyNumber(s: string): boolean {
  const v = digitsOf(s);
  if (v.length !== 12 || isRepdigit(v)) return false;
  let sum = 0;
  for (let n = 1; n <= 11; n++) sum += d(v, 11 - n) * (n <= 6 ? n + 1 : n - 5);
  const r = sum % 11;
  return d(v, 11) === (r <= 1 ? 0 : 11 - r);
}

// ------------------------------------------------------------------------------------- more schemes

/**
 * DE Rentenversicherungsnummer (social insurance number): area (2 digits), birth date DDMMYY, the initial of
 * the birth surname, serial (2 digits), check digit. The letter counts as its alphabet position (A = 01);
 * weights 2,1,2,5,7,1,2,1,2,1,2,1 over the twelve digits, digit sums added, mod 10.
 */
export function deRvnr(s: string): boolean {
  const v = alnumOf(s);
  const m = /^(\d{2})(\d{2})(\d{2})(\d{2})([A-Z])(\d{2})(\d)$/.exec(v);
  if (!m) return false;
  const day = Number(m[2]);
  const month = Number(m[3]);
  if (day < 1 || day > 31 || month < 1 || month > 12) return false;
  const body = m[1]! + m[2]! + m[3]! + m[4]! + String(m[5]!.charCodeAt(0) - 64).padStart(2, '0') + m[6]!;
  const w = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1];
  let sum = 0;
  for (let i = 0; i < 12; i++) {
    const p = d(body, i) * w[i]!;
    sum += Math.floor(p / 10) + (p % 10);
  }
  return sum % 10 === Number(m[7]);
}

/** ES número de afiliación a la Seguridad Social: province (2) + number (8) + control (2) = mod 97. */
export function esNss(s: string): boolean {
  const v = digitsOf(s);
  if (v.length !== 12) return false;
  const prov = Number(v.slice(0, 2));
  const num = Number(v.slice(2, 10));
  if (prov < 1 || prov > 99) return false;
  const base = num < 10_000_000 ? prov * 10_000_000 + num : Number(v.slice(0, 10));
  return base % 97 === Number(v.slice(10));
}

/** FR numéro fiscal (SPI): 13 digits starting 0–3, the last three = first ten mod 511. */
export function frSpi(s: string): boolean {
  const v = digitsOf(s);
  if (v.length !== 13 || v[0]! > '3') return false;
  return Number(v.slice(0, 10)) % 511 === Number(v.slice(10));
}

// ------------------------------------------------------------------------------ national bank accounts

const CCC_WEIGHTS: readonly number[] = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6];

/** One CCC control digit over ten digits: weights 1,2,4,8,5,10,9,7,3,6, 11 − (sum mod 11); 11 → 0, 10 → 1. */
export function cccControlDigit(tenDigits: string): number {
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += d(tenDigits, i) * CCC_WEIGHTS[i]!;
  const dc = 11 - (sum % 11);
  return dc === 11 ? 0 : dc === 10 ? 1 : dc;
}

/**
 * ES Código Cuenta Cliente: entity (4) + office (4) + two control digits + account (10). The first control
 * digit covers "00" + entity + office, the second the account.
 */
export function esCcc(s: string): boolean {
  const v = digitsOf(s);
  if (v.length !== 20 || isRepdigit(v.slice(10))) return false;
  return cccControlDigit('00' + v.slice(0, 8)) === d(v, 8) && cccControlDigit(v.slice(10)) === d(v, 9);
}

/** The RIB's letter conversion: A–I → 1–9, J–R → 1–9, S–Z → 2–9 (S starts at 2). */
function ribDigit(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  const i = c - 65;
  return i < 9 ? i + 1 : i < 18 ? i - 8 : i - 16;
}

/**
 * FR Relevé d'identité bancaire: bank (5 digits) + branch / guichet (5 digits) + account (11 digits or
 * capitals) + clé RIB (2 digits), the whole read as a number (letters converted) ≡ 0 mod 97.
 */
export function frRib(s: string): boolean {
  const v = alnumOf(s);
  if (!/^\d{10}[0-9A-Z]{11}\d{2}$/.test(v) || isRepdigit(v.slice(10, 21))) return false;
  let r = 0;
  for (let i = 0; i < v.length; i++) r = (r * 10 + ribDigit(v.charCodeAt(i))) % 97;
  return r === 0;
}

/**
 * IT BBAN: CIN (a check letter) + ABI (5 digits) + CAB (5 digits) + account (12 digits or capitals). The CIN
 * is the codice fiscale's check character over the 22 characters after it.
 */
export function itBban(s: string): boolean {
  const v = alnumOf(s);
  if (!/^[A-Z]\d{10}[0-9A-Z]{12}$/.test(v) || isRepdigit(v.slice(11))) return false;
  let sum = 0;
  for (let i = 1; i < 23; i++) {
    const c = v.charCodeAt(i);
    const idx = c >= 65 ? c - 65 : c - 48;
    sum += i % 2 === 1 ? CF_ODD[idx]! : idx; // positions 1, 3, 5 … of the 22 are the "odd" ones
  }
  return String.fromCharCode(65 + (sum % 26)) === v[0];
}

/** BE bank account (123-4567890-02): 12 digits, the first ten mod 97 (0 read as 97) = the last two. */
export function beBankAccount(s: string): boolean {
  const v = digitsOf(s);
  if (v.length !== 12 || isRepdigit(v.slice(0, 10))) return false;
  const r = Number(v.slice(0, 10)) % 97;
  return (r === 0 ? 97 : r) === Number(v.slice(10));
}

/** NL pre-IBAN bank account: 9 digits (10 with a leading zero), elfproef (weights 9…1 or 10…1, sum mod 11 = 0). */
export function nlBankAccount(s: string): boolean {
  let v = digitsOf(s);
  if (v.length === 10 && v[0] === '0') v = v.slice(1);
  if (v.length !== 9 || v[0] === '0' || isRepdigit(v)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += d(v, i) * (9 - i);
  return sum % 11 === 0;
}

/**
 * Norwegian bank account (kontonummer): 11 digits, printed 4.2.5 ("8601.11.17947"); the last is a MOD 11 check over
 * the first ten (weights 5 4 3 2 7 6 5 4 3 2; a remainder that would need 10 is no account).
 */
export function noBankAccount(s: string): boolean {
  const v = digitsOf(s);
  if (v.length !== 11 || isRepdigit(v)) return false;
  const check = elevenMinus(weightedSum(v, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]));
  return check < 10 && check === d(v, 10);
}

/**
 * Chinese resident identity card number (GB 11643-1999): six digits of the issuing region, the birth date as
 * YYYYMMDD, three of sequence and a check character (ISO 7064 MOD 11-2: the first seventeen weighted 2^(17-i)
 * modulo 11; 10 is written X).
 */
export function cnRic(s: string): boolean {
  const v = alnumOf(s).toUpperCase();
  if (!/^\d{17}[\dX]$/.test(v)) return false;
  const year = Number(v.slice(6, 10));
  const month = Number(v.slice(10, 12));
  const day = Number(v.slice(12, 14));
  if (year < 1900 || year > 2099 || month < 1 || month > 12 || day < 1 || day > 31) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += d(v, i) * (2 ** (17 - i) % 11);
  const check = (12 - (sum % 11)) % 11;
  return v[17] === (check === 10 ? 'X' : String(check));
}

/**
 * The unique master citizen number of former Yugoslavia's states (North Macedonia's EMBG, Serbia's, Bosnia's and
 * Montenegro's JMBG, Slovenia's EMŠO): the birth date as DDMMYYY (a year's last three digits: 9xx the 1900s, 0xx the
 * 2000s), two of region, three of sequence and a check digit: 11 − the digits weighted 7 6 5 4 3 2 7 6 5 4 3 2
 * modulo 11 (11 is written 0; 10 never issued).
 */
export function jmbg(s: string): boolean {
  const v = digitsOf(s);
  if (v.length !== 13 || isRepdigit(v)) return false;
  const yyy = Number(v.slice(4, 7));
  const year = yyy >= 800 ? 1000 + yyy : 2000 + yyy;
  if (!validDate(year, Number(v.slice(2, 4)), Number(v.slice(0, 2)))) return false;
  const weights = [7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += d(v, i) * weights[i]!;
  const check = 11 - (sum % 11);
  if (check === 10) return false;
  return d(v, 12) === check % 11;
}

/**
 * Finnish personal identity code (henkilötunnus): DDMMYY, the century sign (+ 1800s; - U V W X Y 1900s; A B C D E F
 * 2000s), three digits, and a check character: the nine digits as one number modulo 31, in 0–9 A–Y without G I O Q Z.
 */
export function fiHetu(s: string): boolean {
  const m = /^(\d{2})(\d{2})(\d{2})([-+A-FU-Y])(\d{3})([0-9A-Y])$/.exec(s);
  if (!m) return false;
  const century = m[4] === '+' ? 1800 : /[A-F]/.test(m[4]!) ? 2000 : 1900;
  if (!validDate(century + Number(m[3]), Number(m[2]), Number(m[1]))) return false;
  return '0123456789ABCDEFHJKLMNPRSTUVWXY'[Number(m[1]! + m[2]! + m[3]! + m[5]!) % 31] === m[6];
}

/**
 * Chilean RUT / RUN ("12.345.678-5", "12345678-K"): seven or eight digits weighted 2, 3, … 7 from the right,
 * cyclically; 11 − the sum modulo 11 is the check (11 → 0, 10 → K).
 */
export function clRut(s: string): boolean {
  const v = alnumOf(s);
  const body = v.slice(0, -1);
  if (!/^\d{7,8}$/.test(body)) return false;
  let sum = 0;
  for (let i = body.length - 1, w = 2; i >= 0; i--, w = w === 7 ? 2 : w + 1) sum += d(body, i) * w;
  const r = 11 - (sum % 11);
  return (r === 11 ? '0' : r === 10 ? 'K' : String(r)) === v.at(-1);
}

/**
 * New Zealand IRD number ("49-091-850"): eight or nine digits (eight take a leading 0), 10,000,000 to 150,000,000;
 * the first eight weighted 3 2 7 6 5 4 3 2, 11 − the sum modulo 11 is the ninth (0 when the sum divides); a result
 * of 10 is tried again with the weights 7 4 3 2 5 2 7 6, and 10 again is no number.
 */
export function nzIrd(s: string): boolean {
  const v = digitsOf(s).padStart(9, '0');
  if (v.length !== 9 || Number(v) < 10_000_000 || Number(v) > 150_000_000) return false;
  let check = elevenMinus(weightedSum(v, [3, 2, 7, 6, 5, 4, 3, 2]));
  if (check === 10) check = elevenMinus(weightedSum(v, [7, 4, 3, 2, 5, 2, 7, 6]));
  return check !== 10 && check === d(v, 8);
}

/**
 * Norwegian fødselsnummer ("150765 00565"; a D-number adds 40 to the day): DDMMYY, three digits and two check digits,
 * each 11 − a weighted sum modulo 11 (0 when the sum divides; 10: no number).
 */
export function noFodselsnummer(s: string): boolean {
  const v = digitsOf(s);
  if (v.length !== 11) return false;
  const day = Number(v.slice(0, 2)) - (d(v, 0) >= 4 ? 40 : 0);
  const month = Number(v.slice(2, 4));
  const yy = Number(v.slice(4, 6));
  if (!validDate(1900 + yy, month, day) && !validDate(2000 + yy, month, day)) return false;
  return (
    elevenMinus(weightedSum(v, [3, 7, 6, 1, 8, 9, 4, 5, 2])) === d(v, 9) &&
    elevenMinus(weightedSum(v, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])) === d(v, 10)
  );
}

/** 11 − the sum modulo 11, 0 when the sum divides (10 stays 10: the schemes that use it have no such number). */
function elevenMinus(sum: number): number {
  const r = sum % 11;
  return r === 0 ? 0 : 11 - r;
}
