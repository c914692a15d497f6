// Fills this set's templates. A slot is written {{X}} or {{X1}}..{{X3}} (the digit says which of the document's
// three people a person slot belongs to); each slot becomes a piece, labelled when it is personal data, so spans are
// recorded exactly as the value is appended (../pii-blind/doc.ts). An unknown slot throws: a double brace in a
// template is a slot or a typo. Single braces (JSON, `${DB_PASS}`) are plain text.
import type { Lang, Piece } from '../pii-blind/doc.ts';
import { labelled, plain } from '../pii-blind/doc.ts';
import type { Rng } from '../pii-independent/rng.ts';
import type { NameLocale, NamePool } from './names.ts';
import * as v from './values.ts';

export interface Person {
  locale: NameLocale;
  /** The given name as this document writes it: "Min-jun" or "Minjun" for a Korean, "Aaminath" for a Maldivian. */
  given: string;
  surname: string;
  /** Korean order, surname first ("Kang Min-jun"), for the plain full name. */
  surnameFirst: boolean;
}

export interface Context {
  rng: Rng;
  lang: Lang;
  people: readonly Person[];
  carrier: () => string;
  /** Each person's e-mail address in this document, so that every mention of it is the same address. */
  emails: Map<Person, string>;
}

/** A hyphenated Korean given name runs together only where that reads one way ("Minjun", not "Hangyeol" for
 * Han-gyeol or "Seola" for Seol-a). */
export function joinable(given: string): boolean {
  const parts = given.toLowerCase().split('-');
  for (let i = 1; i < parts.length; i++) {
    const prev = parts[i - 1]!;
    const next = parts[i]!;
    if (/[^aeiouy]$/.test(prev) && /^[aeiouwy]/.test(next)) return false;
    if (/n$/.test(prev) && /^g/.test(next)) return false;
  }
  return true;
}

/** A person of one locale (Korean 70 %, Maldivian 30 %, or the given one), of the marked gender or either. */
export function drawPerson(rng: Rng, pool: NamePool, gender?: 'f' | 'm', only?: NameLocale): Person {
  const locale: NameLocale = only ?? (rng.chance(0.7) ? 'ko' : 'dv');
  const p = pool[locale];
  const female = gender ? gender === 'f' : rng.chance(0.5);
  let given = rng.pick(female ? p.female : p.male);
  const surname = rng.pick([...(female ? p.femaleSurnames : p.maleSurnames), ...p.surnames]);
  if (given.includes('-') && joinable(given) && rng.chance(0.5)) given = given.replace(/-/g, '');
  return { locale, given, surname, surnameFirst: locale === 'ko' && rng.chance(0.45) };
}

const full = (p: Person): string => (p.surnameFirst ? `${p.surname} ${p.given}` : `${p.given} ${p.surname}`);

/** Initials of a given name: "M." or, for a hyphenated Korean name, "M.-J.". */
const initials = (p: Person): string =>
  p.given
    .split('-')
    .map((s) => `${s[0]!.toUpperCase()}.`)
    .join('-');

/** A name written in one of the ways prompts write names; the plain full name most often. */
function anyForm(rng: Rng, p: Person): string {
  return rng.pick([
    () => full(p),
    () => full(p),
    () => full(p),
    () => `${p.given} ${p.surname}`.toLowerCase(),
    () => `${p.surname.toUpperCase()} ${p.given}`,
    () => `${initials(p)} ${p.surname}`,
    () => `${p.surname}, ${p.given}`,
    () => full(p).toUpperCase(),
  ])();
}

const ascii = (s: string): string => s.replace(/[^A-Za-z]/g, '').toLowerCase();

const DOMAINS = [
  'gmail.com',
  'naver.com',
  'daum.net',
  'hotmail.com',
  'icloud.com',
  'gmx.net',
  'laposte.net',
  'telefonica.net',
  'tiscali.it',
  'kpnmail.nl',
  'dhiraagu.com.mv',
  'mail.com',
  'posteo.net',
  'skynet.be',
];
const WORK_DOMAINS = [
  'halvorsen-shipping.com',
  'brightwater-dental.co.uk',
  'kranich-bau.de',
  'maison-lecoeur.fr',
  'bodegas-arriaga.es',
  'fonderia-pallotta.it',
  'houtzagerij-dekker.nl',
];

