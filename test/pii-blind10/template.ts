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
  /** The given name; for a Tibetan or Bhutanese person the whole two-part name. */
  given: string;
  /** Japanese: the family name; Somali: the father's name, or the father's and the grandfather's names (the chain
   * after the given name); undefined for a Tibetan or Bhutanese person. */
  surname: string | undefined;
  female: boolean;
  /** An elder (Aw or Eedo rather than Walaal for a Somali). */
  elder: boolean;
  /** Japanese: whether the person writes the family name first; the macrons kept or dropped (`marked`). */
  familyFirst: boolean;
  marked: boolean;
  /** The father's given name (Somali: the first link of the chain; Japanese: his given name; Tibetan: his name). */
  father: string;
}

export type Context = TemplateContext<Person>;

const birthOf = (c: Context, p: Person, from = 1950, to = 2004): v.Birth => birthIn(c, p, from, to);

type Slot = SetSlot<Person>;

const dob = (from: number, to: number): Slot => dobSlot((c, p) => birthOf(c, p, from, to), v.dateIn);

/** A Tibetan or Bhutanese name: two different elements of the sex's list. */
function twoPart(rng: Rng, elements: readonly string[]): string {
  const [a, b] = rng.shuffle(elements).slice(0, 2);
  return `${a} ${b}`;
}

/** A person of one locale (Japanese, Somali, Tibetan or Bhutanese about a third each, or the given one), of the
 * marked gender or either. */
export function drawPerson(rng: Rng, pool: NamePool, gender?: 'f' | 'm', only?: NameLocale): Person {
  const locale: NameLocale = only ?? (rng.chance(0.34) ? 'ja' : rng.chance(0.5) ? 'so' : 'bo');
  const p = pool[locale];
  const female = gender === 'f' ? true : gender === 'm' ? false : rng.chance(0.5);
  const elder = rng.chance(0.5);
  const familyFirst = rng.chance(0.35);
  const marked = rng.chance(0.3);
  if (locale === 'bo')
    return {
      locale,
      given: twoPart(rng, female ? p.female : p.male),
      surname: undefined,
      female,
      elder,
      familyFirst,
      marked,
      father: twoPart(rng, p.male),
    };
  const given = rng.pick(female ? p.female : p.male);
  const others = p.male.filter((n) => n !== given);
  if (locale === 'so') {
    const [father, grandfather] = rng.shuffle(others).slice(0, 2) as [string, string];
    const surname = rng.chance(0.6) ? `${father} ${grandfather}` : father;
    return { locale, given, surname, female, elder, familyFirst, marked, father };
  }
  return { locale, given, surname: rng.pick(p.surnames), female, elder, familyFirst, marked, father: rng.pick(others) };
}

/** A Japanese name as the person writes it: with the macrons or without. */
const w = (p: Person, s: string): string => (p.locale === 'ja' && !p.marked ? fold(s) : s);
/** The last part of the name: the Japanese family name, the last link of a Somali chain. */
const lastOf = (p: Person): string | undefined => (p.surname ? w(p, p.surname.split(' ').at(-1)!) : undefined);
const full = (p: Person): string =>
  !p.surname ? p.given : p.locale === 'ja' && p.familyFirst ? `${w(p, p.surname)} ${w(p, p.given)}` : `${w(p, p.given)} ${w(p, p.surname)}`;
/** The name after a title: the Japanese family name, the last link of a Somali chain, a Tibetan's whole name. */
const surnameOr = (p: Person): string => lastOf(p) ?? p.given;
const givenOf = (p: Person): string => w(p, p.given);
/** The name as an official form writes it: FAMILY NAME (or the Somali chain) in capitals, then the given name. */
const familyFirst = (p: Person): string => (p.surname ? `${w(p, p.surname).toUpperCase()} ${givenOf(p)}` : p.given.toUpperCase());
const initials = (p: Person): string => (p.surname ? `${givenOf(p)[0]}. ${lastOf(p)}` : p.given);
const commaForm = (p: Person): string => (p.surname ? `${w(p, p.surname)}, ${givenOf(p)}` : p.given);
const shortForm = (p: Person): string => (p.surname ? `${givenOf(p)} ${lastOf(p)![0]}.` : p.given);
/** The Japanese name with its macrons, whatever the person's habit; the others as written. */
const marked = (p: Person): string =>
  p.locale === 'ja' ? (p.familyFirst ? `${p.surname!} ${p.given}` : `${p.given} ${p.surname!}`) : full(p);

