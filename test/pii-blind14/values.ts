// Values of this set and its own validators. The shared validators and check-digit functions (Luhn, mod 97, the
// national schemes of the six languages' countries, ABA, SSN ranges, licence shapes) come from
// ../pii-blind/set-values.ts; the Norwegian, Swedish and Finnish IBANs, the Norwegian fødselsnummer, the Swedish
// personnummer, the Finnish henkilötunnus, the Chilean RUN, the New Zealand IRD number, the Australian tax file number,
// the passports of those countries, New Zealand and Australian bank accounts, and the generators of phones and
// addresses are this set's own, written from the public descriptions of each scheme. Spoken digits, dates, secrets,
// host addresses and look-alikes are ../pii-blind/set-generators.ts's, given this set's password words, database names
// and parcel countries.
import type { Lang } from '../pii-blind/doc.ts';
import { lookAlikeGenerators, readOutDigits, secretGenerators } from '../pii-blind/set-generators.ts';
import type { Birth } from '../pii-blind/set-values.ts';
import {
  ADDRESS_COUNTRIES,
  IBAN_LENGTHS,
  NATIONAL_ID_VALIDATORS,
  PASSPORT_COUNTRIES,
  PASSPORT_SHAPES,
  addressLines as lines,
  bankAccountValid as sharedBankAccountValid,
  dig,
  digitsOf,
  driverLicenseOf,
  ibanGenerators,
  luhn,
  luhnDigit,
  pad,
  regroupedPhone,
  sixCountriesPassport,
  weighted,
} from '../pii-blind/set-values.ts';
import type { Rng } from '../pii-independent/rng.ts';
export * from '../pii-blind/set-values.ts';

// ---- IBAN ----

/** IBANs of the six languages' countries and of Norway (15 characters), Sweden (24) and Finland (18); a look-alike
 * may imitate a Norwegian or Finnish one in any language. */
export const { ibanValid, ibanOf, iban, notAnIban } = ibanGenerators({
  lengths: { ...IBAN_LENGTHS, NO: 15, SE: 24, FI: 18 },
  banks: {
    GB: ['MIDL', 'BARC', 'NAIA', 'TSBS', 'YORK', 'COOP'],
    IE: ['AIBK', 'BOFI', 'IPBS'],
    NL: ['ABNA', 'RABO', 'INGB', 'ASNB', 'KNAB', 'BUNQ'],
  },
  notIbanAlso: ['NO', 'FI'],
});

/** An IBAN of a Nordic country (NO, SE, FI). */
export const nordicIban = (rng: Rng, country: string): string => ibanOf(rng, country);

// ---- national ids of the origins' countries ----

/** The Norwegian fødselsnummer: the birth date DDMMYY, a three-digit individual number (000–499 for those born in
 * the 1900s, 500–999 from 2000; its last digit even for a woman, odd for a man) and two mod 11 check digits. */
const FNR_K1 = [3, 7, 6, 1, 8, 9, 4, 5, 2];
const FNR_K2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

function mod11Check(digits: string, weights: readonly number[]): number | undefined {
  const r = 11 - (weighted(digits, weights) % 11);
  if (r === 11) return 0;
  return r === 10 ? undefined : r;
}

export function fnrValid(v: string): boolean {
  if (!/^\d{6} ?\d{5}$/.test(v.trim())) return false;
  const d = digitsOf(v);
  const k1 = mod11Check(d.slice(0, 9), FNR_K1);
  const k2 = mod11Check(d.slice(0, 10), FNR_K2);
  return k1 === Number(d[9]) && k2 === Number(d[10]) && Number(d.slice(0, 2)) >= 1 && Number(d.slice(0, 2)) <= 31;
}

export function fnr(rng: Rng, female: boolean, b: Birth): string {
  for (;;) {
    const base = b.y >= 2000 ? rng.int(500, 999) : rng.int(0, 499);
    const ind = base - (base % 2) + (female ? 0 : 1);
    if (ind > 999) continue;
    const body = `${pad(b.d)}${pad(b.m)}${pad(b.y % 100)}${pad(ind, 3)}`;
    const k1 = mod11Check(body, FNR_K1);
    if (k1 === undefined) continue;
    const k2 = mod11Check(body + k1, FNR_K2);
    if (k2 === undefined) continue;
    const d = `${body}${k1}${k2}`;
    return rng.chance(0.5) ? `${d.slice(0, 6)} ${d.slice(6)}` : d;
  }
}

