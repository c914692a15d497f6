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
import { fold, HONORIFICS } from './names.ts';
import * as v from './values.ts';

export interface Person {
  locale: NameLocale;
  /** The given name as the person writes it: one name, a Maghrebi compound ("Mohamed Amine"), or a Kenyan's English
   * or Christian first name and African name ("Grace Wanjiku"). */
  given: string;
  /** The name a Kenyan with two given names is called by at home (the African one); the given name otherwise. */
  called: string;
  surname: string;
  female: boolean;
  /** An elder (Hajj, Hajja, Mzee or Mama rather than Si, Lalla, Bwana or Bi). */
  elder: boolean;
  /** The father's given name (asked by Israeli and Maghrebi forms). */
  father: string;
}

export type Context = TemplateContext<Person>;

const birthOf = (c: Context, p: Person, from = 1950, to = 2004): v.Birth => birthIn(c, p, from, to);

type Slot = SetSlot<Person>;

const dob = (from: number, to: number): Slot => dobSlot((c, p) => birthOf(c, p, from, to), v.dateIn);

/** A person of one locale (Israeli, Maghrebi or Kenyan about a third each, or the given one), of the marked gender
 * or either. */
export function drawPerson(rng: Rng, pool: NamePool, gender?: 'f' | 'm', only?: NameLocale): Person {
  const locale: NameLocale = only ?? (rng.chance(0.34) ? 'il' : rng.chance(0.5) ? 'mg' : 'ke');
  const p = pool[locale];
  const female = gender === 'f' ? true : gender === 'm' ? false : rng.chance(0.5);
  const elder = rng.chance(0.4);
  const called = rng.pick(female ? p.female : p.male);
  const others = p.male.filter((n) => n !== called);
  const surnames = p.surnames.filter((n) => n !== called);
  let given = called;
  if (locale === 'mg' && !female && rng.chance(0.35)) given = `${called} ${rng.pick(others)}`;
  const firsts = female ? p.firstFemale : p.firstMale;
  if (locale === 'ke' && firsts.length > 0 && rng.chance(0.5)) given = `${rng.pick(firsts)} ${called}`;
  return { locale, given, called, surname: rng.pick(surnames), female, elder, father: rng.pick(others) };
}

const full = (p: Person): string => `${p.given} ${p.surname}`;
/** The name after a title: the family name. */
const surnameOr = (p: Person): string => p.surname;
const givenOf = (p: Person): string => p.given;
/** The name as an official form writes it: FAMILY NAME in capitals, then the given name. */
const familyFirst = (p: Person): string => `${p.surname.toUpperCase()} ${p.given}`;
const initials = (p: Person): string => `${p.given[0]}. ${p.surname}`;
const commaForm = (p: Person): string => `${p.surname}, ${p.given}`;
const shortForm = (p: Person): string => `${p.given} ${p.surname[0]}.`;
/** A Kenyan's African name and family name, without the English first name; the full name otherwise. */
const homeForm = (p: Person): string => `${p.called} ${p.surname}`;

/** What stands before a name outside its span (Maghrebi Si, Lalla, Hajj, Hajja; Kenyan Bwana, Bi, Mzee, Mama); an
 * Israeli has none. */
function honorific(p: Person): string {
  if (p.locale === 'mg')
    return p.elder ? (p.female ? HONORIFICS.mgElderWoman : HONORIFICS.mgElderMan) : p.female ? HONORIFICS.mgWoman : HONORIFICS.mgMan;
  if (p.locale === 'ke')
    return p.elder ? (p.female ? HONORIFICS.keElderWoman : HONORIFICS.keElderMan) : p.female ? HONORIFICS.keWoman : HONORIFICS.keMan;
  return '';
}
/** Who the honorific goes with: the given name (Maghrebi), the family name of a Kenyan elder man, the name a
 * Kenyan is called by otherwise, an Israeli's given name. */
const honoured = (p: Person): string =>
  p.locale === 'ke' ? (p.elder && !p.female ? p.surname : p.called) : p.locale === 'mg' ? p.called : p.given;

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
    () => homeForm(p),
    () => givenOf(p),
  ])();
}

const ascii = (s: string): string =>
  fold(s)
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase();

