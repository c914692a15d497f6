// Templates and their slots. A template is text with slots written {SLOT}; each slot becomes one piece of the
// document, labelled when it is personal data. One document's people are drawn once, so {GIVEN} and {FULL} in the
// same template name the same person.
import type { Rng } from '../pii-independent/rng.ts';
import type { Lang, Piece } from './doc.ts';
import { labelled, plain } from './doc.ts';
import type { NamePool } from './names.ts';
import * as v from './values.ts';

export interface Phrasings {
  /** Sensitive: each template has at least one labelled slot. */
  pos: readonly string[];
  /** Hard negatives: capitalised non-names, placeholders, identifiers, numbers that are not personal data. */
  hard: readonly string[];
  /** Plain negatives, most carrying a real sentence ({CARRIER}). */
  neg: readonly string[];
}

export interface Person {
  given: string;
  given2: string;
  surname: string;
  surname2: string;
}

export interface Context {
  rng: Rng;
  lang: Lang;
  people: [Person, Person, Person];
  carrier: () => string;
}

const PARTICLES = ['van', 'de', 'da', 'du', 'di', 'von', 'ter', 'del', 'ben'];

export function drawPerson(rng: Rng, pool: NamePool): Person {
  const given = rng.pick(pool.given);
  let given2 = rng.pick(pool.given);
  if (given2 === given) given2 = pool.given[(pool.given.indexOf(given) + 1) % pool.given.length]!;
  const surname = rng.pick(pool.surnames);
  let surname2 = rng.pick(pool.surnames);
  if (surname2 === surname) surname2 = pool.surnames[(pool.surnames.indexOf(surname) + 1) % pool.surnames.length]!;
  return { given, given2, surname, surname2 };
}

/** One of the many ways a name is written: lower case, capitals, surname first, initials, double and particle names. */
export function nameForm(rng: Rng, p: Person): string {
  const forms: (() => string)[] = [
    () => `${p.given} ${p.surname}`,
    () => `${p.given} ${p.surname}`.toLowerCase(),
    () => `${p.surname.toUpperCase()} ${p.given}`,
    () => `${p.given[0]}. ${p.surname}`,
    () => `${p.given} ${p.surname}-${p.surname2}`,
    () => `${p.given} ${rng.pick(PARTICLES)} ${p.surname}`,
    () => `${p.given} ${p.given2} ${p.surname}`,
    () => `${p.given.toUpperCase()} ${p.surname.toUpperCase()}`,
    () => `${p.given[0]}.${p.given2[0]}. ${p.surname}`,
    () => `${p.surname.toUpperCase()}`,
    () => `${p.given.toLowerCase()}`,
  ];
  return rng.pick(forms)();
}

function orderId(rng: Rng): string {
  const shapes = [
    () => `#${rng.int(10000, 99999)}`,
    () => `ORD-${rng.int(2023, 2026)}-${rng.digits(6)}`,
    () => `${rng.digits(3)}-${rng.digits(7)}-${rng.digits(7)}`,
    () => `INV/${rng.int(2023, 2026)}/${rng.digits(4)}`,
    () => `${rng.chars(2, 'ABCDEFGHJKLMNPRSTUVWXYZ')}${rng.digits(9)}DE`,
  ];
  for (;;) {
    const id = rng.pick(shapes)();
    const digits = id.replace(/\D/g, '');
    if (digits.length < 13 || v.luhnCheckDigit(digits.slice(0, -1)) !== digits.slice(-1)) return id;
  }
}

function amount(rng: Rng, lang: Lang): string {
  const n = rng.int(12, 4800);
  if (lang === 'en') return rng.pick([`£${n}`, `$${n}`, `€${n}`]);
  if (lang === 'de' || lang === 'nl' || lang === 'es' || lang === 'it') return rng.pick([`${n} €`, `€ ${n},00`, `${n},50 EUR`]);
  return rng.pick([`${n} €`, `${n},00 €`, `${n} CHF`]);
}

function version(rng: Rng): string {
  return rng.pick([
    `${rng.int(1, 24)}.${rng.int(0, 20)}.${rng.int(0, 12)}`,
    `v${rng.int(1, 9)}.${rng.int(0, 30)}`,
    `${rng.int(3, 22)}.${rng.int(0, 9)}`,
  ]);
}

type SlotFill = (c: Context) => Piece;

const person = (c: Context, i: 0 | 1 | 2): Person => c.people[i];

export const SLOTS: Record<string, SlotFill> = {
  FULL: (c) => labelled('PERSON', `${person(c, 0).given} ${person(c, 0).surname}`),
  GIVEN: (c) => labelled('PERSON', person(c, 0).given),
  SUR: (c) => labelled('PERSON', person(c, 0).surname),
  NAME: (c) => labelled('PERSON', nameForm(c.rng, person(c, 0))),
  FULL2: (c) => labelled('PERSON', `${person(c, 1).given} ${person(c, 1).surname}`),
  GIVEN2: (c) => labelled('PERSON', person(c, 1).given),
  SUR2: (c) => labelled('PERSON', person(c, 1).surname),
  NAME2: (c) => labelled('PERSON', nameForm(c.rng, person(c, 1))),
  NAME3: (c) => labelled('PERSON', nameForm(c.rng, person(c, 2))),
  GIVEN3: (c) => labelled('PERSON', person(c, 2).given),
  LOWER: (c) => labelled('PERSON', `${person(c, 0).given} ${person(c, 0).surname}`.toLowerCase()),
  CAPS: (c) => labelled('PERSON', `${person(c, 0).surname.toUpperCase()} ${person(c, 0).given}`),
  INIT: (c) => labelled('PERSON', `${person(c, 0).given[0]}. ${person(c, 0).surname}`),
  EMAIL2: (c) => labelled('EMAIL', v.email(c.rng, person(c, 1).given, person(c, 1).surname)),
  EMAIL: (c) => labelled('EMAIL', v.email(c.rng, person(c, 0).given, person(c, 0).surname)),
  PHONE: (c) => labelled('PHONE', v.phone(c.rng, c.lang)),
  IBAN: (c) => labelled('IBAN', v.iban(c.rng, c.lang)),
  CARD: (c) => labelled('CREDIT_CARD', v.cardNumber(c.rng)),
  ADDR: (c) => labelled('ADDRESS', v.address(c.rng, c.lang)),
  DOB: (c) => labelled('DATE_OF_BIRTH', v.date(c.rng, c.lang)),
  KEY: (c) => labelled('SECRET', v.apiKey(c.rng)),
  PWD: (c) => labelled('SECRET', v.password(c.rng)),
  CONN: (c) => labelled('SECRET', v.connectionString(c.rng)),
  NID: (c) => labelled('NATIONAL_ID', v.nationalId(c.rng, c.lang)),
  DATE: (c) => plain(v.date(c.rng, c.lang, 2024, 2026)),
  ORDER: (c) => plain(orderId(c.rng)),
  VER: (c) => plain(version(c.rng)),
  AMOUNT: (c) => plain(amount(c.rng, c.lang)),
  CARRIER: (c) => plain(c.carrier()),
};

/** The pieces of one template: its text between slots, and each slot's fill. */
export function fillTemplate(template: string, c: Context): Piece[] {
  return template.split(/\{([A-Z0-9]+)\}/).map((part, i) => {
    if (i % 2 === 0) return plain(part);
    const slot = SLOTS[part];
    if (!slot) throw new Error(`no slot ${part}`);
    return slot(c);
  });
}
