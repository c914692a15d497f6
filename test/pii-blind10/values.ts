// Values of this set and its own validators. The shared validators and check-digit functions (Luhn, mod 97, the
// national schemes of the six languages' countries, ABA, SSN ranges, licence shapes) come from
// ../pii-blind/set-values.ts; Japan's Individual Number (My Number), the Bhutanese citizenship id number, the
// Japanese bank account, and the generators of phones and addresses are this set's own. Spoken digits, dates,
// secrets, host addresses and look-alikes are ../pii-blind/set-generators.ts's, given this set's password words,
// database names and parcel countries.
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
  group,
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
  lengths: { GB: 22, IE: 22, DE: 22, AT: 20, CH: 21, FR: 27, BE: 16, ES: 24, IT: 27, NL: 18 },
  banks: {
    GB: ['HBUK', 'LOYD', 'NWBK', 'SRLG', 'CPBK', 'ABBY'],
    IE: ['AIBK', 'BOFI', 'ULSB'],
    NL: ['ABNA', 'RABO', 'TRIO', 'SNSB', 'INGB'],
  },
  countries: { ...IBAN_COUNTRIES, de: ['DE', 'DE', 'AT', 'CH'], fr: ['FR', 'FR', 'BE'] },
});

// ---- national ids of the three origins ----

/** Japan's Individual Number (My Number, kojin bangō): twelve digits, the last a check digit over the first eleven
 * with weights 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2: r = Σ mod 11, check 0 when r ≤ 1 and 11 − r otherwise; written in
 * groups of four. */
export function myNumberValid(v: string): boolean {
  if (!/^\d{4}[ -]?\d{4}[ -]?\d{4}$/.test(v.trim())) return false;
  const d = digitsOf(v);
  const r = weighted(d, MY_NUMBER_WEIGHTS) % 11;
  return (r <= 1 ? 0 : 11 - r) === Number(d[11]);
}

const MY_NUMBER_WEIGHTS = [6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

export function myNumber(rng: Rng): string {
  const body = String(rng.int(1, 9)) + rng.digits(10);
  const r = weighted(body, MY_NUMBER_WEIGHTS) % 11;
  const d = body + String(r <= 1 ? 0 : 11 - r);
  return rng.pick([() => group(d, 4), () => d, () => group(d, 4, '-')])();
}

/** The Bhutanese citizenship identity card number: eleven digits beginning with 1 (the shape only: this set's author
 * knows of no published check digit, so none is asserted). */
export const bhutanCidValid = (v: string): boolean => /^1\d{10}$/.test(v.trim());

export const bhutanCid = (rng: Rng): string => '1' + rng.digits(10);

export const NATIONAL_IDS: Record<string, (rng: Rng) => string> = { myNumber, bhutanCid };

export const NATIONAL_VALIDATORS: ((v: string) => boolean)[] = [...NATIONAL_ID_VALIDATORS, myNumberValid, bhutanCidValid];

// ---- bank accounts ----

/** A Japanese bank account as the account holder gives it: the three-digit branch number and the seven-digit
 * ordinary-account number (123-4567890). */
export const japanAccount = (rng: Rng): string => `${rng.digits(3)}-${dig(rng, 7)}`;

export const bankAccountValid = (v: string): boolean => sharedBankAccountValid(v) || /^\d{3}-\d{7}$/.test(v.trim());

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
  JP: /^[A-Z]{2}\d{7}$/,
  SO: /^P\d{8}$/,
  BT: /^[A-Z]{2}\d{6}$/,
};

export const passportValid = (v: string): boolean => Object.values(PASSPORT_SHAPES).some((r) => r.test(v.trim()));

