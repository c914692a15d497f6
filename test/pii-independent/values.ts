// Structured values for the independent set, generated here with their check digits computed from the schemes'
// definitions (the project's validators in shared/core/pii/checksums.ts only verify them, in check.ts).
import type { Rng } from './rng.ts';

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const B64URL = ALNUM + '-_';

/** Groups a string: ("1234567890", [4, 4], " ") → "1234 5678 90". */
export function grouped(s: string, sizes: readonly number[], sep: string): string {
  const parts: string[] = [];
  let i = 0;
  for (const n of sizes) {
    if (i >= s.length) break;
    parts.push(s.slice(i, i + n));
    i += n;
  }
  if (i < s.length) parts.push(s.slice(i));
  return parts.join(sep);
}

// ------------------------------------------------------------------------------------------- cards

function luhnCheckDigit(body: string): number {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let v = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) v = v * 2 > 9 ? v * 2 - 9 : v * 2;
    sum += v;
  }
  return (10 - (sum % 10)) % 10;
}

/** A Luhn-valid Visa, Mastercard or Amex number, grouped as printed on the card (sometimes run together). */
export function cardNumber(rng: Rng): string {
  const kind = rng.int(0, 3);
  const prefix =
    kind === 0 ? '4' : kind === 1 ? String(rng.int(51, 55)) : kind === 2 ? String(rng.int(2221, 2720)) : rng.pick(['34', '37']);
  const length = prefix === '34' || prefix === '37' ? 15 : 16;
  const body = prefix + rng.digits(length - 1 - prefix.length);
  const n = body + luhnCheckDigit(body);
  if (length === 15) return grouped(n, [4, 6, 5], rng.pick([' ', ' ', '-']));
  return rng.chance(0.15) ? n : grouped(n, [4, 4, 4, 4], rng.pick([' ', ' ', '-']));
}

// -------------------------------------------------------------------------------------------- IBAN

function mod97(numeric: string): number {
  let r = 0;
  for (const c of numeric) r = (r * 10 + Number(c)) % 97;
  return r;
}

const letterValue = (s: string) => [...s].map((c) => (/[A-Z]/.test(c) ? String(c.charCodeAt(0) - 55) : c)).join('');

/** IBAN check digits for a country and BBAN: 98 − (BBAN + country + "00") mod 97. */
function ibanOf(country: string, bban: string): string {
  const ck = 98 - mod97(letterValue(bban + country + '00'));
  return country + String(ck).padStart(2, '0') + bban;
}

function cccControl(ten: string): number {
  const w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6];
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += Number(ten[i]) * w[i]!;
  const d = 11 - (sum % 11);
  return d === 11 ? 0 : d === 10 ? 1 : d;
}

/** Spain's 20-digit Código Cuenta Cliente: entity, office, two control digits, account. */
export function esCcc(rng: Rng): string {
  const entity = rng.pick(['2100', '0049', '0182', '2038', '0081', '2085', '0128', '3058']);
  const office = rng.digits(4);
  const account = rng.digits(10);
  return entity + office + cccControl('00' + entity + office) + cccControl(account) + account;
}

const ribValue = (c: string) => {
  if (/\d/.test(c)) return c;
  const i = c.charCodeAt(0) - 65;
  return String(i < 9 ? i + 1 : i < 18 ? i - 8 : i - 16);
};

/** France's RIB: bank, branch, 11-character account, clé = 97 − (89·bank + 15·branch + 3·account) mod 97. */
export function frRib(rng: Rng): { bank: string; branch: string; account: string; key: string } {
  const bank = rng.pick(['30004', '30003', '20041', '10278', '30066', '18206', '14505']);
  const branch = rng.digits(5);
  const account = rng.chance(0.2) ? rng.digits(5) + rng.chars(1, UPPER) + rng.digits(5) : rng.digits(11);
  const acc = Number([...account].map(ribValue).join(''));
  const key = 97 - ((89 * Number(bank) + 15 * Number(branch) + 3 * (acc % 97)) % 97);
  return { bank, branch, account, key: String(key).padStart(2, '0') };
}

const CIN_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];

