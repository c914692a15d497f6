// Values of this set and its own validators. The shared validators and check-digit functions (Luhn, mod 97, the
// national schemes of the six languages' countries, ABA, SSN ranges, licence shapes) come from
// ../pii-blind/set-values.ts; the Pakistani IBAN, the Pakistani CNIC, the Afghan e-tazkira number, the Rwandan
// national ID number, the Lao identity card number, the passports of Laos, Afghanistan, Pakistan and Rwanda, and the
// generators of phones and addresses are this set's own. Spoken digits, dates, secrets, host addresses and
// look-alikes are ../pii-blind/set-generators.ts's, given this set's password words, database names and parcel
// countries.
import type { Lang } from '../pii-blind/doc.ts';
import { lookAlikeGenerators, readOutDigits, secretGenerators } from '../pii-blind/set-generators.ts';
import {
  ADDRESS_COUNTRIES,
  IBAN_LENGTHS,
  NATIONAL_ID_VALIDATORS,
  PASSPORT_COUNTRIES,
  PASSPORT_SHAPES,
  addressLines as lines,
  bankAccountValid as sharedBankAccountValid,
  dig,
  driverLicenseOf,
  ibanGenerators,
  pad,
  regroupedPhone,
  sixCountriesPassport,
} from '../pii-blind/set-values.ts';
import type { Rng } from '../pii-independent/rng.ts';
export * from '../pii-blind/set-values.ts';

// ---- IBAN ----

/** IBANs of the six languages' countries and Pakistan; a look-alike may imitate a Pakistani one in any language. */
export const { ibanValid, ibanOf, iban, notAnIban } = ibanGenerators({
  lengths: { ...IBAN_LENGTHS, PK: 24 },
  banks: {
    GB: ['LOYD', 'NWBK', 'HBUK', 'SRLG', 'CLYD', 'BUKB'],
    IE: ['AIBK', 'BOFI', 'ULSB'],
    NL: ['ABNA', 'RABO', 'INGB', 'SNSB', 'TRIO', 'RBRB'],
    PK: ['HABB', 'MUCB', 'UNIL', 'ABPA', 'MEZN', 'BAHL', 'ALFH', 'BKIP'],
  },
  notIbanAlso: ['PK'],
});

/** A Pakistani IBAN: PK, the check digits, a four-letter bank code and a sixteen-digit account. */
export const pakistaniIban = (rng: Rng): string => ibanOf(rng, 'PK');

// ---- national ids of the origins ----

/** The Pakistani computerised national identity card (CNIC) number: five digits (the first the province, 1 for
 * Khyber Pakhtunkhwa), seven digits and a last digit that is odd for a man and even for a woman ("17301-1234567-3");
 * the scheme has no check digit. */
export const cnicValid = (v: string): boolean => /^[1-7]\d{4}-?\d{7}-?\d$/.test(v.trim());

export function cnic(rng: Rng, female: boolean): string {
  const area = rng.pick(['17301', '17201', '16101', '15602', '17101', '21104', '54400', '61101']);
  const last = 2 * rng.int(0, 4) + (female ? 0 : 1);
  const s = `${area}-${rng.digits(7)}-${last}`;
  return rng.chance(0.2) ? s.replace(/-/g, '') : s;
}

/** The Rwandan national identity number as the ID card prints it: sixteen digits, 1 (a Rwandan citizen), the year of
 * birth, 8 for a man or 7 for a woman, a seven-digit serial, the issue count and two control digits ("1 1990 8 0012345
 * 0 67"). This set's author does not know how the control digits are computed, so they are drawn, and the shape
 * (with the sex digit) is checked. */
export const rwandaIdValid = (v: string): boolean => /^1 ?(?:19|20)\d{2} ?[78] ?\d{7} ?\d ?\d{2}$/.test(v.trim());

export function rwandaId(rng: Rng, year: number, female: boolean): string {
  const parts = ['1', String(year), female ? '7' : '8', rng.digits(7), String(rng.int(0, 2)), rng.digits(2)];
  return rng.chance(0.5) ? parts.join(' ') : parts.join('');
}

