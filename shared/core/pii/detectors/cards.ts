// CREDIT_CARD: 13–19 digit payment-card numbers in any grouping (spaces or dashes), Luhn-valid, with a
// plausible issuer prefix and length; the networks' published test numbers and digit strings embedded in
// longer identifiers (tracking numbers, EANs, order numbers) are not labelled.
import type { Detector, Finding } from '../types.ts';
import { luhn } from '../checksums.ts';
import { cellAt, normKey } from '../fields.ts';
import { inDelimitedLine } from '../tables.ts';
import { isAsciiIdGlue } from '../chars.ts';

/** Published test numbers (Stripe, Adyen, Braintree, PayPal, network docs) — placeholders, not PII. */
const TEST_NUMBERS = new Set([
  '4242424242424242',
  '4000056655665556',
  '4111111111111111',
  '4012888888881881',
  '4222222222222',
  '4000000000000002',
  '4000000000000077',
  '4000000000000093',
  '4000000000000101',
  '4000000000000341',
  '4000000000009995',
  '4000000000003220',
  '4000000000003063',
  '4000002500003155',
  '4000002760003184',
  '4000008400001629',
  '4000000760000002',
  '4000001240000000',
  '4000004840008001',
  '4917610000000000',
  '4988080000000000',
  '4917300800000000',
  '4462030000000000',
  '4035501000000008',
  '4444333322221111',
  '4001919257537193',
  '4007702835532454',
  '4263970000005262',
  '4484070000000000',
  '4012000033330026',
  '4012000077777777',
  '4005519200000004',
  '4009348888881881',
  '4217651111111119',
  '4500600000000061',
  '5555555555554444',
  '2223003122003222',
  '5200828282828210',
  '5105105105105100',
  '5454545454545454',
  '5425233430109903',
  '2222400070000005',
  '5101180000000007',
  '5555341244441115',
  '5577000055770004',
  '5136333333333335',
  '5431111111111111',
  '5500000000000004',
  '2223000048410010',
  '5499740000000057',
  '378282246310005',
  '371449635398431',
  '378734493671000',
  '370000000000002',
  '340000000000009',
  '371238839571772',
  '343434343434343',
  '374245455400126',
  '378282246310005',
  '6011111111111117',
  '6011000990139424',
  '6011981111111113',
  '6011000000000004',
  '6011601160116611',
  '6445644564456445',
  '6011000400000000',
  '3056930009020004',
  '36227206271667',
  '30569309025904',
  '38520000023237',
  '36006666333344',
  '36259600000004',
  '3566002020360505',
  '3530111333300000',
  '3566111111111113',
  '3569990010095841',
  '3528000000000007',
  '6200000000000005',
  '6205500000000000004',
  '6250941006528599',
  '6243030000000001',
  '5019717010103742',
  '6331101999990016',
  '6759649826438453',
  '6799990100000000019',
  '6703444444444449',
  '5066991111111118',
  '6362970000457013',
  '6062826786276634',
]);

// Digit groups joined by a separator: one or two spaces, or a dash / dot with optional spaces around it
// ("4460 3812", "4460  3812", "4460 - 3812", "4460.3812"). Boundaries are checked by hand.
const RUN = /\d+(?:(?:[ \u00a0\u202f\u2009]{1,2}|[ \u00a0]?[-.\u2013][ \u00a0]?)\d+)*/g;
const NEG_CONTEXT =
  /(?:order|tracking|track|parcel|shipment|invoice|ref(?:erence)?|ean|gtin|upc|isbn|barcode|imei|serial|sku|confirmation|booking|reservation|transaction|txn|ticket|bestell|sendung|auftrag|rechnung|buchung|commande|colis|facture|r[ée]servation|suivi|pedido|paquete|factura|reserva|seguimiento|env[ií]o|ordine|pacco|fattura|prenotazione|spedizione|bestelling|pakket|factuur|zending|boeking)\w*\b[^\n]{0,24}$/;
