// IBAN (mod-97 valid, registered country length, any spacing) and BANK_ACCOUNT: non-IBAN account numbers
// given as such — US routing (ABA-valid) + account, UK sort code + account, AU BSB + account, and numbers
// after "account number" words in six languages — and the national formats with check digits found by
// their shape (bank-national.ts). One span per number; a routing number or sort code on its own is not
// labelled.
import type { Detector, Finding } from '../types.ts';
import { abaRouting, iban, IBAN_LENGTHS, isRepdigit } from '../checksums.ts';
import { columnHeader, newHeaderCache, type HeaderCache } from './national-ids.ts';
import { cellAt, fieldKind, keyBefore, normKey, type FieldKind } from '../fields.ts';
import { isAsciiAlnum } from '../chars.ts';
import { CURRENCY_AFTER, findNationalAccounts } from './bank-national.ts';

/** IBANs printed as examples in standards, bank documentation and Wikipedia: placeholders, not PII. */
const EXAMPLE_IBANS = new Set([
  'DE89370400440532013000',
  'GB82WEST12345698765432',
  'GB29NWBK60161331926819',
  'GB33BUKB20201555555555',
  'FR1420041010050500013M02606',
  'FR7630006000011234567890189',
  'NL91ABNA0417164300',
  'NL02ABNA0123456789',
  'BE68539007547034',
  'BE71096123456769',
  'ES9121000418450200051332',
  'ES7921000813610123456789',
  'IT60X0542811101000000123456',
  'CH9300762011623852957',
  'AT611904300234573201',
  'AT483200000012345864',
  'LU280019400644750000',
  'IE29AIBK93115212345678',
  'PL61109010140000071219812874',
  'SE4550000000058398257466',
  'DK5000400440116243',
  'FI2112345600000785',
  'NO9386011117947',
  'PT50000201231234567890154',
]);

const IBAN_START = /(?<![A-Za-z0-9])([A-Za-z]{2})(\d{2})(?=[ -]?[A-Za-z0-9])/g;
// Read out, the country code may stand apart from the check digits ("IBAN: DE 62 3704 …", what the spelled-out
// "D E sechs zwei drei …" reads as): capitals only, and only shortly after the word IBAN.
const IBAN_WORD = /iban/gi;
const IBAN_APART_NEAR = /[^\n]{0,30}?(?<![A-Za-z0-9])([A-Z]{2}) \d{2}(?=[ -]?[A-Za-z0-9])/y;

export function findIbans(text: string): Finding[] {
  const out: Finding[] = [];
  IBAN_START.lastIndex = 0;
  for (let m = IBAN_START.exec(text); m; m = IBAN_START.exec(text)) {
    const end = ibanAt(text, m.index, m[1]!, out);
    if (end > 0) IBAN_START.lastIndex = end;
  }
  if (text.length > 20 && /iban/i.test(text)) ibansApart(text, out);
  return out;
}

/** IBANs with the country code apart, each just after the word IBAN. */
function ibansApart(text: string, out: Finding[]): void {
  IBAN_WORD.lastIndex = 0;
  for (let w = IBAN_WORD.exec(text); w; w = IBAN_WORD.exec(text)) {
    IBAN_APART_NEAR.lastIndex = w.index + 4;
    const m = IBAN_APART_NEAR.exec(text);
    if (!m) continue;
    const start = m.index + m[0].length - 5;
    if (!out.some((f) => f.start <= start && start < f.end)) ibanAt(text, start, m[1]!, out);
  }
  out.sort((a, b) => a.start - b.start);
}