/** The Lao identity card number in the shape this set gives it: a two-digit province code and an eight-digit serial
 * ("01-23456789"); its real layout was not checked. */
export const laoIdValid = (v: string): boolean => /^(?:0[1-9]|1[0-8])-\d{8}$/.test(v.trim());

export const laoId = (rng: Rng): string => `${pad(rng.int(1, 18))}-${rng.digits(8)}`;

/** The Afghan electronic identity card (e-tazkira) number in the shape this set gives it: the Solar Hijri year of
 * issue, four digits and five digits ("1401-0102-34567"); its real layout was not checked. */
export const tazkiraValid = (v: string): boolean => /^1[34]\d{2}-\d{4}-\d{5}$/.test(v.trim());

export const tazkira = (rng: Rng): string => `${rng.int(1397, 1403)}-${pad(rng.int(1, 34))}${pad(rng.int(1, 40))}-${rng.digits(5)}`;

export const NATIONAL_IDS: Record<string, (rng: Rng) => string> = {
  cnic: (rng) => cnic(rng, rng.chance(0.5)),
  tazkira,
  rwandaId: (rng) => rwandaId(rng, rng.int(1950, 2005), rng.chance(0.5)),
  laoId,
};

export const NATIONAL_VALIDATORS: ((v: string) => boolean)[] = [
  ...NATIONAL_ID_VALIDATORS,
  cnicValid,
  tazkiraValid,
  rwandaIdValid,
  laoIdValid,
];

// ---- bank accounts ----

export const bankAccountValid = (v: string): boolean => sharedBankAccountValid(v);

// ---- passports and driving licences ----

const HOME_PASSPORT_SHAPES: Record<string, RegExp> = {
  LA: /^P\d{7}$/,
  AF: /^P\d{8}$/,
  PK: /^[A-Z]{2}\d{7}$/,
  RW: /^PC\d{6}$/,
};

export const passportValid = (v: string): boolean =>
  [...Object.values(PASSPORT_SHAPES), ...Object.values(HOME_PASSPORT_SHAPES)].some((r) => r.test(v.trim()));

/** A passport number of a country: the six languages' countries in their shapes, and Laos (P and seven digits),
 * Afghanistan (P and eight digits), Pakistan (two letters and seven digits) and Rwanda (PC and six digits) in shapes
 * this set gives them — their real formats were not checked. */
