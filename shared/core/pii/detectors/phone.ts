// PHONE: telephone numbers, national and international formats, as digits with their separators and '+'.
//
// One pass finds runs of digits joined by phone separators (space, dot, dash, slash, parentheses); each run
// is then classified:
//   - international (+CC / 00CC): the country code must be known and the national number's length must fit
//     that country's fixed lines or mobiles (phone-plan.ts, from libphonenumber's metadata); stands alone;
//   - NANP (US/CA) 3-3-4 with dashes, dots or a parenthesised area code, optionally 1- in front; stands alone;
//   - national numbers with a trunk 0 (UK, DE, FR, NL, BE, IT, AT, CH …): typical groupings stand alone,
//     others need a phone word somewhere in the text;
//   - digits written one by one ("0-6-1-2-…") read as the undivided number they spell;
//   - numbers without a trunk prefix (ES 6xx/7xx/8xx/9xx, IT mobiles 3xx) and undivided digit strings need
//     a phone word (tel, phone, Handy, portable, móvil, cellulare, telefoon …), undivided ones close by.
// Hard negatives are cut early: dates, times, versions, IPs, amounts (currency/unit after), identifiers
// glued to letters (ORD-2025-…, INV-…), IBAN fragments, and runs after order/invoice/tracking words.
import type { Detector, Finding } from '../types.ts';
import { fieldKindAt } from '../fields.ts';
import { count, inTableColumn, tableIndex, type TableIndex } from '../tables.ts';
import { isWordCharInLatinRange } from '../chars.ts';
import { CALLING_PLAN } from './phone-plan.ts';

const NAME = 'phone';