/** The Swedish personnummer: YYMMDD (or YYYYMMDD), a hyphen (a plus from the age of a hundred), three digits (the
 * last odd for a man, even for a woman) and a Luhn check digit over the ten digits YYMMDDNNN. */
export function personnummerValid(v: string): boolean {
  const m = /^(\d{2})?(\d{6})[-+]?(\d{4})$/.exec(v.trim());
  if (!m) return false;
  const mm = Number(m[2]!.slice(2, 4));
  return mm >= 1 && mm <= 12 && luhn(m[2]! + m[3]!);
}

export function personnummer(rng: Rng, female: boolean, b: Birth): string {
  const serial = `${pad(rng.int(0, 99))}${2 * rng.int(0, 4) + (female ? 0 : 1)}`;
  const body = `${pad(b.y % 100)}${pad(b.m)}${pad(b.d)}${serial}`;
  const d = body + luhnDigit(body);
  return rng.chance(0.4) ? `${Math.floor(b.y / 100)}${d.slice(0, 6)}-${d.slice(6)}` : `${d.slice(0, 6)}-${d.slice(6)}`;
}

/** The Finnish henkilötunnus: DDMMYY, the century sign (- for the 1900s, A from 2000), an individual number 002–899
 * (odd for a man, even for a woman) and a check character, DDMMYYNNN mod 31 in 0–9 and A–Y without G, I, O, Q, Z. */
const HETU_CHECK = '0123456789ABCDEFHJKLMNPRSTUVWXY';

export function hetuValid(v: string): boolean {
  const m = /^(\d{6})([-A+YXWVU])(\d{3})([0-9A-Y])$/.exec(v.trim());
  return !!m && HETU_CHECK[Number(m[1]! + m[3]!) % 31] === m[4];
}

export function hetu(rng: Rng, female: boolean, b: Birth): string {
  let n = rng.int(2, 899);
  if (n % 2 === (female ? 1 : 0)) n = n === 899 ? 898 : n + 1;
  const date = `${pad(b.d)}${pad(b.m)}${pad(b.y % 100)}`;
  return `${date}${b.y >= 2000 ? 'A' : '-'}${pad(n, 3)}${HETU_CHECK[Number(date + pad(n, 3)) % 31]}`;
}

/** The Chilean RUN (rol único nacional, the RUT of a person): seven or eight digits and a check digit, mod 11 with
 * weights 2–7 from the right (11 → 0, 10 → K), written with dots and a hyphen or without. */
export function rutDigit(body: string): string {
  let s = 0;
  for (let i = 0; i < body.length; i++) s += Number(body[body.length - 1 - i]) * (2 + (i % 6));
  const r = 11 - (s % 11);
  return r === 11 ? '0' : r === 10 ? 'K' : String(r);
}

export function rutValid(v: string): boolean {
  const m = /^(\d{1,2}(?:\.?\d{3}){2})-?([\dkK])$/.exec(v.trim());
  return !!m && rutDigit(digitsOf(m[1]!)) === m[2]!.toUpperCase();
}

export function rut(rng: Rng): string {
  const body = String(rng.int(6_000_000, 25_999_999));
  const dv = rutDigit(body);
  const dotted = body.replace(/\B(?=(\d{3})+$)/g, '.');
  return rng.pick([`${dotted}-${dv}`, `${dotted}-${dv}`, `${body}-${dv}`]);
}

/** The New Zealand IRD number: eight or nine digits (10 000 000–150 000 000), the last a mod 11 check over the first
 * eight (the eight-digit number padded with a leading zero) with weights 3 2 7 6 5 4 3 2, or, where that gives 10,
 * with 7 4 3 2 5 2 7 6. */
