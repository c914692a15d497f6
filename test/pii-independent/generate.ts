// Builds the documents of the independent set from the inputs (carrier sentences, name parts) and the language
// packs: per language about half sensitive (one primary kind of value each, sometimes a second) and half not,
// of which more than 40 % hard negatives. Deterministic for a given seed.
import { compose, fill, type Doc, type Entity, type Piece } from './compose.ts';
import { de } from './lang/de.ts';
import { en } from './lang/en.ts';
import { es } from './lang/es.ts';
import { fr } from './lang/fr.ts';
import { it } from './lang/it.ts';
import { nl } from './lang/nl.ts';
import type { LangPack, PhraseKind } from './lang/pack.ts';
import { anyFullName, mailLocal, person, personName, type NamePools } from './names.ts';
import { LANGS, Rng, type Lang } from './rng.ts';
import type { Carrier } from './sources.ts';
import * as v from './values.ts';

export const PACKS: Readonly<Record<Lang, LangPack>> = { en, de, fr, es, it, nl };

/** Primary kinds of the sensitive documents of one language, with how many of each. */
const POSITIVE_MIX: readonly [PhraseKind, number][] = [
  ['PERSON', 22], ['ADDRESS', 11], ['EMAIL', 5], ['EMAIL_SPOKEN', 2], ['PHONE', 6], ['PHONE_WORDS', 3], ['PHONE_SPACED', 2],
  ['DATE_OF_BIRTH', 5], ['CREDIT_CARD', 5], ['IBAN', 5], ['BANK_NATIONAL', 5], ['BANK_US', 2], ['NATIONAL_ID', 5], ['SSN', 2],
  ['PASSPORT', 3], ['DRIVER_LICENSE', 3], ['IP_ADDRESS', 4], ['API_KEY', 4], ['PASSWORD', 3], ['PASSPHRASE', 3],
  ['CONNECTION_STRING', 2],
]; // prettier-ignore

/** Negative documents of one language by kind: plain carriers, prompts with nothing personal, hard negatives. */
const NEGATIVE_MIX = { carrier: 30, prompt: 25, hard: 45 } as const;

const MAIL_DOMAINS: Readonly<Record<Lang, readonly string[]>> = {
  en: ['outlook.com', 'fastmail.com', 'proton.me', 'btinternet.com', 'yahoo.co.uk', 'harbourline-freight.co.uk'],
  de: ['gmx.de', 'web.de', 'posteo.de', 't-online.de', 'mailbox.org', 'kuehlhaus-nord.de'],
  fr: ['orange.fr', 'free.fr', 'laposte.net', 'sfr.fr', 'atelier-verrier.fr'],
  es: ['telefonica.net', 'yahoo.es', 'gmail.com', 'hotmail.es', 'bodegas-aranda.es'],
  it: ['libero.it', 'tiscali.it', 'virgilio.it', 'alice.it', 'fornace-umbra.it'],
  nl: ['ziggo.nl', 'kpnmail.nl', 'xs4all.nl', 'hetnet.nl', 'zuivel-noord.nl'],
};

/** How "dot" and "at" are spoken in each language, for obfuscated addresses. */
const SPOKEN_MAIL: Readonly<Record<Lang, [string, string]>> = {
  en: ['dot', 'at'],
  de: ['punkt', 'at'],
  fr: ['point', 'arobase'],
  es: ['punto', 'arroba'],
  it: ['punto', 'chiocciola'],
  nl: ['punt', 'apenstaartje'],
};

const IBAN_COUNTRIES = ['DE', 'FR', 'ES', 'IT', 'NL', 'GB', 'BE', 'AT', 'CH'];

const TITLES: Readonly<Record<Lang, readonly string[]>> = {
  en: ['Dr ', 'Ms ', 'Mr '],
  de: ['Frau ', 'Herrn ', 'Dr. '],
  fr: ['M. ', 'Mme ', 'Dr '],
  es: ['Sr. ', 'Sra. ', 'Dra. '],
  it: ['Sig.ra ', 'Dott. ', 'Ing. '],
  nl: ['mevrouw ', 'meneer ', 'dr. '],
};

interface Context {
  rng: Rng;
  lang: Lang;
  pack: LangPack;
  names: NamePools;
  carriers: Carrier[];
  cursor: number;
}

function nextCarrier(c: Context): string {
  const s = c.carriers[c.cursor % c.carriers.length]!.text;
  c.cursor++;
  return s;
}

function carrierText(c: Context, max: number): string {
  const n = c.rng.int(1, max);
  return Array.from({ length: n }, () => nextCarrier(c)).join(' ');
}

/** A name in a {W} position: mid-sentence, sometimes a title and surname (the title outside the span). */
function whoName(c: Context): Piece[] {
  if (c.rng.chance(0.12)) return [c.rng.pick(TITLES[c.lang]), person(personName(c.rng, c.names, 'surname'))];
  return [person(anyFullName(c.rng, c.names))];
}

