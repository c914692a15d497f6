// The value generators and validators the blind sets from test/pii-blind6 on share: card numbers (Luhn) and published
// test cards, national ids with their check digits, bank accounts and routing numbers, licence shapes, birth dates,
// written from the public descriptions of each scheme (no detector's code). Each set's values.ts adds its own.
import type { Lang } from './doc.ts';
import type { Rng } from '../pii-independent/rng.ts';

/** A birth date: year, month (1–12) and day. */
export interface Birth {
  y: number;
  m: number;
  d: number;
}

export const digitsOf = (s: string): string => s.replace(/\D/g, '');

export const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

export const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

export const HEX = '0123456789abcdef';

export const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/** Groups of `size` characters joined by `sep`. */
export function group(s: string, size: number, sep = ' '): string {
  const out: string[] = [];
  for (let i = 0; i < s.length; i += size) out.push(s.slice(i, i + size));
  return out.join(sep);
}

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

export const TEST_CARDS = [
  '4242424242424242',
  '4111111111111111',
  '5555555555554444',
  '378282246310005',
  '4000056655665556',
  '5105105105105100',
];

export function cardDigits(rng: Rng): { digits: string; amex: boolean } {
  const kind = rng.pick(['visa', 'visa', 'mc', 'mc2', 'amex']);
  if (kind === 'amex') {
    const body = rng.pick(['34', '37']) + rng.digits(12);
    return { digits: body + luhnDigit(body), amex: true };
  }
  const prefix = kind === 'visa' ? '4' : kind === 'mc' ? `5${rng.int(1, 5)}` : String(rng.int(2221, 2720));
  const body = prefix + rng.digits(15 - prefix.length);
  return { digits: body + luhnDigit(body), amex: false };
}

