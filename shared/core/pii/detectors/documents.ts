// PASSPORT and DRIVER_LICENSE: numbers given as such. A label in one of six languages (passport, Reisepass,
// passeport, pasaporte, passaporto, paspoort; driving licence, Führerschein, permis de conduire, permiso /
// carnet de conducir, patente, rijbewijs, "DL no." …), optional filler words ("number", "n°", "is", a JSON
// key), then a plausible document number: 6–20 letters/digits with at least one digit, optionally grouped
// by single spaces or dashes.
import type { Detector, Finding, PiiType } from '../types.ts';
import { fieldKind, headerColumnCells, normKey, sqlValues } from '../fields.ts';
import { isAsciiLetter, isKeyCharInLatinRange, isLatinLetter } from '../chars.ts';

const LABEL = new RegExp(
  [
    // passports
    '(?<p>pass(?:port|eport|aporto)|pasaporte|paspoort|reisepass|passnummer|pass-?nr\\.?|passport_?(?:no|number|num|id)|pass(?![\\p{L}]))',
    // driving licences
    "(?<d>driv(?:er'?s?|ing|ers)[ _-]?licen[cs]e|(?<![a-z0-9])dl(?![a-z0-9])|\\bd\\/l\\b|licen[cs]e[ _-]?(?:number|no\\b|nr\\b|#)|(?<=(?<![\\p{L}])\\p{Lu}\\p{Ll}{1,10}(?:ish|an|ese|ch|ss|ek|i) )licen[cs]e(?![\\p{L}])|f(?:ü|ue|u)hrerschein|permiso de conduc(?:ir|ción)|(?:permiso|carn[eé]t?)(?=[ \\t]+\\p{Ll}{3,}(?:és|esa|ano|ana|ino|ina|ense)(?![\\p{L}]))|permis(?: de conduire)?(?![\\p{L}])|licencia de conduc(?:ir|ción)|carn[eé]t? de conduc(?:ir|ción)|patente(?: di guida)?|rijbewijs|driving_?licen[cs]e|drivers?_?licen[cs]e)",
  ].join('|'),
  'iuy',
);
// Cheap anchors: every label contains one of these stems; the full label regex runs only at a hit.
const STEM = /pas|licen|d\/?l(?![a-z0-9])|hrersch|permi|carn|patente|rijbew/gi;

/** Words allowed between the label and the number (lower-case). */
const FILLER = new Set([
  'number',
  'numbers',
  'num',
  'no',
  'nr',
  'n',
  'nº',
  'n°',
  'nummer',
  'numéro',
  'numero',
  'número',
  'is',
  'ist',
  'est',
  'es',
  'è',
  'e',
  'lautet',
  'the',
  'my',
  'his',
  'her',
  'their',
  'mein',
  'meine',
  'meiner',
  'seine',
  'ihre',
  'ma',
  'mon',
  'son',
  'sa',
  'mi',
  'su',
  'il',
  'la',
  'le',
  'de',
  'del',
  'di',
  'du',
  'van',
  'het',
  'mijn',
  'zijn',
  'haar',
  'of',
  'id',
  'type',
  'value',
  'passport',
  'licence',
  'license',
  'card',
  'nummer',
  'document',
  'doc',
  'issued',
  'uk',
  'us',
  'eu',
  'german',
  'french',
  'conduire',
  'conducir',
  'guida',
  'a',
  'an',
  'was',
  'war',
  'était',
  'era',
  'sia',
  'was',
  'und',
  'and',
  'met',
  'mit',
  'with',
  'con',
  'avec',
  'nos',
  'number_',
  'dl',
  'driver',
  'drivers',
  'driving',
  'di',
  'della',
  'lautend',
  'auf',
  'on',
  // "… hat die Nummer X", "… tiene el número X", "… has the number X", "… a le numéro X", "… heeft het nummer X"
  'hat',
  'die',
  'has',
  'tiene',
  'el',
  'ha',
  'heeft',
  // whose document, by the role a form gives its holder: "Reisepass Absender: …", "Passeport expéditeur : …",
  // "pasaporte de origen …"
  'sender',
  'recipient',
  'absender',
  'empfänger',
  'expéditeur',
  'destinataire',
  'remitente',
  'origen',
  'mittente',
  'destinatario',
  'afzender',
  'ontvanger',
]);