export function passportOf(rng: Rng, country: string): string {
  switch (country) {
    case 'JP':
      return rng.chars(2, UPPER) + rng.digits(7);
    case 'SO':
      return 'P' + rng.digits(8);
    case 'BT':
      return rng.pick(['BP', 'PB', 'BT']) + rng.digits(6);
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

/** Licence shapes: the six languages' (shared; the Japanese licence number, twelve digits, has the French shape). */
export const driverLicenseValid = (v: string): boolean => LICENCE_SHAPES.some((r) => r.test(v.trim()));

/** A driving licence number of the language's country (../pii-blind/set-values.ts's), with this set's Italian
 * provinces. */
export const driverLicense = driverLicenseOf(['UA', 'MI', 'RM', 'TO', 'BO']);

/** A Japanese driving licence number: twelve digits, the first two the issuing prefecture's public safety
 * commission (30 Tokyo, 45 Kanagawa, 50 Aichi, 62 Osaka, 73 Hyōgo). */
export const japanLicense = (rng: Rng): string => rng.pick(['30', '45', '50', '62', '73']) + rng.digits(10);

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
  ja: [
    (r) => `0${r.pick(['90', '80', '70'])}-${d(r, 4)}-${d(r, 4)}`,
    (r) => `+81 ${r.pick(['90', '80', '70'])} ${d(r, 4)} ${d(r, 4)}`,
    (r) => `0${r.pick(['3', '6'])}-${r.int(3, 6)}${d(r, 3)}-${d(r, 4)}`,
    (r) => `+81 ${r.pick(['3', '6', '75', '92'])} ${r.int(3, 6)}${d(r, 3)} ${d(r, 4)}`,
  ],
  so: [
    (r) => `+252 ${r.pick(['61', '77', '63', '90', '65'])} ${d(r, 7)}`,
    (r) => `0${r.pick(['61', '77', '63', '90', '65'])} ${d(r, 3)} ${d(r, 4)}`,
    (r) => `00252 ${r.pick(['61', '63'])} ${d(r, 3)} ${d(r, 4)}`,
    (r) => `+252-${r.pick(['61', '77', '90'])}-${d(r, 7)}`,
  ],
  bo: [
    (r) => `+975 ${r.pick(['17', '77'])} ${d(r, 2)} ${d(r, 2)} ${d(r, 2)}`,
    (r) => `00975 ${r.pick(['17', '77'])}${d(r, 6)}`,
    (r) => `+975 2 ${d(r, 3)} ${d(r, 3)}`,
    (r) => `+91 ${r.pick(['94', '98', '70'])}${d(r, 3)} ${d(r, 5)}`,
  ],
};

export const phone = (rng: Rng, lang: Lang): string => rng.pick(PHONE_FORMATS[lang])(rng);
export const homePhone = (rng: Rng, locale: string): string => rng.pick(HOME_PHONES[locale]!)(rng);

export { spokenDigits } from '../pii-blind/set-generators.ts';

/** A phone number of the person's country read out digit by digit in the language's words. */
export const spokenPhone = (rng: Rng, lang: Lang, locale: string): string => readOutDigits(rng, lang, homePhone(rng, locale));

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
  JP: (r, m) =>
    r.chance(0.5)
      ? lines(m, [
          `${r.int(1, 5)}-${r.int(1, 30)}-${r.int(1, 20)} ${r.pick(['Kamiuma', 'Nishiogikubo', 'Koenji-minami', 'Hongo', 'Kita-Senju', 'Jiyugaoka'])}${r.pick(['', '', `, Room ${r.int(1, 9)}0${r.int(1, 9)}`])}`,
          `${r.pick(['Setagaya-ku, Tokyo 154-0011', 'Suginami-ku, Tokyo 167-0053', 'Bunkyo-ku, Tokyo 113-0033', 'Adachi-ku, Tokyo 120-0034', 'Meguro-ku, Tokyo 152-0035'])}`,
        ])
      : lines(m, [
          `〒${r.pick(['530-0012', '460-0008', '810-0001', '060-0042', '980-0811'])} ${r.pick(['Osaka-shi Kita-ku Shibata', 'Nagoya-shi Naka-ku Sakae', 'Fukuoka-shi Chuo-ku Tenjin', 'Sapporo-shi Chuo-ku Odori-nishi', 'Sendai-shi Aoba-ku Ichibancho'])}`,
          `${r.int(1, 9)}-${r.int(1, 25)}-${r.int(1, 18)}${r.pick(['', ` ${r.pick(['Sunny Heights', 'Maison Aoba', 'Corpo Hikari'])} ${r.int(1, 9)}0${r.int(1, 9)}`])}`,
        ]),
  SO: (r, m) =>
    lines(m, [
      r.pick([
        `Guri ${r.int(2, 240)}, Waddada ${r.pick(['Wadnaha', 'Makka Al-Mukarama', 'Sodonka', 'Afgooye'])}`,
        `House ${r.int(2, 240)}, ${r.pick(['Jigjiga Yar', 'Masalaha', 'Koodbuur', 'New Hargeisa'])} District`,
        `Degmada ${r.pick(['Hodan', 'Wadajir', 'Yaaqshiid', 'Dayniile', 'Howlwadaag'])}, Xaafadda ${r.pick(['Taleex', 'Tarabuunka', 'Bakaaraha', 'Sinaay'])}`,
      ]),
      r.pick(['Muqdisho', 'Mogadishu, Banaadir', 'Hargeysa', 'Hargeisa, Maroodi Jeex', 'Garoowe', 'Kismaayo']),
    ]),
  BT: (r, m) =>
    lines(m, [
      `${r.pick(['House No.', 'Flat', 'Building'])} ${r.int(1, 90)}${r.pick(['', 'A', 'B'])}, ${r.pick(['Norzin Lam', 'Chang Lam', 'Motithang', 'Babesa Expressway', 'Changzamtog', 'Olakha'])}`,
      r.pick(['Thimphu 11001', 'Thimphu', 'Paro 12001', 'Phuentsholing 21101', 'Punakha']),
    ]),
  IN: (r, m) =>
    lines(m, [
      `${r.pick(['Jogiwara Road', 'Temple Road', 'Bhagsu Road', 'Tipa Road'])}, ${r.pick(['House', 'Room'])} ${r.int(2, 60)}`,
      `McLeod Ganj, Dharamshala, Himachal Pradesh ${r.pick(['176219', '176215'])}`,
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

const HOME_COUNTRY: Record<string, string[]> = { ja: ['JP'], so: ['SO'], bo: ['BT', 'BT', 'IN'] };

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
  en: ['kettle', 'saffron', 'otter', 'quarry', 'biscuit', 'lighthouse', 'marble', 'tundra'],
  de: ['Schneeeule', 'Kürbis', 'Steinbruch', 'Wolkenbruch', 'Holunder', 'Brezel', 'Fernrohr'],
  fr: ['citrouille', 'hirondelle', 'carrière', 'brioche', 'sureau', 'marmotte', 'lucarne'],
  es: ['calabaza', 'golondrina', 'cantera', 'bizcocho', 'saúco', 'marmota', 'tragaluz'],
  it: ['zucca', 'rondine', 'cava', 'biscotto', 'sambuco', 'marmotta', 'lucernario'],
  nl: ['pompoen', 'zwaluw', 'steengroeve', 'beschuit', 'vlierbes', 'marmot', 'dakraam'],
};

export const { password, passphrase, base64Password, connectionString } = secretGenerators({
  passwordWords: PW_WORDS,
  db: {
    users: ['booking', 'svc_refill', 'billing_ro', 'pnr_sync', 'root'],
    hosts: ['db-main.internal', '10.44.7.21', 'pg-reservations.lan', 'mariadb-1'],
    postgresNames: ['pharmacy', 'guests', 'invoices'],
  },
});

export const { orderNumber, commitHash, uuid, isbn, tracking } = lookAlikeGenerators({
  ibanValid,
  trackingCountries: ['GB', 'DE', 'NL', 'JP'],
});

export { weighted, pad };
