// Values of this set and its own validators. The validators and check-digit functions (Luhn, mod 97, the national
// schemes, ABA, SSN ranges, licence shapes) are pii-blind6's, shared in ../pii-blind/set-values.ts, written from the
// public scheme descriptions; the Macedonian EMBG, the Uzbek PINFL and the Ghana Card, and every generator below
// them — phones, addresses, dates, secrets, host addresses and look-alikes — are this set's own.
import type { Lang } from '../pii-blind/doc.ts';
import { DIGIT_WORDS } from '../pii-blind/set-generators.ts';
import { MONTHS } from '../pii-blind/set-values.ts';
import type { Rng } from '../pii-independent/rng.ts';
import type { Birth } from '../pii-blind/set-values.ts';
import {
  ALNUM,
  HEX,
  NATIONAL_ID_VALIDATORS,
  UPPER,
  b64url,
  dig,
  group,
  mod97,
  pad,
  toNumeric,
  weighted,
  yy,
} from '../pii-blind/set-values.ts';
import { ahv, bsn, digitsOf, dni, luhnRuns, nhs, nie, nino, pps, steuerId } from '../pii-blind/set-values.ts';
export type { Birth } from '../pii-blind/set-values.ts';
export {
  digitsOf,
  luhn,
  luhnDigit,
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
  driverLicenseValid,
} from '../pii-blind/set-values.ts';

// ---- Luhn ----

// ---- cards ----

// ---- IBAN ----