/** A run of digits and phone separators; '+' or '(' may open it. */
const RUN_RE =
  /[+(]?\d(?:\d|[ \u00a0]?[.\-/\u2010\u2011\u2013][ \u00a0]?(?=\(?\d)|[ \u00a0](?=\(?\d)|\((?=\d)|\)[ \u00a0.\-/]?(?=\d))*\)?/g;

/**
 * Words that name a phone number in en/de/fr/es/it/nl (also as JSON keys / CSV headers: phone, supplierPhone,
 * tel, mobile …). Specific enough to count anywhere in the text.
 */
const PHONE_WORD_RE =
  /phone(?<!(?:head|micro|smart|\bi|ear|saxo|xylo|gramo|mega|speaker)phone)|t[eé]l(?<![a-zà-ÿ]t[eé]l)(?:\b|\.|:|ef|ep|é)|t[ée]l[ée]?phon|mobil(?<![a-z]mobil)(?!ity|i[sz]e|i[sz]ation)|móvil|movil|cell(?<![a-z]cell)(?:ular|phone|\.|:|\s?(?:no|number|#))|handy(?:nummer|nr|\s*:)|gsm(?<![a-z]gsm)|whats\s?app|\bsms\b|\bfax\b|hotline|emergency contact|notfallkontakt|contacts? d['’]urgence|contactos? de emergencia|contatt[oi] di emergenza|noodcontact|rufnummer|rückruf|durchwahl|festnetz|celular|cellulare|telefo|mobiel|recapito|msisdn|\b(?:tlf|tfno|telf|fon|fono)(?![\w\u00c0-\u024f])|\b(?:mob|cel|ph)[.:]/i;
/**
 * A call or message verb and, a few words on, the preposition a language gives the number it is reached at,
 * right before the number: "bel alsjeblieft terug op", "ruf mich morgen zurück unter", "melden Sie sich unter",
 * "text 0…", "joignable au", "reperibile al", "localizable en".
 */
const CALL_BACK_SOURCE =
  '\\b(?:bel|bellen|terugbellen|sms|app|whatsapp)\\b[^.\\n]{0,24}\\bop\\s*$' +
  '|\\b(?:ruf|rufe|ruft|rufen|anrufen|zurückrufen|melde|meldet|melden|schreib|schreibt)\\b[^.\\n]{0,24}\\bunter\\s*$' +
  '|\\bruf[et]?\\b[^.\\n]{0,24}\\bzurück\\b|\\bunter der\\s*$' +
  '|\\b(?:text|sms|whatsapp|message)(?: (?:me|us))?(?: (?:at|on))?\\s*$' +
  '|\\b(?:contesta|responde|coge|risponde)\\b[^.\\n]{0,16}\\bal\\s*$' +
  '|\\bjoignable|\\breperibil[ei]|\\blocaliza(?:ble)?\\b';
/** "changed my number", "cambiado de número", "changé de numéro", "cambiato numero", "Nummer geändert", "ander nummer". */
// Both forms start at the noun (the verb before it is a lookbehind), so the search only stops at an n.
const CHANGED_NUMBER_SOURCE =
  '(?<=\\b(?:changed|new|chang[ée]e?|cambiad[oa]|cambi[ée]|cambiato|cambiata|nuevo|nouveau|ander|andere)\\s+(?:de\\s+|di\\s+|(?:my|mi|mon|il mio)\\s+)?(?:phone\\s+)?)(?:number|num[ée]ro|n[úu]mero|numero|nummer)\\b' +
  '|\\b(?:nummer|num[ée]ro|n[úu]mero|numero|number)\\s+(?:(?:has|is|hat|ist|a|est|ha|è|es|heeft)\\s+)?(?:been\\s+|sich\\s+)?' +
  '(?:ge(?:ä|ae)ndert|gewijzigd|veranderd|changed|cambiato|cambiado|changé)';
/** Words that make a number close after them a phone number: the above plus call / reach / contact verbs. */
const PHONE_NEAR_RE = new RegExp(
  PHONE_WORD_RE.source +
    '|\\bcall|\\bring\\b|\\bdial|\\btext me|reach|anruf|ruf (?:mich|uns)|\\brufen|erreich|joindre|appel|ll[aá]m[aáe]|contacto|chiam|bellen|\\bbel (?:me|ons)|bereikbaar|contact|kontakt|contatt|\\bfixe\\b|vaste lijn|\\bhandy\\b|portable|\\bcell\\b' +
    '|(?:direct|phone|land|help|support|contact|main|office|private)\\s?line|numero verde|num[ée]ro vert|toll[- ]?free|freephone|\\bl[íi]nea gratuita|\\b[mtpf]\\.?\\s?:\\s*\\(?\\+?$' +
    '|\\b(?:al|allo) numero\\b|\\b(?:al|el) n[úu]mero\\b|\\bau num[ée]ro\\b|\\bunter (?:der )?nummer\\b|\\bop (?:het )?nummer\\b|\\b(?:at|on) number\\b' +
    '|\\b(?:my|our|your|his|her|their|new) (?:new |contact |private |work |direct )?number\\b|\\b(?:meine?|seine?|unsere?|eure?|ihre?|deine?|neue) (?:neue |private |direkte )?nummer' +
    '|\\b(?:mon|ton|notre|votre|son|leur|nouveau) num[ée]ro|\\b(?:mi|su|tu|nuestro|vuestro|nuevo) n[úu]mero|\\b(?:il )?(?:mio|suo|tuo|nostro|vostro|loro|nuovo) numero|\\b(?:mijn|je|jouw|ons|uw|zijn|haar|hun|nieuwe?) nummer' +
    '|' +
    CALL_BACK_SOURCE,
  'i',
);
/**
 * The number named after it: "… is my (new) number", "… ist meine Nummer", "…, c'est mon numéro", "… es mi número",
 * "… è il mio numero", "… is mijn nummer", "… is my mobile"; or the one reached at it, the verb closing the clause
 * ("ist abends unter … erreichbar", "is … bereikbaar").
 */
const PHONE_AFTER_RE = new RegExp(
  '^(?:[ \\t]*(?:erreichbar|zu erreichen|bereikbaar|te bereiken)(?![\\p{L}])|' +
    "[ \\t]*[,:–-]?[ \\t]*(?:(?:is|ist|est|c['’]est|es|è|was|war)[ \\t]+)?" +
    '(?:my|our|meine?|unsere?|mon|ma|notre|mi|nuestro|il mio|il nostro|mijn|ons|onze)[ \\t]+' +
    '(?:(?:new|neue|nouveau|nuevo|nuovo|nieuwe)[ \\t]+)?(?:(?:private|mobile|cell|phone|work|persönliche)[ \\t]+)?' +
    '(?:number|nummer|num[ée]ro|n[úu]mero|numero|mobile|cell|handy|portable|m[óo]vil|cellulare|mobiel|telefoon|telefon|telefono|tel[ée]fono|t[ée]l[ée]phone|phone)(?![\\p{L}])' +
    // … but not "… is my number of attempts", "es mi número de pedido" (a phone word may follow: "de teléfono")
    '(?![ \\t]+(?:of|de|di|del|van|der|des|du|für|for)[ \\t]+(?!t[eé]l|cel|m[oó]v|phone|mobil|portable|handy)))',
  'iu',
);

/** A changed number is announced a clause before it ("… hat sich geändert, sie lautet jetzt …"): a wider window. */
const CHANGED_NUMBER_RE = new RegExp(CHANGED_NUMBER_SOURCE, 'i');
const CHANGED_NUMBER_WINDOW = 80;

/**
 * Words that make a following number something else (order, invoice, account, patient ID …): nouns may sit
 * a few words before the number; short generic labels (no., ID, PIN, code, lot …) only right before it.
 */
const NEGATIVE_WORD_RE = new RegExp(
  '\\b(?:order|invoice|tracking|parcel|shipment|ticket|ref(?:erence)?|account|acct|iban|customer|client|isbn|ean|sku|policy|claim|patient|member|employee|nhs|ssn|passport|licen[cs]e|bestell\\w*|rechnung\\w*|sendung\\w*|auftrag\\w*|kunden\\w*|konto\\w*|aktenzeichen|versicherung\\w*|commande|facture|colis|dossier|pedido|factura|env[ií]o|cuenta|expediente|ordine|fattura|spedizione|pratica|conto|bestelling\\w*|factuur\\w*|zending\\w*|liefer\\w*|livraison|entrega|consegna|levering|matricola|socio|afiliado|adh[ée]rent|mitglied\\w*|lidnummer|lidmaatschap\\w*|personeels\\w*|personalnummer|dipendente|empleado|employ[ée]|tessera|rekening\\w*|klant\\w*|batch|partij|art(?:ikel|icle|icolo|ículo)\\w*|product\\w*|produkt\\w*|produit|prodotto|producto|meeting id|conference id|buffer|bytes)\\b[^\\n]{0,18}$' +
    '|\\b(?:no|nr|id|pin|code|codice|código|passcode|lot|lotto|lote|item|case|port|pid|card|model|serial|serie|build|version|hex)\\b' +
    '(?:\\W{0,3}(?:n[°º]|no\\.?|nr\\.?|number|nummer|num[ée]ro|n[úu]mero|#))?\\W{0,4}$',
  'i',
);

/** A phone word right before a generic "no." / "nr" / "ID" label: "Tel. no.", "Mobile nr", "Telefon-Nr.". */
const PHONE_LABEL_END_RE =
  /(?:phone|tel|t[ée]l[ée]?phone?|telefon|telefono|tel[ée]fono|telefoon|mobile?|handy|cell|fax|gsm|portable|m[óo]vil|cellulare|mobiel)[\s.\-:]*$/i;

const UNIT_AFTER_RE =
  /^[ \u00a0]?(?:€|\$|£|%|eur(?:os?)?\b|usd\b|gbp\b|chf\b|dollars?\b|francs?\b|pesos?\b|kb\b|mb\b|gb\b|ms\b|sec|min\b|kg\b|km\b|x\b|times|bytes|items|pcs|units|users|stück|mal\b)/i;

interface Run {
  start: number;
  end: number;
  s: string;
}

/** Strip unbalanced parentheses at either end, and the pair around a whole number ("(612 34 56 78)"). */
function trimParens(start: number, end: number, s: string): Run {
  if (s.indexOf('(') < 0 && s.indexOf(')') < 0) return { start, end, s };
  const open = count(s, '(');
  const close = count(s, ')');
  if (open === 1 && close === 1 && s.startsWith('(') && s.endsWith(')')) return { start: start + 1, end: end - 1, s: s.slice(1, -1) };
  if (s.endsWith(')') && close > open) {
    s = s.slice(0, -1);
    end--;
  } else if (s.startsWith('(') && open > close) {
    s = s.slice(1);
    start++;
  }
  return { start, end, s };
}

type Verdict = 0 | 1 | 2 | 3; // 0 no; 1 needs a phone word close by; 2 needs one anywhere; 3 stands alone

const DATE_LIKE_RE = /^(?:\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})|\d{4}[./-]\d{1,2}[./-]\d{1,2})$/;
/** A run that starts with a date ("01 02 2024 10 30", "2024 03 15 …") is a date and time, not a phone. */
const DATE_PREFIX_RE = /^(?:\d{1,2}[ ./-]\d{1,2}[ ./-](?:19|20)\d\d|(?:19|20)\d\d[ ./-]\d{1,2}[ ./-]\d{1,2})(?!\d)/;
const NANP_RE = /^(?:\+?1[ .-]?)?(?:\([2-9]\d\d\)[ .-]?[2-9]\d\d[ .-]\d{4}|[2-9]\d\d([.-])[2-9]\d\d\1\d{4})$/;
/** NANP with an exchange starting 0/1 (fictional 555-0100 style, (555) 123-4567): needs a phone word. */
const NANP_LOOSE_RE = /^(?:\+?1[ .-]?)?(?:\([2-9]\d\d\)[ .-]?\d{3}[ .-]\d{4}|[2-9]\d\d([.-])\d{3}\1\d{4})$/;
const NANP_SPACE_RE = /^(?:\+?1[ ]?)?[2-9]\d\d [2-9]\d\d \d{4}$/;
const FR_PAIRS_RE = /^0[1-9](?:([ .-])\d\d)(?:\1\d\d){3}$/;

/** The same separator between every two groups. */
const SAME_SEPARATOR_RE = /^(.)\1*$/;
const NO: { v: Verdict; score: number } = { v: 0, score: 0 };
const UNDIVIDED_TRUNK: { v: Verdict; score: number } = { v: 1, score: 0.7 };
const UNDIVIDED_OTHER: { v: Verdict; score: number } = { v: 1, score: 0.6 };
const UNDIVIDED_WEAK: { v: Verdict; score: number } = { v: 1, score: 0.45 };
const UNDIVIDED_RE = /^\d+$/;
/** A number of a shape no plan above has: a phone number only with a phone word close by ("call me at …"). */
const CUE_ONLY: { v: Verdict; score: number } = { v: 1, score: 0.45 };

/**
 * With `tight`, the phone word must stand right before the number (SHORT_CUE_CHARS): a local number without its
 * area code ("Tel. 49 73 87", "Meine Nummer: 167107") is as short as a postcode or an amount.
 */
type Classified = { v: Verdict; score: number; tight?: boolean };

/**
 * What must stand right before a short local number: a phone word ("Tel.", "Handy:"), the number named ("Meine
 * Nummer:", "mi número es"), or a verb of texting ("Please text") — not a call word alone ("Call log 3 - 1, 2 - 2").
 */
const SHORT_CUE_RE = new RegExp(
  `(?:${PHONE_WORD_RE.source})[^\\d\\n]{0,6}$|(?:number|nummer|num[ée]ro|n[úu]mero|numero)\\s*(?::|is|ist|est|es|è)?\\s*$|\\b(?:text|sms|whatsapp)(?: (?:me|us))?(?: (?:at|on))?\\s*$`,
  'iu',
);
/** A local number of six or seven digits, without its area code: only right after a phone word. */
const SHORT_LOCAL: Classified = { v: 1, score: 0.5, tight: true };
/** Characters before a short local number its phone word must stand in ("Meine Nummer: ", "Please text "). */
const SHORT_CUE_CHARS = 16;
/**
 * An area code in parentheses after at most a one-digit trunk or country prefix, then the subscriber's groups:
 * "8 (996) 710-73-52" (Russia), "(28) 69348-6351" (Brazil), "(0)30 1234567" is a trunk's; NANP's are read before.
 */
const AREA_IN_PARENS_RE = /^(?:\+?\d[ \u00a0]?)?\(\d{2,5}\)[ \u00a0]?\d{2,5}(?:[ \u00a0-]\d{2,4}){1,3}$/;
/**
 * A one-digit area or mobile code, then groups of three or four: "(2) 2123 4567", "9 6123 4567" (Chile), "2 9374 4000"
 * (Australia without its trunk 0). A list's "(3) 1200 1500" looks the same: only with a phone word close by.
 */
const ONE_DIGIT_PREFIX_RE = /^(?:\(\d\)|\d)[ \u00a0]?\d{3,4}(?:[ \u00a0-]\d{3,4}){1,2}$/;

/** A run as digit groups and the separators between them (dashes and no-break spaces normalised). */
interface Shape {
  /** The run, normalised. */
  s: string;
  digits: string;
  /** The separators in order, '+' left out. */
  seps: string;
  groups: string[];
  n: number;
  separated: boolean;
}

function classify(raw: string): Classified {
  // Fast path for an undivided digit string (IDs in data files are the common case).
  if (UNDIVIDED_RE.test(raw)) return classifyUndivided(raw);
  const shape = shapeOf(raw);
  const { s, n } = shape;
  if (n === 6 || n === 7) return classifyShortLocal(shape);
  if (n < 7 || n > 15) return { v: 0, score: 0 };
  if (DATE_LIKE_RE.test(s) || DATE_PREFIX_RE.test(s)) return { v: 0, score: 0 };
  // Dotted quads and version-like runs (IP addresses, build numbers) are never phones.
  if (/^\d{1,3}(?:\.\d{1,3}){3}$/.test(s)) return { v: 0, score: 0 };
  // International: +CC … or 00CC …
  let intl: string | null = null;
  if (s.startsWith('+')) intl = shape.digits;
  else if (shape.digits.startsWith('00') && shape.digits[2] !== '0' && shape.separated && s.startsWith('00')) intl = shape.digits.slice(2);
  if (intl !== null) return classifyInternational(shape, intl);
  // Digits written one by one with the same separator ("0.6.1.2.3.4.5.6.7.8", "0-1-7-6-…"): one number. Spelled
  // out one by one from a trunk 0, nine digits or more, it is a phone number read out ("0 1 2 6 5 5 3 2 6 9"), not
  // a count ("0 1 2 3 4 5 6 7 8 9" runs up) nor bits ("0 1 0 0 1 1 0 1 0").
  if (shape.groups.length === n && SAME_SEPARATOR_RE.test(shape.seps)) {
    if (shape.digits[0] === '0' && n >= 9 && n <= 13 && !COUNTING_UP.includes(shape.digits) && /[2-9]/.test(shape.digits))
      return { v: 3, score: 0.75 };
    return classifyUndivided(shape.digits);
  }
  // An Italian mobile as people group it, 3xx 123 4567: a US shape too, a phone either way.
  if (/^3\d\d \d{3} \d{4}$/.test(s)) return { v: 3, score: 0.75 };
  // NANP with dashes/dots/parentheses.
  if (NANP_RE.test(s)) return { v: 3, score: 0.85 };
  if (NANP_LOOSE_RE.test(s)) return { v: 2, score: 0.7 };
  if (NANP_SPACE_RE.test(s)) return { v: 2, score: 0.7 };
  if (AREA_IN_PARENS_RE.test(s) && n >= 9 && n <= 12) return { v: 3, score: 0.8 };
  if (ONE_DIGIT_PREFIX_RE.test(s) && n >= 8 && n <= 11 && shape.digits[0] !== '0') return CUE_ONLY;
  // 1-800 style with leading 1 and no separators is handled as an undivided number below.
  if (shape.digits[0] === '0') return classifyTrunk(shape);
  return classifyWithoutTrunk(shape);
}

/**
 * Six or seven digits: a local number ("967-1073", "49 73 87", "4671073") only right after a phone word; not a
 * date ("12-05-24"), not digits one by one, not a group of one.
 */
function classifyShortLocal({ s, groups }: Shape): Classified {
  if (DATE_LIKE_RE.test(s) || s.includes('(') || s.startsWith('+')) return NO;
  return groups.length <= 3 && groups.every((g) => g.length >= 2) ? SHORT_LOCAL : NO;
}

function classifyUndivided(raw: string): Classified {
  const n = raw.length;
  if (n === 6 || n === 7) return raw.charCodeAt(0) === 48 ? NO : SHORT_LOCAL;
  if (n < 7 || n > 15) return NO;
  // "00…": the international prefix; undivided, zero-padded ids look the same, so only with a phone word close by
  if (raw.startsWith('00')) return n >= 9 && raw.charCodeAt(2) !== 48 ? UNDIVIDED_WEAK : NO;
  if (raw.charCodeAt(0) === 48) return n >= 9 && n <= 13 ? UNDIVIDED_TRUNK : NO;
  if (/^[6789]\d{8}$|^3\d{8,9}$|^1?[2-9]\d\d[2-9]\d{6}$/.test(raw)) return UNDIVIDED_OTHER;
  // Any other undivided 8–13 digits: a phone number only with a phone word close by ("call me at …").
  return n >= 8 && n <= 13 ? UNDIVIDED_WEAK : NO;
}

/** One pass: digits, digit groups, separators. */
function shapeOf(raw: string): Shape {
  let s = raw;
  if (/[\u2010\u2011\u2013\u00a0]/.test(s)) s = s.replace(/[\u2010\u2011\u2013]/g, '-').replace(/\u00a0/g, ' ');
  let digits = '';
  let seps = '';
  const groups: string[] = [];
  let g = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      g += s[i];
      continue;
    }
    if (g) {
      groups.push(g);
      digits += g;
      g = '';
    }
    if (c !== 43) seps += s[i];
  }
  if (g) {
    groups.push(g);
    digits += g;
  }
  return { s, digits, seps, groups, n: digits.length, separated: groups.length > 1 };
}

