// Values of this set, and the validators that check them, written from the public descriptions of each scheme
// (check digits, ranges, national formats) and tested on published examples in set.test.ts. Generators draw from
// the set's seeded Rng; every labelled value passes its validator, every look-alike fails it.
import type { Lang } from '../pii-blind/doc.ts';
import { MONTHS } from '../pii-blind/set-values.ts';
import type { Rng } from '../pii-independent/rng.ts';

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
export const digitsOf = (s: string): string => s.replace(/\D/g, '');

// ---------------------------------------------------------------- Luhn and cards

export function luhn(digits: string): boolean {
  if (!/^\d{2,}$/.test(digits)) return false;
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

/** Card networks' published test numbers: placeholders, never labelled. */
export const TEST_CARDS = [
  '4242424242424242',
  '4111111111111111',
  '5555555555554444',
  '5105105105105100',
  '378282246310005',
  '4000056655665556',
  '4012888888881881',
  '6011111111111117',
  '3530111333300000',
  '2223003122003222',
  '6200000000000005',
];

function group(d: string, sizes: readonly number[], sep: string): string {
  const out: string[] = [];
  let i = 0;
  for (const s of sizes) {
    out.push(d.slice(i, i + s));
    i += s;
  }
  return out.filter(Boolean).join(sep);
}

/** A Luhn-valid card number: Visa, Mastercard (51–55 and the 2-series), Amex, UnionPay, JCB; grouped or not. */
export function card(rng: Rng): string {
  const kind = rng.pick(['visa', 'visa', 'mc', 'mc2', 'amex', 'unionpay', 'jcb']);
  const prefix =
    kind === 'visa'
      ? '4' + rng.digits(5)
      : kind === 'mc'
        ? `5${rng.int(1, 5)}` + rng.digits(4)
        : kind === 'mc2'
          ? String(rng.int(2221, 2720)) + rng.digits(2)
          : kind === 'amex'
            ? rng.pick(['34', '37']) + rng.digits(4)
            : kind === 'unionpay'
              ? '62' + rng.digits(4)
              : String(rng.int(3528, 3589)) + rng.digits(2);
  const len = kind === 'amex' ? 15 : 16;
  let body = prefix + rng.digits(len - 1 - prefix.length);
  let d = body + luhnDigit(body);
  while (TEST_CARDS.includes(d)) {
    body = prefix + rng.digits(len - 1 - prefix.length);
    d = body + luhnDigit(body);
  }
  const sizes = len === 15 ? [4, 6, 5] : [4, 4, 4, 4];
  return rng.pick([() => group(d, sizes, ' '), () => group(d, sizes, ' '), () => group(d, sizes, '-'), () => d])();
}

/** A 16-digit number that fails Luhn, grouped like a card. */
export function notACard(rng: Rng): string {
  for (;;) {
    const d = rng.pick(['4', '5']) + rng.digits(15);
    if (!luhn(d)) return group(d, [4, 4, 4, 4], rng.pick([' ', '-']));
  }
}

export const testCard = (rng: Rng): string => {
  const d = rng.pick(TEST_CARDS);
  return d.length === 15 ? group(d, [4, 6, 5], ' ') : group(d, [4, 4, 4, 4], rng.pick([' ', '', '-']));
};

/** Luhn-valid runs of 13 to 19 digits (single spaces or hyphens between them allowed, no letter or digit right before
 * or after) in a text. */
export function luhnRuns(text: string): { index: number; text: string }[] {
  const out: { index: number; text: string }[] = [];
  for (const m of text.matchAll(/(?<![A-Za-z\d.,:/-])\d(?:[ -]?\d){12,18}(?![\dA-Za-z])/g))
    if (luhn(digitsOf(m[0]))) out.push({ index: m.index, text: m[0] });
  return out;
}

// ---------------------------------------------------------------- IBAN and national bank numbers

const letterValue = (c: string): string => (/[A-Z]/.test(c) ? String(c.charCodeAt(0) - 55) : c);

function mod97(numeric: string): number {
  let r = 0;
  for (const ch of numeric) r = (r * 10 + Number(ch)) % 97;
  return r;
}

const IBAN_LENGTHS: Record<string, number> = { GB: 22, IE: 22, DE: 22, AT: 20, CH: 21, FR: 27, BE: 16, LU: 20, ES: 24, IT: 27, NL: 18 };

export function ibanValid(s: string): boolean {
  const c = s.replace(/ /g, '');
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(c)) return false;
  const len = IBAN_LENGTHS[c.slice(0, 2)];
  if (len !== undefined && c.length !== len) return false;
  const moved = c.slice(4) + c.slice(0, 4);
  return mod97([...moved].map(letterValue).join('')) === 1;
}

function ibanFrom(country: string, bban: string): string {
  const check = 98 - mod97([...(bban + country + '00')].map(letterValue).join(''));
  return country + pad(check) + bban;
}

// French RIB key: 97 - ((89 bank + 15 branch + 3 account) mod 97), letters of the account read as digits.
// Letters of an account read as digits: A–I 1–9, J–R 1–9, S–Z 2–9.
const RIB_LETTERS: Record<string, string> = Object.fromEntries(
  [...UPPER].map((c, i) => [c, String((i < 9 ? i : i < 18 ? i - 9 : i - 17) + 1)]),
);
function ribKey(bank: string, branch: string, account: string): string {
  const acc = [...account].map((c) => RIB_LETTERS[c] ?? c).join('');
  const n = (89 * Number(bank) + 15 * Number(branch) + 3 * Number(acc)) % 97;
  return pad(97 - n);
}

export function ribValid(s: string): boolean {
  const c = s.replace(/[ -]/g, '');
  if (!/^\d{10}[0-9A-Z]{11}\d{2}$/.test(c)) return false;
  return ribKey(c.slice(0, 5), c.slice(5, 10), c.slice(10, 21)) === c.slice(21);
}

export function rib(rng: Rng): string {
  const bank = rng.pick(['30002', '30003', '30004', '10278', '20041', '11315', '18206', '30066']);
  const branch = rng.digits(5);
  const account = rng.digits(11);
  return `${bank} ${branch} ${account} ${ribKey(bank, branch, account)}`;
}

// Spanish CCC: two control digits, weights 1 2 4 8 5 10 9 7 3 6 mod 11.
const CCC_W = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6];
function cccDigit(ten: string): string {
  const s = [...ten].reduce((a, d, i) => a + Number(d) * CCC_W[i]!, 0);
  const r = 11 - (s % 11);
  return String(r === 11 ? 0 : r === 10 ? 1 : r);
}

export function cccValid(s: string): boolean {
  const c = s.replace(/[ -]/g, '');
  if (!/^\d{20}$/.test(c)) return false;
  return cccDigit('00' + c.slice(0, 8)) === c[8] && cccDigit(c.slice(10)) === c[9];
}

export function ccc(rng: Rng): string {
  const bank = rng.pick(['2100', '0049', '0182', '0081', '2038', '0128', '1465', '2085']);
  const office = rng.digits(4);
  const account = rng.digits(10);
  return `${bank} ${office} ${cccDigit('00' + bank + office)}${cccDigit(account)} ${account}`;
}

// Italian CIN: the codice fiscale's odd/even tables over ABI, CAB and account, mod 26.
const CF_ODD: Record<string, number> = {
  '0': 1, '1': 0, '2': 5, '3': 7, '4': 9, '5': 13, '6': 15, '7': 17, '8': 19, '9': 21,
  A: 1, B: 0, C: 5, D: 7, E: 9, F: 13, G: 15, H: 17, I: 19, J: 21, K: 2, L: 4, M: 18, N: 20, O: 11, P: 3, Q: 6,
  R: 8, S: 12, T: 14, U: 16, V: 10, W: 22, X: 25, Y: 24, Z: 23,
}; // prettier-ignore
const cfEven = (c: string): number => (/\d/.test(c) ? Number(c) : c.charCodeAt(0) - 65);

