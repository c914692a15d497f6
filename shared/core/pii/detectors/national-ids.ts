// SSN and NATIONAL_ID: national identity, tax and health numbers. Schemes with a strong check and a
// distinctive format are labelled on their own; numbers whose check is weak (a 1-in-10 check digit on a
// bare digit run) or that have no check digit at all need context words (six languages) or a CSV/JSON
// column name saying what they are. Business VAT / company numbers are not labelled.
import type { Detector, Finding, PiiType } from '../types.ts';
import {
  aadhaar,
  atSvnr,
  deRvnr,
  esNss,
  frSpi,
  beNationalNumber,
  caSin,
  chAhv,
  iePps,
  krRrn,
  cnRic,
  jmbg,
  jpMyNumber,
  deIdCardNumber,
  deKvnr,
  deSteuerId,
  esDniNie,
  frNir,
  isRepdigit,
  itCodiceFiscale,
  itin,
  nhs,
  nino,
  nlBsn,
  plPesel,
  sePersonnummer,
  ssn,
} from '../checksums.ts';
import { cellAt, keyBefore, normKey } from '../fields.ts';
import { cellIndex, lineAt, rowAt } from '../lines.ts';
import { isAsciiDigit, isAsciiUpper, isIdGlue, isWordCharInLatinRange } from '../chars.ts';
import { caseInsensitiveLatin } from '../unicode-case.ts';
import { checkedNationalIds } from './checked-ids.ts';

// ------------------------------------------------------------------------------------------ context

/** Words that say "this is a personal ID / tax / health number", en de fr es it nl (lower-case text). */
const ID_CONTEXT = new RegExp(
  [
    // en ("ssn" not inside a word: "Reisepassnummer", "passnummer")
    '(?<![a-z])ssn',
    'social security',
    'social insurance',
    'national insurance',
    '\\bni (?:no|number|nr)',
    '\\bnino\\b',
    'nhs',
    'national[ _-]?id',
    'identity (?:card|number|no)',
    '\\bid (?:card|number|no|nr)',
    'tax[ _-]?(?:id|payer|file|number|no|identification|reference|code)',
    '\\btin\\b',
    '\\bitin\\b',
    '\\bsin\\b',
    'aadhaa?r',
    '\\buidai?\\b',
    'pesel',
    'person(?:nummer|al (?:id|number|identity))',
    'citizen',
    'health (?:card|number|insurance number)',
    '\\butr\\b',
    'unique taxpayer',
    'medicare',
    'insurance number',
    '\\bppsn?\\b',
    'personal public service',
    'resident registration',
    'resident identity',
    '身份证',
    '주민등록',
    'fiscal code',
    // de
    'steuer',
    'identifikationsnummer',
    '\\bidnr',
    'sozialversicherung',
    'sv[-_ ]?nummer',
    'sv[-_ ]?nr',
    'rentenversicherung',
    'versicherungsnummer',
    'versichertennummer',
    'kvnr',
    'rvnr',
    'ahv',
    'ausweis',
    'personenkennzahl',
    // fr
    'sécurité sociale',
    'securite sociale',
    'sécu\\b',
    'secu\\b',
    '\\bnir\\b',
    'insee',
    "carte d['’]identit",
    'carte vitale',
    "numéro (?:national|fiscal|d['’]identification)",
    'registre national',
    '\\bavs\\b',
    '\\bnss\\b',
    'spi\\b',
    // es
    '\\bdni\\b',
    '\\bnie\\b',
    '\\bnif\\b',
    'documento (?:nacional|de identidad)',
    'n[úu]mero de identi',
    'seguridad social',
    '\\bnaf\\b',
    'identificaci[óo]n fiscal',
    '\\bcurp\\b',
    '\\brut\\b',
    // it
    'codice fiscale',
    '\\bc\\.?f\\.?\\s*[:=]',
    'tessera sanitaria',
    "carta d['’]identit",
    'numero di identificazione',
    'previdenza',
    // nl
    '\\bbsn\\b',
    'burgerservicenummer',
    'sofi',
    'rijksregister',
    'identiteits',
    'fiscaal nummer',
    'zorgverzekering',
    // generic field names
    'national_?id',
    'nat_?id',
    'tax_?id',
    'id_?number',
    'person_?id',
    'citizen_?id',
    '(?<![a-z])ssn_?',
    'social_?sec',
  ].join('|'),
);

/** Business numbers: VAT, company registers — not personal IDs. */
const BUSINESS_CONTEXT =
  /(?:\bvat\b|ust-?id|umsatzsteuer|\btva\b|\biva\b|partita iva|\bbtw\b|\bcif\b|siren|siret|\bein\b|company (?:number|no|reg)|handelsregister|\bhrb\b|\bkvk\b|\brsin\b|employer id|business)[^\n]{0,30}$/;

const DOC_CONTEXT =
  /(?:passport|pass-?nummer|reisepass|passeport|pasaporte|passaporto|paspoort|licen[cs]e|licencia|\bdl\b|f(?:ü|ue|u)hrerschein|permis|carn[eé]t?\b|permiso|patente|rijbewijs|conducir|conduire|driving|drivers?)[^\n]{0,25}$/;
const OTHER_SCHEME =
  /(?:bsn|burgerservice|sofi|\bsin\b|social insurance|nhs|steuer|pesel|aadhaa?r|\bdni\b|\bnie\b|\bnif\b|codice|\bnir\b|sécu|secu\b|insee|ahv|avs|personnummer|rijksregister|\bitin\b)/;