export function irdValid(v: string): boolean {
  if (!/^\d{2,3}-?\d{3}-?\d{3}$/.test(v.trim())) return false;
  const d = digitsOf(v).padStart(9, '0');
  const n = Number(d);
  if (n < 10_000_000 || n > 150_000_000) return false;
  const body = d.slice(0, 8);
  let c = mod11Ird(body, [3, 2, 7, 6, 5, 4, 3, 2]);
  if (c === 10) c = mod11Ird(body, [7, 4, 3, 2, 5, 2, 7, 6]);
  return c !== 10 && c === Number(d[8]);
}

function mod11Ird(body: string, w: readonly number[]): number {
  const r = weighted(body, w) % 11;
  return r === 0 ? 0 : 11 - r;
}

export function ird(rng: Rng): string {
  for (;;) {
    const n = rng.int(1_000_000, 14_999_999);
    const body = pad(n, 8);
    const c = mod11Ird(body, [3, 2, 7, 6, 5, 4, 3, 2]);
    if (c === 10) continue;
    const d = (body + c).replace(/^0/, '');
    const s = d.padStart(9, '0');
    return rng.chance(0.6) ? `${s.slice(0, 3)}-${s.slice(3, 6)}-${s.slice(6)}` : d;
  }
}

/** The Australian tax file number: nine digits whose weighted sum (1 4 3 7 5 8 6 9 10) is a multiple of 11. */
export function tfnValid(v: string): boolean {
  if (!/^\d{3} ?\d{3} ?\d{3}$/.test(v.trim())) return false;
  return weighted(digitsOf(v), [1, 4, 3, 7, 5, 8, 6, 9, 10]) % 11 === 0;
}

export function tfn(rng: Rng): string {
  for (;;) {
    const body = String(rng.int(1, 9)) + rng.digits(7);
    const r = weighted(body, [1, 4, 3, 7, 5, 8, 6, 9]) % 11;
    // the last weight is 10 ≡ −1 (mod 11): the last digit must equal the others' sum mod 11
    if (r === 10) continue;
    const d = body + r;
    return rng.chance(0.5) ? `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}` : d;
  }
}

export const NATIONAL_IDS: Record<string, (rng: Rng) => string> = {
  fnr: (rng) => fnr(rng, rng.chance(0.5), { y: rng.int(1940, 2012), m: rng.int(1, 12), d: rng.int(1, 28) }),
  personnummer: (rng) => personnummer(rng, rng.chance(0.5), { y: rng.int(1940, 2012), m: rng.int(1, 12), d: rng.int(1, 28) }),
  hetu: (rng) => hetu(rng, rng.chance(0.5), { y: rng.int(1940, 2012), m: rng.int(1, 12), d: rng.int(1, 28) }),
  rut,
  ird,
  tfn,
};

export const NATIONAL_VALIDATORS: ((v: string) => boolean)[] = [
  ...NATIONAL_ID_VALIDATORS,
  fnrValid,
  personnummerValid,
  hetuValid,
  rutValid,
  irdValid,
  tfnValid,
];

// ---- bank accounts ----

/** A New Zealand bank account as written: bank, branch, account and suffix ("06-0501-0654321-00"). */
export const nzAccount = (rng: Rng): string =>
  `${rng.pick(['01', '02', '03', '06', '12', '38'])}-${pad(rng.int(1, 999), 4)}-${dig(rng, 7)}-${pad(rng.int(0, 3), rng.pick([2, 3]))}`;

/** An Australian BSB (bank, state, branch: "062-692"); labelled only next to its account number. */
export const auBsb = (rng: Rng): string => `${rng.pick(['012', '032', '062', '063', '083', '184'])}-${pad(rng.int(0, 999), 3)}`;

export const auAccount = (rng: Rng): string => dig(rng, rng.pick([8, 9]));

/** A Chilean current or "cuenta RUT" account number: eight to twelve digits. */
export const clAccount = (rng: Rng): string => dig(rng, rng.pick([8, 10, 11, 12]));

