// Generators of spoken phone numbers, dates, secrets, host addresses and look-alikes that pii-blind9, pii-blind10
// and pii-blind11 each held as a copy (pii-blind6 and pii-blind7 take the digit words too). What a set chose for
// itself (password words, database users and hosts, parcel countries, the IBAN lengths its look-alikes must not
// match, the phone numbers read out) stays in the set's values.ts and is passed in, so every set draws the same
// random numbers in the same order as before.
import type { Lang } from './doc.ts';
import { ALNUM, HEX, MONTHS, UPPER, b64url, dig, digitsOf, luhnRuns, pad } from './set-values.ts';
import type { Rng } from '../pii-independent/rng.ts';

type Gen = (rng: Rng) => string;

// ---- phone numbers read out ----

/** The digits 0–9 as words of each language. */
export const DIGIT_WORDS: Record<Lang, string[]> = {
  en: ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'],
  de: ['null', 'eins', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun'],
  fr: ['zéro', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf'],
  es: ['cero', 'uno', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve'],
  it: ['zero', 'uno', 'due', 'tre', 'quattro', 'cinque', 'sei', 'sette', 'otto', 'nove'],
  nl: ['nul', 'een', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen'],
};

/** A phone number read out digit by digit in the language's words. */
export const readOutDigits = (rng: Rng, lang: Lang, phone: string): string =>
  [...digitsOf(phone)].map((c) => DIGIT_WORDS[lang][Number(c)]!).join(rng.pick([' ', ' ', '-']));

/** The digits a phone number in words stands for, or undefined when it is not all digit words. */
export function spokenDigits(value: string, lang: Lang): string | undefined {
  const parts = value
    .toLowerCase()
    .split(/[\s,-]+/)
    .filter(Boolean);
  if (parts.length === 0) return undefined;
  let out = '';
  for (const p of parts) {
    const n = DIGIT_WORDS[lang].indexOf(p);
    if (n < 0) return undefined;
    out += String(n);
  }
  return out;
}

// ---- dates ----

/** A date in one of the language's spellings or ISO. */
export function dateIn(rng: Rng, lang: Lang, y: number, m: number, day: number): string {
  const mon = MONTHS[lang][m - 1]!;
  const forms: Record<Lang, string[]> = {
    en: [`${day} ${mon} ${y}`, `${mon} ${day}, ${y}`, `${pad(day)}/${pad(m)}/${y}`, `${day} ${mon.slice(0, 3)} ${y}`],
    de: [`${pad(day)}.${pad(m)}.${y}`, `${day}. ${mon} ${y}`, `${day}.${m}.${y}`],
    fr: [`${pad(day)}/${pad(m)}/${y}`, `${day === 1 ? '1er' : day} ${mon} ${y}`],
    es: [`${pad(day)}/${pad(m)}/${y}`, `${day} de ${mon} de ${y}`, `${day}-${m}-${y}`],
    it: [`${pad(day)}/${pad(m)}/${y}`, `${day} ${mon} ${y}`, `${pad(day)}.${pad(m)}.${y}`],
    nl: [`${pad(day)}-${pad(m)}-${y}`, `${day} ${mon} ${y}`],
  };
  return rng.chance(0.15) ? `${y}-${pad(m)}-${pad(day)}` : rng.pick(forms[lang]);
}

export const otherDate = (rng: Rng, lang: Lang): string => dateIn(rng, lang, rng.int(2024, 2027), rng.int(1, 12), rng.int(1, 28));

// ---- secrets ----

const chars = (rng: Rng, n: number, alphabet = ALNUM): string => rng.chars(n, alphabet);

/** An API key or token of one of several services' shapes. */
export function apiKey(rng: Rng): string {
  return rng.pick([
    () => `sk_live_${chars(rng, 24)}`,
    () => `rk_live_${chars(rng, 24)}`,
    () => `ghp_${chars(rng, 36)}`,
    () => `github_pat_11${chars(rng, 20, UPPER + '0123456789')}_${chars(rng, 59)}`,
    () => `xoxb-${dig(rng, 12)}-${dig(rng, 13)}-${chars(rng, 24)}`,
    () => `glpat-${chars(rng, 20)}`,
    () => `hf_${chars(rng, 34)}`,
    () => `AIza${chars(rng, 35, ALNUM + '-_')}`,
    () => `SG.${chars(rng, 22)}.${chars(rng, 43)}`,
    () => `sk-proj-${chars(rng, 48)}`,
    () => `dop_v1_${chars(rng, 64, HEX)}`,
    () => `npm_${chars(rng, 36)}`,
  ])();
}

export function awsKeyPair(rng: Rng): { id: string; secret: string } {
  return { id: `AKIA${chars(rng, 16, UPPER + '234567')}`, secret: chars(rng, 40, ALNUM + '/+') };
}

export function jwt(rng: Rng): string {
  const head = b64url(JSON.stringify({ alg: rng.pick(['HS256', 'RS256']), typ: 'JWT' }));
  const body = b64url(JSON.stringify({ sub: String(rng.int(1000, 99999)), iat: rng.int(1_700_000_000, 1_760_000_000) }));
  return `${head}.${body}.${chars(rng, 43, ALNUM + '-_')}`;
}

/** A private-key block as ssh-keygen writes it (base64 body in lines of 70). */
export function privateKey(rng: Rng): string {
  const body = 'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW' + chars(rng, 212, ALNUM + '+/');
  const rows = body.match(/.{1,70}/g)!;
  return ['-----BEGIN OPENSSH PRIVATE KEY-----', ...rows, '-----END OPENSSH PRIVATE KEY-----'].join('\n');
}

/** A set's own choices for its secrets: the words its passwords are made of and its databases' names. */
export interface SecretChoices {
  /** Per language, the words passwords and passphrases are built from. */
  readonly passwordWords: Record<Lang, string[]>;
  /** Database user names, hosts and PostgreSQL database names of the connection strings. */
  readonly db: { readonly users: string[]; readonly hosts: string[]; readonly postgresNames: string[] };
}

export interface SecretGenerators {
  password(rng: Rng, lang: Lang): string;
  passphrase(rng: Rng, lang: Lang): string;
  base64Password(rng: Rng, lang: Lang): string;
  connectionString(rng: Rng): string;
}

/** The secret generators that draw on a set's own words and names. */
export function secretGenerators(choices: SecretChoices): SecretGenerators {
  const words = choices.passwordWords;
  const { users, hosts, postgresNames } = choices.db;

  /** A password as people make them: a word, capitals, digits and a sign. */
  function password(rng: Rng, lang: Lang): string {
    const w = rng.pick(words[lang]);
    return rng.pick([
      () => `${w[0]!.toUpperCase()}${w.slice(1)}${rng.int(10, 99)}${rng.pick(['!', '?', '#', '$', '%'])}`,
      () => `${w.replace(/a/g, '@').replace(/o/g, '0')}${rng.int(1970, 2024)}`,
      () => chars(rng, rng.int(12, 18), ALNUM + '!#%&*+-=?'),
      () => `${rng.int(10, 99)}${w.toUpperCase()}${rng.pick(['!!', '_', '*', '.'])}${rng.int(1, 9)}`,
    ])();
  }

  /** A passphrase of four words of the language. */
  function passphrase(rng: Rng, lang: Lang): string {
    return rng
      .shuffle(words[lang])
      .slice(0, 4)
      .join(rng.pick(['-', ' ', '.']));
  }

  /** A password base64-encoded, as a Kubernetes Secret's data field holds it. */
  const base64Password = (rng: Rng, lang: Lang): string => Buffer.from(password(rng, lang)).toString('base64');

  function connectionString(rng: Rng): string {
    const user = rng.pick(users);
    const pw = chars(rng, rng.int(14, 22));
    const host = rng.pick(hosts);
    return rng.pick([
      () => `postgresql://${user}:${pw}@${host}:5432/${rng.pick(postgresNames)}`,
      () => `mysql://${user}:${pw}@${host}:3306/shop`,
      () => `mongodb+srv://${user}:${pw}@cluster0.${chars(rng, 5, 'abcdefghijklmnopqrstuvwxyz0123456789')}.mongodb.net/app`,
      () => `Server=${host};Database=Enrolment;User Id=${user};Password=${pw};`,
    ])();
  }

  return { password, passphrase, base64Password, connectionString };
}

// ---- host addresses ----

export function ip(rng: Rng): string {
  return rng.pick([
    () => `10.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(2, 254)}`,
    () => `172.${rng.int(16, 31)}.${rng.int(0, 255)}.${rng.int(2, 254)}`,
    () => `192.168.${rng.int(0, 40)}.${rng.int(2, 254)}`,
    () => `169.254.${rng.int(1, 254)}.${rng.int(1, 254)}`,
    () => `${rng.pick([31, 46, 62, 78, 85, 91, 185, 212])}.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}`,
    () => `2a02:${chars(rng, 4, HEX)}:${chars(rng, 3, HEX)}:${chars(rng, 4, HEX)}::${chars(rng, 2, HEX)}`,
    () => `fe80::${chars(rng, 4, HEX)}:${chars(rng, 4, HEX)}:${chars(rng, 4, HEX)}:${chars(rng, 4, HEX)}`,
  ])();
}

/** An address of a documentation range, loopback or unspecified: never labelled. */
export function docIp(rng: Rng): string {
  return rng.pick([
    () => `192.0.2.${rng.int(1, 254)}`,
    () => `198.51.100.${rng.int(1, 254)}`,
    () => `203.0.113.${rng.int(1, 254)}`,
    () => `127.0.${rng.int(0, 9)}.${rng.int(1, 254)}`,
    () => `0.0.0.0:${rng.int(3000, 9000)}`,
    () => `2001:db8::${rng.int(1, 99)}`,
  ])();
}

export const cidr = (rng: Rng): string =>
  rng.pick([`10.${rng.int(0, 99)}.0.0/16`, '172.16.0.0/12', `192.168.${rng.int(0, 9)}.0/24`, 'fd00::/8']);

// ---- look-alikes (never labelled) ----

export const version = (rng: Rng): string => `${rng.int(0, 9)}.${rng.int(0, 30)}.${rng.int(0, 20)}${rng.pick(['', '', '-rc1', '-beta.2'])}`;

export const timestamp = (rng: Rng): string =>
  `${rng.int(2024, 2026)}-${pad(rng.int(1, 12))}-${pad(rng.int(1, 28))}T${pad(rng.int(0, 23))}:${pad(rng.int(0, 59))}:${pad(rng.int(0, 59))}Z`;

export function amount(rng: Rng, lang: Lang): string {
  const n = rng.int(5, 4800);
  const c = rng.int(0, 99);
  return lang === 'en' ? `£${n}.${pad(c)}` : `${n},${pad(c)} €`;
}

/** Coordinates of a place (never personal data on their own). */
export const coordinates = (rng: Rng): string => `${rng.int(-40, 60)}.${dig(rng, 4)}, ${rng.int(-120, 140)}.${dig(rng, 4)}`;

/** What a set's look-alikes must avoid and its parcel numbers end in. */
export interface LookAlikeChoices {
  /** The set's own IBAN check (its country lengths): a look-alike must never pass it. */
  readonly ibanValid: (value: string) => boolean;
  /** Country codes a parcel tracking number ends in. */
  readonly trackingCountries: string[];
}

export interface LookAlikeGenerators {
  orderNumber(rng: Rng): string;
  commitHash(rng: Rng): string;
  uuid(rng: Rng): string;
  isbn(rng: Rng): string;
  tracking(rng: Rng): string;
}

/** The look-alikes that must pass neither Luhn nor the set's IBAN check. */
export function lookAlikeGenerators(choices: LookAlikeChoices): LookAlikeGenerators {
  const { ibanValid, trackingCountries } = choices;

  /** Retries a generator until its value holds no Luhn-valid run and no valid IBAN. */
  function clean(rng: Rng, f: Gen): string {
    for (;;) {
      const s = f(rng);
      if (luhnRuns(s).length === 0 && !ibanValid(s)) return s;
    }
  }

  const orderNumber = (rng: Rng): string =>
    clean(rng, (r) =>
      r.pick([
        () => `#${r.int(100000, 999999)}`,
        () => `RMA-${r.int(2024, 2026)}-${dig(r, 5)}`,
        () => `CLM-${dig(r, 7)}`,
        () => `TCK-${r.chars(2, UPPER)}${dig(r, 6)}`,
        () => `${r.chars(3, UPPER)}/${r.int(2024, 2026)}/${dig(r, 4)}`,
      ])(),
    );

  const commitHash = (rng: Rng): string => clean(rng, (r) => chars(r, rng.pick([7, 12, 40]), HEX));

  function uuid(rng: Rng): string {
    return clean(
      rng,
      (r) =>
        `${chars(r, 8, HEX)}-${chars(r, 4, HEX)}-4${chars(r, 3, HEX)}-${r.pick(['8', '9', 'a', 'b'])}${chars(r, 3, HEX)}-${chars(r, 12, HEX)}`,
    );
  }

  /** An ISBN-13 with its own check digit. */
  function isbn(rng: Rng): string {
    return clean(rng, (r) => {
      const body = `978${r.int(0, 9)}${dig(r, 8)}`;
      const s = [...body].reduce((a, c, i) => a + Number(c) * (i % 2 === 0 ? 1 : 3), 0);
      const full = body + String((10 - (s % 10)) % 10);
      return `${full.slice(0, 3)}-${full[3]}-${full.slice(4, 8)}-${full.slice(8, 12)}-${full[12]}`;
    });
  }

  const tracking = (rng: Rng): string => clean(rng, (r) => `${r.pick(['JD', 'CX', 'RR'])}${dig(r, 9)}${r.pick(trackingCountries)}`);

  return { orderNumber, commitHash, uuid, isbn, tracking };
}
