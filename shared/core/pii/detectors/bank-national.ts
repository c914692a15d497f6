// National bank-account numbers other than IBANs, found without an account label right before them: each is
// recognised by the shape its country prints it in and confirmed by its check digits — ES CCC, FR RIB, IT
// BBAN, BE account, NL pre-IBAN account, NO kontonummer — or, for a routing number, sort code or BSB, by the account
// number next to it (US ABA routing + account, UK sort code + account, AU "BSB" + branch + account). A check alone passes 1 random number in 11 (NL)
// to 1 in 100 (ES), so digits printed without the national grouping need a bank word near them, and the
// weakest checks (NL elfproef, UK: none) always do. One span per number (docs/pii-labels.md: BANK_ACCOUNT).
import type { Finding } from '../types.ts';
import { abaRouting, beBankAccount, esCcc, frRib, isRepdigit, itBban, nlBankAccount, noBankAccount } from '../checksums.ts';
import { isAsciiAlnum, isWordCharInLatinRange } from '../chars.ts';

/**
 * Words for a bank account in en/de/fr/es/it/nl; the English ones say "bank" (a bare "account" is as often a login).
 * "BBAN" (the national part of an IBAN) is a bank account number by name in every language.
 */
const BANK_ACCOUNT_WORDS = String.raw`\bbban\b|bank[\s-]*(?:account|acct|details)|account[\s-]*holder|\ba\/c\b|konto|bankverbindung|bankdaten|\bcomptes?\b|\brib\b|relevé d'identité|coordonnées bancaires|\bcuentas?\b|\bccc\b|datos bancarios|\bconto\b|\bc\/c\b|coordinate bancarie|rekening|\bgiro|t\.\s?n\.\s?v\.|bankgegevens`;

/** What must be near a number with the weakest check (NL elfproef). */
const BANK_ACCOUNT_CUE = new RegExp(BANK_ACCOUNT_WORDS, 'i');

/** Account words, "account" itself included: with a sort code's exact shape, or a checked number. */
const ACCOUNT_CUE = new RegExp(String.raw`account|\bacct\b|` + BANK_ACCOUNT_WORDS, 'i');

/** Bank words beyond account words: enough beside a number that passes a check but is printed without its grouping. */
const BANK_CUE = new RegExp(
  ACCOUNT_CUE.source +
    '|bank|banque|banco|\\bbanca\\b|\\biban\\b|\\bbic\\b|swift|routing|\\baba\\b|\\brtn\\b|\\bach\\b|\\bwire\\b|direct deposit|' +
    'überweis|lastschrift|virement|prélèvement|transferencia|domiciliaci|bonifico|addebito|overschrijving|overmaken|incasso|' +
    'payee|beneficiar|bénéficiaire|begünstigt|payroll|salary|gehalt|salaire|nómina|stipendio|salaris',
  'i',
);

/** The UK sort code by name, in the six languages (the code itself is British; the words around it need not be). */
const SORT_CODE_CUE =
  /sort[\s-]?code|sortiercode|bankleitzahl|code de tri|code guichet|c[óo]digo (?:de clasificaci[óo]n|sort)|codice (?:sort|di smistamento)|sorteercode/i;

/** Customer, utility or login accounts are not bank accounts. */
const NON_BANK_ACCOUNT =
  /(?:customer|client|user|member|loyalty|login|utility|kunden|benutzer|mitglieds|cliente|socio|klant|gebruikers)[\s-]*(?:account|acct|konto|compte|cuenta|conto|rekening)/i;

/** A number followed by a currency is an amount. */
export const CURRENCY_AFTER = /^\s?(?:€|\$|£|%|eur(?:os?)?\b|usd\b|gbp\b|chf\b|dollars?\b|pesos?\b)/i;

const CUE_BEFORE = 100;
const CUE_AFTER = 40;

function cueNear(text: string, start: number, end: number, cue: RegExp, before = CUE_BEFORE): boolean {
  return cue.test(text.slice(Math.max(0, start - before), start)) || cue.test(text.slice(end, end + CUE_AFTER));
}

// ---- digit runs ------------------------------------------------------------------------------------------

/** A run of digit groups joined by single spaces, dots or dashes, with the groups' offsets. */
interface Run {
  start: number;
  end: number;
  groups: { start: number; end: number }[];
  /** The separators between the groups, in order. */
  seps: string;
}

const DIGIT_RUN = /\d+(?:[ .-]\d+)*/g;