function cfCheck(s: string): string {
  let sum = 0;
  for (let i = 0; i < s.length; i++) sum += i % 2 === 0 ? CF_ODD[s[i]!]! : cfEven(s[i]!);
  return UPPER[sum % 26]!;
}

// Dutch pre-IBAN account numbers: the eleven test (9 or 10 digits, weights length..1).
export function dutchAccountValid(s: string): boolean {
  const c = s.replace(/[ .]/g, '');
  if (!/^\d{9,10}$/.test(c)) return false;
  const sum = [...c].reduce((a, d, i) => a + Number(d) * (c.length - i), 0);
  return sum % 11 === 0 && Number(c) > 0;
}

export function dutchAccount(rng: Rng): string {
  for (;;) {
    const c = String(rng.int(1, 9)) + rng.digits(8);
    if (dutchAccountValid(c)) return rng.chance(0.5) ? c : `${c.slice(0, 2)}.${c.slice(2, 4)}.${c.slice(4, 6)}.${c.slice(6)}`;
  }
}

// Belgian account numbers: 3-7-2, the last two the first ten mod 97 (0 read as 97).
export function belgianAccountValid(s: string): boolean {
  const c = s.replace(/[ -]/g, '');
  if (!/^\d{12}$/.test(c)) return false;
  const r = Number(c.slice(0, 10)) % 97;
  return (r === 0 ? 97 : r) === Number(c.slice(10));
}

export function belgianAccount(rng: Rng): string {
  const ten = rng.pick(['001', '068', '310', '363', '737', '751', '979']) + rng.digits(7);
  const r = Number(ten) % 97;
  return `${ten.slice(0, 3)}-${ten.slice(3)}-${pad(r === 0 ? 97 : r)}`;
}

/** A national IBAN (with valid national check digits inside for FR, ES, IT, BE, NL), in groups of four or not. */
export function ibanOf(rng: Rng, country: string): string {
  const bban = bbanOf(rng, country);
  const iban = ibanFrom(country, bban);
  return rng.chance(0.7) ? iban.replace(/(.{4})(?=.)/g, '$1 ') : iban;
}

function bbanOf(rng: Rng, country: string): string {
  switch (country) {
    case 'GB':
      return rng.pick(['NWBK', 'BARC', 'LOYD', 'HBUK', 'MIDL', 'MONZ']) + rng.digits(6) + rng.digits(8);
    case 'IE':
      return rng.pick(['AIBK', 'BOFI', 'IPBS', 'ULSB']) + rng.digits(6) + rng.digits(8);
    case 'DE':
      return String(rng.int(1, 8)) + rng.digits(7) + rng.digits(10);
    case 'AT':
      return String(rng.int(1, 9)) + rng.digits(4) + rng.digits(11);
    case 'CH':
      return pad(rng.int(1, 99), 5) + rng.digits(12);
    case 'LU':
      return rng.digits(3) + rng.chars(13, '0123456789ABCDEFGHJKLMNPRSTUVWXYZ');
    case 'FR':
      return rib(rng).replace(/ /g, '');
    case 'ES':
      return ccc(rng).replace(/ /g, '');
    case 'BE':
      return belgianAccount(rng).replace(/-/g, '');
    case 'NL': {
      const acc = dutchAccount(rng).replace(/\./g, '');
      return rng.pick(['ABNA', 'RABO', 'SNSB', 'ASNB', 'TRIO', 'KNAB']) + acc.padStart(10, '0');
    }
    case 'IT': {
      const rest = rng.pick(['03069', '02008', '05034', '01030', '03062']) + rng.digits(5) + rng.digits(12);
      return cfCheck(rest) + rest;
    }
    default:
      throw new Error(`no BBAN for ${country}`);
  }
}

const IBAN_BY_LANG: Record<Lang, string[]> = {
  en: ['GB', 'GB', 'IE'],
  de: ['DE', 'DE', 'AT', 'CH'],
  fr: ['FR', 'FR', 'BE', 'LU', 'CH'],
  es: ['ES'],
  it: ['IT', 'IT', 'CH'],
  nl: ['NL', 'NL', 'BE'],
};
export const iban = (rng: Rng, lang: Lang): string => ibanOf(rng, rng.pick(IBAN_BY_LANG[lang]));

/** An IBAN-shaped string whose check digits are wrong (and with no digit run that passes Luhn). */
export function notAnIban(rng: Rng, lang: Lang): string {
  for (;;) {
    const good = iban(rng, lang).replace(/ /g, '');
    const bad = (good.slice(0, 2) + pad(rng.int(2, 97)) + good.slice(4)).replace(/(.{4})(?=.)/g, '$1 ');
    if (!ibanValid(bad) && luhnRuns(bad).length === 0) return bad;
  }
}

// UK sort codes and accounts, US ABA routing numbers and accounts.
export const ukSortCode = (rng: Rng): string => `${pad(rng.int(1, 99))}-${rng.digits(2)}-${rng.digits(2)}`;
export const ukAccount = (rng: Rng): string => String(rng.int(1, 9)) + rng.digits(7);

export function abaValid(s: string): boolean {
  if (!/^\d{9}$/.test(s)) return false;
  const d = [...s].map(Number);
  return (3 * (d[0]! + d[3]! + d[6]!) + 7 * (d[1]! + d[4]! + d[7]!) + (d[2]! + d[5]! + d[8]!)) % 10 === 0;
}

export function usRouting(rng: Rng): string {
  for (;;) {
    const s = pad(rng.pick([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 21, 22, 26, 31, 32]), 2) + rng.digits(7);
    if (abaValid(s)) return s;
  }
}
export const usAccount = (rng: Rng): string => String(rng.int(1, 9)) + rng.digits(rng.int(7, 11));

/** Any of this set's non-IBAN account numbers, each number alone. */
export function bankAccountValid(s: string): boolean {
  if (/^\d{2}-\d{2}-\d{2}$/.test(s)) return true; // UK sort code, given beside its account
  if (/^\d{8}$/.test(s)) return true; // UK account number (its modulus check is the bank's own)
  if (abaValid(s)) return true;
  if (/^\d{8,12}$/.test(s) && !luhn(s)) return true; // US account number: no check digit
  return ribValid(s) || cccValid(s) || dutchAccountValid(s) || belgianAccountValid(s);
}

// ---------------------------------------------------------------- national identity numbers

export function nhsValid(s: string): boolean {
  const c = s.replace(/[ -]/g, '');
  if (!/^\d{10}$/.test(c)) return false;
  const sum = [...c.slice(0, 9)].reduce((a, d, i) => a + Number(d) * (10 - i), 0);
  const check = 11 - (sum % 11);
  return check !== 10 && (check === 11 ? 0 : check) === Number(c[9]);
}

function nhs(rng: Rng): string {
  for (;;) {
    const body = String(rng.int(4, 7)) + rng.digits(8);
    const sum = [...body].reduce((a, d, i) => a + Number(d) * (10 - i), 0);
    const check = 11 - (sum % 11);
    if (check === 10) continue;
    const c = body + (check === 11 ? 0 : check);
    return `${c.slice(0, 3)} ${c.slice(3, 6)} ${c.slice(6)}`;
  }
}

const NINO_BAD_PREFIX = ['BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ'];
export function ninoValid(s: string): boolean {
  const c = s.replace(/ /g, '');
  const m = /^([A-CEGHJ-PR-TW-Z])([A-CEGHJ-NPR-TW-Z])\d{6}[A-D]$/.exec(c);
  return !!m && !NINO_BAD_PREFIX.includes(m[1]! + m[2]!);
}

