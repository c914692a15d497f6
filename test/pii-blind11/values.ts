// Values of this set and its own validators. The shared validators and check-digit functions (Luhn, mod 97, the
// national schemes of the six languages' countries, ABA, SSN ranges, licence shapes) come from
// ../pii-blind/set-values.ts; the Israeli identity number (Teudat Zehut), the Moroccan CIN and the Kenyan id card
// number, the Israeli and Tunisian IBANs, and the generators of phones and addresses are this set's own. Spoken
// digits, dates, secrets, host addresses and look-alikes are ../pii-blind/set-generators.ts's, given this set's
// password words, database names and parcel countries.
import type { Lang } from '../pii-blind/doc.ts';
import { lookAlikeGenerators, readOutDigits, secretGenerators } from '../pii-blind/set-generators.ts';
import {
  IBAN_COUNTRIES,
  LICENCE_SHAPES,
  NATIONAL_ID_VALIDATORS,
  UPPER,
  bankAccountValid as sharedBankAccountValid,
  dig,
  digitsOf,
  driverLicenseOf,
  ibanGenerators,
  pad,
  sixCountriesPassport,
  weighted,
} from '../pii-blind/set-values.ts';
import type { Rng } from '../pii-independent/rng.ts';
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
} from '../pii-blind/set-values.ts';

// ---- IBAN ----

export const { ibanValid, ibanOf, iban, notAnIban } = ibanGenerators({
  lengths: { GB: 22, IE: 22, DE: 22, AT: 20, CH: 21, FR: 27, BE: 16, ES: 24, IT: 27, NL: 18, IL: 23, TN: 24 },
  banks: {
    GB: ['HBUK', 'LOYD', 'NWBK', 'SRLG', 'CPBK', 'ABBY'],
    IE: ['AIBK', 'BOFI', 'ULSB'],
    NL: ['ABNA', 'RABO', 'TRIO', 'SNSB', 'INGB'],
  },
  countries: { ...IBAN_COUNTRIES, de: ['DE', 'DE', 'AT', 'CH'], fr: ['FR', 'FR', 'BE'] },
});

/** An IBAN of the person's own country where it has one: Israel (IL, 23 characters) for an Israeli, Tunisia (TN,
 * 24) for a Maghrebi; a Kenyan, whose country has no IBAN, gives one of the document language's countries. */
export const homeIban = (rng: Rng, lang: Lang, locale: string): string =>
  locale === 'il' ? ibanOf(rng, 'IL') : locale === 'mg' ? ibanOf(rng, 'TN') : iban(rng, lang);

// ---- national ids of the three origins ----

/** The Israeli identity number (mispar Teudat Zehut): nine digits, the last a check digit: the digits weighted 1, 2,
 * 1, 2, … from the left, the digits of each product added, the total a multiple of ten. */
export function teudatZehutValid(v: string): boolean {
  if (!/^\d{9}$|^\d{8}-\d$/.test(v.trim())) return false;
  const d = digitsOf(v);
  let sum = 0;
  for (let i = 0; i < 9; i++) {
    const p = Number(d[i]) * (i % 2 === 0 ? 1 : 2);
    sum += p > 9 ? p - 9 : p;
  }
  return sum % 10 === 0;
}

export function teudatZehut(rng: Rng): string {
  const body = String(rng.int(0, 3)) + rng.digits(7);
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const p = Number(body[i]) * (i % 2 === 0 ? 1 : 2);
    sum += p > 9 ? p - 9 : p;
  }
  const id = body + String((10 - (sum % 10)) % 10);
  return rng.chance(0.2) ? `${id.slice(0, 8)}-${id[8]}` : id;
}

/** The Moroccan national identity card number (CIN): one or two letters of the issuing region and up to six digits
 * (the shape only; no check digit). */
export const moroccanCinValid = (v: string): boolean => /^[A-Z]{1,2}\d{5,6}$/.test(v.trim());