/**
 * Digit runs standing on their own (not part of a word, a decimal, a path or an e-mail address), and where
 * a run of five digits or more begins, standing alone or not: where a RIB or an Italian BBAN may be.
 */
function digitRuns(text: string): { runs: Run[]; fiveDigitStarts: number[] } {
  const runs: Run[] = [];
  const fiveDigitStarts: number[] = [];
  DIGIT_RUN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DIGIT_RUN.exec(text))) {
    if (m[0].length < 6) continue; // shorter than any number or sort code here ("200000")
    if (FIVE_DIGITS.test(m[0])) fiveDigitStarts.push(m.index);
    const start = m.index;
    const end = start + m[0].length;
    const pc = start > 0 ? text.charCodeAt(start - 1) : 32;
    if (isAsciiAlnum(pc) || pc === 95 || pc === 46 || pc === 47) continue;
    const nc = end < text.length ? text.charCodeAt(end) : 32;
    if (isAsciiAlnum(nc) || nc === 95 || nc === 64 || ((nc === 46 || nc === 47 || nc === 44) && /\d/.test(text[end + 1] ?? ''))) continue;
    runs.push(splitRun(m[0], start));
  }
  return { runs, fiveDigitStarts };
}

const FIVE_DIGITS = /^\d{5}/;

function splitRun(s: string, start: number): Run {
  const groups: { start: number; end: number }[] = [];
  let seps = '';
  let g = 0;
  for (let i = 0; i <= s.length; i++) {
    if (i < s.length && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) continue;
    groups.push({ start: start + g, end: start + i });
    if (i < s.length) seps += s[i];
    g = i + 1;
  }
  return { start, end: start + s.length, groups, seps };
}

/** The group lengths joined by commas ("4,4,2,10"), the separators all one kind. */
function shapeOf(run: Run): string | undefined {
  if (run.seps.length > 0 && !/^(?: +|\.+|-+)$/.test(run.seps)) return undefined;
  return run.groups.map((g) => g.end - g.start).join(',');
}

function runDigits(text: string, run: Run): string {
  return run.groups.map((g) => text.slice(g.start, g.end)).join('');
}

// ---- one number, one check --------------------------------------------------------------------------------

interface NationalFormat {
  /** The number's digits pass its check. */
  valid: (digits: string) => boolean;
  /** Group shapes the country prints the number in (enough with a valid check). */
  printed: readonly string[];
  /** Shapes that pass with a valid check only near a cue. */
  plain: readonly string[];
  cue: RegExp;
  /** How far before the number the cue may be. */
  cueBefore: number;
}

const FORMATS: readonly NationalFormat[] = [
  // ES CCC: entity 4 + office 4 + control 2 + account 10 ("2100 0418 45 0200051332"), or in fours as in the IBAN.
  { valid: esCcc, printed: ['4,4,2,10'], plain: ['20', '4,4,4,4,4'], cue: BANK_CUE, cueBefore: CUE_BEFORE },
  // BE: 123-4567890-02.
  { valid: beBankAccount, printed: ['3,7,2'], plain: ['12'], cue: BANK_CUE, cueBefore: CUE_BEFORE },
  // NL: 9 digits, plain or as 12.34.56.789 / 1234.56.789; elfproef passes 1 in 11, so an account word is needed.
  { valid: nlBankAccount, printed: [], plain: ['9', '2,2,2,3', '4,2,3'], cue: BANK_ACCOUNT_CUE, cueBefore: 50 },
  // NZ: bank 2 + branch 4 + account 7 + suffix 2 or 3 ("12-3140-0123456-00"). Its check depends on the bank and
  // branch (several algorithms); only the bank's number range is checked here, so a bank word is needed.
  { valid: nzBankNumber, printed: [], plain: ['2,4,7,2', '2,4,7,3'], cue: BANK_CUE, cueBefore: CUE_BEFORE },
  // NO kontonummer: 11 digits, 4.2.5 ("8601.11.17947"); its MOD 11 check passes 1 in 11, so a bank word is needed.
  { valid: noBankAccount, printed: [], plain: ['4,2,5', '11'], cue: BANK_CUE, cueBefore: CUE_BEFORE },
];

/** The digit counts of FORMATS' shapes. */
const FORMAT_DIGIT_COUNTS = new Set(FORMATS.flatMap((f) => [...f.printed, ...f.plain]).map(digitCount));

function digitCount(shape: string): number {
  return shape.split(',').reduce((n, g) => n + Number(g), 0);
}

