// Seeded PRNG, identifier generators and validators for the held-out PII set.
// Node built-ins only. Every structured identifier is generated with valid check digits
// and re-validated by the functions below (see generate.ts --check).

let state = 0x5eed2026 >>> 0;
export function seed(s: number) {
  state = s >>> 0;
}
// mulberry32
export function rng(): number {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
export const ri = (a: number, b: number) => a + Math.floor(rng() * (b - a + 1));
export const pick = <T>(a: readonly T[]): T => a[Math.floor(rng() * a.length)]!;
export const chance = (p: number) => rng() < p;
export const digits = (n: number) => Array.from({ length: n }, () => ri(0, 9)).join('');
export const pad = (n: number, w: number) => String(n).padStart(w, '0');
const UP = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
export const chars = (n: number, set = ALNUM) => Array.from({ length: n }, () => set[ri(0, set.length - 1)]).join('');
export const hex = (n: number) => chars(n, '0123456789abcdef');
export const group = (s: string, sizes: number[], sep: string) => {
  const out: string[] = [];
  let i = 0;
  for (const z of sizes) {
    if (i >= s.length) break;
    out.push(s.slice(i, i + z));
    i += z;
  }
  if (i < s.length) out.push(s.slice(i));
  return out.join(sep);
};
export const onlyDigits = (s: string) => s.replace(/\D/g, '');
export const compact = (s: string) => s.replace(/[\s.\-/]/g, '').toUpperCase();

// ---------- Luhn ----------
export function luhnOk(s: string): boolean {
  let sum = 0,
    dbl = false;
  for (let i = s.length - 1; i >= 0; i--) {
    let d = s.charCodeAt(i) - 48;
    if (dbl) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    dbl = !dbl;
  }
  return s.length > 1 && sum % 10 === 0;
}
export function luhnComplete(prefix: string): string {
  for (let c = 0; c < 10; c++) if (luhnOk(prefix + c)) return prefix + c;
  throw new Error('luhn');
}

export const TEST_CARDS = [
  '4242424242424242',
  '4111111111111111',
  '5555555555554444',
  '378282246310005',
  '4000000000003220',
  '5105105105105100',
  '6011111111111117',
  '4000056655665556',
  '371449635398431',
  '4012888888881881',
];
export function creditCard(): string {
  for (;;) {
    const k = pick(['visa', 'visa', 'visa', 'mc', 'mc', 'mc2', 'amex', 'disc', 'visa13']);
    let p: string,
      len = 16;
    if (k === 'visa') p = '4' + digits(5);
    else if (k === 'visa13') {
      p = '4' + digits(5);
      len = 16;
    } else if (k === 'mc') p = String(ri(51, 55)) + digits(4);
    else if (k === 'mc2') p = String(ri(2221, 2720)) + digits(2);
    else if (k === 'amex') {
      p = pick(['34', '37']) + digits(4);
      len = 15;
    } else p = '6011' + digits(2);
    const n = luhnComplete(p + digits(len - 1 - p.length));
    if (TEST_CARDS.includes(n)) continue;
    if (len === 15) return pick([group(n, [4, 6, 5], ' '), group(n, [4, 6, 5], '-'), n]);
    return pick([group(n, [4, 4, 4, 4], ' '), group(n, [4, 4, 4, 4], ' '), group(n, [4, 4, 4, 4], '-'), n, group(n, [4, 4, 4, 4], '  ')]);
  }
}
export function luhnFail16(): string {
  for (;;) {
    const n = pick(['4', '5', '3', '6', '1', '8']) + digits(15);
    if (!luhnOk(n)) return n;
  }
}

// ---------- IBAN ----------
const IBAN_LEN: Record<string, number> = {
  DE: 22,
  AT: 20,
  CH: 21,
  FR: 27,
  ES: 24,
  IT: 27,
  NL: 18,
  GB: 22,
  BE: 16,
  PL: 28,
  SE: 24,
  IE: 22,
  PT: 25,
  LU: 20,
};
function mod97(s: string): number {
  let r = 0;
  for (const ch of s) {
    const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const d of v) r = (r * 10 + (d.charCodeAt(0) - 48)) % 97;
  }
  return r;
}
export function ibanOk(raw: string): boolean {
  const s = raw.replace(/\s+/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(s)) return false;
  if (IBAN_LEN[s.slice(0, 2)] && IBAN_LEN[s.slice(0, 2)] !== s.length) return false;
  return mod97(s.slice(4) + s.slice(0, 4)) === 1;
}
function esControl(ten: string): number {
  const w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6];
  let s = 0;
  for (let i = 0; i < 10; i++) s += w[i]! * +ten[i]!;
  const d = 11 - (s % 11);
  return d === 11 ? 0 : d === 10 ? 1 : d;
}
function bban(cc: string): string {
  switch (cc) {
    case 'DE':
      return digits(18);
    case 'AT':
      return digits(16);
    case 'CH':
      return digits(17);
    case 'FR': {
      const bank = pad(ri(10000, 30000), 5),
        br = digits(5),
        acc = digits(11);
      const key = 97 - Number((89n * BigInt(bank) + 15n * BigInt(br) + 3n * BigInt(acc)) % 97n);
      return bank + br + acc + pad(key, 2);
    }
    case 'ES': {
      const bank = digits(4),
        br = digits(4),
        acc = digits(10);
      return bank + br + esControl('00' + bank + br) + esControl(acc) + acc;
    }
    case 'IT':
      return pick(UP.split('')) + digits(10) + digits(12);
    case 'NL':
      return pick(['ABNA', 'INGB', 'RABO', 'SNSB', 'TRIO', 'ASNB', 'KNAB', 'BUNQ']) + digits(10);
    case 'GB':
      return pick(['NWBK', 'BARC', 'LOYD', 'HBUK', 'MIDL', 'MONZ']) + digits(14);
    case 'BE': {
      const ten = pad(ri(1, 9999999999), 10);
      let c = Number(BigInt(ten) % 97n);
      if (c === 0) c = 97;
      return ten + pad(c, 2);
    }
    case 'PL':
      return digits(24);
    case 'SE':
      return digits(20);
    case 'IE':
      return pick(['AIBK', 'BOFI']) + digits(14);
    case 'PT':
      return digits(21);
    case 'LU':
      return digits(16);
  }
  throw new Error(cc);
}
export function ibanCompact(cc: string): string {
  const b = bban(cc);
  const chk = 98 - mod97(b + cc + '00');
  return cc + pad(chk, 2) + b;
}
export function fmtIban(s: string, style = ri(0, 11)): string {
  if (style <= 2) return group(s, Array(10).fill(4), ' ');
  if (style === 3 || style === 5 || style === 6) return s;
  if (style === 4)
    return group(s, Array(10).fill(4), ' ')
      .toLowerCase()
      .replace(/^[a-z]{2}/, (m) => m.toUpperCase());
  return group(s, Array(10).fill(4), ' ');
}
export function iban(cc: string): string {
  return fmtIban(ibanCompact(cc));
}
export function badIban(cc: string): string {
  for (;;) {
    const good = ibanCompact(cc);
    let bad: string;
    if (chance(0.5)) bad = good.slice(0, 2) + pad(ri(2, 98), 2) + good.slice(4);
    else {
      const i = ri(5, good.length - 1);
      const c = good[i];
      const nc = /\d/.test(c!) ? String((+c! + ri(1, 9)) % 10) : c;
      bad = good.slice(0, i) + nc + good.slice(i + 1);
    }
    const out = fmtIban(bad, pick([0, 3]));
    // avoid an accidental Luhn-valid 16-digit run inside the look-alike (it would read as a card number)
    if (!ibanOk(bad) && ![...out.matchAll(/(?=(\d{4} \d{4} \d{4} \d{4}))/g)].some((m) => luhnOk(m[1]!.replace(/ /g, '')))) return out;
  }
}

