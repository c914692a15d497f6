// The template machinery that test/pii-blind5 … test/pii-blind11 each held as a copy: person markers, the slot
// syntax and filling, the slot makers, a document's birth dates, the national ids of the six languages' countries
// (pii-blind6 on), and (pii-blind9 … pii-blind11) the e-mail forms and the unlabelled look-alike slots. A set keeps
// its own people, names and values and passes them in; every helper draws the same random numbers in the same order
// as the copies did, so each set rebuilds byte for byte.
import type { Rng } from '../pii-independent/rng.ts';
import type { Lang, Piece } from './doc.ts';
import { labelled, plain } from './doc.ts';
import type { Kind } from './set-generate.ts';
import type { Birth } from './set-values.ts';
import {
  ahv,
  belgianRrn,
  bsn,
  card,
  dni,
  drawBirth,
  nhs,
  nie,
  nino,
  nir,
  notACard,
  pps,
  ssn,
  steuerId,
  svnr,
  testCard,
  ukAccount,
  ukSortCode,
  usAccount,
  usRouting,
} from './set-values.ts';
import type { SecretGenerators } from './set-generators.ts';
import {
  amount,
  apiKey,
  awsKeyPair,
  cidr,
  coordinates,
  dateIn,
  docIp,
  ip,
  jwt,
  otherDate,
  privateKey,
  timestamp,
  version,
} from './set-generators.ts';

/** What filling one document's template needs; `P` is the set's person. */
export interface TemplateContext<P> {
  rng: Rng;
  lang: Lang;
  people: readonly P[];
  carrier: () => string;
  /** Each person's e-mail address in this document, so that every mention of it is the same address. */
  emails: Map<P, string>;
  /** Each person's chat handle in this document, the same at every mention. */
  handles: Map<P, string>;
  /** Each person's birth date in this document, shared by every birth date and every id that encodes it. */
  births: Map<P, Birth>;
}

/** What a slot becomes for one person of the document: one piece or several (a name and its honorific). */
export type Slot<P> = (c: TemplateContext<P>, p: P) => Piece | Piece[];

// ---- slot makers ----

/** A birth date drawn in [from, to] (set-values' drawBirth, or a set's own). */
export type DrawBirth = (rng: Rng, from: number, to: number) => Birth;

/** The person's birth date in this document: drawn in [from, to] at its first use, the same at every later one. */
export function birthIn<P>(c: TemplateContext<P>, p: P, from: number, to: number, draw: DrawBirth = drawBirth): Birth {
  if (!c.births.has(p)) c.births.set(p, draw(c.rng, from, to));
  return c.births.get(p)!;
}

/** A form of the person's name, labelled PERSON. */
export const personSlot =
  <P>(f: (c: TemplateContext<P>, p: P) => string): Slot<P> =>
  (c, p) =>
    labelled('PERSON', f(c, p));

/** A value of the given label. */
export const valueSlot =
  <P>(type: string, f: (c: TemplateContext<P>, p: P) => string): Slot<P> =>
  (c, p) =>
    labelled(type, f(c, p));

/** A look-alike or filler: never labelled. */
export const lookSlot =
  <P>(f: (c: TemplateContext<P>) => string): Slot<P> =>
  (c) =>
    plain(f(c));

/** A date spelled the way a set's language spells it. */
export type DateIn = (rng: Rng, lang: Lang, y: number, m: number, day: number) => string;

/** The person's birth date (the set's `birth`, the same in the whole document) in one of the language's spellings. */
export const dobSlot =
  <P>(birth: (c: TemplateContext<P>, p: P) => Birth, dateIn: DateIn): Slot<P> =>
  (c, p) => {
    const b = birth(c, p);
    return labelled('DATE_OF_BIRTH', dateIn(c.rng, c.lang, b.y, b.m, b.d));
  };

// ---- person markers ----

/** A template's person markers, removed before filling: {{f2}} makes person 2 a woman, {{m1}} person 1 a man (for
 * pronouns and gendered nouns around the name); {{k3}} makes person 3 kin of person 1; {{l2}} gives person 2 person
 * 1's locale. What kin share is each set's own (its drawPeople). */
export const PERSON_MARK = /\{\{([fmkl])([1-3])\}\}/g;

export type Marks = { text: string; gender: ('f' | 'm' | undefined)[]; kin: boolean[]; sameLocale: boolean[] };

/** The template without its person markers, the gender each marked person must have, who is kin of person 1 and who
 * shares person 1's locale. */
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

// ---- slots ----

/** The slot syntax: {{X}} or {{X1}}..{{X3}} (the digit says which of the document's three people). */
export const SLOT = /\{\{([A-Za-z]+?)([1-3]?)\}\}/;
const SLOTS_SPLIT = /(\{\{[A-Za-z]+?[1-3]?\}\})/;

