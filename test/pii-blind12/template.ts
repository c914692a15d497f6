// Fills this set's templates. A slot is written {{X}} or {{X1}}..{{X3}} (the digit says which of the document's
// three people a person slot belongs to); each slot becomes one or more pieces, labelled when they are personal
// data, so spans are recorded exactly as the value is appended (../pii-blind/doc.ts). An unknown slot throws: a
// double brace in a template is a slot or a typo. Single braces (JSON, `${DB_PASS}`) are plain text.
import type { Lang } from '../pii-blind/doc.ts';
import { labelled, plain } from '../pii-blind/doc.ts';
import type { EmailDomains, Marks, Slot as SetSlot, TemplateContext } from '../pii-blind/set-template.ts';
import {
  birthIn,
  contactSlots,
  dobSlot,
  genders,
  lookSlots,
  nameFormSlots,
  nationalIdOf,
  personSlot,
  templateSlots,
  valueSlot,
  valueSlots,
} from '../pii-blind/set-template.ts';
import type { Rng } from '../pii-independent/rng.ts';
import type { NameLocale, NamePool } from './names.ts';
import { fold, HONORIFICS } from './names.ts';
import * as v from './values.ts';

export interface Person {
  locale: NameLocale;
  /** The given names as the person writes them: one name, or (Shona, Fijian) a first and a second given name. */
  given: string;
  /** The first given name: the one the person is called by. */
  called: string;
  surname: string;
  female: boolean;
  /** An elder (Gogo, Sekuru, Yeay, Ta) or, for a Fijian, a chief (Adi, Ratu). */
  elder: boolean;
  /** The father's given name (asked by Zimbabwean and Cambodian forms). */
  father: string;
}

export type Context = TemplateContext<Person>;

const birthOf = (c: Context, p: Person, from = 1950, to = 2004): v.Birth => birthIn(c, p, from, to);

type Slot = SetSlot<Person>;

const dob = (from: number, to: number): Slot => dobSlot((c, p) => birthOf(c, p, from, to), v.dateIn);

/** A person of one locale (Shona, Khmer or Fijian about a third each, or the given one), of the marked gender or
 * either. */
export function drawPerson(rng: Rng, pool: NamePool, gender?: 'f' | 'm', only?: NameLocale): Person {
  const locale: NameLocale = only ?? (rng.chance(0.34) ? 'zw' : rng.chance(0.5) ? 'kh' : 'fj');
  const p = pool[locale];
  const female = gender === 'f' ? true : gender === 'm' ? false : rng.chance(0.5);
  const elder = rng.chance(locale === 'fj' ? 0.2 : 0.35);
  const names = female ? p.female : p.male;
  const called = rng.pick(names);
  const others = p.male.filter((n) => n !== called);
  const surnames = p.surnames.filter((n) => n !== called);
  let given = called;
  if (locale !== 'kh' && rng.chance(0.25)) given = `${called} ${rng.pick(names.filter((n) => n !== called))}`;
  return { locale, given, called, surname: rng.pick(surnames), female, elder, father: rng.pick(others) };
}

/** The name as the person's own country writes it: a Cambodian's family name first, the others as in the West. */
const native = (p: Person): string => (p.locale === 'kh' ? `${p.surname} ${p.given}` : `${p.given} ${p.surname}`);

/** What stands before a name outside its span, and whether it is joined to the name: Shona Mai, Gogo and Sekuru
 * before the family name and Va joined to it; Khmer Lok, Lok Srey, Ta and Yeay before the given name; a Fijian
 * chief's Ratu or Adi before the given name (no title for other Fijians). */
function honorific(p: Person): { title: string; joined: boolean } {
  const H = HONORIFICS;
  if (p.locale === 'zw') {
    if (p.elder) return { title: p.female ? H.zwElderWoman : H.zwElderMan, joined: false };
    return p.female ? { title: H.zwWoman, joined: false } : { title: H.zwMan, joined: true };
  }
  if (p.locale === 'kh')
    return { title: p.elder ? (p.female ? H.khElderWoman : H.khElderMan) : p.female ? H.khWoman : H.khMan, joined: false };
  return { title: p.elder ? (p.female ? H.fjChiefWoman : H.fjChiefMan) : '', joined: false };
}

