// Fills this set's templates. A slot is written {{X}} or {{X1}}..{{X3}} (the digit says which of the document's
// three people a person slot belongs to); each slot becomes a piece, labelled when it is personal data, so spans are
// recorded exactly as the value is appended (../pii-blind/doc.ts). An unknown slot throws: a double brace in a
// template is a slot or a typo. Single braces (JSON, `${DB_PASS}`) are plain text.
import type { Lang } from '../pii-blind/doc.ts';
import { labelled } from '../pii-blind/doc.ts';
import type { Marks, Slot as SetSlot, TemplateContext } from '../pii-blind/set-template.ts';
import { birthIn, dobSlot, genders, lookSlot, personSlot, templateSlots, valueSlot } from '../pii-blind/set-template.ts';
import type { Rng } from '../pii-independent/rng.ts';
import type { NameLocale, NamePool } from './names.ts';
import * as v from './values.ts';

export interface Person {
  locale: NameLocale;
  /** "Xiuying" (pinyin, one word) or "Hao-jan" (Taiwanese Wade–Giles, hyphenated). */
  given: string;
  surname: string;
  female: boolean;
  /** Chinese order, surname first ("Xie Haoran"), for the plain full name. */
  surnameFirst: boolean;
}

export type Context = TemplateContext<Person>;

const birthOf = (c: Context, p: Person, from = 1950, to = 2003): v.Birth => birthIn(c, p, from, to, v.drawBirth);

const dob = (from: number, to: number): Slot => dobSlot((c, p) => birthOf(c, p, from, to), v.dateIn);

/** A person of one locale (zh_CN 60 %, zh_TW 40 %, or the given one), of the marked gender or either. */
export function drawPerson(rng: Rng, pool: NamePool, gender?: 'f' | 'm', only?: NameLocale): Person {
  const locale: NameLocale = only ?? (rng.chance(0.6) ? 'zh_CN' : 'zh_TW');
  const p = pool[locale];
  const list = gender === 'f' ? 'female' : gender === 'm' ? 'male' : rng.pick(['female', 'male', 'either'] as const);
  const female = list === 'female' || (list === 'either' && rng.chance(0.5));
  const given = rng.pick(p[list]);
  let surname = rng.pick(p.surnames);
  while (surname.toLowerCase() === given.toLowerCase().replace(/-/g, '')) surname = rng.pick(p.surnames);
  return { locale, given, surname, female, surnameFirst: rng.chance(0.5) };
}

const full = (p: Person): string => (p.surnameFirst ? `${p.surname} ${p.given}` : `${p.given} ${p.surname}`);

/** Initials of a given name: "H." or, for a hyphenated Taiwanese name, "H.-J.". */
const initials = (p: Person): string =>
  p.given
    .split('-')
    .map((s) => `${s[0]!.toUpperCase()}.`)
    .join('-');

/** A name written in one of the ways people write names; the plain full name most often. */
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
  'qq.com',
  '163.com',
  '126.com',
  'sina.com',
  'yahoo.com.tw',
  'gmail.com',
  'outlook.com',
  'hotmail.com',
  'proton.me',
  'gmx.de',
  'web.de',
  'orange.fr',
  'free.fr',
  'libero.it',
  'ziggo.nl',
  'telenet.be',
];
const WORK_DOMAINS = [
  'jadebridge-trading.com',
  'beltway-freight.co.uk',
  'kesselhaus-energie.de',
  'atelier-lumiere.fr',
  'porcelana-levante.es',
  'cantiere-sirena.it',
  'zeilmakerij-noord.nl',
  'formosa-microtech.com.tw',
];