/** What stands with a name outside its span: before it (Somali Aw, Eedo, Walaal) or after it (Japanese -san,
 * -sama, -sensei; Tibetan -la). */
function honorific(rng: Rng, p: Person): { before: string; after: string } {
  if (p.locale === 'ja') return { before: '', after: `-${rng.pick(HONORIFICS.ja)}` };
  if (p.locale === 'bo') return { before: '', after: `-${HONORIFICS.bo}` };
  return { before: `${p.elder ? (p.female ? HONORIFICS.soElderWoman : HONORIFICS.soElderMan) : HONORIFICS.soPeer} `, after: '' };
}
/** Who the honorific goes with: the family name (Japanese), the given name (Somali), the whole name (Tibetan). */
const honoured = (p: Person): string => (p.locale === 'ja' ? surnameOr(p) : p.locale === 'so' ? p.given : p.given);

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
    () => givenOf(p),
  ])();
}

const ascii = (s: string): string =>
  fold(s)
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase();

const DOMAINS = [
  'gmail.com',
  'yahoo.co.jp',
  'docomo.ne.jp',
  'outlook.com',
  'hotmail.com',
  'protonmail.com',
  'gmx.de',
  't-online.de',
  'orange.fr',
  'sfr.fr',
  'telefonica.net',
  'libero.it',
  'ziggo.nl',
  'icloud.com',
];
const WORK_DOMAINS = [
  'kansai-seimitsu.co.jp',
  'hokuriku-logistics.jp',
  'daryeel-transfer.so',
  'banaadir-clinic.so',
  'druk-handicrafts.bt',
  'himalaya-trekking.bt',
  'stpauls-vets.co.uk',
  'notariat-am-markt.de',
  'cabinet-avocats-verlaine.fr',
  'farmacia-del-puerto.es',
  'studio-legale-tasso.it',
  'dierenkliniek-de-wei.nl',
];

function email(rng: Rng, p: Person, obfuscate: boolean): string {
  const parts = (p.surname ? [p.given, ...p.surname.split(' ')] : p.given.split(' ')).map(ascii);
  const [a, b] = [parts[0]!, parts.slice(1).join('') || parts[0]!];
  return emailAddress(rng, a, b, obfuscate, { personal: DOMAINS, work: WORK_DOMAINS });
}

const person = personSlot<Person>;
const value = valueSlot<Person>;

const NATIONALITY: Record<Lang, Record<NameLocale, string>> = {
  en: { ja: 'Japanese', so: 'Somali', bo: 'Bhutanese' },
  de: { ja: 'japanisch', so: 'somalisch', bo: 'bhutanisch' },
  fr: { ja: 'japonaise', so: 'somalienne', bo: 'bhoutanaise' },
  es: { ja: 'japonesa', so: 'somalí', bo: 'butanesa' },
  it: { ja: 'giapponese', so: 'somala', bo: 'bhutanese' },
  nl: { ja: 'Japans', so: 'Somalisch', bo: 'Bhutaans' },
};

const COUNTRY_OF: Record<NameLocale, string> = { ja: 'JP', so: 'SO', bo: 'BT' };

/** The national id of the person's own country: the Japanese My Number or the Bhutanese citizenship id number; a
 * Somali, whose country's id this set does not generate, gives the id of the diaspora's country of residence (the
 * document language's). */
function homeId(c: Context, p: Person): string {
  return p.locale === 'bo' ? v.bhutanCid(c.rng) : p.locale === 'ja' ? v.myNumber(c.rng) : nationalId(c, p);
}

/** Belfiore codes of Italian towns: Bergamo, Ancona, Sassari, Pescara, Udine. */
const BELFIORE = ['A794', 'A271', 'I452', 'G482', 'L483'];