/** `intl`: the digits after `+` or `00`, country code first. */
function classifyInternational({ s, n, separated }: Shape, intl: string): Classified {
  // remove a trunk "(0)" after the country code
  const trunk = /^\+?\d{1,3}[ \u00a0]?\(0\)/.test(s.startsWith('00') ? '+' + s.slice(2) : s);
  for (const len of [1, 2, 3]) {
    const cc = intl.slice(0, len);
    const range = CALLING_PLAN[cc];
    if (!range) continue;
    let nsn = intl.slice(len);
    // a national number opens on its area or mobile code, not on 0 (Italy's landlines keep theirs): after "+" a 0
    // is the trunk written by mistake ("+49 030 …"); after "00" the run is as likely a hex dump ("00 20 00 00 00 00")
    // and needs a phone word close by
    if (nsn.startsWith('0') && (trunk || cc !== '39')) {
      if (!trunk && s.startsWith('00')) return { v: 1, score: 0.5 };
      nsn = nsn.slice(1);
    }
    if (nsn.length >= range[0] && nsn.length <= range[1]) return { v: 3, score: 0.95 };
    // A length the plan does not have: still a number in E.164 form if a phone word stands close by.
    return n >= 8 ? { v: 1, score: 0.5 } : { v: 0, score: 0 };
  }
  if (n >= 9 && separated) return { v: 2, score: 0.6 };
  return n >= 8 ? { v: 1, score: 0.5 } : { v: 0, score: 0 };
}

