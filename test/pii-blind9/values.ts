// Values of this set and its own validators. The shared validators and check-digit functions (Luhn, mod 97, the
// national schemes of the six languages' countries, ABA, SSN ranges, licence shapes) come from
// ../pii-blind/set-values.ts; the Thai national id card number, the Iranian national code, the Myanmar NRC number,
// and the generators of phones and addresses are this set's own. Spoken digits, dates, secrets, host addresses and
// look-alikes are ../pii-blind/set-generators.ts's, given this set's password words, database names and parcel
// countries.
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
  lengths: { GB: 22, IE: 22, DE: 22, AT: 20, CH: 21, FR: 27, BE: 16, ES: 24, IT: 27, NL: 18, IR: 26 },
  banks: {
    GB: ['MIDL', 'NAIA', 'BUKB', 'TSBS', 'COOP', 'MONZ'],
    IE: ['IPBS', 'AIBK', 'BOFI'],
    NL: ['KNAB', 'BUNQ', 'ASNB', 'RBRB', 'INGB'],
  },
  bban: (rng, country) => (country === 'IR' ? '0' + rng.pick(['17', '12', '55', '57', '62', '16']) + rng.digits(19) : undefined),
  countries: { ...IBAN_COUNTRIES, de: ['DE', 'DE', 'AT', 'CH'], fr: ['FR', 'FR', 'BE'] },
  notIbanAlso: ['IR'],
});

// ---- national ids of the three origins ----

/** Thai national id card number: thirteen digits, the first the holder's category (1–8), the last the check digit
 * (11 − Σ dᵢ·(14 − i) mod 11) mod 10; written 1-2345-67890-12-3 on the card. */
export function thaiIdValid(v: string): boolean {
  if (!/^\d[ -]?\d{4}[ -]?\d{5}[ -]?\d{2}[ -]?\d$/.test(v.trim())) return false;
  const d = digitsOf(v);
  const s = weighted(d, [13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2]);
  return (11 - (s % 11)) % 10 === Number(d[12]);
}

export function thaiId(rng: Rng): string {
  const body = String(rng.int(1, 8)) + rng.digits(11);
  const d = body + String((11 - (weighted(body, [13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2]) % 11)) % 10);
  const parts = [d[0]!, d.slice(1, 5), d.slice(5, 10), d.slice(10, 12), d[12]!];
  return rng.pick([() => parts.join('-'), () => parts.join(' '), () => d])();
}

/** Iranian national code (kart-e melli): ten digits, not all the same; with s = Σ dᵢ·(10 − i) over the first nine
 * and r = s mod 11, the last digit is r when r < 2 and 11 − r otherwise. */
export function iranCodeValid(v: string): boolean {
  if (!/^\d{3}-?\d{6}-?\d$/.test(v.trim())) return false;
  const d = digitsOf(v);
  if (/^(\d)\1{9}$/.test(d)) return false;
  const r = weighted(d, [10, 9, 8, 7, 6, 5, 4, 3, 2]) % 11;
  return (r < 2 ? r : 11 - r) === Number(d[9]);
}

export function iranCode(rng: Rng): string {
  for (;;) {
    const body = rng.digits(9);
    const r = weighted(body, [10, 9, 8, 7, 6, 5, 4, 3, 2]) % 11;
    const d = body + String(r < 2 ? r : 11 - r);
    if (/^(\d)\1{9}$/.test(d)) continue;
    return rng.chance(0.5) ? `${d.slice(0, 3)}-${d.slice(3, 9)}-${d[9]}` : d;
  }
}

/** Myanmar National Registration Card number: the state or region (1–14), the township's abbreviation in
 * romanised Burmese syllables, the holder's status ((N) naing, a citizen) and six digits. It has no check digit. */
export const nrcValid = (v: string): boolean => /^(1[0-4]|[1-9])\/(?:[A-Z][a-z]{1,2}){3}\((N|E|P)\)\d{6}$/.test(v.trim());

