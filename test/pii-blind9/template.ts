// Fills this set's templates. A slot is written {{X}} or {{X1}}..{{X3}} (the digit says which of the document's
// three people a person slot belongs to); each slot becomes one or more pieces, labelled when they are personal
// data, so spans are recorded exactly as the value is appended (../pii-blind/doc.ts). An unknown slot throws: a
// double brace in a template is a slot or a typo. Single braces (JSON, `${DB_PASS}`) are plain text.
import type { Lang } from '../pii-blind/doc.ts';
import { labelled, plain } from '../pii-blind/doc.ts';
import type { Marks, Slot as SetSlot, TemplateContext } from '../pii-blind/set-template.ts';
import {
  birthIn,
  dobSlot,
  emailAddress,
  genders,
  lookSlots,
  nationalIdOf,
  personSlot,
  templateSlots,
  valueSlot,
} from '../pii-blind/set-template.ts';
import type { Rng } from '../pii-independent/rng.ts';
import type { NameLocale, NamePool } from './names.ts';
import { fold, HONORIFICS, scholarly } from './names.ts';
import * as v from './values.ts';

export interface Person {
  locale: NameLocale;
  /** The given name; for a Burmese person the whole name (two to four syllables). */
  given: string;
  /** Thai and Persian surnames; undefined for a Burmese person. */
  surname: string | undefined;
  female: boolean;
  /** An elder (a Burmese U or Daw rather than Ko or Ma). */
  elder: boolean;
  /** The father's given name (Persian papers), full name (Thai) or name (Burmese). */
  father: string;
}

export type Context = TemplateContext<Person>;

const birthOf = (c: Context, p: Person, from = 1950, to = 2004): v.Birth => birthIn(c, p, from, to);

type Slot = SetSlot<Person>;

const dob = (from: number, to: number): Slot => dobSlot((c, p) => birthOf(c, p, from, to), v.dateIn);

/** A Burmese name: two to four syllables of the sex's list, no syllable twice. */
function burmeseName(rng: Rng, syllables: readonly string[]): string {
  const n = rng.pick([2, 2, 3, 3, 3, 4]);
  return rng.shuffle(syllables).slice(0, n).join(' ');
}

/** A person of one locale (Thai, Persian, Burmese about a third each, or the given one), of the marked gender or
 * either. */
export function drawPerson(rng: Rng, pool: NamePool, gender?: 'f' | 'm', only?: NameLocale): Person {
  const locale: NameLocale = only ?? (rng.chance(0.34) ? 'th' : rng.chance(0.5) ? 'fa' : 'my');
  const p = pool[locale];
  const female = gender === 'f' ? true : gender === 'm' ? false : rng.chance(0.5);
  const elder = rng.chance(0.5);
  if (locale === 'my')
    return {
      locale,
      given: burmeseName(rng, female ? p.female : p.male),
      surname: undefined,
      female,
      elder,
      father: burmeseName(rng, p.male),
    };
  const given = rng.pick(female ? p.female : p.male);
  const surname = rng.pick(p.surnames);
  const fatherGiven = rng.pick(p.male.filter((n) => n !== given));
  return { locale, given, surname, female, elder, father: locale === 'th' ? `${fatherGiven} ${surname}` : fatherGiven };
}

const full = (p: Person): string => (p.surname ? `${p.given} ${p.surname}` : p.given);
/** The name after a title: the surname, or a Burmese person's whole name. */
const surnameOr = (p: Person): string => p.surname ?? p.given;
const familyFirst = (p: Person): string => (p.surname ? `${p.surname.toUpperCase()} ${p.given}` : p.given.toUpperCase());
const initials = (p: Person): string => (p.surname ? `${p.given[0]}. ${p.surname}` : p.given);
const commaForm = (p: Person): string => (p.surname ? `${p.surname}, ${p.given}` : p.given);
const shortForm = (p: Person): string => (p.surname ? `${p.given} ${p.surname[0]}.` : p.given);
/** The Persian scholarly transliteration (long vowels marked); Thai and Burmese names as written. */
const marked = (p: Person): string => (p.locale === 'fa' ? `${scholarly(p.given)} ${scholarly(p.surname!)}` : full(p));

/** The honorific said before the name: Khun (Thai), Agha-ye and Khanom (Persian), U, Daw, Ko, Ma (Burmese). */
function honorific(p: Person): string {
  if (p.locale === 'th') return 'Khun';
  if (p.locale === 'fa') return p.female ? 'Khanom' : 'Agha-ye';
  return p.female ? (p.elder ? HONORIFICS.elderWoman : HONORIFICS.woman) : p.elder ? HONORIFICS.elderMan : HONORIFICS.man;
}
/** Who the honorific goes with: the given name (Thai), the surname (Persian), the whole name (Burmese). */
const honoured = (p: Person): string => (p.locale === 'th' ? p.given : surnameOr(p));

/** A name written in one of the ways people write names; the plain full name most often. */
function anyForm(rng: Rng, p: Person): string {
  return rng.pick([
    () => full(p),
    () => full(p),
    () => full(p),
    () => familyFirst(p),
    () => full(p).toLowerCase(),
    () => initials(p),
    () => commaForm(p),
    () => full(p).toUpperCase(),
    () => marked(p),
    () => p.given,
  ])();
}