/** The IBAN starting at `start` with country letters `letters`, if valid: reported, and its end returned (-1 if none). */
function ibanAt(text: string, start: number, letters: string, out: Finding[]): number {
  const cc = letters.toUpperCase();
  const len = IBAN_LENGTHS[cc];
  if (len === undefined) return -1;
  const end = ibanEnd(text, start, len);
  if (end < 0) return -1;
  const body = text.slice(start, end).replace(/[ -]/g, '');
  // Lower-case country codes only in an all-lower-case IBAN (iban=de89…), never in prose words.
  if (letters !== cc && /[A-Z]/.test(body)) return -1;
  if (!iban(body) || EXAMPLE_IBANS.has(body.toUpperCase())) return -1;
  if (insideUuid(text, start, end)) return -1;
  out.push({ type: 'IBAN', start, end, score: 1, detector: 'bank' });
  return end;
}

/** The candidate is the tail of a UUID or a hex id ("…-4532-be76-dacca2b49cc7"): hex groups joined by dashes before it. */
function insideUuid(text: string, start: number, end: number): boolean {
  return /[0-9a-fA-F]{4}-$/.test(text.slice(Math.max(0, start - 5), start)) && /^[0-9a-fA-F-]+$/.test(text.slice(start, end));
}

/** Where `len` letters and digits from `start` end (single spaces or dashes between them), or -1 when they run on. */
function ibanEnd(text: string, start: number, len: number): number {
  let i = start;
  let n = 0;
  while (i < text.length && n < len) {
    const c = text.charCodeAt(i);
    if (isAsciiAlnum(c)) {
      n++;
      i++;
    } else if ((c === 32 || c === 45) && n > 0 && n < len && i + 1 < text.length && isAsciiAlnum(text.charCodeAt(i + 1))) {
      i++;
    } else break;
  }
  if (n !== len) return -1;
  return i < text.length && isAsciiAlnum(text.charCodeAt(i)) ? -1 : i; // runs on: not this IBAN
}