const TOWNSHIPS: [number, string][] = [
  [12, 'KaMaYa'], [12, 'BaHaNa'], [12, 'LaMaNa'], [12, 'DaGaNa'], [12, 'MaYaKa'], [12, 'OuKaMa'], [12, 'ThaGaKa'],
  [12, 'KaTaTa'], [12, 'SaKaNa'], [9, 'MaHaMa'], [9, 'AhMaYa'], [9, 'PaThaKa'], [5, 'MaYaNa'], [7, 'PaKhaNa'],
  [13, 'TaKaNa'], [10, 'MaLaMa'],
]; // prettier-ignore

export function nrc(rng: Rng): string {
  const [state, town] = rng.pick(TOWNSHIPS);
  return `${state}/${town}(N)${rng.digits(6)}`;
}

export const NATIONAL_IDS: Record<string, (rng: Rng) => string> = { thaiId, iranCode, nrc };

export const NATIONAL_VALIDATORS: ((v: string) => boolean)[] = [...NATIONAL_ID_VALIDATORS, thaiIdValid, iranCodeValid, nrcValid];

// ---- bank accounts ----

/** A Thai bank account number as the banks print it: branch, type, serial and check digit (123-4-56789-0). */
export const thaiAccount = (rng: Rng): string => `${rng.digits(3)}-${rng.int(1, 9)}-${rng.digits(5)}-${rng.digits(1)}`;

export const bankAccountValid = (v: string): boolean => sharedBankAccountValid(v) || /^\d{3}-\d-\d{5}-\d$/.test(v.trim());

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
  TH: /^[A-Z]{2}\d{7}$/,
  IR: /^[A-Z]\d{8}$/,
  MM: /^M[A-Z]\d{6}$/,
};

export const passportValid = (v: string): boolean => Object.values(PASSPORT_SHAPES).some((r) => r.test(v.trim()));