const DOMAINS = [
  'gmail.com',
  'walla.co.il',
  'menara.ma',
  'yahoo.fr',
  'outlook.com',
  'hotmail.com',
  'protonmail.com',
  'gmx.de',
  'orange.fr',
  'free.fr',
  'telefonica.net',
  'libero.it',
  'kpnmail.nl',
  'icloud.com',
];
const WORK_DOMAINS = [
  'galil-optics.co.il',
  'negev-solar.co.il',
  'atlas-textiles.ma',
  'souss-agrumes.ma',
  'cap-bon-olive.tn',
  'rift-valley-tea.co.ke',
  'lakeside-clinic.co.ke',
  'pennine-surveyors.co.uk',
  'kanzlei-am-hafen.de',
  'mutuelle-des-tilleuls.fr',
  'gestoria-levante.es',
  'cooperativa-val-brembo.it',
  'woningstichting-eem.nl',
];

function email(rng: Rng, p: Person, obfuscate: boolean): string {
  const parts = [...p.given.split(' '), p.surname].map(ascii);
  const [a, b] = [rng.chance(0.5) ? parts[0]! : ascii(p.called), parts.at(-1)!];
  return emailAddress(rng, a, b, obfuscate, { personal: DOMAINS, work: WORK_DOMAINS });
}

const person = personSlot<Person>;
const value = valueSlot<Person>;

const NATIONALITY: Record<Lang, Record<NameLocale, string>> = {
  en: { il: 'Israeli', mg: 'Moroccan', ke: 'Kenyan' },
  de: { il: 'israelisch', mg: 'marokkanisch', ke: 'kenianisch' },
  fr: { il: 'israélienne', mg: 'marocaine', ke: 'kényane' },
  es: { il: 'israelí', mg: 'marroquí', ke: 'keniana' },
  it: { il: 'israeliana', mg: 'marocchina', ke: 'keniota' },
  nl: { il: 'Israëlisch', mg: 'Marokkaans', ke: 'Keniaans' },
};

const COUNTRY_OF: Record<NameLocale, string> = { il: 'IL', mg: 'MA', ke: 'KE' };

/** The national id of the person's own country: the Israeli Teudat Zehut number, the Moroccan CIN, the Kenyan id
 * card number. */
function homeId(c: Context, p: Person): string {
  return p.locale === 'il' ? v.teudatZehut(c.rng) : p.locale === 'mg' ? v.moroccanCin(c.rng) : v.kenyanId(c.rng);
}

/** Belfiore codes of Italian towns: Bergamo, Ancona, Sassari, Pescara, Udine. */
const BELFIORE = ['A794', 'A271', 'I452', 'G482', 'L483'];

/** A national id of the document language's countries, the birth-coded ones from the person's birth date. */
function nationalId(c: Context, p: Person): string {
  return nationalIdOf(c.rng, c.lang, {
    female: p.female,
    birth: () => birthOf(c, p),
    codiceFiscale: () => v.codiceFiscaleOf(fold(p.surname), fold(p.given.split(' ')[0]!), p.female, birthOf(c, p), c.rng.pick(BELFIORE)),
  });
}

