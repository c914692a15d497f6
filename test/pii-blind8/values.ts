// Values of this set and its own validators. The shared validators and check-digit functions (Luhn, mod 97, the
// national schemes of the six languages' countries, ABA, SSN ranges, licence shapes) come from
// ../pii-blind/set-values.ts; the Malagasy CIN, the Sri Lankan NIC, the Faroese P-tal and the Danish CPR number, and
// every generator below — phones, addresses, dates, secrets, host addresses and look-alikes — are this set's own.
import type { Lang } from '../pii-blind/doc.ts';
import { MONTHS } from '../pii-blind/set-values.ts';
import type { Rng } from '../pii-independent/rng.ts';
import type { Birth } from '../pii-blind/set-values.ts';
import {
  ALNUM,
  HEX,
  LICENCE_SHAPES,
  NATIONAL_ID_VALIDATORS,
  UPPER,
  b64url,
  dig,
  digitsOf,
  group,
  luhn,
  luhnRuns,
  mod97,
  pad,
  toNumeric,
  weighted,
  yy,
} from '../pii-blind/set-values.ts';
import { ahv, bsn, dni, nhs, nie, nino, pps, steuerId } from '../pii-blind/set-values.ts';
export type { Birth } from '../pii-blind/set-values.ts';
export {
  digitsOf,
  luhn,
  luhnRuns,
  TEST_CARDS,
  card,
  notACard,
  testCard,
  nhsValid,
  nhs,
  ninoValid,
  nino,
  ppsValid,
  pps,
  steuerIdValid,
  steuerId,
  drawBirth,
  svnrValid,
  svnr,
  ahvValid,
  ahv,
  nirValid,
  nir,
  belgianRrnValid,
  belgianRrn,
  dniValid,
  dni,
  nieValid,
  nie,
  codiceFiscaleValid,
  codiceFiscaleOf,
  bsnValid,
  bsn,
  ssnValid,
  ssn,
  ukSortCode,
  ukAccount,
  abaValid,
  usRouting,
  usAccount,
  bankAccountValid,
} from '../pii-blind/set-values.ts';

// ---- IBAN ----

const IBAN_LENGTH: Record<string, number> = {
  GB: 22, IE: 22, DE: 22, AT: 20, CH: 21, FR: 27, BE: 16, LU: 20, ES: 24, IT: 27, NL: 18, FO: 18, DK: 18, MG: 27,
}; // prettier-ignore

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
      return rng.pick(['NWBK', 'BARC', 'LOYD', 'HLFX', 'SRLG', 'CPBK']) + rng.digits(14);
    case 'IE':
      return rng.pick(['AIBK', 'BOFI', 'ULSB']) + rng.digits(14);
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
      return n + pad(Number(BigInt(n) % 97n) || 97);
    }
    case 'LU':
      return rng.digits(16);
    case 'ES':
      return rng.digits(20);
    case 'IT':
      return rng.chars(1, UPPER) + rng.digits(22);
    case 'NL':
      return rng.pick(['RABO', 'INGB', 'ABNA', 'SNSB', 'TRIO']) + rng.digits(10);
    case 'FO':
      return rng.pick(['6460', '9181', '7600']) + rng.digits(10);
    case 'DK':
      return rng.digits(14);
    case 'MG':
      return '000' + rng.pick(['05', '08', '04', '11']) + rng.digits(18);
    default:
      throw new Error(`no IBAN format for ${country}`);
  }
}

function ibanCompact(rng: Rng, country: string): string {
  const b = bban(rng, country);
  return country + pad(98 - mod97(toNumeric(b + country + '00'))) + b;
}

export function ibanOf(rng: Rng, country: string): string {
  const s = ibanCompact(rng, country);
  return rng.chance(0.7) ? group(s, 4) : s;
}

const IBAN_COUNTRIES: Record<Lang, string[]> = {
  en: ['GB', 'GB', 'IE'],
  de: ['DE', 'DE', 'AT', 'CH'],
  fr: ['FR', 'FR', 'BE'],
  es: ['ES'],
  it: ['IT'],
  nl: ['NL', 'NL', 'BE'],
};

export const iban = (rng: Rng, lang: Lang): string => ibanOf(rng, rng.pick(IBAN_COUNTRIES[lang]));

/** An IBAN of the language's country with wrong check digits (and no Luhn-valid run of digits inside). */
export function notAnIban(rng: Rng, lang: Lang): string {
  const s = ibanCompact(rng, rng.pick(IBAN_COUNTRIES[lang]));
  const bad = s.slice(0, 2) + pad((Number(s.slice(2, 4)) + rng.int(1, 90)) % 97 || 3) + s.slice(4);
  const out = group(bad, 4);
  return ibanValid(bad) || luhnRuns(out).length > 0 ? notAnIban(rng, lang) : out;
}