export function passportOf(rng: Rng, country: string): string {
  switch (country) {
    case 'TH':
      return rng.chars(2, UPPER) + rng.digits(7);
    case 'IR':
      return rng.chars(1, UPPER) + rng.digits(8);
    case 'MM':
      return 'M' + rng.chars(1, UPPER) + rng.digits(6);
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

/** Licence shapes: the six languages' (shared) and the Thai eight-digit number. */
export const driverLicenseValid = (v: string): boolean => [...LICENCE_SHAPES, /^\d{8}$/].some((r) => r.test(v.trim()));

/** A driving licence number of the language's country (../pii-blind/set-values.ts's), with this set's Italian
 * provinces. */
export const driverLicense = driverLicenseOf(['UA', 'MI', 'RM', 'TO', 'BO']);

export const thaiLicense = (rng: Rng): string => dig(rng, 8);

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
  th: [
    (r) => `0${r.pick(['8', '9', '6'])}${r.int(1, 9)}-${d(r, 3)}-${d(r, 4)}`,
    (r) => `+66 ${r.pick(['8', '9', '6'])}${r.int(1, 9)} ${d(r, 3)} ${d(r, 4)}`,
    (r) => `02-${r.int(2, 9)}${d(r, 2)}-${d(r, 4)}`,
    (r) => `+66 2 ${r.int(2, 9)}${d(r, 2)} ${d(r, 4)}`,
  ],
  fa: [
    (r) => `09${r.pick(['12', '13', '19', '35', '36', '01', '21'])} ${d(r, 3)} ${d(r, 4)}`,
    (r) => `+98 9${r.pick(['12', '13', '19', '35', '36'])} ${d(r, 3)} ${d(r, 4)}`,
    (r) => `021-${r.int(2, 8)}${d(r, 7)}`,
    (r) => `0098 21 ${r.int(2, 8)}${d(r, 3)} ${d(r, 4)}`,
  ],
  my: [
    (r) => `09-${r.pick(['4', '7', '2', '9'])}${d(r, 2)} ${d(r, 3)} ${d(r, 3)}`,
    (r) => `+95 9 ${r.pick(['4', '7', '2', '9'])}${d(r, 2)} ${d(r, 3)} ${d(r, 3)}`,
    (r) => `01-${r.int(2, 6)}${d(r, 6)}`,
    (r) => `+95 1 ${r.int(2, 6)}${d(r, 2)} ${d(r, 3)}`,
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
      `${r.int(2, 180)} ${r.pick(['Cranbrook Road', 'Ashgrove Avenue', 'Kelvin Way', 'Orchard Lane', 'Thornbury Close', 'Mill Hill Terrace'])}`,
      `${r.pick(['Leeds LS6', 'Bristol BS7', 'Norwich NR2', 'Cardiff CF24', 'Derby DE22'])} ${r.int(1, 9)}${r.chars(2, 'ABDEFGHJLNPQRSTUWXYZ')}`,
    ]),
  IE: (r, m) =>
    lines(m, [
      `${r.int(1, 90)} ${r.pick(['Griffith Avenue', 'Ballyroan Park', 'Sandymount Road', 'Castle Street'])}`,
      r.pick(['Dublin 9', 'Cork T12 X2P7', 'Galway H91 E2K4', 'Limerick V94 T9PX']),
    ]),
  DE: (r, m) =>
    lines(m, [
      `${r.pick(['Lindenallee', 'Hafenstraße', 'Am Mühlbach', 'Kastanienweg', 'Bergstraße', 'Ringstraße'])} ${r.int(1, 140)}${r.pick(['', '', 'a', 'b'])}`,
      `${r.pick(['04109 Leipzig', '28195 Bremen', '90402 Nürnberg', '24103 Kiel', '79098 Freiburg'])}`,
    ]),
  AT: (r, m) =>
    lines(m, [
      `${r.pick(['Herrengasse', 'Lerchenfelder Straße', 'Grazer Straße'])} ${r.int(1, 80)}/${r.int(1, 20)}`,
      r.pick(['1070 Wien', '8010 Graz', '4020 Linz']),
    ]),
  CH: (r, m) =>
    lines(m, [
      `${r.pick(['Seestrasse', 'Bahnhofweg', 'Rosenbergstrasse'])} ${r.int(1, 90)}`,
      r.pick(['8002 Zürich', '3011 Bern', '4051 Basel']),
    ]),
  FR: (r, m) =>
    lines(m, [
      `${r.int(1, 120)}${r.pick(['', '', ' bis'])} ${r.pick(['rue des Tanneurs', 'avenue de la Gare', 'impasse des Lilas', 'boulevard Carnot', 'chemin du Moulin'])}`,
      r.pick(['69003 Lyon', '31000 Toulouse', '44000 Nantes', '67000 Strasbourg', '13006 Marseille']),
    ]),
  BE: (r, m) =>
    lines(m, [
      `${r.pick(['Rue de la Station', 'Chaussée de Wavre', 'Kerkstraat', 'Veldstraat'])} ${r.int(1, 200)}`,
      r.pick(['1050 Ixelles', '4000 Liège', '9000 Gent', '2018 Antwerpen']),
    ]),
  ES: (r, m) =>
    lines(m, [
      `${r.pick(['Calle del Pez', 'Avenida de América', 'Calle Mayor', 'Paseo de la Estación', 'Calle San Vicente'])}, ${r.int(1, 150)}, ${r.int(1, 8)}º ${r.pick(['A', 'B', 'C', 'izq.', 'dcha.'])}`,
      r.pick(['28015 Madrid', '46002 Valencia', '41003 Sevilla', '50001 Zaragoza', '15701 Santiago de Compostela']),
    ]),
  IT: (r, m) =>
    lines(m, [
      `${r.pick(['Via dei Mille', 'Corso Vittorio Emanuele II', 'Via San Donato', 'Piazza delle Erbe', 'Viale dei Pini'])} ${r.int(1, 160)}`,
      r.pick(['40126 Bologna', '10121 Torino', '80134 Napoli', '50122 Firenze', '35121 Padova']),
    ]),
  NL: (r, m) =>
    lines(m, [
      `${r.pick(['Oudegracht', 'Lange Voorhout', 'Kerkstraat', 'Vondelstraat', 'Binnenweg'])} ${r.int(1, 300)}${r.pick(['', '', '-bis', 'A', ' hs'])}`,
      `${r.int(1011, 9999)} ${r.chars(2, 'ABCDEGHJKLMNPRTVWXZ')} ${r.pick(['Utrecht', 'Den Haag', 'Groningen', 'Eindhoven', 'Zwolle'])}`,
    ]),
  TH: (r, m) =>
    lines(m, [
      `${r.int(1, 299)}/${r.int(1, 99)} Moo ${r.int(1, 12)}, Soi ${r.pick(['Ramkhamhaeng', 'Lat Phrao', 'Sukhumvit', 'Charan Sanit Wong'])} ${r.int(2, 120)}`,
      r.pick([
        'Khwaeng Hua Mak, Khet Bang Kapi, Bangkok 10240',
        'Tambon Suthep, Amphoe Mueang, Chiang Mai 50200',
        'Khwaeng Huai Khwang, Bangkok 10310',
        'Tambon Nai Mueang, Khon Kaen 40000',
      ]),
    ]),
  IR: (r, m) =>
    lines(m, [
      `No. ${r.int(2, 90)}, ${r.pick(['Golestan', 'Bahar', 'Nastaran', 'Yas'])} Alley, ${r.pick(['Shariati St.', 'Valiasr St.', 'Keshavarz Blvd.', 'Motahari St.'])}`,
      `${r.pick(['Tehran', 'Shiraz', 'Isfahan', 'Tabriz', 'Mashhad'])}, Postal code ${r.int(1, 9)}${d(r, 4)}-${d(r, 5)}`,
    ]),
  MM: (r, m) =>
    lines(m, [
      `No. ${r.int(1, 250)}, ${r.pick(['Bogyoke Road', 'Pyay Road', 'Insein Road', 'Anawrahta Road', 'Thamine Station Road'])}, ${r.pick(['Kamayut', 'Sanchaung', 'Bahan', 'Tamwe', 'Mayangon'])} Township`,
      r.pick(['Yangon 11041', 'Yangon 11111', 'Yangon 11201', 'Mandalay 05021']),
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

const HOME_COUNTRY: Record<string, string> = { th: 'TH', fa: 'IR', my: 'MM' };

export const address = (rng: Rng, lang: Lang, multi = false): string => ADDRESSES[rng.pick(ADDRESS_COUNTRIES[lang])]!(rng, multi);
export const homeAddress = (rng: Rng, locale: string, multi = false): string => ADDRESSES[HOME_COUNTRY[locale]!]!(rng, multi);

// ---- dates, secrets, host addresses and look-alikes ----

// The generators are ../pii-blind/set-generators.ts's; this set's own words, names and countries are below.
export {
  dateIn,
  otherDate,
  apiKey,
  awsKeyPair,
  jwt,
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
  en: ['harbour', 'lantern', 'pepper', 'glacier', 'walnut', 'thunder', 'copper', 'meadow'],
  de: ['Sonnenblume', 'Kiefer', 'Laterne', 'Bergwerk', 'Zwiebel', 'Gewitter', 'Heidelbeere'],
  fr: ['tournesol', 'lanterne', 'framboise', 'orage', 'noisette', 'falaise', 'grenouille'],
  es: ['girasol', 'linterna', 'tormenta', 'avellana', 'granada', 'acantilado', 'mariposa'],
  it: ['girasole', 'lanterna', 'temporale', 'nocciola', 'melograno', 'scogliera', 'farfalla'],
  nl: ['zonnebloem', 'lantaarn', 'onweer', 'hazelnoot', 'vuurtoren', 'regenboog', 'schildpad'],
};

export const { password, passphrase, connectionString } = secretGenerators({
  passwordWords: PW_WORDS,
  db: {
    users: ['app', 'svc_orders', 'reporting', 'claims_rw', 'admin'],
    hosts: ['db-prod-2.internal', '10.20.4.17', 'pg.claims.lan', 'mysql-replica-1'],
    postgresNames: ['claims', 'tickets', 'loans'],
  },
});

export const { orderNumber, commitHash, uuid, isbn, tracking } = lookAlikeGenerators({
  ibanValid,
  trackingCountries: ['GB', 'DE', 'NL', 'TH'],
});

export { weighted, pad };
