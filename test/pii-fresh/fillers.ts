// What fills each slot. Personal data gets its label; the hard-negative fillers are capitalised non-names and
// numbers that are not personal data (products, companies, places, works, fictional characters, public figures
// named for what they are known for, code identifiers, config placeholders, order ids, versions, amounts, dates).
import type { Rng } from '../pii-independent/rng.ts';
import type { Filler, Lang } from './doc.ts';
import { personName, type NamePools } from './names.ts';
import * as v from './values.ts';

const PRODUCTS = [
  'Kubernetes',
  'PostgreSQL',
  'Visual Studio Code',
  'ThinkPad X1 Carbon',
  'Raspberry Pi 5',
  'Photoshop',
  'Jira',
  'Notion',
  'Grafana',
  'Terraform',
  'Galaxy Tab S9',
  'AirPods Pro',
];
const COMPANIES = [
  'Siemens',
  'Heineken',
  'Renault',
  'Iberdrola',
  'Ferrero',
  'Philips',
  'Deutsche Bahn',
  'Mercadona',
  'Decathlon',
  'Lavazza',
  'Rabobank',
  'Zalando',
];
const PLACES = [
  'Rotterdam',
  'Bilbao',
  'Turin',
  'Lyon',
  'Freiburg',
  'Ghent',
  'Porto',
  'Salzburg',
  'Valencia',
  'Bologna',
  'Utrecht',
  'Montpellier',
];
const WORKS = [
  'The Name of the Rose',
  'Der Zauberberg',
  'Les Misérables',
  'Cien años de soledad',
  'Il barone rampante',
  'Max Havelaar',
  'Middlemarch',
  'Le Petit Prince',
];
const CHARACTERS = [
  'Sherlock Holmes',
  'Harry Potter',
  'Don Quixote',
  'Pinocchio',
  'Tintin',
  'Asterix',
  'Frodo Baggins',
  'Hermione Granger',
  'Pippi Longstocking',
  'Miss Marple',
];
const FIGURES = [
  'Marie Curie',
  'Albert Einstein',
  'Leonardo da Vinci',
  'Johann Sebastian Bach',
  'Napoleon Bonaparte',
  'Rembrandt van Rijn',
  'Miguel de Cervantes',
  'Isaac Newton',
  'Ada Lovelace',
  'Galileo Galilei',
];
const IDENTIFIERS = [
  'getUserName',
  'OrderService',
  'MAX_RETRIES',
  'UserProfileController',
  'parseInvoiceDate',
  'customer_id',
  'AuthTokenProvider',
  'handleSubmit',
];
const PLACEHOLDERS = ['YOUR_API_KEY', '<your-password>', '${DB_PASSWORD}', 'changeme', 'sk-...', '<token>', 'REPLACE_ME', '{{ secret }}'];
const MONTHS = ['January', 'March', 'May', 'July', 'September', 'November'];

function plain(list: readonly string[]): Filler {
  return (rng) => ({ text: rng.pick(list), type: null });
}

function orderId(rng: Rng): string {
  return rng.pick([
    `ORD-${rng.int(2019, 2026)}-${rng.digits(6)}`,
    `#${rng.int(10000, 99999)}`,
    `PO${rng.digits(7)}`,
    `${rng.digits(3)}-${rng.digits(4)}`,
  ]);
}

function amount(rng: Rng, lang: Lang): string {
  const whole = rng.int(3, 4800);
  const cents = String(rng.int(0, 99)).padStart(2, '0');
  return lang === 'en' ? `£${whole}.${cents}` : `${whole},${cents} €`;
}

function notBirthDate(rng: Rng, lang: Lang): string {
  const d = rng.int(1, 28);
  const y = rng.int(2023, 2026);
  if (lang === 'en') return `${d} ${rng.pick(MONTHS)} ${y}`;
  return `${String(d).padStart(2, '0')}.${String(rng.int(1, 12)).padStart(2, '0')}.${y}`;
}

/** The fillers for one document; `carrier` hands out the next real sentence. */
export function fillers(pools: NamePools, carrier: () => string): Record<string, Filler> {
  const person =
    (form?: string): Filler =>
    (rng) => ({ text: personName(rng, pools, form), type: 'PERSON' });
  return {
    P: person(),
    G: person('given'),
    PL: person('lower'),
    PC: person('caps'),
    PI: person('initial'),
    S: person('surname'),
    EMAIL: (rng) => ({ text: v.email(rng, rng.pick(pools.given), rng.pick(pools.surnames)), type: 'EMAIL' }),
    PHONE: (rng, lang) => ({ text: v.phone(rng, lang), type: 'PHONE' }),
    IBAN: (rng, lang) => ({ text: v.iban(rng, lang), type: 'IBAN' }),
    CARD: (rng) => ({ text: v.cardNumber(rng), type: 'CREDIT_CARD' }),
    ADDR: (rng, lang) => ({ text: v.address(rng, lang), type: 'ADDRESS' }),
    DOB: (rng, lang) => ({ text: v.birthDate(rng, lang), type: 'DATE_OF_BIRTH' }),
    KEY: (rng) => ({ text: v.apiKey(rng), type: 'SECRET' }),
    PW: (rng) => ({ text: v.password(rng), type: 'SECRET' }),
    PRODUCT: plain(PRODUCTS),
    COMPANY: plain(COMPANIES),
    PLACE: plain(PLACES),
    WORK: plain(WORKS),
    CHAR: plain(CHARACTERS),
    FIGURE: plain(FIGURES),
    IDENT: plain(IDENTIFIERS),
    PLACEHOLDER: plain(PLACEHOLDERS),
    ORDER: (rng) => ({ text: orderId(rng), type: null }),
    VERSION: (rng) => ({ text: `${rng.int(1, 9)}.${rng.int(0, 24)}.${rng.int(0, 12)}`, type: null }),
    AMOUNT: (rng, lang) => ({ text: amount(rng, lang), type: null }),
    DATE: (rng, lang) => ({ text: notBirthDate(rng, lang), type: null }),
    CARRIER: () => ({ text: carrier(), type: null }),
  };
}