// ---------- bank accounts ----------
export function abaOk(s: string): boolean {
  if (!/^\d{9}$/.test(s)) return false;
  const d = s.split('').map(Number);
  return (3 * (d[0]! + d[3]! + d[6]!) + 7 * (d[1]! + d[4]! + d[7]!) + (d[2]! + d[5]! + d[8]!)) % 10 === 0;
}
export function aba(): string {
  const p = pad(pick([ri(1, 12), ri(21, 32)]), 2) + digits(6);
  for (let c = 0; c < 10; c++) if (abaOk(p + c)) return p + c;
  throw new Error('aba');
}
export const usAccount = () => String(ri(1, 9)) + digits(ri(7, 11));
export const sortCode = () => group(pad(ri(10000, 999999), 6), [2, 2, 2], pick(['-', '-', ' ']));
export const ukAccount = () => digits(8);

// ---------- SSN / ITIN ----------
export function ssnOk(s: string): boolean {
  const m = /^(\d{3})[- ]?(\d{2})[- ]?(\d{4})$/.exec(s);
  if (!m) return false;
  const a = +m[1]!,
    g = +m[2]!,
    n = +m[3]!;
  return a > 0 && a !== 666 && a < 900 && g > 0 && n > 0;
}
export function ssn(): string {
  for (;;) {
    const a = ri(1, 899);
    if (a === 666) continue;
    const s = `${pad(a, 3)}-${pad(ri(1, 99), 2)}-${pad(ri(1, 9999), 4)}`;
    if (s === '078-05-1120' || s === '123-45-6789') continue;
    return pick([s, s, s, s.replace(/-/g, ' '), s.replace(/-/g, '')]);
  }
}
export function itinOk(s: string): boolean {
  const d = onlyDigits(s);
  if (d.length !== 9 || d[0] !== '9') return false;
  const g = +d.slice(3, 5);
  return (g >= 50 && g <= 65) || (g >= 70 && g <= 88) || (g >= 90 && g <= 92) || (g >= 94 && g <= 99);
}
export function itin(): string {
  const g = pick([ri(50, 65), ri(70, 88), ri(94, 99)]);
  return `9${digits(2)}-${g}-${digits(4)}`;
}

