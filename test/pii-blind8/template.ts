// Fills this set's templates. A slot is written {{X}} or {{X1}}..{{X3}} (the digit says which of the document's
// three people a person slot belongs to); each slot becomes a piece, labelled when it is personal data, so spans are
// recorded exactly as the value is appended (../pii-blind/doc.ts). An unknown slot throws: a double brace in a
// template is a slot or a typo. Single braces (JSON, `${DB_PASS}`) are plain text.
import type { Lang } from '../pii-blind/doc.ts';
import { labelled, plain } from '../pii-blind/doc.ts';
import type { Marks, Slot as SetSlot, TemplateContext } from '../pii-blind/set-template.ts';
import { birthIn, dobSlot, genders, lookSlot, nationalIdOf, personSlot, templateSlots, valueSlot } from '../pii-blind/set-template.ts';
import type { Rng } from '../pii-independent/rng.ts';
import type { NameLocale, NamePool } from './names.ts';
import { fold } from './names.ts';
import * as v from './values.ts';

export interface Person {
  locale: NameLocale;
  given: string;
  /** A second given name (Malagasy, Sinhalese), or undefined. */
  given2: string | undefined;
  surname: string;
  female: boolean;
  /** The Sinhalese ge-name (lineage name), or undefined. */
  ge: string | undefined;
}

export type Context = TemplateContext<Person>;

const birthOf = (c: Context, p: Person, from = 1950, to = 2003): v.Birth => birthIn(c, p, from, to);

const dob = (from: number, to: number): Slot => dobSlot((c, p) => birthOf(c, p, from, to), v.dateIn);

/** A person of one locale (Malagasy, Sinhalese, Faroese about a third each, or the given one), of the marked gender
 * or either. */
export function drawPerson(rng: Rng, pool: NamePool, gender?: 'f' | 'm', only?: NameLocale): Person {
  const locale: NameLocale = only ?? (rng.chance(0.34) ? 'mg' : rng.chance(0.5) ? 'si' : 'fo');
  const p = pool[locale];
  const female = gender === 'f' ? true : gender === 'm' ? false : rng.chance(0.5);
  const givens = female ? p.female : p.male;
  const given = rng.pick(givens);
  let given2: string | undefined;
  if (locale !== 'fo' && rng.chance(0.35)) {
    given2 = rng.pick(givens);
    if (given2 === given) given2 = undefined;
  }
  let surname: string;
  if (locale === 'fo' && p.patronymics.length && rng.chance(0.2)) surname = `${rng.pick(p.patronymics)}${female ? 'dóttir' : 'son'}`;
  else if (locale === 'fo' && p.extra.length && rng.chance(0.2)) surname = rng.pick(p.extra);
  else surname = rng.pick(p.surnames);
  const ge = locale === 'si' && rng.chance(0.5) ? rng.pick(p.extra) : undefined;
  return { locale, given, given2, surname, female, ge };
}

const givens = (p: Person): string => (p.given2 ? `${p.given} ${p.given2}` : p.given);
const full = (p: Person): string => `${p.given} ${p.surname}`;
/** As official papers write it: Malagasy SURNAME Given Given2, Sinhalese ge-name, given names and surname. */
const official = (p: Person): string =>
  p.locale === 'mg'
    ? `${p.surname.toUpperCase()} ${givens(p)}`
    : p.locale === 'si'
      ? `${p.ge ? p.ge + ' ' : ''}${givens(p)} ${p.surname}`
      : `${p.given} ${p.surname}`;
/** Initials for every name but the surname: "H. M. K. Bandara", "R. H. Rakotomalala". */
const initials = (p: Person): string => {
  const names = [...(p.ge ? p.ge.split(' ') : []), p.given, ...(p.given2 ? [p.given2] : [])];
  return `${names.map((n) => `${n[0]}.`).join(' ')} ${p.surname}`;
};
const folded = (p: Person): string => fold(full(p));

/** A name written in one of the ways people write names; the plain full name most often. */
function anyForm(rng: Rng, p: Person): string {
  return rng.pick([
    () => full(p),
    () => full(p),
    () => full(p),
    () => official(p),
    () => full(p).toLowerCase(),
    () => initials(p),
    () => `${p.surname}, ${givens(p)}`,
    () => full(p).toUpperCase(),
    () => folded(p),
  ])();
}

const ascii = (s: string): string =>
  fold(s)
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase();

const DOMAINS = [
  'gmail.com',
  'outlook.com',
  'yahoo.fr',
  'icloud.com',
  'moov.mg',
  'sltnet.lk',
  'ft.fo',
  'gmx.de',
  'orange.fr',
  'libero.it',
  'ziggo.nl',
  'proton.me',
  'yahoo.com',
];
const WORK_DOMAINS = [
  'vanille-export.mg',
  'telma-partners.mg',
  'ceylon-spice-traders.lk',
  'kandy-tea-estates.lk',
  'smyril-cargo.fo',
  'fiskaling.fo',
  'harbourview-dental.co.uk',
  'kanzlei-hollweg.de',
  'cabinet-veterinaire-lys.fr',
  'clinica-dental-sotomayor.es',
  'studio-legale-ferrandi.it',
  'dierenkliniek-de-linde.nl',
];