const ascii = (s: string): string =>
  fold(s)
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase();

const DOMAINS = [
  'gmail.com',
  'hotmail.com',
  'outlook.com',
  'yahoo.co.th',
  'chmail.ir',
  'gmx.net',
  'web.de',
  'free.fr',
  'laposte.net',
  'hotmail.es',
  'tiscali.it',
  'kpnmail.nl',
  'icloud.com',
  'mail.com',
];
const WORK_DOMAINS = [
  'siam-logistics.co.th',
  'chiangmai-textiles.co.th',
  'pars-insurance.ir',
  'tabriz-carpets.ir',
  'irrawaddy-shipping.com.mm',
  'golden-teak.com.mm',
  'northgate-hospital.nhs.uk',
  'versicherung-kranich.de',
  'agence-immo-lumiere.fr',
  'tienda-zapatos-online.es',
  'scuola-primaria-manin.it',
  'woonstichting-de-eik.nl',
];

function email(rng: Rng, p: Person, obfuscate: boolean): string {
  const parts = p.surname ? [ascii(p.given), ascii(p.surname)] : p.given.split(' ').map(ascii);
  const [a, b] = [parts[0]!, parts.slice(1).join('') || parts[0]!];
  return emailAddress(rng, a, b, obfuscate, { personal: DOMAINS, work: WORK_DOMAINS });
}

const person = personSlot<Person>;
const value = valueSlot<Person>;

const NATIONALITY: Record<Lang, Record<NameLocale, string>> = {
  en: { th: 'Thai', fa: 'Iranian', my: 'Myanmar' },
  de: { th: 'thailändisch', fa: 'iranisch', my: 'myanmarisch' },
  fr: { th: 'thaïlandaise', fa: 'iranienne', my: 'birmane' },
  es: { th: 'tailandesa', fa: 'iraní', my: 'birmana' },
  it: { th: 'thailandese', fa: 'iraniana', my: 'birmana' },
  nl: { th: 'Thais', fa: 'Iraans', my: 'Myanmarees' },
};

const COUNTRY_OF: Record<NameLocale, string> = { th: 'TH', fa: 'IR', my: 'MM' };

/** The national id of the person's own country: Thai id card number, Iranian national code, Myanmar NRC. */
function homeId(c: Context, p: Person): string {
  return p.locale === 'th' ? v.thaiId(c.rng) : p.locale === 'fa' ? v.iranCode(c.rng) : v.nrc(c.rng);
}

/** Belfiore codes of Italian towns: Perugia, Lecce, Trento, Modena, Cagliari. */
const BELFIORE = ['G478', 'E506', 'L378', 'F257', 'B354'];

/** A national id of the document language's countries, the birth-coded ones from the person's birth date. */
function nationalId(c: Context, p: Person): string {
  return nationalIdOf(c.rng, c.lang, {
    female: p.female,
    birth: () => birthOf(c, p),
    codiceFiscale: () => v.codiceFiscaleOf(fold(surnameOr(p)), fold(p.given.split(' ')[0]!), p.female, birthOf(c, p), c.rng.pick(BELFIORE)),
  });
}

const PEOPLE: Record<string, Slot> = {
  // F full name, G given name (Burmese: the whole name), g the same in lower case, S surname after a title
  // (Burmese: the whole name), U SURNAME first, A full name in capitals, n in lower case, I initial and surname,
  // R "Surname, Given", T "Given S.", W Persian with long vowels marked, N any form, K honorific (plain) and name,
  // P the father's name, H a handle, E e-mail, M e-mail spelled out
  F: person((_, p) => full(p)),
  G: person((_, p) => p.given),
  g: person((_, p) => p.given.toLowerCase()),
  S: person((_, p) => surnameOr(p)),
  U: person((_, p) => familyFirst(p)),
  A: person((_, p) => full(p).toUpperCase()),
  n: person((_, p) => full(p).toLowerCase()),
  I: person((_, p) => initials(p)),
  R: person((_, p) => commaForm(p)),
  T: person((_, p) => shortForm(p)),
  W: person((_, p) => marked(p)),
  N: person((c, p) => anyForm(c.rng, p)),
  K: (_, p) => [plain(`${honorific(p)} `), labelled('PERSON', honoured(p))],
  P: person((_, p) => p.father),
  H: person((c, p) => {
    const parts = (p.surname ? [p.given, p.surname] : p.given.split(' ')).map(ascii);
    const [a, b] = [parts[0]!, parts.at(-1)!];
    const forms = [`${a}.${b}`, `${b}.${a}`, `${a}-${b}`, `${a}${b[0]}`, `${a}${b}`];
    if (!c.handles.has(p)) c.handles.set(p, c.rng.pick(forms));
    return c.handles.get(p)!;
  }),
  E: (c, p) => {
    if (!c.emails.has(p)) c.emails.set(p, email(c.rng, p, false));
    return labelled('EMAIL', c.emails.get(p)!);
  },
  M: (c, p) => labelled('EMAIL', email(c.rng, p, true)),
};

