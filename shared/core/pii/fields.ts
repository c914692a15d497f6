// Field labels: many identifiers in data (CSV exports, SQL INSERTs, .env files, JSON/YAML configs, XML) carry
// no prose around them — only the name of their key or column says what they are ("passport", "dl_number",
// "passportNumber", "DL_NUMBER=", "fecha_nacimiento"). This module finds that name for a value and maps it to a
// type through label vocabularies in en/de/fr/es/it/nl, whatever the casing (snake, camel, kebab, upper).
//
//   keyBefore(text, pos)   the key written right before a value on its line: `key: v`, `key = v`, `"key": "v"`,
//                          `KEY=v`, `key => v`, `<key>v`
//   fieldCells(text)       the cells of delimited tables (CSV/TSV/Markdown; first line of a block = header) and
//                          of SQL `INSERT INTO t (cols) VALUES (…), (…)` tuples, each with its column name
//   normKey(raw)           "passportNumber" → "passport number", "DL_NUMBER" → "dl number"
//   fieldKind(norm)        the type a normalised key names, or null
//   fieldKindAt(text, pos) both lookups together
import { isFieldLabelChar } from './chars.ts';
import { lineAt, rowAt, type Row } from './lines.ts';

export type FieldKind = 'PASSPORT' | 'DRIVER_LICENSE' | 'NATIONAL_ID' | 'BANK_ACCOUNT' | 'ROUTING' | 'SORT_CODE' | 'PHONE' | 'DOB';