/** A national number with its trunk 0 ("00…" is the international prefix, handled before). */
/** Digits counting up: a sequence, not a number. */
const COUNTING_UP = '0123456789012';

function classifyTrunk({ s, digits, seps, groups, n, separated }: Shape): Classified {
  // up to 13 digits: a trunk 0 + the longest national numbers (DE: 12, the `49` entry of CC)
  if (n < 9 || n > 13 || digits[1] === '0') return { v: 0, score: 0 };
  // a decimal (0.5772156649) or a lone "0" before one block (table columns) is not a phone
  if (seps === '.' || (groups[0] === '0' && groups.length < 3)) return { v: 0, score: 0 };
  // US ZIP+4 (02110-1301)
  if (/^\d{5}-\d{4}$/.test(s)) return { v: 0, score: 0 };
  if (!separated) return { v: 1, score: 0.7 };
  // first group: trunk 0 + area/mobile prefix, 2-5 digits (or parenthesised); a longer one ("016977 4356",
  // "081881 60131") with a phone word
  const first = groups[0]!;
  if (groups.length > 6) return { v: 0, score: 0 };
  if (first.length > 5) return CUE_ONLY;
  if (groups.some((g, i) => i > 0 && g.length === 1)) return { v: 0, score: 0 };
  if (FR_PAIRS_RE.test(s)) return { v: 3, score: 0.9 };
  if (seps.includes('.')) return { v: 2, score: 0.6 };
  // a German mobile number (015x, 016x, 017x and seven or eight digits): no other number starts that way
  if (/^01[5-7]\d$/.test(first) && n >= 11 && n <= 12 && groups.every((g) => g.length >= 3)) return { v: 3, score: 0.8 };
  if (n >= 10 && n <= 11 && /^[ \u00a0\-/()]+$/.test(seps)) return { v: 3, score: 0.8 };
  return { v: 2, score: 0.65 };
}

