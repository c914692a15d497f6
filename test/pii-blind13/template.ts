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

/** The country a person lives in or comes from: Laos, Afghanistan, Pakistan (Pashtuns of both) or Rwanda. */
export type Country = 'LA' | 'AF' | 'PK' | 'RW';

export interface Person {
  locale: NameLocale;
  country: Country;
  /** The given names as the person writes them: one name, or (Rwandan) a first and a second personal name. */
  given: string;
  /** The first given name: the one the person is called by. */
  called: string;
  /** The family name (Lao), the tribal or family name (Pashtun), the name of the surname slot (Rwandan). */
  surname: string;
  female: boolean;
  /** An elder (Than; Haji, Bibi; Muzehe). */
  elder: boolean;
  /** The father's given name (asked by Afghan and Pakistani forms). */
  father: string;
}

export type Context = TemplateContext<Person>;

const birthOf = (c: Context, p: Person, from = 1950, to = 2004): v.Birth => birthIn(c, p, from, to);

type Slot = SetSlot<Person>;

const dob = (from: number, to: number): Slot => dobSlot((c, p) => birthOf(c, p, from, to), v.dateIn);

/** A person of one locale (Lao, Pashtun or Rwandan about a third each, or the given one), of the marked gender or
 * either. */
export function drawPerson(rng: Rng, pool: NamePool, gender?: 'f' | 'm', only?: NameLocale): Person {
  const locale: NameLocale = only ?? (rng.chance(0.34) ? 'la' : rng.chance(0.5) ? 'ps' : 'rw');
  const p = pool[locale];
  const female = gender === 'f' ? true : gender === 'm' ? false : rng.chance(0.5);
  const elder = rng.chance(0.25);
  const names = female ? p.female : p.male;
  const called = rng.pick(names);
  const others = p.male.filter((n) => n !== called);
  const surnames = [...p.surnames, ...(female ? p.femaleSurnames : [])].filter((n) => n !== called);
  let given = called;
  if (locale === 'rw' && rng.chance(0.25)) given = `${called} ${rng.pick(names.filter((n) => n !== called))}`;
  const country: Country = locale === 'la' ? 'LA' : locale === 'rw' ? 'RW' : rng.chance(0.55) ? 'AF' : 'PK';
  return { locale, country, given, called, surname: rng.pick(surnames), female, elder, father: rng.pick(others) };
}

/** The name as the person's own country writes it: a Rwandan's name of the surname slot first, the others as in the
 * West (Lao and Pashtun names are written given name first at home too). */
const native = (p: Person): string => (p.locale === 'rw' ? `${p.surname} ${p.given}` : `${p.given} ${p.surname}`);

/** What stands next to a name outside its span, and whether it follows the name: Lao Thao, Nang and Than before the
 * given name; Pashto Sahib after a man's given name, Mohtarama before a woman's, Haji and Bibi before an elder's;
 * Kinyarwanda Madamu before a woman's name of the surname slot, Muzehe before an elder man's (no title for other
 * Rwandan men). */
function honorific(p: Person): { title: string; after: boolean } {
  const H = HONORIFICS;
  if (p.locale === 'la') return { title: p.elder ? H.laElder : p.female ? H.laWoman : H.laMan, after: false };
  if (p.locale === 'ps') {
    if (p.elder) return { title: p.female ? H.psElderWoman : H.psElderMan, after: false };
    return p.female ? { title: H.psWoman, after: false } : { title: H.psMan, after: true };
  }
  if (p.female) return { title: H.rwWoman, after: false };
  return { title: p.elder ? H.rwElderMan : '', after: false };
}

/** Who the honorific goes with: a Lao's or a Pashtun's given name, a Rwandan's name of the surname slot. */
const honoured = (p: Person): string => (p.locale === 'rw' ? p.surname : p.called);

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
  'gmx.de',
  'orange.fr',
  'movistar.es',
  'tiscali.it',
  'kpnmail.nl',
];
const HOME_DOMAINS: Record<Country, string> = { LA: 'laotel.com', AF: 'afghan-mail.af', PK: 'ptcl.net.pk', RW: 'mtn.co.rw' };

/** Employers: firms in the six languages' countries and in the person's own country. */
const WORK_DOMAINS = [
  'fleetwise-rentals.co.uk',
  'umzug-hansekontor.de',
  'cabinet-dentaire-lys.fr',
  'academia-tutores-sur.es',
  'fondo-pensioni-laguna.it',
  'verhuizers-vlietkade.nl',
];
const HOME_WORK_DOMAINS: Record<Country, string[]> = {
  LA: ['bolaven-coffee.la', 'mekong-weavers.la'],
  AF: ['hindukush-carpets.af', 'panjshir-emeralds.af'],
  PK: ['swat-orchards.com.pk', 'frontier-freight.com.pk'],
  RW: ['kivu-tea.rw', 'nyabarongo-dairy.rw'],
};

/** The person's mailboxes: private and employers', with the own country's. */
function domains(p: Person): EmailDomains {
  const home = HOME_DOMAINS[p.country];
  return { personal: [...DOMAINS, home, home], work: [...WORK_DOMAINS, ...HOME_WORK_DOMAINS[p.country]] };
}

const person = personSlot<Person>;
const value = valueSlot<Person>;

