// This set's own values and validators, written from the public descriptions of each scheme: Luhn, ISO 13616
// mod 97, the French RIB key, the Spanish CCC control digits, the Italian CIN, the Belgian account and national
// register mod 97, the Dutch eleven test (BSN and old account numbers), the ABA routing check, NHS mod 11, the
// Irish PPSN mod 23, the German Steuer-ID (ISO 7064 MOD 11,10) and pension insurance number, the Austrian social
// insurance number, the Swiss AHV (EAN-13), the French NIR key, the Spanish DNI/NIE letter, the Italian codice
// fiscale check letter and the Korean resident registration number. Look-alikes (wrong check digits, published
// test numbers, documentation-range addresses) are made here too, and checked to fail.
import type { Lang } from '../pii-blind/doc.ts';
import type { Rng } from '../pii-independent/rng.ts';

export const digitsOf = (s: string): string => s.replace(/\D/g, '');
const pad = (n: number, w: number): string => String(n).padStart(w, '0');
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const group = (s: string, n: number, sep = ' '): string => s.match(new RegExp(`.{1,${n}}`, 'g'))!.join(sep);

// ---------------------------------------------------------------------------------------------------- check digits

export function luhn(d: string): boolean {
  if (!/^\d+$/.test(d)) return false;
  let sum = 0;
  for (let i = 0; i < d.length; i++) {
    let x = Number(d[d.length - 1 - i]);
    if (i % 2 === 1) x = x * 2 > 9 ? x * 2 - 9 : x * 2;
    sum += x;
  }
  return sum % 10 === 0;
}

/** The digit that makes `d` + digit pass Luhn. */
function luhnDigit(d: string): string {
  for (let c = 0; c < 10; c++) if (luhn(d + c)) return String(c);
  throw new Error('unreachable');
}

/** A big decimal (or alphanumeric, letters as 10..35) string modulo m. */
function mod(s: string, m: number): number {
  let r = 0;
  for (const ch of s) {
    const v = /\d/.test(ch) ? ch : String(ch.charCodeAt(0) - 55);
    for (const x of v) r = (r * 10 + Number(x)) % m;
  }
  return r;
}

export function ibanValid(value: string): boolean {
  const s = value.replace(/ /g, '');
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(s)) return false;
  return mod(s.slice(4) + s.slice(0, 4), 97) === 1;
}

function ibanOf(country: string, bban: string): string {
  const check = 98 - mod(bban + country + '00', 97);
  return country + pad(check, 2) + bban;
}

/** French RIB key: 97 − (89·bank + 15·branch + 3·account) mod 97, letters of the account mapped to digits. */
function ribKey(bank: string, branch: string, account: string): string {
  const acc = account.replace(/[A-Z]/g, (ch) => String('123456789123456789234567890'.charAt(UPPER.indexOf(ch))));
  return pad(97 - ((89 * Number(bank) + 15 * Number(branch) + 3 * mod(acc, 97)) % 97), 2);
}

/** Spanish CCC control digits: weights 1,2,4,8,5,10,9,7,3,6 over 00+bank+branch and over the account. */
function cccDigit(ten: string): string {
  const w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6];
  const r = 11 - ([...ten].reduce((s, d, i) => s + Number(d) * w[i]!, 0) % 11);
  return String(r === 11 ? 0 : r === 10 ? 1 : r);
}
const cccCheck = (bank: string, branch: string, account: string): string => cccDigit('00' + bank + branch) + cccDigit(account);

/** Italian CIN: the check letter of ABI + CAB + account, with the codice fiscale's odd/even tables. */
const CF_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];
function cfValueOdd(ch: string): number {
  return /\d/.test(ch) ? CF_ODD[Number(ch)]! : CF_ODD[UPPER.indexOf(ch)]!;
}
function cfValueEven(ch: string): number {
  return /\d/.test(ch) ? Number(ch) : UPPER.indexOf(ch);
}
/** The check letter over a string with the codice fiscale's tables (1-based odd positions use CF_ODD). */
function cfLetter(s: string): string {
  let sum = 0;
  for (let i = 0; i < s.length; i++) sum += i % 2 === 0 ? cfValueOdd(s[i]!) : cfValueEven(s[i]!);
  return UPPER[sum % 26]!;
}

/** The Dutch eleven test, weights n..1 (BSN: the last weight is −1). */
function elevenTest(d: string, bsn: boolean): boolean {
  let sum = 0;
  for (let i = 0; i < d.length; i++) sum += Number(d[i]) * (d.length - i) * (bsn && i === d.length - 1 ? -1 : 1);
  return sum % 11 === 0;
}

export function abaValid(d: string): boolean {
  if (!/^\d{9}$/.test(d)) return false;
  const n = [...d].map(Number);
  return (3 * (n[0]! + n[3]! + n[6]!) + 7 * (n[1]! + n[4]! + n[7]!) + (n[2]! + n[5]! + n[8]!)) % 10 === 0;
}

// ------------------------------------------------------------------------------------------- national identifiers

export function nhsValid(v: string): boolean {
  const d = digitsOf(v);
  if (d.length !== 10 || !/^\d{3}[ -]?\d{3}[ -]?\d{4}$/.test(v)) return false;
  const r = 11 - ([...d.slice(0, 9)].reduce((s, x, i) => s + Number(x) * (10 - i), 0) % 11);
  const check = r === 11 ? 0 : r;
  return check !== 10 && check === Number(d[9]);
}

const NINO = /^(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]$/;
export const ninoValid = (v: string): boolean => NINO.test(v);

const PPS_LETTERS = 'WABCDEFGHIJKLMNOPQRSTUV';
export function ppsValid(v: string): boolean {
  const m = /^(\d{7})([A-W])$/.exec(v);
  if (!m) return false;
  const sum = [...m[1]!].reduce((s, x, i) => s + Number(x) * (8 - i), 0);
  return PPS_LETTERS[sum % 23] === m[2];
}

export function sinValid(v: string): boolean {
  const d = digitsOf(v);
  return /^\d{3}[ -]\d{3}[ -]\d{3}$/.test(v) && d.length === 9 && !/^[08]/.test(d) && luhn(d);
}