/** An identity number's own name: between a passport label and a number, it is the number's label instead. */
const IDENTITY_WORD = /(?:\bid\b|identit|ausweis|c[ée]dula|documento|legitimatie|\bcin\b)/;

/**
 * A passport's or a licence's label is the last label before the number (documents.ts reads those): not "Reisepass
 * H3HH68F15, Steuer-ID 38 407 561 799", "paspoort JO366108, BSN 1390.05.250", where the number's own label stands
 * between. `before`: the lower-cased text before the number.
 */
function documentLabelled(before: string): boolean {
  const m = DOC_CONTEXT.exec(before);
  if (m === null) return false;
  const between = m[0].replace(/^\S+/, '');
  return !OTHER_SCHEME.test(between) && !IDENTITY_WORD.test(between) && !SSN_CONTEXT.test(between);
}
const SSN_CONTEXT = /(?:(?<![a-z])ssn|social security|soc\.? sec|\bss#|\bss no)/;
const NEG_CONTEXT =
  /(?:order|tracking|parcel|invoice|ticket|case|ref(?:erence)?|sku|ean|gtin|barcode|serial|phone|tel|fax|mobile|part|item|model|lot|batch|product|article|artikel|build|version|transaction|txn|booking|reservation|confirmation|bestell|sendung|rechnung|auftrag|telefon|commande|colis|facture|pedido|factura|ordine|fattura|bestelling|pakket|factuur|zending)\b[^\n]{0,20}$/;

/** Per-text memo for columnHeader: the first line of each line's block, and each header's cells. */
export interface HeaderCache {
  blockOf: Map<number, number>;
  cells: Map<number, string[]>;
}

export function newHeaderCache(): HeaderCache {
  return { blockOf: new Map(), cells: new Map() };
}

/**
 * The column name of the CSV/TSV cell containing `pos`, or '' when the line is not part of a delimited table.
 * Finds the header as the first line of the block of lines sharing the delimiter.
 */
export function columnHeader(text: string, pos: number, cache?: HeaderCache): string {
  const row = rowAt(text, pos); // the line, its delimiter and where it occurs: read once per text (lines.ts)
  if (row.delim < 0) return '';
  const delim = String.fromCharCode(row.delim);
  const hs = blockStart(text, row.start, delim, cache);
  if (hs === row.start) return '';
  let header = cache?.cells.get(hs);
  if (!header) {
    const first = lineAt(text, hs);
    header = text.slice(first.start, first.end).split(delim);
    cache?.cells.set(hs, header);
  }
  const name = (header[cellIndex(row, pos)] ?? '').trim().toLowerCase();
  // A column name holds no number (a line of prose with commas above is no header: "… numéro de compte 60082905.").
  return /\d{4}/.test(name) ? '' : name;
}

/** The first line of the block of non-blank lines holding `delim` that ends with the line starting at `ls`. */
function blockStart(text: string, ls: number, delim: string, cache?: HeaderCache): number {
  let hs = cache?.blockOf.get(ls) ?? -1;
  if (hs >= 0) return hs;
  hs = ls;
  for (let guard = 0; hs > 0 && guard < 200; guard++) {
    const prev = lineAt(text, hs - 1);
    const known = cache?.blockOf.get(prev.start);
    if (known !== undefined) {
      hs = known;
      break;
    }
    const line = text.slice(prev.start, prev.end);
    if (!line.includes(delim) || line.trim() === '') break;
    hs = prev.start;
  }
  cache?.blockOf.set(ls, hs);
  return hs;
}

/** The lower-cased context for a candidate: the words before it plus its column name, if any. */
export function idContext(text: string, start: number, window = 60, cache?: HeaderCache): string {
  let ctx = text.slice(Math.max(0, start - window), start).toLowerCase();
  // A key right before the value (socialSecurityNumber:, NIR=, "codiceFiscale": …), split into words.
  const key = keyBefore(text, start);
  if (key) ctx += ' ' + normKey(key);
  const col = columnHeader(text, start, cache);
  if (col) return ctx + ' ' + normKey(col) + ' ' + col;
  // A value in an SQL INSERT tuple: its column name.
  const cell = cellAt(text, start);
  return cell ? ctx + ' ' + normKey(cell.col) : ctx;
}

// -------------------------------------------------------------------------------------- candidates

// Digit groups joined by single separators, with an optional leading or trailing letter (NIE, DNI, KVNR).
const NUMERIC = /\d+(?:[ ./-]\d+)*/g;
const DOTTED_SMALL = /^\d{1,3}(?:\.\d{1,3}){3,}$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const NINO_RE = /\b[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]?\b/g;
const CF_RE = /\b[A-Za-z]{6}[0-9LMNPQRSTUV]{2}[A-Za-z][0-9LMNPQRSTUV]{2}[A-Za-z][0-9LMNPQRSTUV]{3}[A-Za-z]\b/g;
const RVNR_TAIL = /^ ?[A-Z] ?\d{3}(?![\w])/;
const NIR_CORSICA = /\b[12] ?\d{2} ?\d{2} ?2[AB] ?\d{3} ?\d{3} ?\d{2}\b/g;
const ALNUM_ID = /\b[A-Z0-9]{6,12}\b/g;
/** The alphanumeric pass only runs when the text has an identity-document or health-number word at all. */
const ALNUM_GATE = /ausweis|identit|id.?card|id.?n(?:umber|o\b|r\b)|national|versicher|kvnr|documento|dni|carta|kaart|_id\b/i;
/** Identity-card words: with one of these right before it, a plausible alphanumeric number is an ID number. */
const ID_CARD_CONTEXT =
  /(?:ausweis|identity card|id card|identity document|carte d['’]identit[ée]|cni|documento de identidad|carta d['’]identit[àa]|identiteitskaart|identiteitsbewijs|id-kaart|id kaart)[^\n]{0,30}$/;

interface Verdict {
  type: PiiType;
  score: number;
}

/** Decide what a digit-run window is, if anything. `fmt` is the window as written. */
const STEUERNUMMER_FMT = /^\d{2,3}\/\d{3,4}\/\d{4,5}$/;
const TAX_WORD_BEFORE = /steuer|tax|st\.?-?nr|utr|fiscal|taxpayer/i;

/** Could any scheme accept this digit window? Check digits and formats only — no context regexes. */
function plausibleId(fmt: string, digits: string, pre: string | undefined, suf: string | undefined, text: string, at: number): boolean {
  const n = digits.length;
  if (pre !== undefined || suf !== undefined) {
    const whole = (pre ?? '') + digits + (suf ?? '');
    if (n === 7 && suf !== undefined && iePps(whole)) return true;
    if (n === 17 && suf === 'X' && pre === undefined) return cnRic(whole);
    return n === 7 || n === 8 ? esDniNie(whole) : n === 9 && pre !== undefined && deKvnr(whole);
  }
  switch (n) {
    case 8:
      return nlBsn(digits);
    case 9:
      return ssn(digits) || itin(digits) || caSin(digits) || nlBsn(digits);
    case 10:
      return (
        nhs(digits) ||
        atSvnr(digits) ||
        sePersonnummer(fmt) ||
        STEUERNUMMER_FMT.test(fmt) ||
        TAX_WORD_BEFORE.test(text.slice(Math.max(0, at - 40), at))
      );
    case 11:
      return deSteuerId(digits) || plPesel(digits) || beNationalNumber(digits) || STEUERNUMMER_FMT.test(fmt);
    case 12:
      return aadhaar(digits) || sePersonnummer(fmt) || esNss(digits);
    case 13:
      return chAhv(digits) || frSpi(digits) || krRrn(digits) || jmbg(digits) || TAX_WORD_BEFORE.test(text.slice(Math.max(0, at - 40), at));
    case 15:
      return frNir(digits);
    case 18:
      return cnRic(digits);
    default:
      return false;
  }
}

function judgeNumeric(fmt: string, digits: string, pre: string | undefined, suf: string | undefined, ctx: string): Verdict | null {
  if (documentLabelled(ctx.slice(-40))) return null; // a passport / licence number: documents.ts
  const has = ID_CONTEXT.test(ctx);
  if (BUSINESS_CONTEXT.test(ctx) && !/(?:ssn|social|personal|steuer-?id|identifikations)/.test(ctx.slice(-30))) return null;
  const neg = !has && NEG_CONTEXT.test(ctx);
  if (neg) return null;
  if (isRepdigit(digits)) return null;
  if (pre !== undefined || suf !== undefined) return judgeLettered(digits, pre, suf, has);
  switch (digits.length) {
    case 8:
      // 8-digit BSN (leading zero dropped) or a DE Steuernummer in a short form is too weak; BSN only.
      return has && /bsn|burgerservice|sofi/.test(ctx) && nlBsn(digits) ? { type: 'NATIONAL_ID', score: 0.8 } : null;
    case 9:
      return judgeNine(fmt, digits, ctx, has);
    case 10:
      return judgeTen(fmt, digits, ctx, has);
    case 11:
      return judgeEleven(fmt, digits, ctx, has);
    case 12:
      return judgeTwelve(fmt, digits, ctx, has);
    case 13:
      return judgeThirteen(fmt, digits, ctx, has);
    case 15:
      return judgeFifteen(fmt, digits, has);
    case 18:
      return judgeChineseId(has);
  }
  return null;
}

/** Letter-bearing forms: Spanish DNI / NIE, German KVNR. */
function judgeLettered(digits: string, pre: string | undefined, suf: string | undefined, has: boolean): Verdict | null {
  const n = digits.length;
  const whole = (pre ?? '') + digits + (suf ?? '');
  if (pre && /[XYZ]/.test(pre) && suf && n === 7 && esDniNie(whole)) return { type: 'NATIONAL_ID', score: 0.95 };
  if (!pre && suf && n === 8 && esDniNie(whole)) return { type: 'NATIONAL_ID', score: has ? 0.95 : 0.85 };
  if (pre && !suf && n === 9 && deKvnr(whole) && has) return { type: 'NATIONAL_ID', score: 0.8 };
  if (!pre && suf && n === 7 && iePps(whole) && has) return { type: 'NATIONAL_ID', score: 0.85 };
  if (!pre && suf === 'X' && n === 17) return judgeChineseId(has);
  return null;
}

/** The context after the last other number in it (six digits or more): the words that name this one. */
function afterLastValue(ctx: string): string {
  const m = /\d(?:[ ./-]?\d){5,}(?!.*\d(?:[ ./-]?\d){5,})/s.exec(ctx);
  return m ? ctx.slice(m.index + m[0].length) : ctx;
}

/**
 * US SSN / ITIN, Canadian SIN, Dutch BSN. A nine-digit check is weak, so the cue must name this number: one
 * with another number between it and the candidate ("SSN: 123-45-6789, call me on 0 2 1 …") named that one.
 */
function judgeNine(fmt: string, digits: string, wholeCtx: string, hasAnywhere: boolean): Verdict | null {
  const ctx = afterLastValue(wholeCtx);
  const has = hasAnywhere && (ctx === wholeCtx || ID_CONTEXT.test(ctx));
  const sepDash = /^\d{3}-\d{2}-\d{4}$/.test(fmt);
  const sepSpace = /^\d{3} \d{2} \d{4}$/.test(fmt);
  if (/^\d{2}-\d{7}$/.test(fmt)) return null; // US EIN: an employer's number
  const ssnFmt = sepDash || sepSpace || /^\d{9}$/.test(fmt);
  const ssnCtx = SSN_CONTEXT.test(ctx);
  if (ssnFmt && ssn(digits) && (ssnCtx || ((sepDash || sepSpace) && !has))) return { type: 'SSN', score: ssnCtx ? 0.95 : 0.7 };
  if (!has) {
    if (/^\d{4}\.\d{2}\.\d{3}$/.test(fmt) && nlBsn(digits)) return { type: 'NATIONAL_ID', score: 0.8 };
    return null;
  }
  if (/\bitin\b|tax/.test(ctx) && itin(digits)) return { type: 'NATIONAL_ID', score: 0.9 };
  if (/\bsin\b|social insurance/.test(ctx) && caSin(digits)) return { type: 'NATIONAL_ID', score: 0.9 };
  if (/bsn|burgerservice|sofi/.test(ctx) && nlBsn(digits)) return { type: 'NATIONAL_ID', score: 0.9 };
  if (ssnCtx) return null; // given as an SSN but not a valid one
  if (OTHER_SCHEME.test(ctx)) return null; // named another 9-digit scheme whose check failed
  if (ssnFmt && /(?:national|tax|social|\bid\b|person|citizen)/.test(ctx) && ssn(digits) && !nlBsn(digits) && !caSin(digits))
    return { type: 'SSN', score: 0.7 };
  // Generic context only ("ID number"): the number must at least be called national / personal / tax.
  if (!/national|citizen|social|tax|personal|person|identit|fiscal|govern/.test(ctx)) return null;
  if (nlBsn(digits) || caSin(digits) || itin(digits)) return { type: 'NATIONAL_ID', score: 0.75 };
  if (ssnFmt && ssn(digits)) return { type: 'SSN', score: 0.6 };
  return null;
}

/** UK NHS, Austrian SVNR, UK UTR, Swedish personnummer, German Steuernummer. */
function judgeTen(fmt: string, digits: string, ctx: string, has: boolean): Verdict | null {
  if (has && (nhs(digits) || atSvnr(digits))) return { type: 'NATIONAL_ID', score: 0.85 };
  if (/\butr\b|unique taxpayer/.test(ctx) && /^\d{5} ?\d{5}$|^\d{10}$/.test(fmt)) return { type: 'NATIONAL_ID', score: 0.8 };
  if (has && /person/.test(ctx) && sePersonnummer(fmt)) return { type: 'NATIONAL_ID', score: 0.85 };
  if (/^\d{6}[-+]\d{4}$/.test(fmt) && has && sePersonnummer(fmt)) return { type: 'NATIONAL_ID', score: 0.85 };
  if (has && /steuer|tax|st\.?-?nr/.test(ctx) && /^\d{2,3}\/\d{3,4}\/\d{4,5}$/.test(fmt)) return { type: 'NATIONAL_ID', score: 0.8 };
  return null;
}

/** German Steuer-ID and Steuernummer, Belgian national number, Polish PESEL. */
function judgeEleven(fmt: string, digits: string, ctx: string, has: boolean): Verdict | null {
  if (/^\d{2} \d{3} \d{3} \d{3}$/.test(fmt) && deSteuerId(digits)) return { type: 'NATIONAL_ID', score: 0.9 };
  if (/^\d{2}\.\d{2}\.\d{2}[-. ]\d{3}[. ]\d{2}$/.test(fmt) && beNationalNumber(digits)) return { type: 'NATIONAL_ID', score: 0.9 };
  if (has && /steuer|tax|st\.?-?nr/.test(ctx) && /^\d{2,3}\/\d{3,4}\/\d{4,5}$/.test(fmt)) return { type: 'NATIONAL_ID', score: 0.8 };
  if (!has) return null;
  if (deSteuerId(digits) || plPesel(digits) || beNationalNumber(digits)) return { type: 'NATIONAL_ID', score: 0.85 };
  return null;
}

/** Aadhaar, Swedish personnummer with the century, Spanish NSS. */
function judgeTwelve(fmt: string, digits: string, ctx: string, has: boolean): Verdict | null {
  if (has && (aadhaar(digits) || sePersonnummer(fmt))) return { type: 'NATIONAL_ID', score: 0.85 };
  if (has && /seguridad social|\bnss\b|afiliaci|social security|sécurité sociale/.test(ctx) && esNss(digits))
    return { type: 'NATIONAL_ID', score: 0.85 };
  return null;
}

/** Swiss AHV, French SPI, a 13-digit German tax number. */
function judgeThirteen(fmt: string, digits: string, ctx: string, has: boolean): Verdict | null {
  if (/^756\.\d{4}\.\d{4}\.\d{2}$/.test(fmt) && chAhv(digits)) return { type: 'NATIONAL_ID', score: 0.95 };
  if (has && chAhv(digits)) return { type: 'NATIONAL_ID', score: 0.85 };
  if (has && /fiscal|spi\b|imp[ôo]t|tax/.test(ctx) && frSpi(digits)) return { type: 'NATIONAL_ID', score: 0.85 };
  if (has && /steuer|tax/.test(ctx) && /^\d{13}$/.test(fmt)) return { type: 'NATIONAL_ID', score: 0.6 };
  if (has && /^\d{6}-\d{7}$/.test(fmt) && krRrn(digits)) return { type: 'NATIONAL_ID', score: 0.85 };
  if (has && /^\d{13}$/.test(fmt) && jmbg(digits)) return { type: 'NATIONAL_ID', score: 0.85 };
  return null;
}

/**
 * A Chinese resident identity number (its check character and birth date already passed, cnRic): eighteen digits
 * that pass both by chance are rare (about one in 100,000), so it counts without a word naming it too.
 */
function judgeChineseId(has: boolean): Verdict {
  return { type: 'NATIONAL_ID', score: has ? 0.9 : 0.75 };
}

/** French NIR. */
function judgeFifteen(fmt: string, digits: string, has: boolean): Verdict | null {
  if (!frNir(digits)) return null;
  if (has) return { type: 'NATIONAL_ID', score: 0.9 };
  // Without context words: only the plain structure (sex 1/2, month 01–12) written as a NIR usually is.
  const month = Number(digits.slice(3, 5));
  if (/^[12]/.test(digits) && month >= 1 && month <= 12 && (/^[12] \d{2} \d{2} /.test(fmt) || /^\d{15}$/.test(fmt)))
    return { type: 'NATIONAL_ID', score: 0.75 };
  return null;
}

type Push = (type: PiiType, start: number, end: number, score: number) => void;

/** A digit run with the capital letter glued before or after it, if any (NIE X/Y/Z, KVNR; DNI, NIE). */
interface NumericRun {
  body: string;
  bodyStart: number;
  bodyEnd: number;
  pre: string | undefined;
  /** Where the run starts, its letter included. */
  preStart: number;
  suf: string | undefined;
  /** Where the run ends, its letter included. */
  sufEnd: number;
}

/**
 * A form's field that names an identity number, and the number alone as its value: "Home-country ID: 5631314774",
 * "Ausweis Heimatland: 02137380606", "Identifiant du pays d'origine : 06303645170", "Identiteitsnummer land van
 * herkomst: …". Many countries' numbers carry no check digit (Georgia's, Armenia's): the field's name is the evidence.
 * Not an order's, a customer's or a session's id, nor a passport's or a licence's number (documents.ts).
 */
/** The colon of an identity field and its value, ending the line. */
const IDENTITY_VALUE = String.raw`:[ \t]*((?:[A-Z]{1,3}-?)?\d(?:[ .-]?\d){5,13}(?:-[A-Z]-?\d{2})?)[ \t]*$`;
const IDENTITY_FIELD_RE = caseInsensitiveLatin(
  new RegExp(
    String.raw`^[ \t]*([^\n:]{0,60}?(?:identit|identidad|identif|ausweis|\bcin\b|teudat|zehut|personnummer|persoonsnummer|personal (?:id|number|code)|national (?:id|number)|citizen|documento (?:nacional|de identidad|del? (?:(?:su|tu) )?(?:país|paese)|(?:del?|de la|della|dell\W?) ?(?:beneficiari[oa]|titular|titolare|intestatari[oa]|solicitante|richiedente|firmante|interesad[oa]|interessat[oa]|delegad[oa]|delegat[oa]|autorizad[oa]|autorizzat[oa]))|id[- ]?(?:card|kaart|karte)|\bid\.?[ -]?(?:no|nr|number|nummer|n[°º])\b|(?:home|country|heimat|origin|origine|herkomst)[^\n:]{0,24}\b(?:id|nr|no|number|nummer|numéro|número|numero)\b)[^\n:]{0,40}?)[ \t]*` +
      IDENTITY_VALUE,
    'gimu',
  ),
);
/** IDENTITY_FIELD_RE's value at the end of its line, looked for first: the field's names are tried at every line. */
const IDENTITY_VALUE_ENDS_A_LINE = caseInsensitiveLatin(new RegExp(IDENTITY_VALUE, 'imu'));
const NOT_IDENTITY_FIELD_RE =
  /kunde|customer|client|order|bestell|user|ticket|session|transaction|tracking|invoice|rechnung|account|konto|vat|tax|steuer|company|firm|empresa|società|bedrijf|product|produ[ik]t|producto|prodotto|item|arti[ck]el|part\b|serial|device|asset|model/i;

/** Ghana Card personal ids, "GHA-" and nine digits and a check digit: a format nothing else has. */
const GHANA_CARD_RE = /(?<![\p{L}\p{N}-])GHA-\d{9}-\d(?![\p{L}\p{N}-])/gu;

function ghanaCards(text: string, push: Push): void {
  for (const m of text.matchAll(GHANA_CARD_RE)) push('NATIONAL_ID', m.index, m.index + m[0].length, 0.9);
}

/**
 * Myanmar's National Registration Card: the state's number, the township's code in romanised syllables, the
 * holder's status in parentheses and six digits ("12/ThaGaKa(N)042519") — a format nothing else has.
 */
const MYANMAR_NRC_RE = /(?<![\p{L}\p{N}/])\d{1,2}\/(?:\p{Lu}\p{Ll}{0,3}){2,4}\((?:N|E|P|C|AC|NC|V|M|T|Y|S)\)\d{6}(?![\p{L}\p{N}])/gu;

/** Japan's My Number, named so, and twelve digits with its check digit ("My Number card 4796 0003 4590"). */
const MY_NUMBER_RE = /My[ -]?Number[^\d\n]{0,24}?(\d{4}([ -]?)\d{4}\2\d{4})(?![\d-])/gu;

function myNumbers(text: string, push: Push): void {
  for (const m of text.matchAll(MY_NUMBER_RE)) {
    const start = m.index + m[0].length - m[1]!.length;
    if (jpMyNumber(m[1]!)) push('NATIONAL_ID', start, start + m[1]!.length, 0.9);
  }
}

function myanmarCards(text: string, push: Push): void {
  for (const m of text.matchAll(MYANMAR_NRC_RE)) push('NATIONAL_ID', m.index, m.index + m[0].length, 0.9);
}

function labelledIdentityNumbers(text: string, out: readonly Finding[], push: Push): void {
  if (!text.includes(':') || !IDENTITY_VALUE_ENDS_A_LINE(text).test(text)) return;
  for (const m of text.matchAll(IDENTITY_FIELD_RE(text))) {
    const label = m[1]!;
    if (NOT_IDENTITY_FIELD_RE.test(label) || DOC_CONTEXT.test(label.toLowerCase())) continue;
    const start = m.index + m[0].lastIndexOf(m[2]!);
    pushUntaken(out, push, start, start + m[2]!.length, 0.75);
  }
}

/** A NATIONAL_ID no other finding of this detector overlaps (a scheme's own reading of the number comes first). */
function pushUntaken(out: readonly Finding[], push: Push, start: number, end: number, score: number): void {
  if (!out.some((f) => f.start < end && start < f.end)) push('NATIONAL_ID', start, end, score);
}

/**
 * A number an identity word names right before it, with no colon, in running text or a list: "national identity
 * number 725933428V", "Ausweisnummer 220541-9314;", "pièce d'identité 497410312V ;", "documento 602 521 418 698",
 * "identiteitsnummer 041226-9948;", and a bare "id" opening a list item's clause ("born 2 Jan 1950, id 311 082 140
 * 025"). Many countries' numbers have no check a scheme could test (Madagascar's, the Faroes'); the word is the
 * evidence, so the number must end where the clause does.
 */
const NAMED_IDENTITY_NUMBER_RE =
  /(?:(?<![\p{L}])(?:national identity number|national (?:id|code)|nationalcode|code national|código nacional|codice nazionale|nationale code|identity (?:number|card(?: number| no\.?)?)|id(?:entity)?[ -](?:no\.?|number|nr\.?)|\p{L}{0,12}ausweis(?:nummer)?|identitätsnummer|pièce d['’]identité|numéro d['’]identité|carte d['’]identité|documento(?: de identidad| nacional| d['’]identità)?|número de (?:documento|identidad)|numero (?:di |del )?documento|carta d['’]identità|\p{L}{0,10}identiteit(?:snummer|skaart|sbewijs)?|c[ée]dula(?: de identidad)?|legitimatie(?:nummer|bewijs)?|cin|te['’]?udat zehut)|(?:^|[,;(.]|\n[ \t]*[-*•]?)[ \t]*id:?|(?<![\p{L}])\p{Lu}\p{Ll}{2,12}(?:an|ese|ish|i) ID(?: card)?)(?:[ \t]+\p{Ll}{3,}(?:ien|ienne|ais|aise|ano|ana|ese|ischen|ische|isch|s))?[ \t]+(?:n\.?[°º]\.?[ \t]*|n\.[ \t]+)?((?:[A-Z]{1,3}-?)?\d(?:[ ./-]?\d){5,13}(?:-[A-Z]-?\d{2}|[VXA-Z])?)(?=[ \t]*(?:[;,.)]|\r?\n|$|[ \t][-–—]))/giu;