function nino(rng: Rng): string {
  for (;;) {
    const p = rng.chars(1, 'ABCEGHJKLMNPRSTWXYZ') + rng.chars(1, 'ABCEGHJKLMNPRSTWXYZ');
    const d = rng.digits(6);
    const s = `${p} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${rng.chars(1, 'ABCD')}`;
    if (ninoValid(s)) return s;
  }
}

export function ppsValid(s: string): boolean {
  const m = /^(\d{7})([A-W])([AWTXH]?)$/.exec(s.replace(/ /g, ''));
  if (!m) return false;
  let sum = [...m[1]!].reduce((a, d, i) => a + Number(d) * (8 - i), 0);
  if (m[3] && m[3] !== 'W') sum += 9 * (m[3].charCodeAt(0) - 64);
  const r = sum % 23;
  return (r === 0 ? 'W' : UPPER[r - 1]) === m[2];
}

function pps(rng: Rng): string {
  const d = rng.digits(7);
  const sum = [...d].reduce((a, x, i) => a + Number(x) * (8 - i), 0) + 9;
  const r = sum % 23;
  return `${d}${r === 0 ? 'W' : UPPER[r - 1]}A`;
}

/** German tax id: eleven digits, the first not 0, one digit of the first ten twice or three times, ISO 7064 11,10. */
export function steuerIdValid(s: string): boolean {
  const c = s.replace(/ /g, '');
  if (!/^[1-9]\d{10}$/.test(c)) return false;
  const counts = new Map<string, number>();
  for (const d of c.slice(0, 10)) counts.set(d, (counts.get(d) ?? 0) + 1);
  const multi = [...counts.values()].filter((n) => n > 1);
  if (multi.length !== 1 || multi[0]! > 3) return false;
  return iso7064_11_10(c.slice(0, 10)) === c[10];
}

function iso7064_11_10(ten: string): string {
  let product = 10;
  for (const d of ten) {
    let sum = (Number(d) + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  const check = 11 - product;
  return String(check === 10 ? 0 : check);
}

function steuerId(rng: Rng): string {
  for (;;) {
    const digits = rng.shuffle([...'0123456789']);
    const twice = digits[rng.int(0, 8)]!;
    const body = rng.shuffle([...digits.slice(0, 9), twice]).join('');
    if (body[0] === '0') continue;
    const c = body + iso7064_11_10(body);
    if (steuerIdValid(c)) return rng.chance(0.5) ? c : `${c.slice(0, 2)} ${c.slice(2, 5)} ${c.slice(5, 8)} ${c.slice(8)}`;
  }
}

/** German pension insurance number: area, birth date, surname initial, serial, check digit. */
export function rvnrValid(s: string): boolean {
  const c = s.replace(/ /g, '');
  const m = /^(\d{8})([A-Z])(\d{2})(\d)$/.exec(c);
  if (!m) return false;
  return rvnrCheck(m[1]!, m[2]!, m[3]!) === m[4];
}

function rvnrCheck(areaDate: string, letter: string, serial: string): string {
  const digits = areaDate + pad(letter.charCodeAt(0) - 64) + serial;
  const w = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1];
  let sum = 0;
  for (let i = 0; i < 12; i++) {
    const p = Number(digits[i]) * w[i]!;
    sum += Math.floor(p / 10) + (p % 10);
  }
  return String(sum % 10);
}

/** A birth date: year, month, day. */
export interface Birth {
  y: number;
  m: number;
  d: number;
}
export const drawBirth = (rng: Rng, from = 1950, to = 2003): Birth => ({ y: rng.int(from, to), m: rng.int(1, 12), d: rng.int(1, 28) });

function rvnr(rng: Rng, surname: string, b: Birth = drawBirth(rng)): string {
  const areaDate =
    pad(
      rng.pick([
        12, 13, 15, 17, 18, 23, 24, 25, 26, 28, 29, 38, 39, 40, 42, 43, 44, 45, 46, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61,
        62, 63, 64, 65, 66,
      ]),
    ) +
    pad(b.d) +
    pad(b.m) +
    pad(b.y % 100);
  const letter = surname[0]!.toUpperCase();
  const serial = pad(rng.int(0, 49));
  return `${areaDate.slice(0, 2)} ${areaDate.slice(2)} ${letter} ${serial}${rvnrCheck(areaDate, letter, serial)}`;
}

/** Austrian social insurance number: serial (first digit not 0), check digit, birth date DDMMYY. */
export function svnrValid(s: string): boolean {
  const c = s.replace(/ /g, '');
  if (!/^[1-9]\d{9}$/.test(c)) return false;
  return svnrCheck(c.slice(0, 3), c.slice(4)) === c[3];
}

function svnrCheck(serial: string, date: string): string | undefined {
  const w = [3, 7, 9, 5, 8, 4, 2, 1, 6];
  const d = serial + date;
  const r = [...d].reduce((a, x, i) => a + Number(x) * w[i]!, 0) % 11;
  return r === 10 ? undefined : String(r);
}

function svnr(rng: Rng, b: Birth = drawBirth(rng)): string {
  for (;;) {
    const serial = String(rng.int(1, 9)) + rng.digits(2);
    const date = pad(b.d) + pad(b.m) + pad(b.y % 100);
    const c = svnrCheck(serial, date);
    if (c) return `${serial}${c} ${date}`;
  }
}

/** Swiss AHV number: 756, nine digits, an EAN-13 check digit. */
export function ahvValid(s: string): boolean {
  const c = s.replace(/\./g, '');
  if (!/^756\d{10}$/.test(c)) return false;
  return eanCheck(c.slice(0, 12)) === c[12];
}

function eanCheck(twelve: string): string {
  const sum = [...twelve].reduce((a, d, i) => a + Number(d) * (i % 2 === 0 ? 1 : 3), 0);
  return String((10 - (sum % 10)) % 10);
}

function ahv(rng: Rng): string {
  const body = '756' + rng.digits(9);
  const c = body + eanCheck(body);
  return `${c.slice(0, 3)}.${c.slice(3, 7)}.${c.slice(7, 11)}.${c.slice(11)}`;
}

/** French NIR: sex, year, month, department, commune, order, key = 97 - (number mod 97). */
export function nirValid(s: string): boolean {
  const c = s.replace(/ /g, '');
  if (!/^[12]\d{14}$/.test(c)) return false;
  return 97 - mod97(c.slice(0, 13)) === Number(c.slice(13));
}

function nir(rng: Rng, female = rng.chance(0.5), b: Birth = drawBirth(rng)): string {
  const body = `${female ? 2 : 1}${pad(b.y % 100)}${pad(b.m)}${pad(rng.pick([13, 31, 33, 38, 44, 59, 67, 69, 75, 75, 92, 93, 94, 99]))}${pad(rng.int(1, 400), 3)}${pad(rng.int(1, 999), 3)}`;
  const key = pad(97 - mod97(body));
  return `${body[0]} ${body.slice(1, 3)} ${body.slice(3, 5)} ${body.slice(5, 7)} ${body.slice(7, 10)} ${body.slice(10)} ${key}`;
}

/** Belgian national register number: YYMMDD, serial, check = 97 - (number mod 97), with a 2 before it for births
 * from 2000. */
export function belgianRrnValid(s: string): boolean {
  const c = s.replace(/[ .-]/g, '');
  if (!/^\d{11}$/.test(c)) return false;
  const check = Number(c.slice(9));
  return 97 - mod97(c.slice(0, 9)) === check || 97 - mod97('2' + c.slice(0, 9)) === check;
}

function belgianRrn(rng: Rng, b: Birth = drawBirth(rng)): string {
  const body = `${pad(b.y % 100)}${pad(b.m)}${pad(b.d)}${pad(rng.int(1, 997), 3)}`;
  const check = pad(97 - mod97(b.y >= 2000 ? '2' + body : body));
  return `${body.slice(0, 2)}.${body.slice(2, 4)}.${body.slice(4, 6)}-${body.slice(6)}.${check}`;
}

const DNI_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';
export function dniValid(s: string): boolean {
  const m = /^(\d{8})-?([A-Z])$/.exec(s.replace(/ /g, ''));
  return !!m && DNI_LETTERS[Number(m[1]) % 23] === m[2];
}
export function nieValid(s: string): boolean {
  const m = /^([XYZ])-?(\d{7})-?([A-Z])$/.exec(s.replace(/ /g, ''));
  return !!m && DNI_LETTERS[Number('XYZ'.indexOf(m[1]!) + m[2]!) % 23] === m[3];
}
function dni(rng: Rng): string {
  const n = String(rng.int(10, 79)) + rng.digits(6);
  return `${n}${rng.chance(0.2) ? '-' : ''}${DNI_LETTERS[Number(n) % 23]}`;
}
function nie(rng: Rng): string {
  const p = rng.pick(['X', 'Y', 'Z']);
  const n = rng.digits(7);
  return `${p}${n}${DNI_LETTERS[Number('XYZ'.indexOf(p) + n) % 23]}`;
}

/** Italian codice fiscale: its check character (the letters and digits before it are free here). */
export function codiceFiscaleValid(s: string): boolean {
  const c = s.replace(/ /g, '').toUpperCase();
  if (!/^[A-Z]{6}\d{2}[ABCDEHLMPRST]\d{2}[A-Z]\d{3}[A-Z]$/.test(c)) return false;
  return cfCheck(c.slice(0, 15)) === c[15];
}

const consonants = (s: string): string => s.toUpperCase().replace(/[^A-Z]|[AEIOU]/g, '');
const vowels = (s: string): string => s.toUpperCase().replace(/[^AEIOU]/g, '');

/** The codice fiscale of a person: surname and name codes, birth date (+40 on the day for a woman), the place code
 * (Z210: born in China; or an Italian comune), check character. */
export function codiceFiscaleOf(rng: Rng, surname: string, given: string, female: boolean, b: Birth = drawBirth(rng)): string {
  const sur = (consonants(surname) + vowels(surname) + 'XXX').slice(0, 3);
  const gc = consonants(given);
  const name = gc.length >= 4 ? gc[0]! + gc[2]! + gc[3]! : (gc + vowels(given) + 'XXX').slice(0, 3);
  const place = rng.pick(['Z210', 'Z210', 'G999', 'F205', 'H501', 'D612', 'A944', 'L219']);
  const body = `${sur}${name}${pad(b.y % 100)}${'ABCDEHLMPRST'[b.m - 1]}${pad(b.d + (female ? 40 : 0))}${place}`;
  return body + cfCheck(body);
}

function codiceFiscale(rng: Rng): string {
  const sur = rng.chars(3, 'BCDFGLMNPRSTVZ');
  const name = rng.chars(3, 'BCDFGLMNPRSTVZ');
  const body = `${sur}${name}${pad(rng.int(50, 99))}${rng.pick([...'ABCDEHLMPRST'])}${pad(rng.int(1, 71))}${rng.pick(['F205', 'H501', 'A944', 'G273', 'F839', 'L219'])}`;
  return body + cfCheck(body);
}

/** Dutch BSN: nine digits, the eleven test with weights 9..2 and -1. */
export function bsnValid(s: string): boolean {
  const c = s.replace(/[ .]/g, '');
  if (!/^\d{9}$/.test(c)) return false;
  const sum = [...c].reduce((a, d, i) => a + Number(d) * (i === 8 ? -1 : 9 - i), 0);
  return sum % 11 === 0 && c !== '000000000';
}
function bsn(rng: Rng): string {
  for (;;) {
    const c = String(rng.int(1, 6)) + rng.digits(8);
    if (bsnValid(c)) return rng.chance(0.7) ? c : `${c.slice(0, 4)}.${c.slice(4, 6)}.${c.slice(6)}`;
  }
}

/** Resident identity card number of the People's Republic of China: area code, birth date, serial (odd for men),
 * ISO 7064 MOD 11-2 check character. */
export function chineseIdValid(s: string): boolean {
  const c = s.replace(/ /g, '').toUpperCase();
  if (!/^[1-8]\d{5}(19|20)\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])\d{3}[\dX]$/.test(c)) return false;
  return chineseIdCheck(c.slice(0, 17)) === c[17];
}
function chineseIdCheck(body: string): string {
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...body].reduce((a, d, i) => a + Number(d) * w[i]!, 0);
  return '10X98765432'[sum % 11]!;
}
export function chineseId(rng: Rng, female = rng.chance(0.5), b: Birth = drawBirth(rng, 1962, 2004)): string {
  const area = rng.pick(['110105', '310104', '440106', '330106', '510107', '320102', '420106', '350203', '370202', '610113']);
  const seq = pad(rng.int(0, 99), 2) + String(rng.int(0, 4) * 2 + (female ? 0 : 1));
  const body = `${area}${b.y}${pad(b.m)}${pad(b.d)}${seq}`;
  return body + chineseIdCheck(body);
}

