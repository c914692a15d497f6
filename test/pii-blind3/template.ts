// Fills this set's templates. A slot is written {{X}} or {{X1}}..{{X3}} (the digit says which of the document's
// three people a person slot belongs to); each slot becomes a piece, labelled when it is personal data, so spans are
// recorded exactly as the value is appended (../pii-blind/doc.ts). An unknown slot throws: a double brace in a
// template is a slot or a typo. Single braces (JSON, `${DB_PASS}`) are plain text.
import type { Lang, Piece } from '../pii-blind/doc.ts';
import { labelled, plain } from '../pii-blind/doc.ts';
import type { Rng } from '../pii-independent/rng.ts';
import type { NamePool } from './names.ts';
import * as v from './values.ts';

export interface Person {
  given: string;
  given2: string;
  surname: string;
  surname2: string;
}

export interface Context {
  rng: Rng;
  lang: Lang;
  people: readonly Person[];
  carrier: () => string;
}

/** A person: given names and surnames of one gender (or a surname of either), recombined across locales. */
export function drawPerson(rng: Rng, pool: NamePool, gender?: 'f' | 'm'): Person {
  const female = gender ? gender === 'f' : rng.chance(0.5);
  const given = female ? pool.female : pool.male;
  const surnames = [...(female ? pool.femaleSurnames : pool.maleSurnames), ...pool.surnames];
  return { given: rng.pick(given), given2: rng.pick(given), surname: rng.pick(surnames), surname2: rng.pick(surnames) };
}

/** A name written in one of the ways prompts write names; the plain "Given Surname" most often. */
function anyForm(rng: Rng, p: Person): string {
  return rng.pick([
    () => `${p.given} ${p.surname}`,
    () => `${p.given} ${p.surname}`,
    () => `${p.given} ${p.surname}`,
    () => `${p.given} ${p.surname}`.toLowerCase(),
    () => `${p.given} ${p.surname}`.toUpperCase(),
    () => `${p.given[0]}. ${p.surname}`,
    () => `${p.given} ${p.given2} ${p.surname}`,
    () => `${p.given} ${p.surname}-${p.surname2}`,
    () => `${p.surname}, ${p.given}`,
  ])();
}

const ascii = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase();

const DOMAINS = [
  'posteo.de',
  'gmx.at',
  'orange.fr',
  'free.fr',
  'yahoo.es',
  'libero.it',
  'virgilio.it',
  'ziggo.nl',
  'outlook.com',
  'proton.me',
  'btinternet.com',
  'web.de',
  'telenet.be',
];
const WORK_DOMAINS = [
  'hallbergkitchens.co.uk',
  'vogt-logistik.de',
  'atelier-brume.fr',
  'construcciones-ebro.es',
  'studiolegale-ferri.it',
  'dekoffiebrander.nl',
];

function email(rng: Rng, p: Person, obfuscate: boolean): string {
  const g = ascii(p.given);
  const s = ascii(p.surname);
  const local = rng.pick([`${g}.${s}`, `${g[0]}${s}`, `${s}.${g[0]}`, `${g}${rng.int(70, 99)}`, `${g}_${s}`, `${g}.${s}`]);
  const domain = rng.chance(0.25) ? rng.pick(WORK_DOMAINS) : rng.pick(DOMAINS);
  if (!obfuscate) return `${local}@${domain}`;
  return rng.pick([
    `${local.replace(/\./g, ' dot ')} at ${domain.replace(/\./g, ' dot ')}`,
    `${local} (at) ${domain}`,
    `${local} [at] ${domain.replace(/\./g, ' [dot] ')}`,
    `${local} AT ${domain.replace(/\./g, ' DOT ')}`,
  ]);
}

type Slot = (c: Context, p: Person) => Piece;
const person =
  (f: (c: Context, p: Person) => string): Slot =>
  (c, p) =>
    labelled('PERSON', f(c, p));
const value =
  (type: string, f: (c: Context) => string): Slot =>
  (c) =>
    labelled(type, f(c));
const look =
  (f: (c: Context) => string): Slot =>
  (c) =>
    plain(f(c));