/** The slot texts of a template, in order. */
const slotsOf = (template: string): string[] => template.split(SLOTS_SPLIT).filter((_, i) => i % 2 === 1);

/** What a set's slots let it do with a template. */
export interface TemplateSlots<P> {
  /** Whether a template has a slot that is labelled (a person or a value), i.e. whether it makes a sensitive text. */
  hasLabelledSlot(template: string): boolean;
  /** Every slot name of a template that the set does not know (a typo). */
  unknownSlots(template: string): string[];
  /** The pieces of a template filled for one document; an unknown slot throws. */
  fillTemplate(template: string, c: TemplateContext<P>): Piece[];
}

/** A set's template operations over its slots (`looks`: those never labelled, a part of `slots`). */
export function templateSlots<P>(slots: Readonly<Record<string, Slot<P>>>, looks: Readonly<Record<string, Slot<P>>>): TemplateSlots<P> {
  return {
    hasLabelledSlot: (template) => slotsOf(template).some((s) => !(SLOT.exec(s)![1]! in looks)),
    unknownSlots: (template) => slotsOf(template).filter((s) => !(SLOT.exec(s)![1]! in slots)),
    fillTemplate(template, c) {
      return template.split(SLOTS_SPLIT).flatMap((part, i) => {
        if (i % 2 === 0) return [plain(part)];
        const m = SLOT.exec(part)!;
        const slot = slots[m[1]!];
        if (!slot) throw new Error(`unknown slot ${part} in: ${template}`);
        return slot(c, c.people[Number(m[2] || 1) - 1]!);
      });
    },
  };
}

/** What a set brings to fill one document: its people and its slots. */
export interface DocumentParts<P, Pool> extends Pick<TemplateSlots<P>, 'hasLabelledSlot' | 'fillTemplate'> {
  drawPeople(rng: Rng, pool: Pool, marks: Omit<Marks, 'text'>): P[];
}

/** The generator's `fill`: the template's markers read, its kind checked against its slots, its people drawn from
 * the pool, its slots filled. */
export function fillDocument<P, Pool>(
  pool: Pool,
  parts: DocumentParts<P, Pool>,
): (rng: Rng, lang: Lang, kind: Kind, template: string, carrier: () => string) => Piece[] {
  return (rng, lang, kind, template, carrier) => {
    const { text: t, ...marks } = genders(template);
    if ((kind === 'pos') !== parts.hasLabelledSlot(t)) throw new Error(`${lang} ${kind} template with the wrong kind of slots: ${t}`);
    const people = parts.drawPeople(rng, pool, marks);
    const c: TemplateContext<P> = { rng, lang, people, carrier, emails: new Map(), handles: new Map(), births: new Map() };
    return parts.fillTemplate(t, c);
  };
}

// ---- e-mail addresses (pii-blind9 … pii-blind11) ----

/** A set's e-mail domains: private mailboxes and employers'. */
export interface EmailDomains {
  readonly personal: readonly string[];
  readonly work: readonly string[];
}

/** An e-mail address from two ASCII name parts `a` and `b`, plain or spelled out to dodge harvesters. */
export function emailAddress(rng: Rng, a: string, b: string, obfuscate: boolean, domains: EmailDomains): string {
  const local = rng.pick([`${a}.${b}`, `${b}.${a}`, `${a[0]}${b}`, `${a}${rng.int(70, 99)}`, `${a}_${b.slice(0, 5)}`, `${a}${b}`]);
  const domain = rng.chance(0.35) ? rng.pick(domains.work) : rng.pick(domains.personal);
  if (!obfuscate) return `${local}@${domain}`;
  return rng.pick([
    `${local.replace(/\./g, ' dot ')} at ${domain.replace(/\./g, ' dot ')}`,
    `${local} (at) ${domain}`,
    `${local} [at] ${domain.replace(/\./g, ' [dot] ')}`,
    `${local}＠${domain}`,
  ]);
}

// ---- national ids of the six languages' countries (pii-blind6 … pii-blind11) ----

/** What a national id needs of its holder; `birth` and `codiceFiscale` are called only when the id encodes them, so
 * the random numbers are drawn where the copies drew them. */
export interface IdHolder {
  female: boolean;
  birth: () => Birth;
  /** The holder's codice fiscale, by the set's own rule for which name parts and which town of birth it takes. */
  codiceFiscale: () => string;
  /** The INSEE code of the holder's country of birth, for a set whose NIR encodes it (born abroad). */
  nirCountry?: string;
}

/** A national id of the document language's countries, the birth-coded ones from the holder's birth date; Spanish
 * ids are a DNI with probability `dniShare`, an NIE otherwise. */
