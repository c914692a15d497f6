// PASSPORT and DRIVER_LICENSE: numbers given as such. A label in one of six languages (passport, Reisepass,
// passeport, pasaporte, passaporto, paspoort; driving licence, Führerschein, permis de conduire, permiso /
// carnet de conducir, patente, rijbewijs, "DL no." …), optional filler words ("number", "n°", "is", a JSON
// key), then a plausible document number: 6–20 letters/digits with at least one digit, optionally grouped
// by single spaces or dashes.
import type { Detector, Finding, PiiType } from '../types.ts';

const LABEL = new RegExp(
  [
    // passports
    '(?<p>pass(?:port|eport|aporto)|pasaporte|paspoort|reisepass|passnummer|pass-?nr\\.?|passport_?(?:no|number|num|id))',
    // driving licences
    "(?<d>driv(?:er'?s?|ing|ers)[ _-]?licen[cs]e|\\bdl\\b|\\bd\\/l\\b|licen[cs]e[ _-]?(?:number|no\\b|nr\\b|#)|f(?:ü|ue|u)hrerschein|permiso de conduc(?:ir|ción)|permis(?: de conduire)?(?![\\p{L}])|licencia de conduc(?:ir|ción)|carn[eé]t? de conduc(?:ir|ción)|patente(?: di guida)?|rijbewijs|driving_?licen[cs]e|drivers?_?licen[cs]e)",
  ].join('|'),
  'iuy',
);
// Cheap anchors: every label contains one of these stems; the full label regex runs only at a hit.
const STEM = /pas|licen|d\/?l\b|hrersch|permi|carn|patente|rijbew/gi;

/** Words allowed between the label and the number (lower-case). */
const FILLER = new Set([
  'number', 'numbers', 'num', 'no', 'nr', 'n', 'nº', 'n°', 'nummer', 'numéro', 'numero', 'número', 'is', 'ist', 'est', 'es',
  'è', 'e', 'lautet', 'the', 'my', 'his', 'her', 'their', 'mein', 'meine', 'meiner', 'seine', 'ihre', 'ma', 'mon', 'son', 'sa',
  'mi', 'su', 'il', 'la', 'le', 'de', 'del', 'di', 'du', 'van', 'het', 'mijn', 'zijn', 'haar', 'of', 'id', 'type', 'value',
  'passport', 'licence', 'license', 'card', 'nummer', 'document', 'doc', 'issued', 'uk', 'us', 'eu', 'german', 'french',
  'conduire', 'conducir', 'guida', 'a', 'an', 'was', 'war', 'était', 'era', 'sia', 'was', 'und', 'and', 'met', 'mit', 'with',
  'con', 'avec', 'nos', 'number_', 'dl', 'driver', 'drivers', 'driving', 'di', 'della', 'lautend', 'auf', 'on',
]);

/** Words after a label that mean it is not about a document number. */
const NOT_DOC =
  /^[\s:]*(?:photo|photos|office|plate|plates|key|keys|server|agreement|fee|fees|file|text|model|renewal|control|check|stamp|holder|size|pass|kennzeichen|lizenz|plaque|placa|matr[ií]cula|targa|kenteken|points?|punkte|points)\b/i;

const NON_DRIVING =
  /(?:software|product|business|trade|medical|nursing|professional|liquor|music|windows|office|pilot|radio|firearms?|gun|fishing|hunting|contractor|real estate|broker|pharmacy|dental|site|volume|enterprise|user|seat|commercial|lizenz)[\s-]*$/i;