function email(rng: Rng, p: Person, obfuscate: boolean): string {
  const g = ascii(p.given);
  const s = ascii(p.surname);
  const local = rng.pick([`${g}.${s}`, `${s}.${g}`, `${g[0]}${s}`, `${g}${rng.int(70, 99)}`, `${g}_${s.slice(0, 6)}`, `${g}${s}`]);
  const domain = rng.chance(0.35) ? rng.pick(WORK_DOMAINS) : rng.pick(DOMAINS);
  if (!obfuscate) return `${local}@${domain}`;
  return rng.pick([
    `${local.replace(/\./g, ' dot ')} at ${domain.replace(/\./g, ' dot ')}`,
    `${local} (at) ${domain}`,
    `${local} [at] ${domain.replace(/\./g, ' [dot] ')}`,
    `${local} AT ${domain.replace(/\./g, ' DOT ')}`,
  ]);
}

type Slot = SetSlot<Person>;
const person = personSlot<Person>;
const value = valueSlot<Person>;
const look = lookSlot<Person>;

const NATIONALITY: Record<Lang, Record<NameLocale, string>> = {
  en: { mg: 'Malagasy', si: 'Sri Lankan', fo: 'Faroese' },
  de: { mg: 'madagassisch', si: 'sri-lankisch', fo: 'färöisch' },
  fr: { mg: 'malgache', si: 'sri-lankaise', fo: 'féroïenne' },
  es: { mg: 'malgache', si: 'esrilanquesa', fo: 'feroesa' },
  it: { mg: 'malgascia', si: 'srilankese', fo: 'faroese' },
  nl: { mg: 'Malagassisch', si: 'Sri Lankaans', fo: 'Faeröers' },
};

const COUNTRY_OF: Record<NameLocale, string> = { mg: 'MG', si: 'LK', fo: 'DK' };

/** The national id of the person's own country: a Malagasy CIN (by sex), a Sri Lankan NIC (birth date and sex), a
 * Faroese P-tal or, for a Faroese living in Denmark, a CPR number (birth date). */
function homeId(c: Context, p: Person): string {
  if (p.locale === 'mg') return v.cin(c.rng, p.female);
  if (p.locale === 'si') return v.nic(c.rng, p.female, birthOf(c, p));
  return c.rng.chance(0.7) ? v.ptal(c.rng, birthOf(c, p)) : v.cpr(c.rng, p.female, birthOf(c, p));
}

/** How often a Spanish id is a DNI rather than an NIE. */
const DNI_SHARE = 0.5;

/** A national id of the document language's countries, the birth-coded ones from the person's birth date. */
function nationalId(c: Context, p: Person): string {
  return nationalIdOf(
    c.rng,
    c.lang,
    {
      female: p.female,
      birth: () => birthOf(c, p),
      codiceFiscale: () => v.codiceFiscaleOf(fold(p.surname), fold(p.given), p.female, birthOf(c, p), c.rng.pick(BELFIORE)),
    },
    DNI_SHARE,
  );
}

/** Belfiore codes of Italian towns: Genova, Verona, Bari, Trieste, Parma. */
const BELFIORE = ['D969', 'L781', 'A662', 'L424', 'G337'];

