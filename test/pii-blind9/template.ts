// Fills this set's templates. A slot is written {{X}} or {{X1}}..{{X3}} (the digit says which of the document's
// three people a person slot belongs to); each slot becomes one or more pieces, labelled when they are personal
// data, so spans are recorded exactly as the value is appended (../pii-blind/doc.ts). An unknown slot throws: a
// double brace in a template is a slot or a typo. Single braces (JSON, `${DB_PASS}`) are plain text.
import type { Lang, Piece } from '../pii-blind/doc.ts';
import { labelled, plain } from '../pii-blind/doc.ts';
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

export interface Context {
  rng: Rng;
  lang: Lang;
  people: readonly Person[];
  carrier: () => string;
  /** Each person's e-mail address in this document, so that every mention of it is the same address. */
  emails: Map<Person, string>;
  /** Each person's chat handle in this document, the same at every mention. */
  handles: Map<Person, string>;
  /** Each person's birth date in this document, shared by every birth date and every id that encodes it. */
  births: Map<Person, v.Birth>;
}

function birthOf(c: Context, p: Person, from = 1950, to = 2004): v.Birth {
  if (!c.births.has(p)) c.births.set(p, v.drawBirth(c.rng, from, to));
  return c.births.get(p)!;
}

type Slot = (c: Context, p: Person) => Piece | Piece[];

const dob =
  (from: number, to: number): Slot =>
  (c, p) => {
    const b = birthOf(c, p, from, to);
    return labelled('DATE_OF_BIRTH', v.dateIn(c.rng, c.lang, b.y, b.m, b.d));
  };

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
  const local = rng.pick([`${a}.${b}`, `${b}.${a}`, `${a[0]}${b}`, `${a}${rng.int(70, 99)}`, `${a}_${b.slice(0, 5)}`, `${a}${b}`]);
  const domain = rng.chance(0.35) ? rng.pick(WORK_DOMAINS) : rng.pick(DOMAINS);
  if (!obfuscate) return `${local}@${domain}`;
  return rng.pick([
    `${local.replace(/\./g, ' dot ')} at ${domain.replace(/\./g, ' dot ')}`,
    `${local} (at) ${domain}`,
    `${local} [at] ${domain.replace(/\./g, ' [dot] ')}`,
    `${local}＠${domain}`,
  ]);
}

const person =
  (f: (c: Context, p: Person) => string): Slot =>
  (c, p) =>
    labelled('PERSON', f(c, p));
const value =
  (type: string, f: (c: Context, p: Person) => string): Slot =>
  (c, p) =>
    labelled(type, f(c, p));
const look =
  (f: (c: Context) => string): Slot =>
  (c) =>
    plain(f(c));

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
  const r = c.rng;
  switch (c.lang) {
    case 'en':
      return r.pick([v.nhs, v.nino, v.pps])(r);
    case 'de':
      return r.pick([() => v.steuerId(r), () => v.svnr(r, birthOf(c, p)), () => v.ahv(r)])();
    case 'fr':
      return r.chance(0.6) ? v.nir(r, p.female, birthOf(c, p)) : v.belgianRrn(r, p.female, birthOf(c, p));
    case 'es':
      return r.chance(0.3) ? v.dni(r) : v.nie(r);
    case 'it':
      return v.codiceFiscaleOf(fold(surnameOr(p)), fold(p.given.split(' ')[0]!), p.female, birthOf(c, p), r.pick(BELFIORE));
    case 'nl':
      return r.chance(0.7) ? v.bsn(r) : v.belgianRrn(r, p.female, birthOf(c, p));
  }
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
export const LOOKS: Record<string, Slot> = {
  DATE: look((c) => v.otherDate(c.rng, c.lang)),
  ORDER: look((c) => v.orderNumber(c.rng)),
  VER: look((c) => v.version(c.rng)),
  NOCARD: look((c) => v.notACard(c.rng)),
  TESTCARD: look((c) => v.testCard(c.rng)),
  NOIBAN: look((c) => v.notAnIban(c.rng, c.lang)),
  SHA: look((c) => v.commitHash(c.rng)),
  UUID: look((c) => v.uuid(c.rng)),
  ISBN: look((c) => v.isbn(c.rng)),
  TS: look((c) => v.timestamp(c.rng)),
  AMOUNT: look((c) => v.amount(c.rng, c.lang)),
  DOCIP: look((c) => v.docIp(c.rng)),
  CIDR: look((c) => v.cidr(c.rng)),
  COORD: look((c) => v.coordinates(c.rng)),
  TRACK: look((c) => v.tracking(c.rng)),
  NUM: look((c) => String(c.rng.int(2, 48))),
  TIME: look((c) => `${String(c.rng.int(7, 22)).padStart(2, '0')}:${String(c.rng.int(0, 59)).padStart(2, '0')}`),
  /** A chat export's day: dd/mm/yy. */
  DAY: look((c) => `${String(c.rng.int(1, 28)).padStart(2, '0')}/${String(c.rng.int(1, 12)).padStart(2, '0')}/${c.rng.int(24, 26)}`),
  C: look((c) => c.carrier()),
  /** The person's nationality as a word of the document's language (not personal data on its own). */
  NAT: (c, p) => plain(NATIONALITY[c.lang][p.locale]),
};