export function passportOf(rng: Rng, country: string): string {
  switch (country) {
    case 'LA':
      return `P${dig(rng, 7)}`;
    case 'AF':
      return `P${rng.digits(8)}`;
    case 'PK':
      return rng.chars(2, 'ABCDEFGHJKLMNPRSTUVWXYZ') + dig(rng, 7);
    case 'RW':
      return `PC${dig(rng, 6)}`;
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
export const driverLicense = driverLicenseOf(['GE', 'VE', 'BA', 'TO', 'MI']);

// ---- phones ----

type Gen = (rng: Rng) => string;
const d = (rng: Rng, n: number): string => rng.digits(n);

const PHONE_FORMATS: Record<Lang, Gen[]> = {
  en: [
    (r) => `07${r.int(4, 9)}${d(r, 2)} ${d(r, 6)}`,
    (r) => `+44 (0)7${r.int(4, 9)}${d(r, 2)} ${d(r, 3)} ${d(r, 3)}`,
    (r) => r.pick([`0113 ${r.int(2, 4)}${d(r, 2)} ${d(r, 4)}`, `01865 ${r.int(2, 7)}${d(r, 5)}`, `028 90${d(r, 2)} ${d(r, 4)}`]),
    (r) => `+353 86 ${d(r, 3)} ${d(r, 4)}`,
    (r) => r.pick([`021 4${d(r, 2)} ${d(r, 4)}`, `091 5${d(r, 2)} ${d(r, 3)}`, `01 8${d(r, 2)} ${d(r, 4)}`]),
  ],
  de: [
    (r) => `0${r.pick(['152', '162', '172', '175', '178'])}/${d(r, 7)}`,
    (r) => `+49 (0)${r.pick(['511', '421', '621', '341'])} ${r.int(2, 9)}${d(r, 2)} ${d(r, 2)} ${d(r, 2)}`,
    (r) => `+49 1${r.pick(['51', '59', '70'])} ${d(r, 4)} ${d(r, 4)}`,
    (r) => `+43 ${r.pick(['662', '512', '676'])} ${d(r, 3)} ${d(r, 3)}`,
    (r) => `0${r.pick(['79', '78', '76'])} ${d(r, 3)} ${d(r, 2)} ${d(r, 2)}`,
  ],
  fr: [
    (r) => `0${r.pick(['6', '7'])} ${d(r, 2)} ${d(r, 2)} ${d(r, 2)} ${d(r, 2)}`,
    (r) => `+33 ${r.pick(['6', '7'])} ${d(r, 2)} ${d(r, 2)} ${d(r, 2)} ${d(r, 2)}`,
    (r) => `0${r.int(1, 5)}.${d(r, 2)}.${d(r, 2)}.${d(r, 2)}.${d(r, 2)}`,
    (r) => `+32 4${r.pick(['75', '86', '96'])} ${d(r, 2)} ${d(r, 2)} ${d(r, 2)}`,
    (r) => `00352 6${r.pick(['28', '68', '98'])} ${d(r, 3)} ${d(r, 3)}`,
  ],
  es: [
    (r) => `6${d(r, 2)} ${d(r, 3)} ${d(r, 3)}`,
    (r) => `+34 6${d(r, 2)} ${d(r, 2)} ${d(r, 2)} ${d(r, 2)}`,
    (r) => `9${r.pick(['1', '3', '7', '8'])}${d(r, 1)} ${d(r, 2)} ${d(r, 2)} ${d(r, 2)}`,
    (r) => `(+34) 7${d(r, 2)}-${d(r, 3)}-${d(r, 3)}`,
  ],
  it: [
    (r) => `3${r.pick(['28', '33', '38', '40', '47'])} ${d(r, 3)} ${d(r, 4)}`,
    (r) => `+39 3${d(r, 2)}-${d(r, 7)}`,
    (r) => `0${r.pick(['10', '41', '80', '55', '45'])} ${d(r, 3)} ${d(r, 3)}`,
    (r) => `0039 0${r.pick(['10', '41', '55'])} ${d(r, 7)}`,
  ],
  nl: [
    (r) => `06-${r.int(1, 5)}${d(r, 7)}`,
    (r) => `+31 6 ${d(r, 4)} ${d(r, 4)}`,
    (r) => `0${r.pick(['20', '10', '70', '43', '58'])}-${r.int(2, 8)}${d(r, 2)} ${d(r, 2)} ${d(r, 2)}`,
    (r) => `+32 4${r.pick(['70', '77', '88'])} ${d(r, 2)} ${d(r, 2)} ${d(r, 2)}`,
  ],
};

/** Phones of the origins' countries: Laos (020 mobiles, the Vientiane landline 021, +856), Afghanistan (07x mobiles,
 * the Kabul landline 020, +93), Pakistan (03xx mobiles, the Peshawar landline 091, +92) and Rwanda (078, 079, 072
 * and 073 mobiles, the Kigali landline 0252, +250), in national and international formats. */
const HOME_PHONES: Record<string, Gen[]> = {
  LA: [
    (r) => `020 ${r.pick(['2', '5', '7', '9'])}${d(r, 3)} ${d(r, 4)}`,
    (r) => `+856 20 ${r.pick(['2', '5', '7', '9'])}${d(r, 1)} ${d(r, 3)} ${d(r, 3)}`,
    (r) => `00856 20 ${r.pick(['5', '9'])}${d(r, 7)}`,
    (r) => `021 ${r.int(2, 4)}${d(r, 2)} ${d(r, 3)}`,
    (r) => `+856 21 ${r.int(2, 4)}${d(r, 5)}`,
  ],
  AF: [
    (r) => `07${r.pick(['0', '2', '7', '8', '9'])} ${d(r, 3)} ${d(r, 4)}`,
    (r) => `+93 7${r.pick(['0', '2', '7', '8', '9'])} ${d(r, 3)} ${d(r, 4)}`,
    (r) => `0093 7${r.pick(['0', '9'])}${d(r, 7)}`,
    (r) => `020 2${d(r, 2)} ${d(r, 4)}`,
  ],
  PK: [
    (r) => `03${r.int(0, 4)}${d(r, 1)}-${d(r, 7)}`,
    (r) => `+92 3${r.int(0, 4)}${d(r, 1)} ${d(r, 7)}`,
    (r) => `0092 3${r.int(0, 4)}${d(r, 1)} ${d(r, 3)} ${d(r, 4)}`,
    (r) => `091 ${r.int(2, 9)}${d(r, 6)}`,
    (r) => `+92 91 ${r.int(2, 9)}${d(r, 6)}`,
  ],
  RW: [
    (r) => `07${r.pick(['8', '9', '2', '3'])}${d(r, 1)} ${d(r, 3)} ${d(r, 3)}`,
    (r) => `+250 7${r.pick(['8', '9', '2', '3'])}${d(r, 1)} ${d(r, 3)} ${d(r, 3)}`,
    (r) => `00250 78${d(r, 7)}`,
    (r) => `0252 5${d(r, 2)} ${d(r, 3)}`,
    (r) => `(+250) 7${r.pick(['8', '2'])}${d(r, 7)}`,
  ],
};

export const phone = (rng: Rng, lang: Lang): string => rng.pick(PHONE_FORMATS[lang])(rng);
/** A phone of a country of origin (LA, AF, PK, RW). */
export const homePhone = (rng: Rng, country: string): string => rng.pick(HOME_PHONES[country]!)(rng);

/** A phone number of the person's country read out digit by digit in the language's words. */
export const spokenPhone = (rng: Rng, lang: Lang, country: string): string => readOutDigits(rng, lang, homePhone(rng, country));

/** A phone number of the person's country as someone notes one dictated over the phone: the country or area code as
 * written, then the other digits in groups of three. */
export const groupedPhone = (rng: Rng, country: string): string => regroupedPhone(homePhone(rng, country), 3);

// ---- addresses ----

type Addr = (rng: Rng, multi: boolean) => string;

const ADDRESSES: Record<string, Addr> = {
  GB: (r, m) =>
    lines(m, [
      `${r.pick(['Apartment ' + r.int(1, 30) + ', ', '', ''])}${r.int(2, 190)} ${r.pick(['Cobbler Street', 'Heronsgate Road', 'Quarry Hill Lane', 'Larkspur Close', 'Saltmarsh Drive', 'Ropewalk Terrace', 'Millpond Avenue'])}`,
      `${r.pick(['Leeds LS6', 'Oxford OX4', 'Belfast BT7', 'Exeter EX2', 'Swansea SA1', 'Carlisle CA2'])} ${r.int(1, 9)}${r.chars(2, 'ABDEFGHJLNPQRSTUWXYZ')}`,
    ]),
  IE: (r, m) =>
    lines(m, [
      `${r.int(1, 90)} ${r.pick(['Glasheen Road', 'Newcastle Park', 'Willow Grove', 'Castle Meadows'])}`,
      r.pick(['Cork T12 E8P4', 'Galway H91 R2W6', 'Dublin 7', 'Dundalk A91 K5D8']),
    ]),
  DE: (r, m) =>
    lines(m, [
      `${r.pick(['Eichendorffweg', 'Weidenstieg', 'Am Kanalufer', 'Hopfengarten', 'Wiesenstraße', 'Kiefernring'])} ${r.int(1, 140)}${r.pick(['', '', 'b', 'd'])}`,
      r.pick(['30159 Hannover', '28195 Bremen', '68159 Mannheim', '04109 Leipzig', '93047 Regensburg']),
    ]),
  AT: (r, m) =>
    lines(m, [
      `${r.pick(['Getreidegasse', 'Museumstraße', 'Landstraßer Hauptstraße', 'Mariahilfer Gürtel'])} ${r.int(1, 90)}/${r.int(1, 20)}`,
      r.pick(['5020 Salzburg', '6020 Innsbruck', '1030 Wien', '3100 St. Pölten']),
    ]),
  CH: (r, m) =>
    lines(m, [
      `${r.pick(['Birkenweg', 'Zähringerstrasse', 'Kramgasse', 'Seestrasse'])} ${r.int(1, 90)}`,
      r.pick(['6003 Luzern', '8001 Zürich', '2502 Biel', '1700 Fribourg']),
    ]),
  LU: (r, m) =>
    lines(m, [
      `${r.int(1, 120)}, ${r.pick(['rue de Strasbourg', 'boulevard Royal', 'rue du Fort Wallis'])}`,
      r.pick(['L-2560 Luxembourg', 'L-9053 Ettelbruck']),
    ]),
  FR: (r, m) =>
    lines(m, [
      `${r.int(1, 160)}${r.pick(['', '', ' bis'])} ${r.pick(['rue des Tanneurs', 'allée des Tilleuls', 'avenue de la Gare', 'rue du Pressoir', 'quai des Bateliers', 'chemin de la Source'])}`,
      r.pick(['59000 Lille', '35000 Rennes', '21000 Dijon', '63000 Clermont-Ferrand', '86000 Poitiers']),
    ]),
  BE: (r, m) =>
    lines(m, [
      `${r.pick(['Rue des Carmes', 'Avenue des Lilas', 'Brugsesteenweg', 'Meir'])} ${r.int(1, 240)}${r.pick(['', '', '/5', ' bus 1'])}`,
      r.pick(['5000 Namur', '7000 Mons', '8000 Brugge', '3000 Leuven']),
    ]),
  ES: (r, m) =>
    lines(m, [
      `${r.pick(['Calle de las Huertas', 'Avenida del Puerto', 'Calle San Pablo', 'Calle del Olivo', 'Ronda de la Muralla'])}, ${r.int(1, 140)}, ${r.int(1, 8)}.º ${r.pick(['1.ª', '3.ª', 'B', 'C', 'dcha.'])}`,
      r.pick(['29012 Málaga', '18009 Granada', '47001 Valladolid', '03002 Alicante', '31001 Pamplona']),
    ]),
  IT: (r, m) =>
    lines(m, [
      `${r.pick(['Via dei Tessitori', 'Corso Garibaldi', 'Via della Pescheria', 'Via delle Fornaci', 'Piazza del Carmine'])}, ${r.int(1, 160)}${r.pick(['', '', '/A', ' scala C'])}`,
      r.pick(['16123 Genova', '30121 Venezia', '70122 Bari', '37121 Verona', '06121 Perugia']),
    ]),
  NL: (r, m) =>
    lines(m, [
      `${r.pick(['Bakkerstraat', 'Nieuwe Haven', 'Populierenlaan', 'Achterom', 'Kromme Nieuwegracht', 'Vlietkade'])} ${r.int(1, 230)}${r.pick(['', '', '-1', 'A', ' hs'])}`,
      `${r.int(1011, 9999)} ${r.chars(2, 'ABCDEGHJKLMNPRTVWXZ')} ${r.pick(['Leiden', 'Haarlem', 'Arnhem', 'Maastricht', 'Delft'])}`,
    ]),
  LA: (r, m) =>
    r.pick([
      () =>
        lines(m, [
          `House ${r.int(1, 320)}, Unit ${pad(r.int(1, 30))}`,
          `Ban ${r.pick(['Phonxay', 'Hatsady', 'Anou', 'Dongdok', 'Saysettha'])}, ${r.pick(['Chanthabouly', 'Sisattanak', 'Xaysetha', 'Sikhottabong'])} District, Vientiane`,
        ]),
      () => lines(m, [`${r.int(2, 240)} Samsenthai Road`, 'Ban Anou, Chanthabouly District, Vientiane']),
      () => lines(m, [`${r.int(2, 120)} Sakkaline Road`, 'Luang Prabang']),
      () => lines(m, [`House ${r.int(1, 200)}, Road No. ${r.pick([13, 10, 16])}`, 'Pakse, Champasak']),
    ])(),
  AF: (r, m) =>
    r.pick([
      () => lines(m, [`House ${r.int(1, 400)}, Street ${r.int(1, 15)}`, `Karte ${r.pick(['Char', 'Se', 'Parwan'])}, Kabul`]),
      () => lines(m, [`House ${r.int(1, 120)}, Lane ${r.int(1, 9)}`, 'Wazir Akbar Khan, Kabul']),
      () => lines(m, [`Street ${r.int(1, 12)}, House ${r.int(1, 90)}`, 'Taimani, Kabul']),
      () => lines(m, [`House ${r.int(1, 300)}, Street ${r.int(1, 20)}`, 'Aino Mina, Kandahar']),
    ])(),
  PK: (r, m) =>
    r.pick([
      () =>
        lines(m, [
          `House ${r.int(1, 400)}, Street ${r.int(1, 14)}, Sector ${r.pick(['E', 'F', 'G', 'H', 'K', 'N'])}-${r.int(1, 9)}`,
          `Phase ${r.int(1, 7)}, Hayatabad, Peshawar`,
        ]),
      () => lines(m, [`${r.int(2, 90)} Jamrud Road`, 'University Town, Peshawar']),
      () => lines(m, [`House ${r.int(1, 60)}, Street ${r.int(1, 40)}`, `G-${r.int(6, 11)}/${r.int(1, 4)}, Islamabad`]),
      () => lines(m, [`House ${r.int(1, 90)}, Samungli Road`, 'Quetta']),
    ])(),
  RW: (r, m) =>
    r.pick([
      () =>
        lines(m, [
          `KG ${r.int(2, 700)} St, House No. ${r.int(1, 90)}`,
          `${r.pick(['Kimihurura', 'Kacyiru', 'Remera', 'Kimironko', 'Nyarutarama'])}, Kigali`,
        ]),
      () => lines(m, [`KN ${r.int(2, 400)} St, No. ${r.int(1, 60)}`, `${r.pick(['Nyamirambo', 'Kiyovu'])}, Kigali`]),
      () => lines(m, [`KK ${r.int(2, 600)} Ave, No. ${r.int(1, 80)}`, `${r.pick(['Kicukiro', 'Gikondo', 'Kanombe'])}, Kigali`]),
    ])(),
};

export const address = (rng: Rng, lang: Lang, multi = false): string => ADDRESSES[rng.pick(ADDRESS_COUNTRIES[lang])]!(rng, multi);
/** An address in a country of origin (LA, AF, PK, RW). */
export const homeAddress = (rng: Rng, country: string, multi = false): string => ADDRESSES[country]!(rng, multi);

// ---- dates, secrets, host addresses and look-alikes ----

// The generators are ../pii-blind/set-generators.ts's; this set's own words, names and countries are below.
export * from '../pii-blind/set-generators.ts';

/** Words of this set's passwords and passphrases. */
const PW_WORDS: Record<Lang, string[]> = {
  en: ['lantern', 'gravel', 'orchid', 'tugboat', 'walrus', 'biscuit', 'juniper', 'harpoon'],
  de: ['Laterne', 'Kiesel', 'Orchidee', 'Schlepper', 'Walross', 'Keks', 'Wacholder', 'Harpune'],
  fr: ['lanterne', 'gravier', 'orchidee', 'remorqueur', 'morse', 'biscuit', 'genievre', 'harpon'],
  es: ['farol', 'grava', 'orquidea', 'remolcador', 'morsa', 'bizcocho', 'enebro', 'arpon'],
  it: ['lanterna', 'ghiaia', 'orchidea', 'rimorchiatore', 'tricheco', 'biscotto', 'ginepro', 'arpione'],
  nl: ['lantaarn', 'grind', 'orchidee', 'sleepboot', 'walrus', 'koekje', 'jeneverbes', 'harpoen'],
};

export const { password, passphrase, base64Password, connectionString } = secretGenerators({
  passwordWords: PW_WORDS,
  db: {
    users: ['rental_app', 'porting_svc', 'tutor_admin', 'exam_board', 'root'],
    hosts: ['pg-fleet.internal', '10.18.3.44', 'db-porting.lan', 'mysql-dental-2'],
    postgresNames: ['rentals', 'porting', 'bookings'],
  },
});

export const { orderNumber, commitHash, uuid, isbn, tracking } = lookAlikeGenerators({
  ibanValid,
  trackingCountries: ['DE', 'NL', 'LA', 'RW'],
});