const PEOPLE: Record<string, Slot> = {
  // F "Given Surname", O official form (Malagasy SURNAME first, Sinhalese with the ge-name), G given name, g given
  // name in lower case, S surname, U "SURNAME Given", A full name in capitals, n full name in lower case, I initials
  // and surname, N any form, R "Surname, Given", T "Given S.", W full name without diacritics, H a handle, E e-mail,
  // M e-mail spelled out
  F: person((_, p) => full(p)),
  O: person((_, p) => official(p)),
  G: person((_, p) => p.given),
  g: person((_, p) => p.given.toLowerCase()),
  S: person((_, p) => p.surname),
  U: person((_, p) => `${p.surname.toUpperCase()} ${p.given}`),
  A: person((_, p) => full(p).toUpperCase()),
  n: person((_, p) => full(p).toLowerCase()),
  I: person((_, p) => initials(p)),
  N: person((c, p) => anyForm(c.rng, p)),
  R: person((_, p) => `${p.surname}, ${givens(p)}`),
  T: person((_, p) => `${p.given} ${p.surname[0]}.`),
  W: person((_, p) => folded(p)),
  H: person((c, p) => {
    const g = ascii(p.given);
    const s = ascii(p.surname.split(' ').at(-1)!);
    const forms = [`${g}.${s}`, `${s}.${g}`, `${g}-${s}`, `${g}${s[0]}`, `${s}-${g[0]}`];
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
  PHONES: value('PHONE', (c, p) => v.spacedPhone(c.rng, c.lang, p.locale)),
  ADDR: value('ADDRESS', (c) => v.address(c.rng, c.lang)),
  ADDRL: value('ADDRESS', (c) => v.address(c.rng, c.lang, true)),
  ADDRH: value('ADDRESS', (c, p) => v.homeAddress(c.rng, p.locale)),
  ADDRHL: value('ADDRESS', (c, p) => v.homeAddress(c.rng, p.locale, true)),
  DOB: dob(1950, 2003),
  DOBK: dob(2011, 2019),
  DOBO: dob(1925, 1950),
  DOBI: value('DATE_OF_BIRTH', (c, p) => {
    const b = birthOf(c, p);
    return `${b.y}-${String(b.m).padStart(2, '0')}-${String(b.d).padStart(2, '0')}`;
  }),
  IBAN: value('IBAN', (c) => v.iban(c.rng, c.lang)),
  IBANH: value('IBAN', (c, p) => v.ibanOf(c.rng, p.locale === 'fo' ? c.rng.pick(['FO', 'DK']) : p.locale === 'mg' ? 'MG' : 'GB')),
  CARD: value('CREDIT_CARD', (c) => v.card(c.rng)),
  NID: value('NATIONAL_ID', nationalId),
  HOMEID: value('NATIONAL_ID', homeId),
  NINO: value('NATIONAL_ID', (c) => v.nino(c.rng)),
  CIN: value('NATIONAL_ID', (c, p) => v.cin(c.rng, p.female)),
  NIC: value('NATIONAL_ID', (c, p) => v.nic(c.rng, p.female, birthOf(c, p))),
  PTAL: value('NATIONAL_ID', (c, p) => v.ptal(c.rng, birthOf(c, p))),
  SSN: value('SSN', (c) => v.ssn(c.rng)),
  PASSPORT: value('PASSPORT', (c) => v.passportFor(c.rng, c.lang)),
  PASSHOME: value('PASSPORT', (c, p) => v.passportOf(c.rng, COUNTRY_OF[p.locale])),
  DL: value('DRIVER_LICENSE', (c, p) => v.driverLicense(c.rng, c.lang, p.surname, p.given, p.female, birthOf(c, p))),
  SORT: value('BANK_ACCOUNT', (c) => v.ukSortCode(c.rng)),
  UKACC: value('BANK_ACCOUNT', (c) => v.ukAccount(c.rng)),
  ROUT: value('BANK_ACCOUNT', (c) => v.usRouting(c.rng)),
  USACC: value('BANK_ACCOUNT', (c) => v.usAccount(c.rng)),
  KEY: value('SECRET', (c) => v.apiKey(c.rng)),
  AWSID: value('SECRET', (c) => v.awsKeyPair(c.rng).id),
  AWSKEY: value('SECRET', (c) => v.awsKeyPair(c.rng).secret),
  JWT: value('SECRET', (c) => v.jwt(c.rng)),
  PWD: value('SECRET', (c) => v.password(c.rng, c.lang)),
  PHRASE: value('SECRET', (c) => v.passphrase(c.rng, c.lang)),
  CONN: value('SECRET', (c) => v.connectionString(c.rng)),
  PKEY: value('SECRET', (c) => v.privateKey(c.rng)),
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
  NUM: look((c) => String(c.rng.int(2, 48))),
  TIME: look((c) => `${String(c.rng.int(7, 21)).padStart(2, '0')}:${c.rng.pick(['00', '15', '30', '45', '10', '50'])}`),
  C: look((c) => c.carrier()),
  /** The person's nationality as a word of the document's language (not personal data on its own). */
  NAT: (c, p) => plain(NATIONALITY[c.lang][p.locale]),
};

const SLOTS: Record<string, Slot> = { ...PEOPLE, ...VALUES, ...LOOKS };

// The person markers ({{f2}}, {{k3}} …) are read by the shared genders(); what kin share is drawPeople's below.
export { genders };

/** The surname of kin of `first`, in the form of the kin's gender (a Faroese patronymic changes -son/-dóttir). */
function kinSurname(first: Person, female: boolean): string {
  return first.surname.replace(/(son|dóttir)$/, female ? 'dóttir' : 'son');
}

/** The document's three people: drawn one by one, kin taking person 1's locale and surname; no two share a name. */
export function drawPeople(rng: Rng, pool: NamePool, marks: Omit<Marks, 'text'>): Person[] {
  const people: Person[] = [];
  for (let i = 0; i < 3; i++) {
    const first = people[0];
    const kin = marks.kin[i] && first !== undefined;
    const locale = first && (marks.kin[i] || marks.sameLocale[i]) ? first.locale : undefined;
    let p = drawPerson(rng, pool, marks.gender[i], locale);
    const clash = (q: Person): boolean =>
      people.some((o) => o.given === q.given || (!kin && o.surname === q.surname) || o.given === q.surname || o.surname === q.given);
    while (clash(p)) p = drawPerson(rng, pool, marks.gender[i], locale);
    people.push(kin ? { ...p, surname: kinSurname(first, p.female), ge: first.ge } : p);
  }
  return people;
}

export const { hasLabelledSlot, unknownSlots, fillTemplate } = templateSlots(SLOTS, LOOKS);