function email(rng: Rng, p: Person, obfuscate: boolean): string {
  const g = ascii(p.given);
  const s = ascii(p.surname);
  const ini = p.given
    .split('-')
    .map((x) => x[0]!.toLowerCase())
    .join('');
  const local = rng.pick([
    `${g}.${s}`,
    `${ini}.${s}`,
    `${s}.${g}`,
    `${g}${rng.int(80, 99)}`,
    `${s}${ini}`,
    `${g}_${s}`,
    `${ini}${s}${rng.int(1, 9)}`,
  ]);
  const domain = rng.chance(0.3) ? rng.pick(WORK_DOMAINS) : rng.pick(DOMAINS);
  if (!obfuscate) return `${local}@${domain}`;
  return rng.pick([
    `${local.replace(/\./g, ' dot ')} at ${domain.replace(/\./g, ' dot ')}`,
    `${local} (at) ${domain}`,
    `${local} [at] ${domain.replace(/\./g, ' [dot] ')}`,
    `${local} AT ${domain.replace(/\./g, ' DOT ')}`,
    `${local}＠${domain}`,
  ]);
}

type Slot = (c: Context, p: Person) => Piece;
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

const NATIONAL_BY_LANG: Record<Lang, string[]> = {
  en: ['nhs', 'nino', 'pps'],
  de: ['steuerId', 'rvnr', 'svnr', 'ahv'],
  fr: ['nir', 'belgianRrn', 'ahv'],
  es: ['dni', 'nie'],
  it: ['codiceFiscale'],
  nl: ['bsn', 'belgianRrn'],
};
const nid =
  (scheme: string): Slot =>
  (c) =>
    labelled('NATIONAL_ID', v.NATIONAL_IDS[scheme]!(c.rng));

const PEOPLE: Record<string, Slot> = {
  // F full name (Korean order for some Koreans), G given name, g given name in lower case, S surname, U "SURNAME
  // Given", A full name in capitals, n full name in lower case, I "M. Surname" or "M.-J. Surname", N any form,
  // R "Surname, Given", T "Given S.", W the Western order "Given Surname" always, K the Korean order for a Korean,
  // E e-mail, O e-mail spelled out
  F: person((_, p) => full(p)),
  G: person((_, p) => p.given),
  g: person((_, p) => p.given.toLowerCase()),
  S: person((_, p) => p.surname),
  U: person((_, p) => `${p.surname.toUpperCase()} ${p.given}`),
  A: person((_, p) => full(p).toUpperCase()),
  n: person((_, p) => full(p).toLowerCase()),
  I: person((_, p) => `${initials(p)} ${p.surname}`),
  N: person((c, p) => anyForm(c.rng, p)),
  R: person((_, p) => `${p.surname}, ${p.given}`),
  T: person((_, p) => `${p.given} ${p.surname[0]}.`),
  W: person((_, p) => `${p.given} ${p.surname}`),
  K: person((_, p) => (p.locale === 'ko' ? `${p.surname} ${p.given}` : full(p))),
  E: (c, p) => {
    if (!c.emails.has(p)) c.emails.set(p, email(c.rng, p, false));
    return labelled('EMAIL', c.emails.get(p)!);
  },
  O: (c, p) => labelled('EMAIL', email(c.rng, p, true)),
};