/** Taiwanese national identification number: a letter for the place of registration, 1 (men) or 2 (women), seven
 * digits and a check digit (weights 1 9 8 7 6 5 4 3 2 1 1 over the letter's two digits and the nine digits). */
const TW_LETTERS: Record<string, number> = {
  A: 10, B: 11, C: 12, D: 13, E: 14, F: 15, G: 16, H: 17, I: 34, J: 18, K: 19, L: 20, M: 21, N: 22, O: 35, P: 23,
  Q: 24, R: 25, S: 26, T: 27, U: 28, V: 29, W: 32, X: 30, Y: 31, Z: 33,
}; // prettier-ignore
export function taiwanIdValid(s: string): boolean {
  const m = /^([A-Z])([12]\d{8})$/.exec(s.replace(/ /g, ''));
  if (!m) return false;
  const code = TW_LETTERS[m[1]!]!;
  const d = [Math.floor(code / 10), code % 10, ...[...m[2]!].map(Number)];
  const w = [1, 9, 8, 7, 6, 5, 4, 3, 2, 1, 1];
  return d.reduce((a, x, i) => a + x * w[i]!, 0) % 10 === 0;
}
export function taiwanId(rng: Rng, female = rng.chance(0.5)): string {
  for (;;) {
    const s = rng.pick(['A', 'B', 'E', 'F', 'H', 'S', 'T', 'D', 'R']) + (female ? '2' : '1') + rng.digits(8);
    if (taiwanIdValid(s)) return s;
  }
}

/** Canadian SIN: nine digits passing Luhn, not starting with 0 or 8. */
export function sinValid(s: string): boolean {
  const c = s.replace(/[ -]/g, '');
  return /^[1-79]\d{8}$/.test(c) && luhn(c);
}
export function sin(rng: Rng): string {
  const body = String(rng.pick([1, 2, 3, 4, 5, 6, 7])) + rng.digits(7);
  const c = body + luhnDigit(body);
  return `${c.slice(0, 3)} ${c.slice(3, 6)} ${c.slice(6)}`;
}