const CARD_CONTEXT = /(?:card|visa|master|amex|karte|carte|tarjeta|carta|kaart|cc|pan)\b/;

/** A card network's prefix for a number of this length. */
export function plausibleIssuer(v: string): boolean {
  const n = v.length;
  const p2 = Number(v.slice(0, 2));
  const p4 = Number(v.slice(0, 4));
  switch (v.charCodeAt(0) - 48) {
    case 4:
      return n === 13 || n === 16 || n === 19;
    case 5:
      return (p2 >= 51 && p2 <= 55 && n === 16) || (p2 >= 50 && p2 <= 59 && n >= 12); // Mastercard, Maestro
    case 2:
      return ((p4 >= 2221 && p4 <= 2720) || (p4 >= 2200 && p4 <= 2204)) && n === 16; // Mastercard 2-series, Mir
    case 3:
      if (p2 === 34 || p2 === 37) return n === 15; // Amex
      if (p2 === 35) return n >= 16 && n <= 19; // JCB
      if (p2 === 36 || p2 === 38 || p2 === 39 || p2 === 30) return n >= 14 && n <= 19; // Diners
      return false;
    case 6:
      return n >= 16 && n <= 19; // Discover, UnionPay, Maestro, RuPay…
    default:
      return false;
  }
}

function distinctDigits(v: string): number {
  let mask = 0;
  for (let i = 0; i < v.length; i++) mask |= 1 << (v.charCodeAt(i) - 48);
  let n = 0;
  for (; mask; mask &= mask - 1) n++;
  return n;
}

function allFours(groups: readonly Group[], from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (groups[k]!.e - groups[k]!.s !== 4) return false;
  return true;
}

/** Group separators: spaces (also no-break and thin), dash, en dash, dot. */
function isSep(c: number): boolean {
  return c === 32 || c === 45 || c === 46 || c === 0xa0 || c === 0x202f || c === 0x2009 || c === 0x2013;
}

/** Table (and SQL tuple) delimiters: comma, semicolon, tab, pipe, opening parenthesis. */
const CELL_DELIM_RE = /[,;\t|(]/;

interface Group {
  s: number;
  e: number;
}

/** A digit run split at its separators; `seps[k]` is the kind ('-', '.', ' ') between groups k and k+1. */
interface Grouping {
  groups: Group[];
  seps: string[];
}

export function findCards(text: string): Finding[] {
  const out: Finding[] = [];
  if (!/\d{4}/.test(text)) return out;
  RUN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = RUN.exec(text))) {
    const run = m[0];
    if (run.length < 13) continue;
    const start = m.index;
    const end = start + run.length;
    if (inLargerToken(text, start, end)) continue;
    const grouping = digitGroups(text, start, end);
    const { groups } = grouping;
    // Order numbers: a short first group with a long one after it (Amazon 3-7-7: 351-9522985-9273068).
    if (groups.length >= 3 && groups[0]!.e - groups[0]!.s <= 3 && groups.some((g) => g.e - g.s >= 7)) continue;
    let gi = 0;
    while (gi < groups.length) {
      const gj = cardFrom(text, grouping, gi);
      if (gj < 0) {
        gi++;
        continue;
      }
      out.push({ type: 'CREDIT_CARD', start: groups[gi]!.s, end: groups[gj]!.e, score: 0.95, detector: 'cards' });
      gi = gj + 1;
    }
  }
  return out;
}

/** Part of a larger token (ABC-1234…, 1Z…, 12.34…). */
function inLargerToken(text: string, start: number, end: number): boolean {
  const pc = start > 0 ? text.charCodeAt(start - 1) : 32;
  const nc = end < text.length ? text.charCodeAt(end) : 32;
  if (isAsciiIdGlue(pc) || (nc !== 46 && isAsciiIdGlue(nc)) || (nc === 46 && /\d/.test(text[end + 1] ?? ''))) return true;
  return (pc === 45 || pc === 43) && start > 1 && /[\w]/.test(text[start - 2] ?? '');
}