export function nationalIdOf(r: Rng, lang: Lang, h: IdHolder, dniShare = 0.3): string {
  switch (lang) {
    case 'en':
      return r.pick([nhs, nino, pps])(r);
    case 'de':
      return r.pick([() => steuerId(r), () => svnr(r, h.birth()), () => ahv(r)])();
    case 'fr':
      return r.chance(0.6) ? nir(r, h.female, h.birth(), h.nirCountry) : belgianRrn(r, h.female, h.birth());
    case 'es':
      return r.chance(dniShare) ? dni(r) : nie(r);
    case 'it':
      return h.codiceFiscale();
    case 'nl':
      return r.chance(0.7) ? bsn(r) : belgianRrn(r, h.female, h.birth());
  }
}

// ---- look-alikes (pii-blind9 … pii-blind11) ----

/** The look-alike generators that are a set's own (they avoid its IBAN lengths or end in its parcel countries). */
export interface LookValues {
  orderNumber(rng: Rng): string;
  notAnIban(rng: Rng, lang: Lang): string;
  commitHash(rng: Rng): string;
  uuid(rng: Rng): string;
  isbn(rng: Rng): string;
  tracking(rng: Rng): string;
}

/** Slots that are never labelled: look-alikes and filler, and the person's nationality (a word of the document's
 * language; not personal data on its own). */
export function lookSlots<P>(v: LookValues, nationality: (lang: Lang, p: P) => string): Record<string, Slot<P>> {
  return {
    DATE: lookSlot((c) => otherDate(c.rng, c.lang)),
    ORDER: lookSlot((c) => v.orderNumber(c.rng)),
    VER: lookSlot((c) => version(c.rng)),
    NOCARD: lookSlot((c) => notACard(c.rng)),
    TESTCARD: lookSlot((c) => testCard(c.rng)),
    NOIBAN: lookSlot((c) => v.notAnIban(c.rng, c.lang)),
    SHA: lookSlot((c) => v.commitHash(c.rng)),
    UUID: lookSlot((c) => v.uuid(c.rng)),
    ISBN: lookSlot((c) => v.isbn(c.rng)),
    TS: lookSlot((c) => timestamp(c.rng)),
    AMOUNT: lookSlot((c) => amount(c.rng, c.lang)),
    DOCIP: lookSlot((c) => docIp(c.rng)),
    CIDR: lookSlot((c) => cidr(c.rng)),
    COORD: lookSlot((c) => coordinates(c.rng)),
    TRACK: lookSlot((c) => v.tracking(c.rng)),
    NUM: lookSlot((c) => String(c.rng.int(2, 48))),
    TIME: lookSlot((c) => `${String(c.rng.int(7, 22)).padStart(2, '0')}:${String(c.rng.int(0, 59)).padStart(2, '0')}`),
    /** A chat export's day: dd/mm/yy. */
    DAY: lookSlot((c) => `${String(c.rng.int(1, 28)).padStart(2, '0')}/${String(c.rng.int(1, 12)).padStart(2, '0')}/${c.rng.int(24, 26)}`),
    C: lookSlot((c) => c.carrier()),
    NAT: (c, p) => plain(nationality(c.lang, p)),
  };
}

// ---- values and contacts (pii-blind12 on) ----

/** The value generators that are a set's own (its phone formats, streets, banks and secrets' words). */
export interface OwnValues extends SecretGenerators {
  phone(rng: Rng, lang: Lang): string;
  address(rng: Rng, lang: Lang, multi?: boolean): string;
  iban(rng: Rng, lang: Lang): string;
  passportFor(rng: Rng, lang: Lang): string;
}

/** The value slots every set from pii-blind12 on has: the language's phones, addresses, IBANs and passports (the
 * set's), birth dates (`birth`: the person's, the same in the whole document), cards, the British and US ids and
 * bank accounts, secrets and host addresses. */