/** US ITIN: 9XX-[50–65, 70–88, 90–92, 94–99]-XXXX (no check digit). */
export function itinValid(s: string): boolean {
  const m = /^9\d{2}-?(\d{2})-?\d{4}$/.exec(s);
  if (!m) return false;
  const g = Number(m[1]);
  return (g >= 50 && g <= 65) || (g >= 70 && g <= 88) || (g >= 90 && g <= 92) || g >= 94;
}
function itin(rng: Rng): string {
  return `9${rng.digits(2)}-${rng.pick([pad(rng.int(70, 88)), pad(rng.int(94, 99)), pad(rng.int(50, 65))])}-${rng.digits(4)}`;
}

export const NATIONAL_IDS: Record<string, (rng: Rng) => string> = {
  nhs,
  nino,
  pps,
  steuerId,
  svnr: (rng) => svnr(rng),
  ahv,
  nir: (rng) => nir(rng),
  belgianRrn: (rng) => belgianRrn(rng),
  dni,
  nie,
  codiceFiscale,
  bsn,
  chineseId: (rng) => chineseId(rng),
  taiwanId: (rng) => taiwanId(rng),
  sin,
  itin,
};
export { belgianRrn, nir, rvnr, svnr };
export const NATIONAL_VALIDATORS: ((s: string) => boolean)[] = [
  nhsValid,
  ninoValid,
  ppsValid,
  steuerIdValid,
  rvnrValid,
  svnrValid,
  ahvValid,
  nirValid,
  belgianRrnValid,
  dniValid,
  nieValid,
  codiceFiscaleValid,
  bsnValid,
  chineseIdValid,
  taiwanIdValid,
  sinValid,
  itinValid,
];

// ---------------------------------------------------------------- SSN, passports, driving licences

export function ssnValid(s: string): boolean {
  const m = /^(\d{3})[- ]?(\d{2})[- ]?(\d{4})$/.exec(s);
  if (!m) return false;
  const area = Number(m[1]);
  return area !== 0 && area !== 666 && area < 900 && m[2] !== '00' && m[3] !== '0000';
}
export function ssn(rng: Rng): string {
  let area = rng.int(1, 899);
  if (area === 666) area = 667;
  return `${pad(area, 3)}-${pad(rng.int(1, 99))}-${pad(rng.int(1, 9999), 4)}`;
}

/** A passport number in the format of the country the language suggests, or of China or Taiwan. */
export function passport(rng: Rng, country: string): string {
  switch (country) {
    case 'GB':
    case 'US':
      return String(rng.int(1, 9)) + rng.digits(8);
    case 'IE':
      return rng.chars(2, UPPER) + rng.digits(7);
    case 'DE': {
      const l = (): string => rng.chars(1, 'CFGHJKLMNPRTVWXYZ');
      return rng.chars(1, 'CFGHJK') + rng.digits(2) + l() + rng.digits(2) + l() + rng.digits(2);
    }
    case 'FR':
      return rng.digits(2) + rng.chars(2, UPPER) + rng.digits(5);
    case 'ES':
      return rng.chars(3, 'ABCDEFGHJKLMNPRSTUVWXYZ') + rng.digits(6);
    case 'IT':
      return rng.chars(2, 'ABCDEFGHJKLMNPRSTUVWXYZ') + rng.digits(7);
    case 'NL':
    case 'BE':
      return rng.chars(2, 'ABCDEFGHIJKLMNPRSTUVWXYZ') + rng.chars(6, 'ABCDEFGHIJKLMNPRSTUVWXYZ0123456789') + rng.digits(1);
    case 'CN':
      return rng.chance(0.5) ? 'E' + rng.digits(8) : 'E' + rng.chars(1, 'ABCDEFGH') + rng.digits(7);
    case 'TW':
      return '3' + rng.digits(8);
    default:
      throw new Error(`no passport format for ${country}`);
  }
}
export const passportValid = (s: string): boolean => /^[A-Z0-9]{8,10}$/.test(s) && /\d/.test(s);

const PASSPORT_BY_LANG: Record<Lang, string[]> = {
  en: ['GB', 'IE', 'US'],
  de: ['DE'],
  fr: ['FR', 'BE'],
  es: ['ES'],
  it: ['IT'],
  nl: ['NL', 'BE'],
};
export const passportFor = (rng: Rng, lang: Lang): string => passport(rng, rng.pick(PASSPORT_BY_LANG[lang]));
export const chinesePassport = (rng: Rng, taiwan: boolean): string => passport(rng, taiwan ? 'TW' : 'CN');

/** A British driving licence number built the DVLA way from the holder's surname and initial. */
export function ukLicence(rng: Rng, surname: string, given: string, female: boolean): string {
  const sur = (surname.toUpperCase().replace(/[^A-Z]/g, '') + '99999').slice(0, 5);
  const year = rng.int(1960, 2004);
  const month = rng.int(1, 12) + (female ? 50 : 0);
  const init = (
    given
      .toUpperCase()
      .replace(/[^A-Z-]/g, '')
      .split('-')
      .map((s) => s[0])
      .join('') + '9'
  ).slice(0, 2);
  return `${sur}${String(year).slice(2, 3)}${pad(month)}${pad(rng.int(1, 28))}${String(year).slice(3)}${init}9${rng.chars(2, UPPER)}`;
}