// ---- national ids of the three origins ----

/** Malagasy CIN (kara-panondrom-pirenena): twelve digits, the first the province (1–6), the sixth the holder's sex
 * (1 a man, 2 a woman); the scheme has no public check digit. Written in groups of three. */
export const cinValid = (v: string): boolean => /^[1-6]\d{4}[12] ?\d{3} ?\d{3}$|^[1-6]\d{2} \d{2}[12] \d{3} \d{3}$/.test(v.trim());

export function cin(rng: Rng, female: boolean): string {
  const d = `${rng.int(1, 6)}${pad(rng.int(1, 29))}${rng.int(0, 9)}${rng.int(1, 9)}${female ? 2 : 1}${rng.digits(6)}`;
  return rng.chance(0.7) ? group(d, 3) : d;
}

/** The day of the year as the Sri Lankan NIC counts it (February always 29 days), plus 500 for a woman. */
function nicDay(b: Birth, female: boolean): number {
  const months = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return months.slice(0, b.m - 1).reduce((a, n) => a + n, 0) + b.d + (female ? 500 : 0);
}

/** The NIC check digit over YYDDDSSS (weights 3 2 7 6 5 4 3 2, 11 − sum mod 11, 10 and 11 giving 0). */
function nicCheck(body8: string): number {
  const c = 11 - (weighted(body8, [3, 2, 7, 6, 5, 4, 3, 2]) % 11);
  return c >= 10 ? 0 : c;
}

/** Sri Lankan NIC: the old form YY DDD SSS C and V (or X), the new form YYYY DDD 0 SSS C; DDD the day of the year,
 * plus 500 for women. */
export function nicValid(v: string): boolean {
  const s = v.trim().toUpperCase();
  const old = /^(\d{2})(\d{3})(\d{3})(\d)[VX]$/.exec(s);
  const neu = /^(19|20)(\d{2})(\d{3})0(\d{3})(\d)$/.exec(s);
  const parts: [string, string, string, string] | undefined = old
    ? [old[1]!, old[2]!, old[3]!, old[4]!]
    : neu
      ? [neu[2]!, neu[3]!, neu[4]!, neu[5]!]
      : undefined;
  if (!parts) return false;
  const day = Number(parts[1]) % 500;
  if (day < 1 || day > 366 || Number(parts[1]) > 866) return false;
  return nicCheck(parts[0] + parts[1] + parts[2]) === Number(parts[3]);
}

export function nic(rng: Rng, female: boolean, b: Birth): string {
  const serial = pad(rng.int(1, 999), 3);
  const day = pad(nicDay(b, female), 3);
  const c = nicCheck(yy(b) + day + serial);
  if (b.y >= 2000 || rng.chance(0.4)) return `${b.y}${day}0${serial}${c}`;
  return `${yy(b)}${day}${serial}${c}${rng.chance(0.9) ? 'V' : 'X'}`;
}

/** Faroese P-tal: the birth date DDMMYY, a hyphen and three digits, the last a mod 11 check digit over the eight
 * before it (weights 3 2 7 6 5 4 3 2), as public descriptions give it. */
export function ptalValid(v: string): boolean {
  const m = /^(\d{2})(\d{2})(\d{2})[- ]?(\d{3})$/.exec(v.trim());
  if (!m || Number(m[1]) < 1 || Number(m[1]) > 31 || Number(m[2]) < 1 || Number(m[2]) > 12) return false;
  const d = m[1]! + m[2]! + m[3]! + m[4]!;
  const c = 11 - (weighted(d, [3, 2, 7, 6, 5, 4, 3, 2]) % 11);
  return (c === 11 ? 0 : c) === Number(d[8]);
}

export function ptal(rng: Rng, b: Birth): string {
  for (;;) {
    const body = pad(b.d) + pad(b.m) + yy(b) + pad(rng.int(0, 99));
    const c = 11 - (weighted(body, [3, 2, 7, 6, 5, 4, 3, 2]) % 11);
    if (c === 10) continue;
    return `${body.slice(0, 6)}-${body.slice(6)}${c === 11 ? 0 : c}`;
  }
}

/** Danish CPR number: DDMMYY-SSSS, the last digit odd for a man and even for a woman (no check digit since 2007). */
export function cprValid(v: string): boolean {
  const m = /^(\d{2})(\d{2})\d{2}-(\d{4})$/.exec(v.trim());
  return !!m && Number(m[1]) >= 1 && Number(m[1]) <= 31 && Number(m[2]) >= 1 && Number(m[2]) <= 12;
}

export function cpr(rng: Rng, female: boolean, b: Birth): string {
  let last = rng.int(0, 9);
  if (last % 2 === (female ? 1 : 0)) last = (last + 1) % 10;
  return `${pad(b.d)}${pad(b.m)}${yy(b)}-${rng.int(0, 9)}${rng.digits(2)}${last}`;
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
  cin: (rng) => cin(rng, rng.chance(0.5)),
};