export const bankAccountValid = (v: string): boolean =>
  sharedBankAccountValid(v) || /^\d{2}-\d{4}-\d{7}-\d{2,3}$/.test(v.trim()) || /^\d{3}-\d{3}$/.test(v.trim()) || /^\d{8,9}$/.test(v.trim());

// ---- passports and driving licences ----

/** Passport shapes of the origins' countries: Norway and Finland two letters and seven digits, Sweden eight digits,
 * New Zealand two letters and six digits, Australia one or two letters and seven digits, Chile a letter and eight
 * digits (the Nordic and Chilean shapes as this set's author remembers them, not checked). */
const HOME_PASSPORT_SHAPES: Record<string, RegExp> = {
  NO: /^[A-Z]{2}\d{7}$/,
  SE: /^\d{8}$/,
  FI: /^[A-Z]{2}\d{7}$/,
  NZ: /^[A-Z]{2}\d{6}$/,
  AU: /^[A-Z]{1,2}\d{7}$/,
  CL: /^[A-Z]\d{8}$/,
};

export const passportValid = (v: string): boolean =>
  [...Object.values(PASSPORT_SHAPES), ...Object.values(HOME_PASSPORT_SHAPES)].some((r) => r.test(v.trim()));

export function passportOf(rng: Rng, country: string): string {
  switch (country) {
    case 'NO':
    case 'FI':
      return rng.chars(2, 'ABCDEFHJKLMNPRSTUVXYZ') + dig(rng, 7);
    case 'SE':
      return dig(rng, 8);
    case 'NZ':
      return rng.pick(['LA', 'LB', 'LC', 'LF', 'LH', 'RA']) + dig(rng, 6);
    case 'AU':
      return rng.pick(['N', 'P', 'PA', 'PB', 'PD', 'RA']) + dig(rng, 7);
    case 'CL':
      return rng.pick(['F', 'P']) + dig(rng, 8);
    default: {
      const p = sixCountriesPassport(rng, country);
      if (p === undefined) throw new Error(`no passport format for ${country}`);
      return p;
    }
  }
}

export const passportFor = (rng: Rng, lang: Lang): string => passportOf(rng, rng.pick(PASSPORT_COUNTRIES[lang]));

/** A driving licence number of the language's country (../pii-blind/set-values.ts's), with this set's Italian
 * provinces. */
export const driverLicense = driverLicenseOf(['PD', 'TS', 'CA', 'FI', 'BO']);

// ---- phones ----

type Gen = (rng: Rng) => string;
const d = (rng: Rng, n: number): string => rng.digits(n);