export const moroccanCin = (rng: Rng): string =>
  rng.pick(['BE', 'BK', 'BJ', 'A', 'AB', 'C', 'CD', 'D', 'EE', 'G', 'JA', 'K']) + rng.digits(6);

/** The Kenyan national identity card number: eight digits (older cards seven), the shape only: this set's author
 * knows of no published check digit, so none is asserted. */
export const kenyanIdValid = (v: string): boolean => /^[1-3]\d{7}$|^[1-9]\d{6}$/.test(v.trim());

export const kenyanId = (rng: Rng): string =>
  rng.chance(0.8) ? String(rng.int(2, 3)) + rng.digits(7) : String(rng.int(1, 9)) + rng.digits(6);

export const NATIONAL_IDS: Record<string, (rng: Rng) => string> = { teudatZehut, moroccanCin, kenyanId };

export const NATIONAL_VALIDATORS: ((v: string) => boolean)[] = [
  ...NATIONAL_ID_VALIDATORS,
  teudatZehutValid,
  moroccanCinValid,
  kenyanIdValid,
];

// ---- bank accounts ----

/** A Kenyan bank account number as banks print it: thirteen digits (the branch and the account run together). */
export const kenyanAccount = (rng: Rng): string => `01${rng.digits(3)}${dig(rng, 8)}`;

export const bankAccountValid = (v: string): boolean => sharedBankAccountValid(v) || /^01\d{11}$/.test(v.trim());

// ---- passports and driving licences ----

const PASSPORT_SHAPES: Record<string, RegExp> = {
  GB: /^\d{9}$/,
  IE: /^[A-Z]{2}\d{7}$/,
  DE: /^[CFGHJKLMNPRTVWXYZ][CFGHJKLMNPRTVWXYZ0-9]{8}$/,
  AT: /^[A-Z]\d{7}$/,
  FR: /^\d{2}[A-Z]{2}\d{5}$/,
  BE: /^[A-Z]{2}\d{6}$/,
  ES: /^[A-Z]{3}\d{6}$/,
  IT: /^[A-Z]{2}\d{7}$/,
  NL: /^[A-NP-Z]{2}[A-NP-Z0-9]{6}\d$/,
  IL: /^[23]\d{7}$/,
  MA: /^[A-Z]{2}\d{7}$/,
  KE: /^AK?\d{7}$/,
};

export const passportValid = (v: string): boolean => Object.values(PASSPORT_SHAPES).some((r) => r.test(v.trim()));

export function passportOf(rng: Rng, country: string): string {
  switch (country) {
    case 'MA':
      return rng.chars(2, UPPER) + rng.digits(7);
    case 'IL':
      return String(rng.int(2, 3)) + rng.digits(7);
    case 'KE':
      return rng.pick(['A', 'AK']) + rng.digits(7);
    default: {
      const p = sixCountriesPassport(rng, country);
      if (p === undefined) throw new Error(`no passport format for ${country}`);
      return p;
    }
  }
}

const PASSPORT_COUNTRIES: Record<Lang, string[]> = {
  en: ['GB', 'IE'],
  de: ['DE', 'AT'],
  fr: ['FR', 'BE'],
  es: ['ES'],
  it: ['IT'],
  nl: ['NL', 'BE'],
};

export const passportFor = (rng: Rng, lang: Lang): string => passportOf(rng, rng.pick(PASSPORT_COUNTRIES[lang]));

/** Licence shapes: the six languages' (shared). */
export const driverLicenseValid = (v: string): boolean => LICENCE_SHAPES.some((r) => r.test(v.trim()));

/** A driving licence number of the language's country (../pii-blind/set-values.ts's), with this set's Italian
 * provinces. */
export const driverLicense = driverLicenseOf(['UA', 'MI', 'RM', 'TO', 'BO']);

// ---- phones ----

type Gen = (rng: Rng) => string;
const d = (rng: Rng, n: number): string => rng.digits(n);