/**
 * The run's digit groups. A separator's kind is its dash or dot, else space: "4460 - 3812" and "4460-3812" are
 * the same kind; windows of consecutive groups with one separator kind are tried.
 */
function digitGroups(text: string, start: number, end: number): Grouping {
  const groups: Group[] = [];
  const seps: string[] = [];
  let gs = start;
  for (let i = start; i <= end; i++) {
    const c = i < end ? text.charCodeAt(i) : 32;
    if (i === end) groups.push({ s: gs, e: i });
    else if (isSep(c)) {
      groups.push({ s: gs, e: i });
      let j = i;
      let kind = ' ';
      while (j < end && isSep(text.charCodeAt(j))) {
        const cj = text.charCodeAt(j);
        if (cj === 45 || cj === 0x2013) kind = '-';
        else if (cj === 46) kind = '.';
        j++;
      }
      seps.push(kind);
      gs = j;
      i = j - 1;
    }
  }
  return { groups, seps };
}

/** The last group of a card number starting at group `gi`, or -1. */
function cardFrom(text: string, { groups, seps }: Grouping, gi: number): number {
  let digits = '';
  for (let gj = gi; gj < groups.length && gj < gi + 6; gj++) {
    if (gj > gi && seps[gj - 1] !== seps[gi]) break;
    // Dots only in the regular 4-4-4-4 grouping (others are amounts, versions, OIDs).
    if (gj > gi && seps[gi] === '.' && groups[gj]!.e - groups[gj]!.s !== 4) break;
    const g = groups[gj]!;
    digits += text.slice(g.s, g.e);
    if (digits.length > 19) break;
    if (digits.length < 13) continue;
    if (!plausibleIssuer(digits) || !luhn(digits)) continue;
    if (TEST_NUMBERS.has(digits) || distinctDigits(digits) < 4) continue;
    if (insideLongerIdentifier({ groups, seps }, gi, gj)) continue;
    if (cardContextVetoes(text, groups[gi]!.s, digits.length === 13 && gj === gi)) continue;
    return gj;
  }
  return -1;
}

/**
 * A window inside a longer dash-joined run, or inside a longer run of 4-digit groups (tracking numbers:
 * 9400 1000 …), is part of another identifier.
 */
function insideLongerIdentifier({ groups, seps }: Grouping, gi: number, gj: number): boolean {
  if (gi > 0 && groups[gi - 1]!.e - groups[gi - 1]!.s >= 3 && seps[gi - 1] === '-') return true;
  if (gj + 1 < groups.length && seps[gj] === seps[gi] && seps[gj] === '-') return true;
  if (gj > gi && allFours(groups, gi, gj)) {
    const prevFour = gi > 0 && seps[gi - 1] === seps[gi] && groups[gi - 1]!.e - groups[gi - 1]!.s === 4;
    const nextFour = gj + 1 < groups.length && seps[gj] === seps[gi] && groups[gj + 1]!.e - groups[gj + 1]!.s === 4;
    if (prevFour || nextFour) return true;
  }
  return false;
}

/** The words before the number (or its table column) say it is an order, invoice, tracking … number. */
function cardContextVetoes(text: string, s: number, bare13: boolean): boolean {
  const pre = text.slice(Math.max(0, s - 40), s).toLowerCase();
  if (NEG_CONTEXT.test(pre) && !CARD_CONTEXT.test(pre.slice(-20))) return true;
  // A table / SQL cell: an order, invoice, tracking … column vetoes; a card column is card context.
  let cardCol = false;
  if (inDelimitedLine(text, s, CELL_DELIM_RE)) {
    const cell = cellAt(text, s);
    const col = cell ? normKey(cell.col) : '';
    cardCol = CARD_CONTEXT.test(col);
    if (col && NEG_CONTEXT.test(col) && !cardCol) return true;
  }
  return bare13 && !cardCol && !CARD_CONTEXT.test(pre); // bare 13 digits: EAN-like
}

export const creditCardDetector: Detector = { name: 'cards', types: ['CREDIT_CARD'], detect: findCards };
