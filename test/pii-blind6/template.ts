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
import * as v from './values.ts';

export interface Person {
  locale: NameLocale;
  given: string;
  surname: string;
  female: boolean;
  /** The father's name in the genitive (Greek, Armenian), or undefined. */
  patronymic: string | undefined;
}

export type Context = TemplateContext<Person>;

const birthOf = (c: Context, p: Person, from = 1950, to = 2003): v.Birth => birthIn(c, p, from, to);

const dob = (from: number, to: number): Slot => dobSlot((c, p) => birthOf(c, p, from, to), v.dateIn);

// Greek surnames by gender, on the romanised forms: -os/-ou, -idis/-idou, -is/-i, -as/-a.
const GREEK_FEMININE: [RegExp, string][] = [
  [/idis$/, 'idou'],
  [/os$/, 'ou'],
  [/is$/, 'i'],
  [/as$/, 'a'],
];
const GREEK_MASCULINE: [RegExp, string][] = [
  [/idou$/, 'idis'],
  [/ou$/, 'os'],
  [/i$/, 'is'],
  [/a$/, 'as'],
];

/** A Greek surname in the other gender's form, or undefined when the pool does not hold that form. */
function greekSurnameFor(pool: NamePool, surname: string, female: boolean): string | undefined {
  const p = pool.el;
  if (p.surnames.includes(surname)) return surname;
  const own = female ? p.surnamesFemale : p.surnamesMale;
  if (own.includes(surname)) return surname;
  for (const [re, to] of female ? GREEK_FEMININE : GREEK_MASCULINE)
    if (re.test(surname)) {
      const form = surname.replace(re, to);
      return own.includes(form) ? form : undefined;
    }
  return undefined;
}

/** A person of one locale (Greek 40 %, Georgian 30 %, Armenian 30 %, or the given one), of the marked gender or
 * either. Georgian given names have no gender in faker, so a gendered draw is Greek or Armenian. */
export function drawPerson(rng: Rng, pool: NamePool, gender?: 'f' | 'm', only?: NameLocale): Person {
  let locale: NameLocale = only ?? (rng.chance(0.4) ? 'el' : rng.chance(0.5) ? 'ka_GE' : 'hy');
  if (gender && locale === 'ka_GE') locale = rng.chance(0.5) ? 'el' : 'hy';
  const p = pool[locale];
  let female: boolean;
  let given: string;
  if (locale === 'ka_GE') {
    female = rng.chance(0.5);
    given = rng.pick(p.either);
  } else {
    female = gender === 'f' ? true : gender === 'm' ? false : rng.chance(0.5);
    given = rng.pick(female ? p.female : p.male);
  }
  const surnames = locale === 'el' ? [...p.surnames, ...(female ? p.surnamesFemale : p.surnamesMale)] : p.surnames;
  let surname = rng.pick(surnames);
  while (surname.toLowerCase() === given.toLowerCase()) surname = rng.pick(surnames);
  const patronymic = p.patronymics.length && rng.chance(0.8) ? rng.pick(p.patronymics) : undefined;
  return { locale, given, surname, female, patronymic };
}

const full = (p: Person): string => `${p.given} ${p.surname}`;
const withPatronymic = (p: Person): string => (p.patronymic ? `${p.given} ${p.patronymic} ${p.surname}` : full(p));

/** A name written in one of the ways people write names; the plain full name most often. */
function anyForm(rng: Rng, p: Person): string {
  return rng.pick([
    () => full(p),
    () => full(p),
    () => full(p),
    () => full(p).toLowerCase(),
    () => `${p.surname.toUpperCase()} ${p.given}`,
    () => `${p.given[0]}. ${p.surname}`,
    () => `${p.surname}, ${p.given}`,
    () => full(p).toUpperCase(),
    () => withPatronymic(p),
  ])();
}

const ascii = (s: string): string => s.replace(/[^A-Za-z]/g, '').toLowerCase();