const PHONE_FORMATS: Record<Lang, Gen[]> = {
  en: [
    (r) => `07${r.int(4, 9)}${d(r, 2)} ${d(r, 6)}`,
    (r) => `+44 7${r.int(4, 9)}${d(r, 2)} ${d(r, 3)} ${d(r, 3)}`,
    (r) => `+44 (0)${r.pick(['113', '121', '161', '117'])} ${r.int(2, 4)}${d(r, 2)} ${d(r, 4)}`,
    (r) => `+353 8${r.pick(['3', '5', '6', '7'])} ${d(r, 3)} ${d(r, 4)}`,
    (r) => `(0${r.pick(['1', '21', '91'])}) ${r.int(2, 8)}${d(r, 2)} ${d(r, 4)}`,
  ],
  de: [
    (r) => `+49 1${r.pick(['51', '52', '60', '70', '76'])} ${d(r, 8)}`,
    (r) => `0${r.pick(['30', '40', '89', '221', '711'])} / ${r.int(2, 9)}${d(r, 6)}`,
    (r) => `01${r.pick(['57', '62', '73'])}-${d(r, 7)}`,
    (r) => `+43 6${r.pick(['64', '76', '99'])} ${d(r, 7)}`,
    (r) => `+41 7${r.pick(['6', '8', '9'])} ${d(r, 3)} ${d(r, 2)} ${d(r, 2)}`,
  ],
  fr: [
    (r) => `0${r.pick(['6', '7'])} ${d(r, 2)} ${d(r, 2)} ${d(r, 2)} ${d(r, 2)}`,
    (r) => `+33 ${r.pick(['6', '7'])} ${d(r, 2)} ${d(r, 2)} ${d(r, 2)} ${d(r, 2)}`,
    (r) => `0${r.int(1, 5)}.${d(r, 2)}.${d(r, 2)}.${d(r, 2)}.${d(r, 2)}`,
    (r) => `+32 4${r.pick(['70', '75', '86', '96'])} ${d(r, 2)} ${d(r, 2)} ${d(r, 2)}`,
  ],
  es: [
    (r) => `6${d(r, 2)} ${d(r, 3)} ${d(r, 3)}`,
    (r) => `+34 6${d(r, 2)} ${d(r, 2)} ${d(r, 2)} ${d(r, 2)}`,
    (r) => `9${r.pick(['1', '3', '5', '6'])} ${d(r, 3)} ${d(r, 2)} ${d(r, 2)}`,
    (r) => `(+34) 7${d(r, 8)}`,
  ],
  it: [
    (r) => `3${r.pick(['20', '28', '33', '40', '47', '49'])} ${d(r, 3)} ${d(r, 4)}`,
    (r) => `+39 3${d(r, 2)} ${d(r, 7)}`,
    (r) => `0${r.pick(['2', '6', '11', '51', '55'])} ${d(r, 4)} ${d(r, 4)}`,
    (r) => `0039 3${d(r, 2)}.${d(r, 3)}.${d(r, 4)}`,
  ],
  nl: [
    (r) => `06-${r.int(1, 5)}${d(r, 7)}`,
    (r) => `+31 6 ${d(r, 4)} ${d(r, 4)}`,
    (r) => `0${r.pick(['20', '10', '30', '70'])}-${r.int(2, 8)}${d(r, 6)}`,
    (r) => `+32 4${r.pick(['70', '77', '85'])} ${d(r, 2)} ${d(r, 2)} ${d(r, 2)}`,
  ],
};

