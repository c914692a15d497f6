// Fills this set's templates. A slot is written {NAME} or {NAME1}..{NAME3} (a person slot's digit says which of the
// document's three people it is); each slot becomes a piece, labelled when it is personal data, so spans are
// recorded exactly (../pii-blind/doc.ts). An unknown slot throws: a brace in a template is either a slot or a typo.
import type { Rng } from '../pii-independent/rng.ts';
import type { Lang, Piece } from '../pii-blind/doc.ts';
import { labelled, plain } from '../pii-blind/doc.ts';
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

export function drawPerson(rng: Rng, pool: NamePool): Person {
  return { given: rng.pick(pool.given), given2: rng.pick(pool.given), surname: rng.pick(pool.surnames), surname2: rng.pick(pool.surnames) };
}

// Particles that check.ts treats as shared by everyone's names, not as a name token of their own.
const PARTICLES = ['van', 'de', 'da', 'di', 'von', 'del', 'ben', 'ter', 'du'];

/** The many ways a name is written in prompts; weights favour the plain "Given Surname". */
function nameForm(rng: Rng, p: Person): string {
  const forms: (() => string)[] = [
    () => `${p.given} ${p.surname}`,
    () => `${p.given} ${p.surname}`,
    () => `${p.given} ${p.surname}`,
    () => `${p.surname}, ${p.given}`,
    () => `${p.surname.toUpperCase()} ${p.given}`,
    () => `${p.given} ${p.surname}`.toLowerCase(),
    () => `${p.given[0]}. ${p.surname}`,
    () => `${p.given} ${p.surname}-${p.surname2}`,
    () => `${p.given} ${rng.pick(PARTICLES)} ${p.surname}`,
    () => `${p.given} ${p.given2} ${p.surname}`,
    () => `${p.given} ${p.surname}`.toUpperCase(),
  ];
  return rng.pick(forms)();
}

const ascii = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase();

const DOMAINS = [
  'gmail.com',
  'icloud.com',
  'hotmail.com',
  'inbox.lv',
  'yahoo.co.uk',
  'freenet.de',
  'laposte.net',
  'telefonica.net',
  'tiscali.it',
  'kpnmail.nl',
  'skynet.be',
  'bluewin.ch',
];

function email(rng: Rng, p: Person, obfuscate: boolean): string {
  const g = ascii(p.given);
  const s = ascii(p.surname);
  const local = rng.pick([`${g}.${s}`, `${g[0]}.${s}`, `${s}${g[0]}`, `${g}${rng.int(1, 9)}${rng.int(0, 9)}`, `${g}-${s}`, `${s}.${g}`]);
  const domain = rng.pick(DOMAINS);
  if (!obfuscate) return `${local}@${domain}`;
  const spoken = (x: string): string => x.replace(/\./g, ' dot ');
  return rng.pick([`${spoken(local)} at ${spoken(domain)}`, `${local} [at] ${domain.replace(/\./g, ' [dot] ')}`, `${local}(at)${domain}`]);
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
const lookAlike =
  (f: (c: Context) => string): Slot =>
  (c) =>
    plain(f(c));

const SLOTS: Record<string, Slot> = {
  // people: N any form, F given + surname, G given, g given in lower case, S surname (after a title),
  // U surname in capitals first, n full name in lower case, I initial + surname, E e-mail, O e-mail spelled out
  N: person((c, p) => nameForm(c.rng, p)),
  F: person((_, p) => `${p.given} ${p.surname}`),
  G: person((_, p) => p.given),
  g: person((_, p) => p.given.toLowerCase()),
  S: person((_, p) => p.surname),
  U: person((_, p) => `${p.surname.toUpperCase()} ${p.given}`),
  n: person((_, p) => `${p.given} ${p.surname}`.toLowerCase()),
  I: person((_, p) => `${p.given[0]}. ${p.surname}`),
  E: (c, p) => labelled('EMAIL', email(c.rng, p, false)),
  O: (c, p) => labelled('EMAIL', email(c.rng, p, true)),
  // values
  PHONE: value('PHONE', (c) => v.phone(c.rng, c.lang)),
  ADDR: value('ADDRESS', (c) => v.address(c.rng, c.lang)),
  ADDRL: value('ADDRESS', (c) => v.address(c.rng, c.lang, true)),
  DOB: value('DATE_OF_BIRTH', (c) => v.birthDate(c.rng, c.lang)),
  DOBK: value('DATE_OF_BIRTH', (c) => v.childBirthDate(c.rng, c.lang)),
  DOBI: value('DATE_OF_BIRTH', (c) => isoBirth(c.rng)),
  IBAN: value('IBAN', (c) => v.iban(c.rng, c.lang)),
  CARD: value('CREDIT_CARD', (c) => v.card(c.rng)),
  NID: value('NATIONAL_ID', (c) => v.nationalIdOf(c.rng, c.lang)),
  NINO: value('NATIONAL_ID', (c) => v.nino(c.rng)),
  SVNR: value('NATIONAL_ID', (c) => v.atSvnr(c.rng)),
  AHV: value('NATIONAL_ID', (c) => v.chAhv(c.rng)),
  BENN: value('NATIONAL_ID', (c) => v.beNational(c.rng)),
  NIE: value('NATIONAL_ID', (c) => v.esNie(c.rng)),
  KEY: value('SECRET', (c) => v.apiKey(c.rng)),
  PWD: value('SECRET', (c) => v.password(c.rng)),
  CONN: value('SECRET', (c) => v.connectionString(c.rng)),
  // look-alikes and filler, never labelled
  DATE: lookAlike((c) => v.otherDate(c.rng, c.lang)),
  ORDER: lookAlike((c) => v.orderNumber(c.rng)),
  VER: lookAlike((c) => v.version(c.rng)),
  NOCARD: lookAlike((c) => v.notACard(c.rng)),
  NOIBAN: lookAlike((c) => v.notAnIban(c.rng)),
  AMOUNT: lookAlike((c) => v.amount(c.rng, c.lang)),
  SHA: lookAlike((c) => v.commitHash(c.rng)),
  UUID: lookAlike((c) => v.uuid(c.rng)),
  C: lookAlike((c) => c.carrier()),
};

function isoBirth(rng: Rng): string {
  return `${rng.int(1941, 2009)}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`;
}

/** The pieces of a template filled for one document. */
export function fillTemplate(template: string, c: Context): Piece[] {
  return template.split(/(\{[A-Za-z]+[1-3]?\})/).map((part, i) => {
    if (i % 2 === 0) return plain(part);
    const m = /^\{([A-Za-z]+?)([1-3]?)\}$/.exec(part)!;
    const slot = SLOTS[m[1]!];
    if (!slot) throw new Error(`unknown slot ${part} in: ${template}`);
    return slot(c, c.people[Number(m[2] || 1) - 1]!);
  });
}