function email(rng: Rng, p: Person, obfuscate: boolean): string {
  const g = ascii(p.given);
  const s = ascii(p.surname);
  const ini = p.given
    .split('-')
    .map((x) => x[0]!.toLowerCase())
    .join('');
  if (!obfuscate && rng.chance(0.08)) return `${rng.int(1, 9)}${rng.digits(rng.int(7, 9))}@qq.com`;
  const local = rng.pick([`${g}.${s}`, `${s}.${g}`, `${s}${ini}`, `${g}${rng.int(80, 99)}`, `${s}_${g}`, `${ini}.${s}`, `${g}${s}`]);
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

type Slot = SetSlot<Person>;
const person = personSlot<Person>;
const value = valueSlot<Person>;
const look = lookSlot<Person>;

const NATIONAL_BY_LANG: Record<Lang, string[]> = {
  en: ['nhs', 'nino', 'pps'],
  de: ['steuerId', 'svnr', 'ahv'],
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
  // F full name (in the person's order), W "Given Surname" always, K "Surname Given" always, G given name, g given
  // name in lower case, S surname, U "SURNAME Given", A full name in capitals, n full name in lower case, I
  // "H. Surname" or "H.-J. Surname", N any form, R "Surname, Given", T "Given S.", H a handle ("haoran.xie"), E
  // e-mail, O e-mail spelled out
  F: person((_, p) => full(p)),
  W: person((_, p) => `${p.given} ${p.surname}`),
  K: person((_, p) => `${p.surname} ${p.given}`),
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
  H: person((c, p) => {
    const forms = [
      `${ascii(p.given)}.${ascii(p.surname)}`,
      `${ascii(p.surname)}.${ascii(p.given)}`,
      `${ascii(p.given)}-${ascii(p.surname)}`,
    ];
    if (!c.handles.has(p)) c.handles.set(p, c.rng.pick(forms));
    return c.handles.get(p)!;
  }),
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
  DOB: dob(1950, 2003),
  DOBK: dob(2011, 2017),
  DOBO: dob(1930, 1955),
  DOBY: dob(1990, 2003),
  DOBI: value('DATE_OF_BIRTH', (c, p) => {
    const b = birthOf(c, p);
    return `${b.y}-${String(b.m).padStart(2, '0')}-${String(b.d).padStart(2, '0')}`;
  }),
  IBAN: value('IBAN', (c) => v.iban(c.rng, c.lang)),
  IBANX: value('IBAN', (c) => v.ibanOf(c.rng, c.rng.pick(['GB', 'DE', 'FR', 'ES', 'IT', 'NL', 'BE', 'AT', 'IE', 'LU', 'CH']))),
  CARD: value('CREDIT_CARD', (c) => v.card(c.rng)),
  NID: (c, p) => nid(c.rng.pick(NATIONAL_BY_LANG[c.lang]))(c, p),
  NHS: nid('nhs'),
  NINO: nid('nino'),
  PPS: nid('pps'),
  STID: nid('steuerId'),
  SVNR: value('NATIONAL_ID', (c, p) => v.svnr(c.rng, birthOf(c, p))),
  AHV: nid('ahv'),
  NIR: value('NATIONAL_ID', (c, p) => v.nir(c.rng, p.female, birthOf(c, p))),
  BRRN: value('NATIONAL_ID', (c, p) => v.belgianRrn(c.rng, birthOf(c, p))),
  DNI: nid('dni'),
  NIE: nid('nie'),
  BSN: nid('bsn'),
  SIN: nid('sin'),
  ITIN: nid('itin'),
  RVNR: value('NATIONAL_ID', (c, p) => v.rvnr(c.rng, p.surname, birthOf(c, p))),
  CF: value('NATIONAL_ID', (c, p) => v.codiceFiscaleOf(c.rng, p.surname, p.given, p.female, birthOf(c, p))),
  CNID: value('NATIONAL_ID', (c, p) => v.chineseId(c.rng, p.female, birthOf(c, p))),
  TWID: value('NATIONAL_ID', (c, p) => v.taiwanId(c.rng, p.female)),
  /** The national id of the person's own country: a resident identity card number or a Taiwanese id. */
  HOMEID: value('NATIONAL_ID', (c, p) =>
    p.locale === 'zh_TW' ? v.taiwanId(c.rng, p.female) : v.chineseId(c.rng, p.female, birthOf(c, p, 1940, 1975)),
  ),
  SSN: value('SSN', (c) => v.ssn(c.rng)),
  PASSPORT: value('PASSPORT', (c) => v.passportFor(c.rng, c.lang)),
  PASSHOME: value('PASSPORT', (c, p) => v.chinesePassport(c.rng, p.locale === 'zh_TW')),
  DL: value('DRIVER_LICENSE', (c, p) => v.driverLicense(c.rng, c.lang, p.surname, p.given, p.female)),
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
  /** An earlier and a later date (2023–2024, 2025–2026), for a start and an end. */
  DATEA: look((c) => v.dateIn(c.rng, c.lang, c.rng.int(2023, 2024), c.rng.int(1, 12), c.rng.int(1, 28))),
  DATEB: look((c) => v.dateIn(c.rng, c.lang, c.rng.int(2025, 2026), c.rng.int(1, 12), c.rng.int(1, 28))),
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
  TIME: look((c) => `${String(c.rng.int(7, 21)).padStart(2, '0')}:${c.rng.pick(['00', '15', '30', '45', '10', '50'])}`),
  C: look((c) => c.carrier()),
};

const SLOTS: Record<string, Slot> = { ...PEOPLE, ...VALUES, ...LOOKS };

// The person markers ({{f2}}, {{k3}} …) are read by the shared genders(); what kin share is drawPeople's below.
export { genders };

/** The document's three people: drawn one by one, kin taking person 1's locale and surname; no two share a name. */
export function drawPeople(rng: Rng, pool: NamePool, marks: Omit<Marks, 'text'>): Person[] {
  const people: Person[] = [];
  for (let i = 0; i < 3; i++) {
    const first = people[0];
    const kin = marks.kin[i] && first !== undefined;
    const locale = first && (marks.kin[i] || marks.sameLocale[i]) ? first.locale : undefined;
    let p = drawPerson(rng, pool, marks.gender[i], locale);
    while (
      people.some((q) => q.given === p.given || q.surname === p.surname || (kin && p.given.toLowerCase() === first.surname.toLowerCase()))
    )
      p = drawPerson(rng, pool, marks.gender[i], locale);
    people.push(kin ? { ...p, surname: first.surname, surnameFirst: first.surnameFirst } : p);
  }
  return people;
}

export const { hasLabelledSlot, unknownSlots, fillTemplate } = templateSlots(SLOTS, LOOKS);