const TOKEN = /[\p{L}\p{N}°º#_]+/gu;

/** Letters (ASCII and Latin-1/Latin Extended) and apostrophes: part of the label word. */
function isWordLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || c === 39 || c === 0x2019;
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
  let m: RegExpExecArray | null;
  while ((h = STEM.exec(text))) {
    // Back up to the start of the word containing the stem ("Reisepass", "driver's license").
    let ws = h.index;
    while (ws > 0 && isWordLetter(text.charCodeAt(ws - 1))) ws--;
    // Cheap rejection: the stem must start the label word or follow a known prefix (Reise-, Führer-, rijbe-…).
    if (ws < h.index - 12) continue;
    if (h[0].startsWith('licen') || h[0] === 'LICEN' || /^licen$/i.test(h[0])) {
      // "driving licence", "driver's license", "license no." — the label may start one word earlier.
      const back = text.slice(Math.max(0, ws - 12), ws);
      const mm = /(?:driv(?:er'?s?|ing|ers)[ _-]?)$/i.exec(back);
      if (mm) ws -= mm[0].length;
    } else if (/^carn|^permi|^patente/i.test(h[0])) {
      // fine: the label starts with the stem
    }
    LABEL.lastIndex = ws;
    m = LABEL.exec(text);
    if (!m) {
      LABEL.lastIndex = h.index;
      m = LABEL.exec(text);
      if (!m) continue;
    }
    STEM.lastIndex = Math.max(STEM.lastIndex, m.index + m[0].length);
    const type: PiiType = m.groups?.['p'] ? 'PASSPORT' : 'DRIVER_LICENSE';
    const after = m.index + m[0].length;
    // A word continuing the label ("passporte", "permissions") is not the label.
    if (/^[\p{L}]/u.test(text.slice(after, after + 1)) && !/nummer|nr|number/i.test(m[0].slice(-6))) {
      const rest = text.slice(after, after + 12).toLowerCase();
      if (!/^(?:nummer|nr|number|no)/.test(rest)) continue;
    }
    if (NOT_DOC.test(text.slice(after, after + 20))) continue;
    // A bare "license number" after a non-driving qualifier (software, business, medical licence…).
    if (type === 'DRIVER_LICENSE' && /^licen/i.test(m[0]) && NON_DRIVING.test(text.slice(Math.max(0, m.index - 24), m.index))) continue;
    const win = text.slice(after, after + 70);
    TOKEN.lastIndex = 0;
    let t: RegExpExecArray | null;
    let newlines = 0;
    let prevEnd = 0;
    let found: { s: number; e: number } | null = null;
    let steps = 0;
    while ((t = TOKEN.exec(win)) && steps++ < 8) {
      for (let i = prevEnd; i < t.index; i++) if (win.charCodeAt(i) === 10) newlines++;
      if (newlines > 1) break;
      prevEnd = t.index + t[0].length;
      const tok = t[0];
      const low = tok.toLowerCase().replace(/^[#_]+|[#_]+$/g, '').replace(/^(?:no|nr|num|number|numero|nummer)_/, '');
      if (!hasDigit(tok)) {
        if (FILLER.has(low) || /^(?:nummer|number|nr|no)$/.test(low) || /^[#°º]+$/.test(tok)) continue;
        // Passport numbers can be all letters but one digit; a plain word ends the search.
        break;
      }
      if (!isAlnumAscii(tok)) break;
      // Value found: extend over single-space/dash-separated groups.
      let s = t.index;
      let e = t.index + tok.length;
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
      if ((nextc === '/' || nextc === '.' || nextc === ',' || nextc === ':') && /\d/.test(win.charAt(e + 1))) break;
      const prevc = win.charAt(s - 1);
      if (prevc === '/' || prevc === '.' && /\d/.test(win.charAt(s - 2))) break;
      const v = win.slice(s, e).replace(/[ -]/g, '');
      if (v.length < 6 || v.length > 20) break;
      if (/^(?:19|20)\d{2}$/.test(v) || /^\d{1,2}$/.test(v)) break;
      found = { s: after + s, e: after + e };
      break;
    }
    if (!found || found.s < lastEnd) continue;
    out.push({ type, start: found.s, end: found.e, score: 0.85, detector: 'documents' });
    lastEnd = found.e;
  }
  return out;
}

export const identityDocumentDetector: Detector = {
  name: 'documents',
  types: ['PASSPORT', 'DRIVER_LICENSE'],
  detect: findDocuments,
};