const SLOTS: Record<string, Slot> = { ...PEOPLE, ...VALUES, ...LOOKS };

/** A template's person markers, removed before filling: {{f2}} makes person 2 a woman, {{m1}} person 1 a man (for
 * pronouns and gendered nouns around the name); {{k3}} makes person 3 kin of person 1, of the same locale and, where
 * the tradition has one, with the same surname; {{l2}} gives person 2 person 1's locale. */
export const PERSON_MARK = /\{\{([fmkl])([1-3])\}\}/g;

type Marks = { text: string; gender: ('f' | 'm' | undefined)[]; kin: boolean[]; sameLocale: boolean[] };

export function genders(template: string): Marks {
  const gender: ('f' | 'm' | undefined)[] = [undefined, undefined, undefined];
  const kin = [false, false, false];
  const sameLocale = [false, false, false];
  for (const m of template.matchAll(PERSON_MARK)) {
    const i = Number(m[2]) - 1;
    if (m[1] === 'k') kin[i] = true;
    else if (m[1] === 'l') sameLocale[i] = true;
    else gender[i] = m[1] as 'f' | 'm';
  }
  return { text: template.replace(PERSON_MARK, ''), gender, kin, sameLocale };
}

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

/** This set's slot syntax. */
export const SLOT = /\{\{([A-Za-z]+?)([1-3]?)\}\}/;
const SLOTS_SPLIT = /(\{\{[A-Za-z]+?[1-3]?\}\})/;

/** Whether a template has a slot that is labelled (a person or a value), i.e. whether it makes a sensitive text. */
export function hasLabelledSlot(template: string): boolean {
  return template
    .split(SLOTS_SPLIT)
    .filter((_, i) => i % 2 === 1)
    .some((s) => !(SLOT.exec(s)![1]! in LOOKS));
}

/** Every slot name of a template that this set does not know (a typo). */
export function unknownSlots(template: string): string[] {
  return template
    .split(SLOTS_SPLIT)
    .filter((_, i) => i % 2 === 1)
    .filter((s) => !(SLOT.exec(s)![1]! in SLOTS));
}

/** The pieces of a template filled for one document. */
export function fillTemplate(template: string, c: Context): Piece[] {
  const parts = template.split(SLOTS_SPLIT);
  return parts.flatMap((part, i) => {
    if (i % 2 === 0) return [plain(part)];
    const m = SLOT.exec(part)!;
    const slot = SLOTS[m[1]!];
    if (!slot) throw new Error(`unknown slot ${part} in: ${template}`);
    return slot(c, c.people[Number(m[2] || 1) - 1]!);
  });
}