// "<label> [number|no|#|nr]: <value>" — the labels whose value is a bank-account number, or part of one.
const ACCOUNT_LABEL =
  /\b(?:(?:bank[\s_-]*)?(?:account|acct|acc\.?(?=\s*(?:\d|$))|a\/c)(?:[\s_-]*(?:number|num|no\.?|nr\.?|#))?|(?:bank)?kontos?(?:[\s_-]*(?:nummer|nr\.?|no\.?))?|kontonr\.?|kto\.?|num[ée]ro\s+(?:de\s+)?compte(?:\s+bancaire)?|n[°º]\s*(?:de\s+)?compte|compte(?:\s+bancaire)?(?:\s+n[°º])?|n[úu]mero\s+de\s+(?:la\s+)?cuenta(?:\s+bancaria)?|n\.?[°º]\s*(?:de\s+)?cuenta|cuenta(?:\s+bancaria|\s+corriente)?(?:\s+n[°º.]?)?|numero\s+(?:di|del)\s+conto(?:\s+corrente|\s+bancario)?|conto(?:\s+corrente|\s+bancario)?(?:\s+n[°º.]?)?|c\/c|(?:bank)?rekening(?:nummer|nr\.?)?|(?:aba[\s_-]*)?routing(?:[\s_-]*(?:number|nummer|num[ée]ro|n[úu]mero|numero|no\.?|#|nr\.?))?|(?:num[ée]ro|n[úu]mero|numero)\s+(?:de\s+|di\s+)?(?:routing|routage|ruta|aba)|code\s+de\s+routage|aba(?:[\s_-]*(?:number|nummer|no\.?|#))?|transit(?:[\s_-]*number)?|sort[\s_-]?code|(?:codice|code|c[óo]digo)\s+sort|bsb(?:[\s_-]*(?:number|no\.?))?|blz|bankleitzahl|code\s+guichet|clabe)(?:\s+\p{Ll}{3,}(?:ais|aise|ois|oise|és|esa|ese|ano|ana|ischen|isches|ische|aanse)(?![\p{L}]))?["']?\s*(?:is|ist|est|es|è|is:|lautet|luidt|was|war|era|:|=|#|-)?\s*(?:(?:il|le|el|la|het|the)\s+)?["']?(?:n[°º.]?\s*)?/iu;

const BANK_WORDS =
  /(?:bank|banking|wire|transfer|deposit|payroll|salary|\bach\b|swift|\bbic\b|routing|sort code|bsb|payee|remit|\bpa(?:y|id|ying)\s+(?:\w+\s+){0,3}(?:in)?to\b|refund|überweis|gehalt|virement|banque|salaire|transferencia|banco|nómina|bonifico|banca|stipendio|overmaking|overschrijving|salaris)/i;
// Customer / utility / login accounts are not bank accounts.
const NON_BANK =
  /(?:customer|client|user|member|loyalty|login|utility|electric|gas|water|phone|mobile|insurance|policy|kunden|mitglieds|abonnement|client|cliente|socio|klant)\s*(?:account|acct)/i;

const FIELD_GATE = /acc|konto|compte|cuenta|conto|rekening|routing|aba|sort|bsb|blz|leitzahl|transit|ruta|guichet|clabe|rib\b/i;

type Kind = 'routing' | 'sort' | 'bsb' | 'blz' | 'account';

function kindOf(label: string): Kind {
  const l = label.toLowerCase();
  if (/routing|routage|ruta|aba|transit/.test(l)) return 'routing';
  if (/sort/.test(l)) return 'sort';
  if (/bsb/.test(l)) return 'bsb';
  if (/blz|bankleitzahl|guichet|clabe/.test(l)) return 'blz';
  return 'account';
}

interface Cand {
  kind: Kind;
  start: number;
  end: number;
  digits: string;
}

// Digit runs (single space/dash separators) of five or more digits: the candidates for account numbers.
const NUM_RUN = /\d(?:\d|[ -]\d){4,}/g;
/** Every account label contains one of these; the label regex runs only when the window has one. */
const LABEL_HINTS = [
  'acc',
  'a/c',
  'konto',
  'kto',
  'compte',
  'cuenta',
  'conto',
  'c/c',
  'rekening',
  'routing',
  'routage',
  'ruta',
  'aba',
  'transit',
  'sort',
  'bsb',
  'blz',
  'leitzahl',
  'guichet',
  'clabe',
];
/** `LABEL_HINTS.some((h) => lw.includes(h))` as one case-sensitive regex over the lower-cased window. */
const LABEL_HINTS_RE = new RegExp(LABEL_HINTS.map((h) => h.replace(/\//g, '\\/')).join('|'));
/** The label must end right before the number. */
const LABEL_BEFORE = new RegExp('(?:' + ACCOUNT_LABEL.source + ')$', 'iu');

export function findBankAccounts(text: string): Finding[] {
  const out: Finding[] = [];
  const cands = accountCandidates(text);
  if (cands.length === 0) return out;
  const hasAccount = cands.some((c) => c.kind === 'account' && c.digits.length >= 6 && c.digits.length <= 20);
  for (const c of cands) {
    if (isRepdigit(c.digits)) continue;
    if (confirmed(text, c, cands, hasAccount))
      out.push({ type: 'BANK_ACCOUNT', start: c.start, end: c.end, score: 0.85, detector: 'bank' });
  }
  return out;
}

/** Digit runs with an account, routing, sort-code … label before them, or under such a key or column. */
function accountCandidates(text: string): Cand[] {
  const cands: Cand[] = [];
  const hc = newHeaderCache();
  // Keys and columns are read only when the text names an account, routing or sort code somewhere.
  // (read at the first candidate number)
  let fields: boolean | undefined;
  // Only the hints found somewhere in the text can occur in a window before a number (lower-casing is
  // per character for these ASCII hints, so a window's hit is a hit in the whole lower-cased text).
  // (computed once there are many candidate numbers, as in tables; before that, all hints are tried)
  let hints: readonly string[] = LABEL_HINTS;
  let seen = 0;
  NUM_RUN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NUM_RUN.exec(text))) {
    const vstart = m.index;
    const vend = vstart + m[0].length;
    const pc = vstart > 0 ? text.charCodeAt(vstart - 1) : 32;
    if (isAsciiAlnum(pc) || pc === 95 || pc === 46 || pc === 47) continue;
    const nc = vend < text.length ? text.charCodeAt(vend) : 32;
    if (isAsciiAlnum(nc) || nc === 95 || nc === 64 || ((nc === 46 || nc === 47) && /\d/.test(text[vend + 1] ?? ''))) continue;
    if (fields === undefined) fields = FIELD_GATE.test(text);
    if (++seen === 8) {
      const lowerText = text.toLowerCase();
      hints = LABEL_HINTS.filter((h) => lowerText.includes(h));
    }
    if (hints.length === 0 && !fields) continue; // no label before, no key or column either
    const label =
      labelBefore(text.slice(Math.max(0, vstart - 48), vstart), hints) ??
      (fields ? fieldLabel(text, vstart, hc) : undefined) ??
      labelAfter(text, vstart, vend, hints);
    if (label === undefined) continue;
    cands.push({ kind: kindOf(label), start: vstart, end: vend, digits: m[0].replace(/[ -]/g, '') });
  }
  return cands;
}

/** The account label ending the window, if one of the hints occurs in it. */
function labelBefore(window: string, hints: readonly string[]): string | undefined {
  if (hints.length === 0) return undefined;
  const lw = window.toLowerCase();
  if (!(hints === LABEL_HINTS ? LABEL_HINTS_RE.test(lw) : hints.some((h) => lw.includes(h)))) return undefined;
  return LABEL_BEFORE.exec(window)?.[0];
}

/**
 * The account named after its number: "0532013000 ist meine Kontonummer", "… est mon numéro de compte", "… è il
 * mio conto corrente", "… is mijn rekeningnummer"; the English "is my account number" only with a bank word near.
 */
const LABEL_AFTER =
  /[ \t]*,?[ \t]+(?:is|ist|est|es|è|c['’]est|was|war)[ \t]+(?:(?:my|our|his|her|meine?|unsere?|seine?|ihre?|mon|notre|son|mi|su|nuestra|il mio|il suo|mijn|onze|zijn|haar|the|die|das|le|el|il|het)[ \t]+)?(?:bank[ \t]*)?(account(?:[ \t]+(?:number|no\.?))?|kontonummer|konto|num[ée]ro de compte|compte(?: bancaire)?|n[úu]mero de cuenta|cuenta(?: bancaria| corriente)?|numero di conto|numero del conto|conto(?: corrente| bancario)?|rekeningnummer|rekening|bankrekening)(?![\p{L}])/iuy;

function labelAfter(text: string, vstart: number, vend: number, hints: readonly string[]): string | undefined {
  const c = text.charCodeAt(vend);
  if (hints.length === 0 || (c !== 32 && c !== 44 && c !== 9)) return undefined;
  LABEL_AFTER.lastIndex = vend;
  const m = LABEL_AFTER.exec(text);
  if (!m) return undefined;
  if (/^account/i.test(m[1]!) && !/bank/i.test(m[0]) && !BANK_WORDS.test(text.slice(Math.max(0, vstart - 160), vend + 120)))
    return undefined;
  return 'account';
}

/** A key (routingNo=, "sortCode": …) or a table / SQL INSERT cell under an account / routing / sort-code column. */
function fieldLabel(text: string, vstart: number, hc: HeaderCache): string | undefined {
  const key = keyBefore(text, vstart);
  let fk: FieldKind | null = key ? fieldKind(normKey(key)) : null;
  if (!fk) {
    const cell = cellAt(text, vstart);
    if (cell) fk = fieldKind(normKey(cell.col));
    else {
      const col = columnHeader(text, vstart, hc);
      if (col) fk = fieldKind(normKey(col));
    }
  }
  if (fk === 'BANK_ACCOUNT') return 'account';
  if (fk === 'ROUTING') return 'routing';
  if (fk === 'SORT_CODE') return 'sort';
  return undefined;
}

/** A routing, sort or bank code needs an account number with it; an account number needs to be one. */
function confirmed(text: string, c: Cand, cands: readonly Cand[], hasAccount: boolean): boolean {
  const n = c.digits.length;
  switch (c.kind) {
    case 'routing':
      return hasAccount && (n === 9 ? abaRouting(c.digits) : n === 8 || n === 5); // ABA, or CA transit
    case 'sort':
      return hasAccount && n === 6;
    case 'bsb':
      return hasAccount && n === 6;
    case 'blz':
      return hasAccount && n >= 5 && n <= 8;
    case 'account':
      return accountNumber(text, c, cands);
  }
  return false;
}

function accountNumber(text: string, c: Cand, cands: readonly Cand[]): boolean {
  const n = c.digits.length;
  if (n < 6 || n > 20) return false;
  // "sul conto 125000 euro", "Konto 250000 EUR": an amount, not a number.
  if (CURRENCY_AFTER.test(text.slice(c.end, c.end + 10))) return false;
  const pairing = cands.some((o) => o !== c && o.kind !== 'account' && Math.abs(o.start - c.start) < 200);
  if (pairing) return true;
  const pre = text.slice(Math.max(0, c.start - 60), c.start);
  if (NON_BANK.test(pre)) return false;
  // "Kontonummer", "rekeningnummer", "numéro de compte"… are bank words by themselves; the English
  // "account number" needs a bank word near it.
  const label = text.slice(Math.max(0, c.start - 30), c.start).toLowerCase();
  const englishOnly =
    /(?:account|acct|acc|a\/c)(?:[\s_-]*(?:number|num|no\.?|nr\.?|#))?["']?(?:\s*(?:is|:|=))?[^a-z]*$/.test(label) &&
    !/bank\s*(?:account|acct)/.test(label);
  if (!englishOnly) return true;
  const win = text.slice(Math.max(0, c.start - 160), Math.min(text.length, c.end + 80));
  return BANK_WORDS.test(win);
}

/** The national account numbers in the documentation example IBANs (ES 2100 0418 45 0200051332 …): placeholders too. */
const EXAMPLE_BBANS = [...EXAMPLE_IBANS].map((i) => i.slice(4));

function isExampleBban(value: string): boolean {
  const v = value.replace(/[^0-9A-Za-z]/g, '').toUpperCase();
  return v.length >= 9 && EXAMPLE_BBANS.some((b) => b.endsWith(v));
}

const overlaps = (a: Finding, b: Finding) => a.start < b.end && b.start < a.end;

/**
 * The labelled findings with the national numbers added: a labelled run that holds two numbers ("Cuenta:
 * 40-47-84 71234568", a sort code and its account) gives way to the two; otherwise what was found first
 * stays, and documentation examples are left out.
 */
function withNationalAccounts(text: string, found: readonly Finding[]): Finding[] {
  const national = findNationalAccounts(text).filter((n) => !isExampleBban(text.slice(n.start, n.end)));
  if (national.length === 0) return [...found];
  const split = (f: Finding) => f.type === 'BANK_ACCOUNT' && national.filter((n) => n.start >= f.start && n.end <= f.end).length >= 2;
  const kept = found.filter((f) => !split(f));
  const added = national.filter((n) => !kept.some((f) => overlaps(f, n)));
  return added.length === 0 ? kept : kept.concat(added).sort((a, b) => a.start - b.start);
}

export const bankDetector: Detector = {
  name: 'bank',
  types: ['IBAN', 'BANK_ACCOUNT'],
  detect(text: string): Finding[] {
    if (!/\d{3}/.test(text)) return []; // every number here has a group of three digits (NL 12.34.56.789)
    return withNationalAccounts(text, findIbans(text).concat(findBankAccounts(text)));
  },
};