/** New Zealand's banks are numbered 01 to 38. */
function nzBankNumber(digits: string): boolean {
  const bank = Number(digits.slice(0, 2));
  return bank >= 1 && bank <= 38;
}

/** Digit runs that are a national account number in one of FORMATS. */
function checkedNumbers(text: string, runs: readonly Run[]): Finding[] {
  const out: Finding[] = [];
  for (const run of runs) {
    const n = run.end - run.start - run.seps.length;
    if (!FORMAT_DIGIT_COUNTS.has(n)) continue;
    const shape = shapeOf(run);
    if (shape === undefined) continue;
    const format = FORMATS.find((f) => f.printed.includes(shape) || f.plain.includes(shape));
    const digits = runDigits(text, run);
    if (!format || !format.valid(digits) || isCountingSequence(digits)) continue;
    if (CURRENCY_AFTER.test(text.slice(run.end, run.end + 10)) || otherNumberBefore(text, run.start)) continue;
    if (!format.printed.includes(shape) && !weakCueNear(text, run.start, run.end, format.cue, format.cueBefore)) continue;
    out.push(finding(run.start, run.end, 0.9));
  }
  return out;
}

/** 123456789, 0123456789…: a placeholder, whatever check it happens to pass. */
function isCountingSequence(digits: string): boolean {
  return '01234567890123456789'.includes(digits) || '98765432109876543210'.includes(digits);
}