/** Italy's BBAN: CIN check letter + ABI + CAB + 12-character account. */
export function itBban(rng: Rng): { cin: string; abi: string; cab: string; account: string } {
  const abi = rng.pick(['03069', '02008', '05034', '01030', '03111', '05696']);
  const cab = rng.digits(5);
  const account = rng.chance(0.3) ? '0000' + rng.digits(8) : rng.digits(12);
  const body = abi + cab + account;
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    const idx = c >= 65 ? c - 65 : c - 48;
    sum += i % 2 === 0 ? CIN_ODD[idx]! : idx;
  }
  return { cin: String.fromCharCode(65 + (sum % 26)), abi, cab, account };
}

/** An IBAN of one of nine European countries, written in groups of four or run together. */
export function iban(rng: Rng, country: string): string {
  let bban: string;
  if (country === 'DE') bban = rng.digits(18);
  else if (country === 'FR') {
    const r = frRib(rng);
    bban = r.bank + r.branch + r.account + r.key;
  } else if (country === 'ES') bban = esCcc(rng);
  else if (country === 'IT') {
    const b = itBban(rng);
    bban = b.cin + b.abi + b.cab + b.account;
  } else if (country === 'NL') bban = rng.pick(['ABNA', 'RABO', 'INGB', 'TRIO', 'SNSB', 'ASNB']) + rng.digits(10);
  else if (country === 'GB') bban = rng.pick(['BARC', 'LOYD', 'HBUK', 'NWBK', 'MIDL']) + rng.digits(14);
  else if (country === 'BE') bban = rng.digits(12);
  else if (country === 'AT') bban = rng.digits(16);
  else bban = rng.digits(17); // CH
  const v = ibanOf(country, bban);
  return rng.chance(0.2) ? v : grouped(v, Array<number>(9).fill(4), ' ');
}

/** US ABA routing number (3-7-1 weights) from a Federal Reserve prefix. */
export function abaRouting(rng: Rng): string {
  const prefix = String(rng.pick([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 21, 22, 26, 31, 32, 61, 63, 67, 71])).padStart(2, '0');
  const body = prefix + rng.digits(6);
  const w = [3, 7, 1, 3, 7, 1, 3, 7];
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(body[i]) * w[i]!;
  return body + ((10 - (sum % 10)) % 10);
}

// ------------------------------------------------------------------------------------ identity numbers

/** US SSN with a valid area (not 000, 666, 9xx), group and serial. */
export function ssn(rng: Rng): string {
  let area = rng.int(1, 899);
  if (area === 666) area = 667;
  const s = `${String(area).padStart(3, '0')}-${String(rng.int(1, 99)).padStart(2, '0')}-${String(rng.int(1, 9999)).padStart(4, '0')}`;
  return s;
}

/** UK National Insurance number with an allowed prefix. */
export function nino(rng: Rng): string {
  const first = 'ABCEGHJKLMNOPRSTWXYZ';
  const second = 'ABCEGHJKLMNPRSTWXYZ';
  let p = rng.chars(1, first) + rng.chars(1, second);
  if (['GB', 'NK', 'TN', 'ZZ', 'BG', 'KN', 'NT'].includes(p)) p = 'JR';
  const d = rng.digits(6);
  return rng.chance(0.5)
    ? `${p} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${rng.chars(1, 'ABCD')}`
    : `${p}${d}${rng.chars(1, 'ABCD')}`;
}

/** UK NHS number (mod 11, weights 10…2). */
export function nhs(rng: Rng): string {
  for (;;) {
    const body = rng.digits(9);
    let sum = 0;
    for (let i = 0; i < 9; i++) sum += Number(body[i]) * (10 - i);
    const check = (11 - (sum % 11)) % 11;
    if (check === 10) continue;
    return grouped(body + check, [3, 3, 4], ' ');
  }
}

/** ISO 7064 MOD 11,10 check digit. */
function mod11_10(body: string): number {
  let p = 10;
  for (const c of body) {
    let s = (Number(c) + p) % 10;
    if (s === 0) s = 10;
    p = (s * 2) % 11;
  }
  return (11 - p) % 10;
}

/** German Steuer-ID: ten digits where one digit occurs twice and the rest once, then the check digit. */
export function deSteuerId(rng: Rng): string {
  for (;;) {
    const pool = rng.shuffle([...'0123456789']).slice(0, 9);
    const twice = rng.pick(pool);
    const digits = rng.shuffle([...pool, twice]);
    if (digits[0] === '0') continue;
    const body = digits.join('');
    const v = body + mod11_10(body);
    return rng.chance(0.5) ? grouped(v, [2, 3, 3, 3], ' ') : v;
  }
}