// ---------- UK ----------
const NINO_1 = 'ABCEGHJKLMNOPRSTWXYZ',
  NINO_2 = 'ABCEGHJKLMNPRSTWXYZ',
  NINO_BAD = ['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ'];
export function ninoOk(s: string): boolean {
  const c = s.replace(/\s/g, '').toUpperCase();
  const m = /^([A-Z]{2})\d{6}[A-D]$/.exec(c);
  return !!m && NINO_1.includes(c[0]!) && NINO_2.includes(c[1]!) && !NINO_BAD.includes(m[1]!);
}
export function nino(): string {
  for (;;) {
    const p = pick(NINO_1.split('')) + pick(NINO_2.split(''));
    if (NINO_BAD.includes(p)) continue;
    const d = digits(6),
      s = pick('ABCD'.split(''));
    return chance(0.5) ? `${p} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${s}` : p + d + s;
  }
}
export function nhsOk(s: string): boolean {
  const d = onlyDigits(s);
  if (d.length !== 10) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += +d[i]! * (10 - i);
  let c = 11 - (sum % 11);
  if (c === 11) c = 0;
  return c !== 10 && c === +d[9]!;
}
export function nhs(): string {
  for (;;) {
    const b = String(ri(4, 7)) + digits(8);
    let sum = 0;
    for (let i = 0; i < 9; i++) sum += +b[i]! * (10 - i);
    let c = 11 - (sum % 11);
    if (c === 11) c = 0;
    if (c === 10) continue;
    const n = b + c;
    return pick([group(n, [3, 3, 4], ' '), group(n, [3, 3, 4], '-'), n]);
  }
}

// ---------- DE Steuer-ID ----------
export function steuerIdOk(s: string): boolean {
  const d = onlyDigits(s);
  if (d.length !== 11 || d[0] === '0') return false;
  const counts = new Map<string, number>();
  for (const c of d.slice(0, 10)) counts.set(c, (counts.get(c) ?? 0) + 1);
  const multi = [...counts.values()].filter((v) => v > 1);
  if (multi.length !== 1 || multi[0]! > 3) return false;
  let prod = 10;
  for (let i = 0; i < 10; i++) {
    let sum = (+d[i]! + prod) % 10;
    if (sum === 0) sum = 10;
    prod = (sum * 2) % 11;
  }
  let chk = 11 - prod;
  if (chk === 10) chk = 0;
  return chk === +d[10]!;
}
export function steuerId(): string {
  for (;;) {
    const ds = '0123456789'.split('');
    for (let i = 9; i > 0; i--) {
      const j = ri(0, i);
      [ds[i], ds[j]] = [ds[j]!, ds[i]!];
    }
    const nine = ds.slice(0, 9);
    const dup = pick(nine);
    nine.splice(ri(0, 9), 0, dup);
    const ten = nine.join('');
    if (ten[0] === '0') continue;
    let prod = 10;
    for (let i = 0; i < 10; i++) {
      let sum = (+ten[i]! + prod) % 10;
      if (sum === 0) sum = 10;
      prod = (sum * 2) % 11;
    }
    let chk = 11 - prod;
    if (chk === 10) chk = 0;
    const n = ten + chk;
    if (!steuerIdOk(n)) continue;
    return pick([n, group(n, [2, 3, 3, 3], ' '), n]);
  }
}