export function formatCard(rng: Rng, digits: string, amex: boolean): string {
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

export function mod97(numeric: string): number {
  let r = 0;
  for (const ch of numeric) r = (r * 10 + Number(ch)) % 97;
  return r;
}

export const toNumeric = (s: string): string =>
  [...s.toUpperCase()].map((c) => (/[A-Z]/.test(c) ? String(c.charCodeAt(0) - 55) : c)).join('');

export const weighted = (digits: string, weights: readonly number[]): number => weights.reduce((s, w, i) => s + w * Number(digits[i]), 0);

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
export function mod1110(body: string): number {
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

export const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function drawBirth(rng: Rng, from: number, to: number): Birth {
  const y = rng.int(from, to);
  const m = rng.int(1, 12);
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  return { y, m, d: rng.int(1, m === 2 && leap ? 29 : DAYS[m - 1]!) };
}

export const yy = (b: Birth): string => pad(b.y % 100);

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

export function ean13Digit(body: string): number {
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

export const DNI_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';

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
export const CF_ODD: Record<string, number> = {
  '0': 1, '1': 0, '2': 5, '3': 7, '4': 9, '5': 13, '6': 15, '7': 17, '8': 19, '9': 21,
  A: 1, B: 0, C: 5, D: 7, E: 9, F: 13, G: 15, H: 17, I: 19, J: 21, K: 2, L: 4, M: 18, N: 20, O: 11, P: 3, Q: 6,
  R: 8, S: 12, T: 14, U: 16, V: 10, W: 22, X: 25, Y: 24, Z: 23,
}; // prettier-ignore

export const cfEven = (c: string): number => (/\d/.test(c) ? Number(c) : c.charCodeAt(0) - 65);

export function cfCheck(body: string): string {
  let s = 0;
  for (let i = 0; i < 15; i++) s += i % 2 === 0 ? CF_ODD[body[i]!]! : cfEven(body[i]!);
  return UPPER[s % 26]!;
}

export function codiceFiscaleValid(v: string): boolean {
  const s = v.trim().toUpperCase();
  return /^[A-Z]{6}\d{2}[ABCDEHLMPRST]\d{2}[A-Z]\d{3}[A-Z]$/.test(s) && cfCheck(s.slice(0, 15)) === s[15];
}

export const consonants = (s: string): string => s.toUpperCase().replace(/[^A-Z]|[AEIOU]/g, '');

export const vowels = (s: string): string => s.toUpperCase().replace(/[^AEIOU]/g, '');

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

export const LICENCE_SHAPES = [
  /^[A-Z9]{5}\d{6}[A-Z9]{2}\d[A-Z]{2}$/, // GB (DVLA)
  /^[A-Z0-9]{11}$/, // DE
  /^\d{12}$/, // FR (pre-2013)
  /^\d{8}[A-Z]$/, // ES (the DNI)
  /^[A-Z]{2}\d{7}[A-Z]$/, // IT
  /^\d{10}$/, // NL
];

export const driverLicenseValid = (v: string): boolean => LICENCE_SHAPES.some((r) => r.test(v.trim()));

export const dig = (rng: Rng, n: number, first = 1): string => String(rng.int(first, 9)) + rng.digits(n - 1);

export const b64url = (s: string): string => Buffer.from(s).toString('base64url');

/** The months' names in the six languages, as dates spell them. */
export const MONTHS: Record<Lang, string[]> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  de: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  it: ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
};

// ---- IBANs, passports, licences, addresses and phones of the six languages' countries (pii-blind12 on) ----

/** The IBAN lengths of the six languages' countries. */
export const IBAN_LENGTHS: Readonly<Record<string, number>> = {
  GB: 22, IE: 22, DE: 22, AT: 20, CH: 21, LU: 20, FR: 27, BE: 16, ES: 24, IT: 27, NL: 18,
}; // prettier-ignore

/** The countries whose IBANs a document of each language holds (the first ones twice, so they come up more often). */
export const IBAN_COUNTRIES: Readonly<Record<Lang, readonly string[]>> = {
  en: ['GB', 'GB', 'IE'],
  de: ['DE', 'DE', 'AT', 'CH', 'LU'],
  fr: ['FR', 'FR', 'BE', 'LU'],
  es: ['ES'],
  it: ['IT'],
  nl: ['NL', 'NL', 'BE'],
};

/** A set's IBANs: its countries' lengths, the four-letter bank codes of the countries whose basic bank account
 * number starts with one, its own basic bank account numbers (undefined for a country it leaves to the shared
 * layouts), the countries of each language (IBAN_COUNTRIES unless given) and the countries besides the language's
 * whose IBANs a look-alike may imitate. */
export interface IbanChoices {
  lengths: Readonly<Record<string, number>>;
  banks: Readonly<Record<string, readonly string[]>>;
  bban?: (rng: Rng, country: string) => string | undefined;
  countries?: Readonly<Record<Lang, readonly string[]>>;
  notIbanAlso?: readonly string[];
}

export interface IbanGenerators {
  ibanValid(value: string): boolean;
  /** An IBAN of a country, grouped in fours (with spaces or hyphens) or not. */
  ibanOf(rng: Rng, country: string): string;
  /** An IBAN of one of the language's countries. */
  iban(rng: Rng, lang: Lang): string;
  /** An IBAN with wrong check digits (and no Luhn-valid run of digits inside). */
  notAnIban(rng: Rng, lang: Lang): string;
}

export function ibanGenerators(choices: IbanChoices): IbanGenerators {
  const { lengths, banks, bban: ownBban, countries = IBAN_COUNTRIES, notIbanAlso = [] } = choices;
  function ibanValid(value: string): boolean {
    const s = value.replace(/[\s-]/g, '').toUpperCase();
    if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(s)) return false;
    const len = lengths[s.slice(0, 2)];
    if (len !== undefined && s.length !== len) return false;
    if (s.length < 15 || s.length > 34) return false;
    return mod97(toNumeric(s.slice(4) + s.slice(0, 4))) === 1;
  }
  /** The basic bank account number of a country: bank code and account in the country's layout. */
  function bban(rng: Rng, country: string): string {
    const own = ownBban?.(rng, country);
    if (own !== undefined) return own;
    switch (country) {
      case 'LU':
        return rng.digits(3) + rng.digits(13);
      case 'BE': {
        const n = rng.digits(10);
        return n + pad(Number(BigInt(n) % 97n) || 97);
      }
      case 'IT':
        return rng.chars(1, UPPER) + rng.digits(22);
      default: {
        const codes = banks[country];
        return codes ? rng.pick(codes) + rng.digits(lengths[country]! - 8) : rng.digits(lengths[country]! - 4);
      }
    }
  }
  function ibanCompact(rng: Rng, country: string): string {
    const b = bban(rng, country);
    return country + pad(98 - mod97(toNumeric(b + country + '00'))) + b;
  }
  function ibanOf(rng: Rng, country: string): string {
    const s = ibanCompact(rng, country);
    return rng.pick([() => group(s, 4), () => group(s, 4), () => s, () => group(s, 4).replace(/ /g, '-')])();
  }
  function notAnIban(rng: Rng, lang: Lang): string {
    const s = ibanCompact(rng, rng.pick([...countries[lang], ...notIbanAlso]));
    const bad = s.slice(0, 2) + pad((Number(s.slice(2, 4)) + rng.int(1, 90)) % 97 || 3) + s.slice(4);
    const out = group(bad, 4);
    return ibanValid(bad) || luhnRuns(out).length > 0 ? notAnIban(rng, lang) : out;
  }
  return { ibanValid, ibanOf, iban: (rng, lang) => ibanOf(rng, rng.pick(countries[lang])), notAnIban };
}

/** The validators of the six languages' countries' national ids. */
export const NATIONAL_ID_VALIDATORS: readonly ((v: string) => boolean)[] = [
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
];

/** Passport shapes of the six languages' countries. */
export const PASSPORT_SHAPES: Readonly<Record<string, RegExp>> = {
  GB: /^\d{9}$/,
  IE: /^[A-Z]{2}\d{7}$/,
  DE: /^[CFGHJKLMNPRTVWXYZ][CFGHJKLMNPRTVWXYZ0-9]{8}$/,
  AT: /^[A-Z]\d{7}$/,
  CH: /^[A-Z]\d{7}$/,
  FR: /^\d{2}[A-Z]{2}\d{5}$/,
  BE: /^[A-Z]{2}\d{6}$/,
  ES: /^[A-Z]{3}\d{6}$/,
  IT: /^[A-Z]{2}\d{7}$/,
  NL: /^[A-NP-Z]{2}[A-NP-Z0-9]{6}\d$/,
};

/** The countries whose passports a document of each language holds. */
export const PASSPORT_COUNTRIES: Readonly<Record<Lang, readonly string[]>> = {
  en: ['GB', 'IE'],
  de: ['DE', 'AT', 'CH'],
  fr: ['FR', 'BE'],
  es: ['ES'],
  it: ['IT'],
  nl: ['NL', 'BE'],
};

const NOT_O = 'ABCDEFGHIJKLMNPQRSTUVWXYZ';
const DE_PASS = 'CFGHJKLMNPRTVWXYZ';

/** A passport number of one of the six languages' countries in its shape; undefined for another country. */
export function sixCountriesPassport(rng: Rng, country: string): string | undefined {
  switch (country) {
    case 'GB':
      return dig(rng, 9);
    case 'IE':
    case 'IT':
      return rng.chars(2, UPPER) + rng.digits(7);
    case 'DE':
      return rng.chars(1, DE_PASS) + rng.chars(8, DE_PASS + '0123456789');
    case 'AT':
    case 'CH':
      return rng.chars(1, UPPER) + rng.digits(7);
    case 'FR':
      return rng.digits(2) + rng.chars(2, UPPER) + rng.digits(5);
    case 'BE':
      return rng.chars(2, UPPER) + rng.digits(6);
    case 'ES':
      return rng.chars(3, UPPER) + rng.digits(6);
    case 'NL':
      return rng.chars(2, NOT_O) + rng.chars(6, NOT_O + '0123456789') + rng.digits(1);
    default:
      return undefined;
  }
}

const up = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toUpperCase()
    .replace(/[^A-Z]/g, '');

export type DriverLicense = (rng: Rng, lang: Lang, surname: string, given: string, female: boolean, b: Birth) => string;

/** A driving licence number of the language's country: the British one from the holder's surname, birth date, sex
 * and initial the DVLA way; the others in their shapes (the Italian one with one of a set's province codes). */
export function driverLicenseOf(itProvinces: readonly string[]): DriverLicense {
  return (rng, lang, surname, given, female, b) => {
    switch (lang) {
      case 'en': {
        const s = (up(surname) + '99999').slice(0, 5);
        const y = pad(b.y % 100);
        const date = `${y[0]}${pad(b.m + (female ? 50 : 0))}${pad(b.d)}${y[1]}`;
        const init = (up(given).slice(0, 1) + '9').slice(0, 2);
        return `${s}${date}${init}9${rng.chars(2, UPPER)}`;
      }
      case 'de':
        return rng.chars(1, 'BFJN') + rng.digits(3) + rng.chars(7, ALNUM.slice(0, 26) + '0123456789');
      case 'fr':
        return dig(rng, 12);
      case 'es':
        return dni(rng);
      case 'it':
        return rng.pick(itProvinces) + rng.digits(7) + rng.chars(1, UPPER);
      case 'nl':
        return dig(rng, 10, 4);
    }
  };
}

/** The countries whose addresses a document of each language holds. */
export const ADDRESS_COUNTRIES: Readonly<Record<Lang, readonly string[]>> = {
  en: ['GB', 'GB', 'IE'],
  de: ['DE', 'DE', 'AT', 'CH'],
  fr: ['FR', 'FR', 'BE', 'LU'],
  es: ['ES'],
  it: ['IT'],
  nl: ['NL', 'NL', 'BE'],
};

/** An address's lines, on several lines or on one. */
export const addressLines = (multi: boolean, parts: string[]): string => parts.join(multi ? '\n' : ', ');

/** A phone number as someone notes one dictated over the phone: the country or area code as written, then the other
 * digits in groups of `size`. */
export function regroupedPhone(phone: string, size: number): string {
  const [head = '', ...tail] = phone.split(/[ -]/);
  return [head, ...(digitsOf(tail.join('')).match(new RegExp(`.{1,${size}}`, 'g')) ?? [])].join(' ');
}
