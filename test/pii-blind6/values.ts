// Values of this set and its own validators, written from the public descriptions of each scheme (no other set's
// code; the part pii-blind7 shares is in ../pii-blind/set-values.ts): phones, addresses and birth dates in each country's formats, IBANs (mod 97), card numbers (Luhn), national
// ids with their check digits, bank accounts, passports, driving licences, secrets and host addresses, and the
// look-alikes the hard negatives use (Luhn-failing numbers, wrong IBAN check digits, published test cards, order and
// tracking numbers, versions, hashes, UUIDs, documentation-range addresses, dates that are not birth dates).
import type { Lang } from '../pii-blind/doc.ts';
import { DIGIT_WORDS } from '../pii-blind/set-generators.ts';
import { MONTHS } from '../pii-blind/set-values.ts';
import type { Rng } from '../pii-independent/rng.ts';
import type { Birth } from '../pii-blind/set-values.ts';
import { ALNUM, HEX, NATIONAL_ID_VALIDATORS, UPPER, b64url, dig, group, mod97, pad, toNumeric, yy } from '../pii-blind/set-values.ts';
import { ahv, bsn, digitsOf, dni, luhn, luhnDigit, luhnRuns, nhs, nie, nino, pps, steuerId } from '../pii-blind/set-values.ts';
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
  GB: 22, IE: 22, DE: 22, AT: 20, CH: 21, FR: 27, BE: 16, LU: 20, ES: 24, IT: 27, NL: 18, GR: 27, GE: 22,
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

/** INSEE codes of the countries of birth of this set's people: Greece 99134, Armenia 99252, Georgia 99255. */
export const INSEE_COUNTRY: Record<string, string> = { el: '134', hy: '252', ka_GE: '255' };

/** Belfiore codes of the countries of birth: Greece Z115, Armenia Z252, Georgia Z254. */
export const BELFIORE: Record<string, string> = { el: 'Z115', hy: 'Z252', ka_GE: 'Z254' };

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
  ...NATIONAL_ID_VALIDATORS,
  amkaValid,
  afmValid,
  georgianPnValid,
  armenianPsnValid,
];

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