function birthDate(rng: Rng) {
  return { day: rng.int(1, 28), month: rng.int(1, 12), year: rng.int(1941, 2006) };
}

function email(c: Context, spoken: boolean): string {
  const local = mailLocal(c.rng, anyFullName(c.rng, c.names));
  const domain = c.rng.pick(MAIL_DOMAINS[c.lang]);
  if (!spoken) return `${local}@${domain}`;
  const [dot, at] = SPOKEN_MAIL[c.lang];
  const say = (s: string) => s.replace(/\./g, ` ${dot} `);
  return `${say(local)} ${at} ${say(domain)}`;
}

/** The phone number's digits read out one by one: as words, or as digits with spaces between them. */
function phoneReadOut(c: Context, words: boolean): string {
  const digits = c.pack
    .phone(c.rng)
    .replace(/^\+\d\d?/, '0')
    .replace(/\D/g, '')
    .replace(/^00/, '0');
  return [...digits].map((d) => (words ? c.pack.digitWords[Number(d)]! : d)).join(words && c.rng.chance(0.3) ? ', ' : ' ');
}

/** The values for {A} and {B} of one phrase kind. */
function values(c: Context, kind: PhraseKind): Entity[] {
  const { rng, pack } = c;
  const country = rng.pick(pack.countries);
  const one = (type: Entity['type'], text: string): Entity[] => [{ type, text }];
  switch (kind) {
    case 'PERSON':
      return [person(anyFullName(rng, c.names)), person(anyFullName(rng, c.names))];
    case 'EMAIL':
      return one('EMAIL', email(c, false));
    case 'EMAIL_SPOKEN':
      return one('EMAIL', email(c, true));
    case 'PHONE':
      return one('PHONE', pack.phone(rng));
    case 'PHONE_WORDS':
      return one('PHONE', phoneReadOut(c, true));
    case 'PHONE_SPACED':
      return one('PHONE', phoneReadOut(c, false));
    case 'ADDRESS':
      return one('ADDRESS', pack.address(rng));
    case 'DATE_OF_BIRTH':
      return one('DATE_OF_BIRTH', pack.date(rng, birthDate(rng)));
    case 'CREDIT_CARD':
      return one('CREDIT_CARD', v.cardNumber(rng));
    case 'IBAN':
      return one('IBAN', v.iban(rng, IBAN_COUNTRIES.includes(country) && rng.chance(0.7) ? country : rng.pick(IBAN_COUNTRIES)));
    case 'BANK_NATIONAL':
      return pack.bankNational(rng).map((text) => ({ type: 'BANK_ACCOUNT', text }));
    case 'BANK_US':
      return [
        { type: 'BANK_ACCOUNT', text: v.abaRouting(rng) },
        { type: 'BANK_ACCOUNT', text: rng.digits(rng.int(8, 12)) },
      ];
    case 'NATIONAL_ID':
      return one('NATIONAL_ID', pack.nationalId(rng));
    case 'SSN':
      return one('SSN', v.ssn(rng));
    case 'PASSPORT':
      return one('PASSPORT', v.passport(rng, country));
    case 'DRIVER_LICENSE':
      return one('DRIVER_LICENSE', v.driverLicense(rng, country));
    case 'IP_ADDRESS':
      return one('IP_ADDRESS', v.ipAddress(rng));
    case 'API_KEY':
      return one('SECRET', v.apiKey(rng));
    case 'PASSWORD':
      return one('SECRET', v.password(rng, pack.words));
    case 'PASSPHRASE':
      return one('SECRET', v.passphrase(rng, pack.words));
    case 'CONNECTION_STRING':
      return one('SECRET', v.connectionString(rng, pack.words));
  }
}

/** One sentence carrying values of the kind; PERSON sometimes as a greeting or sign-off with the given name alone. */
function phrase(c: Context, kind: PhraseKind): Piece[] {
  if (kind === 'PERSON' && c.rng.chance(0.35)) {
    const form = c.rng.chance(0.7) ? 'given' : 'full';
    return fill(c.rng.pick(c.pack.addressing), { A: [person(personName(c.rng, c.names, form))] });
  }
  const [a, b] = values(c, kind);
  const templates = c.pack.phrases[kind].filter((t) => b !== undefined || !t.includes('{B}'));
  return fill(c.rng.pick(templates), { A: [a!], B: b ? [b] : [] });
}

function ticketNumber(rng: Rng): string {
  return rng.pick([`#${rng.int(10000, 99999)}`, `INC-${rng.int(2023, 2026)}-${rng.digits(5)}`, `SR${rng.digits(6)}`]);
}