/**
 * No trunk prefix: Spanish 9-digit numbers (6/7/8/9…), Italian mobiles (3xx …), NANP with spaces or a leading 1;
 * Belgian/Dutch numbers written without the 0 are rare.
 */
function classifyWithoutTrunk({ s, digits, seps, groups, n, separated }: Shape): Classified {
  if (!separated) {
    if (/^[6789]\d{8}$/.test(digits) || /^3\d{8,9}$/.test(digits) || /^1?[2-9]\d\d[2-9]\d{6}$/.test(digits)) return { v: 1, score: 0.6 };
    return { v: 0, score: 0 };
  }
  // a group of five digits or more: a national plan's long subscriber number after its area code ("2424 973872"),
  // or an id ("1508859-10")
  if (groups.some((g) => g.length > 4) && !/^3\d\d$/.test(groups[0]!))
    return groups.length <= 3 && n <= 12 && groups[0]!.length <= 4 && groups.every((g) => g.length >= 2) ? CUE_ONLY : NO;
  // 612.345.678 with dots is an amount with thousands separators (es/it/de/nl) — a phone only with a phone word
  if (seps.includes('.') && groups.every((g) => g.length === 3)) return CUE_ONLY;
  if (n === 9 && /^[6789]/.test(digits) && groups.every((g) => g.length >= 2 && g.length <= 3)) {
    // Spanish pair groupings (612 34 56 78, 91 123 45 67) are phone-only shapes; 612 345 678 also an amount
    return /^(?:\d{3} \d\d \d\d \d\d|\d\d \d{3} \d\d \d\d)$/.test(s) ? { v: 3, score: 0.8 } : { v: 2, score: 0.65 };
  }
  // Italian mobiles: 3xx 1234567 stands alone (3xx 123 4567: classify, before the US shapes)
  if (/^3\d\d[ .\-/]\d{6,7}$/.test(s)) return { v: 3, score: 0.75 };
  if (/^3\d\d$/.test(groups[0]!) && n >= 9 && n <= 10) return { v: 2, score: 0.65 };
  if (/^1[ .-][2-9]\d\d[ .-][2-9]\d\d[ .-]\d{4}$/.test(s)) return { v: 3, score: 0.8 };
  // Eight-digit numbers without a trunk prefix (DK, NO, SG, HK …) as pairs or two fours: with a phone word close by
  if (n === 8 && /^(?:\d\d(?: \d\d){3}|\d{4} \d{4})$/.test(s)) return { v: 1, score: 0.6 };
  // any other grouping of a national plan ("13-131-78-33", "030 27 975"): with a phone word close by
  return n >= 8 && groups.every((g) => g.length >= 2) ? CUE_ONLY : { v: 0, score: 0 };
}