const PHONE_FORMATS: Record<Lang, Gen[]> = {
  en: [
    (r) => `07${r.int(3, 9)}${d(r, 2)} ${d(r, 3)} ${d(r, 3)}`,
    (r) => `+44 7${r.int(3, 9)}${d(r, 2)} ${d(r, 6)}`,
    (r) => r.pick([`0114 ${r.int(2, 4)}${d(r, 2)} ${d(r, 4)}`, `01224 ${r.int(2, 7)}${d(r, 5)}`, `029 20${d(r, 2)} ${d(r, 4)}`]),
    (r) => `+353 87 ${d(r, 3)} ${d(r, 4)}`,
    (r) => `(0${r.pick(['61', '51', '71'])}) ${d(r, 3)} ${d(r, 4)}`,
  ],
  de: [
    (r) => `0${r.pick(['151', '160', '171', '176', '179'])} ${d(r, 8)}`,
    (r) => `+49 ${r.pick(['40', '89', '221', '351'])} ${r.int(2, 9)}${d(r, 3)} ${d(r, 4)}`,
    (r) => `(0${r.pick(['761', '531', '911'])}) ${r.int(2, 9)}${d(r, 2)}-${d(r, 3)}`,
    (r) => `+43 ${r.pick(['664', '699', '316'])} ${d(r, 7)}`,
    (r) => `+41 ${r.pick(['78', '79', '31'])} ${d(r, 3)} ${d(r, 2)} ${d(r, 2)}`,
  ],
  fr: [
    (r) => `0${r.pick(['6', '7'])}.${d(r, 2)}.${d(r, 2)}.${d(r, 2)}.${d(r, 2)}`,
    (r) => `+33 (0)${r.pick(['6', '7'])} ${d(r, 2)} ${d(r, 2)} ${d(r, 2)} ${d(r, 2)}`,
    (r) => `0${r.int(1, 5)} ${d(r, 2)} ${d(r, 2)} ${d(r, 2)} ${d(r, 2)}`,
    (r) => `+32 ${r.pick(['470', '485', '498'])} ${d(r, 2)} ${d(r, 2)} ${d(r, 2)}`,
  ],
  es: [
    (r) => `6${d(r, 2)} ${d(r, 2)} ${d(r, 2)} ${d(r, 2)}`,
    (r) => `+34 ${r.pick(['6', '7'])}${d(r, 2)} ${d(r, 3)} ${d(r, 3)}`,
    (r) => `9${r.pick(['1', '4', '5', '6'])}${d(r, 1)} ${d(r, 3)} ${d(r, 3)}`,
    (r) => `0034 6${d(r, 8)}`,
  ],
  it: [
    (r) => `3${r.pick(['20', '35', '39', '45', '49'])} ${d(r, 7)}`,
    (r) => `+39 3${d(r, 2)} ${d(r, 3)} ${d(r, 4)}`,
    (r) => `0${r.pick(['49', '40', '70', '51'])} ${d(r, 3)} ${d(r, 4)}`,
    (r) => `+39 0${r.pick(['2', '6'])} ${d(r, 4)} ${d(r, 4)}`,
  ],
  nl: [
    (r) => `06 ${r.int(1, 5)}${d(r, 3)} ${d(r, 4)}`,
    (r) => `+31 (0)6 ${d(r, 8)}`,
    (r) => `0${r.pick(['30', '50', '40', '13'])} ${r.int(2, 8)}${d(r, 6)}`,
    (r) => `+32 ${r.pick(['471', '494'])} ${d(r, 2)} ${d(r, 2)} ${d(r, 2)}`,
  ],
};

/** Phones of the origins' countries: Norway (+47 and eight digits, mobiles 4 or 9), Sweden (07x mobiles, the Kiruna
 * landline 0980, +46), Finland (04x and 050 mobiles, the Lapland landline 016, +358), Chile (+56 9 mobiles, the
 * Araucanía landline 45), Tonga (+676, mobiles 7 and 8), New Zealand (02x mobiles, the Auckland landline 09, +64)
 * and Australia (04xx mobiles, the Sydney landline 02, +61). */
const HOME_PHONES: Record<string, Gen[]> = {
  NO: [
    (r) => `+47 ${r.pick(['4', '9'])}${d(r, 2)} ${d(r, 2)} ${d(r, 3)}`,
    (r) => `0047 ${r.pick(['4', '9'])}${d(r, 7)}`,
    (r) => `+47 78 ${d(r, 2)} ${d(r, 2)} ${d(r, 2)}`,
  ],
  SE: [
    (r) => `07${r.pick(['0', '2', '3', '6'])}-${d(r, 3)} ${d(r, 2)} ${d(r, 2)}`,
    (r) => `+46 7${r.pick(['0', '2', '3'])} ${d(r, 3)} ${d(r, 2)} ${d(r, 2)}`,
    (r) => `0980-${d(r, 2)} ${d(r, 3)}`,
  ],
  FI: [
    (r) => `0${r.pick(['40', '44', '50'])} ${d(r, 3)} ${d(r, 4)}`,
    (r) => `+358 ${r.pick(['40', '44', '50'])} ${d(r, 3)} ${d(r, 4)}`,
    (r) => `016 ${d(r, 3)} ${d(r, 3)}`,
  ],
  CL: [
    (r) => `+56 9 ${d(r, 4)} ${d(r, 4)}`,
    (r) => `9 ${d(r, 4)} ${d(r, 4)}`,
    (r) => `(+56) 45 2${d(r, 2)} ${d(r, 4)}`,
    (r) => `+569${d(r, 8)}`,
  ],
  TO: [(r) => `+676 ${r.pick(['7', '8'])}${d(r, 2)} ${d(r, 4)}`, (r) => `00676 ${r.pick(['77', '84', '87'])}${d(r, 5)}`],
  NZ: [
    (r) => `02${r.pick(['1', '2', '7'])} ${d(r, 3)} ${d(r, 4)}`,
    (r) => `+64 2${r.pick(['1', '2', '7'])} ${d(r, 3)} ${d(r, 4)}`,
    (r) => `09 ${r.int(2, 9)}${d(r, 2)} ${d(r, 4)}`,
  ],
  AU: [(r) => `04${d(r, 2)} ${d(r, 3)} ${d(r, 3)}`, (r) => `+61 4${d(r, 2)} ${d(r, 3)} ${d(r, 3)}`, (r) => `(02) 9${d(r, 3)} ${d(r, 4)}`],
};