/** Who the honorific goes with: a Zimbabwean's family name, a Cambodian's or a Fijian's given name. */
const honoured = (p: Person): string => (p.locale === 'zw' ? p.surname : p.called);

const ascii = (s: string): string =>
  fold(s)
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase();

/** Private mailboxes: international providers, those of the six languages' countries, and (listed twice, so they come
 * up more often) the person's own country's. */
const DOMAINS = [
  'gmail.com',
  'yahoo.com',
  'outlook.com',
  'hotmail.com',
  'icloud.com',
  'proton.me',
  'web.de',
  'laposte.net',
  'telefonica.net',
  'libero.it',
  'ziggo.nl',
];
const HOME_DOMAINS: Record<NameLocale, string> = { zw: 'zol.co.zw', kh: 'online.com.kh', fj: 'connect.com.fj' };

/** Employers: firms in the six languages' countries and in the person's own country. */
const WORK_DOMAINS = [
  'harbourside-actuaries.co.uk',
  'lagerhaus-nordkai.de',
  'cabinet-rivesaltes.fr',
  'asesoria-trianera.es',
  'studio-legale-brenta.it',
  'makelaardij-ijsselkant.nl',
];
const HOME_WORK_DOMAINS: Record<NameLocale, string[]> = {
  zw: ['kariba-boatworks.co.zw', 'mukuvisi-timber.co.zw'],
  kh: ['tonle-freight.com.kh', 'mekong-ricemill.com.kh'],
  fj: ['savusavu-pearls.com.fj', 'lami-joinery.com.fj'],
};

/** The person's mailboxes: private and employers', with the own country's. */
function domains(p: Person): EmailDomains {
  const home = HOME_DOMAINS[p.locale];
  return { personal: [...DOMAINS, home, home], work: [...WORK_DOMAINS, ...HOME_WORK_DOMAINS[p.locale]] };
}

const person = personSlot<Person>;
const value = valueSlot<Person>;

const NATIONALITY: Record<Lang, Record<NameLocale, string>> = {
  en: { zw: 'Zimbabwean', kh: 'Cambodian', fj: 'Fijian' },
  de: { zw: 'simbabwisch', kh: 'kambodschanisch', fj: 'fidschianisch' },
  fr: { zw: 'zimbabwéenne', kh: 'cambodgienne', fj: 'fidjienne' },
  es: { zw: 'zimbabuense', kh: 'camboyana', fj: 'fiyiana' },
  it: { zw: 'zimbabwese', kh: 'cambogiana', fj: 'figiana' },
  nl: { zw: 'Zimbabwaans', kh: 'Cambodjaans', fj: 'Fijisch' },
};

const COUNTRY_OF: Record<NameLocale, string> = { zw: 'ZW', kh: 'KH', fj: 'FJ' };

/** The id of the person's own country: the Zimbabwean national registration number, the Cambodian identity card
 * number, the Fijian tax identification number. */
function homeId(c: Context, p: Person): string {
  return p.locale === 'zw' ? v.zimbabweId(c.rng) : p.locale === 'kh' ? v.cambodianId(c.rng) : v.fijiTin(c.rng);
}

/** Belfiore codes of Italian towns: Bologna, Torino, Napoli, Trieste, Cagliari. */
const BELFIORE = ['A944', 'L219', 'F839', 'L424', 'B354'];

/** A national id of the document language's countries, the birth-coded ones from the person's birth date. */
function nationalId(c: Context, p: Person): string {
  return nationalIdOf(c.rng, c.lang, {
    female: p.female,
    birth: () => birthOf(c, p),
    codiceFiscale: () => v.codiceFiscaleOf(fold(p.surname), fold(p.called), p.female, birthOf(c, p), c.rng.pick(BELFIORE)),
  });
}