/** A national id of the document language's countries, the birth-coded ones from the person's birth date. */
function nationalId(c: Context, p: Person): string {
  return nationalIdOf(c.rng, c.lang, {
    female: p.female,
    birth: () => birthOf(c, p),
    codiceFiscale: () => v.codiceFiscaleOf(fold(surnameOr(p)), fold(p.given.split(' ')[0]!), p.female, birthOf(c, p), c.rng.pick(BELFIORE)),
  });
}

const PEOPLE: Record<string, Slot> = {
  // F full name, G given name (Tibetan: the whole name), g the same in lower case, S the name after a title (the
  // Japanese family name, the last link of a Somali chain, a Tibetan's whole name), U FAMILY NAME first, A full
  // name in capitals, n in lower case, I initial and last name, R "Family, Given", T "Given L.", W Japanese with
  // macrons, N any form, K name with its honorific (outside the span), P the father's name, H a handle, E e-mail,
  // M e-mail spelled out
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
  W: person((_, p) => marked(p)),
  N: person((c, p) => anyForm(c.rng, p)),
  K: (c, p) => {
    const h = honorific(c.rng, p);
    return [plain(h.before), labelled('PERSON', honoured(p)), plain(h.after)].filter((x) => x.text !== '');
  },
  P: person((_, p) => p.father),
  H: person((c, p) => {
    const parts = (p.surname ? [p.given, lastOf(p)!] : p.given.split(' ')).map(ascii);
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
  DOBJ: value('DATE_OF_BIRTH', (c, p) => {
    const b = birthOf(c, p);
    return `${b.y}/${String(b.m).padStart(2, '0')}/${String(b.d).padStart(2, '0')}`;
  }),
  DOBI: value('DATE_OF_BIRTH', (c, p) => {
    const b = birthOf(c, p);
    return `${b.y}-${String(b.m).padStart(2, '0')}-${String(b.d).padStart(2, '0')}`;
  }),
  IBAN: value('IBAN', (c) => v.iban(c.rng, c.lang)),

  CARD: value('CREDIT_CARD', (c) => v.card(c.rng)),
  NID: value('NATIONAL_ID', nationalId),
  HOMEID: value('NATIONAL_ID', homeId),
  MYNUM: value('NATIONAL_ID', (c) => v.myNumber(c.rng)),
  NINO: value('NATIONAL_ID', (c) => v.nino(c.rng)),
  SSN: value('SSN', (c) => v.ssn(c.rng)),
  PASSPORT: value('PASSPORT', (c) => v.passportFor(c.rng, c.lang)),
  PASSHOME: value('PASSPORT', (c, p) => v.passportOf(c.rng, COUNTRY_OF[p.locale])),
  DL: value('DRIVER_LICENSE', (c, p) => v.driverLicense(c.rng, c.lang, surnameOr(p), p.given, p.female, birthOf(c, p))),
  DLJP: value('DRIVER_LICENSE', (c) => v.japanLicense(c.rng)),
  SORT: value('BANK_ACCOUNT', (c) => v.ukSortCode(c.rng)),
  UKACC: value('BANK_ACCOUNT', (c) => v.ukAccount(c.rng)),
  ROUT: value('BANK_ACCOUNT', (c) => v.usRouting(c.rng)),
  USACC: value('BANK_ACCOUNT', (c) => v.usAccount(c.rng)),
  JPACC: value('BANK_ACCOUNT', (c) => v.japanAccount(c.rng)),
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

/** The document's three people: drawn one by one, kin taking person 1's locale and family name (a Somali sibling
 * the same chain of father and grandfather); no two share a name or an element of one. */
export function drawPeople(rng: Rng, pool: NamePool, marks: Omit<Marks, 'text'>): Person[] {
  const people: Person[] = [];
  const tokens = (q: Person): string[] => [...q.given.split(' '), ...(q.surname ? q.surname.split(' ') : [])];
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
    people.push(kin && first.surname ? { ...p, surname: first.surname, father: p.locale === 'so' ? first.father : p.father } : p);
  }
  return people;
}

export const { hasLabelledSlot, unknownSlots, fillTemplate } = templateSlots(SLOTS, LOOKS);