export const phone = (rng: Rng, lang: Lang): string => rng.pick(PHONE_FORMATS[lang])(rng);
/** A phone of an origin's country (NO, SE, FI, CL, TO, NZ, AU). */
export const homePhone = (rng: Rng, country: string): string => rng.pick(HOME_PHONES[country]!)(rng);

/** A phone number of the person's country read out digit by digit in the language's words. */
export const spokenPhone = (rng: Rng, lang: Lang, country: string): string => readOutDigits(rng, lang, homePhone(rng, country));

/** A phone number of the person's country as noted when dictated: the country or area code, then pairs of digits. */
export const groupedPhone = (rng: Rng, country: string): string => regroupedPhone(homePhone(rng, country), 2);

// ---- addresses ----

type Addr = (rng: Rng, multi: boolean) => string;

const ADDRESSES: Record<string, Addr> = {
  GB: (r, m) =>
    lines(m, [
      `${r.pick(['Flat ' + r.int(1, 24) + ', ', '', ''])}${r.int(2, 210)} ${r.pick(['Tannery Row', 'Bramblewood Road', 'Kiln Lane', 'Orchard Mews', 'Cooper Street', 'Foundry Close', 'Beacon Rise'])}`,
      `${r.pick(['Sheffield S11', 'Aberdeen AB15', 'Cardiff CF24', 'Norwich NR2', 'Lancaster LA1', 'Derby DE22'])} ${r.int(1, 9)}${r.chars(2, 'ABDEFGHJLNPQRSTUWXYZ')}`,
    ]),
  IE: (r, m) =>
    lines(m, [
      `${r.int(1, 80)} ${r.pick(['Ballinlough Road', 'Ashgrove Court', 'Millbrook Lawn', 'Riverside Walk'])}`,
      r.pick(['Limerick V94 X2T7', 'Waterford X91 F6P2', 'Sligo F91 H3K8', 'Dublin 6W']),
    ]),
  DE: (r, m) =>
    lines(m, [
      `${r.pick(['Lindenhof', 'Am Mühlbach', 'Gerberstraße', 'Rosengarten', 'Hafenweg', 'Ulmenallee'])} ${r.int(1, 120)}${r.pick(['', '', 'a', 'c'])}`,
      r.pick(['79098 Freiburg', '38100 Braunschweig', '90402 Nürnberg', '01067 Dresden', '24103 Kiel']),
    ]),
  AT: (r, m) =>
    lines(m, [
      `${r.pick(['Sporgasse', 'Herrengasse', 'Linzer Straße', 'Wiedner Hauptstraße'])} ${r.int(1, 80)}/${r.int(1, 14)}`,
      r.pick(['8010 Graz', '4020 Linz', '1040 Wien', '9020 Klagenfurt']),
    ]),
  CH: (r, m) =>
    lines(m, [
      `${r.pick(['Spitalgasse', 'Rebgasse', 'Bahnhofplatz', 'Lindenstrasse'])} ${r.int(1, 70)}`,
      r.pick(['3011 Bern', '4058 Basel', '9000 St. Gallen', '7000 Chur']),
    ]),
  LU: (r, m) =>
    lines(m, [
      `${r.int(1, 90)}, ${r.pick(['avenue de la Liberté', 'rue de Hollerich', 'route d’Arlon'])}`,
      r.pick(['L-1930 Luxembourg', 'L-4170 Esch-sur-Alzette']),
    ]),
  FR: (r, m) =>
    lines(m, [
      `${r.int(1, 140)}${r.pick(['', '', ' ter'])} ${r.pick(['rue des Potiers', 'impasse des Mûriers', 'boulevard de la Liberté', 'rue du Moulin Vert', 'place des Halles', 'allée des Cordiers'])}`,
      r.pick(['67000 Strasbourg', '29200 Brest', '37000 Tours', '80000 Amiens', '64000 Pau']),
    ]),
  BE: (r, m) =>
    lines(m, [
      `${r.pick(['Rue de la Station', 'Avenue Louise', 'Kortrijksesteenweg', 'Lange Nieuwstraat'])} ${r.int(1, 200)}${r.pick(['', '', ' boîte 3', ' bus 2'])}`,
      r.pick(['4000 Liège', '6000 Charleroi', '9000 Gent', '2000 Antwerpen']),
    ]),
  ES: (r, m) =>
    lines(m, [
      `${r.pick(['Calle del Carmen', 'Avenida de la Constitución', 'Calle Mayor', 'Paseo de la Alameda', 'Calle de los Tintes'])}, ${r.int(1, 120)}, ${r.int(1, 9)}.º ${r.pick(['2.ª', '4.ª', 'A', 'D', 'izda.'])}`,
      r.pick(['46002 Valencia', '33003 Oviedo', '50001 Zaragoza', '41004 Sevilla', '15001 A Coruña']),
    ]),
  IT: (r, m) =>
    lines(m, [
      `${r.pick(['Via dei Calzolai', 'Corso Vittorio Emanuele', 'Via del Battistero', 'Via San Vitale', 'Piazza delle Erbe'])}, ${r.int(1, 140)}${r.pick(['', '', '/B', ' int. 4'])}`,
      r.pick(['35122 Padova', '34121 Trieste', '09124 Cagliari', '50122 Firenze', '40125 Bologna']),
    ]),
  NL: (r, m) =>
    lines(m, [
      `${r.pick(['Oudegracht', 'Lange Voorhout', 'Herenstraat', 'Zuiderdiep', 'Kerkpad', 'Vismarkt'])} ${r.int(1, 260)}${r.pick(['', '', '-2', 'B', ' bis'])}`,
      `${r.int(1011, 9999)} ${r.chars(2, 'ABCDEGHJKLMNPRTVWXZ')} ${r.pick(['Utrecht', 'Groningen', 'Zwolle', 'Tilburg', 'Alkmaar'])}`,
    ]),
  NO: (r, m) =>
    r.pick([
      () =>
        lines(m, [
          `${r.pick(['Storgata', 'Rådhusveien', 'Bjørnstadveien', 'Skolegata'])} ${r.int(1, 60)}`,
          r.pick(['9730 Karasjok', '9520 Kautokeino', '9510 Alta', '9008 Tromsø']),
        ]),
      () =>
        lines(m, [
          `${r.pick(['Fjellveien', 'Elvebakken', 'Sentrumsveien'])} ${r.int(1, 40)}${r.pick(['', 'B'])}`,
          r.pick(['9845 Tana', '9700 Lakselv']),
        ]),
    ])(),
  SE: (r, m) =>
    lines(m, [
      `${r.pick(['Lulevägen', 'Storgatan', 'Malmbergsvägen', 'Porjusvägen'])} ${r.int(1, 80)}`,
      r.pick(['962 31 Jokkmokk', '981 31 Kiruna', '982 31 Gällivare', '972 34 Luleå']),
    ]),
  FI: (r, m) =>
    lines(m, [
      `${r.pick(['Inarintie', 'Sajostie', 'Koskikatu', 'Rovakatu'])} ${r.int(1, 60)} ${r.pick(['A', 'B', 'C'])} ${r.int(1, 20)}`,
      r.pick(['99870 Inari', '99980 Utsjoki', '96100 Rovaniemi', '99800 Ivalo']),
    ]),
  CL: (r, m) =>
    lines(m, [
      `${r.pick(['Avenida Alemania', 'Calle Bulnes', 'Avenida Caupolicán', 'Pasaje Los Aromos', 'Calle Lautaro'])} ${r.int(100, 2400)}${r.pick(['', ', depto. ' + r.int(11, 88), ', casa ' + r.int(1, 30)])}`,
      r.pick(['Temuco', 'Padre Las Casas', 'Villarrica', 'Nueva Imperial', 'Santiago, Región Metropolitana', 'Cañete']),
    ]),
  TO: (r, m) =>
    lines(m, [
      `Lot ${r.int(1, 90)}, ${r.pick(['Vuna Road', 'Fatafehi Road', 'Taufaʻahau Road', 'Hala Loto'])}, ${r.pick(['Kolofoʻou', 'Maʻufanga', 'Haveluloto', 'Kolomotuʻa'])}`,
      `Nukuʻalofa, Tongatapu`,
    ]),
  NZ: (r, m) =>
    lines(m, [
      `${r.int(1, 180)} ${r.pick(['Favona Road', 'Great South Road', 'Massey Road', 'Church Street', 'Bader Drive'])}`,
      r.pick(['Māngere, Auckland 2022', 'Otahuhu, Auckland 1062', 'Onehunga, Auckland 1061', 'Porirua 5022']),
    ]),
  AU: (r, m) =>
    lines(m, [
      `${r.pick(['Unit ' + r.int(1, 20) + '/', ''])}${r.int(1, 160)} ${r.pick(['Carlisle Avenue', 'Luxford Road', 'Woodstock Avenue', 'Hogans Road'])}`,
      r.pick(['Mount Druitt NSW 2770', 'Blacktown NSW 2148', 'Logan Central QLD 4114', 'Sunshine VIC 3020']),
    ]),
};