export const NATIONAL_VALIDATORS: ((v: string) => boolean)[] = [...NATIONAL_ID_VALIDATORS, cinValid, nicValid, ptalValid, cprValid];

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
  LK: /^N\d{7}$/,
  MG: /^[A-Z]\d{8}$/,
  DK: /^\d{9}$/,
};
export const passportValid = (v: string): boolean => Object.values(PASSPORT_SHAPES).some((r) => r.test(v.trim()));

export function passportOf(rng: Rng, country: string): string {
  switch (country) {
    case 'GB':
    case 'DK':
      return dig(rng, 9);
    case 'IE':
    case 'IT':
      return rng.chars(2, UPPER) + rng.digits(7);
    case 'DE':
      return rng.chars(1, 'CFGHJK') + rng.chars(8, 'CFGHJKLMNPRTVWXYZ0123456789');
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
      return rng.chars(2, 'ABCDEFGHIJKLMNPQRSTUVWXYZ') + rng.chars(6, 'ABCDEFGHIJKLMNPQRSTUVWXYZ0123456789') + rng.digits(1);
    case 'LK':
      return 'N' + dig(rng, 7);
    case 'MG':
      return rng.chars(1, 'ABCDEFGH') + rng.digits(8);
    default:
      throw new Error(`no passport format for ${country}`);
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

/** Shapes of the licences: the six of ../pii-blind/set-values.ts, the Sri Lankan one (a letter and seven digits) and
 * the Danish one (eight digits). */
export const driverLicenseValid = (v: string): boolean => [...LICENCE_SHAPES, /^[A-Z]\d{7}$/, /^\d{8}$/].some((r) => r.test(v.trim()));

const up = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ð/gi, 'D')
    .replace(/ø/gi, 'O')
    .replace(/æ/gi, 'AE')
    .toUpperCase()
    .replace(/[^A-Z]/g, '');

/** A driving licence of the language's countries; the British one from the holder's surname, birth date, sex and
 * initials the DVLA way. */
export function driverLicense(rng: Rng, lang: Lang, surname: string, given: string, female: boolean, b: Birth): string {
  switch (lang) {
    case 'en': {
      const s = (up(surname) + '99999').slice(0, 5);
      const month = pad(b.m + (female ? 50 : 0));
      const ini = (up(given)[0] ?? '9') + '9';
      return `${s}${String(b.y).at(-2)}${month}${pad(b.d)}${String(b.y).at(-1)}${ini}${rng.int(0, 9)}${rng.chars(2, UPPER)}`;
    }
    case 'de':
      return rng.chars(1, UPPER) + rng.chars(10, '0123456789ABCDEFGHJKLMNPRSTUVWXYZ');
    case 'fr':
      return rng.digits(12);
    case 'es':
      return dni(rng);
    case 'it':
      return rng.chars(2, UPPER) + rng.digits(7) + rng.chars(1, UPPER);
    case 'nl':
      return dig(rng, 10);
  }
}

// ---- phones ----

type Gen = (rng: Rng) => string;
const d = (rng: Rng, n: number): string => rng.digits(n);

const PHONE_FORMATS: Record<Lang, Gen[]> = {
  en: [
    (r) => `07${r.int(4, 9)}${d(r, 2)} ${d(r, 6)}`,
    (r) => `+44 7${r.int(4, 9)}${d(r, 2)} ${d(r, 3)} ${d(r, 3)}`,
    (r) => `0161 ${r.int(2, 9)}${d(r, 2)} ${d(r, 4)}`,
    (r) => `+44 (0)20 ${r.int(3, 8)}${d(r, 3)} ${d(r, 4)}`,
    (r) => `+353 8${r.int(5, 7)} ${d(r, 3)} ${d(r, 4)}`,
    (r) => `(01) ${r.int(2, 9)}${d(r, 2)} ${d(r, 4)}`,
  ],
  de: [
    (r) => `+49 1${r.pick(['51', '52', '57', '60', '70', '76'])} ${d(r, 8)}`,
    (r) => `0${r.pick(['30', '40', '89', '221', '711'])} ${r.int(2, 9)}${d(r, 6)}`,
    (r) => `01${r.pick(['52', '62', '73'])}/${d(r, 7)}`,
    (r) => `+43 6${r.pick(['64', '60', '76'])} ${d(r, 7)}`,
    (r) => `+41 7${r.pick(['6', '8', '9'])} ${d(r, 3)} ${d(r, 2)} ${d(r, 2)}`,
    (r) => `044 ${d(r, 3)} ${d(r, 2)} ${d(r, 2)}`,
  ],
  fr: [
    (r) => `0${r.pick(['6', '7'])} ${d(r, 2)} ${d(r, 2)} ${d(r, 2)} ${d(r, 2)}`,
    (r) => `+33 ${r.pick(['6', '7', '1', '4'])} ${d(r, 2)} ${d(r, 2)} ${d(r, 2)} ${d(r, 2)}`,
    (r) => `0${r.int(1, 5)}.${d(r, 2)}.${d(r, 2)}.${d(r, 2)}.${d(r, 2)}`,
    (r) => `+32 4${r.int(7, 9)}${d(r, 1)} ${d(r, 2)} ${d(r, 2)} ${d(r, 2)}`,
    (r) => `+41 22 ${d(r, 3)} ${d(r, 2)} ${d(r, 2)}`,
  ],
  es: [
    (r) => `6${d(r, 2)} ${d(r, 3)} ${d(r, 3)}`,
    (r) => `+34 6${d(r, 2)} ${d(r, 2)} ${d(r, 2)} ${d(r, 2)}`,
    (r) => `+34 9${r.pick(['1', '3', '5', '6'])} ${d(r, 3)} ${d(r, 2)} ${d(r, 2)}`,
    (r) => `7${r.int(1, 4)}${d(r, 1)}-${d(r, 3)}-${d(r, 3)}`,
  ],
  it: [
    (r) => `3${r.int(2, 9)}${d(r, 1)} ${d(r, 3)} ${d(r, 4)}`,
    (r) => `+39 3${r.int(2, 9)}${d(r, 1)} ${d(r, 7)}`,
    (r) => `06 ${d(r, 4)} ${d(r, 4)}`,
    (r) => `+39 02 ${d(r, 8)}`,
    (r) => `011/${d(r, 7)}`,
  ],
  nl: [
    (r) => `06-${r.int(1, 6)}${d(r, 7)}`,
    (r) => `+31 6 ${r.int(1, 6)}${d(r, 3)} ${d(r, 4)}`,
    (r) => `020 ${d(r, 3)} ${d(r, 4)}`,
    (r) => `(030) ${d(r, 3)} ${d(r, 2)} ${d(r, 2)}`,
    (r) => `+32 9 ${d(r, 3)} ${d(r, 2)} ${d(r, 2)}`,
  ],
};

const HOME_PHONES: Record<string, Gen[]> = {
  mg: [
    (r) => `+261 3${r.pick(['2', '3', '4', '8'])} ${d(r, 2)} ${d(r, 3)} ${d(r, 2)}`,
    (r) => `03${r.pick(['2', '3', '4', '8'])} ${d(r, 2)} ${d(r, 3)} ${d(r, 2)}`,
    (r) => `+261 20 22 ${d(r, 3)} ${d(r, 2)}`,
    (r) => `0${r.pick(['32', '34'])}${d(r, 7)}`,
  ],
  si: [
    (r) => `+94 7${r.pick(['0', '1', '2', '4', '5', '6', '7', '8'])} ${d(r, 3)} ${d(r, 4)}`,
    (r) => `07${r.int(0, 8)}-${d(r, 7)}`,
    (r) => `011 2${d(r, 6)}`,
    (r) => `+94 81 ${r.int(2, 4)}${d(r, 2)} ${d(r, 4)}`,
  ],
  fo: [
    (r) => `+298 ${r.pick(['2', '5', '7', '9'])}${d(r, 2)} ${d(r, 3)}`,
    (r) => `(+298) ${r.pick(['2', '5', '7', '9'])}${d(r, 1)} ${d(r, 2)} ${d(r, 2)}`,
    (r) => `00298 ${r.pick(['3', '4', '6'])}${d(r, 5)}`,
    (r) => `+298 ${r.pick(['2', '5', '7', '9'])}${d(r, 5)}`,
  ],
};

export const phone = (rng: Rng, lang: Lang): string => rng.pick(PHONE_FORMATS[lang])(rng);
export const homePhone = (rng: Rng, locale: string): string => rng.pick(HOME_PHONES[locale]!)(rng);

const DIGIT_WORDS: Record<Lang, string[][]> = {
  en: [['zero', 'oh'], ['one'], ['two'], ['three'], ['four'], ['five'], ['six'], ['seven'], ['eight'], ['nine']],
  de: [['null'], ['eins'], ['zwei', 'zwo'], ['drei'], ['vier'], ['fünf'], ['sechs'], ['sieben'], ['acht'], ['neun']],
  fr: [['zéro'], ['un'], ['deux'], ['trois'], ['quatre'], ['cinq'], ['six'], ['sept'], ['huit'], ['neuf']],
  es: [['cero'], ['uno'], ['dos'], ['tres'], ['cuatro'], ['cinco'], ['seis'], ['siete'], ['ocho'], ['nueve']],
  it: [['zero'], ['uno'], ['due'], ['tre'], ['quattro'], ['cinque'], ['sei'], ['sette'], ['otto'], ['nove']],
  nl: [['nul'], ['een', 'één'], ['twee'], ['drie'], ['vier'], ['vijf'], ['zes'], ['zeven'], ['acht'], ['negen']],
}; // prettier-ignore
const PLUS: Record<Lang, string> = { en: 'plus', de: 'plus', fr: 'plus', es: 'más', it: 'più', nl: 'plus' };

/** A phone number read out digit by digit in the language's words; sometimes a number of the person's country. */
export function spokenPhone(rng: Rng, lang: Lang, locale?: string): string {
  const p = locale && rng.chance(0.4) ? homePhone(rng, locale) : phone(rng, lang);
  const words = [...digitsOf(p)].map((c) => rng.pick(DIGIT_WORDS[lang][Number(c)]!));
  const sep = rng.pick([' ', ' ', ', ', '-']);
  return (p.startsWith('+') ? PLUS[lang] + ' ' : '') + words.join(sep);
}

/** The digits a phone number in words stands for, or undefined when it is not all digit words. */
export function spokenDigits(value: string, lang: Lang): string | undefined {
  const parts = value
    .toLowerCase()
    .split(/[\s,-]+/)
    .filter(Boolean);
  if (parts.length === 0) return undefined;
  let out = '';
  for (const [i, p] of parts.entries()) {
    if (i === 0 && p === PLUS[lang]) continue;
    const n = DIGIT_WORDS[lang].findIndex((ws) => ws.includes(p));
    if (n < 0) return undefined;
    out += String(n);
  }
  return out;
}

/** A phone number written with a space between every digit. */
export function spacedPhone(rng: Rng, lang: Lang, locale?: string): string {
  const p = locale && rng.chance(0.4) ? homePhone(rng, locale) : phone(rng, lang);
  return (p.startsWith('+') ? '+' : '') + [...digitsOf(p)].join(' ');
}

// ---- addresses ----

type Addr = (rng: Rng, multi: boolean) => string;
const lines = (multi: boolean, parts: string[]): string => parts.join(multi ? '\n' : ', ');

const ADDRESSES: Record<string, Addr> = {
  GB: (r, m) =>
    lines(m, [
      `${r.int(1, 240)} ${r.pick(['Thornbury Road', 'Mill Lane', 'Albion Street', 'Ashgrove Avenue', 'Kingsway', 'Priory Close', 'Beech Crescent'])}`,
      r.pick(['Leeds LS6 2QT', 'Bristol BS7 8NF', 'Norwich NR2 4JP', 'Glasgow G12 8QQ', 'Cardiff CF24 3AA', 'York YO10 5DD']),
    ]),
  IE: (r, m) =>
    lines(m, [
      `${r.int(1, 90)} ${r.pick(['Griffith Avenue', 'Ranelagh Road', 'Sundays Well Road', 'Father Griffin Road'])}`,
      r.pick(['Dublin 9, D09 F6X2', 'Cork T23 K2C8', 'Galway H91 E2R4']),
    ]),
  DE: (r, m) =>
    lines(m, [
      `${r.pick(['Lindenstraße', 'Am Mühlbach', 'Kastanienallee', 'Hafenweg', 'Gartenstraße', 'Wiesenring'])} ${r.int(1, 120)}${r.pick(['', '', 'a', 'b'])}`,
      r.pick(['04109 Leipzig', '28195 Bremen', '50667 Köln', '79098 Freiburg im Breisgau', '90402 Nürnberg', '24103 Kiel']),
    ]),
  AT: (r, m) =>
    lines(m, [
      `${r.pick(['Hauptplatz', 'Annenstraße', 'Linzer Gasse'])} ${r.int(1, 60)}/${r.int(1, 12)}`,
      r.pick(['8010 Graz', '5020 Salzburg', '6020 Innsbruck']),
    ]),
  CH: (r, m) =>
    lines(m, [
      `${r.pick(['Bahnhofstrasse', 'Seeweg', 'Rue du Marché'])} ${r.int(1, 80)}`,
      r.pick(['8001 Zürich', '3011 Bern', '1204 Genève']),
    ]),
  FR: (r, m) =>
    lines(m, [
      `${r.int(1, 150)}${r.pick(['', '', ' bis'])} ${r.pick(['rue des Tanneurs', 'avenue Jean-Jaurès', 'chemin des Vignes', 'boulevard de la Liberté', 'impasse des Lilas'])}`,
      r.pick(['69002 Lyon', '31000 Toulouse', '44000 Nantes', '67000 Strasbourg', '13006 Marseille', '35000 Rennes']),
    ]),
  BE: (r, m) =>
    lines(m, [
      `${r.pick(['Rue de la Station', 'Kerkstraat', 'Avenue Louise', 'Veldstraat', 'Rue Haute'])} ${r.int(1, 200)}`,
      r.pick(['4000 Liège', '9000 Gent', '1050 Ixelles', '2000 Antwerpen', '5000 Namur']),
    ]),
  ES: (r, m) =>
    lines(m, [
      `${r.pick(['Calle de Toledo', 'Avenida de la Constitución', 'Calle Mayor', 'Paseo de la Castellana', 'Carrer de Mallorca'])} ${r.int(1, 240)}, ${r.int(1, 9)}.º ${r.pick(['A', 'B', 'C', 'izda.', 'dcha.'])}`,
      r.pick(['28005 Madrid', '41004 Sevilla', '46001 Valencia', '08013 Barcelona', '50001 Zaragoza', '33003 Oviedo']),
    ]),
  IT: (r, m) =>
    lines(m, [
      `${r.pick(['Via Roma', 'Via dei Mille', 'Corso Vittorio Emanuele II', 'Viale delle Magnolie', 'Via San Domenico', 'Piazza del Popolo'])} ${r.int(1, 180)}`,
      r.pick(['10122 Torino', '40126 Bologna', '80134 Napoli', '50122 Firenze', '90133 Palermo', '35122 Padova']),
    ]),
  NL: (r, m) =>
    lines(m, [
      `${r.pick(['Oudegracht', 'Lange Voorhout', 'Prinsengracht', 'Dorpsstraat', 'Molenweg', 'Zeedijk'])} ${r.int(1, 300)}${r.pick(['', '', '-A', ' bis', '-2'])}`,
      r.pick(['3511 AV Utrecht', '2514 EA Den Haag', '1016 GV Amsterdam', '9711 LV Groningen', '6211 CK Maastricht', '5611 HK Eindhoven']),
    ]),
  MG: (r, m) =>
    lines(m, [
      `Lot ${r.pick(['II J', 'IVG', 'VA', 'III M', 'IB', 'VC'])} ${r.int(1, 260)}${r.pick(['', ' Bis', ' Ter', ' A'])} ${r.pick(['Ambohipo', 'Antanimena', 'Ankorondrano', 'Isoraka', 'Ampefiloha', 'Behoririka', 'Analakely'])}`,
      r.pick(['101 Antananarivo', 'Antananarivo 101', 'Toamasina 501', 'Fianarantsoa 301', 'Mahajanga 401', 'Antsirabe 110']),
      ...(r.chance(0.4) ? ['Madagascar'] : []),
    ]),
  LK: (r, m) =>
    lines(m, [
      `${r.pick(['No. ', '', ''])}${r.int(1, 420)}${r.pick(['', '/2', '/4A', '/1'])}`,
      r.pick(['Galle Road', 'Temple Road', 'Dharmapala Mawatha', 'Peradeniya Road', 'High Level Road', 'Kandy Road', 'Station Road']),
      r.pick(['Colombo 03', 'Colombo 07', 'Nugegoda 10250', 'Kandy 20000', 'Dehiwala 10350', 'Kurunegala 60000', 'Matara 81000']),
      ...(r.chance(0.4) ? ['Sri Lanka'] : []),
    ]),
  FO: (r, m) =>
    lines(m, [
      `${r.pick(['Tinghúsvegur', 'Áarvegur', 'Smærugøta', 'Heiðavegur', 'Bakkavegur', 'Niðari vegur', 'Við Sjógv', 'Klaksvíksvegur'])} ${r.int(1, 60)}`,
      r.pick([
        'FO-100 Tórshavn',
        'FO-700 Klaksvík',
        'FO-600 Saltangará',
        'FO-520 Leirvík',
        'FO-800 Tvøroyri',
        'FO-430 Hvalvík',
        '188 Hoyvík',
      ]),
      ...(r.chance(0.4) ? [r.pick(['Føroyar', 'Faroe Islands'])] : []),
    ]),
};

const ADDRESS_COUNTRIES: Record<Lang, string[]> = {
  en: ['GB', 'GB', 'IE'],
  de: ['DE', 'DE', 'AT', 'CH'],
  fr: ['FR', 'FR', 'BE'],
  es: ['ES'],
  it: ['IT'],
  nl: ['NL', 'NL', 'BE'],
};
const HOME_COUNTRY: Record<string, string> = { mg: 'MG', si: 'LK', fo: 'FO' };

export const addressIn = (rng: Rng, country: string, multi = false): string => ADDRESSES[country]!(rng, multi);
export const address = (rng: Rng, lang: Lang, multi = false): string => addressIn(rng, rng.pick(ADDRESS_COUNTRIES[lang]), multi);
export const homeAddress = (rng: Rng, locale: string, multi = false): string => addressIn(rng, HOME_COUNTRY[locale]!, multi);

// ---- dates ----

/** A date as the language writes it: numeric, with the month's name, or ISO. */
export function dateIn(rng: Rng, lang: Lang, y: number, m: number, day: number): string {
  const mon = MONTHS[lang][m - 1]!;
  const forms: Record<Lang, string[]> = {
    en: [`${day} ${mon} ${y}`, `${mon} ${day}, ${y}`, `${pad(day)}/${pad(m)}/${y}`, `${day} ${mon.slice(0, 3)} ${y}`],
    de: [`${pad(day)}.${pad(m)}.${y}`, `${day}. ${mon} ${y}`, `${day}.${m}.${y}`],
    fr: [`${pad(day)}/${pad(m)}/${y}`, `${day === 1 ? '1er' : day} ${mon} ${y}`],
    es: [`${pad(day)}/${pad(m)}/${y}`, `${day} de ${mon} de ${y}`, `${day}-${pad(m)}-${y}`],
    it: [`${pad(day)}/${pad(m)}/${y}`, `${day} ${mon} ${y}`, `${pad(day)}.${pad(m)}.${y}`],
    nl: [`${pad(day)}-${pad(m)}-${y}`, `${day} ${mon} ${y}`],
  };
  return rng.chance(0.12) ? `${y}-${pad(m)}-${pad(day)}` : rng.pick(forms[lang]);
}

export const otherDate = (rng: Rng, lang: Lang): string => dateIn(rng, lang, rng.int(2023, 2026), rng.int(1, 12), rng.int(1, 28));

// ---- secrets ----

export function apiKey(rng: Rng): string {
  return rng.pick([
    () => `ghp_${rng.chars(36, ALNUM)}`,
    () => `glpat-${rng.chars(20, ALNUM)}`,
    () => `xoxb-${dig(rng, 11)}-${dig(rng, 12)}-${rng.chars(24, ALNUM)}`,
    () => `sk_live_${rng.chars(24, ALNUM)}`,
    () => `npm_${rng.chars(36, ALNUM)}`,
    () => `SG.${rng.chars(22, ALNUM)}.${rng.chars(43, ALNUM)}`,
    () => `hf_${rng.chars(34, ALNUM)}`,
  ])();
}

export function awsKeyPair(rng: Rng): { id: string; secret: string } {
  return { id: `AKIA${rng.chars(16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')}`, secret: rng.chars(40, ALNUM + '/+') };
}

export function jwt(rng: Rng): string {
  const head = b64url(JSON.stringify({ alg: rng.pick(['HS256', 'RS256']), typ: 'JWT' }));
  const body = b64url(
    JSON.stringify({ sub: dig(rng, 8), iat: 1_700_000_000 + rng.int(0, 60_000_000), scope: rng.pick(['read', 'admin', 'billing']) }),
  );
  return `${head}.${body}.${rng.chars(43, ALNUM + '-_')}`;
}

const PW_WORDS: Record<Lang, string[]> = {
  en: ['Lantern', 'Harbour', 'Copper', 'Thistle', 'Mango', 'Falcon'],
  de: ['Sonnenblume', 'Regenwald', 'Kupfer', 'Leuchtturm', 'Schnecke'],
  fr: ['Tournesol', 'Marelle', 'Brioche', 'Phare', 'Cigale'],
  es: ['Girasol', 'Tortuga', 'Almendra', 'Faro', 'Golondrina'],
  it: ['Girasole', 'Lucciola', 'Mandorla', 'Faro', 'Rondine'],
  nl: ['Zonnebloem', 'Vuurtoren', 'Stroopwafel', 'Molenwiek', 'Reiger'],
};

export function password(rng: Rng, lang: Lang): string {
  return rng.pick([
    () => `${rng.pick(PW_WORDS[lang])}${rng.pick(['!', '#', '$', '%', '&', '*'])}${rng.int(10, 99)}${rng.chars(3, ALNUM)}`,
    () => rng.chars(14, ALNUM + '!#%&*+?'),
    () => `${rng.chars(4, UPPER)}-${rng.int(1000, 9999)}-${rng.chars(5, 'abcdefghjkmnpqrstuvwxyz')}`,
  ])();
}

export function passphrase(rng: Rng, lang: Lang): string {
  const w = rng
    .shuffle(PW_WORDS[lang])
    .slice(0, 4)
    .map((x) => x.toLowerCase());
  return w.join(rng.pick(['-', ' ', '.']));
}

export function connectionString(rng: Rng): string {
  const user = rng.pick(['app', 'svc_billing', 'reporting', 'crm_sync', 'admin']);
  const pw = rng.chars(16, ALNUM);
  const host = rng.pick(['db-prod-2.internal', '10.20.3.14', 'pg.eu-west.corp', 'mysql-crm.lan']);
  return rng.pick([
    () => `postgresql://${user}:${pw}@${host}:5432/${rng.pick(['crm', 'billing', 'hr'])}`,
    () => `mysql://${user}:${pw}@${host}/orders`,
    () => `mongodb+srv://${user}:${pw}@cluster0.${rng.chars(5, 'abcdefghijklmnopqrstuvwxyz0123456789')}.mongodb.net/app`,
    () => `Server=${host};Database=Payroll;User Id=${user};Password=${pw};`,
  ])();
}

export function privateKey(rng: Rng): string {
  const body: string[] = [];
  for (let i = 0; i < 5; i++) body.push(rng.chars(i === 4 ? 28 : 70, ALNUM + '+/'));
  return `-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA${body.join('\n')}\n-----END OPENSSH PRIVATE KEY-----`;
}

// ---- host addresses and look-alikes ----

export function ip(rng: Rng): string {
  return rng.pick([
    () => `10.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}`,
    () => `192.168.${rng.int(0, 20)}.${rng.int(2, 254)}`,
    () => `172.${rng.int(16, 31)}.${rng.int(0, 255)}.${rng.int(1, 254)}`,
    () => `169.254.${rng.int(1, 254)}.${rng.int(1, 254)}`,
    () => `${rng.pick([41, 62, 81, 102, 154, 185, 213])}.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}`,
    () => `2a02:${rng.chars(4, HEX)}:${rng.chars(3, HEX)}:${rng.chars(4, HEX)}::${rng.chars(2, HEX)}`,
    () => `fe80::${rng.chars(4, HEX)}:${rng.chars(2, HEX)}ff:fe${rng.chars(2, HEX)}:${rng.chars(4, HEX)}`,
  ])();
}

export function docIp(rng: Rng): string {
  return rng.pick([
    () => `192.0.2.${rng.int(1, 254)}`,
    () => `198.51.100.${rng.int(1, 254)}`,
    () => `203.0.113.${rng.int(1, 254)}`,
    () => '127.0.0.1',
    () => `2001:db8::${rng.chars(2, HEX)}`,
  ])();
}

export const cidr = (rng: Rng): string => rng.pick([`10.${rng.int(0, 99)}.0.0/16`, '172.16.0.0/12', `192.168.${rng.int(0, 9)}.0/24`]);

/** An order, ticket or tracking number (no Luhn-valid run). */
export function orderNumber(rng: Rng): string {
  const o = rng.pick([
    () => `ORD-${rng.int(2023, 2026)}-${rng.digits(6)}`,
    () => `INV/${rng.int(2023, 2026)}/${rng.digits(5)}`,
    () => `#${rng.digits(8)}`,
    () => `TCK-${rng.digits(5)}`,
    () => `RR${rng.digits(9)}MG`,
  ])();
  return luhnRuns(o).length ? orderNumber(rng) : o;
}

export const version = (rng: Rng): string =>
  `${rng.int(0, 12)}.${rng.int(0, 30)}.${rng.int(0, 99)}${rng.pick(['', '', '-rc.1', '-beta.2'])}`;
export function commitHash(rng: Rng): string {
  const h = rng.chars(rng.pick([7, 12, 40]), HEX);
  return luhnRuns(h).length ? commitHash(rng) : h;
}

export function uuid(rng: Rng): string {
  const h = rng.chars(32, HEX);
  const u = `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${rng.pick(['8', '9', 'a', 'b'])}${h.slice(17, 20)}-${h.slice(20)}`;
  return luhnRuns(u).length ? uuid(rng) : u;
}

/** An ISBN-13 with its own check digit, grouped by hyphens, that is not Luhn-valid. */
export function isbn(rng: Rng): string {
  for (;;) {
    const body = `978${rng.int(0, 1)}${rng.digits(8)}`;
    const c = (10 - ([...body].reduce((a, ch, i) => a + Number(ch) * (i % 2 ? 3 : 1), 0) % 10)) % 10;
    const s = `${body.slice(0, 3)}-${body[3]}-${body.slice(4, 7)}-${body.slice(7, 12)}-${c}`;
    if (!luhn(digitsOf(s))) return s;
  }
}

/** A timestamp of a log line or an export. */
export const timestamp = (rng: Rng): string =>
  `${rng.int(2024, 2026)}-${pad(rng.int(1, 12))}-${pad(rng.int(1, 28))}T${pad(rng.int(0, 23))}:${pad(rng.int(0, 59))}:${pad(rng.int(0, 59))}Z`;

export function amount(rng: Rng, lang: Lang): string {
  const n = rng.int(5, 4800);
  const c = rng.int(0, 99);
  return lang === 'en' ? `£${n}.${pad(c)}` : `${n},${pad(c)} ${lang === 'de' && rng.chance(0.2) ? 'CHF' : '€'}`;
}

export { weighted };