/** Words after a label that mean it is not about a document number. */
const NOT_DOC =
  /^[\s:]*(?:photo|photos|office|plate|plates|key|keys|server|agreement|fee|fees|file|text|model|renewal|control|check|stamp|holder|size|pass|kennzeichen|lizenz|plaque|placa|matr[ií]cula|targa|kenteken|points?|punkte|points)\b/i;

const NON_DRIVING =
  /(?:software|product|business|trade|medical|nursing|professional|liquor|music|windows|office|pilot|radio|firearms?|gun|fishing|hunting|contractor|real estate|broker|pharmacy|dental|site|volume|enterprise|user|seat|commercial|lizenz)[\s-]*$/i;

const TOKEN = /[\p{L}\p{N}°º#_]+/gu;

/** Letters (ASCII and Latin-1/Latin Extended) and apostrophes: part of the label word. */
function isWordLetter(c: number): boolean {
  return isAsciiLetter(c) || isLatinLetter(c) || c === 39 || c === 0x2019;
}

function hasDigit(s: string): boolean {
  return /\d/.test(s);
}

function isAlnumAscii(s: string): boolean {
  return /^[A-Za-z0-9]+$/.test(s);
}

export function findDocuments(text: string): Finding[] {
  const out: Finding[] = [];
  if (!/\d/.test(text)) return out;
  STEM.lastIndex = 0;
  let h: RegExpExecArray | null;
  let lastEnd = -1;
  let licenceNamed = false;
  while ((h = STEM.exec(text))) {
    const m = labelAt(text, h);
    if (!m) continue;
    STEM.lastIndex = Math.max(STEM.lastIndex, m.index + m[0].length);
    const type: PiiType = m.groups?.['p'] ? 'PASSPORT' : 'DRIVER_LICENSE';
    if (!isDocumentLabel(text, m, type)) continue;
    if (type === 'DRIVER_LICENSE') licenceNamed = true;
    const found = numberAfterLabel(text, m.index + m[0].length + inflection(text, m)) ?? numberBeforeLabel(text, m.index);
    if (!found || found.s < lastEnd) continue;
    out.push({ type, start: found.s, end: found.e, score: 0.85, detector: 'documents' });
    lastEnd = found.e;
  }
  fieldDocuments(text, out);
  if (licenceNamed || LICENCE_OR_DRIVER.test(text)) ukDrivingLicences(text, out);
  return out;
}

/**
 * A licence or a driver named anywhere (not a document label: "main driver …, licence ZHONG809168J99PY"): with
 * the UK number's specific shape, enough to read it as one.
 */
const LICENCE_OR_DRIVER = /licen[cs]e|\bdriv(?:er|ing)\b|führerschein|fahrer|permis|conduc|patente|rijbewijs|bestuurder/i;

/**
 * The UK (DVLA) licence number: the surname's first five letters (padded with 9), the birth date coded as
 * decade, month (+50 for women), day and year digit, two initials (9 for none), a digit and two check
 * characters — "MORGA753116SM9IJ".
 */
const UK_LICENCE = /\b[A-Z][A-Z9]{4}\d(?:0[1-9]|1[0-2]|5[1-9]|6[0-2])(?:0[1-9]|[12]\d|3[01])\d[A-Z][A-Z9]\d[A-Z0-9]{2}\b/g;

/**
 * UK licence numbers by their shape, wherever they stand in a text with a driving-licence label (a column whose
 * rows the table reader could not follow, a list): the coded birth date makes the shape specific.
 */
function ukDrivingLicences(text: string, out: Finding[]): void {
  UK_LICENCE.lastIndex = 0;
  for (let m = UK_LICENCE.exec(text); m; m = UK_LICENCE.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (/^[A-Z]+9*$/.test(m[0].slice(0, 5)) && !out.some((f) => f.start < end && start < f.end))
      out.push({ type: 'DRIVER_LICENSE', start, end, score: 0.85, detector: 'documents' });
  }
}

/** The document label around a stem hit (it may start a word earlier: "driver's license"), or null. */
function labelAt(text: string, h: RegExpExecArray): RegExpExecArray | null {
  // Back up to the start of the word containing the stem ("Reisepass", "driver's license").
  let ws = h.index;
  while (ws > 0 && isWordLetter(text.charCodeAt(ws - 1))) ws--;
  // Cheap rejection: the stem must start the label word or follow a known prefix (Reise-, Führer-, rijbe-…).
  if (ws < h.index - 12) return null;
  if (h[0].startsWith('licen') || h[0] === 'LICEN' || /^licen$/i.test(h[0])) {
    // "driving licence", "driver's license", "license no." — the label may start one word earlier.
    const back = text.slice(Math.max(0, ws - 12), ws);
    const mm = /(?:driv(?:er'?s?|ing|ers)[ _-]?)$/i.exec(back);
    if (mm) ws -= mm[0].length;
  }
  LABEL.lastIndex = ws;
  const m = LABEL.exec(text);
  if (m) return m;
  LABEL.lastIndex = h.index;
  return LABEL.exec(text);
}

/** A genitive or plural ending on a label word: "Führerschein|s", "Reisepass|es", "passport|s". */
const INFLECTION = /^e?s(?![\p{L}])/u;

/**
 * The length of an inflected ending right after the label (0 when there is none). Not after "dl" ("dls":
 * downloads) nor after a label ending in e ("patentes" are patents).
 */
function inflection(text: string, m: RegExpExecArray): number {
  if (/^d\/?l$|e$/i.test(m[0])) return 0;
  const after = m.index + m[0].length;
  return INFLECTION.exec(text.slice(after, after + 3))?.[0].length ?? 0;
}

/** After a bare "Pass": a passport number of capitals and digits, both. */
const PASS_NUMBER_AT = /^[ \t]*:?[ \t]*(?=[A-Z0-9]*[A-Z])(?=[A-Z0-9]*\d)[A-Z0-9]{6,12}(?![A-Za-z0-9])/;

/** The label names an identity document here (not a download, a longer word, a software licence …). */
function isDocumentLabel(text: string, m: RegExpExecArray, type: PiiType): boolean {
  const after = m.index + m[0].length;
  // "dl" as a path segment or file suffix (/dl/1234567, file.dl) is a download, not a licence.
  if (/^dl$/i.test(m[0]) && /[/.]/.test(text.charAt(m.index - 1) + text.charAt(after))) return false;
  // A word continuing the label ("passporte", "permissions") is not the label; a compound with "number" is, and
  // so is the label inflected ("die Nummer des Führerscheins", "des Reisepasses").
  if (/^[\p{L}]/u.test(text.slice(after, after + 1)) && !/nummer|nr|number/i.test(m[0].slice(-6))) {
    const rest = text.slice(after, after + 12).toLowerCase();
    if (!/^(?:nummer|nr|number|no)/.test(rest) && inflection(text, m) === 0) return false;
  }
  if (NOT_DOC.test(text.slice(after, after + 20))) return false;
  // "Pass" alone is a passport as forms and German write it: in capitals ("PASS J63ZJNTMP"), capitalised ("wie im
  // Pass WS3774079", "Pass: …"), and only before a number of letters and digits, as passports have ("PASS 1 of 3",
  // "PASS 20240101" are tests'; "pass ab12cd34" in lower case is a password's as often)
  if (/^pass$/i.test(m[0]) && (m[0] === 'pass' || !PASS_NUMBER_AT.test(text.slice(after, after + 16)))) return false;
  // A bare "license number" after a non-driving qualifier (software, business, medical licence…).
  return !(type === 'DRIVER_LICENSE' && /^licen/i.test(m[0]) && NON_DRIVING.test(text.slice(Math.max(0, m.index - 24), m.index)));
}

/**
 * Possessives and contracted articles that open whose document it is, after "of / di / de / van": two words of
 * the owner may follow ("of my daughter", "di mia figlia", "del titular", "meiner Frau") — but not "permis de
 * construire", where no possessive opens the phrase.
 */
const OWNER_OPENER = new Set(
  (
    'my his her their our mia mio mie miei sua suo nostra nostro mi su nuestra nuestro mijn zijn haar hun onze ' +
    'ma mon sa son notre mein meine meiner meines sein seine seiner seines ihre ihrer ihres unsere unserer del della dello des du der'
  ).split(' '),
);
/** The issuing country's adjective after the label ("permis thaïlandais", "permiso tailandés", "thailändischer"). */
const ISSUER_ADJECTIVE = /^\p{Ll}{3,}(?:ais|aise|ois|oise|ien|ienne|és|esa|ese|ano|ana|ino|ina|ischer|ische|isches|isch|aans|aanse|ees)$/u;
/** The issuing country's code before the number ("GB 548120937", "D C4RT7PZ19"). */
const COUNTRY_CODE = /^[A-Z]{1,3}$/;

/** Words in parentheses or between commas (no digits in them): "(France)", ", for the booking,", ", falls nötig:". */
const ASIDES = /\([^()\d\n]{1,30}\)|,[\p{L} '’]{1,40}[,:]/gu;

/** The window with its asides blanked out (same length: offsets stay). */
function withoutAsides(win: string): string {
  return win.indexOf('(') < 0 && win.indexOf(',') < 0 ? win : win.replace(ASIDES, (a) => ' '.repeat(a.length));
}

/** The document number in the 70 characters after a label: past filler words, on the label's line or the next. */
function numberAfterLabel(text: string, after: number): { s: number; e: number } | null {
  const win = withoutAsides(text.slice(after, after + 70));
  TOKEN.lastIndex = 0;
  let t: RegExpExecArray | null;
  let newlines = 0;
  let prevEnd = 0;
  let steps = 0;
  let owner = 0; // words of an owner still allowed ("… di mia figlia", "… van mijn vrouw", "… meiner Frau")
  let adjective = 1; // the issuing country's adjective, once
  while ((t = TOKEN.exec(win)) && steps++ < 10) {
    for (let i = prevEnd; i < t.index; i++) if (win.charCodeAt(i) === 10) newlines++;
    if (newlines > 1) return null;
    prevEnd = t.index + t[0].length;
    const tok = t[0];
    const low = tok
      .toLowerCase()
      .replace(/^[#_]+|[#_]+$/g, '')
      .replace(/^(?:no|nr|num|number|numero|nummer)_/, '');
    if (!hasDigit(tok)) {
      if (OWNER_OPENER.has(low)) owner = 2;
      if (FILLER.has(low) || OWNER_OPENER.has(low) || /^(?:nummer|number|nr|no)$/.test(low) || /^[#°º]+$/.test(tok)) continue;
      if (owner-- > 0 || COUNTRY_CODE.test(tok)) continue;
      if (adjective-- > 0 && ISSUER_ADJECTIVE.test(low)) continue; // "permis thaïlandais 56733732"
      // Passport numbers can be all letters but one digit; a plain word ends the search.
      return null;
    }
    if (!isAlnumAscii(tok)) return null;
    const v = documentNumber(win, t.index, t.index + tok.length);
    return v ? { s: after + v.s, e: after + v.e } : null;
  }
  return null;
}

/**
 * A number named before its label: "548120937 is my passport number", "C4RT7PZ19 ist meine Reisepassnummer",
 * "… est le numéro de mon passeport", "… è il numero della mia patente", "… is het nummer van mijn rijbewijs".
 */
const NUMBER_BEFORE_LABEL = new RegExp(
  "(?:^|[\\s(:])([A-Za-z0-9](?:[A-Za-z0-9]|[ -](?=[A-Za-z0-9])){5,22}),?[ \\t]+(?:is|ist|est|es|è|c['’]est|was|war|era)[ \\t]+" +
    '(?:(?:le|el|il|het|the|die|der|das|de)[ \\t]+)?(?:(?:numéro|número|numero|nummer|number)[ \\t]+(?:de|du|di|del|della|van|of|des|vom)[ \\t]+)?' +
    '(?:(?:my|his|her|their|our|mein|meine|meines|seine|ihre|unsere|mon|ma|son|sa|notre|mi|su|nuestro|mio|mia|suo|sua|il mio|la mia|mijn|zijn|haar|onze)[ \\t]+)?$',
  'i',
);

function numberBeforeLabel(text: string, labelStart: number): { s: number; e: number } | null {
  const before = text.slice(Math.max(0, labelStart - 80), labelStart);
  const m = NUMBER_BEFORE_LABEL.exec(before);
  if (!m || !hasDigit(m[1]!) || /^[a-z]+$/i.test(m[1]!.replace(/[ -]/g, ''))) return null;
  const s = m.index + m[0].indexOf(m[1]!);
  const v = documentNumber(before, s, s + m[1]!.length);
  const offset = labelStart - before.length;
  return v && v.e === s + m[1]!.length ? { s: offset + v.s, e: offset + v.e } : null;
}

/** The number starting with the token `win[s, e)`, over single-space/dash-separated groups; null for a date or amount. */
function documentNumber(win: string, s: number, e: number): { s: number; e: number } | null {
  for (;;) {
    const g = /^[ -]([A-Za-z0-9]+)/.exec(win.slice(e));
    if (!g) break;
    const grp = g[1]!;
    const joined = win.slice(s, e + g[0].length).replace(/[ -]/g, '');
    if (joined.length > 20) break;
    if (!hasDigit(grp) && !(grp.length === 1 && /[A-Z]/.test(grp))) break;
    e += g[0].length;
  }
  // Reject dates, amounts and longer dotted/slashed tokens.
  const nextc = win.charAt(e);
  if ((nextc === '/' || nextc === '.' || nextc === ',' || nextc === ':') && /\d/.test(win.charAt(e + 1))) return null;
  const prevc = win.charAt(s - 1);
  if (prevc === '/' || (prevc === '.' && /\d/.test(win.charAt(s - 2)))) return null;
  const v = win.slice(s, e).replace(/[ -]/g, '');
  if (v.length < 6 || v.length > 20) return null;
  if (/^(?:19|20)\d{2}$/.test(v) || /^\d{1,2}$/.test(v)) return null;
  return { s, e };
}

/** Stems of passport / driving-licence key and column names (cheap scan before keys and headers are read). */
const FIELD_GATE = /pas|licen|(?<![a-z0-9])dl(?![a-z0-9])|hrersch|permi|carn|patente|rijbew|conduc/i;
const FIELD_STEM = new RegExp(FIELD_GATE.source, 'gi');
/** A value that can be a document number: 6–20 letters/digits, single spaces or dashes between groups. */
const CELL_VALUE = /^[A-Za-z0-9](?:[A-Za-z0-9]|[ -](?=[A-Za-z0-9])){5,24}$/;
const VALUE_AFTER_KEY = /["'`]?[ \t]*(?::|=>|=)[ \t]*["'`]?([A-Za-z0-9](?:[A-Za-z0-9]|[ -](?=[A-Za-z0-9])){5,24})/y;
const NESTED_NUMBER =
  /^([ \t]+)(?:number|num|nummer|num[ée]ro|n[úu]mero|no|nr|id|value|wert|valeur|valor|valore|waarde)[ \t]*:[ \t]*["']?([A-Za-z0-9](?:[A-Za-z0-9]|[ -](?=[A-Za-z0-9])){5,24})/gim;

/** The key of the nearest line above `ls` indented less than `indent` (the YAML parent), or ''. */
function yamlParent(text: string, ls: number, indent: number): string {
  let pe = ls - 1;
  for (let guard = 0; pe > 0 && guard < 12; guard++) {
    const ps = text.lastIndexOf('\n', pe - 1) + 1;
    const line = text.slice(ps, pe);
    const m = /^([ \t]*)-?[ \t]*["']?([\p{L}\p{N}_. -]{1,40}?)["']?[ \t]*:[ \t]*$/u.exec(line);
    const ind = /^[ \t]*/.exec(line)![0].length;
    if (line.trim() !== '' && ind < indent) return m ? m[2]! : '';
    pe = ps - 1;
  }
  return '';
}

const PERSON_COLUMN = /name|nombre|\bnom\b|naam|nome\b|vorname|apellido|cognome|surname|titular|holder|inhaber/i;

const KIND_CACHE = new Map<string, PiiType | null>();

/** PASSPORT / DRIVER_LICENSE when a key or column name names one (memoised: the same words recur). */
function docKind(col: string): PiiType | null {
  let t = KIND_CACHE.get(col);
  if (t !== undefined) return t;
  const k = fieldKind(normKey(col));
  t = k === 'PASSPORT' || k === 'DRIVER_LICENSE' ? k : null;
  if (KIND_CACHE.size > 4096) KIND_CACHE.clear();
  KIND_CACHE.set(col, t);
  return t;
}

function pushValue(text: string, out: Finding[], type: PiiType, col: string, s: number, e: number): void {
  const v = text.slice(s, e);
  if (!CELL_VALUE.test(v) || !hasDigit(v)) return;
  const flat = v.replace(/[ -]/g, '');
  if (flat.length < 6 || flat.length > 20 || /^(?:19|20)\d{2}$/.test(flat)) return;
  // A bare "dl" column may count downloads: all-digit values need a person column beside it.
  if (/^\s*dl\s*$/i.test(col) && !/[A-Za-z]/.test(v) && !PERSON_COLUMN.test(text)) return;
  if (out.some((f) => f.start < e && s < f.end)) return;
  out.push({ type, start: s, end: e, score: 0.85, detector: 'documents' });
}

/**
 * Values named only by a key (`permiso_conducir: 12345678Z`, `PassNr=C01X00T47`), a table column (CSV, TSV,
 * Markdown: `passport`, `dl_number`) or an SQL INSERT column (`driving_licence_no`, `passportNumber`).
 */
function fieldDocuments(text: string, out: Finding[]): void {
  FIELD_STEM.lastIndex = 0;
  let h: RegExpExecArray | null;
  let lastLine = -1;
  let named = false; // some key / column word names a document
  while ((h = FIELD_STEM.exec(text))) {
    // the key around the stem
    let ks = h.index;
    while (ks > 0 && isKeyCharInLatinRange(text.charCodeAt(ks - 1))) ks--;
    let ke = h.index + h[0].length;
    while (ke < text.length && isKeyCharInLatinRange(text.charCodeAt(ke))) ke++;
    FIELD_STEM.lastIndex = ke;
    const key = text.slice(ks, ke);
    // Words that are no document key ("pas", "permission", "compass") end here, before anything is parsed.
    const type = docKind(key);
    if (!type) continue;
    named = true;
    VALUE_AFTER_KEY.lastIndex = ke;
    const kv = VALUE_AFTER_KEY.exec(text);
    if (kv) {
      const e = VALUE_AFTER_KEY.lastIndex;
      if (!/[A-Za-z0-9_./-]/.test(text.charAt(e))) pushValue(text, out, type, key, e - kv[1]!.length, e);
      continue;
    }
    // a table header naming the column
    const ls = text.lastIndexOf('\n', h.index - 1) + 1;
    if (ls === lastLine) continue;
    lastLine = ls;
    for (const c of headerColumnCells(text, h.index, (col) => docKind(col) !== null)) {
      pushValue(text, out, docKind(c.col)!, c.col, c.start, c.end);
    }
  }
  if (!named) return;
  // YAML: a generic `number:` key under a parent key naming the document (passport:\n  number: X…).
  NESTED_NUMBER.lastIndex = 0;
  let nm: RegExpExecArray | null;
  while ((nm = NESTED_NUMBER.exec(text))) {
    const indent = nm[1]!.length;
    const e = nm.index + nm[0].length;
    if (/[A-Za-z0-9_./-]/.test(text.charAt(e))) continue;
    const parent = yamlParent(text, nm.index, indent);
    const type = parent ? docKind(parent) : null;
    if (type) pushValue(text, out, type, parent!, e - nm[2]!.length, e);
  }
  for (const c of sqlValues(text)) {
    if (!FIELD_GATE.test(c.col)) continue;
    const type = docKind(c.col);
    if (type) pushValue(text, out, type, c.col, c.start, c.end);
  }
}

export const identityDocumentDetector: Detector = {
  name: 'documents',
  types: ['PASSPORT', 'DRIVER_LICENSE'],
  detect: findDocuments,
};