const VALUES: Record<string, Slot> = {
  PHONE: value('PHONE', (c) => v.phone(c.rng, c.lang)),
  PHONEX: value('PHONE', (c) => v.foreignPhone(c.rng)),
  PHONEW: value('PHONE', (c) => v.spokenPhone(c.rng, c.lang)),
  PHONES: value('PHONE', (c) => v.spacedPhone(c.rng, c.lang)),
  ADDR: value('ADDRESS', (c) => v.address(c.rng, c.lang)),
  ADDRL: value('ADDRESS', (c) => v.address(c.rng, c.lang, true)),
  DOB: value('DATE_OF_BIRTH', (c) => v.birthDate(c.rng, c.lang)),
  DOBK: value('DATE_OF_BIRTH', (c) => v.birthDate(c.rng, c.lang, 2010, 2020)),
  DOBO: value('DATE_OF_BIRTH', (c) => v.birthDate(c.rng, c.lang, 1926, 1950)),
  DOBY: value('DATE_OF_BIRTH', (c) => v.birthDate(c.rng, c.lang, 1958, 1990)),
  DOBI: value(
    'DATE_OF_BIRTH',
    (c) => `${c.rng.int(1948, 2005)}-${String(c.rng.int(1, 12)).padStart(2, '0')}-${String(c.rng.int(1, 28)).padStart(2, '0')}`,
  ),
  IBAN: value('IBAN', (c) => v.iban(c.rng, c.lang)),
  CARD: value('CREDIT_CARD', (c) => v.card(c.rng)),
  NID: (c, p) => nid(c.rng.pick(NATIONAL_BY_LANG[c.lang]))(c, p),
  NHS: nid('nhs'),
  NINO: nid('nino'),
  PPS: nid('pps'),
  STID: nid('steuerId'),
  RVNR: nid('rvnr'),
  SVNR: nid('svnr'),
  AHV: nid('ahv'),
  NIR: nid('nir'),
  BRRN: nid('belgianRrn'),
  DNI: nid('dni'),
  NIE: nid('nie'),
  CF: nid('codiceFiscale'),
  BSN: nid('bsn'),
  KRRN: nid('krRrn'),
  SIN: value('NATIONAL_ID', (c) => v.sin(c.rng)),
  SSN: value('SSN', (c) => v.ssn(c.rng)),
  PASSPORT: value('PASSPORT', (c) => v.passport(c.rng, c.lang)),
  DL: value('DRIVER_LICENSE', (c, p) => v.driverLicense(c.rng, c.lang, p.surname)),
  SORT: value('BANK_ACCOUNT', (c) => v.ukSortCode(c.rng)),
  UKACC: value('BANK_ACCOUNT', (c) => v.ukAccount(c.rng)),
  ROUT: value('BANK_ACCOUNT', (c) => v.usRouting(c.rng)),
  USACC: value('BANK_ACCOUNT', (c) => v.usAccount(c.rng)),
  RIB: value('BANK_ACCOUNT', (c) => v.rib(c.rng)),
  CCC: value('BANK_ACCOUNT', (c) => v.ccc(c.rng)),
  NLACC: value('BANK_ACCOUNT', (c) => v.dutchAccount(c.rng)),
  BEACC: value('BANK_ACCOUNT', (c) => v.belgianAccount(c.rng)),
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
  AMOUNT: look((c) => v.amount(c.rng, c.lang)),
  DOCIP: look((c) => v.docIp(c.rng)),
  CIDR: look((c) => v.cidr(c.rng)),
  NUM: look((c) => String(c.rng.int(2, 48))),
  C: look((c) => c.carrier()),
};

const SLOTS: Record<string, Slot> = { ...PEOPLE, ...VALUES, ...LOOKS };

/** A template's person markers, removed before filling: {{f2}} makes person 2 a woman, {{m1}} person 1 a man (for
 * pronouns and gendered nouns around the name); {{k3}} makes person 3 kin of person 1, of the same locale and with
 * the same surname (a son, a daughter). */
export const PERSON_MARK = /\{\{([fmk])([1-3])\}\}/g;

/** The template without its person markers, the gender each marked person must have, and who is kin of person 1. */
export function genders(template: string): { text: string; gender: ('f' | 'm' | undefined)[]; kin: boolean[] } {
  const gender: ('f' | 'm' | undefined)[] = [undefined, undefined, undefined];
  const kin = [false, false, false];
  for (const m of template.matchAll(PERSON_MARK)) {
    if (m[1] === 'k') kin[Number(m[2]) - 1] = true;
    else gender[Number(m[2]) - 1] = m[1] as 'f' | 'm';
  }
  return { text: template.replace(PERSON_MARK, ''), gender, kin };
}

/** The document's three people: drawn one by one, kin taking person 1's locale and surname. */
export function drawPeople(rng: Rng, pool: NamePool, gender: readonly ('f' | 'm' | undefined)[], kin: readonly boolean[]): Person[] {
  const people: Person[] = [];
  for (let i = 0; i < 3; i++) {
    const first = people[0];
    const p = drawPerson(rng, pool, gender[i], kin[i] && first ? first.locale : undefined);
    people.push(kin[i] && first ? { ...p, surname: first.surname, surnameFirst: first.surnameFirst } : p);
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

/** The pieces of a template filled for one document. */
export function fillTemplate(template: string, c: Context): Piece[] {
  const parts = template.split(SLOTS_SPLIT);
  return parts.map((part, i) => {
    if (i % 2 === 0) return plain(part);
    const m = SLOT.exec(part)!;
    const slot = SLOTS[m[1]!];
    if (!slot) throw new Error(`unknown slot ${part} in: ${template}`);
    return slot(c, c.people[Number(m[2] || 1) - 1]!);
  });
}