function steuerIdCheck(ten: string): number {
  let product = 10;
  for (const ch of ten) {
    let sum = (Number(ch) + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  const c = 11 - product;
  return c === 10 ? 0 : c;
}
export function steuerIdValid(v: string): boolean {
  const d = digitsOf(v);
  if (!/^\d{2} ?\d{3} ?\d{3} ?\d{3}$/.test(v) || d.length !== 11 || d[0] === '0') return false;
  const counts = [...d.slice(0, 10)].reduce<Record<string, number>>((c, x) => ({ ...c, [x]: (c[x] ?? 0) + 1 }), {});
  const repeated = Object.values(counts).filter((n) => n > 1);
  if (repeated.length !== 1 || repeated[0]! > 3) return false;
  return steuerIdCheck(d.slice(0, 10)) === Number(d[10]);
}

/** German pension insurance number: area, birth date, surname initial, serial, check (weights 2,1,2,5,7,1,2,1,2,1,2,1
 * over the digits with the letter as two digits; cross sums of the products; mod 10). */
function rvnrCheck(first11: string): number {
  const digits = first11.slice(0, 8) + pad(UPPER.indexOf(first11[8]!) + 1, 2) + first11.slice(9, 11);
  const w = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1];
  const sum = [...digits].reduce((s, x, i) => {
    const p = Number(x) * w[i]!;
    return s + Math.floor(p / 10) + (p % 10);
  }, 0);
  return sum % 10;
}
export function rvnrValid(v: string): boolean {
  const s = v.replace(/ /g, '');
  return /^\d{8}[A-Z]\d{3}$/.test(s) && rvnrCheck(s.slice(0, 11)) === Number(s[11]);
}

/** Austrian social insurance number: serial (3), check, birth date DDMMYY; weights 3,7,9,·,5,8,4,2,1,6 mod 11. */
function svnrCheck(d: string): number {
  const w = [3, 7, 9, 0, 5, 8, 4, 2, 1, 6];
  return [...d].reduce((s, x, i) => s + Number(x) * w[i]!, 0) % 11;
}
export function svnrValid(v: string): boolean {
  const d = digitsOf(v);
  return /^\d{4} ?\d{6}$/.test(v) && d[0] !== '0' && svnrCheck(d) === Number(d[3]);
}

function ean13Check(twelve: string): number {
  const sum = [...twelve].reduce((s, x, i) => s + Number(x) * (i % 2 === 0 ? 1 : 3), 0);
  return (10 - (sum % 10)) % 10;
}
export function ahvValid(v: string): boolean {
  const d = digitsOf(v);
  return /^756\.?\d{4}\.?\d{4}\.?\d{2}$/.test(v) && ean13Check(d.slice(0, 12)) === Number(d[12]);
}

export function nirValid(v: string): boolean {
  const d = digitsOf(v);
  if (!/^[12] ?\d{2} ?\d{2} ?\d{2} ?\d{3} ?\d{3} ?\d{2}$/.test(v) || d.length !== 15) return false;
  return 97 - Number(BigInt(d.slice(0, 13)) % 97n) === Number(d.slice(13));
}

/** Belgian national register number YY.MM.DD-SSS.CC (born in 2000 or later: 2 before the nine digits). */
export function belgianRrnValid(v: string): boolean {
  const d = digitsOf(v);
  if (!/^\d{2}\.?\d{2}\.?\d{2}-?\d{3}\.?\d{2}$/.test(v)) return false;
  const n = BigInt(d.slice(0, 9));
  const c = Number(d.slice(9));
  return 97 - Number(n % 97n) === c || 97 - Number((2000000000n + n) % 97n) === c;
}

const DNI_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';
export function dniValid(v: string): boolean {
  const m = /^(\d{8})-?([A-Z])$/.exec(v);
  return !!m && DNI_LETTERS[Number(m[1]) % 23] === m[2];
}
export function nieValid(v: string): boolean {
  const m = /^([XYZ])-?(\d{7})-?([A-Z])$/.exec(v);
  return !!m && DNI_LETTERS[Number('XYZ'.indexOf(m[1]!) + m[2]!) % 23] === m[3];
}

export function codiceFiscaleValid(v: string): boolean {
  if (!/^[A-Z]{6}\d{2}[ABCDEHLMPRST]\d{2}[A-Z]\d{3}[A-Z]$/.test(v)) return false;
  return cfLetter(v.slice(0, 15)) === v[15];
}

export function bsnValid(v: string): boolean {
  const d = digitsOf(v);
  return /^\d{4}\.?\d{2}\.?\d{3}$|^\d{9}$/.test(v) && d.length === 9 && d !== '000000000' && elevenTest(d, true);
}

/** Korean resident registration number YYMMDD-SNNNNNC, weights 2..9,2..5, check (11 − sum mod 11) mod 10. */
export function krRrnValid(v: string): boolean {
  const m = /^(\d{6})-(\d{7})$/.exec(v);
  if (!m) return false;
  const d = m[1]! + m[2]!;
  const w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];
  const sum = [...d.slice(0, 12)].reduce((s, x, i) => s + Number(x) * w[i]!, 0);
  return (11 - (sum % 11)) % 10 === Number(d[12]);
}

export const NATIONAL_VALIDATORS: readonly ((v: string) => boolean)[] = [
  nhsValid,
  ninoValid,
  ppsValid,
  sinValid,
  steuerIdValid,
  rvnrValid,
  svnrValid,
  ahvValid,
  nirValid,
  belgianRrnValid,
  dniValid,
  nieValid,
  codiceFiscaleValid,
  bsnValid,
  krRrnValid,
];

export function ssnValid(v: string): boolean {
  const m = /^(\d{3})[- ]?(\d{2})[- ]?(\d{4})$/.exec(v);
  if (!m) return false;
  const area = Number(m[1]);
  return area > 0 && area !== 666 && area < 900 && m[2] !== '00' && m[3] !== '0000';
}

// ---------------------------------------------------------------------------------------------- bank accounts

export function ribValid(v: string): boolean {
  const m = /^(\d{5}) ?(\d{5}) ?([0-9A-Z]{11}) ?(\d{2})$/.exec(v);
  return !!m && ribKey(m[1]!, m[2]!, m[3]!) === m[4];
}
export function cccValid(v: string): boolean {
  const m = /^(\d{4})[ -]?(\d{4})[ -]?(\d{2})[ -]?(\d{10})$/.exec(v);
  return !!m && cccCheck(m[1]!, m[2]!, m[4]!) === m[3];
}
export function dutchAccountValid(v: string): boolean {
  const d = digitsOf(v);
  return /^\d{2}\.\d{2}\.\d{2}\.\d{3}$|^\d{9}$/.test(v) && d.length === 9 && elevenTest(d, false);
}
export function belgianAccountValid(v: string): boolean {
  const m = /^(\d{3})-(\d{7})-(\d{2})$/.exec(v);
  if (!m) return false;
  const r = Number(BigInt(m[1]! + m[2]!) % 97n);
  return (r === 0 ? 97 : r) === Number(m[3]);
}