/** French NIR (sécurité sociale) with its key 97 − (NIR mod 97). */
export function frNir(rng: Rng): string {
  const body =
    rng.pick(['1', '2']) +
    String(rng.int(50, 99)).padStart(2, '0') +
    String(rng.int(1, 12)).padStart(2, '0') +
    String(rng.int(1, 95)).padStart(2, '0') +
    String(rng.int(1, 899)).padStart(3, '0') +
    String(rng.int(1, 999)).padStart(3, '0');
  const key = String(97 - mod97(body)).padStart(2, '0');
  return rng.chance(0.5)
    ? `${body[0]} ${body.slice(1, 3)} ${body.slice(3, 5)} ${body.slice(5, 7)} ${body.slice(7, 10)} ${body.slice(10)} ${key}`
    : body + key;
}

const DNI = 'TRWAGMYFPDXBNJZSQVHLCKE';

/** Spanish DNI (8 digits + letter) or NIE (X/Y/Z + 7 digits + letter). */
export function esDniNie(rng: Rng): string {
  if (rng.chance(0.3)) {
    const lead = rng.int(0, 2);
    const seven = rng.digits(7);
    return 'XYZ'[lead] + seven + DNI[Number(String(lead) + seven) % 23];
  }
  const n = String(rng.int(10000000, 99999999));
  return n + (rng.chance(0.2) ? '-' : '') + DNI[Number(n) % 23];
}

/** Italian codice fiscale: consonant-shaped surname and name codes, birth date, municipality, check letter. */
export function itCodiceFiscale(rng: Rng): string {
  const cons = 'BCDFGHLMNPRSTVZ';
  const month = 'ABCDEHLMPRST';
  const day = rng.int(1, 31) + (rng.chance(0.5) ? 40 : 0);
  const body =
    rng.chars(3, cons) +
    rng.chars(3, cons) +
    String(rng.int(50, 99)) +
    rng.chars(1, month) +
    String(day).padStart(2, '0') +
    rng.pick(['H', 'F', 'L', 'A', 'D', 'G']) +
    rng.digits(3);
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    const c = body.charCodeAt(i);
    const idx = c >= 65 ? c - 65 : c - 48;
    sum += i % 2 === 0 ? CIN_ODD[idx]! : idx;
  }
  return body + String.fromCharCode(65 + (sum % 26));
}

/** Dutch BSN (11-proof). */
export function nlBsn(rng: Rng): string {
  for (;;) {
    const body = String(rng.int(1, 6)) + rng.digits(7);
    let sum = 0;
    for (let i = 0; i < 8; i++) sum += Number(body[i]) * (9 - i);
    const last = sum % 11;
    if (last > 9) continue;
    const v = body + last;
    return rng.chance(0.3) ? grouped(v, [4, 2, 3], '.') : v;
  }
}