const SLOTS: Record<string, Slot> = {
  // people: F "Given Surname", G given, g given in lower case, S surname, U "SURNAME Given", A full name in capitals,
  // n full name in lower case, I "G. Surname", N any form, H double-barrelled surname, R "Surname, Given",
  // T "Given S.", E e-mail, O e-mail spelled out
  F: person((_, p) => `${p.given} ${p.surname}`),
  G: person((_, p) => p.given),
  g: person((_, p) => p.given.toLowerCase()),
  S: person((_, p) => p.surname),
  U: person((_, p) => `${p.surname.toUpperCase()} ${p.given}`),
  A: person((_, p) => `${p.given} ${p.surname}`.toUpperCase()),
  n: person((_, p) => `${p.given} ${p.surname}`.toLowerCase()),
  I: person((_, p) => `${p.given[0]}. ${p.surname}`),
  N: person((c, p) => anyForm(c.rng, p)),
  H: person((_, p) => `${p.given} ${p.surname}-${p.surname2}`),
  R: person((_, p) => `${p.surname}, ${p.given}`),
  T: person((_, p) => `${p.given} ${p.surname[0]}.`),
  E: (c, p) => labelled('EMAIL', email(c.rng, p, false)),
  O: (c, p) => labelled('EMAIL', email(c.rng, p, true)),
  // values
  PHONE: value('PHONE', (c) => v.phone(c.rng, c.lang)),
  ADDR: value('ADDRESS', (c) => v.address(c.rng, c.lang)),
  ADDRL: value('ADDRESS', (c) => v.address(c.rng, c.lang, true)),
  DOB: value('DATE_OF_BIRTH', (c) => v.birthDate(c.rng, c.lang)),
  DOBK: value('DATE_OF_BIRTH', (c) => v.birthDate(c.rng, c.lang, 2009, 2021)),
  DOBI: value('DATE_OF_BIRTH', (c) => iso(c.rng)),
  IBAN: value('IBAN', (c) => v.iban(c.rng, c.lang)),
  CARD: value('CREDIT_CARD', (c) => v.card(c.rng)),
  NID: value('NATIONAL_ID', (c) => v.nationalId(c.rng, c.lang)),
  NHS: value('NATIONAL_ID', (c) => v.nhs(c.rng)),
  NINO: value('NATIONAL_ID', (c) => v.nino(c.rng)),
  AHV: value('NATIONAL_ID', (c) => v.ahv(c.rng)),
  NIE: value('NATIONAL_ID', (c) => v.nie(c.rng)),
  SSN: value('SSN', (c) => v.ssn(c.rng)),
  PASSPORT: value('PASSPORT', (c) => v.passport(c.rng, c.lang)),
  DL: value('DRIVER_LICENSE', (c) => v.driverLicense(c.rng, c.lang)),
  SORT: value('BANK_ACCOUNT', (c) => v.ukSortCode(c.rng)),
  UKACC: value('BANK_ACCOUNT', (c) => v.ukAccount(c.rng)),
  ROUT: value('BANK_ACCOUNT', (c) => v.usRouting(c.rng)),
  USACC: value('BANK_ACCOUNT', (c) => v.usAccount(c.rng)),
  KEY: value('SECRET', (c) => v.apiKey(c.rng)),
  JWT: value('SECRET', (c) => v.jwt(c.rng)),
  PWD: value('SECRET', (c) => v.password(c.rng, c.lang)),
  CONN: value('SECRET', (c) => v.connectionString(c.rng)),
  IP: value('IP_ADDRESS', (c) => v.ip(c.rng)),
  // look-alikes and filler, never labelled
  DATE: look((c) => v.otherDate(c.rng, c.lang)),
  ORDER: look((c) => v.orderNumber(c.rng)),
  VER: look((c) => v.version(c.rng)),
  NOCARD: look((c) => v.notACard(c.rng)),
  NOIBAN: look((c) => v.notAnIban(c.rng, c.lang)),
  SHA: look((c) => v.commitHash(c.rng)),
  UUID: look((c) => v.uuid(c.rng)),
  AMOUNT: look((c) => v.amount(c.rng, c.lang)),
  DOCIP: look((c) => v.docIp(c.rng)),
  NUM: look((c) => String(c.rng.int(2, 48))),
  C: look((c) => c.carrier()),
};

function iso(rng: Rng): string {
  return `${rng.int(1944, 2005)}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`;
}

/** A template's gender markers: {{f2}} makes person 2 a woman, {{m1}} person 1 a man (for pronouns and
 * gendered nouns around the name); they are removed before filling. */
export const GENDER_MARK = /\{\{([fm])([1-3])\}\}/g;

/** The template without its gender markers, and the gender each marked person must have. */
export function genders(template: string): { text: string; gender: ('f' | 'm' | undefined)[] } {
  const gender: ('f' | 'm' | undefined)[] = [undefined, undefined, undefined];
  for (const m of template.matchAll(GENDER_MARK)) gender[Number(m[2]) - 1] = m[1] as 'f' | 'm';
  return { text: template.replace(GENDER_MARK, ''), gender };
}

/** This set's slot syntax. */
export const SLOT = /\{\{([A-Za-z]+?)([1-3]?)\}\}/;

/** The pieces of a template filled for one document. */
export function fillTemplate(template: string, c: Context): Piece[] {
  const parts = template.split(/(\{\{[A-Za-z]+[1-3]?\}\})/);
  return parts.map((part, i) => {
    if (i % 2 === 0) return plain(part);
    const m = SLOT.exec(part)!;
    const slot = SLOTS[m[1]!];
    if (!slot) throw new Error(`unknown slot ${part} in: ${template}`);
    return slot(c, c.people[Number(m[2] || 1) - 1]!);
  });
}