// "Bestellnummer:", "facture n°", "tel.": the label right before a number says what it is.
const OTHER_NUMBER_LABEL =
  /(?:\bid|transaction|transacci|transazion|\bref|kenmerk|serial|serien|\bsku|\bimei|kundennummer|klantnummer|order|bestell|bestel|commande|pedido|ordine|invoice|rechnung|facture|factura|fattura|factuur|tracking|sendung|suivi|seguimiento|spedizione|ticket|\btel|phone|telefo|t[ée]l[ée]phone|fax|mobile?|handy|\bgsm|\bbsn|\bssn|passport|pass|paspoort|pasaporte|passaporto)[\p{L}-]*\.?\s*(?:n(?:o|r|um(?:ber|mer|[ée]ro|ero)?)?\.?|#|n[°º])?\s*[:#]?\s*$/iu;

function otherNumberBefore(text: string, start: number): boolean {
  return OTHER_NUMBER_LABEL.test(text.slice(Math.max(0, start - 32), start));
}

/** A cue near the number, not one that names a customer or login account. */
function weakCueNear(text: string, start: number, end: number, cue: RegExp, before = CUE_BEFORE): boolean {
  return cueNear(text, start, end, cue, before) && !NON_BANK_ACCOUNT.test(text.slice(Math.max(0, start - 60), start));
}

// FR RIB: bank 5 + guichet 5 + account 11 (digits or capitals) + clé 2, one separator kind or none.
const RIB = /\d{5}([ -]?)\d{5}\1[0-9A-Z]{11}\1\d{2}(?![A-Za-z0-9_])/y;
// IT BBAN: CIN letter + ABI 5 + CAB 5 + account 12 (digits or capitals).
const IT_BBAN = /[A-Z]([ -]?)\d{5}\1\d{5}\1[0-9A-Z]{12}(?![A-Za-z0-9_])/y;

/** RIBs and Italian BBANs (the CIN letter just before the digits, or a separator before): printed in groups, or run together near a bank word. */
function alphanumericNumbers(text: string, fiveDigitStarts: readonly number[]): Finding[] {
  const out: Finding[] = [];
  for (const at of fiveDigitStarts) {
    const f =
      alphanumericAt(text, RIB, at, frRib) ??
      alphanumericAt(text, IT_BBAN, at - 1, itBban) ??
      alphanumericAt(text, IT_BBAN, at - 2, itBban);
    if (f) out.push(f);
  }
  return out;
}

function alphanumericAt(text: string, pattern: RegExp, start: number, valid: (s: string) => boolean): Finding | undefined {
  if (start < 0 || (start > 0 && isWordCharInLatinRange(text.charCodeAt(start - 1)))) return undefined;
  pattern.lastIndex = start;
  const m = pattern.exec(text);
  if (!m || !valid(m[0]) || otherNumberBefore(text, start)) return undefined;
  const end = start + m[0].length;
  if (m[1] === '' && !cueNear(text, start, end, BANK_CUE)) return undefined;
  return finding(start, end, 0.9);
}

// ---- a routing number or sort code with the account next to it -------------------------------------------

/** What may stand between a routing number or sort code and its account number. */
const PAIR_GAP = /^(?:\s*[,;/|:]?\s*|\s+(?:and|und|et|y|e|en)\s+)$/i;

interface Pair {
  code: { start: number; end: number };
  account: { start: number; end: number };
}

/** Runs as (code, account) pairs: within one run ("20-00-00 12345678") or two runs a separator apart. */
function pairs(text: string, runs: readonly Run[]): Pair[] {
  const out: Pair[] = [];
  for (let i = 0; i < runs.length; i++) {
    const run = runs[i]!;
    const next = runs[i + 1];
    const gs = run.groups;
    const first = gs[0]!.end - gs[0]!.start;
    if (first !== 9 && first !== 6 && first !== 2) continue; // a routing number, a sort code (or its first pair)
    // The code is the run's first group, or its first three (a sort code) when the account follows in it.
    for (const n of [1, 3]) {
      if (gs.length === n + 1 && run.seps[n - 1] === ' ') out.push({ code: span(gs[0]!, gs[n - 1]!), account: gs[n]! });
    }
    if (next && next.groups.length === 1 && next.start - run.end <= 8 && PAIR_GAP.test(text.slice(run.end, next.start)))
      out.push({ code: { start: run.start, end: run.end }, account: next.groups[0]! });
  }
  return out;
}

function span(first: { start: number }, last: { end: number }): { start: number; end: number } {
  return { start: first.start, end: last.end };
}

/** US: ABA-valid routing + a 4–17 digit account near a bank word. UK: dd-dd-dd + 8 digits near a sort-code or bank word. */
function pairedNumbers(text: string, runs: readonly Run[]): Finding[] {
  const out: Finding[] = [];
  for (const { code, account } of pairs(text, runs)) {
    const codeText = text.slice(code.start, code.end);
    const acc = text.slice(account.start, account.end);
    if (isRepdigit(acc) || CURRENCY_AFTER.test(text.slice(account.end, account.end + 10)) || otherNumberBefore(text, code.start)) continue;
    const us = /^\d{9}$/.test(codeText) && acc.length >= 4 && acc.length <= 17 && abaRouting(codeText);
    const uk = /^\d\d([- ])\d\d\1\d\d$|^\d{6}$/.test(codeText) && acc.length === 8;
    const ukCue = uk && (cueNear(text, code.start, account.end, SORT_CODE_CUE) || weakCueNear(text, code.start, account.end, BANK_CUE));
    if (ukCue || (us && cueNear(text, code.start, account.end, BANK_CUE))) {
      out.push(finding(code.start, code.end, 0.85), finding(account.start, account.end, 0.85));
    }
  }
  return out;
}

function finding(start: number, end: number, score: number): Finding {
  return { type: 'BANK_ACCOUNT', start, end, score, detector: 'bank' };
}

// ---- AU: a BSB and the account after it ------------------------------------------------------------------

/**
 * Australia: "BSB" by name, the branch's six digits (3-3, "062-000") and the account's 6 to 10 digits after it
 * ("BSB 062-000, account 1234 5678"). Neither has a public check; the word BSB names nothing else.
 */
const BSB_PAIR =
  /\bBSB\b[^\d\n]{0,20}?(?<![\d-])(\d{3}[- ]?\d{3})(?![\d-])[^\d\n]{0,40}?(?<![\d-])(\d{6,10}|\d{2,4}(?: \d{2,4}){1,3})(?![\d-])/dgi;

function bsbNumbers(text: string): Finding[] {
  if (!/BSB/i.test(text)) return [];
  const out: Finding[] = [];
  for (const m of text.matchAll(BSB_PAIR)) {
    const [code, account] = [m.indices![1]!, m.indices![2]!];
    const digits = m[2]!.replace(/ /g, '');
    if (digits.length < 6 || digits.length > 10 || isRepdigit(digits) || CURRENCY_AFTER.test(text.slice(account[1], account[1] + 10)))
      continue;
    out.push(finding(code[0], code[1], 0.85), finding(account[0], account[1], 0.85));
  }
  return out;
}

/** National account numbers and routing / sort-code + account pairs, found by shape and check (see the top). */
export function findNationalAccounts(text: string): Finding[] {
  const { runs, fiveDigitStarts } = digitRuns(text);
  return checkedNumbers(text, runs).concat(pairedNumbers(text, runs), alphanumericNumbers(text, fiveDigitStarts), bsbNumbers(text));
}