/** A passport number in the shape the issuing country uses. */
export function passport(rng: Rng, country: string): string {
  const noVowels = 'CFGHJKLMNPRTVWXYZ0123456789';
  switch (country) {
    case 'DE':
      return 'C' + rng.chars(8, noVowels);
    case 'FR':
      return rng.digits(2) + rng.chars(2, UPPER) + rng.digits(5);
    case 'ES':
      return rng.chars(3, UPPER) + rng.digits(6);
    case 'IT':
      return rng.chars(2, UPPER) + rng.digits(7);
    case 'NL':
      return rng.chars(2, 'ABCDEFGHIJKLMNPRSTUVWXYZ') + rng.chars(6, 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789') + rng.digits(1);
    default:
      return rng.chance(0.5) ? rng.digits(9) : rng.chars(1, UPPER) + rng.digits(8);
  }
}

/** A driving-licence number in the shape the issuing country uses. */
export function driverLicense(rng: Rng, country: string): string {
  switch (country) {
    case 'DE':
      return rng.chars(1, UPPER) + rng.digits(2) + rng.chars(1, UPPER) + rng.chars(6, UPPER + '0123456789') + rng.digits(1);
    case 'FR':
      return rng.digits(12);
    case 'ES':
      return esDniNie(rng);
    case 'IT':
      return rng.chars(2, UPPER) + rng.digits(7) + rng.chars(1, UPPER);
    case 'NL':
      return rng.digits(10);
    case 'GB':
      return rng.chars(5, UPPER) + rng.digits(6) + rng.chars(2, UPPER) + rng.digits(1) + rng.chars(2, UPPER);
    default:
      return rng.chars(1, UPPER) + rng.digits(7);
  }
}

// ------------------------------------------------------------------------------------------ network

/** A private or public IPv4 (never loopback, unspecified or a documentation range) or a global IPv6. */
export function ipAddress(rng: Rng): string {
  const r = rng.int(0, 5);
  if (r === 0) return `10.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}`;
  if (r === 1) return `192.168.${rng.int(0, 255)}.${rng.int(2, 254)}`;
  if (r === 2) return `172.${rng.int(16, 31)}.${rng.int(0, 255)}.${rng.int(1, 254)}`;
  if (r === 3) {
    const hex = () => rng.int(1, 0xffff).toString(16);
    return `2a0${rng.int(1, 9)}:${hex()}:${hex()}:${hex()}::${hex()}`;
  }
  const first = rng.pick([31, 37, 46, 62, 77, 81, 85, 91, 94, 109, 151, 176, 185, 212, 213]);
  return `${first}.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}`;
}

// ------------------------------------------------------------------------------------------ secrets

function base64url(s: string): string {
  return Buffer.from(s, 'utf8').toString('base64').replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
}

/** An API key or token in one of the common vendor shapes, or a JWT. */
export function apiKey(rng: Rng): string {
  switch (rng.int(0, 6)) {
    case 0:
      return 'AKIA' + rng.chars(16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567');
    case 1:
      return 'ghp_' + rng.chars(36, ALNUM);
    case 2:
      return 'sk_live_' + rng.chars(24, ALNUM);
    case 3:
      return `xoxb-${rng.digits(12)}-${rng.digits(13)}-${rng.chars(24, ALNUM)}`;
    case 4:
      return 'sk-proj-' + rng.chars(48, B64URL);
    case 5:
      return 'AIza' + rng.chars(35, B64URL);
    default: {
      const header = base64url('{"alg":"HS256","typ":"JWT"}');
      const payload = base64url(`{"sub":"${rng.digits(7)}","iat":${rng.int(1600000000, 1760000000)}}`);
      return `${header}.${payload}.${rng.chars(43, B64URL)}`;
    }
  }
}

/** A password someone would choose: word + digits + symbol, or random characters. */
export function password(rng: Rng, words: readonly string[]): string {
  if (rng.chance(0.5)) {
    const w = rng.pick(words);
    const cap = w[0]!.toUpperCase() + w.slice(1);
    return cap + rng.pick(['', '_', '.']) + rng.digits(rng.int(2, 4)) + rng.pick(['!', '?', '#', '$', '%', '']);
  }
  return rng.chars(rng.int(10, 16), ALNUM + '!#%&*+?');
}

/** Four random words joined by hyphens (a diceware-style passphrase). */
export function passphrase(rng: Rng, words: readonly string[]): string {
  const picked = new Set<string>();
  while (picked.size < 4) picked.add(rng.pick(words));
  return [...picked].join('-');
}

/** A database connection string with a password in it. */
export function connectionString(rng: Rng, words: readonly string[]): string {
  const scheme = rng.pick(['postgres', 'postgresql', 'mysql', 'mongodb', 'redis', 'amqp']);
  const user = rng.pick(['app', 'svc_orders', 'reporting', 'admin', 'etl', 'backend']);
  const host =
    rng.pick(['db', 'pg-main', 'mysql01', 'cache', 'mq']) + '.' + rng.pick(['internal', 'prod.local', 'corp.lan', 'svc.cluster.local']);
  const port = { postgres: 5432, postgresql: 5432, mysql: 3306, mongodb: 27017, redis: 6379, amqp: 5672 }[scheme];
  return `${scheme}://${user}:${password(rng, words)}@${host}:${port}/${rng.pick(['app', 'orders', 'billing', 'crm', '0'])}`;
}

export const hex = (rng: Rng, n: number) => rng.chars(n, '0123456789abcdef');
export const uuid = (rng: Rng) =>
  `${hex(rng, 8)}-${hex(rng, 4)}-4${hex(rng, 3)}-${rng.pick(['8', '9', 'a', 'b'])}${hex(rng, 3)}-${hex(rng, 12)}`;
