// Values of this set and its own validators. The shared validators and check-digit functions (Luhn, mod 97, the
// national schemes of the six languages' countries, ABA, SSN ranges, licence shapes) come from
// ../pii-blind/set-values.ts; the Zimbabwean national registration number, the Cambodian identity card number, the
// Fijian tax identification number, the Cambodian bank account, the passports of the three origins, and the
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
  regroupedPhone,
  sixCountriesPassport,
} from '../pii-blind/set-values.ts';
import type { Rng } from '../pii-independent/rng.ts';
export * from '../pii-blind/set-values.ts';

// ---- IBAN ----

export const { ibanValid, ibanOf, iban, notAnIban } = ibanGenerators({
  lengths: IBAN_LENGTHS,
  banks: {
    GB: ['BARC', 'MIDL', 'NAIA', 'YORK', 'TSBS', 'COOP'],
    IE: ['AIBK', 'BOFI', 'IPBS'],
    NL: ['ABNA', 'RABO', 'INGB', 'ASNB', 'KNAB', 'BUNQ'],
  },
});

// ---- national ids of the three origins ----

/** The Zimbabwean national registration number as the ID card prints it: the two-digit code of the registration
 * office, a serial of six or seven digits, a letter and the two-digit code of the district of origin ("63-2345678 F
 * 42"). The letter is a check letter on real cards, but this set's author does not know its rule for certain, so it
 * is drawn, and only the shape is checked. */
export const zimbabweIdValid = (v: string): boolean => /^\d{2}-?\d{6,7}[ -]?[A-Z][ -]?\d{2}$/.test(v.trim());

const ZW_OFFICES = ['03', '08', '13', '22', '29', '38', '42', '47', '50', '58', '63', '70', '75', '83'];

export function zimbabweId(rng: Rng): string {
  const office = rng.pick(ZW_OFFICES);
  const serial = dig(rng, rng.pick([6, 7]));
  const letter = rng.chars(1, 'ABCDEFGHJKLMNPQRSTVWXYZ');
  const origin = rng.pick(ZW_OFFICES);
  return rng.pick([
    () => `${office}-${serial} ${letter} ${origin}`,
    () => `${office}-${serial}${letter}${origin}`,
    () => `${office}-${serial}-${letter}-${origin}`,
    () => `${office}${serial}${letter}${origin}`,
  ])();
}

/** The Cambodian national identity card number: nine digits (the shape only; this set's author knows of no
 * published check digit). */
export const cambodianIdValid = (v: string): boolean => /^[01]\d{8}$/.test(v.trim());

export const cambodianId = (rng: Rng): string => `0${rng.int(1, 2)}${rng.int(0, 2)}${rng.digits(6)}`;

/** The Fijian tax identification number (TIN) in the grouping this set gives it, nine digits ("50-12345-0-6"); its
 * real layout and any check digit were not checked. */
export const fijiTinValid = (v: string): boolean => /^5\d-?\d{5}-?\d-?\d$/.test(v.trim());

export function fijiTin(rng: Rng): string {
  const body = `5${rng.int(0, 2)}-${rng.digits(5)}-${rng.int(0, 1)}-${rng.digits(1)}`;
  return rng.chance(0.3) ? body.replace(/-/g, '') : body;
}

export const NATIONAL_IDS: Record<string, (rng: Rng) => string> = { zimbabweId, cambodianId, fijiTin };

export const NATIONAL_VALIDATORS: ((v: string) => boolean)[] = [...NATIONAL_ID_VALIDATORS, zimbabweIdValid, cambodianIdValid, fijiTinValid];

// ---- bank accounts ----

/** A Cambodian bank account number as the country's largest retail banks print it: nine digits in groups of three
 * ("002 345 678"). */
export const cambodianAccount = (rng: Rng): string => `00${rng.int(0, 9)} ${rng.digits(3)} ${rng.digits(3)}`;