const HOME_PHONES: Record<string, Gen[]> = {
  il: [
    (r) => `05${r.pick(['0', '2', '3', '4', '8'])}-${d(r, 3)}-${d(r, 4)}`,
    (r) => `+972 5${r.pick(['0', '2', '3', '4', '8'])} ${d(r, 3)} ${d(r, 4)}`,
    (r) => `0${r.pick(['3', '4', '8', '9'])}-${r.int(5, 9)}${d(r, 6)}`,
    (r) => `+972-${r.pick(['2', '3', '4'])}-${r.int(5, 9)}${d(r, 6)}`,
  ],
  mg: [
    (r) => `06 ${d(r, 2)} ${d(r, 2)} ${d(r, 2)} ${d(r, 2)}`,
    (r) => `+212 6${d(r, 2)} ${d(r, 2)} ${d(r, 2)} ${d(r, 2)}`,
    (r) => `+213 ${r.pick(['5', '6', '7'])}${d(r, 2)} ${d(r, 2)} ${d(r, 2)} ${d(r, 2)}`,
    (r) => `00216 ${r.pick(['2', '5', '9'])}${d(r, 1)} ${d(r, 3)} ${d(r, 3)}`,
    (r) => `05 22 ${d(r, 2)} ${d(r, 2)} ${d(r, 2)}`,
  ],
  ke: [
    (r) => `07${r.pick(['0', '1', '2', '9'])}${d(r, 1)} ${d(r, 3)} ${d(r, 3)}`,
    (r) => `+254 7${r.pick(['0', '1', '2', '9'])}${d(r, 1)} ${d(r, 3)} ${d(r, 3)}`,
    (r) => `+254${r.pick(['11', '10'])}${d(r, 7)}`,
    (r) => `020 ${d(r, 3)} ${d(r, 4)}`,
  ],
};

export const phone = (rng: Rng, lang: Lang): string => rng.pick(PHONE_FORMATS[lang])(rng);
export const homePhone = (rng: Rng, locale: string): string => rng.pick(HOME_PHONES[locale]!)(rng);

export { spokenDigits } from '../pii-blind/set-generators.ts';

/** A phone number of the person's country read out digit by digit in the language's words. */
export const spokenPhone = (rng: Rng, lang: Lang, locale: string): string => readOutDigits(rng, lang, homePhone(rng, locale));

/** A phone number of the person's country written digit by digit with spaces, as in a handwritten note read by OCR. */
export function spacedPhone(rng: Rng, locale: string): string {
  const p = homePhone(rng, locale);
  return (p.startsWith('+') ? '+ ' : '') + [...digitsOf(p)].join(' ');
}

// ---- addresses ----

type Addr = (rng: Rng, multi: boolean) => string;
const lines = (multi: boolean, parts: string[]): string => parts.join(multi ? '\n' : ', ');

