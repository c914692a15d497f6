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
  templateSlots,
  valueSlot,
  valueSlots,
} from '../pii-blind/set-template.ts';
import type { Piece } from '../pii-blind/doc.ts';
import type { Rng } from '../pii-independent/rng.ts';
import type { NameLocale, NamePool } from './names.ts';
import { fold } from './names.ts';
import * as v from './values.ts';

/** The country a person lives in: Norway, Sweden or Finland (Sámi), New Zealand or Australia (Tongan), Chile
 * (Mapuche). */
export type Country = 'NO' | 'SE' | 'FI' | 'NZ' | 'AU' | 'CL';

export interface Person {
  locale: NameLocale;
  country: Country;
  /** The given name as the person writes it (a Sámi double name joined by a hyphen among them). */
  given: string;
  /** The name the person is called by: the given name. */
  called: string;
  /** The family name; a Mapuche's two family names, the father's first. */
  surname: string;
  /** The family name of everyday use: a Mapuche's first, the only one otherwise. */
  family: string;
  female: boolean;
}

export type Context = TemplateContext<Person>;

const birthOf = (c: Context, p: Person, from = 1948, to = 2004): v.Birth => birthIn(c, p, from, to);

type Slot = SetSlot<Person>;

const dob = (from: number, to: number): Slot => dobSlot((c, p) => birthOf(c, p, from, to), v.dateIn);

/** A person of one locale (Sámi, Tongan or Mapuche about a third each, or the given one), of the marked gender or
 * either. */
export function drawPerson(rng: Rng, pool: NamePool, gender?: 'f' | 'm', only?: NameLocale): Person {
  const locale: NameLocale = only ?? (rng.chance(0.34) ? 'se' : rng.chance(0.5) ? 'to' : 'arn');
  const p = pool[locale];
  const female = gender === 'f' ? true : gender === 'm' ? false : rng.chance(0.5);
  const called = rng.pick(female ? p.female : p.male);
  const first = rng.pick(p.surnames);
  let surname = first;
  if (locale === 'arn') surname = `${first} ${rng.pick(p.surnames.filter((n) => n !== first))}`;
  const country: Country =
    locale === 'arn' ? 'CL' : locale === 'to' ? (rng.chance(0.55) ? 'NZ' : 'AU') : rng.pick(['NO', 'NO', 'SE', 'SE', 'FI']);
  return { locale, country, given: called, called, surname, family: first, female };
}

/** The name as people of the person's origin write it day to day: a Mapuche's with the first family name only, the
 * others in full. */
const native = (p: Person): string => `${p.given} ${p.family}`;

/** The courtesy title of each language before a family name (outside the span): man, woman, doctor. */
const TITLES: Record<Lang, { m: string[]; f: string[] }> = {
  en: { m: ['Mr', 'Mr.', 'Dr'], f: ['Ms', 'Mrs', 'Dr'] },
  de: { m: ['Herr', 'Herrn', 'Dr.'], f: ['Frau', 'Frau', 'Dr.'] },
  fr: { m: ['M.', 'Monsieur', 'Dr'], f: ['Mme', 'Madame', 'Dre'] },
  es: { m: ['Sr.', 'don', 'Dr.'], f: ['Sra.', 'doña', 'Dra.'] },
  it: { m: ['Sig.', 'signor', 'dott.'], f: ['Sig.ra', 'signora', 'dott.ssa'] },
  nl: { m: ['dhr.', 'meneer', 'dr.'], f: ['mevr.', 'mevrouw', 'dr.'] },
};

/** Plain letters of a name for e-mail addresses and handles: diacritics dropped, æ → ae, ŋg and ŋ → ng, đ → d, ŧ → t. */
export const ascii = (s: string): string =>
  fold(
    s
      .replace(/æ/g, 'ae')
      .replace(/Æ/g, 'Ae')
      .replace(/ŋg/g, 'ng')
      .replace(/ŋ/g, 'ng')
      .replace(/đ/g, 'd')
      .replace(/ŧ/g, 't')
      .replace(/ø/g, 'o'),
  )
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase();

/** Private mailboxes: international providers, those of the six languages' countries, and (listed twice, so they come
 * up more often) the person's own country's. */
const DOMAINS = [
  'gmail.com',
  'outlook.com',
  'hotmail.com',
  'icloud.com',
  'proton.me',
  'web.de',
  'free.fr',
  'telefonica.net',
  'libero.it',
  'ziggo.nl',
];
const HOME_DOMAINS: Record<Country, string> = {
  NO: 'online.no',
  SE: 'telia.com',
  FI: 'luukku.com',
  NZ: 'xtra.co.nz',
  AU: 'bigpond.com',
  CL: 'vtr.net',
};