const VALUES: Record<string, Slot> = {
  PHONE: value('PHONE', (c) => v.phone(c.rng, c.lang)),
  PHONEH: value('PHONE', (c, p) => v.homePhone(c.rng, p.locale)),
  PHONEW: value('PHONE', (c, p) => v.spokenPhone(c.rng, c.lang, p.locale)),
  ADDR: value('ADDRESS', (c) => v.address(c.rng, c.lang)),
  ADDRL: value('ADDRESS', (c) => v.address(c.rng, c.lang, true)),
  ADDRH: value('ADDRESS', (c, p) => v.homeAddress(c.rng, p.locale)),
  ADDRHL: value('ADDRESS', (c, p) => v.homeAddress(c.rng, p.locale, true)),
  DOB: dob(1950, 2004),
  DOBK: dob(2011, 2020),
  DOBO: dob(1928, 1952),
  DOBI: value('DATE_OF_BIRTH', (c, p) => {
    const b = birthOf(c, p);
    return `${b.y}-${String(b.m).padStart(2, '0')}-${String(b.d).padStart(2, '0')}`;
  }),
  IBAN: value('IBAN', (c) => v.iban(c.rng, c.lang)),
  IBANIR: value('IBAN', (c) => v.ibanOf(c.rng, 'IR')),
  CARD: value('CREDIT_CARD', (c) => v.card(c.rng)),
  NID: value('NATIONAL_ID', nationalId),
  HOMEID: value('NATIONAL_ID', homeId),
  IRID: value('NATIONAL_ID', (c) => v.iranCode(c.rng)),
  NINO: value('NATIONAL_ID', (c) => v.nino(c.rng)),
  SSN: value('SSN', (c) => v.ssn(c.rng)),
  PASSPORT: value('PASSPORT', (c) => v.passportFor(c.rng, c.lang)),
  PASSHOME: value('PASSPORT', (c, p) => v.passportOf(c.rng, COUNTRY_OF[p.locale])),
  DL: value('DRIVER_LICENSE', (c, p) => v.driverLicense(c.rng, c.lang, surnameOr(p), p.given, p.female, birthOf(c, p))),
  DLTH: value('DRIVER_LICENSE', (c) => v.thaiLicense(c.rng)),
  SORT: value('BANK_ACCOUNT', (c) => v.ukSortCode(c.rng)),
  UKACC: value('BANK_ACCOUNT', (c) => v.ukAccount(c.rng)),
  ROUT: value('BANK_ACCOUNT', (c) => v.usRouting(c.rng)),
  USACC: value('BANK_ACCOUNT', (c) => v.usAccount(c.rng)),
  THACC: value('BANK_ACCOUNT', (c) => v.thaiAccount(c.rng)),
  KEY: value('SECRET', (c) => v.apiKey(c.rng)),
  AWSID: value('SECRET', (c) => v.awsKeyPair(c.rng).id),
  AWSKEY: value('SECRET', (c) => v.awsKeyPair(c.rng).secret),
  JWT: value('SECRET', (c) => v.jwt(c.rng)),
  PWD: value('SECRET', (c) => v.password(c.rng, c.lang)),
  PHRASE: value('SECRET', (c) => v.passphrase(c.rng, c.lang)),
  CONN: value('SECRET', (c) => v.connectionString(c.rng)),
  IP: value('IP_ADDRESS', (c) => v.ip(c.rng)),
};

/** Slots that are never labelled: look-alikes and filler. */
export const LOOKS: Record<string, Slot> = lookSlots<Person>(v, (lang, p) => NATIONALITY[lang][p.locale]);

const SLOTS: Record<string, Slot> = { ...PEOPLE, ...VALUES, ...LOOKS };

// The person markers ({{f2}}, {{k3}} …) are read by the shared genders(); what kin share is drawPeople's below.
export { genders };

/** The document's three people: drawn one by one, kin taking person 1's locale and surname; no two share a name
 * or a syllable of one. */
export function drawPeople(rng: Rng, pool: NamePool, marks: Omit<Marks, 'text'>): Person[] {
  const people: Person[] = [];
  const tokens = (q: Person): string[] => [...q.given.split(' '), ...(q.surname ? [q.surname] : [])];
  for (let i = 0; i < 3; i++) {
    const first = people[0];
    const kin = marks.kin[i] && first !== undefined;
    const locale = first && (marks.kin[i] || marks.sameLocale[i]) ? first.locale : undefined;
    const clash = (q: Person): boolean =>
      people.some((o) => {
        const mine = kin ? q.given.split(' ') : tokens(q);
        return mine.some((t) => tokens(o).includes(t) || o.father.split(' ').includes(t));
      });
    let p = drawPerson(rng, pool, marks.gender[i], locale);
    while (clash(p)) p = drawPerson(rng, pool, marks.gender[i], locale);
    people.push(kin && first.surname ? { ...p, surname: first.surname } : p);
  }
  return people;
}

export const { hasLabelledSlot, unknownSlots, fillTemplate } = templateSlots(SLOTS, LOOKS);