const IBAN_LENGTH: Record<string, number> = {
  GB: 22, IE: 22, DE: 22, AT: 20, CH: 21, FR: 27, BE: 16, LU: 20, ES: 24, IT: 27, NL: 18, MK: 19, PT: 25,
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
    case 'MK':
      return rng.pick(['250', '300', '210', '380']) + rng.digits(12);
    case 'PT':
      return rng.digits(21);
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

/** Belfiore codes of Italian towns of birth: Milano, Roma, Torino, Bologna, Firenze, Brescia. */
export const BELFIORE_TOWNS = ['F205', 'H501', 'L219', 'A944', 'D612', 'B157'];

/** Macedonian EMBG (unique master citizen number): DDMMYYY (the year's last three digits), region (41–49 for North
 * Macedonia), serial (000–499 men, 500–999 women) and a mod 11 check digit (weights 7 6 5 4 3 2 7 6 5 4 3 2; a
 * remainder giving 10 is never issued, 11 is written 0). */
export function embgValid(v: string): boolean {
  const d = v.trim();
  if (!/^\d{13}$/.test(d)) return false;
  const day = Number(d.slice(0, 2));
  const month = Number(d.slice(2, 4));
  if (day < 1 || day > 31 || month < 1 || month > 12) return false;
  const m = 11 - (weighted(d, [7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11);
  return m !== 10 && (m === 11 ? 0 : m) === Number(d[12]);
}
export function embg(rng: Rng, female: boolean, b: Birth): string {
  for (;;) {
    const serial = female ? rng.int(500, 999) : rng.int(0, 499);
    const body = `${pad(b.d)}${pad(b.m)}${pad(b.y % 1000, 3)}${rng.int(41, 49)}${pad(serial, 3)}`;
    const m = 11 - (weighted(body, [7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11);
    if (m === 10) continue;
    return body + String(m === 11 ? 0 : m);
  }
}

/** Uzbek PINFL (JShShIR), 14 digits: century and sex (3/4 for men/women born 1900–1999, 5/6 from 2000), DDMMYY, a
 * three-digit district code, a three-digit serial and a check digit (weights 7 3 1 repeated, mod 10). */
export function pinflValid(v: string): boolean {
  const d = v.trim();
  if (!/^[3-6]\d{13}$/.test(d)) return false;
  const day = Number(d.slice(1, 3));
  const month = Number(d.slice(3, 5));
  if (day < 1 || day > 31 || month < 1 || month > 12) return false;
  return weighted(d, [7, 3, 1, 7, 3, 1, 7, 3, 1, 7, 3, 1, 7]) % 10 === Number(d[13]);
}
export function pinfl(rng: Rng, female: boolean, b: Birth): string {
  const lead = (b.y >= 2000 ? 5 : 3) + (female ? 1 : 0);
  const body = `${lead}${pad(b.d)}${pad(b.m)}${yy(b)}${rng.int(100, 999)}${pad(rng.int(1, 999), 3)}`;
  return body + String(weighted(body, [7, 3, 1, 7, 3, 1, 7, 3, 1, 7, 3, 1, 7]) % 10);
}

/** Ghana Card personal id number: GHA, nine digits and one more digit (the check algorithm is not public). */
export const ghanaCardValid = (v: string): boolean => /^GHA-\d{9}-\d$/.test(v.trim());
export const ghanaCard = (rng: Rng): string => `GHA-${rng.int(1, 9)}${rng.digits(8)}-${rng.digits(1)}`;

export const NATIONAL_IDS: Record<string, (rng: Rng) => string> = {
  nhs,
  nino,
  pps,
  steuerId,
  ahv,
  dni,
  nie,
  bsn,
  ghanaCard,
};
export const NATIONAL_VALIDATORS: ((v: string) => boolean)[] = [...NATIONAL_ID_VALIDATORS, embgValid, pinflValid, ghanaCardValid];

// ---- bank accounts (not IBAN) ----

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
  MK: /^[A-Z]\d{7}$/,
  UZ: /^(?:AA|AB|AC|AD|FA)\d{7}$/,
  GH: /^G\d{7}$/,
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
      return rng.digits(2) + rng.chars(2, L) + rng.digits(5);
    case 'BE':
      return rng.chars(2, L) + rng.digits(6);
    case 'ES':
      return rng.chars(3, L) + rng.digits(6);
    case 'NL':
      return rng.chars(2, L) + rng.chars(6, L + '0123456789') + rng.digits(1);
    case 'MK':
      return rng.pick(['A', 'B', 'M']) + rng.digits(7);
    case 'UZ':
      return rng.pick(['AA', 'AB', 'AC', 'AD', 'FA']) + rng.digits(7);
    case 'GH':
      return 'G' + rng.digits(7);
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

// ---- phones (this set's own formats) ----

const PHONE_FORMATS: Record<Lang, ((rng: Rng) => string)[]> = {
  en: [
    (r) => `07${r.int(400, 999)} ${r.digits(6)}`,
    (r) => `+44 7${r.int(400, 999)} ${r.digits(3)} ${r.digits(3)}`,
    (r) => `0161 ${dig(r, 3, 2)} ${r.digits(4)}`,
    (r) => `(0113) ${dig(r, 3, 2)} ${r.digits(4)}`,
    (r) => `+353 8${r.pick([3, 5, 6, 7, 9])} ${dig(r, 3)} ${r.digits(4)}`,
  ],
  de: [
    (r) => `01${r.pick([51, 52, 57, 60, 62, 70, 72, 76])} ${dig(r, 8)}`,
    (r) => `+49 1${r.pick([51, 60, 70, 76])} ${dig(r, 4)} ${r.digits(4)}`,
    (r) => `0221 ${dig(r, 4, 2)}-${r.digits(3)}`,
    (r) => `+43 66${r.int(0, 9)} ${dig(r, 7)}`,
    (r) => `+41 7${r.pick([6, 7, 8, 9])} ${dig(r, 3)} ${r.digits(2)} ${r.digits(2)}`,
  ],
  fr: [
    (r) => `0${r.pick([6, 7])} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`,
    (r) => `+33 ${r.pick([6, 7])} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`,
    (r) => `0${r.int(1, 5)}.${r.digits(2)}.${r.digits(2)}.${r.digits(2)}.${r.digits(2)}`,
    (r) => `+32 4${r.int(60, 99)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`,
  ],
  es: [
    (r) => `6${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`,
    (r) => `+34 6${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`,
    (r) => `9${r.pick([1, 3, 5, 6])} ${dig(r, 3, 2)} ${r.digits(2)} ${r.digits(2)}`,
    (r) => `7${r.int(10, 49)}-${r.digits(3)}-${r.digits(3)}`,
  ],
  it: [
    (r) => `3${r.pick([20, 28, 33, 39, 40, 47, 49])} ${r.digits(3)} ${r.digits(4)}`,
    (r) => `+39 3${r.pick([31, 35, 38, 48])} ${r.digits(7)}`,
    (r) => `02 ${dig(r, 4)} ${r.digits(4)}`,
    (r) => `06-${dig(r, 8)}`,
  ],
  nl: [
    (r) => `06-${dig(r, 8)}`,
    (r) => `+31 6 ${dig(r, 4)} ${r.digits(4)}`,
    (r) => `010 ${dig(r, 3, 2)} ${r.digits(4)}`,
    (r) => `(030) ${dig(r, 3, 2)} ${r.digits(2)} ${r.digits(2)}`,
    (r) => `+32 4${r.int(70, 99)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`,
  ],
};
export const phone = (rng: Rng, lang: Lang): string => rng.pick(PHONE_FORMATS[lang])(rng);

/** A phone number of the person's home country: North Macedonia, Uzbekistan or Ghana. */
export function homePhone(rng: Rng, locale: string): string {
  switch (locale) {
    case 'mk':
      return rng.pick([
        `+389 7${rng.int(0, 8)} ${rng.digits(3)} ${rng.digits(3)}`,
        `07${rng.int(0, 8)}/${rng.digits(3)}-${rng.digits(3)}`,
        `+389 2 ${dig(rng, 3, 2)} ${rng.digits(4)}`,
      ]);
    case 'uz_UZ_latin':
      return rng.pick([
        `+998 9${rng.pick([0, 1, 3, 4, 7, 9])} ${rng.digits(3)} ${rng.digits(2)} ${rng.digits(2)}`,
        `+998 (71) ${dig(rng, 3, 2)}-${rng.digits(2)}-${rng.digits(2)}`,
      ]);
    default:
      return rng.pick([
        `+233 ${rng.pick([20, 24, 26, 27, 50, 54, 55])} ${rng.digits(3)} ${rng.digits(4)}`,
        `0${rng.pick([24, 54, 20, 27])} ${rng.digits(3)} ${rng.digits(4)}`,
      ]);
  }
}

const PLUS: Record<Lang, string> = { en: 'plus', de: 'plus', fr: 'plus', es: 'más', it: 'più', nl: 'plus' };

/** A phone number of the language read out digit by digit in words ("zero seven nine …"). */
export function spokenPhone(rng: Rng, lang: Lang): string {
  const digits = digitsOf(phone(rng, lang));
  const words = [...digits].map((d) => DIGIT_WORDS[lang][Number(d)]!);
  const sep = rng.pick([' ', ' ', ', ', '-']);
  return words.join(sep);
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
    const d = DIGIT_WORDS[lang].indexOf(p);
    if (d < 0) return undefined;
    out += String(d);
  }
  return out;
}

/** A phone number written with a space between every digit. */
export function spacedPhone(rng: Rng, lang: Lang): string {
  const p = phone(rng, lang);
  return (p.startsWith('+') ? '+' : '') + [...digitsOf(p)].join(' ');
}

// ---- addresses (this set's own streets) ----

interface Country {
  streets: string[];
  towns: [string, string][];
  line: (rng: Rng, street: string, no: string, post: string, town: string, multi: boolean) => string;
}
const nl = (multi: boolean): string => (multi ? '\n' : ', ');

const COUNTRIES: Record<string, Country> = {
  GB: {
    streets: ['Tanners Row', 'Quarry Lane', 'Bellfield Crescent', 'Orchard Walk', 'Kiln Road', 'Marsh Terrace'],
    towns: [
      ['LS6 2QT', 'Leeds'],
      ['M14 5RA', 'Manchester'],
      ['BS3 4LN', 'Bristol'],
      ['NG7 1FE', 'Nottingham'],
    ],
    line: (_r, s, n, p, t, m) => `${n} ${s}${nl(m)}${t}${nl(m)}${p}`,
  },
  IE: {
    streets: ['Harbour View', 'Convent Road', 'Ashgrove Park'],
    towns: [
      ['D08 X2F4', 'Dublin 8'],
      ['T12 K7P3', 'Cork'],
    ],
    line: (_r, s, n, p, t, m) => `${n} ${s}${nl(m)}${t} ${p}`,
  },
  DE: {
    streets: ['Lindenhofweg', 'Am Kornspeicher', 'Brückenstraße', 'Mühlgasse', 'Wacholderweg', 'Gerberstraße'],
    towns: [
      ['04229', 'Leipzig'],
      ['50733', 'Köln'],
      ['28199', 'Bremen'],
      ['90419', 'Nürnberg'],
    ],
    line: (_r, s, n, p, t, m) => `${s} ${n}${nl(m)}${p} ${t}`,
  },
  AT: {
    streets: ['Kaiserfeldgasse', 'Lerchenfelder Gürtel'],
    towns: [
      ['8010', 'Graz'],
      ['1160', 'Wien'],
    ],
    line: (_r, s, n, p, t, m) => `${s} ${n}${nl(m)}${p} ${t}`,
  },
  CH: {
    streets: ['Seefeldquai', 'Rebgasse'],
    towns: [
      ['8008', 'Zürich'],
      ['4058', 'Basel'],
    ],
    line: (_r, s, n, p, t, m) => `${s} ${n}${nl(m)}${p} ${t}`,
  },
  FR: {
    streets: ['rue des Tanneurs', 'impasse du Moulin', 'avenue des Tilleuls', 'rue de la Halle', 'chemin des Vignes', 'quai des Bateliers'],
    towns: [
      ['69007', 'Lyon'],
      ['31000', 'Toulouse'],
      ['44000', 'Nantes'],
      ['67000', 'Strasbourg'],
    ],
    line: (r, s, n, p, t, m) => `${n}${r.chance(0.2) ? ' bis' : ''} ${s}${nl(m)}${p} ${t}`,
  },
  BE: {
    streets: ['rue du Marché', 'Kortrijksesteenweg', 'avenue des Celtes'],
    towns: [
      ['1040', 'Etterbeek'],
      ['9000', 'Gent'],
      ['4000', 'Liège'],
    ],
    line: (_r, s, n, p, t, m) => `${s} ${n}${nl(m)}${p} ${t}`,
  },
  ES: {
    streets: ['calle del Almendro', 'avenida de la Estación', 'calle Alfarería', 'paseo de los Tilos', 'plaza del Pozo'],
    towns: [
      ['46021', 'Valencia'],
      ['50003', 'Zaragoza'],
      ['29012', 'Málaga'],
      ['33001', 'Oviedo'],
    ],
    line: (r, s, n, p, t, m) =>
      `${s.charAt(0).toUpperCase() + s.slice(1)}, ${n}${r.chance(0.4) ? `, ${r.int(1, 6)}º ${r.pick(['A', 'B', 'izda.', 'dcha.'])}` : ''}${nl(m)}${p} ${t}`,
  },
  IT: {
    streets: ['via dei Cordai', 'viale delle Rimembranze', 'via del Pozzo', 'vicolo dei Fabbri', 'corso della Repubblica'],
    towns: [
      ['40126', 'Bologna'],
      ['10152', 'Torino'],
      ['80134', 'Napoli'],
      ['37121', 'Verona'],
    ],
    line: (r, s, n, p, t, m) => `${s.charAt(0).toUpperCase() + s.slice(1)} ${n}${nl(m)}${p} ${t} (${r.pick(['BO', 'TO', 'NA', 'VR'])})`,
  },
  NL: {
    streets: ['Lijnbaansgracht', 'Bloemstraat', 'Molenweg', 'Zuiderkade', 'Kastanjelaan', 'Turfmarkt'],
    towns: [
      ['3512 BK', 'Utrecht'],
      ['9711 LV', 'Groningen'],
      ['2611 HM', 'Delft'],
      ['5611 EM', 'Eindhoven'],
    ],
    line: (r, s, n, p, t, m) => `${s} ${n}${r.chance(0.25) ? '-' + r.pick(['A', 'bis', 'II', 'huis']) : ''}${nl(m)}${p} ${t}`,
  },
  MK: {
    streets: ['ul. Orce Nikolov', 'bul. Partizanski odredi', 'ul. Dame Gruev', 'ul. Kuzman Josifovski Pitu'],
    towns: [
      ['1000', 'Skopje'],
      ['7000', 'Bitola'],
      ['6000', 'Ohrid'],
    ],
    line: (_r, s, n, p, t, m) => `${s} ${n}${nl(m)}${p} ${t}${m ? '\nNorth Macedonia' : ''}`,
  },
  UZ: {
    streets: ['Mustaqillik shoh koʻchasi', 'Bogʻishamol koʻchasi', 'Shayxontohur koʻchasi', 'Registon koʻchasi'],
    towns: [
      ['100017', 'Toshkent'],
      ['140100', 'Samarqand'],
      ['200100', 'Buxoro'],
    ],
    line: (r, s, n, p, t, m) => `${s} ${n}${r.chance(0.5) ? `-uy, ${r.int(2, 80)}-xonadon` : ''}${nl(m)}${t} ${p}`,
  },
  GH: {
    streets: ['Oxford Street', 'Liberation Road', 'Ring Road Central', 'Lagos Avenue'],
    towns: [
      ['GA-183-8164', 'Accra'],
      ['AK-039-5028', 'Kumasi'],
      ['CC-112-4470', 'Cape Coast'],
    ],
    line: (_r, s, n, p, t, m) => `${n} ${s}${nl(m)}${t}${m ? '\n' : ', '}${p}`,
  },
};

const ADDRESS_COUNTRIES: Record<Lang, string[]> = {
  en: ['GB', 'GB', 'IE'],
  de: ['DE', 'DE', 'AT', 'CH'],
  fr: ['FR', 'FR', 'BE'],
  es: ['ES'],
  it: ['IT'],
  nl: ['NL', 'NL', 'BE'],
};
const HOME_COUNTRY: Record<string, string> = { mk: 'MK', uz_UZ_latin: 'UZ', en_GH: 'GH' };

export function addressIn(rng: Rng, country: string, multi = false): string {
  const c = COUNTRIES[country]!;
  const [post, town] = rng.pick(c.towns);
  return c.line(rng, rng.pick(c.streets), String(rng.int(1, 148)), post, town, multi);
}
export const address = (rng: Rng, lang: Lang, multi = false): string => addressIn(rng, rng.pick(ADDRESS_COUNTRIES[lang]), multi);
export const homeAddress = (rng: Rng, locale: string, multi = false): string => addressIn(rng, HOME_COUNTRY[locale]!, multi);

// ---- dates ----

/** A date in one of the language's usual spellings. */
export function dateIn(rng: Rng, lang: Lang, y: number, m: number, d: number): string {
  const month = MONTHS[lang][m - 1]!;
  const forms: Record<Lang, string[]> = {
    en: [`${d} ${month} ${y}`, `${pad(d)}/${pad(m)}/${y}`, `${month} ${d}, ${y}`, `${d} ${month.slice(0, 3)} ${y}`],
    de: [`${pad(d)}.${pad(m)}.${y}`, `${d}. ${month} ${y}`, `${d}.${m}.${y}`],
    fr: [`${pad(d)}/${pad(m)}/${y}`, `${d === 1 ? '1er' : d} ${month} ${y}`],
    es: [`${pad(d)}/${pad(m)}/${y}`, `${d} de ${month} de ${y}`, `${d}-${pad(m)}-${y}`],
    it: [`${pad(d)}/${pad(m)}/${y}`, `${d} ${month} ${y}`, `${pad(d)}.${pad(m)}.${y}`],
    nl: [`${pad(d)}-${pad(m)}-${y}`, `${d} ${month} ${y}`, `${pad(d)}/${pad(m)}/${y}`],
  };
  return rng.pick(forms[lang]);
}
export const otherDate = (rng: Rng, lang: Lang): string => dateIn(rng, lang, rng.int(2024, 2026), rng.int(1, 12), rng.int(1, 28));

// ---- secrets ----

const B64 = ALNUM + '+/';
export function apiKey(rng: Rng): string {
  return rng.pick([
    () => `ghp_${rng.chars(36, ALNUM)}`,
    () => `glpat-${rng.chars(20, ALNUM + '_-')}`,
    () => `xoxb-${dig(rng, 11)}-${dig(rng, 12)}-${rng.chars(24, ALNUM)}`,
    () => `sk_live_${rng.chars(24, ALNUM)}`,
    () => `SG.${rng.chars(22, ALNUM + '_-')}.${rng.chars(43, ALNUM + '_-')}`,
    () => `npm_${rng.chars(36, ALNUM)}`,
    () => `AIza${rng.chars(35, ALNUM + '_-')}`,
  ])();
}
export function awsKeyPair(rng: Rng): { id: string; secret: string } {
  return { id: `AKIA${rng.chars(16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')}`, secret: rng.chars(40, B64) };
}
export function jwt(rng: Rng): string {
  const head = b64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
  const body = b64url(
    JSON.stringify({ sub: rng.digits(7), role: rng.pick(['staff', 'admin', 'viewer']), iat: 1_730_000_000 + rng.int(0, 30_000_000) }),
  );
  return `${head}.${body}.${rng.chars(43, ALNUM + '_-')}`;
}
const PASS_WORDS: Record<Lang, string[]> = {
  en: ['kettle', 'marmalade', 'pylon', 'otter', 'gravel', 'lantern', 'biscuit', 'harbour'],
  de: ['Gießkanne', 'Wetterhahn', 'Zwieback', 'Kranich', 'Ofenrohr', 'Holunder', 'Schleuse'],
  fr: ['girouette', 'tartine', 'hérisson', 'grenier', 'brioche', 'péniche', 'cerf-volant'],
  es: ['botijo', 'membrillo', 'tortuga', 'azulejo', 'cigarra', 'farola', 'alpargata'],
  it: ['mattarello', 'lucertola', 'grondaia', 'cornetto', 'ombrellone', 'fagiolo', 'capanna'],
  nl: ['drop', 'klompen', 'zeehond', 'stroopwafel', 'dijkgraaf', 'fietsbel', 'tulpenbol'],
};
/** A password such as people choose: words, digits and a sign. */
export function password(rng: Rng, lang: Lang): string {
  const w = rng.pick(PASS_WORDS[lang]);
  return rng.pick([
    () => `${w.charAt(0).toUpperCase()}${w.slice(1)}${rng.int(10, 99)}${rng.pick(['!', '#', '$', '?', '*'])}`,
    () => `${rng.chars(4, ALNUM)}${rng.pick(['!', '%', '&'])}${rng.chars(6, ALNUM)}`,
    () => `${w}_${rng.int(1970, 2019)}${rng.pick(['!', '.', '+'])}`,
  ])();
}
export function passphrase(rng: Rng, lang: Lang): string {
  return rng
    .shuffle(PASS_WORDS[lang])
    .slice(0, 4)
    .join(rng.pick(['-', ' ', '.']));
}
export function connectionString(rng: Rng): string {
  const user = rng.pick(['app', 'svc_ledger', 'readonly', 'etl', 'rostering']);
  const pw = rng.chars(rng.int(12, 20), ALNUM);
  const host = rng.pick(['db-prod-2.internal', '10.20.4.17', 'pg.cluster.local', 'mongo-0.mongo', 'redis-main']);
  return rng.pick([
    `postgresql://${user}:${pw}@${host}:5432/${rng.pick(['payroll', 'bookings', 'members'])}`,
    `mysql://${user}:${pw}@${host}:3306/${rng.pick(['shop', 'crm', 'roster'])}`,
    `mongodb+srv://${user}:${pw}@${rng.pick(['cluster0.x7kq2.mongodb.net', 'atlas-eu.a1b2c.mongodb.net'])}/${rng.pick(['lostfound', 'seating'])}`,
    `redis://:${pw}@${host}:6379/0`,
    `Server=${host};Database=${rng.pick(['Rentals', 'Pharmacy'])};User Id=${user};Password=${pw};`,
  ]);
}
export function privateKey(rng: Rng): string {
  const lines: string[] = [];
  for (let i = 0; i < 5; i++) lines.push(rng.chars(70, B64));
  lines.push(rng.chars(rng.int(20, 60), B64) + '==');
  return `-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA${rng.chars(46, B64)}\n${lines.join('\n')}\n-----END OPENSSH PRIVATE KEY-----`;
}

// ---- host addresses ----

export function ip(rng: Rng): string {
  return rng.pick([
    () => `10.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(2, 254)}`,
    () => `192.168.${rng.int(0, 40)}.${rng.int(2, 254)}`,
    () => `172.${rng.int(16, 31)}.${rng.int(0, 255)}.${rng.int(2, 254)}`,
    () => `${rng.pick([81, 88, 91, 145, 178, 213])}.${rng.int(1, 254)}.${rng.int(0, 255)}.${rng.int(1, 254)}`,
    () => `fe80::${rng.chars(4, HEX).replace(/^0+/, '') || '1'}:${rng.chars(4, HEX)}:${rng.chars(4, HEX)}:${rng.chars(4, HEX)}`,
    () => `2a02:${rng.chars(4, HEX)}:${rng.chars(3, HEX)}:${rng.int(1, 9)}::${rng.chars(2, HEX)}`,
  ])();
}
export function docIp(rng: Rng): string {
  return rng.pick([
    () => `192.0.2.${rng.int(1, 254)}`,
    () => `198.51.100.${rng.int(1, 254)}`,
    () => `203.0.113.${rng.int(1, 254)}`,
    () => `2001:db8::${rng.int(1, 99)}`,
    () => '127.0.0.1',
  ])();
}
export const cidr = (rng: Rng): string => rng.pick([`10.${rng.int(0, 99)}.0.0/16`, `172.16.0.0/12`, `192.168.${rng.int(0, 9)}.0/24`]);

// ---- look-alikes ----

/** An order, booking or tracking reference (letters and at most twelve digits: never a Luhn-valid card run). */
export function orderNumber(rng: Rng): string {
  return rng.pick([
    () => `ORD-${rng.int(2024, 2026)}-${rng.digits(6)}`,
    () => `1Z${rng.chars(6, UPPER)}${rng.digits(8)}`,
    () => `${rng.chars(2, UPPER)}${rng.digits(9)}${rng.pick(['GB', 'DE', 'NL', 'FR'])}`,
    () => `${rng.chars(6, 'ABCDEFGHJKLMNPQRSTUVWXYZ')}`,
    () => `INV/${rng.int(2024, 2026)}/${rng.digits(5)}`,
  ])();
}
export const version = (rng: Rng): string =>
  rng.pick([
    `${rng.int(1, 9)}.${rng.int(0, 24)}.${rng.int(0, 15)}`,
    `v${rng.int(0, 4)}.${rng.int(0, 99)}`,
    `${rng.int(2019, 2025)}.${rng.int(1, 12)}.${rng.int(0, 3)}`,
  ]);
export const commitHash = (rng: Rng): string => rng.chars(rng.pick([7, 10, 40]), HEX);
export function uuid(rng: Rng): string {
  const h = rng.chars(32, HEX);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${rng.pick(['8', '9', 'a', 'b'])}${h.slice(17, 20)}-${h.slice(20)}`;
}
export function amount(rng: Rng, lang: Lang): string {
  const n = rng.int(3, 2400);
  const c = rng.int(0, 99);
  return lang === 'en' ? `£${n}.${pad(c)}` : `${n},${pad(c)} €`;
}