/** Employers: firms in the six languages' countries and in the person's own country. */
const WORK_DOMAINS = [
  'harbourline-insurance.co.uk',
  'zahnlabor-ostwind.de',
  'assurances-bocage.fr',
  'clinica-ribera-norte.es',
  'laboratorio-analisi-delta.it',
  'schadeherstel-dijkzicht.nl',
];
const HOME_WORK_DOMAINS: Record<Country, string[]> = {
  NO: ['reinlag-finnmark.no', 'tana-laks.no'],
  SE: ['malmfalten-bygg.se', 'fjallturism.se'],
  FI: ['lappi-poroasema.fi', 'ivalo-kuljetus.fi'],
  NZ: ['manukau-freight.co.nz', 'southside-care.co.nz'],
  AU: ['westside-logistics.com.au', 'parramatta-aged-care.com.au'],
  CL: ['forestal-cautin.cl', 'lacteos-lago-budi.cl'],
};

function domains(p: Person): EmailDomains {
  const home = HOME_DOMAINS[p.country];
  return { personal: [...DOMAINS, home, home], work: [...WORK_DOMAINS, ...HOME_WORK_DOMAINS[p.country]] };
}

const value = valueSlot<Person>;

const NATIONALITY: Record<Lang, Record<Country, string>> = {
  en: { NO: 'Norwegian', SE: 'Swedish', FI: 'Finnish', NZ: 'New Zealand', AU: 'Australian', CL: 'Chilean' },
  de: { NO: 'norwegisch', SE: 'schwedisch', FI: 'finnisch', NZ: 'neuseeländisch', AU: 'australisch', CL: 'chilenisch' },
  fr: { NO: 'norvégienne', SE: 'suédoise', FI: 'finlandaise', NZ: 'néo-zélandaise', AU: 'australienne', CL: 'chilienne' },
  es: { NO: 'noruega', SE: 'sueca', FI: 'finlandesa', NZ: 'neozelandesa', AU: 'australiana', CL: 'chilena' },
  it: { NO: 'norvegese', SE: 'svedese', FI: 'finlandese', NZ: 'neozelandese', AU: 'australiana', CL: 'cilena' },
  nl: { NO: 'Noors', SE: 'Zweeds', FI: 'Fins', NZ: 'Nieuw-Zeelands', AU: 'Australisch', CL: 'Chileens' },
};

/** The id of the person's own country: the Norwegian fødselsnummer, the Swedish personnummer and the Finnish
 * henkilötunnus (each with the birth date and sex), the New Zealand IRD number, the Australian tax file number, the
 * Chilean RUN. */
function homeId(c: Context, p: Person): string {
  switch (p.country) {
    case 'NO':
      return v.fnr(c.rng, p.female, birthOf(c, p));
    case 'SE':
      return v.personnummer(c.rng, p.female, birthOf(c, p));
    case 'FI':
      return v.hetu(c.rng, p.female, birthOf(c, p));
    case 'NZ':
      return v.ird(c.rng);
    case 'AU':
      return v.tfn(c.rng);
    case 'CL':
      return v.rut(c.rng);
  }
}

/** A bank account of the person's country: a Nordic IBAN, a New Zealand account, an Australian BSB and account (two
 * spans), a Chilean account number. */
function homeAccount(c: Context, p: Person): Piece[] {
  switch (p.country) {
    case 'NO':
    case 'SE':
    case 'FI':
      return [labelled('IBAN', v.nordicIban(c.rng, p.country))];
    case 'NZ':
      return [labelled('BANK_ACCOUNT', v.nzAccount(c.rng))];
    case 'AU':
      return [plain('BSB '), labelled('BANK_ACCOUNT', v.auBsb(c.rng)), plain(', '), labelled('BANK_ACCOUNT', v.auAccount(c.rng))];
    case 'CL':
      return [labelled('BANK_ACCOUNT', v.clAccount(c.rng))];
  }
}

/** Belfiore codes of Italian towns: Padova, Trieste, Cagliari, Firenze, Bologna. */
const BELFIORE = ['G224', 'L424', 'B354', 'D612', 'A944'];

function nationalId(c: Context, p: Person): string {
  return nationalIdOf(c.rng, c.lang, {
    female: p.female,
    birth: () => birthOf(c, p),
    codiceFiscale: () =>
      v.codiceFiscaleOf(ascii(p.family).toUpperCase(), ascii(p.called).toUpperCase(), p.female, birthOf(c, p), c.rng.pick(BELFIORE)),
  });
}