const DOMAINS = [
  'gmail.com',
  'yahoo.gr',
  'otenet.gr',
  'hotmail.com',
  'outlook.com',
  'mail.ru',
  'yandex.com',
  'proton.me',
  'gmx.de',
  'web.de',
  'posteo.de',
  'orange.fr',
  'laposte.net',
  'libero.it',
  'virgilio.it',
  'ziggo.nl',
  'telenet.be',
  'btinternet.com',
];
const WORK_DOMAINS = [
  'aegean-shipbrokers.gr',
  'kartli-wines.ge',
  'ararat-logistics.am',
  'hollowmere-tools.co.uk',
  'feldkamp-statik.de',
  'atelier-sorbier.fr',
  'ceramicas-albufera.es',
  'officine-bracco.it',
  'dijkzicht-advies.nl',
];

function email(rng: Rng, p: Person, obfuscate: boolean): string {
  const g = ascii(p.given);
  const s = ascii(p.surname);
  const local = rng.pick([`${g}.${s}`, `${s}.${g}`, `${g[0]}${s}`, `${g}${rng.int(70, 99)}`, `${s}_${g}`, `${g[0]}.${s}`, `${g}${s}`]);
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

const NATIONALITY: Record<Lang, Record<NameLocale, string>> = {
  en: { el: 'Greek', ka_GE: 'Georgian', hy: 'Armenian' },
  de: { el: 'griechisch', ka_GE: 'georgisch', hy: 'armenisch' },
  fr: { el: 'grecque', ka_GE: 'géorgienne', hy: 'arménienne' },
  es: { el: 'griega', ka_GE: 'georgiana', hy: 'armenia' },
  it: { el: 'greca', ka_GE: 'georgiana', hy: 'armena' },
  nl: { el: 'Grieks', ka_GE: 'Georgisch', hy: 'Armeens' },
};

const COUNTRY_OF: Record<NameLocale, string> = { el: 'GR', ka_GE: 'GE', hy: 'AM' };

/** The national id of the person's own country: a Greek AMKA (from the birth date) or AFM, a Georgian personal
 * number, an Armenian public service number. */
function homeId(c: Context, p: Person): string {
  if (p.locale === 'el') return c.rng.chance(0.5) ? v.amka(c.rng, birthOf(c, p)) : v.afm(c.rng);
  return p.locale === 'ka_GE' ? v.georgianPn(c.rng) : v.armenianPsn(c.rng);
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
      codiceFiscale: () => v.codiceFiscaleOf(p.surname, p.given, p.female, birthOf(c, p), v.BELFIORE[p.locale]!),
      nirCountry: v.INSEE_COUNTRY[p.locale],
    },
    DNI_SHARE,
  );
}