// ---------- FR NIR ----------
export function nirOk(s: string): boolean {
  const d = s.replace(/\s/g, '');
  if (!/^[12]\d{14}$/.test(d)) return false;
  return 97 - Number(BigInt(d.slice(0, 13)) % 97n) === +d.slice(13);
}
export function nir(): string {
  const body =
    String(ri(1, 2)) +
    pad(ri(40, 99), 2) +
    pad(ri(1, 12), 2) +
    pad(pick([ri(1, 19), ri(21, 95)]), 2) +
    pad(ri(1, 990), 3) +
    pad(ri(1, 999), 3);
  const key = 97 - Number(BigInt(body) % 97n);
  const n = body + pad(key, 2);
  return chance(0.6) ? group(n, [1, 2, 2, 2, 3, 3, 2], ' ') : n;
}

// ---------- ES DNI / NIE ----------
const DNI_L = 'TRWAGMYFPDXBNJZSQVHLCKE';
export function dniOk(s: string): boolean {
  const c = s.replace(/[\s.-]/g, '').toUpperCase();
  const m = /^([XYZ]?)(\d{7,8})([A-Z])$/.exec(c);
  if (!m) return false;
  const num = m[1] ? 'XYZ'.indexOf(m[1]) + m[2]! : m[2];
  if (m[1] && m[2]!.length !== 7) return false;
  if (!m[1] && m[2]!.length !== 8) return false;
  return DNI_L[+num! % 23] === m[3];
}
export function dni(): string {
  const n = pad(ri(1000000, 99999999), 8);
  const l = DNI_L[+n % 23];
  return pick([n + l, n + l, `${n}-${l}`, `${n.slice(0, 2)}.${n.slice(2, 5)}.${n.slice(5)}-${l}`, `${n} ${l}`]);
}
export function nie(): string {
  const p = ri(0, 2);
  const n = digits(7);
  const l = DNI_L[+(p + n) % 23];
  return pick([`${'XYZ'[p]}${n}${l}`, `${'XYZ'[p]}-${n}-${l}`]);
}

// ---------- IT codice fiscale ----------
const CF_ODD: Record<string, number> = {
  '0': 1,
  '1': 0,
  '2': 5,
  '3': 7,
  '4': 9,
  '5': 13,
  '6': 15,
  '7': 17,
  '8': 19,
  '9': 21,
  A: 1,
  B: 0,
  C: 5,
  D: 7,
  E: 9,
  F: 13,
  G: 15,
  H: 17,
  I: 19,
  J: 21,
  K: 2,
  L: 4,
  M: 18,
  N: 20,
  O: 11,
  P: 3,
  Q: 6,
  R: 8,
  S: 12,
  T: 14,
  U: 16,
  V: 10,
  W: 22,
  X: 25,
  Y: 24,
  Z: 23,
};
const cfEven = (c: string) => (/\d/.test(c) ? +c : c.charCodeAt(0) - 65);
function cfCheck(s15: string): string {
  let sum = 0;
  for (let i = 0; i < 15; i++) sum += i % 2 === 0 ? CF_ODD[s15[i]!]! : cfEven(s15[i]!);
  return UP[sum % 26]!;
}
export function cfOk(s: string): boolean {
  const c = s.toUpperCase();
  return /^[A-Z]{6}\d{2}[ABCDEHLMPRST]\d{2}[A-Z]\d{3}[A-Z]$/.test(c) && cfCheck(c.slice(0, 15)) === c[15];
}
function cfPart(word: string, isName: boolean): string {
  const w = word
    .toUpperCase()
    .normalize('NFD')
    .replace(/[^A-Z]/g, '');
  const cons = w.replace(/[AEIOU]/g, '').split(''),
    vow = w.replace(/[^AEIOU]/g, '').split('');
  if (isName && cons.length >= 4) return cons[0]! + cons[2]! + cons[3];
  return (cons.join('') + vow.join('') + 'XXX').slice(0, 3);
}
export function codiceFiscale(first?: string, last?: string): string {
  const f = first ?? pick(['Giulia', 'Marco', 'Chiara', 'Alessandro', 'Francesca', 'Davide', 'Elena', 'Matteo', 'Sara', 'Luca']);
  const l = last ?? pick(['Bianchi', 'Esposito', 'Colombo', 'Ricci', 'Marino', 'Greco', 'Bruno', 'Gallo', 'Conti', 'De Luca']);
  const female = chance(0.5);
  const s15 =
    cfPart(l, false) +
    cfPart(f, true) +
    pad(ri(40, 99), 2) +
    'ABCDEHLMPRST'[ri(0, 11)] +
    pad(ri(1, 28) + (female ? 40 : 0), 2) +
    pick('ABCDEFGHILM'.split('')) +
    pad(ri(1, 999), 3);
  return s15 + cfCheck(s15);
}