const PEOPLE: Record<string, Slot> = {
  // F full name, G given name, g the same in lower case, S family name, U FAMILY NAME first, A full name in
  // capitals, n in lower case, I initial and family name, R "Family, Given", T "Given F.", W a Kenyan's African
  // name and family name (others: full), N any form, K name with its honorific (before it, outside the span), P the
  // father's given name, H a handle, E e-mail, M e-mail spelled out
  F: person((_, p) => full(p)),
  G: person((_, p) => givenOf(p)),
  g: person((_, p) => givenOf(p).toLowerCase()),
  S: person((_, p) => surnameOr(p)),
  U: person((_, p) => familyFirst(p)),
  A: person((_, p) => full(p).toUpperCase()),
  n: person((_, p) => full(p).toLowerCase()),
  I: person((_, p) => initials(p)),
  R: person((_, p) => commaForm(p)),
  T: person((_, p) => shortForm(p)),
  W: person((_, p) => homeForm(p)),
  N: person((c, p) => anyForm(c.rng, p)),
  K: (_, p) => {
    const h = honorific(p);
    return h ? [plain(`${h} `), labelled('PERSON', honoured(p))] : [labelled('PERSON', honoured(p))];
  },
  P: person((_, p) => p.father),
  H: person((c, p) => {
    const [a, b] = [ascii(p.called), ascii(p.surname)];
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
  PHONED: value('PHONE', (c, p) => v.spacedPhone(c.rng, p.locale)),
  ADDR: value('ADDRESS', (c) => v.address(c.rng, c.lang)),
  ADDRL: value('ADDRESS', (c) => v.address(c.rng, c.lang, true)),
  ADDRH: value('ADDRESS', (c, p) => v.homeAddress(c.rng, p.locale)),
  ADDRHL: value('ADDRESS', (c, p) => v.homeAddress(c.rng, p.locale, true)),
  DOB: dob(1950, 2004),
  DOBK: dob(2019, 2023),
  DOBO: dob(1928, 1952),
  DOBI: value('DATE_OF_BIRTH', (c, p) => {
    const b = birthOf(c, p);
    return `${b.y}-${String(b.m).padStart(2, '0')}-${String(b.d).padStart(2, '0')}`;
  }),
  IBAN: value('IBAN', (c) => v.iban(c.rng, c.lang)),
  IBANH: value('IBAN', (c, p) => v.homeIban(c.rng, c.lang, p.locale)),
  CARD: value('CREDIT_CARD', (c) => v.card(c.rng)),
  NID: value('NATIONAL_ID', nationalId),
  HOMEID: value('NATIONAL_ID', homeId),
  NINO: value('NATIONAL_ID', (c) => v.nino(c.rng)),
  TZ: value('NATIONAL_ID', (c) => v.teudatZehut(c.rng)),
  CIN: value('NATIONAL_ID', (c) => v.moroccanCin(c.rng)),
  KEID: value('NATIONAL_ID', (c) => v.kenyanId(c.rng)),
  SSN: value('SSN', (c) => v.ssn(c.rng)),
  PASSPORT: value('PASSPORT', (c) => v.passportFor(c.rng, c.lang)),
  PASSHOME: value('PASSPORT', (c, p) => v.passportOf(c.rng, COUNTRY_OF[p.locale])),
  DL: value('DRIVER_LICENSE', (c, p) => v.driverLicense(c.rng, c.lang, p.surname, p.given, p.female, birthOf(c, p))),
  SORT: value('BANK_ACCOUNT', (c) => v.ukSortCode(c.rng)),
  UKACC: value('BANK_ACCOUNT', (c) => v.ukAccount(c.rng)),
  ROUT: value('BANK_ACCOUNT', (c) => v.usRouting(c.rng)),
  USACC: value('BANK_ACCOUNT', (c) => v.usAccount(c.rng)),
  KEACC: value('BANK_ACCOUNT', (c) => v.kenyanAccount(c.rng)),
  KEY: value('SECRET', (c) => v.apiKey(c.rng)),
  AWSID: value('SECRET', (c) => v.awsKeyPair(c.rng).id),
  AWSKEY: value('SECRET', (c) => v.awsKeyPair(c.rng).secret),
  JWT: value('SECRET', (c) => v.jwt(c.rng)),
  PWD: value('SECRET', (c) => v.password(c.rng, c.lang)),
  PHRASE: value('SECRET', (c) => v.passphrase(c.rng, c.lang)),
  CONN: value('SECRET', (c) => v.connectionString(c.rng)),
  PEM: value('SECRET', (c) => v.privateKey(c.rng)),
  BASE: value('SECRET', (c) => v.base64Password(c.rng, c.lang)),
  IP: value('IP_ADDRESS', (c) => v.ip(c.rng)),
};

/** Slots that are never labelled: look-alikes and filler. */
export const LOOKS: Record<string, Slot> = lookSlots<Person>(v, (lang, p) => NATIONALITY[lang][p.locale]);

const SLOTS: Record<string, Slot> = { ...PEOPLE, ...VALUES, ...LOOKS };

// The person markers ({{f2}}, {{k3}} …) are read by the shared genders(); what kin share is drawPeople's below.
export { genders };

/** The document's three people: drawn one by one, kin taking person 1's locale and family name; no two share a
 * name or an element of one. */
export function drawPeople(rng: Rng, pool: NamePool, marks: Omit<Marks, 'text'>): Person[] {
  const people: Person[] = [];
  const tokens = (q: Person): string[] => [...q.given.split(' '), q.surname];
  for (let i = 0; i < 3; i++) {
    const first = people[0];
    const kin = marks.kin[i] && first !== undefined;
    const locale = first && (marks.kin[i] || marks.sameLocale[i]) ? first.locale : undefined;
    const clash = (q: Person): boolean =>
      people.some((o) => {
        const mine = kin ? q.given.split(' ') : tokens(q);
        return mine.some((t) => tokens(o).includes(t) || o.father === t) || (kin && q.given.split(' ').includes(first.surname));
      });
    let p = drawPerson(rng, pool, marks.gender[i], locale);
    while (clash(p)) p = drawPerson(rng, pool, marks.gender[i], locale);
    people.push(kin ? { ...p, surname: first.surname } : p);
  }
  return people;
}

export const { hasLabelledSlot, unknownSlots, fillTemplate } = templateSlots(SLOTS, LOOKS);