/** A driving-licence number in the format of the language's country (the British one from the holder's name). */
export function driverLicense(rng: Rng, lang: Lang, surname: string, given: string, female: boolean): string {
  switch (lang) {
    case 'en':
      return ukLicence(rng, surname, given, female);
    case 'de':
      return rng.chars(1, 'BJKLMN') + rng.digits(3) + rng.chars(5, 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789') + rng.digits(2);
    case 'fr':
      return rng.digits(2) + rng.chars(2, UPPER) + rng.digits(5) + rng.digits(3);
    case 'es':
      return dni(rng);
    case 'it':
      return rng.chars(2, 'ABCDEFGHLMNPRSTUVZ') + rng.digits(7) + rng.chars(1, UPPER);
    case 'nl':
      return String(rng.int(4, 5)) + rng.digits(9);
  }
}
export const driverLicenseValid = (s: string): boolean => /^[A-Z0-9-]{8,18}$/.test(s) && /\d{3}/.test(s);

// ---------------------------------------------------------------- phones

const SPOKEN: Record<Lang, Record<string, string>> = {
  en: { zero: '0', oh: '0', one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9' },
  de: { null: '0', eins: '1', zwei: '2', zwo: '2', drei: '3', vier: '4', fünf: '5', sechs: '6', sieben: '7', acht: '8', neun: '9' },
  fr: { zéro: '0', un: '1', deux: '2', trois: '3', quatre: '4', cinq: '5', six: '6', sept: '7', huit: '8', neuf: '9' },
  es: { cero: '0', uno: '1', dos: '2', tres: '3', cuatro: '4', cinco: '5', seis: '6', siete: '7', ocho: '8', nueve: '9' },
  it: { zero: '0', uno: '1', due: '2', tre: '3', quattro: '4', cinque: '5', sei: '6', sette: '7', otto: '8', nove: '9' },
  nl: { nul: '0', een: '1', één: '1', twee: '2', drie: '3', vier: '4', vijf: '5', zes: '6', zeven: '7', acht: '8', negen: '9' },
};
const PLUS = new Set(['plus', 'più', 'más']);

/** The digits of a phone number read out in words, or undefined when a word is not a digit word. */
export function spokenDigits(value: string, lang: Lang): string | undefined {
  const words = value
    .toLowerCase()
    .split(/[\s,.-]+/)
    .filter(Boolean);
  if (words.length < 3) return undefined;
  let out = '';
  for (const w of words) {
    if (PLUS.has(w) && out === '') continue;
    const d = SPOKEN[lang][w];
    if (d === undefined) return undefined;
    out += d;
  }
  return out;
}

function nationalDigits(rng: Rng, lang: Lang): { intl: string; local: string } {
  switch (lang) {
    case 'en': {
      const d = `7${rng.int(4, 9)}${rng.digits(8)}`;
      return rng.chance(0.6)
        ? { intl: `+44 ${d.slice(0, 4)} ${d.slice(4)}`, local: `0${d.slice(0, 4)} ${d.slice(4)}` }
        : { intl: `+44 20 ${rng.digits(4)} ${rng.digits(4)}`, local: `0161 ${rng.digits(3)} ${rng.digits(4)}` };
    }
    case 'de': {
      const m = `1${rng.pick(['51', '52', '57', '60', '62', '70', '73', '76'])}`;
      const n = rng.digits(8);
      return { intl: `+49 ${m} ${n}`, local: rng.chance(0.5) ? `0${m} ${n.slice(0, 4)} ${n.slice(4)}` : `030 ${rng.digits(8)}` };
    }
    case 'fr': {
      const p = [rng.pick(['6', '7']), rng.digits(2), rng.digits(2), rng.digits(2), rng.digits(2)];
      return { intl: `+33 ${p.join(' ')}`, local: rng.chance(0.7) ? `0${p.join(' ')}` : `0${p.join('.')}` };
    }
    case 'es': {
      const d = `${rng.pick(['6', '7'])}${rng.digits(8)}`;
      return {
        intl: `+34 ${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}`,
        local: `${d.slice(0, 3)} ${d.slice(3, 5)} ${d.slice(5, 7)} ${d.slice(7)}`,
      };
    }
    case 'it': {
      const d = `3${rng.pick(['20', '28', '33', '35', '39', '40', '47', '49'])}${rng.digits(7)}`;
      return { intl: `+39 ${d.slice(0, 3)} ${d.slice(3)}`, local: `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}` };
    }
    case 'nl': {
      const d = rng.digits(8);
      return {
        intl: `+31 6 ${d.slice(0, 4)} ${d.slice(4)}`,
        local: rng.chance(0.6) ? `06-${d}` : `06 ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4, 6)} ${d.slice(6)}`,
      };
    }
  }
}

/** A phone number of the language's country, international or national. */
export function phone(rng: Rng, lang: Lang): string {
  const { intl, local } = nationalDigits(rng, lang);
  return rng.chance(0.45) ? intl : local;
}

/** A Chinese or Taiwanese number, mobile or fixed. */
export function foreignPhone(rng: Rng): string {
  return rng.pick([
    () => `+86 1${rng.pick(['35', '38', '39', '51', '58', '86', '89'])} ${rng.digits(4)} ${rng.digits(4)}`,
    () => `+86 21 ${rng.digits(4)} ${rng.digits(4)}`,
    () => `+886 9${rng.digits(2)} ${rng.digits(3)} ${rng.digits(3)}`,
    () => `09${rng.digits(2)}-${rng.digits(3)}-${rng.digits(3)}`,
    () => `+886 2 ${rng.digits(4)} ${rng.digits(4)}`,
    () => `0086 1${rng.pick(['37', '50', '88'])}${rng.digits(8)}`,
  ])();
}

/** A phone number read out digit by digit in words. */
export function spokenPhone(rng: Rng, lang: Lang): string {
  const d = digitsOf(nationalDigits(rng, lang).local);
  const names = Object.entries(SPOKEN[lang]).filter(([w]) => !['oh', 'zwo', 'één'].includes(w));
  const word = (x: string): string => names.find(([, v]) => v === x)![0];
  const words = [...d].map((x) => (lang === 'en' && x === '0' && rng.chance(0.5) ? 'oh' : word(x)));
  const comma = rng.chance(0.35);
  return words.map((w, i) => (i === 0 ? w : comma && i % 3 === 0 ? `, ${w}` : ` ${w}`)).join('');
}

/** A phone number spaced out digit by digit. */
export function spacedPhone(rng: Rng, lang: Lang): string {
  const d = digitsOf(nationalDigits(rng, lang).local);
  return [...d].join(rng.pick([' ', ' ', '  ']));
}

// ---------------------------------------------------------------- addresses

const STREETS: Record<Lang, { streets: string[]; place: (rng: Rng) => string; build: (s: string, n: string) => string }> = {
  en: {
    streets: [
      'Larkfield Road',
      'Quarry Lane',
      'Harcourt Terrace',
      'Wellmeadow Close',
      'Bishopsgate Row',
      'Fernhill Avenue',
      'Tannery Street',
      'Old Mill Crescent',
      'Coldharbour Way',
      'Ashgrove Gardens',
    ],
    place: (rng) =>
      rng.pick([
        `Leeds LS6 ${rng.int(1, 9)}${rng.chars(2, 'ABDEFGHJLNPQRSTUWXY')}`,
        `Bristol BS${rng.int(1, 16)} ${rng.int(1, 9)}${rng.chars(2, 'ABDEFGHJLNPQRSTUWXY')}`,
        `Manchester M${rng.int(1, 40)} ${rng.int(1, 9)}${rng.chars(2, 'ABDEFGHJLNPQRSTUWXY')}`,
        `Glasgow G${rng.int(1, 80)} ${rng.int(1, 9)}${rng.chars(2, 'ABDEFGHJLNPQRSTUWXY')}`,
        `Dublin D0${rng.int(1, 8)} ${rng.chars(1, 'ACDEFHKNPRTVWXY')}${rng.int(1, 9)}${rng.chars(2, 'ACDEFHKNPRTVWXY')}`,
      ]),
    build: (s, n) => `${n} ${s}`,
  },
  de: {
    streets: [
      'Kastanienallee',
      'Am Mühlbach',
      'Lindenstraße',
      'Gerberweg',
      'Hafenstraße',
      'Fliederweg',
      'Ulmer Straße',
      'Schlehenring',
      'Bahnhofstraße',
      'Zur Alten Ziegelei',
    ],
    place: (rng) =>
      rng.pick([
        `${rng.int(10115, 14199)} Berlin`,
        `${rng.int(80331, 81929)} München`,
        `${rng.int(50667, 51149)} Köln`,
        `${rng.int(20095, 22769)} Hamburg`,
        `${rng.int(1010, 1230)} Wien`,
        `${rng.int(8001, 8099)} Zürich`,
        `${rng.int(70173, 70619)} Stuttgart`,
      ]),
    build: (s, n) => `${s} ${n}`,
  },
  fr: {
    streets: [
      'rue des Tanneurs',
      'avenue Jean-Jaurès',
      'impasse des Lilas',
      'rue du Moulin-Vert',
      'boulevard de la Liberté',
      'chemin des Vignes',
      'rue de la Verrerie',
      'allée des Peupliers',
      'quai des Brumes',
      'place du Marché',
    ],
    place: (rng) =>
      rng.pick([
        `${rng.int(75001, 75020)} Paris`,
        `${rng.int(69001, 69009)} Lyon`,
        `${rng.int(13001, 13016)} Marseille`,
        `${rng.int(31000, 31500)} Toulouse`,
        `${rng.int(1000, 1210)} Bruxelles`,
        `${rng.int(59000, 59800)} Lille`,
        `${rng.int(1201, 1209)} Genève`,
      ]),
    build: (s, n) => `${n} ${s}`,
  },
  es: {
    streets: [
      'calle de los Tintoreros',
      'avenida del Puerto',
      'calle Mayor',
      'paseo de las Acacias',
      'calle del Olivo',
      'plaza del Carmen',
      'calle de la Fuente',
      'ronda de Poniente',
      'calle Alfareros',
      'camino de la Ermita',
    ],
    place: (rng) =>
      rng.pick([
        `${rng.int(28001, 28055)} Madrid`,
        `0${rng.int(8001, 8042)} Barcelona`,
        `${rng.int(46001, 46026)} Valencia`,
        `${rng.int(41001, 41020)} Sevilla`,
        `${rng.int(29001, 29018)} Málaga`,
        `${rng.int(50001, 50018)} Zaragoza`,
      ]),
    build: (s, n) => `${s} ${n}`,
  },
  it: {
    streets: [
      'via dei Tintori',
      'viale della Repubblica',
      'via del Pratello',
      'corso Italia',
      'via delle Fonderie',
      'vicolo del Forno',
      'piazza del Mercato',
      'via dei Mille',
      'via della Spiga',
      'strada delle Vigne',
    ],
    place: (rng) =>
      rng.pick([
        `${rng.int(20121, 20162)} Milano`,
        `${rng.int(40121, 40141)} Bologna`,
        '59100 Prato',
        `${rng.int(50121, 50145)} Firenze`,
        `${rng.int(10121, 10156)} Torino`,
        `00${rng.int(118, 199)} Roma`,
        `${rng.int(80121, 80147)} Napoli`,
      ]),
    build: (s, n) => `${s} ${n}`,
  },
  nl: {
    streets: [
      'Lindengracht',
      'Kerkstraat',
      'Molenweg',
      'Vlasakker',
      'Berkenlaan',
      'Zuiderdiep',
      'Touwslagerstraat',
      'Kastanjelaan',
      'Havenkade',
      'Klaprooshof',
    ],
    place: (rng) =>
      `${rng.int(1011, 9999)} ${rng.chars(2, 'ABCDEFGHJKLMNPRSTVWXZ')} ${rng.pick(['Amsterdam', 'Utrecht', 'Groningen', 'Rotterdam', 'Den Haag', 'Eindhoven', 'Zwolle'])}`,
    build: (s, n) => `${s} ${n}`,
  },
};

/** A street address of the language's country: street and number, postcode and city, on one line or several. */
export function address(rng: Rng, lang: Lang, multiline = false): string {
  const t = STREETS[lang];
  let n = String(rng.int(1, 180));
  const suffix: Record<Lang, string[]> = {
    en: ['A', 'B'],
    de: ['a', 'b'],
    fr: [' bis', ' ter'],
    es: [''],
    it: ['/A', '/B'],
    nl: ['-A', '-hs', '-2'],
  };
  if (rng.chance(0.2)) n += rng.pick(suffix[lang]);
  if (lang === 'es' && rng.chance(0.5)) n += `, ${rng.int(1, 8)}º ${rng.pick(['A', 'B', 'C', 'D', 'izda.', 'dcha.'])}`;
  let street = t.build(rng.pick(t.streets), n);
  if (lang === 'en' && rng.chance(0.3)) street = `Flat ${rng.int(1, 24)}, ${street}`;
  if (lang === 'fr' || lang === 'es' || lang === 'it') street = street[0]!.toUpperCase() + street.slice(1);
  return multiline ? `${street}\n${t.place(rng)}` : `${street}, ${t.place(rng)}`;
}

// ---------------------------------------------------------------- dates

/** A date in one of the language's spellings. */
export function dateIn(rng: Rng, lang: Lang, y: number, m: number, d: number): string {
  const mn = MONTHS[lang][m - 1]!;
  const forms: Record<Lang, string[]> = {
    en: [`${d} ${mn} ${y}`, `${mn} ${d}, ${y}`, `${pad(d)}/${pad(m)}/${y}`, `${d} ${mn.slice(0, 3)} ${y}`],
    de: [`${pad(d)}.${pad(m)}.${y}`, `${d}. ${mn} ${y}`, `${d}.${m}.${y}`],
    fr: [`${pad(d)}/${pad(m)}/${y}`, `${d === 1 ? '1er' : d} ${mn} ${y}`],
    es: [`${pad(d)}/${pad(m)}/${y}`, `${d} de ${mn} de ${y}`, `${d}-${pad(m)}-${y}`],
    it: [`${pad(d)}/${pad(m)}/${y}`, `${d} ${mn} ${y}`, `${d === 1 ? '1°' : d} ${mn} ${y}`],
    nl: [`${pad(d)}-${pad(m)}-${y}`, `${d} ${mn} ${y}`, `${pad(d)}.${pad(m)}.${y}`],
  };
  return rng.pick(forms[lang]);
}

/** A date that is not a birth date: a meeting, a deadline, a delivery (2023–2026). */
export const otherDate = (rng: Rng, lang: Lang): string => dateIn(rng, lang, rng.int(2023, 2026), rng.int(1, 12), rng.int(1, 28));

// ---------------------------------------------------------------- secrets

const B64 = ALNUM + '+/';
const B64URL = ALNUM + '-_';
const b64url = (s: string): string => Buffer.from(s, 'utf8').toString('base64url');

export function apiKey(rng: Rng): string {
  return rng.pick([
    () => `sk_live_${rng.chars(24, ALNUM)}`,
    () => `ghp_${rng.chars(36, ALNUM)}`,
    () => `xoxb-${rng.digits(12)}-${rng.digits(13)}-${rng.chars(24, ALNUM)}`,
    () => `glpat-${rng.chars(20, ALNUM + '-_')}`,
    () => `AIza${rng.chars(35, ALNUM + '-_')}`,
    () => `SG.${rng.chars(22, B64URL)}.${rng.chars(43, B64URL)}`,
    () => `hf_${rng.chars(34, ALNUM)}`,
    () => `sk-proj-${rng.chars(48, ALNUM + '-_')}`,
    () => `rk_live_${rng.chars(24, ALNUM)}`,
    () => `npm_${rng.chars(36, ALNUM)}`,
  ])();
}

export function awsKeyPair(rng: Rng): { id: string; secret: string } {
  return { id: `AKIA${rng.chars(16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')}`, secret: rng.chars(40, B64) };
}

export function jwt(rng: Rng): string {
  const header = b64url(JSON.stringify({ alg: rng.pick(['HS256', 'RS256']), typ: 'JWT' }));
  const iat = rng.int(1_700_000_000, 1_780_000_000);
  const payload = b64url(
    JSON.stringify({ sub: rng.digits(rng.int(5, 9)), scope: rng.pick(['read write', 'admin', 'billing:read']), iat, exp: iat + 3600 }),
  );
  return `${header}.${payload}.${rng.chars(43, B64URL)}`;
}

const PW_WORDS: Record<Lang, string[]> = {
  en: ['Harbour', 'Tangerine', 'Kestrel', 'Marmalade', 'Thistle', 'Copper', 'Lantern', 'Juniper'],
  de: ['Sonnenblume', 'Hafenkran', 'Eichhörnchen', 'Kirschbaum', 'Wanderweg', 'Schneeflocke', 'Bergsee', 'Zugvogel'],
  fr: ['Tournesol', 'Marelle', 'Coquelicot', 'Brioche', 'Phare', 'Mistral', 'Cerisier', 'Lavande'],
  es: ['Girasol', 'Tortuga', 'Membrillo', 'Faro', 'Azahar', 'Relámpago', 'Alcachofa', 'Golondrina'],
  it: ['Girasole', 'Tortellino', 'Lucciola', 'Faro', 'Mandorla', 'Temporale', 'Castagna', 'Gabbiano'],
  nl: ['Zonnebloem', 'Vuurtoren', 'Stroopwafel', 'Kievit', 'Klaproos', 'Windmolen', 'Hagelslag', 'Zeehond'],
};
const PASSPHRASE_WORDS: Record<Lang, string[]> = {
  en: ['anchor', 'violet', 'gravel', 'orbit', 'pepper', 'meadow', 'cobalt', 'ferry', 'walnut', 'hinge', 'lemon', 'drizzle'],
  de: ['anker', 'veilchen', 'kiesel', 'umlauf', 'pfeffer', 'wiese', 'kobalt', 'fähre', 'walnuss', 'scharnier', 'zitrone', 'niesel'],
  fr: ['ancre', 'violette', 'gravier', 'orbite', 'poivre', 'prairie', 'cobalt', 'bac', 'noyer', 'charnière', 'citron', 'bruine'],
  es: ['ancla', 'violeta', 'grava', 'órbita', 'pimienta', 'pradera', 'cobalto', 'ferri', 'nogal', 'bisagra', 'limón', 'llovizna'],
  it: ['ancora', 'viola', 'ghiaia', 'orbita', 'pepe', 'prato', 'cobalto', 'traghetto', 'noce', 'cardine', 'limone', 'pioviggine'],
  nl: ['anker', 'viooltje', 'grind', 'baan', 'peper', 'weide', 'kobalt', 'pont', 'walnoot', 'scharnier', 'citroen', 'motregen'],
};

export function password(rng: Rng, lang: Lang): string {
  return rng.pick([
    () =>
      `${rng.pick(PW_WORDS[lang])}${rng.pick(['!', '#', '$', '%', '&', '*'])}${rng.int(10, 99)}${rng.chars(2, 'ABCDEFGHJKLMNPQRSTUVWXYZ')}`,
    () => rng.chars(rng.int(12, 16), ALNUM + '!#%&*?'),
    () => `${rng.chars(3, 'abcdefghijkmnopqrstuvwxyz')}${rng.int(100, 999)}${rng.pick(['!', '?', '#'])}${rng.pick(PW_WORDS[lang])}`,
  ])();
}

export function passphrase(rng: Rng, lang: Lang): string {
  const words = rng.shuffle(PASSPHRASE_WORDS[lang]).slice(0, 4);
  return words.join(rng.pick([' ', '-', '.']));
}

export function connectionString(rng: Rng): string {
  const user = rng.pick(['svc_app', 'reporting', 'etl_writer', 'admin', 'billing']);
  const pw = rng.chars(rng.int(12, 18), ALNUM);
  const host = rng.pick([
    'db-prod-3.internal',
    'pg.eu-west.lan',
    `10.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(2, 250)}`,
    'mongo-rs0.corp.local',
    'cache-01.svc',
  ]);
  return rng.pick([
    () => `postgres://${user}:${pw}@${host}:5432/${rng.pick(['orders', 'crm', 'ledger'])}`,
    () => `mysql://${user}:${pw}@${host}:3306/${rng.pick(['shop', 'hr', 'tickets'])}`,
    () => `mongodb+srv://${user}:${pw}@cluster0.${rng.chars(5, 'abcdefghijklmnopqrstuvwxyz0123456789')}.mongodb.net/app`,
    () => `redis://:${pw}@${host}:6379/0`,
    () => `Server=${host};Database=${rng.pick(['Payroll', 'Crm'])};User Id=${user};Password=${pw};`,
  ])();
}

export function privateKey(rng: Rng): string {
  const lines: string[] = [];
  for (let i = 0; i < rng.int(4, 6); i++) lines.push(rng.chars(70, B64));
  lines.push(rng.chars(rng.int(12, 60), B64) + '=');
  return `-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA${rng.chars(46, B64)}\n${lines.join('\n')}\n-----END OPENSSH PRIVATE KEY-----`;
}

// ---------------------------------------------------------------- IP addresses

export function ip(rng: Rng): string {
  return rng.pick([
    () => `10.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(2, 254)}`,
    () => `192.168.${rng.int(0, 255)}.${rng.int(2, 254)}`,
    () => `172.${rng.int(16, 31)}.${rng.int(0, 255)}.${rng.int(2, 254)}`,
    () => publicV4(rng),
    () => publicV4(rng),
    () =>
      `fe80::${rng.chars(4, '0123456789abcdef')}:${rng.chars(2, '0123456789abcdef')}ff:fe${rng.chars(2, '0123456789abcdef')}:${rng.chars(4, '0123456789abcdef')}`,
    () =>
      `2a02:${rng.chars(4, '0123456789abcdef')}:${rng.chars(3, '123456789abcdef')}:${rng.chars(2, '0123456789abcdef')}::${rng.chars(3, '123456789abcdef')}`,
    () => `240e:${rng.chars(3, '0123456789abcdef')}:${rng.chars(4, '0123456789abcdef')}:${rng.chars(4, '0123456789abcdef')}::1`,
  ])();
}

function publicV4(rng: Rng): string {
  for (;;) {
    const a = rng.int(1, 223);
    if ([10, 127, 100, 169, 172, 192, 198, 203, 0].includes(a)) continue;
    return `${a}.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}`;
  }
}

/** Documentation-range and loopback addresses: never labelled. */
export const docIp = (rng: Rng): string =>
  rng.pick([
    () => `192.0.2.${rng.int(1, 254)}`,
    () => `198.51.100.${rng.int(1, 254)}`,
    () => `203.0.113.${rng.int(1, 254)}`,
    () => `2001:db8::${rng.chars(2, '123456789abcdef')}`,
    () => '127.0.0.1',
  ])();
export const cidr = (rng: Rng): string =>
  rng.pick([`10.${rng.int(0, 200)}.0.0/16`, `172.${rng.int(16, 31)}.0.0/12`, `192.168.${rng.int(0, 9)}.0/24`, '0.0.0.0/0', 'fd00::/8']);

// ---------------------------------------------------------------- look-alikes

/** An order, tracking, ticket or invoice number (no 13–19-digit run that passes Luhn). */
export function orderNumber(rng: Rng): string {
  for (;;) {
    const s = rng.pick([
      () => `ORD-${rng.int(2023, 2026)}-${rng.digits(6)}`,
      () => `#${rng.chars(4, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')}-${rng.digits(5)}`,
      () => `INV-${rng.digits(5)}`,
      () => `1Z${rng.chars(6, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')}${rng.digits(10)}`,
      () => `JJD${rng.digits(18)}`,
      () => `RMA-${rng.digits(4)}-${rng.chars(2, 'ABCDEFGHJKLMNPQRSTUVWXYZ')}`,
      () => `PO ${rng.digits(8)}`,
      () => `CASE-${rng.digits(7)}`,
    ])();
    if (luhnRuns(s).length === 0) return s;
  }
}

export const version = (rng: Rng): string =>
  rng.pick([
    `v${rng.int(0, 9)}.${rng.int(0, 30)}.${rng.int(0, 20)}`,
    `${rng.int(1, 5)}.${rng.int(0, 12)}.${rng.int(0, 9)}-rc.${rng.int(1, 4)}`,
    `${rng.int(2019, 2026)}.${rng.int(1, 12)}.${rng.int(0, 3)}`,
  ]);
export const commitHash = (rng: Rng): string => rng.chars(rng.pick([7, 40]), '0123456789abcdef');
export function uuid(rng: Rng): string {
  const h = (n: number): string => rng.chars(n, '0123456789abcdef');
  return `${h(8)}-${h(4)}-4${h(3)}-${rng.pick(['8', '9', 'a', 'b'])}${h(3)}-${h(12)}`;
}
export function amount(rng: Rng, lang: Lang): string {
  const v = rng.int(3, 4999);
  const c = rng.int(0, 99);
  if (lang === 'en') return rng.pick([`£${v}.${pad(c)}`, `€${v}.${pad(c)}`, `$${v}.${pad(c)}`]);
  return rng.pick([`${v},${pad(c)} €`, `€ ${v},${pad(c)}`]);
}