const NATIONALITY: Record<Lang, Record<Country, string>> = {
  en: { LA: 'Lao', AF: 'Afghan', PK: 'Pakistani', RW: 'Rwandan' },
  de: { LA: 'laotisch', AF: 'afghanisch', PK: 'pakistanisch', RW: 'ruandisch' },
  fr: { LA: 'laotienne', AF: 'afghane', PK: 'pakistanaise', RW: 'rwandaise' },
  es: { LA: 'laosiana', AF: 'afgana', PK: 'pakistaní', RW: 'ruandesa' },
  it: { LA: 'laotiana', AF: 'afghana', PK: 'pakistana', RW: 'ruandese' },
  nl: { LA: 'Laotiaans', AF: 'Afghaans', PK: 'Pakistaans', RW: 'Rwandees' },
};

/** The id of the person's own country: the Lao identity card number, the Afghan e-tazkira number, the Pakistani
 * CNIC (its last digit by sex), the Rwandan national ID number (with the birth year and sex). */
function homeId(c: Context, p: Person): string {
  switch (p.country) {
    case 'LA':
      return v.laoId(c.rng);
    case 'AF':
      return v.tazkira(c.rng);
    case 'PK':
      return v.cnic(c.rng, p.female);
    case 'RW':
      return v.rwandaId(c.rng, birthOf(c, p).y, p.female);
  }
}

/** Belfiore codes of Italian towns: Genova, Venezia, Bari, Verona, Perugia. */
const BELFIORE = ['D969', 'L736', 'A662', 'L781', 'G478'];

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
  // Rwandan's name of the surname slot first)), K name with its honorific (before or after it, outside the span), P the
  // father's given name; H a handle, E e-mail, M e-mail spelled out (../pii-blind/set-template.ts's contactSlots)
  ...nameFormSlots<Person>(native),
  K: (_, p) => {
    const h = honorific(p);
    if (!h.title) return [labelled('PERSON', honoured(p))];
    if (h.after) return [labelled('PERSON', honoured(p)), plain(` ${h.title}`)];
    return [plain(`${h.title} `), labelled('PERSON', honoured(p))];
  },
  P: person((_, p) => p.father),
  ...contactSlots<Person>((p) => [ascii(p.called), ascii(p.surname)], domains),
};

/** The shared value slots (../pii-blind/set-template.ts's: phones, addresses, IBANs, passports of the language's
 * countries, birth dates, cards, British and US ids and accounts, secrets, host addresses) and this set's own. */
const VALUES: Record<string, Slot> = {
  ...valueSlots<Person>(v, (c, p) => birthOf(c, p)),
  PHONEH: value('PHONE', (c, p) => v.homePhone(c.rng, p.country)),
  PHONEW: value('PHONE', (c, p) => v.spokenPhone(c.rng, c.lang, p.country)),
  PHONEG: value('PHONE', (c, p) => v.groupedPhone(c.rng, p.country)),
  ADDRH: value('ADDRESS', (c, p) => v.homeAddress(c.rng, p.country)),
  ADDRHL: value('ADDRESS', (c, p) => v.homeAddress(c.rng, p.country, true)),
  DOBK: dob(2008, 2020),
  DOBO: dob(1932, 1958),
  IBANPK: value('IBAN', (c) => v.pakistaniIban(c.rng)),
  NID: value('NATIONAL_ID', nationalId),
  HOMEID: value('NATIONAL_ID', homeId),
  PASSHOME: value('PASSPORT', (c, p) => v.passportOf(c.rng, p.country)),
  DL: value('DRIVER_LICENSE', (c, p) => v.driverLicense(c.rng, c.lang, p.surname, p.called, p.female, birthOf(c, p))),
};

/** Slots that are never labelled: look-alikes and filler. */
export const LOOKS: Record<string, Slot> = lookSlots<Person>(v, (lang, p) => NATIONALITY[lang][p.country]);

const SLOTS: Record<string, Slot> = { ...PEOPLE, ...VALUES, ...LOOKS };

// The person markers ({{f2}}, {{k3}} …) are read by the shared genders(); what kin share is drawPeople's below.
export { genders };

/** The document's three people: drawn one by one, kin taking person 1's locale and country and (Lao and Pashtun)
 * family name — Rwandan kin share no name —; no two share a name or an element of one. */
export function drawPeople(rng: Rng, pool: NamePool, marks: Omit<Marks, 'text'>): Person[] {
  const people: Person[] = [];
  const tokens = (q: Person): string[] => [...q.given.split(' '), q.surname];
  for (let i = 0; i < 3; i++) {
    const first = people[0];
    const kin = marks.kin[i] && first !== undefined;
    const shareSurname = kin && first.locale !== 'rw';
    const locale = first && (marks.kin[i] || marks.sameLocale[i]) ? first.locale : undefined;
    const clash = (q: Person): boolean =>
      people.some((o) => {
        const mine = shareSurname ? q.given.split(' ') : tokens(q);
        return (
          mine.some((t) => tokens(o).includes(t) || o.father === t) ||
          (shareSurname && q.given.split(' ').includes(first.surname)) ||
          q.father === o.called
        );
      });
    let p = drawPerson(rng, pool, marks.gender[i], locale);
    while (clash(p)) p = drawPerson(rng, pool, marks.gender[i], locale);
    const country = kin || (first && marks.sameLocale[i]) ? first.country : p.country;
    people.push(shareSurname ? { ...p, surname: first.surname, country } : { ...p, country });
  }
  return people;
}

export const { hasLabelledSlot, unknownSlots, fillTemplate } = templateSlots(SLOTS, LOOKS);