/** A BANK_ACCOUNT span: a UK sort code or account number, an ABA-valid routing number, a US account number, or a
 * national account number with its check digits (RIB, CCC, Dutch eleven test, Belgian mod 97). */
export function bankAccountValid(v: string): boolean {
  if (/^\d{2}-\d{2}-\d{2}$/.test(v) || /^\d{8}$/.test(v)) return true;
  if (/^\d{9}$/.test(v) && (abaValid(v) || dutchAccountValid(v))) return true;
  if (/^\d{10,12}$/.test(v)) return true;
  return ribValid(v) || cccValid(v) || dutchAccountValid(v) || belgianAccountValid(v);
}

// ------------------------------------------------------------------------------------------------- generators

/** Digits spelled as words, per language. */
export const DIGIT_WORDS: Record<Lang, readonly string[]> = {
  en: ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'],
  de: ['null', 'eins', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun'],
  fr: ['zéro', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf'],
  es: ['cero', 'uno', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve'],
  it: ['zero', 'uno', 'due', 'tre', 'quattro', 'cinque', 'sei', 'sette', 'otto', 'nove'],
  nl: ['nul', 'een', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen'],
};

/** The digits a phone number read out in words stands for, or undefined when a word is not a digit word. */
export function spokenDigits(v: string, lang: Lang): string | undefined {
  const words = v
    .toLowerCase()
    .split(/[\s,-]+/)
    .filter(Boolean);
  let out = '';
  for (const w of words) {
    if (w === 'plus' || w === 'più' || w === 'más') continue;
    const i = DIGIT_WORDS[lang].indexOf(w === 'één' ? 'een' : w);
    if (i < 0) return undefined;
    out += String(i);
  }
  return out;
}

/** A national mobile or landline number's digits, without the country code, and its country code. */
function phoneDigits(rng: Rng, lang: Lang): { cc: string; national: string; groups: number[] } {
  switch (lang) {
    case 'en':
      return rng.pick([
        { cc: '44', national: `07${rng.pick(['4', '5', '8', '9'])}${rng.digits(8)}`, groups: [5, 6] },
        {
          cc: '1',
          national: `${rng.int(2, 9)}${rng.int(0, 8)}${rng.int(0, 9)}${rng.int(2, 9)}${rng.digits(2)}${rng.digits(4)}`,
          groups: [3, 3, 4],
        },
        { cc: '353', national: `08${rng.pick(['3', '5', '6', '7'])}${rng.digits(7)}`, groups: [3, 3, 4] },
      ]);
    case 'de':
      return rng.pick([
        { cc: '49', national: `01${rng.pick(['51', '52', '57', '60', '62', '70', '71', '76'])}${rng.digits(8)}`, groups: [4, 8] },
        { cc: '49', national: `0${rng.pick(['30', '40', '89'])}${rng.digits(7)}`, groups: [3, 7] },
        { cc: '49', national: `0${rng.pick(['221', '711', '341'])}${rng.digits(7)}`, groups: [4, 7] },
        { cc: '43', national: `06${rng.pick(['64', '60', '76'])}${rng.digits(7)}`, groups: [4, 7] },
      ]);
    case 'fr':
      return rng.pick([
        { cc: '33', national: `0${rng.pick(['6', '7'])}${rng.digits(8)}`, groups: [2, 2, 2, 2, 2] },
        { cc: '33', national: `0${rng.int(1, 5)}${rng.digits(8)}`, groups: [2, 2, 2, 2, 2] },
        { cc: '32', national: `04${rng.pick(['7', '8', '9'])}${rng.digits(7)}`, groups: [4, 2, 2, 2] },
      ]);
    case 'es':
      return rng.pick([
        { cc: '34', national: `6${rng.digits(8)}`, groups: [3, 3, 3] },
        { cc: '34', national: `9${rng.pick(['1', '3', '5', '6'])}${rng.digits(7)}`, groups: [2, 3, 2, 2] },
      ]);
    case 'it':
      return rng.pick([
        { cc: '39', national: `3${rng.pick(['33', '35', '38', '40', '47', '49'])}${rng.digits(7)}`, groups: [3, 3, 4] },
        { cc: '39', national: `0${rng.pick(['2', '6'])}${rng.digits(8)}`, groups: [2, 4, 4] },
      ]);
    case 'nl':
      return rng.pick([
        { cc: '31', national: `06${rng.digits(8)}`, groups: [2, 8] },
        { cc: '31', national: `0${rng.pick(['20', '10', '30', '70'])}${rng.digits(7)}`, groups: [3, 3, 4] },
      ]);
  }
}

function split(s: string, groups: number[]): string[] {
  const out: string[] = [];
  let i = 0;
  for (const g of groups) {
    out.push(s.slice(i, i + g));
    i += g;
  }
  if (i < s.length) out[out.length - 1] += s.slice(i);
  return out;
}

/** A phone number of the language's countries, national or international, in its usual groupings. */
export function phone(rng: Rng, lang: Lang): string {
  const { cc, national, groups } = phoneDigits(rng, lang);
  const parts = split(national, groups);
  const style = rng.int(0, 4);
  if (cc === '1') return rng.pick([`(${parts[0]}) ${parts[1]}-${parts[2]}`, `+1 ${parts.join('-')}`, parts.join('.')]);
  // Italy and Spain dial the whole national number after the country code; the others drop the trunk 0.
  const trunk = cc !== '39' && cc !== '34';
  if (style <= 1 && !trunk) return `+${cc} ${parts.join(' ')}`;
  if (style === 0) return `+${cc} ${split(national.slice(1), [groups[0]! - 1, ...groups.slice(1)]).join(' ')}`;
  if (style === 1) return `+${cc} (0)${split(national.slice(1), [groups[0]! - 1, ...groups.slice(1)]).join(' ')}`;
  if (style === 2 && lang === 'fr') return parts.join('.');
  if (style === 2) return parts.join('-');
  if (style === 3 && lang === 'de') return `${parts[0]}/${parts.slice(1).join(' ')}`;
  return parts.join(' ');
}

/** A Korean or Maldivian number, for the people of this set's names. */
export function foreignPhone(rng: Rng): string {
  return rng.pick([
    () => `+82 10-${rng.int(2000, 9999)}-${rng.digits(4)}`,
    () => `010-${rng.int(2000, 9999)}-${rng.digits(4)}`,
    () => `+960 ${rng.pick(['7', '9'])}${rng.digits(2)} ${rng.digits(4)}`,
  ])();
}

/** A national mobile number read out digit by digit in words. */
export function spokenPhone(rng: Rng, lang: Lang): string {
  const { national } = phoneDigits(rng, lang);
  return [...national].map((d) => DIGIT_WORDS[lang][Number(d)]).join(' ');
}

/** A national number with every digit spaced out. */
export function spacedPhone(rng: Rng, lang: Lang): string {
  return [...phoneDigits(rng, lang).national].join(' ');
}

const STREETS: Record<Lang, { streets: string[]; places: [string, string][]; format: 'uk' | 'us' | 'de' | 'fr' | 'es' | 'it' | 'nl' }[]> = {
  en: [
    {
      streets: ['Tannery Lane', 'Wharf Road', 'Larkspur Close', 'Abbotsford Gardens', 'Kiln Street', 'Mallard Way', 'Cowley Road'],
      places: [
        ['Norwich', 'NR2 4PF'],
        ['Oxford', 'OX4 1YB'],
        ['Leeds', 'LS6 2QT'],
        ['Bristol', 'BS5 9JH'],
        ['Glasgow', 'G12 8RS'],
      ],
      format: 'uk',
    },
    {
      streets: ['Alder Ridge Drive', 'Sycamore Avenue', 'West Juniper Street', 'Halsted Court', 'Meadowlark Lane'],
      places: [
        ['Eugene, OR', '97405'],
        ['Madison, WI', '53703'],
        ['Ann Arbor, MI', '48104'],
        ['Raleigh, NC', '27605'],
      ],
      format: 'us',
    },
  ],
  de: [
    {
      streets: ['Lindenweg', 'Gerberstraße', 'Am Kuhsteg', 'Wiesenpfad', 'Kastanienallee', 'Ulmenring', 'Brunnengasse'],
      places: [
        ['Leipzig', '04109'],
        ['Freiburg im Breisgau', '79098'],
        ['Bremen', '28195'],
        ['Kassel', '34117'],
        ['Wien', '1070'],
        ['Graz', '8010'],
      ],
      format: 'de',
    },
  ],
  fr: [
    {
      streets: [
        'rue des Tanneurs',
        'avenue des Tilleuls',
        'impasse du Moulin',
        'chemin des Vignes',
        'boulevard de la Liberté',
        'rue du Puits',
      ],
      places: [
        ['Strasbourg', '67000'],
        ['Rennes', '35000'],
        ['Grenoble', '38000'],
        ['Montpellier', '34000'],
        ['Lille', '59000'],
        ['Namur', '5000'],
      ],
      format: 'fr',
    },
  ],
  es: [
    {
      streets: [
        'Calle del Pez',
        'Avenida de los Almendros',
        'Calle Mayor',
        'Paseo de la Ribera',
        'Calle de las Huertas',
        'Travesía del Olmo',
      ],
      places: [
        ['Madrid', '28004'],
        ['Zaragoza', '50001'],
        ['Valencia', '46002'],
        ['Salamanca', '37002'],
        ['Granada', '18009'],
      ],
      format: 'es',
    },
  ],
  it: [
    {
      streets: ['Via dei Mille', 'Via delle Ortensie', 'Corso Vercelli', 'Viale dei Tigli', 'Vicolo del Forno', 'Via del Pratello'],
      places: [
        ['Bologna', '40121'],
        ['Torino', '10138'],
        ['Verona', '37121'],
        ['Bari', '70122'],
        ['Perugia', '06121'],
      ],
      format: 'it',
    },
  ],
  nl: [
    {
      streets: ['Bloemgracht', 'Lindenlaan', 'Kastanjestraat', 'Zwanenkade', 'Hoefsmidstraat', 'Distelweg', 'Kerkpad'],
      places: [
        ['Amsterdam', '1015 TL'],
        ['Utrecht', '3512 HK'],
        ['Groningen', '9711 BE'],
        ['Nijmegen', '6511 KS'],
        ['Gent', '9000'],
      ],
      format: 'nl',
    },
  ],
};

/** A street address of the language's countries; on several lines when `multiline`. */
export function address(rng: Rng, lang: Lang, multiline = false): string {
  const region = rng.pick(STREETS[lang]);
  const street = rng.pick(region.streets);
  const [city, code] = rng.pick(region.places);
  const n = rng.int(1, 148);
  const sep = multiline ? '\n' : ', ';
  switch (region.format) {
    case 'uk':
      return `${rng.chance(0.3) ? `Flat ${rng.int(1, 9)}${sep}` : ''}${n} ${street}${sep}${city} ${code}`;
    case 'us':
      return `${rng.int(100, 9899)} ${street}${rng.chance(0.3) ? ` Apt ${rng.int(1, 40)}` : ''}${sep}${city} ${code}`;
    case 'de':
      return `${street} ${n}${rng.chance(0.2) ? 'a' : ''}${sep}${code} ${city}`;
    case 'fr':
      return `${n}${rng.chance(0.15) ? ' bis' : ''} ${street}${sep}${code} ${city}`;
    case 'es':
      return `${street} ${n}${rng.chance(0.5) ? `, ${rng.int(1, 8)}º ${rng.pick(['A', 'B', 'C', 'D', 'izda.', 'dcha.'])}` : ''}${sep}${code} ${city}`;
    case 'it':
      return `${street} ${n}${rng.chance(0.2) ? '/B' : ''}${sep}${code} ${city}`;
    case 'nl':
      return `${street} ${n}${rng.chance(0.3) ? `-${rng.int(1, 3)}` : ''}${sep}${code} ${city}`;
  }
}

const MONTHS: Record<Lang, readonly string[]> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  de: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  it: ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
};

/** A date in one of the language's spellings. */
export function formatDate(rng: Rng, lang: Lang, y: number, m: number, d: number): string {
  const mm = pad(m, 2);
  const dd = pad(d, 2);
  const name = MONTHS[lang][m - 1]!;
  const forms: Record<Lang, string[]> = {
    en: [`${d} ${name} ${y}`, `${name} ${d}, ${y}`, `${dd}/${mm}/${y}`, `${mm}/${dd}/${y}`, `${y}-${mm}-${dd}`],
    de: [`${dd}.${mm}.${y}`, `${d}. ${name} ${y}`, `${d}.${m}.${y}`],
    fr: [`${dd}/${mm}/${y}`, `${d === 1 ? '1er' : d} ${name} ${y}`],
    es: [`${dd}/${mm}/${y}`, `${d} de ${name} de ${y}`, `${d}-${m}-${y}`],
    it: [`${dd}/${mm}/${y}`, `${d} ${name} ${y}`, `${dd}.${mm}.${y}`],
    nl: [`${dd}-${mm}-${y}`, `${d} ${name} ${y}`, `${dd}/${mm}/${y}`],
  };
  return rng.pick(forms[lang]);
}

export function birthDate(rng: Rng, lang: Lang, from = 1941, to = 2006): string {
  return formatDate(rng, lang, rng.int(from, to), rng.int(1, 12), rng.int(1, 28));
}

/** A date that is no one's birth date: a meeting, a deadline, a release. */
export function otherDate(rng: Rng, lang: Lang): string {
  return formatDate(rng, lang, rng.int(2019, 2027), rng.int(1, 12), rng.int(1, 28));
}

const IBAN_COUNTRIES: Record<Lang, string[]> = {
  en: ['GB', 'IE'],
  de: ['DE', 'AT', 'CH'],
  fr: ['FR', 'BE', 'LU'],
  es: ['ES'],
  it: ['IT'],
  nl: ['NL', 'BE'],
};
const NL_BANKS = ['ABNA', 'RABO', 'INGB', 'SNSB', 'TRIO', 'ASNB', 'KNAB', 'BUNQ'];
const GB_BANKS = ['BARC', 'LOYD', 'NWBK', 'HBUK', 'MIDL', 'AIBK', 'BOFI'];

function bban(rng: Rng, country: string): string {
  switch (country) {
    case 'GB':
    case 'IE':
      return rng.pick(GB_BANKS) + rng.digits(6) + rng.digits(8);
    case 'DE':
      return rng.digits(8) + rng.digits(10);
    case 'AT':
      return rng.digits(5) + rng.digits(11);
    case 'CH':
      return rng.digits(5) + rng.digits(12);
    case 'LU':
      return rng.digits(3) + rng.digits(13);
    case 'NL':
      return rng.pick(NL_BANKS) + rng.digits(10);
    case 'BE': {
      const ten = String(rng.int(1, 9)) + rng.digits(9);
      const r = Number(BigInt(ten) % 97n);
      return ten + pad(r === 0 ? 97 : r, 2);
    }
    case 'FR': {
      const [b, g, a] = [rng.digits(5), rng.digits(5), rng.digits(11)];
      return b + g + a + ribKey(b, g, a);
    }
    case 'ES': {
      const [b, g, a] = [rng.digits(4), rng.digits(4), rng.digits(10)];
      return b + g + cccCheck(b, g, a) + a;
    }
    case 'IT': {
      const [abi, cab, acc] = [rng.digits(5), rng.digits(5), rng.digits(12)];
      return cfLetter(abi + cab + acc) + abi + cab + acc;
    }
  }
  throw new Error(`no BBAN for ${country}`);
}

/** An IBAN of the language's countries that passes mod 97, in blocks of four or run together. */
export function iban(rng: Rng, lang: Lang): string {
  const country = rng.pick(IBAN_COUNTRIES[lang]);
  const s = ibanOf(country, bban(rng, country));
  return rng.chance(0.7) ? group(s, 4) : s;
}

/** An IBAN-shaped string whose check digits are wrong. */
export function notAnIban(rng: Rng, lang: Lang): string {
  const country = rng.pick(IBAN_COUNTRIES[lang]);
  const good = ibanOf(country, bban(rng, country));
  const wrong = pad((Number(good.slice(2, 4)) + rng.int(1, 96)) % 97 || 1, 2);
  const s = good.slice(0, 2) + wrong + good.slice(4);
  if (ibanValid(s)) return notAnIban(rng, lang);
  return rng.chance(0.7) ? group(s, 4) : s;
}

/** A Luhn-valid card number: Visa, Mastercard (51–55 and 2-series) or Amex, in its usual grouping. */
export function card(rng: Rng): string {
  const kind = rng.int(0, 3);
  if (kind === 3) {
    const body = rng.pick(['34', '37']) + rng.digits(12);
    const d = body + luhnDigit(body);
    return rng.chance(0.7) ? `${d.slice(0, 4)} ${d.slice(4, 10)} ${d.slice(10)}` : d;
  }
  const prefix =
    kind === 0 ? '4' + rng.digits(5) : kind === 1 ? String(rng.int(51, 55)) + rng.digits(4) : String(rng.int(2221, 2720)) + rng.digits(2);
  const body = prefix + rng.digits(9);
  const d = body + luhnDigit(body);
  if (TEST_CARDS.includes(d)) return card(rng);
  return rng.pick([group(d, 4), group(d, 4, '-'), d]);
}

/** Card networks' published test numbers: placeholders, never labelled. */
export const TEST_CARDS = [
  '4242424242424242',
  '4111111111111111',
  '5555555555554444',
  '378282246310005',
  '4000056655665556',
  '5105105105105100',
  '4012888888881881',
];

export function testCard(rng: Rng): string {
  const d = rng.pick(TEST_CARDS);
  return d.length === 15 ? `${d.slice(0, 4)} ${d.slice(4, 10)} ${d.slice(10)}` : rng.pick([group(d, 4), d]);
}

/** A 16-digit number that fails Luhn. */
export function notACard(rng: Rng): string {
  const body = '4' + rng.digits(14);
  const good = Number(luhnDigit(body));
  return group(body + String((good + rng.int(1, 9)) % 10), 4);
}

/** Luhn-valid numbers of 13 to 19 digits in a text: whole runs of digits with single spaces or dashes between
 * them, not glued to a letter, dot or slash before (the tail of an IBAN or an identifier), published test numbers
 * excepted. */
export function luhnRuns(text: string): { index: number; text: string }[] {
  const out: { index: number; text: string }[] = [];
  for (const m of text.matchAll(/(?<!\d[ -]?)\d(?:[ -]?\d)*/g)) {
    if (/[\p{L}./]/u.test(text[m.index - 1] ?? '')) continue;
    const d = digitsOf(m[0]);
    if (d.length >= 13 && d.length <= 19 && luhn(d) && !TEST_CARDS.includes(d)) out.push({ index: m.index, text: m[0] });
  }
  return out;
}

// --------------------------------------------------------------------------------------- national id generators

function nhs(rng: Rng): string {
  for (;;) {
    const nine = String(rng.int(4, 7)) + rng.digits(8);
    const r = 11 - ([...nine].reduce((s, x, i) => s + Number(x) * (10 - i), 0) % 11);
    if (r === 10) continue;
    const d = nine + String(r === 11 ? 0 : r);
    return `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}`;
  }
}

function nino(rng: Rng): string {
  for (;;) {
    const s = `${rng.chars(2, 'ABCEGHJKLMNPRSTWXYZ')}${rng.digits(6)}${rng.chars(1, 'ABCD')}`;
    const spaced = `${s.slice(0, 2)} ${s.slice(2, 4)} ${s.slice(4, 6)} ${s.slice(6, 8)} ${s[8]}`;
    if (ninoValid(s)) return rng.chance(0.5) ? s : spaced;
  }
}

function pps(rng: Rng): string {
  const seven = rng.digits(7);
  const sum = [...seven].reduce((s, x, i) => s + Number(x) * (8 - i), 0);
  return seven + PPS_LETTERS[sum % 23];
}

function steuerId(rng: Rng): string {
  for (;;) {
    const digits = rng.shuffle(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9']).slice(0, 9);
    digits.splice(rng.int(1, 9), 0, digits[rng.int(0, 8)]!);
    const ten = digits.join('');
    if (ten[0] === '0') continue;
    const d = ten + steuerIdCheck(ten);
    if (!steuerIdValid(d)) continue;
    return rng.chance(0.5) ? d : `${d.slice(0, 2)} ${d.slice(2, 5)} ${d.slice(5, 8)} ${d.slice(8)}`;
  }
}

function rvnr(rng: Rng): string {
  const s =
    pad(rng.int(2, 89), 2) +
    pad(rng.int(1, 28), 2) +
    pad(rng.int(1, 12), 2) +
    pad(rng.int(50, 99), 2) +
    rng.chars(1, UPPER) +
    pad(rng.int(0, 49), 2);
  const d = s + rvnrCheck(s);
  return rng.chance(0.5) ? d : `${d.slice(0, 2)} ${d.slice(2, 8)} ${d[8]} ${d.slice(9)}`;
}

function svnr(rng: Rng): string {
  for (;;) {
    const serial = String(rng.int(100, 999));
    const dob = pad(rng.int(1, 28), 2) + pad(rng.int(1, 12), 2) + pad(rng.int(50, 99), 2);
    const c = svnrCheck(serial + '0' + dob);
    if (c === 10) continue;
    return `${serial}${c} ${dob}`;
  }
}

function ahv(rng: Rng): string {
  const twelve = '756' + rng.digits(9);
  const d = twelve + ean13Check(twelve);
  return `${d.slice(0, 3)}.${d.slice(3, 7)}.${d.slice(7, 11)}.${d.slice(11)}`;
}

function nir(rng: Rng): string {
  const thirteen =
    String(rng.int(1, 2)) +
    pad(rng.int(50, 99), 2) +
    pad(rng.int(1, 12), 2) +
    pad(rng.int(1, 95), 2) +
    pad(rng.int(1, 899), 3) +
    pad(rng.int(1, 999), 3);
  const key = pad(97 - Number(BigInt(thirteen) % 97n), 2);
  const d = thirteen + key;
  return rng.chance(0.6)
    ? `${d[0]} ${d.slice(1, 3)} ${d.slice(3, 5)} ${d.slice(5, 7)} ${d.slice(7, 10)} ${d.slice(10, 13)} ${d.slice(13)}`
    : d;
}

function belgianRrn(rng: Rng): string {
  const y = rng.int(50, 99);
  const nine = pad(y, 2) + pad(rng.int(1, 12), 2) + pad(rng.int(1, 28), 2) + pad(rng.int(1, 997), 3);
  const c = pad(97 - Number(BigInt(nine) % 97n), 2);
  return `${nine.slice(0, 2)}.${nine.slice(2, 4)}.${nine.slice(4, 6)}-${nine.slice(6, 9)}.${c}`;
}

function dni(rng: Rng): string {
  const n = rng.int(10000000, 79999999);
  return `${n}${rng.chance(0.2) ? '-' : ''}${DNI_LETTERS[n % 23]}`;
}

function nie(rng: Rng): string {
  const p = rng.int(0, 2);
  const seven = rng.digits(7);
  return `${'XYZ'[p]}${seven}${DNI_LETTERS[Number(String(p) + seven) % 23]}`;
}

const BELFIORE = ['H501', 'F205', 'L219', 'F839', 'A944', 'D612', 'G273', 'L736', 'A662', 'G224'];
function codiceFiscale(rng: Rng): string {
  const consonants = 'BCDFGHJKLMNPRSTVZ';
  const s =
    rng.chars(3, consonants) +
    rng.chars(3, consonants) +
    pad(rng.int(50, 99), 2) +
    rng.pick([...'ABCDEHLMPRST']) +
    pad(rng.int(1, 28) + (rng.chance(0.5) ? 40 : 0), 2) +
    rng.pick(BELFIORE);
  return s + cfLetter(s);
}

function bsn(rng: Rng): string {
  for (;;) {
    const d = String(rng.int(1, 6)) + rng.digits(8);
    if (elevenTest(d, true)) return rng.chance(0.7) ? d : `${d.slice(0, 4)}.${d.slice(4, 6)}.${d.slice(6)}`;
  }
}

function krRrn(rng: Rng): string {
  const front = pad(rng.int(60, 99), 2) + pad(rng.int(1, 12), 2) + pad(rng.int(1, 28), 2);
  const back = String(rng.int(1, 2)) + rng.digits(5);
  const w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];
  const sum = [...(front + back)].reduce((s, x, i) => s + Number(x) * w[i]!, 0);
  return `${front}-${back}${(11 - (sum % 11)) % 10}`;
}

/** The national identifiers of each language's countries, by scheme name. */
export const NATIONAL_IDS: Record<string, (rng: Rng) => string> = {
  nhs,
  nino,
  pps,
  steuerId,
  rvnr,
  svnr,
  ahv,
  nir,
  belgianRrn,
  dni,
  nie,
  codiceFiscale,
  bsn,
  krRrn,
};

export function sin(rng: Rng): string {
  const body = String(rng.int(1, 7)) + rng.digits(7);
  const d = body + luhnDigit(body);
  return `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}`;
}

export function ssn(rng: Rng): string {
  let area = rng.int(1, 899);
  if (area === 666) area = 667;
  return `${pad(area, 3)}-${pad(rng.int(1, 99), 2)}-${pad(rng.int(1, 9999), 4)}`;
}

// ------------------------------------------------------------------------------------------------ bank accounts

export const ukSortCode = (rng: Rng): string => `${pad(rng.int(1, 99), 2)}-${rng.digits(2)}-${rng.digits(2)}`;
export const ukAccount = (rng: Rng): string => String(rng.int(1, 9)) + rng.digits(7);
export function usRouting(rng: Rng): string {
  for (;;) {
    const d = pad(rng.int(1, 12), 2) + rng.digits(7);
    if (abaValid(d)) return d;
  }
}
export const usAccount = (rng: Rng): string => String(rng.int(1, 9)) + rng.digits(rng.int(9, 11));
export function rib(rng: Rng): string {
  const [b, g, a] = [rng.digits(5), rng.digits(5), rng.digits(11)];
  return `${b} ${g} ${a} ${ribKey(b, g, a)}`;
}
export function ccc(rng: Rng): string {
  const [b, g, a] = [rng.digits(4), rng.digits(4), rng.digits(10)];
  return `${b} ${g} ${cccCheck(b, g, a)} ${a}`;
}
export function dutchAccount(rng: Rng): string {
  for (;;) {
    const d = String(rng.int(1, 9)) + rng.digits(8);
    if (elevenTest(d, false)) return rng.chance(0.5) ? d : `${d.slice(0, 2)}.${d.slice(2, 4)}.${d.slice(4, 6)}.${d.slice(6)}`;
  }
}
export function belgianAccount(rng: Rng): string {
  const ten = rng.digits(3) + String(rng.int(1, 9)) + rng.digits(6);
  const r = Number(BigInt(ten) % 97n);
  return `${ten.slice(0, 3)}-${ten.slice(3)}-${pad(r === 0 ? 97 : r, 2)}`;
}

// ------------------------------------------------------------------------------------------- documents, licences

export function passport(rng: Rng, lang: Lang): string {
  const forms: Record<Lang, (() => string)[]> = {
    en: [() => String(rng.int(1, 9)) + rng.digits(8), () => `P${rng.int(1, 9)}${rng.digits(7)}`],
    de: [() => 'C' + rng.chars(8, 'CFGHJKLMNPRTVWXYZ0123456789')],
    fr: [() => `${pad(rng.int(10, 24), 2)}${rng.chars(2, UPPER)}${rng.digits(5)}`],
    es: [() => `${rng.chars(3, UPPER)}${rng.digits(6)}`],
    it: [() => `${rng.chars(2, UPPER)}${rng.digits(7)}`],
    nl: [() => `${rng.chars(2, 'ABCDEFGHIJKLMNPRSTUVWXYZ')}${rng.chars(6, 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789')}${rng.int(1, 9)}`],
  };
  return rng.chance(0.25) ? rng.pick([() => `M${rng.digits(8)}`, () => `E${rng.digits(7)}`])() : rng.pick(forms[lang])();
}

/** A driving-licence number; the British one is built from the holder's surname and birth date as DVLA does. */
export function driverLicense(rng: Rng, lang: Lang, surname: string): string {
  const s = surname
    .normalize('NFD')
    .replace(/[^A-Za-z]/g, '')
    .toUpperCase();
  const forms: Record<Lang, (() => string)[]> = {
    en: [
      () =>
        `${s.slice(0, 5).padEnd(5, '9')}${rng.int(5, 9)}${pad(rng.int(1, 12) + (rng.chance(0.5) ? 50 : 0), 2)}${pad(rng.int(1, 28), 2)}${rng.int(0, 9)}${rng.chars(2, UPPER)}9${rng.chars(2, UPPER)}`,
      () => `${rng.chars(1, UPPER)}${rng.digits(7)}`,
    ],
    de: [() => `${rng.chars(1, UPPER)}${rng.digits(3)}${rng.chars(6, 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789')}${rng.int(1, 9)}`],
    fr: [() => rng.digits(12), () => `${pad(rng.int(10, 24), 2)}${rng.chars(2, UPPER)}${rng.digits(5)}`],
    es: [() => dni(rng)],
    it: [() => `${rng.chars(2, UPPER)}${rng.digits(7)}${rng.chars(1, UPPER)}`],
    nl: [() => String(rng.int(1, 9)) + rng.digits(9)],
  };
  return rng.pick(forms[lang])();
}

// --------------------------------------------------------------------------------------------------- secrets

export function apiKey(rng: Rng): string {
  return rng.pick([
    () => `ghp_${rng.chars(36, ALNUM)}`,
    () => `github_pat_${rng.chars(22, ALNUM)}_${rng.chars(59, ALNUM)}`,
    () => `sk_live_${rng.chars(24, ALNUM)}`,
    () => `rk_live_${rng.chars(24, ALNUM)}`,
    () => `xoxb-${rng.digits(12)}-${rng.digits(13)}-${rng.chars(24, ALNUM)}`,
    () => `AIza${rng.chars(35, ALNUM + '-_')}`,
    () => `glpat-${rng.chars(20, ALNUM)}`,
    () => `sk-proj-${rng.chars(48, ALNUM)}`,
    () => `SG.${rng.chars(22, ALNUM)}.${rng.chars(43, ALNUM)}`,
    () => `npm_${rng.chars(36, ALNUM)}`,
    () => rng.chars(40, 'abcdef0123456789'),
  ])();
}

export function awsKeyPair(rng: Rng): { id: string; secret: string } {
  return { id: `AKIA${rng.chars(16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')}`, secret: rng.chars(40, ALNUM + '/+') };
}

const b64url = (s: string): string => Buffer.from(s).toString('base64url');

export function jwt(rng: Rng): string {
  const header = b64url(JSON.stringify({ alg: rng.pick(['HS256', 'RS256', 'ES256']), typ: 'JWT' }));
  const payload = b64url(
    JSON.stringify({
      sub: rng.digits(rng.int(5, 9)),
      iat: rng.int(1_700_000_000, 1_760_000_000),
      scope: rng.pick(['read', 'admin', 'billing']),
    }),
  );
  return `${header}.${payload}.${rng.chars(43, ALNUM + '-_')}`;
}

const PASS_WORDS: Record<Lang, string[]> = {
  en: ['harbour', 'copper', 'lantern', 'orchid', 'gravel', 'thistle', 'falcon', 'velvet', 'biscuit', 'meadow', 'quarry', 'pepper'],
  de: ['Regenschirm', 'Kastanie', 'Zugspitze', 'Leuchtturm', 'Hafenkran', 'Moosbeere', 'Eisvogel', 'Kupfer', 'Wanderdüne', 'Fuchsbau'],
  fr: ['tournesol', 'mistral', 'citronnier', 'chaloupe', 'framboise', 'boussole', 'grenier', 'ardoise', 'lavande', 'coquelicot'],
  es: ['girasol', 'tormenta', 'almendro', 'farolillo', 'golondrina', 'alcachofa', 'tejado', 'brújula', 'membrillo', 'sandía'],
  it: ['girasole', 'tramontana', 'castagno', 'lucciola', 'pergolato', 'mandorla', 'fienile', 'bussola', 'gelsomino', 'acciuga'],
  nl: ['zonnebloem', 'vuurtoren', 'stroopwafel', 'kievit', 'molensteen', 'regenboog', 'walvis', 'kastanje', 'dijkgraaf', 'hooiberg'],
};

/** A password as people choose them: a word with digits and a symbol, or random characters. */
export function password(rng: Rng, lang: Lang): string {
  const w = rng.pick(PASS_WORDS[lang]);
  const W = w[0]!.toUpperCase() + w.slice(1);
  return rng.pick([
    () => `${W}${rng.int(10, 2024)}${rng.pick(['!', '#', '?', '$', '%', '*'])}`,
    () => `${rng.pick(['!', '#', '&'])}${w}_${rng.digits(3)}`,
    () => rng.chars(rng.int(12, 20), ALNUM + '!#%&*+-=?@^_'),
    () => `${W.replace(/a/g, '@').replace(/o/g, '0')}${rng.int(1, 99)}`,
  ])();
}

/** A passphrase of four random words of the language, joined by spaces or hyphens. */
export function passphrase(rng: Rng, lang: Lang): string {
  const words = rng.shuffle(PASS_WORDS[lang].map((w) => w.toLowerCase())).slice(0, 4);
  return words.join(rng.pick([' ', '-', '.']));
}

export function connectionString(rng: Rng): string {
  const user = rng.pick(['app', 'svc_billing', 'reporting', 'etl', 'admin', 'triage_ro']);
  const pw = rng.chars(rng.int(14, 22), ALNUM);
  const host = rng.pick([
    'db-prod-2.internal',
    'pg.eu-west.example-corp.net',
    'mongo-3.cluster.local',
    'sql01.intra.lan',
    'cache.svc.cluster.local',
  ]);
  return rng.pick([
    `postgresql://${user}:${pw}@${host}:5432/${rng.pick(['orders', 'crm', 'ledger'])}`,
    `mysql://${user}:${pw}@${host}:3306/${rng.pick(['shop', 'hr', 'wiki'])}`,
    `mongodb+srv://${user}:${pw}@${host}/${rng.pick(['events', 'sessions'])}?retryWrites=true`,
    `redis://:${pw}@${host}:6379/0`,
    `amqp://${user}:${pw}@${host}:5672/%2F`,
    `Server=${host};Database=${rng.pick(['Payroll', 'Stock'])};User Id=${user};Password=${pw};`,
  ]);
}

/** An OpenSSH private key block with a random body (never a real key). */
export function privateKey(rng: Rng): string {
  const lines = ['b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW'];
  for (let i = 0; i < 4; i++) lines.push(rng.chars(70, ALNUM + '+/'));
  lines.push(rng.chars(24, ALNUM + '+/') + '==');
  return ['-----BEGIN OPENSSH PRIVATE KEY-----', ...lines, '-----END OPENSSH PRIVATE KEY-----'].join('\n');
}

// ------------------------------------------------------------------------------------------------- addresses (IP)

function v4(rng: Rng): string {
  return rng.pick([
    () => `10.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}`,
    () => `172.${rng.int(16, 31)}.${rng.int(0, 255)}.${rng.int(1, 254)}`,
    () => `192.168.${rng.int(0, 255)}.${rng.int(2, 254)}`,
    () =>
      `${rng.pick([31, 46, 62, 77, 81, 85, 89, 91, 109, 145, 151, 176, 185, 212, 213])}.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}`,
  ])();
}
const hex4 = (rng: Rng): string => rng.int(1, 0xffff).toString(16);
export function ip(rng: Rng): string {
  if (rng.chance(0.78)) return v4(rng);
  return rng.pick([
    () => `2a0${rng.int(1, 2)}:${hex4(rng)}:${hex4(rng)}:${hex4(rng)}::${hex4(rng)}`,
    () => `fe80::${hex4(rng)}:${hex4(rng)}:${hex4(rng)}:${hex4(rng)}`,
    () => `fd${rng.chars(2, 'abcdef0123456789')}:${hex4(rng)}:${hex4(rng)}::${hex4(rng)}`,
  ])();
}

/** Addresses that are not labelled: documentation ranges, loopback, unspecified. */
export function docIp(rng: Rng): string {
  return rng.pick([
    () => `192.0.2.${rng.int(1, 254)}`,
    () => `198.51.100.${rng.int(1, 254)}`,
    () => `203.0.113.${rng.int(1, 254)}`,
    () => `2001:db8::${hex4(rng)}`,
    () => '127.0.0.1',
    () => '0.0.0.0',
    () => '::1',
  ])();
}

/** A CIDR block as written in examples and firewall rules: never a host's address. */
export const cidr = (rng: Rng): string =>
  rng.pick(['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', '100.64.0.0/10', 'fd00::/8', '2001:db8::/32']);

// ------------------------------------------------------------------------------------------------- look-alikes

export function orderNumber(rng: Rng): string {
  return rng.pick([
    () => `ORD-${rng.int(2019, 2026)}-${rng.digits(6)}`,
    () => `#${rng.chars(2, UPPER)}${rng.digits(5)}`,
    () => `INV-${rng.digits(5)}/${rng.int(19, 26)}`,
    () => `1Z${rng.chars(6, 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789')}${rng.digits(10)}`,
    () => `RMA ${rng.digits(4)}-${rng.chars(3, UPPER)}`,
    () => `TCK-${rng.digits(7)}`,
  ])();
}

export const version = (rng: Rng): string => `${rng.pick(['v', ''])}${rng.int(0, 14)}.${rng.int(0, 40)}.${rng.int(0, 20)}`;
export const commitHash = (rng: Rng): string => rng.chars(rng.pick([7, 12, 40]), 'abcdef0123456789');
export function uuid(rng: Rng): string {
  const h = (n: number): string => rng.chars(n, 'abcdef0123456789');
  return `${h(8)}-${h(4)}-4${h(3)}-${rng.pick(['8', '9', 'a', 'b'])}${h(3)}-${h(12)}`;
}

export function amount(rng: Rng, lang: Lang): string {
  const n = rng.int(3, 9800);
  const c = pad(rng.int(0, 99), 2);
  if (lang === 'en') return rng.pick([`£${n.toLocaleString('en-GB')}.${c}`, `$${n.toLocaleString('en-US')}.${c}`]);
  const grouped = n >= 1000 ? `${Math.floor(n / 1000)}.${pad(n % 1000, 3)}` : String(n);
  return rng.pick([`${grouped},${c} €`, `€ ${grouped},${c}`]);
}