const PEOPLE: Record<string, Slot> = {
  // F … N the forms of the name (../pii-blind/set-template.ts's nameFormSlots; W in the person's own country's order (a
  // Cambodian's family name first)), K name with its honorific (before it or joined to it, outside the span), P the
  // father's given name; H a handle, E e-mail, M e-mail spelled out (../pii-blind/set-template.ts's contactSlots)
  ...nameFormSlots<Person>(native),
  K: (_, p) => {
    const h = honorific(p);
    if (!h.title) return [labelled('PERSON', honoured(p))];
    return [plain(h.joined ? h.title : `${h.title} `), labelled('PERSON', honoured(p))];
  },
  P: person((_, p) => p.father),
  ...contactSlots<Person>((p) => [ascii(p.called), ascii(p.surname)], domains),
};

/** The shared value slots (../pii-blind/set-template.ts's: phones, addresses, IBANs, passports of the language's
 * countries, birth dates, cards, British and US ids and accounts, secrets, host addresses) and this set's own. */
const VALUES: Record<string, Slot> = {
  ...valueSlots<Person>(v, (c, p) => birthOf(c, p)),
  PHONEH: value('PHONE', (c, p) => v.homePhone(c.rng, p.locale)),
  PHONEW: value('PHONE', (c, p) => v.spokenPhone(c.rng, c.lang, p.locale)),
  PHONEP: value('PHONE', (c, p) => v.pairedPhone(c.rng, p.locale)),
  ADDRH: value('ADDRESS', (c, p) => v.homeAddress(c.rng, p.locale)),
  ADDRHL: value('ADDRESS', (c, p) => v.homeAddress(c.rng, p.locale, true)),
  DOBK: dob(2010, 2021),
  DOBO: dob(1930, 1955),
  NID: value('NATIONAL_ID', nationalId),
  HOMEID: value('NATIONAL_ID', homeId),
  ZWID: value('NATIONAL_ID', (c) => v.zimbabweId(c.rng)),
  KHID: value('NATIONAL_ID', (c) => v.cambodianId(c.rng)),
  FJTIN: value('NATIONAL_ID', (c) => v.fijiTin(c.rng)),
  PASSHOME: value('PASSPORT', (c, p) => v.passportOf(c.rng, COUNTRY_OF[p.locale])),
  DL: value('DRIVER_LICENSE', (c, p) => v.driverLicense(c.rng, c.lang, p.surname, p.called, p.female, birthOf(c, p))),
  KHACC: value('BANK_ACCOUNT', (c) => v.cambodianAccount(c.rng)),
};

/** Slots that are never labelled: look-alikes and filler. */
export const LOOKS: Record<string, Slot> = lookSlots<Person>(v, (lang, p) => NATIONALITY[lang][p.locale]);

const SLOTS: Record<string, Slot> = { ...PEOPLE, ...VALUES, ...LOOKS };

// The person markers ({{f2}}, {{k3}} …) are read by the shared genders(); what kin share is drawPeople's below.
export { genders };

/** The document's three people: drawn one by one, kin taking person 1's locale and family name; no two share a
 * name or an element of one. */
export function drawPeople(rng: Rng, pool: NamePool, marks: Omit<Marks, 'text'>): Person[] {
  const people: Person[] = [];
  const tokens = (q: Person): string[] => [...q.given.split(' '), q.surname];
  for (let i = 0; i < 3; i++) {
    const first = people[0];
    const kin = marks.kin[i] && first !== undefined;
    const locale = first && (marks.kin[i] || marks.sameLocale[i]) ? first.locale : undefined;
    const clash = (q: Person): boolean =>
      people.some((o) => {
        const mine = kin ? q.given.split(' ') : tokens(q);
        return mine.some((t) => tokens(o).includes(t) || o.father === t) || (kin && q.given.split(' ').includes(first.surname));
      });
    let p = drawPerson(rng, pool, marks.gender[i], locale);
    while (clash(p)) p = drawPerson(rng, pool, marks.gender[i], locale);
    people.push(kin ? { ...p, surname: first.surname } : p);
  }
  return people;
}

export const { hasLabelledSlot, unknownSlots, fillTemplate } = templateSlots(SLOTS, LOOKS);