// ---------- NL BSN ----------
export function bsnOk(s: string): boolean {
  const d = onlyDigits(s);
  if (d.length !== 9 || d === '000000000') return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += +d[i]! * (9 - i);
  sum -= +d[8]!;
  return sum % 11 === 0;
}
export function bsn(): string {
  for (;;) {
    const b = String(ri(1, 6)) + digits(7);
    let sum = 0;
    for (let i = 0; i < 8; i++) sum += +b[i]! * (9 - i);
    const c = sum % 11;
    if (c === 10) continue;
    const n = b + c;
    if (!bsnOk(n)) continue;
    return pick([n, n, group(n, [4, 2, 3], '.'), group(n, [3, 3, 3], ' ')]);
  }
}

// ---------- PL PESEL ----------
export function peselOk(s: string): boolean {
  const d = onlyDigits(s);
  if (d.length !== 11) return false;
  const w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += w[i]! * +d[i]!;
  return (10 - (sum % 10)) % 10 === +d[10]!;
}
export function pesel(): string {
  const y = ri(1950, 2005),
    m = ri(1, 12),
    day = ri(1, 28);
  const b = pad(y % 100, 2) + pad(m + (y >= 2000 ? 20 : 0), 2) + pad(day, 2) + digits(4);
  const w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += w[i]! * +b[i]!;
  return b + ((10 - (sum % 10)) % 10);
}

// ---------- SE personnummer ----------
export function pnrOk(s: string): boolean {
  const d = onlyDigits(s);
  const ten = d.length === 12 ? d.slice(2) : d;
  return ten.length === 10 && luhnOk(ten);
}
export function personnummer(): string {
  const y = ri(1945, 2004),
    m = ri(1, 12),
    day = ri(1, 28);
  const ten = luhnComplete(pad(y % 100, 2) + pad(m, 2) + pad(day, 2) + digits(3));
  return pick([`${ten.slice(0, 6)}-${ten.slice(6)}`, `${y}${ten.slice(2, 6)}-${ten.slice(6)}`, `${y}${ten.slice(2)}`]);
}

// ---------- CA SIN ----------
export function sinOk(s: string): boolean {
  const d = onlyDigits(s);
  return d.length === 9 && d[0] !== '0' && d[0] !== '8' && luhnOk(d);
}
export function sin(): string {
  const n = luhnComplete(String(pick([1, 2, 3, 4, 5, 6, 7, 9])) + digits(7));
  return pick([group(n, [3, 3, 3], ' '), group(n, [3, 3, 3], '-'), n]);
}