/** The groups before are the start of an IBAN (NL55 TRIO …) or a hex byte (… 8b 3f 01 00 …): not a phone. */
const IBAN_TAIL_RE = /(?:\b[A-Z]{2}\d{2}(?:[ \u00a0]?[A-Z0-9]{4}){0,4}|\b(?=[0-9a-f]?[a-f])[0-9a-f]{2})[ \u00a0]$/;

export const phoneDetector: Detector = {
  name: NAME,
  types: ['PHONE'],
  detect(text: string): Finding[] {
    const out: Finding[] = [];
    const ctx: DocContext = { text, word: undefined, tables: undefined };
    RUN_RE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = RUN_RE.exec(text)) !== null) {
      const raw = m[0];
      // cheap: at least 6 digits
      let nd = 0;
      for (let i = 0; i < raw.length && nd < 6; i++) {
        const c = raw.charCodeAt(i);
        if (c >= 48 && c <= 57) nd++;
      }
      if (nd < 6) continue;
      const f = check(ctx, trimParens(m.index, m.index + raw.length, raw));
      if (f) {
        out.push(f);
        continue;
      }
      // Both retries below split at a space: a run without one has nothing more to try.
      if (raw.indexOf(' ') < 0 && raw.indexOf('\u00a0') < 0) continue;
      // A short trailing number after a space ("0612345678 24/7", "… 2x"): try without it.
      const cut = trailingCut(raw);
      if (cut > 0) {
        const g = check(ctx, trimParens(m.index, m.index + cut, raw.slice(0, cut)));
        if (g) {
          out.push(g);
          continue;
        }
      }
      // Two numbers joined by " / " or " - " (030 1234567 / 0171 2345678): try each piece.
      if (/[ \u00a0][/\-\u2013][ \u00a0]/.test(raw)) {
        const sep = /[ \u00a0][/\-\u2013][ \u00a0]/g;
        let from = 0;
        let sm: RegExpExecArray | null;
        for (;;) {
          sm = sep.exec(raw);
          const to = sm ? sm.index : raw.length;
          const g = check(ctx, trimParens(m.index + from, m.index + to, raw.slice(from, to)));
          if (g) out.push(g);
          if (!sm) break;
          from = sm.index + sm[0].length;
        }
      }
    }
    return out;
  },
};