const PEOPLE: Record<string, Slot> = {
  // F "Given Surname", P "Given Patronymic Surname" (the father's name in the genitive) or F, K "Surname Given", G
  // given name, g given name in lower case, S surname, U "SURNAME Given", A full name in capitals, n full name in
  // lower case, I "G. Surname", N any form, R "Surname, Given", T "Given S.", H a handle ("nino.beridze"), E e-mail,
  // O e-mail spelled out
  F: person((_, p) => full(p)),
  P: person((_, p) => withPatronymic(p)),
  K: person((_, p) => `${p.surname} ${p.given}`),
  G: person((_, p) => p.given),
  g: person((_, p) => p.given.toLowerCase()),
  S: person((_, p) => p.surname),
  U: person((_, p) => `${p.surname.toUpperCase()} ${p.given}`),
  A: person((_, p) => full(p).toUpperCase()),
  n: person((_, p) => full(p).toLowerCase()),
  I: person((_, p) => `${p.given[0]}. ${p.surname}`),
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
  PHONEH: value('PHONE', (c, p) => v.homePhone(c.rng, p.locale)),
  PHONEW: value('PHONE', (c) => v.spokenPhone(c.rng, c.lang)),
  PHONES: value('PHONE', (c) => v.spacedPhone(c.rng, c.lang)),
  ADDR: value('ADDRESS', (c) => v.address(c.rng, c.lang)),
  ADDRL: value('ADDRESS', (c) => v.address(c.rng, c.lang, true)),
  ADDRH: value('ADDRESS', (c, p) => v.homeAddress(c.rng, p.locale)),
  DOB: dob(1950, 2003),
  DOBK: dob(2010, 2018),
  DOBO: dob(1928, 1955),
  DOBY: dob(1990, 2005),
  DOBI: value('DATE_OF_BIRTH', (c, p) => {
    const b = birthOf(c, p);
    return `${b.y}-${String(b.m).padStart(2, '0')}-${String(b.d).padStart(2, '0')}`;
  }),
  IBAN: value('IBAN', (c) => v.iban(c.rng, c.lang)),
  IBANX: value('IBAN', (c) => v.ibanOf(c.rng, c.rng.pick(['GB', 'DE', 'FR', 'ES', 'IT', 'NL', 'BE', 'AT', 'IE', 'LU', 'CH', 'GR', 'GE']))),
  CARD: value('CREDIT_CARD', (c) => v.card(c.rng)),
  NID: value('NATIONAL_ID', nationalId),
  HOMEID: value('NATIONAL_ID', homeId),
  NHS: value('NATIONAL_ID', (c) => v.nhs(c.rng)),
  NINO: value('NATIONAL_ID', (c) => v.nino(c.rng)),
  PPS: value('NATIONAL_ID', (c) => v.pps(c.rng)),
  STID: value('NATIONAL_ID', (c) => v.steuerId(c.rng)),
  SVNR: value('NATIONAL_ID', (c, p) => v.svnr(c.rng, birthOf(c, p))),
  AHV: value('NATIONAL_ID', (c) => v.ahv(c.rng)),
  NIR: value('NATIONAL_ID', (c, p) => v.nir(c.rng, p.female, birthOf(c, p), v.INSEE_COUNTRY[p.locale])),
  BRRN: value('NATIONAL_ID', (c, p) => v.belgianRrn(c.rng, p.female, birthOf(c, p))),
  DNI: value('NATIONAL_ID', (c) => v.dni(c.rng)),
  NIE: value('NATIONAL_ID', (c) => v.nie(c.rng)),
  CF: value('NATIONAL_ID', (c, p) => v.codiceFiscaleOf(p.surname, p.given, p.female, birthOf(c, p), v.BELFIORE[p.locale]!)),
  BSN: value('NATIONAL_ID', (c) => v.bsn(c.rng)),
  AMKA: value('NATIONAL_ID', (c, p) => v.amka(c.rng, birthOf(c, p))),
  AFM: value('NATIONAL_ID', (c) => v.afm(c.rng)),
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

/** The document's three people: drawn one by one, kin taking person 1's locale and surname; no two share a name.
 * When someone of a fixed gender must share person 1's locale, person 1 is not Georgian (faker gives Georgian names
 * no gender). */
export function drawPeople(rng: Rng, pool: NamePool, marks: Omit<Marks, 'text'>): Person[] {
  const gendered = marks.gender.some((g, i) => g !== undefined && i > 0 && (marks.kin[i] || marks.sameLocale[i]));
  for (;;) {
    const people: Person[] = [];
    let ok = true;
    for (let i = 0; i < 3 && ok; i++) {
      const first = people[0];
      const kin = marks.kin[i] && first !== undefined;
      let locale = first && (marks.kin[i] || marks.sameLocale[i]) ? first.locale : undefined;
      if (i === 0 && gendered && !marks.gender[0]) locale = rng.chance(0.5) ? 'el' : 'hy';
      let p = drawPerson(rng, pool, marks.gender[i] ?? (i === 0 && gendered ? rng.pick(['f', 'm'] as const) : undefined), locale);
      while (people.some((q) => q.given === p.given || q.surname === p.surname || (kin && p.given === first.surname)))
        p = drawPerson(rng, pool, marks.gender[i], locale);
      if (kin) {
        const surname = first.locale === 'el' ? greekSurnameFor(pool, first.surname, p.female) : first.surname;
        if (surname === undefined) ok = false;
        else people.push({ ...p, surname });
      } else people.push(p);
    }
    if (ok) return people;
  }
}

export const { hasLabelledSlot, unknownSlots, fillTemplate } = templateSlots(SLOTS, LOOKS);