// ---------- IN Aadhaar (Verhoeff) ----------
const VD = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
  [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
  [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
  [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
  [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
  [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
  [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
  [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
  [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
];
const VP = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
  [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
  [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
  [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
  [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
  [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
  [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
];
const VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9];
export function verhoeffOk(s: string): boolean {
  const d = onlyDigits(s);
  let c = 0;
  const r = d.split('').reverse().map(Number);
  for (let i = 0; i < r.length; i++) c = VD[c]![VP[i % 8]![r[i]!]!]!;
  return c === 0;
}
export function aadhaar(): string {
  const b = String(ri(2, 9)) + digits(10);
  let c = 0;
  const r = b.split('').reverse().map(Number);
  for (let i = 0; i < r.length; i++) c = VD[c]![VP[(i + 1) % 8]![r[i]!]!]!;
  const n = b + VINV[c];
  return pick([group(n, [4, 4, 4], ' '), group(n, [4, 4, 4], ' '), group(n, [4, 4, 4], '-'), n]);
}

// ---------- passports / driving licences ----------
export function passport(cc: string): string {
  switch (cc) {
    case 'DE':
      return pick('CFGHJK'.split('')) + chars(8, 'CFGHJKLMNPRTVWXYZ0123456789');
    case 'FR':
      return pad(ri(10, 25), 2) + chars(2, UP) + digits(5);
    case 'ES':
      return chars(3, UP) + digits(6);
    case 'IT':
      return chars(2, UP) + digits(7);
    case 'NL':
      return chars(2, 'BCDFGHJKLMNPRSTVWXZ') + chars(6, 'BCDFGHJKLMNPRSTVWXZ0123456789') + digits(1);
    case 'GB':
      return String(ri(1, 9)) + digits(8);
    case 'IN':
      return pick('JKLMNPRSTVZ'.split('')) + digits(7);
    default:
      return pick(['5', '6', 'A']) + digits(8);
  }
}
export function driverLicence(cc: string, last = 'Smith'): string {
  switch (cc) {
    case 'US':
      return pick([
        pick(UP.split('')) + digits(7),
        digits(9),
        pick(UP.split('')) + digits(3) + '-' + digits(4) + '-' + digits(4),
        pick(UP.split('')) + digits(12),
      ]);
    case 'GB': {
      const s = (last.toUpperCase().replace(/[^A-Z]/g, '') + '99999').slice(0, 5);
      const y = ri(50, 99);
      const m = ri(1, 12) + (chance(0.5) ? 50 : 0);
      return s + String(y)[0] + pad(m, 2) + pad(ri(1, 28), 2) + String(y)[1] + chars(2, UP) + ri(0, 9) + chars(2, UP);
    }
    case 'DE':
      return pick(UP.split('')) + digits(3) + chars(6, UP + '0123456789') + digits(1);
    case 'FR':
      return digits(12);
    case 'IT':
      return chars(2, UP) + digits(7) + pick(UP.split(''));
    case 'ES': {
      const n = pad(ri(1000000, 99999999), 8);
      return n + DNI_L[+n % 23];
    }
    case 'NL':
      return String(ri(4, 5)) + digits(9);
    default:
      return digits(9);
  }
}

// ---------- network ----------
export function privateIp(): string {
  return pick([
    `10.${ri(0, 255)}.${ri(0, 255)}.${ri(1, 254)}`,
    `192.168.${ri(0, 255)}.${ri(2, 254)}`,
    `172.${ri(16, 31)}.${ri(0, 255)}.${ri(1, 254)}`,
  ]);
}
export function publicIp(): string {
  for (;;) {
    const a = ri(11, 223);
    if ([100, 127, 169, 172, 192, 198, 203].includes(a)) continue;
    return `${a}.${ri(0, 255)}.${ri(0, 255)}.${ri(1, 254)}`;
  }
}
const h4 = () => ri(1, 0xffff).toString(16);
export function ipv6(): string {
  return pick([
    `2a0${ri(0, 9)}:${h4()}:${h4()}:${h4()}:${h4()}:${h4()}:${h4()}:${h4()}`,
    `2a02:${h4()}:${h4()}:${h4()}::${h4()}`,
    `fe80::${h4()}:${h4()}:${h4()}:${h4()}`,
    `2600:${h4()}:${h4()}:${h4()}:${h4()}:${h4()}:${h4()}:${h4()}`,
    `2001:${pick(['4860', '0470', '41d0', '67c'])}:${h4()}:${h4()}::${h4()}`,
  ]);
}
export function isDocOrLoopIp(s: string): boolean {
  return /^(127\.|0\.0\.0\.0|192\.0\.2\.|198\.51\.100\.|203\.0\.113\.)/.test(s) || /^2001:db8:/i.test(s) || s === '::1';
}

// ---------- secrets ----------
const b64u = (s: string) => Buffer.from(s).toString('base64url');
export function secret(
  kind = pick(['aws', 'gh', 'ghpat', 'stripe', 'slack', 'openai', 'jwt', 'google', 'anthropic', 'sendgrid', 'npm']),
): string {
  switch (kind) {
    case 'aws':
      return pick(['AKIA', 'ASIA']) + chars(16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567');
    case 'awssecret':
      return chars(40, ALNUM + '+/');
    case 'gh':
      return pick(['ghp_', 'gho_', 'ghs_']) + chars(36);
    case 'ghpat':
      return 'github_pat_' + chars(22) + '_' + chars(59);
    case 'stripe':
      return pick(['sk_live_', 'rk_live_']) + chars(ri(24, 40));
    case 'slack':
      return pick(['xoxb-', 'xoxp-']) + digits(11) + '-' + digits(12) + '-' + chars(24);
    case 'openai':
      return pick(['sk-proj-', 'sk-']) + chars(ri(40, 56), ALNUM + '_-');
    case 'anthropic':
      return 'sk-ant-api03-' + chars(80, ALNUM + '_-') + 'AA';
    case 'google':
      return 'AIza' + chars(35, ALNUM + '_-');
    case 'sendgrid':
      return 'SG.' + chars(22, ALNUM + '_-') + '.' + chars(43, ALNUM + '_-');
    case 'npm':
      return 'npm_' + chars(36);
    case 'jwt':
      return (
        b64u(JSON.stringify({ alg: pick(['HS256', 'RS256']), typ: 'JWT' })) +
        '.' +
        b64u(JSON.stringify({ sub: digits(8), name: 'svc-' + chars(5).toLowerCase(), iat: ri(1700000000, 1790000000) })) +
        '.' +
        chars(43, ALNUM + '_-')
      );
  }
  throw new Error(kind);
}
export function pemBlock(): string {
  const kind = pick(['RSA PRIVATE KEY', 'PRIVATE KEY', 'OPENSSH PRIVATE KEY', 'EC PRIVATE KEY']);
  const lines = Array.from({ length: ri(4, 9) }, () => chars(64, ALNUM + '+/'));
  return `-----BEGIN ${kind}-----\n${lines.join('\n')}\n${chars(ri(10, 40), ALNUM + '+/')}==\n-----END ${kind}-----`;
}
export function password(): string {
  const w = pick(['Sommer', 'Winter', 'Bluebird', 'Gatto', 'Paloma', 'Tulp', 'Falcon', 'Mistral', 'Orchid', 'Kestrel', 'Lumière', 'Zebra']);
  return pick([
    `${w}${ri(10, 2029)}${pick(['!', '#', '$', '?', '%'])}`,
    chars(ri(12, 20), ALNUM + '!#$%&*+-'),
    `${w.toLowerCase()}-${chars(4).toLowerCase()}-${ri(10, 99)}${pick(['!', '&', '@'])}`,
    `${chars(3)}${pick(['!', '#'])}${w}${ri(1, 99)}`,
  ]);
}
export function connString(host: string): string {
  const u = pick(['app_user', 'admin', 'svc_orders', 'root', 'reporting', 'etl']);
  const p = password().replace(/[@:/]/g, 'x');
  const db = pick(['orders', 'crm', 'billing', 'analytics', 'shop', 'hr']);
  return pick([
    `postgresql://${u}:${p}@${host}:5432/${db}`,
    `postgres://${u}:${p}@${host}/${db}?sslmode=require`,
    `mysql://${u}:${p}@${host}:3306/${db}`,
    `mongodb+srv://${u}:${p}@cluster${ri(0, 9)}.${chars(5).toLowerCase()}.mongodb.net/${db}?retryWrites=true`,
    `Server=${host};Database=${db};User Id=${u};Password=${p};Encrypt=True;`,
    `redis://default:${p}@${host}:6379/0`,
    `amqp://${u}:${p}@${host}:5672/`,
  ]);
}
export const uuid = () => `${hex(8)}-${hex(4)}-4${hex(3)}-${pick(['8', '9', 'a', 'b'])}${hex(3)}-${hex(12)}`;