/** Digit groups of one width between single blanks: "5585 4709 8479 0476" is one number (a card's), not a phone and more. */
const UNIFORM_GROUPS_RE = /^(\d+)(?:[ \u00a0]\d+)+$/;

/**
 * End of the run without a trailing space-separated part of at most 4 digits (0 when there is none) — unless
 * that part is one more group of the same width as all the others.
 */
function trailingCut(raw: string): number {
  const sp = Math.max(raw.lastIndexOf(' '), raw.lastIndexOf('\u00a0'));
  if (sp <= 0) return 0;
  const uniform = UNIFORM_GROUPS_RE.exec(raw);
  if (uniform && raw.split(/[ \u00a0]/).every((g) => g.length === uniform[1]!.length)) return 0;
  let nd = 0;
  for (let i = sp + 1; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c >= 48 && c <= 57) nd++;
  }
  if (nd > 4) return 0;
  let cut = sp;
  while (cut > 0 && /[ \u00a0.\-/]/.test(raw[cut - 1]!)) cut--;
  return cut;
}

interface DocContext {
  text: string;
  /** Whether the text holds a phone word anywhere (computed on first need). */
  word: boolean | undefined;
  /** Phone columns of tables in the text (computed on first need). */
  tables: TableIndex | undefined;
}

function check(ctx: DocContext, r: Run): Finding | null {
  const { text } = ctx;
  const { start, end, s } = r;
  // Left edge: not glued to a word or identifier (ORD-2025…, v1.2…, id:123…, #123…).
  const p = text.charCodeAt(start - 1);
  const pp = text.charCodeAt(start - 2);
  if (isWordCharInLatinRange(p) || p === 64 /* @ */ || p === 35 /* # */ || p === 36 /* $ */ || p === 8364 || p === 163 || p === 43)
    return null;
  if ((p === 45 || p === 46 || p === 47 || p === 95) && isWordCharInLatinRange(pp)) return null;
  if (p === 58 /* : */ && pp >= 48 && pp <= 57) return null;
  // Right edge: not glued to more identifier.
  const q = text.charCodeAt(end);
  const qq = text.charCodeAt(end + 1);
  if (isWordCharInLatinRange(q) || q === 64 || q === 37 /* % */ || q === 35 /* # (conference PINs) */) return null;
  if ((q === 46 || q === 45 || q === 47 || q === 58) && qq >= 48 && qq <= 57) return null;
  // "1,234,567": a comma followed by a group of exactly three digits continues a number
  if (q === 44 && /^,\d{3}(?!\d)/.test(text.slice(end, end + 5))) return null;
  if (UNIT_AFTER_RE.test(text.slice(end, end + 8))) return null;
  const c = classify(s);
  if (c.v === 0) return null;
  if (c.tight && !SHORT_CUE_RE.test(text.slice(Math.max(0, start - SHORT_CUE_CHARS), start))) return null;
  const left = text.slice(Math.max(0, start - 40), start);
  // Context first (cheap answers for the common "no context" case), then the negative words.
  if (c.v === 1) {
    if (
      !cueBefore(text, start, left) &&
      !PHONE_AFTER_RE.test(text.slice(end, end + 40)) &&
      !((ctx.word ??= PHONE_WORD_RE.test(text)) && inTableColumn(text, start, (ctx.tables ??= phoneColumns(text)))) &&
      !fieldIsPhone(text, start) &&
      !inSignature(text, start, end)
    )
      return null;
  } else if (c.v === 2) {
    if (
      !(ctx.word ??= PHONE_WORD_RE.test(text)) &&
      !cueBefore(text, start, left) &&
      !PHONE_AFTER_RE.test(text.slice(end, end + 40)) &&
      !inSignature(text, start, end)
    )
      return null;
  }
  if (IBAN_TAIL_RE.test(text.slice(Math.max(0, start - 30), start))) return null;
  const neg = NEGATIVE_WORD_RE.exec(left);
  // "Order 0612…" / "patient ID is 0123 …" — unless a phone word is part of it ("customer phone: …",
  // "Tel. no.", "Mobile nr"), or a call names the number of someone the noun only introduced ("llamar a su socio
  // Jianjun Xing al 682 41 95 26": a phone's own shape, other words between the noun and it)
  if (
    neg &&
    !PHONE_NEAR_RE.test(neg[0]) &&
    !PHONE_LABEL_END_RE.test(left.slice(Math.max(0, neg.index - 16), neg.index)) &&
    !(c.v === 3 && !labelsOnly(neg[0]) && cueBefore(text, start, left))
  )
    return null;
  return { type: 'PHONE', start, end, score: c.score, detector: NAME };
}

/** After the negative noun, only what labels a number ("order no.: ", "socio nº ", "Konto-Nr. ist "). */
function labelsOnly(negative: string): boolean {
  const after = negative
    .replace(/^\p{L}+/u, '')
    .replace(/\b(?:no|nr|n[°º]|number|nummer|num[ée]ro|n[úu]mero|numero|is|ist|est|es|è|de|di|del|van)\b/giu, '');
  return !/\p{L}{2}/u.test(after);
}