const ADDRESSES: Record<string, Addr> = {
  GB: (r, m) =>
    lines(m, [
      `${r.int(2, 180)} ${r.pick(['Ferncliffe Road', 'Albion Street', 'Heron Close', 'Quarry Lane', 'Beechwood Grove', 'Station Parade'])}`,
      `${r.pick(['Sheffield S11', 'Exeter EX4', 'York YO10', 'Swansea SA2', 'Leicester LE2'])} ${r.int(1, 9)}${r.chars(2, 'ABDEFGHJLNPQRSTUWXYZ')}`,
    ]),
  IE: (r, m) =>
    lines(m, [
      `${r.int(1, 90)} ${r.pick(['Mount Prospect Avenue', 'Glasthule Road', 'Shandon Street', 'Woodview Park'])}`,
      r.pick(['Dublin 3', 'Cork T23 K2W8', 'Galway H91 YR5C', 'Waterford X91 D7E2']),
    ]),
  DE: (r, m) =>
    lines(m, [
      `${r.pick(['Schillerstraße', 'Am Wasserturm', 'Eichendorffweg', 'Gartenstraße', 'Talstraße', 'Uferweg'])} ${r.int(1, 140)}${r.pick(['', '', 'a', 'b'])}`,
      `${r.pick(['01067 Dresden', '30159 Hannover', '53111 Bonn', '66111 Saarbrücken', '93047 Regensburg'])}`,
    ]),
  AT: (r, m) =>
    lines(m, [
      `${r.pick(['Mariahilfer Straße', 'Sporgasse', 'Landstraßer Hauptstraße'])} ${r.int(1, 80)}/${r.int(1, 20)}`,
      r.pick(['1030 Wien', '5020 Salzburg', '6020 Innsbruck']),
    ]),
  CH: (r, m) =>
    lines(m, [
      `${r.pick(['Kirchgasse', 'Feldeggstrasse', 'Lorrainestrasse'])} ${r.int(1, 90)}`,
      r.pick(['8008 Zürich', '3013 Bern', '6003 Luzern']),
    ]),
  FR: (r, m) =>
    lines(m, [
      `${r.int(1, 120)}${r.pick(['', '', ' bis'])} ${r.pick(['rue des Carmes', 'allée des Tilleuls', 'rue du Pont-Neuf', 'avenue Jean-Jaurès', 'quai des Chartrons'])}`,
      r.pick(['33000 Bordeaux', '35000 Rennes', '59000 Lille', '34000 Montpellier', '21000 Dijon']),
    ]),
  BE: (r, m) =>
    lines(m, [
      `${r.pick(['Rue Haute', 'Avenue Louise', 'Meir', 'Nederkouter'])} ${r.int(1, 200)}`,
      r.pick(['1000 Bruxelles', '5000 Namur', '3000 Leuven', '8000 Brugge']),
    ]),
  ES: (r, m) =>
    lines(m, [
      `${r.pick(['Calle de Toledo', 'Avenida del Puerto', 'Calle de la Paz', 'Ronda de Segovia', 'Calle Real'])}, ${r.int(1, 150)}, ${r.int(1, 8)}º ${r.pick(['A', 'B', 'C', 'izq.', 'dcha.'])}`,
      r.pick(['28005 Madrid', '29001 Málaga', '48001 Bilbao', '03001 Alicante', '18009 Granada']),
    ]),
  IT: (r, m) =>
    lines(m, [
      `${r.pick(['Via del Corso', 'Via Nazionale', 'Borgo Pinti', 'Via dei Servi', 'Viale Monza'])} ${r.int(1, 160)}`,
      r.pick(['00186 Roma', '20127 Milano', '16121 Genova', '37121 Verona', '90133 Palermo']),
    ]),
  NL: (r, m) =>
    lines(m, [
      `${r.pick(['Nieuwe Binnenweg', 'Breestraat', 'Lange Nieuwstraat', 'Prinsengracht', 'Stationsweg'])} ${r.int(1, 300)}${r.pick(['', '', '-bis', 'A', ' hs'])}`,
      `${r.int(1011, 9999)} ${r.chars(2, 'ABCDEGHJKLMNPRTVWXZ')} ${r.pick(['Leiden', 'Haarlem', 'Arnhem', 'Maastricht', 'Delft'])}`,
    ]),
  IL: (r, m) =>
    lines(m, [
      `${r.pick(['Rehov Hashalom', 'Rehov Hanevi\u2019im', 'Derech Hevron', 'Rehov Hagefen', 'Sderot Hamiginim', 'Rehov Haatzmaut'])} ${r.int(2, 140)}${r.pick(['', `, Apt. ${r.int(1, 30)}`, `/${r.int(1, 12)}`])}`,
      r.pick(['Petah Tikva 4951234', 'Haifa 3303120', 'Beersheba 8410501', 'Jerusalem 9342211', 'Netanya 4240510', 'Holon 5822011']),
    ]),
  MA: (r, m) =>
    lines(m, [
      `${r.int(2, 180)}, ${r.pick(['Rue Ibn Toumert', 'Avenue des FAR', 'Rue Moulay Youssef', 'Boulevard Anfa', 'Rue Tarik Ibn Ziad', 'Résidence Les Orangers, Imm. 4'])}`,
      r.pick(['20250 Casablanca', '10090 Rabat-Agdal', '40000 Marrakech', '30050 Fès', '90000 Tanger']),
    ]),
  DZ: (r, m) =>
    lines(m, [
      `${r.pick(['Cité des 500 Logements, Bât. B', 'Rue Didouche Mourad', 'Boulevard Zighout Youcef', 'Cité Djenane El Malik'])}, n° ${r.int(1, 90)}`,
      r.pick(['16000 Alger', '31000 Oran', '25000 Constantine', '23000 Annaba']),
    ]),
  TN: (r, m) =>
    lines(m, [
      `${r.int(2, 90)} ${r.pick(['Rue de Marseille', 'Avenue de la Liberté', 'Rue Ibn Khaldoun', 'Rue du Lac Léman'])}`,
      r.pick(['1002 Tunis Belvédère', '1053 Les Berges du Lac', '3000 Sfax', '4000 Sousse']),
    ]),
  KE: (r, m) =>
    lines(m, [
      r.pick([
        `House ${r.int(2, 60)}, ${r.pick(['Othaya Road', 'Argwings Kodhek Road', 'Ring Road Kileleshwa', 'Gitanga Road', 'Ngong Road'])}`,
        `P.O. Box ${r.int(1000, 99999)}-00${r.pick(['100', '200', '502', '606'])}`,
        `Apartment ${r.int(1, 9)}${r.pick(['A', 'B', 'C'])}, ${r.pick(['Riara Gardens', 'Jacaranda Court', 'Milimani Heights'])}, ${r.pick(['Kirichwa Road', 'Lenana Road', 'Oloitokitok Road'])}`,
      ]),
      r.pick(['Nairobi', 'Nairobi 00100', 'Kisumu 40100', 'Eldoret 30100', 'Nakuru 20100', 'Mombasa 80100']),
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

const HOME_COUNTRY: Record<string, string[]> = { il: ['IL'], mg: ['MA', 'MA', 'DZ', 'TN'], ke: ['KE'] };

export const address = (rng: Rng, lang: Lang, multi = false): string => ADDRESSES[rng.pick(ADDRESS_COUNTRIES[lang])]!(rng, multi);
export const homeAddress = (rng: Rng, locale: string, multi = false): string => ADDRESSES[rng.pick(HOME_COUNTRY[locale]!)]!(rng, multi);

// ---- dates, secrets, host addresses and look-alikes ----

// The generators are ../pii-blind/set-generators.ts's; this set's own words, names and countries are below.
export {
  dateIn,
  otherDate,
  apiKey,
  awsKeyPair,
  jwt,
  privateKey,
  ip,
  docIp,
  cidr,
  version,
  timestamp,
  amount,
  coordinates,
} from '../pii-blind/set-generators.ts';

/** Words of this set's passwords and passphrases. */
const PW_WORDS: Record<Lang, string[]> = {
  en: ['pelican', 'turnip', 'lantern', 'gravel', 'walrus', 'pretzel', 'harbour', 'cobalt'],
  de: ['Pelikan', 'Rübe', 'Laterne', 'Kiesweg', 'Walross', 'Hafenkran', 'Kobalt'],
  fr: ['pélican', 'navet', 'lanterne', 'gravier', 'morse', 'grue', 'cobalt'],
  es: ['pelícano', 'nabo', 'linterna', 'grava', 'morsa', 'grúa', 'cobalto'],
  it: ['pellicano', 'rapa', 'lanterna', 'ghiaia', 'tricheco', 'gru', 'cobalto'],
  nl: ['pelikaan', 'raapje', 'lantaarn', 'grind', 'walrus', 'hijskraan', 'kobalt'],
};

export const { password, passphrase, base64Password, connectionString } = secretGenerators({
  passwordWords: PW_WORDS,
  db: {
    users: ['tenancy', 'svc_donors', 'badges_ro', 'customs_sync', 'root'],
    hosts: ['db-core.internal', '10.61.3.14', 'pg-roster.lan', 'mariadb-2'],
    postgresNames: ['lettings', 'donations', 'members'],
  },
});

export const { orderNumber, commitHash, uuid, isbn, tracking } = lookAlikeGenerators({
  ibanValid,
  trackingCountries: ['GB', 'DE', 'NL', 'KE'],
});

export { weighted, pad };