export function valueSlots<P>(v: OwnValues, birth: (c: TemplateContext<P>, p: P) => Birth): Record<string, Slot<P>> {
  const value = valueSlot<P>;
  return {
    PHONE: value('PHONE', (c) => v.phone(c.rng, c.lang)),
    ADDR: value('ADDRESS', (c) => v.address(c.rng, c.lang)),
    ADDRL: value('ADDRESS', (c) => v.address(c.rng, c.lang, true)),
    DOB: dobSlot(birth, dateIn),
    DOBI: value('DATE_OF_BIRTH', (c, p) => {
      const b = birth(c, p);
      return `${b.y}-${String(b.m).padStart(2, '0')}-${String(b.d).padStart(2, '0')}`;
    }),
    IBAN: value('IBAN', (c) => v.iban(c.rng, c.lang)),
    CARD: value('CREDIT_CARD', (c) => card(c.rng)),
    NINO: value('NATIONAL_ID', (c) => nino(c.rng)),
    NHS: value('NATIONAL_ID', (c) => nhs(c.rng)),
    SSN: value('SSN', (c) => ssn(c.rng)),
    PASSPORT: value('PASSPORT', (c) => v.passportFor(c.rng, c.lang)),
    SORT: value('BANK_ACCOUNT', (c) => ukSortCode(c.rng)),
    UKACC: value('BANK_ACCOUNT', (c) => ukAccount(c.rng)),
    ROUT: value('BANK_ACCOUNT', (c) => usRouting(c.rng)),
    USACC: value('BANK_ACCOUNT', (c) => usAccount(c.rng)),
    KEY: value('SECRET', (c) => apiKey(c.rng)),
    AWSID: value('SECRET', (c) => awsKeyPair(c.rng).id),
    AWSKEY: value('SECRET', (c) => awsKeyPair(c.rng).secret),
    JWT: value('SECRET', (c) => jwt(c.rng)),
    PWD: value('SECRET', (c) => v.password(c.rng, c.lang)),
    PHRASE: value('SECRET', (c) => v.passphrase(c.rng, c.lang)),
    CONN: value('SECRET', (c) => v.connectionString(c.rng)),
    PEM: value('SECRET', (c) => privateKey(c.rng)),
    BASE: value('SECRET', (c) => v.base64Password(c.rng, c.lang)),
    IP: value('IP_ADDRESS', (c) => ip(c.rng)),
  };
}

/** The slots of a person's contacts: H a chat handle (the same in the whole document), E an e-mail address (the same
 * too), M an e-mail address spelled out; `parts` are the two ASCII parts of the person's name they are made of. */
export function contactSlots<P>(parts: (p: P) => [string, string], domains: (p: P) => EmailDomains): Record<string, Slot<P>> {
  const email = (rng: Rng, p: P, obfuscate: boolean): string => {
    const [a, b] = parts(p);
    return emailAddress(rng, a, b, obfuscate, domains(p));
  };
  return {
    H: personSlot<P>((c, p) => {
      const [a, b] = parts(p);
      const forms = [`${a}.${b}`, `${b}.${a}`, `${a}-${b}`, `${a}${b[0]}`, `${a}${b}`, `${b}${a[0]}`];
      if (!c.handles.has(p)) c.handles.set(p, c.rng.pick(forms));
      return c.handles.get(p)!;
    }),
    E: (c, p) => {
      if (!c.emails.has(p)) c.emails.set(p, email(c.rng, p, false));
      return labelled('EMAIL', c.emails.get(p)!);
    },
    M: (c, p) => labelled('EMAIL', email(c.rng, p, true)),
  };
}

// ---- the forms of a name (pii-blind12 on) ----

/** What the forms of a person's name are made of: the given names as written, the one the person is called by (the
 * first), and the family name. */
export interface NamedPerson {
  given: string;
  called: string;
  surname: string;
}

/** The slots of a name's forms, labelled PERSON: F full name (Western order), G the name the person is called by, g
 * the same in lower case, S family name, U FAMILY NAME first, A full name in capitals, n in lower case, I initial
 * and family name, R "Family, Given", T "Given F.", W the name in the person's own country's order (`native`), V the
 * same in capitals, N any form (the plain full name most often). */
export function nameFormSlots<P extends NamedPerson>(native: (p: P) => string): Record<string, Slot<P>> {
  const full = (p: P): string => `${p.given} ${p.surname}`;
  /** The name as an official form writes it: FAMILY NAME in capitals, then the given names. */
  const familyFirst = (p: P): string => `${p.surname.toUpperCase()} ${p.given}`;
  const initials = (p: P): string => `${p.called[0]}. ${p.surname}`;
  const commaForm = (p: P): string => `${p.surname}, ${p.given}`;
  const shortForm = (p: P): string => `${p.called} ${p.surname[0]}.`;
  const anyForm = (rng: Rng, p: P): string =>
    rng.pick([
      () => full(p),
      () => full(p),
      () => native(p),
      () => familyFirst(p),
      () => full(p).toLowerCase(),
      () => initials(p),
      () => commaForm(p),
      () => native(p).toUpperCase(),
      () => shortForm(p),
      () => p.called,
    ])();
  const person = personSlot<P>;
  return {
    F: person((_, p) => full(p)),
    G: person((_, p) => p.called),
    g: person((_, p) => p.called.toLowerCase()),
    S: person((_, p) => p.surname),
    U: person((_, p) => familyFirst(p)),
    A: person((_, p) => full(p).toUpperCase()),
    n: person((_, p) => full(p).toLowerCase()),
    I: person((_, p) => initials(p)),
    R: person((_, p) => commaForm(p)),
    T: person((_, p) => shortForm(p)),
    W: person((_, p) => native(p)),
    V: person((_, p) => native(p).toUpperCase()),
    N: person((c, p) => anyForm(c.rng, p)),
  };
}