/**
 * A question for someone's number and the start of its answer right before the number: "can you send me Kwesi's
 * number? — Sure: …", "heb je het nummer van …? — Ja: …", "tu peux envoyer le numéro de … ? Je crois que c'est …".
 */
const ASKED_FOR_NUMBER_RE = /\b(?:number|nummer|num[ée]ro|n[úu]mero|numero)\b[^?\n]{0,60}\?[^\d?]{0,30}$/iu;
const ASKED_FOR_NUMBER_WINDOW = 120;

/**
 * An e-mail address, then "or": the other way to reach the writer ("reach me at t.k (at) gmx.net or …"), also as
 * people hide the address.
 */
const EMAIL_OR_BEFORE_RE =
  /[\p{L}\p{N}._+-](?:@|＠|[ \t]?[[(]at[\])][ \t]?|[ \t]at[ \t])[\p{L}\p{N}-]+(?:(?:\.|[ \t]?[[(]dot[\])][ \t]?|[ \t]dot[ \t])[\p{L}\p{N}-]+)+[ \t]+(?:or|oder|ou(?: au)?|o(?: al)?|oppure(?: al)?|of)[ \t]+$/iu;

/**
 * A phone or call word just before the number (`left`: the 40 characters before it), a changed number announced on
 * its line, or the number answering a question for it.
 */
function cueBefore(text: string, start: number, left: string): boolean {
  if (PHONE_NEAR_RE.test(sameLineOrLabel(left)) || EMAIL_OR_BEFORE_RE.test(left)) return true;
  const line = text.slice(Math.max(0, start - CHANGED_NUMBER_WINDOW), start);
  if (CHANGED_NUMBER_RE.test(line.slice(line.lastIndexOf('\n') + 1))) return true;
  return ASKED_FOR_NUMBER_RE.test(text.slice(Math.max(0, start - ASKED_FOR_NUMBER_WINDOW), start));
}

/** A key or column (phone=, "mobileNumber": …, SQL INSERT column `telefono`) names the value as a phone. */
function fieldIsPhone(text: string, start: number): boolean {
  return fieldKindAt(text, start) === 'PHONE';
}

/** Closing formulas that open a signature block, en/de/fr/es/it/nl. */
const CLOSING_RE =
  /\b(?:regards|best|cheers|thanks|thank you|sincerely|yours|kind regards|best wishes|(?:mit )?freundlichen? gr(?:ü|ue)(?:ß|ss)en|viele gr(?:ü|ue)(?:ß|ss)e|gr(?:ü|ue)(?:ß|ss)e|lg|mfg|cordialement|bien (?:à vous|cordialement)|salutations|amicalement|saludos|un saludo|atentamente|cordialmente|cordiali saluti|distinti saluti|saluti|un saluto|met vriendelijke groet(?:en)?|vriendelijke groet(?:en)?|groeten|mvg|--)\s*[,!.]?\s*$/im;

/** What may stand before a number on a signature line: a label word, or a company name and a separator dot or bar. */
const SIGNATURE_LABEL_RE = /^\s*(?:\p{L}{1,12}\.?\s?:?\s*|\p{L}[\p{L}&'-]{0,20}(?:\.\p{L}{2,6})?\s[·•|–]\s*)?$/u;

/**
 * The number stands on its own line (alone, or after a short label) in a signature or contact block: a closing
 * formula a few lines above, or an e-mail address on a neighbouring line.
 */
function inSignature(text: string, start: number, end: number): boolean {
  const ls = text.lastIndexOf('\n', start - 1) + 1;
  let le = text.indexOf('\n', end);
  if (le < 0) le = text.length;
  if (start - ls > 16 || le - end > 24 || /\d/.test(text.slice(end, le))) return false;
  // alone on the line, or after a short label word ("Mobil ", "M: ") or the sender's company ("Booking.com · "),
  // never after a key ("userId": …)
  const label = text.slice(ls, start);
  if (!SIGNATURE_LABEL_RE.test(label) || /id\W*$/i.test(label)) return false;
  const above = text.slice(Math.max(0, ls - 240), ls);
  const lines = above.split('\n').slice(-6);
  if (lines.some((l) => CLOSING_RE.test(l.trim()) && l.trim().length < 40)) return true;
  const near = text.slice(Math.max(0, ls - 120), Math.min(text.length, le + 120));
  return /[\w.+-]@[\w-]+\.[a-z]{2,}/i.test(near);
}

/** The left context on the number's own line, or the previous line when it is only a label ("Phone:\n…"). */
function sameLineOrLabel(left: string): string {
  const nl = left.lastIndexOf('\n');
  if (nl < 0) return left;
  const own = left.slice(nl + 1);
  return /[\p{L}\p{N}]/u.test(own) ? own : left;
}

/** Header cells of delimited tables that name a phone column (a phone word, some Latin letter), and blank lines. */
function phoneColumns(text: string): TableIndex {
  return tableIndex(
    text,
    (line) => PHONE_WORD_RE.test(line),
    (cell) => /[a-z]/i.test(cell) && PHONE_WORD_RE.test(cell),
  );
}
