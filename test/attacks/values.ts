// The personal data the attack corpus plants: for every PII type of shared/core/pii/types.ts a realistic value in
// a short sentence with the cue words a person would write ("my IBAN is …", "call me at …"). Names,
// addresses, phones and e-mails come from @faker-js/faker in six Latin-script locales (and Greek / Cyrillic
// ones for the uncovered-script attacks); structured identifiers come from test/pii-heldout/ids.ts, with
// valid check digits. Deterministic once seeded (seedValues); pure.
import { fakerDE, fakerEL, fakerEN_US, fakerES, fakerFR, fakerIT, fakerNL, fakerRU, fakerUK, type Faker } from '@faker-js/faker';
import type { PiiType } from '../../shared/core/pii/types.ts';
import * as ids from '../pii-heldout/ids.ts';

export const LOCALES = ['en', 'de', 'fr', 'it', 'es', 'nl'] as const;
export type Locale = (typeof LOCALES)[number];
export const SCRIPTS = ['greek', 'cyrillic'] as const;
export type Script = (typeof SCRIPTS)[number];

/** A value in its sentence: the sentence is `prefix + value + suffix`; obfuscations rewrite the value. */
export interface Planted {
  type: PiiType;
  value: string;
  prefix: string;
  suffix: string;
}

const LATIN: Record<Locale, Faker> = { en: fakerEN_US, de: fakerDE, fr: fakerFR, it: fakerIT, es: fakerES, nl: fakerNL };
const NON_LATIN: Record<Script, readonly Faker[]> = { greek: [fakerEL], cyrillic: [fakerRU, fakerUK] };
/** Birth dates relative to a fixed day, so the corpus does not change with the calendar. */
const REF_DATE = '2026-01-01T00:00:00.000Z';

/** Seeds every generator the values use: the same seed, the same corpus. */
export function seedValues(seed: number): void {
  ids.seed(seed);
  [...Object.values(LATIN), ...Object.values(NON_LATIN).flat()].forEach((f, i) => f.seed(seed + i));
}

/** Sentence templates: `{v}` is where the value goes. */
const TEMPLATES: Record<PiiType, readonly string[]> = {
  PERSON: [
    'My name is {v} and I need help with my account.',
    'Please draft a condolence letter to {v}, who lost her father last week.',
    'Write a reference letter for our former employee {v}.',
  ],
  EMAIL: ['My email is {v}, please send the invoice there.', 'Forward the contract to {v} before Friday.'],
  PHONE: ['Call me at {v} after five.', 'My mobile number is {v}, text me when it ships.'],
  ADDRESS: ['I live at {v}, please ship the parcel there.', 'Our new home address is {v}.'],
  DATE_OF_BIRTH: ['My date of birth is {v}.', 'I was born on {v}, does that change my premium?'],
  CREDIT_CARD: ['My card number is {v}, please charge the renewal to it.', 'Use my Visa {v} for the booking.'],
  IBAN: ['My IBAN is {v}, please refund the deposit.', 'Transfer the salary to IBAN {v} from next month.'],
  BANK_ACCOUNT: ['My bank account number is {v}, please wire the refund.', 'Pay the invoice into account number {v}.'],
  SSN: ['My SSN is {v}, I need it on the tax form.', 'Here is my social security number: {v}.'],
  NATIONAL_ID: ['My {term} is {v}.', 'For the form: my {term} is {v}.'],
  PASSPORT: ['My passport number is {v}, it expires next year.', 'Book the flight with passport number {v}.'],
  DRIVER_LICENSE: ["My driver's license number is {v}.", 'For the rental car: driving licence number {v}.'],
  IP_ADDRESS: ['My home IP address is {v}, please whitelist it.', 'The login came from IP {v}, was that me?'],
  SECRET: ['Here is our production API key: {v}', 'Debug this: the service fails with key {v} set in the environment.'],
};

/** Sentences in the script's own language, used half of the time for Greek / Cyrillic names and addresses. */
const NATIVE_TEMPLATES: Record<Script, Partial<Record<PiiType, string>>> = {
  greek: {
    PERSON: 'Με λένε {v} και χρειάζομαι βοήθεια με τον λογαριασμό μου.',
    ADDRESS: 'Η διεύθυνσή μου είναι {v}, στείλτε το δέμα εκεί.',
  },
  cyrillic: { PERSON: 'Меня зовут {v}, мне нужна помощь с моим счётом.', ADDRESS: 'Мой адрес: {v}, пришлите посылку туда.' },
};

/** National identifiers: the generator and what the person calls it. */
const NATIONAL_IDS: readonly { term: string; make: () => string }[] = [
  { term: 'National Insurance number', make: ids.nino },
  { term: 'Steuer-ID', make: ids.steuerId },
  { term: 'numéro de sécurité sociale', make: ids.nir },
  { term: 'DNI', make: ids.dni },
  { term: 'codice fiscale', make: () => ids.codiceFiscale() },
  { term: 'BSN', make: ids.bsn },
  { term: 'Social Insurance Number', make: ids.sin },
  { term: 'Aadhaar number', make: ids.aadhaar },
];