/** A Tongan in New Zealand or Australia is reached at home in Tonga a third of the time. */
const phoneCountry = (c: Context, p: Person): string => (p.locale === 'to' && c.rng.chance(0.3) ? 'TO' : p.country);

const PEOPLE: Record<string, Slot> = {
  // F … N the forms of the name (../pii-blind/set-template.ts's nameFormSlots; W the name of everyday use), K a
  // courtesy title of the document's language and the family name of everyday use (the title outside the span); H a
  // handle, E e-mail, M e-mail spelled out (../pii-blind/set-template.ts's contactSlots)
  ...nameFormSlots<Person>(native),
  K: (c, p) => [plain(`${c.rng.pick(TITLES[c.lang][p.female ? 'f' : 'm'])} `), labelled('PERSON', p.family)],
  ...contactSlots<Person>((p) => [ascii(p.called), ascii(p.family)], domains),
};

/** The shared value slots (../pii-blind/set-template.ts's) and this set's own. */
const VALUES: Record<string, Slot> = {
  ...valueSlots<Person>(v, (c, p) => birthOf(c, p)),
  PHONEH: value('PHONE', (c, p) => v.homePhone(c.rng, phoneCountry(c, p))),
  PHONEW: value('PHONE', (c, p) => v.spokenPhone(c.rng, c.lang, phoneCountry(c, p))),
  PHONEG: value('PHONE', (c, p) => v.groupedPhone(c.rng, phoneCountry(c, p))),
  ADDRH: value('ADDRESS', (c, p) => v.homeAddress(c.rng, p.locale === 'to' && c.rng.chance(0.25) ? 'TO' : p.country)),
  ADDRHL: value('ADDRESS', (c, p) => v.homeAddress(c.rng, p.locale === 'to' && c.rng.chance(0.25) ? 'TO' : p.country, true)),
  DOBK: dob(2008, 2020),
  DOBO: dob(1930, 1957),
  HOMEACC: homeAccount,
  NID: value('NATIONAL_ID', nationalId),
  HOMEID: value('NATIONAL_ID', homeId),
  PASSHOME: value('PASSPORT', (c, p) => v.passportOf(c.rng, p.country)),
  DL: value('DRIVER_LICENSE', (c, p) => v.driverLicense(c.rng, c.lang, ascii(p.family), ascii(p.called), p.female, birthOf(c, p))),
};

/** Slots that are never labelled: look-alikes and filler. */
export const LOOKS: Record<string, Slot> = lookSlots<Person>(v, (lang, p) => NATIONALITY[lang][p.country]);

const SLOTS: Record<string, Slot> = { ...PEOPLE, ...VALUES, ...LOOKS };

export { genders };

/** The document's three people: drawn one by one, kin taking person 1's locale, country and family name (a Mapuche
 * man of the family person 1's first, a woman person 1's second, as Chilean names pass down), no two sharing a name
 * or an element of one otherwise. */
export function drawPeople(rng: Rng, pool: NamePool, marks: Omit<Marks, 'text'>): Person[] {
  const people: Person[] = [];
  const tokens = (q: Person): string[] => [...q.given.split(/[ -]/), ...q.surname.split(' ')];
  for (let i = 0; i < 3; i++) {
    const first = people[0];
    const kin = marks.kin[i] && first !== undefined;
    const locale = first && (marks.kin[i] || marks.sameLocale[i]) ? first.locale : undefined;
    const clash = (q: Person): boolean =>
      people.some((o) => {
        const mine = kin ? q.given.split(/[ -]/) : tokens(q);
        return mine.some((t) => tokens(o).includes(t));
      });
    let p = drawPerson(rng, pool, marks.gender[i], locale);
    while (clash(p)) p = drawPerson(rng, pool, marks.gender[i], locale);
    const country = first && (kin || marks.sameLocale[i]) ? first.country : p.country;
    if (kin && first.locale === 'arn') {
      // A Chilean's first family name is the father's first, the second the mother's first: a man of the family
      // (father, grandfather, brother) passes on the first, a woman (mother) the second.
      const [paternal = '', maternal = ''] = first.surname.split(' ');
      const own = p.female ? maternal : paternal;
      const other = rng.pick(pool.arn.surnames.filter((n) => n !== paternal && n !== maternal));
      people.push({ ...p, surname: `${own} ${other}`, family: own, country });
    } else people.push(kin ? { ...p, surname: first.surname, family: first.family, country } : { ...p, country });
  }
  return people;
}

export const { hasLabelledSlot, unknownSlots, fillTemplate } = templateSlots(SLOTS, LOOKS);