export const bankAccountValid = (v: string): boolean => sharedBankAccountValid(v) || /^\d{3} \d{3} \d{3}$/.test(v.trim());

// ---- passports and driving licences ----

const HOME_PASSPORT_SHAPES: Record<string, RegExp> = {
  ZW: /^[A-Z]{2}\d{6}$/,
  KH: /^N\d{8}$/,
  FJ: /^[A-Z]\d{6}$/,
};

export const passportValid = (v: string): boolean =>
  [...Object.values(PASSPORT_SHAPES), ...Object.values(HOME_PASSPORT_SHAPES)].some((r) => r.test(v.trim()));

/** A passport number of a country: the six languages' countries in their shapes, and Zimbabwe (two letters and six
 * digits), Cambodia (N and eight digits) and Fiji (a letter and six digits) in shapes this set gives them — their
 * real formats were not checked. */
export function passportOf(rng: Rng, country: string): string {
  switch (country) {
    case 'ZW':
      return rng.pick(['FN', 'FP', 'DN', 'AN', 'EN']) + rng.digits(6);
    case 'KH':
      return `N0${rng.digits(7)}`;
    case 'FJ':
      return rng.pick(['B', 'C', 'D']) + rng.digits(6);
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
export const driverLicense = driverLicenseOf(['AN', 'BO', 'PA', 'FI', 'NA']);

// ---- phones ----

type Gen = (rng: Rng) => string;
const d = (rng: Rng, n: number): string => rng.digits(n);

const PHONE_FORMATS: Record<Lang, Gen[]> = {
  en: [
    (r) => `07${r.int(3, 9)}${d(r, 2)} ${d(r, 3)} ${d(r, 3)}`,
    (r) => `+44 7${r.int(3, 9)}${d(r, 2)} ${d(r, 6)}`,
    (r) => r.pick([`01603 ${r.int(2, 8)}${d(r, 5)}`, `01225 ${r.int(3, 8)}${d(r, 5)}`, `0191 ${r.int(2, 4)}${d(r, 2)} ${d(r, 4)}`]),
    (r) => `+353 (0)8${r.pick(['3', '5', '7', '9'])} ${d(r, 3)} ${d(r, 4)}`,
    (r) => r.pick([`061 ${r.int(2, 9)}${d(r, 5)}`, `056 7${d(r, 2)} ${d(r, 4)}`, `071 9${d(r, 2)} ${d(r, 4)}`]),
  ],
  de: [
    (r) => `0${r.pick(['151', '160', '171', '176', '179'])} ${d(r, 4)} ${d(r, 4)}`,
    (r) => `+49 (0)${r.pick(['431', '761', '361', '231'])} ${r.int(2, 9)}${d(r, 5)}`,
    (r) => `+49-1${r.pick(['52', '57', '63'])}-${d(r, 7)}`,
    (r) => `0043 ${r.pick(['316', '732', '463'])} ${d(r, 6)}`,
    (r) => `+41 ${r.pick(['61', '71', '52'])} ${d(r, 3)} ${d(r, 2)} ${d(r, 2)}`,
  ],
  fr: [
    (r) => `0${r.pick(['6', '7'])}.${d(r, 2)}.${d(r, 2)}.${d(r, 2)}.${d(r, 2)}`,
    (r) => `+33 (0)${r.pick(['6', '7'])} ${d(r, 2)} ${d(r, 2)} ${d(r, 2)} ${d(r, 2)}`,
    (r) => `0${r.int(1, 5)} ${d(r, 2)} ${d(r, 2)} ${d(r, 2)} ${d(r, 2)}`,
    (r) => `0032 4${r.pick(['72', '78', '94', '99'])} ${d(r, 2)} ${d(r, 2)} ${d(r, 2)}`,
    (r) => `+352 6${r.pick(['21', '61', '91'])} ${d(r, 3)} ${d(r, 3)}`,
  ],
  es: [
    (r) => `6${d(r, 2)} ${d(r, 2)} ${d(r, 2)} ${d(r, 2)}`,
    (r) => `+34 6${d(r, 2)} ${d(r, 3)} ${d(r, 3)}`,
    (r) => `9${r.pick(['6', '5', '4', '8'])}${d(r, 1)} ${d(r, 3)} ${d(r, 3)}`,
    (r) => `0034 7${d(r, 2)} ${d(r, 3)} ${d(r, 3)}`,
  ],
  it: [
    (r) => `3${r.pick(['31', '35', '39', '45', '48'])}-${d(r, 7)}`,
    (r) => `+39 3${d(r, 2)} ${d(r, 3)} ${d(r, 4)}`,
    (r) => `0${r.pick(['51', '11', '81', '40', '70'])}/${d(r, 6)}`,
    (r) => `+39 0${r.pick(['51', '11', '81'])} ${d(r, 3)} ${d(r, 4)}`,
  ],
  nl: [
    (r) => `06 ${r.int(1, 5)}${d(r, 3)} ${d(r, 4)}`,
    (r) => `+31 (0)6 ${d(r, 8)}`,
    (r) => `0${r.pick(['30', '50', '38', '24', '40'])} ${r.int(2, 8)}${d(r, 2)} ${d(r, 4)}`,
    (r) => `0032 4${r.pick(['71', '79', '84'])} ${d(r, 2)} ${d(r, 2)} ${d(r, 2)}`,
  ],
};

const HOME_PHONES: Record<string, Gen[]> = {
  zw: [
    (r) => `07${r.pick(['1', '3', '7', '8'])}${d(r, 1)} ${d(r, 3)} ${d(r, 3)}`,
    (r) => `+263 7${r.pick(['1', '3', '7', '8'])} ${d(r, 3)} ${d(r, 4)}`,
    (r) => `+263 242 ${d(r, 3)} ${d(r, 3)}`,
    (r) => `0292 ${d(r, 3)} ${d(r, 3)}`,
    (r) => `00263 77${d(r, 1)} ${d(r, 3)} ${d(r, 3)}`,
  ],
  kh: [
    (r) => `0${r.pick(['12', '17', '77', '92', '15', '16', '89', '99'])} ${d(r, 3)} ${d(r, 3)}`,
    (r) => `0${r.pick(['97', '96', '88', '71', '10', '70'])} ${d(r, 3)} ${d(r, 4)}`,
    (r) => `+855 ${r.pick(['12', '17', '77', '92', '15'])} ${d(r, 3)} ${d(r, 3)}`,
    (r) => `+855 (0)${r.pick(['97', '96', '88'])} ${d(r, 3)} ${d(r, 4)}`,
    (r) => `023 ${r.int(2, 9)}${d(r, 2)} ${d(r, 3)}`,
  ],
  fj: [
    (r) => `+679 ${r.pick(['9', '7', '8', '2'])}${d(r, 2)} ${d(r, 4)}`,
    (r) => `(+679) ${r.pick(['9', '7', '8'])}${d(r, 6)}`,
    (r) => `00679 ${r.pick(['3', '6', '8'])}${d(r, 2)} ${d(r, 4)}`,
    (r) => `+679-${r.pick(['33', '67', '66', '88'])}${d(r, 1)}-${d(r, 4)}`,
  ],
};

export const phone = (rng: Rng, lang: Lang): string => rng.pick(PHONE_FORMATS[lang])(rng);
export const homePhone = (rng: Rng, locale: string): string => rng.pick(HOME_PHONES[locale]!)(rng);

/** A phone number of the person's country read out digit by digit in the language's words. */
export const spokenPhone = (rng: Rng, lang: Lang, locale: string): string => readOutDigits(rng, lang, homePhone(rng, locale));

/** A phone number of the person's country as a receptionist notes one read out over the phone: the country or area
 * code as written, then the other digits in pairs. */
export const pairedPhone = (rng: Rng, locale: string): string => regroupedPhone(homePhone(rng, locale), 2);

// ---- addresses ----

type Addr = (rng: Rng, multi: boolean) => string;

const ADDRESSES: Record<string, Addr> = {
  GB: (r, m) =>
    lines(m, [
      `${r.pick(['Flat ' + r.int(1, 12) + ', ', '', ''])}${r.int(2, 160)} ${r.pick(['Tannery Lane', 'Marlowe Crescent', 'Gorse Hill Road', 'Kingfisher Way', 'Orchard Terrace', 'Brunswick Place', 'Weavers Row'])}`,
      `${r.pick(['Norwich NR2', 'Bath BA1', 'Lancaster LA1', 'Durham DH1', 'Cardiff CF24', 'Stoke-on-Trent ST4'])} ${r.int(1, 9)}${r.chars(2, 'ABDEFGHJLNPQRSTUWXYZ')}`,
    ]),
  IE: (r, m) =>
    lines(m, [
      `${r.int(1, 80)} ${r.pick(['Ballymun Road', 'Sandford Park', 'Millbrook Lawns', 'Ashgrove Terrace'])}`,
      r.pick(['Dublin 9', 'Limerick V94 X2K7', 'Kilkenny R95 C9T4', 'Sligo F91 P3H6']),
    ]),
  DE: (r, m) =>
    lines(m, [
      `${r.pick(['Lindenallee', 'Brunnenstraße', 'Am Mühlbach', 'Fichtenweg', 'Hafenstraße', 'Kastanienhof'])} ${r.int(1, 120)}${r.pick(['', '', 'a', 'c'])}`,
      r.pick(['24103 Kiel', '79098 Freiburg im Breisgau', '99084 Erfurt', '44135 Dortmund', '18055 Rostock']),
    ]),
  AT: (r, m) =>
    lines(m, [
      `${r.pick(['Annenstraße', 'Linzer Gasse', 'Herrengasse', 'Prinz-Eugen-Straße'])} ${r.int(1, 70)}/${r.int(1, 14)}`,
      r.pick(['8020 Graz', '4020 Linz', '9020 Klagenfurt', '1040 Wien']),
    ]),
  CH: (r, m) =>
    lines(m, [
      `${r.pick(['Spalenberg', 'Rosenweg', 'Seefeldstrasse', 'Marktgasse'])} ${r.int(1, 80)}`,
      r.pick(['4051 Basel', '9000 St. Gallen', '8400 Winterthur', '3011 Bern']),
    ]),
  LU: (r, m) =>
    lines(m, [
      `${r.int(1, 90)}, ${r.pick(['rue de Hollerich', 'avenue de la Gare', 'route d’Arlon'])}`,
      r.pick(['L-1741 Luxembourg', 'L-4170 Esch-sur-Alzette']),
    ]),
  FR: (r, m) =>
    lines(m, [
      `${r.int(1, 140)}${r.pick(['', '', ' ter'])} ${r.pick(['rue de la Loge', 'impasse des Vignes', 'boulevard de la Liberté', 'rue Sainte-Catherine', 'place du Marché', 'chemin des Écoliers'])}`,
      r.pick(['13001 Marseille', '67000 Strasbourg', '44000 Nantes', '37000 Tours', '87000 Limoges']),
    ]),
  BE: (r, m) =>
    lines(m, [
      `${r.pick(['Rue de la Station', 'Chaussée de Wavre', 'Kortrijksesteenweg', 'Veldstraat'])} ${r.int(1, 220)}${r.pick(['', '', '/3', ' bus 2'])}`,
      r.pick(['4000 Liège', '6000 Charleroi', '9000 Gent', '2000 Antwerpen']),
    ]),
  ES: (r, m) =>
    lines(m, [
      `${r.pick(['Calle del Carmen', 'Avenida de la Constitución', 'Calle Mayor', 'Calle de la Luna', 'Paseo de la Alameda'])}, ${r.int(1, 120)}, ${r.int(1, 9)}.º ${r.pick(['1.ª', '2.ª', 'A', 'D', 'izda.'])}`,
      r.pick(['46002 Valencia', '41004 Sevilla', '50001 Zaragoza', '33003 Oviedo', '15001 A Coruña']),
    ]),
  IT: (r, m) =>
    lines(m, [
      `${r.pick(['Via del Pratello', 'Viale della Repubblica', 'Via San Vitale', 'Via dei Mille', 'Vicolo del Pozzo'])}, ${r.int(1, 150)}${r.pick(['', '', '/B', ' int. 4'])}`,
      r.pick(['40125 Bologna', '10121 Torino', '80134 Napoli', '34121 Trieste', '09124 Cagliari']),
    ]),
  NL: (r, m) =>
    lines(m, [
      `${r.pick(['Oudegracht', 'Kerkstraat', 'Molenweg', 'Lange Voorhout', 'Vismarkt', 'Singel'])} ${r.int(1, 250)}${r.pick(['', '', '-2', 'B', ' bis'])}`,
      `${r.int(1011, 9999)} ${r.chars(2, 'ABCDEGHJKLMNPRTVWXZ')} ${r.pick(['Utrecht', 'Groningen', 'Zwolle', 'Nijmegen', 'Eindhoven'])}`,
    ]),
  ZW: (r, m) =>
    r.pick([
      () =>
        lines(m, [
          `${r.int(2, 120)} ${r.pick(['Lomagundi Road', 'Enterprise Road', 'Fife Avenue', 'Lanark Road', 'Churchill Avenue', 'Quorn Avenue'])}`,
          `${r.pick(['Avondale', 'Borrowdale', 'Mabelreign', 'Marlborough', 'Greendale', 'Belvedere'])}, Harare`,
        ]),
      () =>
        lines(m, [
          `${r.int(2, 90)} ${r.pick(['Fort Street', 'Jason Avenue', 'Hillside Road', 'Cecil Avenue'])}`,
          r.pick(['Suburbs, Bulawayo', 'Hillside, Bulawayo']),
        ]),
      () =>
        lines(m, [
          `House No. ${r.int(100, 9999)}`,
          `${r.pick(['Budiriro 2', 'Glen View 3', 'Kuwadzana 4', 'Dzivarasekwa Extension'])}, Harare`,
        ]),
      () => lines(m, [`Stand ${r.int(100, 4999)}, Unit ${r.pick(['K', 'L', 'M', 'N'])}`, 'Seke, Chitungwiza']),
      () =>
        lines(m, [`${r.int(2, 60)} ${r.pick(['Third Street', 'Aerodrome Road', 'Main Street'])}`, r.pick(['Mutare', 'Gweru', 'Masvingo'])]),
    ])(),
  KH: (r, m) =>
    r.pick([
      () =>
        lines(m, [
          `No. ${r.int(2, 260)}${r.pick(['', '', 'A', 'Eo'])}, Street ${r.int(51, 598)}`,
          `Sangkat ${r.pick(['Tonle Bassac', 'Boeung Keng Kang Ti Muoy', 'Tuol Tumpung Ti Pir', 'Phsar Depo Ti Bei', 'Toul Svay Prey Ti Muoy', 'Chak Angre Leu'])}, Khan ${r.pick(['Chamkarmon', 'Daun Penh', 'Toul Kork', 'Mean Chey', 'Chbar Ampov'])}, Phnom Penh`,
        ]),
      () =>
        lines(m, [
          `#${r.int(2, 99)}${r.pick(['B', 'C', 'E1', ''])}, St. ${r.int(51, 480)}`,
          `${r.pick(['Boeung Keng Kang', 'Olympic', 'Veal Vong', 'Tuek Thla'])}, Phnom Penh ${r.pick(['120101', '120206', '120405', '120802'])}`,
        ]),
      () =>
        lines(m, [
          `House ${r.int(2, 400)}, ${r.pick(['Street 20', 'Wat Bo Road', 'Sok San Road', 'Street 2 Thnou'])}`,
          `${r.pick(['Sala Kamreuk', 'Svay Dangkum', 'Slor Kram'])} Commune, Siem Reap`,
        ]),
      () => lines(m, [`No. ${r.int(2, 150)}, Street ${r.int(1, 3)}.5`, `Svay Por, Battambang`]),
    ])(),
  FJ: (r, m) =>
    r.pick([
      () =>
        lines(m, [
          `Lot ${r.int(1, 60)}, ${r.pick(['Waimanu Road', 'Princes Road', 'Grantham Road', 'Laucala Bay Road', 'Ratu Sukuna Road'])}`,
          `${r.pick(['Samabula', 'Tamavua', 'Raiwaqa', 'Nabua', 'Vatuwaqa', 'Flagstaff'])}, Suva`,
        ]),
      () =>
        lines(m, [
          `${r.int(2, 80)} ${r.pick(['Rewa Street', 'Bau Street', 'Naviti Street', 'Drasa Avenue'])}`,
          r.pick(['Suva', 'Lautoka', 'Toorak, Suva']),
        ]),
      () =>
        lines(m, [
          `Lot ${r.int(1, 40)}, ${r.pick(['Queens Road', 'Northern Press Road', 'Nasoso Road'])}`,
          r.pick(['Martintar, Nadi', 'Namaka, Nadi', 'Namaka, Nadi Airport']),
        ]),
      () => lines(m, [`${r.int(1, 40)} ${r.pick(['Nasekula Road', 'Vakamasisuasua Road'])}`, 'Labasa']),
    ])(),
};

const HOME_COUNTRY: Record<string, string> = { zw: 'ZW', kh: 'KH', fj: 'FJ' };

export const address = (rng: Rng, lang: Lang, multi = false): string => ADDRESSES[rng.pick(ADDRESS_COUNTRIES[lang])]!(rng, multi);
export const homeAddress = (rng: Rng, locale: string, multi = false): string => ADDRESSES[HOME_COUNTRY[locale]!]!(rng, multi);

// ---- dates, secrets, host addresses and look-alikes ----

// The generators are ../pii-blind/set-generators.ts's; this set's own words, names and countries are below.
export * from '../pii-blind/set-generators.ts';

/** Words of this set's passwords and passphrases. */
const PW_WORDS: Record<Lang, string[]> = {
  en: ['thistle', 'muffin', 'compass', 'quarry', 'tandem', 'ferret', 'saddle', 'pumice'],
  de: ['Distel', 'Zwieback', 'Kompass', 'Steinbruch', 'Tandem', 'Frettchen', 'Sattel', 'Bimsstein'],
  fr: ['chardon', 'brioche', 'boussole', 'carrière', 'tandem', 'furet', 'selle', 'pierreponce'],
  es: ['cardo', 'galleta', 'brújula', 'cantera', 'tándem', 'hurón', 'montura', 'pómez'],
  it: ['cardo', 'ciambella', 'bussola', 'cava', 'tandem', 'furetto', 'sella', 'pomice'],
  nl: ['distel', 'beschuit', 'kompas', 'steengroeve', 'tandem', 'fret', 'zadel', 'puimsteen'],
};

export const { password, passphrase, base64Password, connectionString } = secretGenerators({
  passwordWords: PW_WORDS,
  db: {
    users: ['enrol_rw', 'claims_svc', 'helpdesk', 'onboarding', 'postgres'],
    hosts: ['db-claims.internal', '10.42.7.19', 'pg-school.lan', 'mysql-hr-1'],
    postgresNames: ['enrolment', 'claims', 'tickets'],
  },
});

export const { orderNumber, commitHash, uuid, isbn, tracking } = lookAlikeGenerators({
  ibanValid,
  trackingCountries: ['FR', 'IT', 'KH', 'FJ'],
});