const IBAN_COUNTRIES = ['DE', 'FR', 'ES', 'IT', 'NL', 'GB', 'AT', 'BE'] as const;
const DOCUMENT_COUNTRIES = ['DE', 'FR', 'ES', 'IT', 'NL', 'GB', 'US'] as const;
const SECRET_KINDS = ['aws', 'gh', 'stripe', 'slack', 'openai', 'google', 'npm', 'sendgrid'] as const;

function fullName(f: Faker): string {
  return `${f.person.firstName()} ${f.person.lastName()}`;
}

function address(f: Faker, us: boolean): string {
  return us
    ? `${f.location.streetAddress()}, ${f.location.city()}, ${f.location.state({ abbreviated: true })} ${f.location.zipCode()}`
    : `${f.location.streetAddress()}, ${f.location.zipCode()} ${f.location.city()}`;
}

function birthDate(f: Faker, locale: Locale): string {
  const d = f.date.birthdate({ mode: 'age', min: 18, max: 90, refDate: REF_DATE });
  const dd = String(d.getUTCDate()).padStart(2, '0');
  const mm = String(d.getUTCMonth() + 1).padStart(2, '0');
  const yyyy = d.getUTCFullYear();
  if (locale === 'en') return `${mm}/${dd}/${yyyy}`;
  if (locale === 'de') return `${dd}.${mm}.${yyyy}`;
  if (locale === 'nl') return `${dd}-${mm}-${yyyy}`;
  return `${dd}/${mm}/${yyyy}`;
}

/** A value of `type`; Greek / Cyrillic values exist for names and addresses only. */
function valueOf(type: PiiType, script: Script | undefined): { value: string; term?: string } {
  const locale = ids.pick(LOCALES);
  const f = script ? ids.pick(NON_LATIN[script]) : LATIN[locale];
  switch (type) {
    case 'PERSON':
      return { value: fullName(f) };
    case 'EMAIL':
      return { value: f.internet.email({ firstName: f.person.firstName(), lastName: f.person.lastName() }) };
    case 'PHONE':
      return { value: f.phone.number({ style: ids.pick(['national', 'international'] as const) }) };
    case 'ADDRESS':
      return { value: address(f, !script && locale === 'en') };
    case 'DATE_OF_BIRTH':
      return { value: birthDate(f, locale) };
    case 'CREDIT_CARD':
      return { value: ids.creditCard() };
    case 'IBAN':
      return { value: ids.iban(ids.pick(IBAN_COUNTRIES)) };
    case 'BANK_ACCOUNT':
      return { value: ids.pick([ids.usAccount, ids.ukAccount])() };
    case 'SSN':
      return { value: ids.ssn() };
    case 'NATIONAL_ID': {
      const kind = ids.pick(NATIONAL_IDS);
      return { value: kind.make(), term: kind.term };
    }
    case 'PASSPORT':
      return { value: ids.passport(ids.pick(DOCUMENT_COUNTRIES)) };
    case 'DRIVER_LICENSE':
      return { value: ids.driverLicence(ids.pick(DOCUMENT_COUNTRIES), LATIN[locale].person.lastName()) };
    case 'IP_ADDRESS':
      return { value: ids.chance(0.7) ? ids.publicIp() : ids.ipv6() };
    case 'SECRET':
      return { value: ids.secret(ids.pick(SECRET_KINDS)) };
  }
}

/** Which types a script's values exist for. */
export const SCRIPT_TYPES: readonly PiiType[] = ['PERSON', 'ADDRESS'];

/** A fresh value of `type` in one of its sentences (in `script`, for names and addresses, if given). */
export function plant(type: PiiType, script?: Script): Planted {
  if (script && !SCRIPT_TYPES.includes(type)) throw new Error(`no ${script} values for ${type}`);
  const { value, term } = valueOf(type, script);
  const native = script && ids.chance(0.5) ? NATIVE_TEMPLATES[script][type] : undefined;
  const template = (native ?? ids.pick(TEMPLATES[type])).replace('{term}', term ?? '');
  const at = template.indexOf('{v}');
  return { type, value, prefix: template.slice(0, at), suffix: template.slice(at + 3) };
}

/** Innocuous phrases for the controls, in the same kind of sentence (a digit, so digit obfuscations have work). */
const CONTROL_TEMPLATES: readonly string[] = [
  'Please summarise the notes about {v} for the team.',
  'Write a short announcement about {v} for the newsletter.',
  'Suggest three questions to ask about {v} at the meeting.',
];
const CONTROL_PHRASES: readonly string[] = [
  'the 3 blue boxes for the spring fair',
  'the 2 new coffee machines on the fourth floor',
  'the 5 ideas for the summer picnic',
  'the 4 steps of the onboarding checklist',
];

/** A sentence without personal data, shaped like a planted one (for the controls). */
export function innocuous(): Omit<Planted, 'type'> {
  const template = ids.pick(CONTROL_TEMPLATES);
  const at = template.indexOf('{v}');
  return { value: ids.pick(CONTROL_PHRASES), prefix: template.slice(0, at), suffix: template.slice(at + 3) };
}