const NOT_IDENTITY_BEFORE_RE =
  /(?:employee|staff|mitarbeiter|member|mitglied|student|user|order|session|process|thread|job|request|trace|span|message|commit|build|run|event|record|row|ticket|transaction|product|customer|client)[ \t_-]*$/i;

function namedIdentityNumbers(text: string, out: readonly Finding[], push: Push): void {
  for (const m of text.matchAll(NAMED_IDENTITY_NUMBER_RE)) {
    const start = m.index + m[0].length - m[1]!.length;
    const from = Math.max(0, m.index - 24);
    // not a user's or an order's id; not a passport's or a licence's number (documents.ts reads those)
    if (NOT_IDENTITY_BEFORE_RE.test(text.slice(from, m.index)) || documentLabelled(text.slice(from, start).toLowerCase())) continue;
    pushUntaken(out, push, start, start + m[1]!.length, 0.7);
  }
}

export function findNationalIds(text: string): Finding[] {
  const out: Finding[] = [];
  const hc = newHeaderCache();
  const push: Push = (type, start, end, score) => out.push({ type, start, end, score, detector: 'national-ids' });
  if (!/\d/.test(text)) return out; // every scheme has digits
  numericIds(text, hc, push);
  ukNinos(text, hc, push);
  // Italian codice fiscale.
  if (/[0-9]{2}[A-Za-z][0-9LMNPQRSTUV]{2}[A-Za-z]/.test(text)) {
    CF_RE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = CF_RE.exec(text))) if (itCodiceFiscale(m[0])) push('NATIONAL_ID', m.index, m.index + 16, 0.95);
  }
  // French NIR born in Corsica (2A/2B département).
  if (text.includes('2A') || text.includes('2B')) {
    NIR_CORSICA.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = NIR_CORSICA.exec(text))) if (frNir(m[0])) push('NATIONAL_ID', m.index, m.index + m[0].length, 0.9);
  }
  if (text.includes('GHA-')) ghanaCards(text, push);
  if (/\)\d{6}/.test(text)) myanmarCards(text, push);
  if (text.includes('Number')) myNumbers(text, push);
  checkedNationalIds(text, (start, end, score) => pushUntaken(out, push, start, end, score));
  alphanumericIds(text, hc, push);
  labelledIdentityNumbers(text, out, push);
  if (/\bid|ausweis|identit|document|national|nazionale|nacional|zehut|c[ée]dula|legitimatie|\bcin\b/i.test(text))
    namedIdentityNumbers(text, out, push);
  if (out.length < 2) return out;
  // The numeric and alphanumeric passes can report the same span (A123456780): keep one.
  const seen = new Set<string>();
  return out.filter((f) => {
    const k = f.start + ':' + f.end;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Digit runs (with their letters): every window of consecutive groups a scheme accepts in its context. */
function numericIds(text: string, hc: HeaderCache, push: Push): void {
  NUMERIC.lastIndex = 0;
  let r: RegExpExecArray | null;
  while ((r = NUMERIC.exec(text))) {
    const body = r[0];
    if (body.length < 7) continue;
    // IP addresses, versions, ISO dates and times are never identifiers here.
    if (DOTTED_SMALL.test(body) || ISO_DATE.test(body)) continue;
    const run = numericRun(text, body, r.index);
    if (!run || rentenversicherung(text, run, hc, push)) continue;
    const sufRun = withSuffix(text, run, hc);
    if (sufRun) idsInRun(text, sufRun, hc, push);
  }
}

/** The run with the letter before it, or null when it is glued into a larger token. */
function numericRun(text: string, body: string, bodyStart: number): NumericRun | null {
  const bodyEnd = bodyStart + body.length;
  // An optional single capital letter before (NIE X/Y/Z, KVNR) or after (DNI, NIE), glued or with - / space.
  let pre: string | undefined;
  let preStart = bodyStart;
  const c1 = text.charCodeAt(bodyStart - 1);
  if (isAsciiUpper(c1) && !isWordCharInLatinRange(text.charCodeAt(bodyStart - 2))) {
    pre = text[bodyStart - 1];
    preStart = bodyStart - 1;
  } else if (
    (c1 === 45 || c1 === 32) &&
    isAsciiUpper(text.charCodeAt(bodyStart - 2)) &&
    !isWordCharInLatinRange(text.charCodeAt(bodyStart - 3))
  ) {
    pre = text[bodyStart - 2];
    preStart = bodyStart - 2;
  } else if (isWordCharInLatinRange(c1) || c1 === 46 || c1 === 47 || c1 === 45 || c1 === 43 || c1 === 92) return null;
  if (pre !== undefined && isIdGlue(text.charCodeAt(preStart - 1))) return null;
  return { body, bodyStart, bodyEnd, pre, preStart, suf: undefined, sufEnd: bodyEnd };
}

/** German Rentenversicherungsnummer (65 170839 J 003): eight digits, a letter, three digits. Reported if found. */
function rentenversicherung(text: string, { body, bodyStart, bodyEnd }: NumericRun, hc: HeaderCache, push: Push): boolean {
  const n1 = text.charCodeAt(bodyEnd);
  if (!(isAsciiUpper(n1) || (n1 === 32 && isAsciiUpper(text.charCodeAt(bodyEnd + 1))))) return false;
  const rv = RVNR_TAIL.exec(text.slice(bodyEnd, bodyEnd + 7));
  if (!rv || !/^\d{2} ?\d{6}$/.test(body)) return false;
  const cand = text.slice(bodyStart, bodyEnd + rv[0].length);
  if (!deRvnr(cand) || !ID_CONTEXT.test(idContext(text, bodyStart, 60, hc))) return false;
  push('NATIONAL_ID', bodyStart, bodyEnd + rv[0].length, 0.85);
  return true;
}

/** A comma and one to three digits that end there: the decimals (or a thousands group) of an amount. */
const DECIMAL_AFTER = /^,\d{1,3}(?![\d-])/;

/** The run with the letter after it, or null when it runs on into a word, an address or a decimal. */
function withSuffix(text: string, run: NumericRun, hc: HeaderCache): NumericRun | null {
  const { bodyEnd } = run;
  const n1 = text.charCodeAt(bodyEnd);
  if (isAsciiUpper(n1) && !isWordCharInLatinRange(text.charCodeAt(bodyEnd + 1))) return { ...run, suf: text[bodyEnd], sufEnd: bodyEnd + 1 };
  // an Irish PPS number issued since 2013: seven digits, the check letter and a second letter ("1234567TA")
  if (
    isAsciiUpper(n1) &&
    isAsciiUpper(text.charCodeAt(bodyEnd + 1)) &&
    !isWordCharInLatinRange(text.charCodeAt(bodyEnd + 2)) &&
    run.body.length === 7
  )
    return { ...run, suf: text.slice(bodyEnd, bodyEnd + 2), sufEnd: bodyEnd + 2 };
  if ((n1 === 45 || n1 === 32) && isAsciiUpper(text.charCodeAt(bodyEnd + 1)) && !isWordCharInLatinRange(text.charCodeAt(bodyEnd + 2)))
    return { ...run, suf: text[bodyEnd + 1], sufEnd: bodyEnd + 2 };
  if (isWordCharInLatinRange(n1) || n1 === 64) return null;
  if ((n1 === 46 || n1 === 45) && isAsciiDigit(text.charCodeAt(bodyEnd + 1))) return null;
  // A decimal comma ("12 345 678,90"), unless it is a CSV delimiter before the next cell ("…60,12 juin 2024,…").
  if (n1 === 44 && DECIMAL_AFTER.test(text.slice(bodyEnd, bodyEnd + 6)) && !columnHeader(text, run.bodyStart, hc)) return null;
  return run;
}

/** One digit run being searched: its groups, the context read last (cached by position), where ids go. */
interface RunScan {
  text: string;
  run: NumericRun;
  groups: { s: number; e: number }[];
  ctx: { pos: number; text: string };
  hc: HeaderCache;
  push: Push;
}

/** Every id among the run's digit groups, left to right. */
function idsInRun(text: string, run: NumericRun, hc: HeaderCache, push: Push): void {
  const scan: RunScan = { text, run, groups: [], ctx: { pos: -1, text: '' }, hc, push };
  const re = /\d+/g;
  let g: RegExpExecArray | null;
  while ((g = re.exec(run.body))) scan.groups.push({ s: run.bodyStart + g.index, e: run.bodyStart + g.index + g[0].length });
  let gi = 0;
  while (gi < scan.groups.length) {
    const gj = idFrom(scan, gi);
    gi = gj >= 0 ? gj + 1 : gi + 1;
  }
}

/**
 * The last group of an id starting at group `gi` (reported), or -1. Longest window first: "86.03.17-284.63" is
 * one number, not "86.03.17-284" plus a tail.
 */
function idFrom(scan: RunScan, gi: number): number {
  const { text, groups } = scan;
  let maxj = gi;
  let total = 0;
  for (let gj = gi; gj < groups.length && gj < gi + 8; gj++) {
    total += groups[gj]!.e - groups[gj]!.s;
    if (total > 18) break;
    maxj = gj;
  }
  for (let gj = maxj; gj >= gi; gj--) {
    let digits = '';
    for (let k = gi; k <= gj; k++) digits += text.slice(groups[k]!.s, groups[k]!.e);
    if (digits.length < 7) return -1;
    if (idInWindow(scan, gi, gj, digits)) return gj;
  }
  return -1;
}

/** Whether groups gi…gj (their digits `digits`) are an id; reported if so. */
function idInWindow({ text, run, groups, ctx, hc, push }: RunScan, gi: number, gj: number, digits: string): boolean {
  const s = groups[gi]!.s;
  const e = groups[gj]!.e;
  const first = gi === 0;
  const last = gj === groups.length - 1;
  const fmt = text.slice(s, e);
  const n = digits.length;
  const hasPre = first && run.pre !== undefined;
  const hasSuf = last && run.suf !== undefined;
  // seven digits: a Spanish NIE (a letter on each side) or an Irish PPS (a check letter after)
  if (n === 14 || (n === 7 && !hasSuf) || (n === 8 && !hasSuf && !/^\d{8}$/.test(fmt))) return false;
  if (/^(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{4})$/.test(fmt)) return false; // a date
  const wpre = first ? run.pre : undefined;
  const wsuf = last ? run.suf : undefined;
  // Checksums first (cheap); the context regexes run only for numbers some scheme accepts.
  if (!plausibleId(fmt, digits, wpre, wsuf, text, s)) return false;
  const ctxAt = hasPre ? run.preStart : s;
  if (ctxAt !== ctx.pos) {
    ctx.pos = ctxAt;
    ctx.text = idContext(text, ctxAt, 60, hc);
  }
  // A passport or licence label right before the number (also when a key or column name follows in ctx).
  if (documentLabelled(text.slice(Math.max(0, ctxAt - 40), ctxAt).toLowerCase())) return false;
  const v = judgeNumeric(fmt, digits, wpre, wsuf, ctx.text);
  if (!v) return false;
  push(v.type, first && run.pre ? run.preStart : s, last && run.suf ? run.sufEnd : e, v.score);
  return true;
}

/** UK National Insurance numbers. */
function ukNinos(text: string, hc: HeaderCache, push: Push): void {
  NINO_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NINO_RE.exec(text))) {
    const v = m[0];
    if (!nino(v)) continue;
    const hasSuffix = /[A-D]$/.test(v);
    const spaced = / /.test(v);
    if (!hasSuffix && !ID_CONTEXT.test(idContext(text, m.index, 60, hc))) continue;
    if (
      hasSuffix &&
      !spaced &&
      !ID_CONTEXT.test(idContext(text, m.index, 60, hc)) &&
      /[A-Z0-9]{9}/.test(v) &&
      NEG_CONTEXT.test(text.slice(Math.max(0, m.index - 40), m.index).toLowerCase())
    )
      continue;
    push('NATIONAL_ID', m.index, m.index + v.length, 0.85);
  }
}

/**
 * Alphanumeric ID-card / health-card numbers: need context, and a check digit unless the context names an
 * identity card explicitly.
 */
function alphanumericIds(text: string, hc: HeaderCache, push: Push): void {
  if (!/[A-Z]\d|\d[A-Z]/.test(text) || !ALNUM_GATE.test(text)) return;
  ALNUM_ID.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ALNUM_ID.exec(text))) {
    const v = m[0];
    if (!/\d/.test(v) || !/[A-Z]/.test(v) || !/^[A-Z]|\d[A-Z]|[A-Z]\d/.test(v)) continue;
    const ctx = idContext(text, m.index, 60, hc);
    if (!ID_CONTEXT.test(ctx)) continue;
    if ((v.length === 10 && (deIdCardNumber(v) || deKvnr(v))) || ID_CARD_CONTEXT.test(ctx.slice(0, ctx.length))) {
      push('NATIONAL_ID', m.index, m.index + v.length, 0.8);
    }
  }
}

export const nationalIdDetector: Detector = {
  name: 'national-ids',
  types: ['SSN', 'NATIONAL_ID'],
  detect: findNationalIds,
};