export const address = (rng: Rng, lang: Lang, multi = false): string => ADDRESSES[rng.pick(ADDRESS_COUNTRIES[lang])]!(rng, multi);
/** An address in an origin's country (NO, SE, FI, CL, TO, NZ, AU). */
export const homeAddress = (rng: Rng, country: string, multi = false): string => ADDRESSES[country]!(rng, multi);

// ---- dates, secrets, host addresses and look-alikes ----

// The generators are ../pii-blind/set-generators.ts's; this set's own words, names and countries are below.
export * from '../pii-blind/set-generators.ts';

/** Words of this set's passwords and passphrases. */
const PW_WORDS: Record<Lang, string[]> = {
  en: ['reindeer', 'ladder', 'pumice', 'kettle', 'cobalt', 'thimble', 'glacier', 'saddle'],
  de: ['Rentier', 'Leiter', 'Bimsstein', 'Kessel', 'Kobalt', 'Fingerhut', 'Gletscher', 'Sattel'],
  fr: ['renne', 'echelle', 'pierreponce', 'bouilloire', 'cobalt', 'deacoudre', 'glacier', 'selle'],
  es: ['reno', 'escalera', 'piedrapomez', 'tetera', 'cobalto', 'dedal', 'glaciar', 'montura'],
  it: ['renna', 'scala', 'pomice', 'bollitore', 'cobalto', 'ditale', 'ghiacciaio', 'sella'],
  nl: ['rendier', 'ladder', 'puimsteen', 'waterkoker', 'kobalt', 'vingerhoed', 'gletsjer', 'zadel'],
};

export const { password, passphrase, base64Password, connectionString } = secretGenerators({
  passwordWords: PW_WORDS,
  db: {
    users: ['claims_rw', 'herd_registry', 'visa_desk', 'lab_results', 'admin'],
    hosts: ['pg-claims.internal', '10.44.7.19', 'db-herd.lan', 'mysql-lab-3'],
    postgresNames: ['claims', 'herdbook', 'sponsorship'],
  },
});

export const { orderNumber, commitHash, uuid, isbn, tracking } = lookAlikeGenerators({
  ibanValid,
  trackingCountries: ['NO', 'SE', 'CL', 'NZ'],
});