/** Split camelCase / snake_case / kebab-case / dotted keys into lower-case words joined by single spaces. */
export function normKey(raw: string): string {
  return raw
    .replace(/([\p{Ll}\p{N}])(\p{Lu})/gu, '$1 $2')
    .replace(/(\p{Lu})(\p{Lu}\p{Ll})/gu, '$1 $2')
    .replace(/[^\p{L}\p{N}°º#]+/gu, ' ')
    .trim()
    .toLowerCase();
}

// Words in a key that say it is about the document, not its number (expiry date, country, photo …).
const NOT_NUMBER =
  /\b(?:expiry|expiration|expires?|exp|valid|validity|issue|issued|issuing|date|datum|fecha|data|country|land|pays|pa[ií]s|paese|photo|foto|scan|image|file|url|path|status|type|typ|tipo|holder|name|nom|nombre|nome|naam|place|ort|lieu|lugar|luogo|plaats|authority|beh[öo]rde|class|klasse|classe|clase|categor(?:y|ie|ia|[ií]a)|state|points?|punkte|verified|check|flag|required|has|is)\b/;

const PASSPORT_RE =
  /passport|passeport|pasaporte|passaporto|paspoort|reisepass|^pass (?:no|nr|nummer|number|num|id)$|\bpass(?:nr|nummer|no)\b/;
const DL_RE =
  /f(?:ü|ue|u)hrerschein|rijbewijs|driv(?:er|ers|ing)? ?licen[cs]e|driv(?:er|ers|ing)? ?lic\b|\bdl\b|\bd l\b|permis (?:de )?conduire|\bpermis\b(?! (?:de )?(?:construire|s[ée]jour|travail))|(?:licencia|permiso|carn[eé]t?|carn[eé]) (?:de )?conduc|\bpatente\b|driverslicen[cs]e|driverlicen[cs]e|drivinglicen[cs]e/;
const NATIONAL_RE =
  /\b(?:ssn|nir|insee|nss|dni|nie|nif|bsn|sofi|nino|nhs|svnr|ahv|avs|pesel|aadhaa?r|tin|itin|sin|curp|utr|kvnr|rvnr|idnr|cf|steuerid|steuernummer|personnummer|burgerservicenummer|sozialversicherungsnummer|versicherungsnummer|identifikationsnummer)\b|social (?:security|insurance)|national (?:id|insurance|identity)|codice fiscale|codicefiscale|steuer|tax (?:id|number|no|code|identification)|taxpayer|fiscal|numero secu|s[ée]curit[ée] sociale|seguridad social|previdenza|identity (?:card|number|no)|\bid (?:card|number|no|nr)\b|carte (?:d )?identit|carta (?:d )?identit|documento (?:de )?identidad|identiteits|ausweis|personalausweis|tessera sanitaria|health (?:card|number|insurance)/;
const ROUTING_RE = /\b(?:aba|routing|transit|bsb|blz|bankleitzahl|ruta|guichet|abi|cab)\b/;
const SORT_RE = /\bsort ?code\b|\bsortcode\b/;
const ACCOUNT_RE =
  /\b(?:bank )?(?:account|acct|acc) ?(?:number|no|nr|num|#)?\b|\baccountnumber\b|\bkonto(?:nummer|nr)?\b|\bcompte\b|\bcuenta\b|\bconto\b|\brekening(?:nummer|nr)?\b|\bbank ?(?:account|acct)\b|\bc c\b|\brib\b/;
const NON_BANK_KEY =
  /\b(?:customer|client|user|member|loyalty|login|utility|kunden|cliente|klant|email|mail|type|name|holder|manager|owner|status|id)\b(?! (?:number|no|nr))/;
const PHONE_RE =
  /\b(?:phone|tel|telephone|t[ée]l[ée]phone|telefon|telefono|tel[ée]fono|telefoon|mobile?|mobil|handy|cell|cellphone|cellulare|celular|m[óo]vil|mobiel|portable|gsm|fax|msisdn|whatsapp|rufnummer|festnetz)\b|phone(?:number|no)?$|telefon(?:nummer|nr)|telefoonnummer|mobielnummer|handynummer/;
const DOB_RE =
  /\b(?:(?:fecha|fec|f|dt|data|date) (?:nac|nacim|naiss|nasc)|geb ?dat(?:um)?|gebdat|geb|nac|naiss|nasc|bday|birthdt|dob|birth ?date|date of birth|birthday|born|geburtsdatum|geburtstag|geb(?:urts)?datum|date de naissance|naissance|fecha (?:de )?nacimiento|nacimiento|fecha nac|data (?:di )?nascita|nascita|geboortedatum|geboorte datum|ddn|nat[oa]|nacid[oa]|geboren)\b|\bnée?(?![a-zà-ÿ])|birth|geburt|geboorte/;
const NOT_DOB = /place|ort\b|lieu|lugar|luogo|plaats|country|land|city|stadt|ville|ciudad|citt|stad|name|cert|weight|gewicht/;

/** The type a normalised key names, or null. */
export function fieldKind(norm: string): FieldKind | null {
  if (!norm || norm.length > 60) return null;
  // "routingnumber", "accountno", "sortcode" (a lower-cased header): split a trailing number word off.
  norm = norm.replace(/(?<=[a-zà-ÿ]{3})(number|nummer|numero|número|nr|no|code|id)\b/g, ' $1');
  const joined = norm.replace(/ /g, '');
  const notNum = NOT_NUMBER.test(norm);
  if (!notNum && (PASSPORT_RE.test(norm) || PASSPORT_RE.test(joined))) return 'PASSPORT';
  if (!notNum && (DL_RE.test(norm) || DL_RE.test(joined))) return 'DRIVER_LICENSE';
  if (DOB_RE.test(norm) && !NOT_DOB.test(norm)) return 'DOB';
  if (PHONE_RE.test(norm) && !/\b(?:type|model|brand|os|case|screen)\b/.test(norm)) return 'PHONE';
  if (SORT_RE.test(norm)) return 'SORT_CODE';
  if (!notNum && NATIONAL_RE.test(norm)) return 'NATIONAL_ID';
  if (ROUTING_RE.test(norm) && !/\btable|rule|key|path|url\b/.test(norm)) return 'ROUTING';
  if (ACCOUNT_RE.test(norm) && !NON_BANK_KEY.test(norm)) return 'BANK_ACCOUNT';
  return null;
}

/**
 * The key written right before a value at `pos` on the same line, raw (e.g. `PASSPORT_NO`, `passportNumber`,
 * `Führerschein-Nr.`), or '' when there is none.
 */
export function keyBefore(text: string, pos: number): string {
  let i = pos;
  // quotes and spaces around the value
  while (i > 0 && pos - i < 6) {
    const c = text.charCodeAt(i - 1);
    if (c === 32 || c === 9 || c === 34 || c === 39 || c === 96) i--;
    else break;
  }
  const c = text.charCodeAt(i - 1);
  if (c === 62 /* > */) {
    // "=>" or an XML start tag "<key>" / "<key attr=…>"
    if (text.charCodeAt(i - 2) === 61) i -= 2;
    else {
      const lt = text.lastIndexOf('<', i - 2);
      if (lt < 0 || i - lt > 64) return '';
      const m = /^<([\p{L}_][\p{L}\p{N}_.:-]*)/u.exec(text.slice(lt, i));
      return m ? m[1]! : '';
    }
  } else if (c === 58 /* : */ || c === 61 /* = */) {
    i--;
    if (text.charCodeAt(i - 1) === 58) i--; // ":="
  } else return '';
  // spaces and quotes between key and separator
  while (i > 0) {
    const d = text.charCodeAt(i - 1);
    if (d === 32 || d === 9 || d === 34 || d === 39 || d === 96) i--;
    else break;
  }
  const end = i;
  while (i > 0 && end - i < 48 && isFieldLabelChar(text.charCodeAt(i - 1))) i--;
  const raw = text.slice(i, end).trim();
  // a long run of prose is not a key: keep the last four words
  const words = raw.split(/ +/);
  return words.length > 4 ? words.slice(-4).join(' ') : raw;
}

export interface Cell {
  start: number;
  end: number;
  /** The column name as written in the header or the INSERT column list. */
  col: string;
  /** A value of an SQL INSERT tuple (its column is certain), not a cell of a delimited text table. */
  sql?: boolean;
}

let memoText: string | undefined;
let memoSql: Cell[] = [];
let memoHeaders = new Map<number, string[] | null>();
/** Per row start: the first line of its block; the row's cells. */
let memoBlocks = new Map<number, number>();
let memoCells = new Map<number, { start: number; end: number }[]>();

function memo(text: string): void {
  if (text === memoText) return;
  memoText = text;
  memoSql = [];
  memoHeaders = new Map();
  memoBlocks = new Map();
  memoCells = new Map();
  if (/insert\s/i.test(text)) sqlCells(text, memoSql);
}

/** Values of the text's SQL INSERT tuples with their column names (sorted by start), memoised for the last text. */
export function sqlValues(text: string): Cell[] {
  memo(text);
  return memoSql;
}

/** The cells of the text's delimited tables and SQL INSERT tuples, sorted by start (walks every line: use sparingly). */
export function fieldCells(text: string): Cell[] {
  const cells: Cell[] = [];
  tableCells(text, cells);
  for (const c of sqlValues(text)) cells.push(c);
  return cells.sort((a, b) => a.start - b.start);
}

/** The SQL value or delimited-table cell containing `pos` (or starting right at it), if any. */
export function cellAt(text: string, pos: number): Cell | undefined {
  const sql = sqlValues(text);
  if (sql.length > 0) {
    let lo = 0;
    let hi = sql.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const c = sql[mid]!;
      if (c.end < pos) lo = mid + 1;
      else if (c.start > pos) hi = mid - 1;
      else return c;
    }
  }
  return tableCellAt(text, pos);
}

/** The delimited-table cell containing `pos`: the header is the first line of the block of delimited lines. */
function tableCellAt(text: string, pos: number): Cell | undefined {
  const row = rowAt(text, pos); // the line and its delimiter, read once per text (lines.ts)
  if (row.delim < 0) return undefined;
  memo(text);
  const hs = blockStartOf(text, row);
  if (hs === row.start) return undefined;
  let header = memoHeaders.get(hs);
  if (header === undefined) {
    const first = lineAt(text, hs);
    const line = text.slice(first.start, first.end);
    header =
      /\d{4}/.test(line) || !/[a-z]/i.test(line)
        ? null
        : splitLine(text, first.start, first.end, row.delim).map((c) => text.slice(c.s, c.e));
    memoHeaders.set(hs, header);
  }
  if (!header) return undefined;
  const k = cellHolding(cellsOf(text, row), pos);
  return k >= 0 && k < header.length && header[k] ? { ...cellsOf(text, row)[k]!, col: header[k]! } : undefined;
}

/** The first line of the block of lines with the row's delimiter that ends with the row (at most 500 lines up). */
function blockStartOf(text: string, row: Row): number {
  const known = memoBlocks.get(row.start);
  if (known !== undefined) return known;
  let hs = row.start;
  for (let guard = 0; hs > 0 && guard < 500; guard++) {
    const prev = rowAt(text, hs - 1);
    if (prev.end <= prev.start || prev.delim !== row.delim) break;
    const prevBlock = memoBlocks.get(prev.start);
    if (prevBlock !== undefined) {
      hs = prevBlock;
      break;
    }
    hs = prev.start;
  }
  memoBlocks.set(row.start, hs);
  return hs;
}

/** The row's cells (quoted delimiters kept inside), split once per text. */
function cellsOf(text: string, row: Row): { start: number; end: number }[] {
  let cells = memoCells.get(row.start);
  if (!cells) {
    cells = splitLine(text, row.start, row.end, row.delim).map((c) => ({ start: c.s, end: c.e }));
    memoCells.set(row.start, cells);
  }
  return cells;
}

/** The index of the cell holding `pos` (cells are ordered and apart), or -1. */
function cellHolding(cells: readonly { start: number; end: number }[], pos: number): number {
  let lo = 0;
  let hi = cells.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (cells[mid]!.start <= pos) lo = mid;
    else hi = mid - 1;
  }
  const c = cells[lo];
  return c && pos >= c.start && pos <= c.end ? lo : -1;
}

/**
 * When the line containing `pos` is the header of a delimited table (the first line of a block of lines with the
 * same delimiter, with no 4-digit runs), the cells below it in the columns whose name satisfies `want`.
 */
export function headerColumnCells(text: string, pos: number, want: (col: string) => boolean): Cell[] {
  const { start: ls, end: le, delim: d } = rowAt(text, pos);
  if (d < 0) return [];
  if (ls > 0) {
    const prev = rowAt(text, ls - 1);
    if (prev.end > prev.start && prev.delim === d) return []; // not the first line of its block
  }
  const line = text.slice(ls, le);
  if (/\d{4}/.test(line)) return [];
  const header = splitLine(text, ls, le, d).map((c) => text.slice(c.s, c.e));
  const cols: number[] = [];
  for (let k = 0; k < header.length; k++) if (header[k] && want(header[k]!)) cols.push(k);
  if (cols.length === 0) return [];
  const out: Cell[] = [];
  for (let rs = le + 1; rs < text.length;) {
    const row = rowAt(text, rs);
    if (row.end === rs || row.delim !== d) break;
    if (!/^[\s|:-]+$/.test(text.slice(rs, row.end))) {
      const cs = splitLine(text, rs, row.end, d);
      for (const k of cols) {
        const c = cs[k];
        if (c && c.e > c.s) out.push({ start: c.s, end: c.e, col: header[k]! });
      }
    }
    rs = row.end + 1;
  }
  return out;
}

/** The type named by the value's key or column, or null. */
export function fieldKindAt(text: string, pos: number): FieldKind | null {
  const k = keyBefore(text, pos);
  if (k) {
    const kind = fieldKind(normKey(k));
    if (kind) return kind;
  }
  const cell = cellAt(text, pos);
  return cell ? fieldKind(normKey(cell.col)) : null;
}

/** Split one delimited line into cell spans (quotes respected). */
function splitLine(text: string, ls: number, le: number, dl: number): { s: number; e: number }[] {
  const out: { s: number; e: number }[] = [];
  let s = ls;
  let q = false;
  for (let i = ls; i <= le; i++) {
    const c = i < le ? text.charCodeAt(i) : dl;
    if (c === 34) q = !q;
    else if (c === dl && !q) {
      let a = s;
      let b = i;
      while (a < b && (text.charCodeAt(a) === 32 || text.charCodeAt(a) === 34)) a++;
      while (b > a && (text.charCodeAt(b - 1) === 32 || text.charCodeAt(b - 1) === 34 || text.charCodeAt(b - 1) === 13)) b--;
      out.push({ s: a, e: b });
      s = i + 1;
    }
  }
  return out;
}

function tableCells(text: string, out: Cell[]): void {
  let header: string[] | null = null;
  let dl = -1;
  for (let ls = 0; ls < text.length;) {
    const { end: le, delim } = rowAt(text, ls);
    const d = le > ls ? delim : -1;
    if (d < 0) {
      header = null;
      dl = -1;
    } else if (header === null || d !== dl) {
      // a header: no long digit runs, at least one letter
      const line = text.slice(ls, le);
      header = /\d{4}/.test(line) || !/[a-z]/i.test(line) ? null : splitLine(text, ls, le, d).map((c) => text.slice(c.s, c.e));
      dl = header ? d : -1;
    } else if (!/^[\s|:-]+$/.test(text.slice(ls, le))) {
      const cs = splitLine(text, ls, le, d);
      for (let k = 0; k < cs.length && k < header.length; k++) {
        if (cs[k]!.e > cs[k]!.s && header[k]) out.push({ start: cs[k]!.s, end: cs[k]!.e, col: header[k]! });
      }
    }
    ls = le + 1;
  }
}

const INSERT_RE = /insert\s+(?:ignore\s+)?into\s+[\w."`[\]]+\s*\(([^)]{1,2000})\)\s*values\s*/gi;

function sqlCells(text: string, out: Cell[]): void {
  INSERT_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = INSERT_RE.exec(text))) {
    const cols = m[1]!.split(',').map((c) => c.trim().replace(/^["`[]|["`\]]$/g, ''));
    let i = m.index + m[0].length;
    for (let tuples = 0; tuples < 10000; tuples++) {
      while (i < text.length && /\s/.test(text[i]!)) i++;
      if (text[i] !== '(') break;
      i++;
      let col = 0;
      for (;;) {
        while (i < text.length && (text[i] === ' ' || text[i] === '\n' || text[i] === '\t' || text[i] === '\r')) i++;
        let s: number;
        let e: number;
        if (text[i] === "'" || text[i] === '"') {
          const qc = text[i]!;
          s = i + 1;
          let j = s;
          for (; j < text.length; j++) {
            if (text[j] === qc) {
              if (text[j + 1] === qc) j++;
              else break;
            }
          }
          e = j;
          i = j + 1;
        } else {
          s = i;
          let depth = 0;
          while (i < text.length && !((text[i] === ',' || text[i] === ')') && depth === 0) && text[i] !== '\n') {
            if (text[i] === '(') depth++;
            else if (text[i] === ')') depth--;
            i++;
          }
          e = i;
          while (e > s && text[e - 1] === ' ') e--;
        }
        if (cols[col] && e > s) out.push({ start: s, end: e, col: cols[col]!, sql: true });
        col++;
        while (i < text.length && text[i] === ' ') i++;
        if (text[i] === ',') {
          i++;
          continue;
        }
        break;
      }
      if (text[i] !== ')') break;
      i++;
      while (i < text.length && /\s/.test(text[i]!)) i++;
      if (text[i] !== ',') break;
      i++;
    }
    INSERT_RE.lastIndex = Math.max(INSERT_RE.lastIndex, i);
  }
}