/** Puts {W} and {P} into a carrier or prompt frame; `whoMatters` keeps to frames that show {W}. */
function frame(c: Context, W: Piece[], P: Piece[], whoMatters = false): Piece[] {
  const slots = { W, P, O: [ticketNumber(c.rng)] };
  const usable = (frames: readonly string[]) => frames.filter((f) => !whoMatters || f.includes('{W}'));
  if (c.rng.chance(0.45)) return fill(c.rng.pick(usable(c.pack.carrierFrames)), { ...slots, C: [carrierText(c, 2)] });
  return fill(c.rng.pick(usable(c.pack.promptFrames)), slots);
}

function positive(c: Context, kind: PhraseKind): Piece[] {
  const nameAsWho = kind === 'PERSON' ? c.rng.chance(0.5) : c.rng.chance(0.3);
  const W = nameAsWho ? whoName(c) : [c.rng.pick(c.pack.generic)];
  const nameOnlyInWho = kind === 'PERSON' && nameAsWho && c.rng.chance(0.5);
  let P = nameOnlyInWho ? [c.rng.pick(c.pack.neutral)] : phrase(c, kind);
  if (c.rng.chance(0.15)) {
    const second = c.rng.pick(POSITIVE_MIX)[0];
    P = [...P, ' ', ...phrase(c, second)];
  }
  return frame(c, W, P, nameOnlyInWho);
}

function luhnFailing16(rng: Rng): string {
  for (;;) {
    const d = rng.digits(16);
    let sum = 0;
    for (let i = 0; i < 16; i++) {
      let x = Number(d[15 - i]);
      if (i % 2 === 1) x = x * 2 > 9 ? x * 2 - 9 : x * 2;
      sum += x;
    }
    if (sum % 10 !== 0) return v.grouped(d, [4, 4, 4, 4], ' ');
  }
}

/** Fills a hard-negative template's literal slots with generated values that are not personal data. */
function hardNegativeText(c: Context): string {
  const { rng } = c;
  const slot: Record<string, () => string> = {
    D: () => c.pack.date(rng, { day: rng.int(1, 28), month: rng.int(1, 12), year: rng.int(2024, 2026) }),
    O: () => rng.pick([`A-${rng.int(2024, 2026)}-${rng.digits(5)}`, `#${rng.int(300, 999)}-${rng.digits(7)}`, `ORD${rng.digits(8)}`]),
    V: () => rng.pick([`${rng.int(1, 9)}.${rng.int(0, 30)}.${rng.int(0, 12)}`, `v${rng.int(1, 4)}.${rng.int(0, 20)}.0-rc${rng.int(1, 4)}`]),
    H: () => v.hex(rng, 40),
    U: () => v.uuid(rng),
    Q: () => String(rng.int(2, 4000)),
    Y: () => String(rng.int(2019, 2024)),
    F: () => luhnFailing16(rng),
  };
  return rng.pick(c.pack.hardNegatives).replace(/\{([A-Z])\}/g, (m, k: string) => slot[k]?.() ?? m);
}

function negative(c: Context, kind: keyof typeof NEGATIVE_MIX): Piece[] {
  const W = [c.rng.pick(c.pack.generic)];
  if (kind === 'carrier') return c.rng.chance(0.4) ? [carrierText(c, 3)] : frame(c, W, [c.rng.pick(c.pack.neutral)]);
  if (kind === 'prompt') return fill(c.rng.pick(c.pack.promptFrames), { W, P: [c.rng.pick(c.pack.neutral)], O: [ticketNumber(c.rng)] });
  const text = hardNegativeText(c);
  return c.rng.chance(0.5) ? [text] : frame(c, W, [text]);
}

/** Every document of one language, shuffled, with ids that name the language and kind. */
function languageDocs(lang: Lang, seed: number, names: NamePools, carriers: readonly Carrier[]): Doc[] {
  const rng = new Rng(seed);
  const c: Context = { rng, lang, pack: PACKS[lang], names, carriers: rng.shuffle(carriers.filter((x) => x.lang === lang)), cursor: 0 };
  const plan: { kind: string; build: () => Piece[] }[] = [];
  for (const [kind, n] of POSITIVE_MIX) for (let i = 0; i < n; i++) plan.push({ kind: 'pos', build: () => positive(c, kind) });
  for (const [kind, n] of Object.entries(NEGATIVE_MIX) as [keyof typeof NEGATIVE_MIX, number][])
    for (let i = 0; i < n; i++) plan.push({ kind: kind === 'hard' ? 'hard' : 'neg', build: () => negative(c, kind) });
  return rng.shuffle(plan).map((p, i) => {
    const { text, entities } = compose(p.build());
    return { id: `ind-${lang}-${String(i + 1).padStart(3, '0')}-${p.kind}`, text, lang, entities };
  });
}

export function generate(seed: number, names: NamePools, carriers: readonly Carrier[]): Doc[] {
  return LANGS.flatMap((lang, i) => languageDocs(lang, seed + i * 7919, names, carriers));
}
