// PERSON names in data, for the rule-based detector (names.ts): values under name-like keys in JSON / YAML / code
// / XML (`"lastName": "Berg"`, `<cdtr_nm>…`) and CSV / TSV / table columns (name, first_name, Nachname, nom,
// nombre, cognome, achternaam); upper-case names after a name label ("NAME ANNA BERG", "Passenger: LE
// ROUX/OLYMPE MS") or alone after a closing ("Best regards,\nSIDDHARTH MEHTA"); known given names in
// lower-case greetings ("hey fatima -"). A generic key or column ("name") counts only for a person-shaped value
// or in a person record (with e-mail, phone, birth date … near it).
import { isLetter } from '../chars.ts';
import { lineAt } from '../lines.ts';
import { isLineStartWord, isPersonLabel, isSignature, LIST_LABELS, PARTICLES, PLACE_SUFFIX, type NameCandidate } from './names-context.ts';
import { AMBIGUOUS_GIVEN, BRANDS, CALENDAR_AND_FUNCTION_WORDS, GIVEN_NAMES, isGivenName, NOT_NAME_WORDS } from './names-gazetteer.ts';
import type { Tok } from './names-tokens.ts';

const NAME_KEY =
  /^(?:(?:customer|client|patient|employee|user|contact|account|card|policy|holder|sender|recipient|author|owner|person|passenger|guest|tenant|driver|member|applicant|candidate|billing|shipping|emergency|beneficiary|creditor|debtor|payee|legal)[_ -]?)?(?:(?:first|last|full|given|family|middle|sur|display|maiden|fore|nick)[_ -]?)?name$|^(?:contact[_ -]?person|contact|person|owner|assignee|reporter|author|manager|driver|patient|customer|employee|passenger|beneficiary|recipient|sender|requester|applicant|tenant|landlord|signatory|holder|cardholder|accountholder|account_holder|titular|titulaire|intestatari[oa]|(?:konto)?inhaber(?:in)?|(?:rekening)?houder|vorname|nachname|familienname|kundenname|nom|prenom|prénom|nom_complet|nombre|apellidos?|nombre_completo|nome|cognome|nome_completo|naam|voornaam|achternaam|volledige_naam|klantnaam|nominativo|nm|cdtr_nm|dbtr_nm|cn|sn)$/i;

/** Keys that are names but not necessarily of people (a product "name"). */
const GENERIC_KEY =
  /^(?:name|nm|nom|nombre|nome|naam|contact|owner|assignee|reporter|author|manager|customer|beneficiary|recipient|sender|requester|landlord|holder)$/i;

const XML_RE = /<([A-Za-z:_]*(?:[Nn]ame|Nm|nom|naam))>([^<>\n]{1,80})<\/\1>/g;

/** Person-record keys near a generic "name" key: the record is about a person, not a product. */
const PERSON_RECORD_RE =
  /cdtr|dbtr|iban|e-?mail|correo|courriel|[\w.-]@[\w-]+\.[a-z]{2,}|phone|tel\b|t[eé]l[eé]f|t[eé]l[eé]ph|mobile|mobil|m[oó]vil|mobiel|cellulare|gsm|birth|dob|geburt|naissance|nacimiento|nascita|geboorte|address|adresse|direcci|indirizzo|adres|gender|salary|passport/i;

/** Column names of person tables (employees, customers, patients, members). */
const PERSON_HEADER_RE =
  /employee|customer|patient|client|national|ssn|staff|member|department|hire|start_date|tax|insurance|tier|points|loyalty|mitarbeiter|kunde|patient|salari|empleado|cliente|dipendente|medewerker|klant/i;

function twoWords(v: string): boolean {
  return /\S\s+\S/.test(v.trim());
}

function personRecordNear(text: string, at: number): boolean {
  return PERSON_RECORD_RE.test(text.slice(Math.max(0, at - 200), Math.min(text.length, at + 200)));
}

/** Does a value look like a person's name: 1–5 words, letters only, capitalised (particles allowed)? */
function nameShaped(v: string, generic: boolean): boolean {
  const s = v.trim();
  if (s.length < 2 || s.length > 60) return false;
  if (/[\d@#/\\_:()]/.test(s)) return false;
  const parts = s.split(/[\s,]+/).filter(Boolean);
  if (parts.length === 0 || parts.length > 5) return false;
  let caps = 0;
  let prevParticle = false;
  for (const p of parts) {
    if (PARTICLES.has(p.toLowerCase()) && p === p.toLowerCase()) {
      prevParticle = true;
      continue;
    }
    if (!/^\p{Lu}[\p{L}\p{M}'’.-]*$/u.test(p)) return false;
    if ((PLACE_SUFFIX.has(p) && !prevParticle) || CALENDAR_AND_FUNCTION_WORDS.has(p)) return false;
    prevParticle = false;
    if (caps === 0 && NOT_NAME_WORDS.has(p) && !isGivenName(p)) return false;
    caps++;
  }
  if (caps === 0) return false;
  if (generic) {
    // a product or team "name": require a known given name or a Given Surname shape of 2–4 words
    const first = parts[0]!;
    // a known given name, or an initial and a surname ("A. Castellanos")
    return isGivenName(first) || isGivenName(parts[parts.length - 1]!) || (parts.length === 2 && /^\p{Lu}\.$/u.test(first));
  }
  return true;
}

/**
 * Where a name-like key ends and its value begins: `"lastName": `, `nom = `, `Full Name:`, `user=`, `"bearbeiter": `,
 * an LDIF entry's common name and surname (`cn: `, `sn: `).
 */
const KEY_HIT_RE =
  /(?:(?<![\w-])(?:cn|sn)(?=:)|name|nom|nombre|nome|naam|cognome|apellidos?|holder|titular|titulaire|intestatari[oa]|inhaber(?:in)?|houder|prénom|prenom|Nm|person|contact|owner|assignee|reporter|author|manager|driver|patient|customer|employee|passenger|beneficiary|recipient|sender|requester|applicant|tenant|landlord|signatory|user|bearbeiter(?:in)?|reviewers?|revisor(?:e|a|es|as|i)?|approvers?|verantwortlich(?:e|er)?|responsable|responsabile|encargad[oa]|incaricat[oa])["']?[ \t]*(?::|=>|=)/gi;
/** A key's value: quoted (a closing quote ends it, whatever follows: SQL's `= 'Berg' AND …`), or bare to the field's end. */
const VALUE_RE = /[ \t]*(?:["'“]([^"'”\n\r;<>{}[\]|=]{1,80}?)["'”]|([^"'”\n\r,;<>{}[\]|=]{1,80}?)[ \t]*(?=$|[\n\r,;}\])]))/my;

/** Keys that hold an account's login or display name: a person only when two name-shaped words ("Anna Berg"; not "admin"). */
const USER_KEY = /^user(?:[_ -]?name)?$/i;

/** Cheap, case-sensitive prefilter for any name-like key or column. */
const KEYWORD_ANY_RE =
  /[Nn](?:ame|AME|om|OM|aam|AAM|m>)|NAME|(?:^|\n)(?:cn|sn):|[Cc]ognome|COGNOME|[Aa]pellido|APELLIDO|[Hh]older|HOLDER|[Pp]r[ée]nom|[Uu]ser["']?[ \t]*=/;
/** A role's key in YAML or `key = value` ("reviewers:", "owner ="): a text without one, a name keyword or JSON is not read. */
const ROLE_KEY_ANY_RE =
  /(?:[Rr]eviewers?|[Rr]evisor(?:e|a|es|as|i)?|[Aa]pprovers?|[Aa]ssignees?|[Bb]earbeiter(?:in)?|[Oo]wners?)["']?[ \t]*[:=]/;

/** Names under name-like keys (JSON, YAML, code, SQL, `key = value`), in XML elements and in table columns. */
export function structured(text: string, out: NameCandidate[]): void {
  if (text.includes('BEGIN:V')) contactAndCalendarNames(text, out);
  const nameKeyword = KEYWORD_ANY_RE.test(text);
  csvColumns(text, out, nameKeyword);
  if (nameKeyword) sqlInsertColumns(text, out);
  // person-role keys ("contact_person", "owner") are looked for in JSON, and in YAML or `key = value` where one is written
  if (!nameKeyword && !text.includes('":') && !ROLE_KEY_ANY_RE.test(text)) return;
  KEY_HIT_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  // every key hit ends in ':' or '=' (plain CSV has neither)
  const kv = text.includes(':') || text.includes('=');
  while (kv && (m = KEY_HIT_RE.exec(text)) !== null) {
    const key = keyEndingAt(text, m.index);
    if (key === undefined) continue;
    const at = m.index + m[0].length;
    VALUE_RE.lastIndex = at;
    const v = VALUE_RE.exec(text);
    if (!v) {
      if (/:[ \t]*$/.test(m[0])) yamlListItems(text, at, key, out);
      continue;
    }
    const raw = v[1] ?? v[2]!;
    const val = raw.trim();
    if (!keyValueIsName(text, key, val, at)) continue;
    const vs = at + v[0].indexOf(raw) + raw.indexOf(val);
    out.push({ start: vs, end: vs + val.length, cue: 'structured', score: 0.8 });
  }
  if (text.includes('</')) {
    XML_RE.lastIndex = 0;
    while ((m = XML_RE.exec(text)) !== null) {
      const v = m[2]!.trim();
      if (!nameShaped(v, true) && !(nameShaped(v, false) && twoWords(v) && personRecordNear(text, m.index))) continue;
      const vs = m.index + m[0].indexOf('>') + 1 + m[2]!.indexOf(v);
      out.push({ start: vs, end: vs + v.length, cue: 'structured', score: 0.8 });
    }
  }
}

/**
 * vCard (RFC 6350) and iCalendar (RFC 5545) content lines: a card's formatted name (`FN:Anna Berg`), the parts of
 * its structured name (`N:Berg;Anna;;;`: family, given, additional), and the common name a calendar gives an
 * organiser or attendee (`ATTENDEE;CN=Anna Berg:mailto:…`, `CN="Berg, Anna"`). The formats say these are people's
 * names; a room or a list as attendee still has to look like one (letters, one to five words).
 */
const CARD_NAME_LINE_RE = /^(FN|N)(?:;[^:\r\n]*)?:([^\r\n]{1,120})$/gm;
const CALENDAR_CN_RE = /^(?:ORGANIZER|ATTENDEE|CONTACT)[^:\r\n]*?;CN=("?)([^";:\r\n]{1,80})\1[;:]/gm;

function contactAndCalendarNames(text: string, out: NameCandidate[]): void {
  const card = text.includes('BEGIN:VCARD');
  for (const m of card ? text.matchAll(CARD_NAME_LINE_RE) : []) {
    const valueStart = m.index + m[0].length - m[2]!.length;
    const parts = m[1] === 'N' ? m[2]!.split(';').slice(0, 3) : [m[2]!];
    let at = valueStart;
    for (const part of parts) {
      pushCardName(part, at, out);
      at += part.length + 1;
    }
  }
  for (const m of text.includes('CN=') ? text.matchAll(CALENDAR_CN_RE) : []) {
    pushCardName(m[2]!, m.index + m[0].length - 1 - m[1]!.length - m[2]!.length, out);
  }
}

/** One name value of a card or calendar line at `at`, when it is letters in one to five words ("Berg, Anna" too). */
function pushCardName(value: string, at: number, out: NameCandidate[]): void {
  const name = value.trim();
  if (!/^[\p{L}\p{M}][\p{L}\p{M}'’.,-]*(?: [\p{L}\p{M}'’.,-]+){0,4}$/u.test(name) || name.split(/[\s,]+/).some(isThingWord)) return;
  const start = at + value.indexOf(name);
  out.push({ start, end: start + name.length, cue: 'structured', score: 0.8 });
}

/**
 * The name-like key whose hit is at `hit` (NAME_KEY, a role or a user key), read backwards: letters, '_', '-',
 * single spaces. A key of several words is tried whole ("Full Name"), then from its last word ("WHERE vorname").
 */
function keyEndingAt(text: string, hit: number): string | undefined {
  let ks = hit;
  while (ks > 0 && hit - ks < 30) {
    const c = text.charCodeAt(ks - 1);
    if (isLetter(c) || c === 95 || c === 45 || (c === 32 && ks > 1 && isLetter(text.charCodeAt(ks - 2)))) ks--;
    else break;
  }
  let ke = hit;
  while (ke < text.length && (isLetter(text.charCodeAt(ke)) || text.charCodeAt(ke) === 95)) ke++;
  const key = text.slice(ks, ke).trim();
  const last = key.slice(key.lastIndexOf(' ') + 1);
  return [key, last].find((k) => NAME_KEY.test(k) || ROLE_HEADER.test(k) || USER_KEY.test(k));
}

/** Whether a key's value is a person's name: what the key asks of it (see NAME_KEY, GENERIC_KEY, ROLE_HEADER, USER_KEY). */
function keyValueIsName(text: string, key: string, val: string, at: number): boolean {
  const user = USER_KEY.test(key);
  const generic = GENERIC_KEY.test(key);
  if (!user && nameShaped(val, generic)) return true;
  if (!nameShaped(val, false) || val.split(/\s+/).some(isThingWord)) return false;
  // a role's or an account's value of two name-shaped words ("BINTOU ARSLAN", "Anna Berg"; not "Platform Team")
  if (user || ROLE_HEADER.test(key)) return twoWords(val);
  if (!generic) return false;
  return personTableNear(text, at) || (twoWords(val) && personRecordNear(text, at));
}

/** A word that names a thing or a group, never a person ("Team", "Platform", "Google"). */
function isThingWord(w: string): boolean {
  const tc = fromCapitals(w);
  return NOT_NAME_WORDS.has(tc) || BRANDS.has(tc);
}

/** Another part of a person's name as a key: beside it, a generic "nom" or "nombre" is a surname or a given name. */
const SIBLING_NAME_KEY_RE =
  /(?:first|given|last|family|sur)[_ -]?name|pr[ée]nom|vorname|nachname|nombre|apellido|cognome|voornaam|achternaam/i;

/** A generic key in a person's record: a sibling name key near it, or a person table named on its line (SQL). */
function personTableNear(text: string, at: number): boolean {
  const near = text.slice(Math.max(0, at - 120), Math.min(text.length, at + 120));
  const line = lineAt(text, at);
  return SIBLING_NAME_KEY_RE.test(near) || PERSON_HEADER_RE.test(text.slice(line.start, at));
}

/**
 * A YAML list under a person's key ("reviewers:" then "  - Anna Berg", "  - GUEYE"): each item of one to four
 * name-shaped words; a handle in lower case ("  - aberg") too where the list also holds such a name.
 */
function yamlListItems(text: string, at: number, key: string, out: NameCandidate[]): void {
  if (!/^[ \t]*\r?\n/.test(text.slice(at, at + 8)) || USER_KEY.test(key)) return;
  const ITEM = /[ \t]+- [ \t]*["']?([\p{L}\p{M}][\p{L}\p{M}'’.-]*(?: [\p{L}\p{M}][\p{L}\p{M}'’.-]*){0,3})["']?[ \t]*(?:\r?\n|$)/uy;
  ITEM.lastIndex = text.indexOf('\n', at) + 1;
  const items: TextSpanOf[] = [];
  for (let m = ITEM.exec(text); m !== null; m = ITEM.exec(text)) {
    const v = m[1]!;
    if (!v.split(/[\s-]+/).some(isThingWord)) items.push({ start: m.index + m[0].indexOf(v), value: v });
  }
  if (!items.some((it) => nameShaped(it.value, false))) return;
  for (const it of items) {
    if (nameShaped(it.value, false) || /^[\p{Ll}\p{M}]+$/u.test(it.value))
      out.push({ start: it.start, end: it.start + it.value.length, cue: 'structured', score: 0.8 });
  }
}

interface TextSpanOf {
  start: number;
  value: string;
}

/** `INSERT INTO t (first_name, last_name, …) VALUES ('Anna', 'Berg', …)`: each value under a name column. */
const SQL_INSERT_RE = /\binsert\s+into\s+[\w."`]+\s*\(([^()]{1,400})\)\s*values\s*\(([^()]{1,800})\)/giu;
const SQL_VALUE_RE = /\s*(?:'((?:[^'\n]|'')*)'|[^,']*)\s*(?:,|$)/y;

/** A further row of an INSERT's VALUES: `, ('Ching', 'Hsia', …)`. */
const SQL_NEXT_ROW_RE = /\s*,\s*\(([^()]{1,800})\)/y;

function sqlInsertColumns(text: string, out: NameCandidate[]): void {
  if (!/insert/i.test(text)) return;
  for (const m of text.matchAll(SQL_INSERT_RE)) {
    const columns = m[1]!.split(',').map((c) => c.trim().replace(/^["`]|["`]$/g, ''));
    // a generic "nombre" or "nom" beside "apellido" or "prenom" is a person's name, whatever it holds
    const sibling = columns.some((c) => SIBLING_NAME_KEY_RE.test(c));
    // so is one beside a person's contact, account or record columns ("name, telefon, iban")
    const personRecord = PERSON_RECORD_RE.test(m[1]!) || PERSON_HEADER_RE.test(m[1]!);
    const generic = columns.map((c) => GENERIC_KEY.test(c) && !sibling && !personRecord);
    sqlRowNames(m[2]!, m.index + m[0].length - m[2]!.length - 1, columns, generic, out);
    SQL_NEXT_ROW_RE.lastIndex = m.index + m[0].length;
    for (let r = SQL_NEXT_ROW_RE.exec(text); r; r = SQL_NEXT_ROW_RE.exec(text))
      sqlRowNames(r[1]!, r.index + r[0].length - r[1]!.length - 1, columns, generic, out);
  }
}

/** The values of one row at `valuesAt` under the name columns. */
function sqlRowNames(row: string, valuesAt: number, columns: readonly string[], generic: readonly boolean[], out: NameCandidate[]): void {
  SQL_VALUE_RE.lastIndex = 0;
  for (let k = 0; k < columns.length && SQL_VALUE_RE.lastIndex < row.length; k++) {
    const v = SQL_VALUE_RE.exec(row);
    if (!v) break;
    const val = v[1];
    if (val === undefined || !(NAME_KEY.test(columns[k]!) && nameShaped(val, generic[k]!))) continue;
    const vs = valuesAt + v.index + v[0].indexOf("'") + 1;
    out.push({ start: vs, end: vs + val.length, cue: 'structured', score: 0.8 });
  }
}

/** Stems of role headers ("owner", "Verantwortlich", "Responsable", "Referente", "Contactpersoon" …). */
const ROLE_STEMS =
  'owner|assign|respons|verantw|ansprech|zust[äa]ndig|bearbeit|contact|kontakt|autor|auteur|author|review|referent|incaricat|eigenaar|encargad|asignad|assegnat|revis|pr[üu]fer|relecteur|toegewezen|beoordelaar|' +
  // the people a table lists: a club's members, a course's participants, a house's tenants …
  'member|mitglied|adh[ée]rent|socio|socia|miembro|membre|lid|leden|particip|teilnehm|deelnem|tenant|mieter|locataire|inquilin|huurder|r[ée]sident|bewohner|bewoner|guest|gast|invit[ée]|ospite|employee|mitarbeiter|employ[ée]|empleado|dipendente|medewerker|student|sch[üu]ler|[ée]l[èe]ve|alumn|leerling|player|spieler|joueur|jugador|giocator|speler|passenger|passagier|pasajer|passegger|volunteer|freiwillig|b[ée]n[ée]vole|voluntari|vrijwillig|' +
  // a guest's companion, an applicant
  'plus.one|begleit|accompagn|acompa[ñn]ante|candidat|kandidat|invitat|introduc';
/**
 * A name-column keyword anywhere ("customer_name"), or a role column's stem opening a cell (after a delimiter or a
 * line break: a pass that skips from one to the next, where a bare alternation of the stems reads every letter);
 * the line around it is then checked for being a delimited header.
 */
const CSV_KEYWORD_RE = new RegExp(`name|nom|naam|cognome|apellido|[|;,\\t\\n][ \\t"'*_]*(?:${ROLE_STEMS})`, 'gi');
/** The role stems alone, for a text with no name keyword (KEYWORD_ANY_RE): most prose, read at a third of the cost. */
const ROLE_CELL_RE = new RegExp(`[|;,\\t\\n][ \\t"'*_]*(?:${ROLE_STEMS})`, 'gi');
/** A role header opening the text. */
const ROLE_AT_START_RE = new RegExp(`[ \\t"'*_|]*(?:${ROLE_STEMS})`, 'iy');

/** Headers of a column that holds the person in a role: who owns, does, answers for or wrote a row. */
const ROLE_HEADER =
  /^(?:owners?|assignees?|assigned(?: to)?|responsible|contact(?: person)?|author|reviewers?|approvers?|verantwortlich(?:e|er)?|ansprechpartner(?:in)?|zust[äa]ndig(?:e|er)?|bearbeiter(?:in)?|autor(?:in)?|pr[üu]fer(?:in)?|kontakt(?:person)?|responsables?|auteur|relecteur|relectrice|référent(?:e)?|contact|encargad[oa]|asignad[oa](?: a)?|revisor(?:a|es|as)?|contacto|autora|referente|responsabile|incaricat[oa]|assegnatari[oa]|assegnato a|revisor[ei]|autore|autrice|contatto|verantwoordelijke|contactpersoon|eigenaar|toegewezen aan|beoordelaar|members?|mitglied(?:er)?|adh[ée]rent(?:e|s)?|soci[oa]s?|miembros?|membres?|lid|leden|participants?|teilnehmer(?:in|innen)?|partecipanti?|participantes?|deelnemers?|tenants?|mieter(?:in)?|locataires?|inquilin[oa]s?|huurders?|residents?|bewohner(?:in)?|r[ée]sident(?:e|s)?|residente|bewoners?|guests?|g[äa]ste?|invit[ée]e?s?|invitad[oa]s?|invitat[oaie]|ospiti?|introduc[ée]s?|employees?|mitarbeiter(?:in)?|employ[ée]e?s?|emplead[oa]s?|dipendenti?|medewerkers?|students?|sch[üu]ler(?:in)?|[ée]l[èe]ves?|alumn[oa]s?|leerlingen|leerling|players?|spieler(?:in)?|joueur(?:se)?s?|jugador(?:a|es)?|giocator[ei]|spelers?|passengers?|passagiers?|passagier(?:in)?|pasajer[oa]s?|passegger[oi]|volunteers?|freiwillige?r?|b[ée]n[ée]voles?|voluntari[oa]s?|volontari[oa]?|vrijwilligers?|plus.one|begleitung|begleitperson|accompagnante?s?|accompagnat(?:ore|rice|ori)|acompa[ñn]antes?|candidates?|candidat[oa]s?|kandidat(?:in|en)?|kandidaa?t(?:en)?)$/i;

/** A bare "name" header (a generic column). */
const NAME_HEADER = /^(?:name|nom|naam|nombre|nome)$/i;

/** How a table column holds names: a person's name key, a generic "name", a person's role. */
export type ColumnKind = 'name' | 'generic' | 'role';

/** A table's header line and the columns that hold names, by index. */
interface Header {
  sep: string;
  kinds: Map<number, ColumnKind>;
  /** The header names a person record (e-mail, phone, customer …): a generic column's values are people. */
  personRecord: boolean;
}

function readHeader(line: string): Header | undefined {
  const sep = line.includes('\t') ? '\t' : line.includes(';') ? ';' : line.includes('|') ? '|' : line.includes(',') ? ',' : '';
  if (!sep || line.length >= 400) return undefined;
  const header = line.split(sep).map((h) => h.trim().replace(/^["'*_]+|["'*_]+$/g, ''));
  if (header.filter((h) => h !== '').length < 2) return undefined;
  const kinds = new Map<number, ColumnKind>();
  header.forEach((h, k) => {
    if (NAME_KEY.test(h) || NAME_HEADER.test(h)) kinds.set(k, GENERIC_KEY.test(h) || NAME_HEADER.test(h) ? 'generic' : 'name');
    if (ROLE_HEADER.test(h)) kinds.set(k, 'role');
  });
  if (kinds.size === 0) return undefined;
  return { sep, kinds, personRecord: PERSON_RECORD_RE.test(line) || PERSON_HEADER_RE.test(line) };
}

/** Most rows read below a header. */
const MAX_ROWS = 2000;

/**
 * The cells of name and role columns in CSV/TSV/semicolon/pipe tables: `visit(start, value, kind, personRecord)`
 * for each non-empty cell (`start`: where the trimmed value starts). Each line is read once. `nameKeyword`: whether the
 * text has a name keyword (KEYWORD_ANY_RE), where the caller has asked already; without one, role columns alone.
 */
export function tableNameCells(
  text: string,
  visit: (start: number, value: string, kind: ColumnKind, personRecord: boolean) => void,
  nameKeyword?: boolean,
): void {
  // the rules and the tagger's slot pass both ask, of the same text: read it once
  if (text !== cellsOf.text) {
    const keywordRe = (nameKeyword ?? KEYWORD_ANY_RE.test(text)) ? CSV_KEYWORD_RE : ROLE_CELL_RE;
    cellsOf = { text, cells: readTableNameCells(text, keywordRe) };
  }
  for (const c of cellsOf.cells) visit(c.start, c.value, c.kind, c.personRecord);
}

interface NameCell {
  start: number;
  value: string;
  kind: ColumnKind;
  personRecord: boolean;
}

/** The last text read for table cells, and its cells. */
let cellsOf: { text: string | undefined; cells: NameCell[] } = { text: undefined, cells: [] };

function readTableNameCells(text: string, keywordRe: RegExp): NameCell[] {
  const cells: NameCell[] = [];
  const visit = (start: number, value: string, kind: ColumnKind, personRecord: boolean) => cells.push({ start, value, kind, personRecord });
  ROLE_AT_START_RE.lastIndex = 0;
  keywordRe.lastIndex = 0;
  let hm: RegExpExecArray | null = ROLE_AT_START_RE.exec(text) ?? keywordRe.exec(text);
  let doneUntil = -1;
  for (; hm !== null; hm = keywordRe.exec(text)) {
    const at = hm.index + hm[0].length - 1; // the keyword's last letter: a '\n' before it belongs to the line above
    if (at < doneUntil) continue;
    const { start: pos, end: nl } = lineAt(text, at);
    doneUntil = nl;
    const header = readHeader(text.slice(pos, nl));
    if (!header) continue;
    const rp = visitRows(text, nl + 1, header, visit);
    doneUntil = rp;
    keywordRe.lastIndex = Math.max(keywordRe.lastIndex, rp);
  }
  return cells;
}

/** The rows below a header with its separator, from `from`; returns where they end. */
function visitRows(
  text: string,
  from: number,
  { sep, kinds, personRecord }: Header,
  visit: (start: number, value: string, kind: ColumnKind, personRecord: boolean) => void,
): number {
  const lastCol = Math.max(...kinds.keys()); // cells after it are never read
  let rp = from;
  for (let rows = 0; rp < text.length && rows < MAX_ROWS; rows++) {
    let rn = text.indexOf('\n', rp);
    if (rn < 0) rn = text.length;
    const row = text.slice(rp, rn);
    if (!row.includes(sep)) break;
    if (!/^\s*\|?\s*:?-{2,}/.test(row)) {
      for (let k = 0, idx = 0; idx <= row.length && k <= lastCol; k++) {
        const nx = row.indexOf(sep, idx);
        const ce = nx < 0 ? row.length : nx;
        const kind = kinds.get(k);
        if (kind) {
          const cell = row.slice(idx, ce);
          const v = cell
            .trim()
            .replace(/^["']|["']$/g, '')
            .trim();
          if (v) visit(rp + idx + cell.indexOf(v), v, kind, personRecord);
        }
        if (nx < 0) break;
        idx = nx + 1;
      }
    }
    rp = rn + 1;
  }
  return rp;
}

/** CSV/TSV/semicolon/pipe tables whose header names a name or a role column. */
function csvColumns(text: string, out: NameCandidate[], nameKeyword: boolean): void {
  tableNameCells(
    text,
    (start, v, kind, personRecord) => {
      const ok =
        kind === 'role'
          ? roleCellIsName(v) || (personRecord && nameShaped(v, false))
          : nameShaped(v, kind === 'generic' && !personRecord) || surnameFirst(v);
      if (ok) out.push({ start, end: start + v.length, cue: 'structured', score: 0.8 });
    },
    nameKeyword,
  );
}

const CAPS_WORD = /^\p{Lu}{2,}(?:[-'’]\p{Lu}{2,})*$/u;
const CAPITALISED_WORD = /^\p{Lu}[\p{Ll}\p{M}]+(?:[-'’]\p{Lu}?[\p{Ll}\p{M}]+)*$/u;

/**
 * A form's "SURNAME Given" (one or two words in capitals, then a capitalised given name): person-shaped in a name
 * column. A short capitals word is an acronym ("IBM Cloud"): four letters at least.
 */
function surnameFirst(v: string): boolean {
  const parts = v.split(/\s+/);
  if (parts.length < 2 || parts.length > 3) return false;
  const given = parts[parts.length - 1]!;
  const surname = parts.slice(0, -1);
  return (
    CAPITALISED_WORD.test(given) &&
    !NOT_NAME_WORDS.has(given) &&
    surname.every((p) => CAPS_WORD.test(p) && !NOT_NAME_WORDS.has(fromCapitals(p))) &&
    surname.join('').length >= 4
  );
}

/**
 * A value in a role column that is a person: a known given name (alone, first or last, any case: "zoran
 * radovanović"), an initial and a surname ("T. Peixoto"), or "SURNAME Given". Teams and groups ("Platform
 * Team", "ops") are not: without the common-word list a capitalised pair needs one of these marks.
 */
function roleCellIsName(v: string): boolean {
  if (surnameFirst(v)) return true;
  const parts = v.split(/\s+/);
  if (parts.length > 4 || parts.some((p) => NOT_NAME_WORDS.has(titleCase(p)))) return false;
  if (parts.length === 2 && /^\p{Lu}\.$/u.test(parts[0]!) && CAPITALISED_WORD.test(parts[1]!)) return true;
  const named = parts.every((p) => CAPITALISED_WORD.test(p) || PARTICLES.has(p)) || parts.every((p) => /^[\p{Ll}\p{M}'’-]+$/u.test(p));
  return named && (isGivenName(titleCase(parts[0]!)) || (parts.length >= 2 && isGivenName(titleCase(parts[parts.length - 1]!))));
}

/** A word in capitals as a name is written ("WEBER" → "Weber"), to look it up in the word lists. */
export function fromCapitals(w: string): string {
  return w.charAt(0) + w.slice(1).toLowerCase();
}

export function titleCase(w: string): string {
  return w.charAt(0).toUpperCase() + w.slice(1);
}

/** Upper-case names after a name label: "NAME ANNA BERG", "Passenger: LE ROUX/OLYMPE MS". */
const UPPER_LABEL_RE =
  /(?:^|\n)[ \t]*(?:NAME|FULL NAME|SURNAME|GIVEN NAMES?|NOM|PRÉNOMS?|NOMBRE|APELLIDOS|NOME|COGNOME|NAAM|VORNAME|NACHNAME|PASSENGER|PASSAGIER|PASSAGER|PASAJERO|PASSEGGERO|Passenger|Name|Passagier|Passager|Pasajero|Passeggero|Nom|Nombre|Nome|Naam)[ \t]*:?[ \t]+(\p{Lu}{2,}(?:['’-]\p{Lu}+)*(?:[ /]\p{Lu}{2,}(?:['’-]\p{Lu}+)*){0,3})(?=[ \t]*(?:\n|$|,|[ \t]+(?:MR|MRS|MS|MISS|MSTR|DR)\b))/gu;

/**
 * A person's field in any case, a colon, and a name of two to four words in capitals: "PATIENT: HOWE ZANE",
 * "Kundin: KOWALSKA JOLANTA", also inside quotes or brackets. Which labels name a person: names-context.ts.
 */
const LABELLED_CAPITALS_RE =
  /(?:^|\n|["'([])[ \t]*(\p{L}+(?:[ _]\p{L}+)?)[ \t]*:[ \t]*(\p{Lu}{2,}(?:['’-]\p{Lu}+)*(?: \p{Lu}{2,}(?:['’-]\p{Lu}+)*){1,3})(?=[ \t]*(?:\n|$|[,;"')\]]|[ \t]+(?:MR|MRS|MS|MISS|MSTR|DR)\b))/gu;

/** A passenger name as airlines write it, surname / given names (three letters or more: not "TCP/IP"), then the title: "GARNIER/JONATHAN MR". */
const PASSENGER_NAME_RE =
  /(?<![\p{L}\p{N}/])(\p{Lu}{2,}(?:['’ -]\p{Lu}{2,})*\/\p{Lu}{3,}(?: \p{Lu}{2,})?) ?(?:MR|MRS|MS|MISS|MSTR)(?![\p{L}\p{N}])/gu;

/** A list label opening a line, its colon, and the rest of the line: "Teilnehmer: POGHOSYAN Albert; Entschuldigt: …". */
const LIST_LINE_RE = /(?:^|\n)[ \t]*(\p{L}+)[ \t]*:[ \t]*([^\n]+)/gu;

/**
 * The "SURNAME Given" items of a list of people after its label ("Teilnehmer: POGHOSYAN Albert; …", "Aanwezig:
 * KING Rowena, …"), up to the line's end or the next label.
 */
function surnamesFirstInLists(text: string, out: NameCandidate[]): void {
  for (const m of text.matchAll(LIST_LINE_RE)) {
    if (!LIST_LABELS.has(m[1]!.toLowerCase())) continue;
    const items = m[2]!.replace(/[;,]?[ \t]*\p{L}+[ \t]*:.*$/u, ''); // not past the next label ("; Entschuldigt: …")
    let at = m.index + m[0].length - m[2]!.length;
    for (const item of items.split(/([,;])/u)) {
      const v = item.trim();
      if (surnameFirst(v)) out.push({ start: at + item.indexOf(v), end: at + item.indexOf(v) + v.length, cue: 'label', score: 0.8 });
      at += item.length;
    }
  }
}

export function upperCaseLabels(text: string, out: NameCandidate[]): void {
  const add = (value: string, at: number) => {
    const v = value.replace(/[ /](?:MR|MRS|MS|MISS|MSTR|DR)$/, '');
    const words = v.split(/[ /]/);
    if (words.some((w) => !PARTICLES.has(w.toLowerCase()) && NOT_NAME_WORDS.has(fromCapitals(w)))) return;
    out.push({ start: at, end: at + v.length, cue: 'label', score: 0.8 });
  };
  // Cheap tests first: most texts have none of these shapes.
  if (/(?:NAME|NOM|NOMBRE|NOME|NAAM|PASS|Pass|Name|Nom|Nombre|Nome|Naam)/.test(text))
    for (const m of text.matchAll(UPPER_LABEL_RE)) add(m[1]!, m.index + m[0].length - m[1]!.length);
  if (/:[ \t]*[A-Z\u00c0-\u00de\u0100-\u024f]{2}/.test(text)) {
    for (const m of text.matchAll(LABELLED_CAPITALS_RE))
      if (isPersonLabel(m[1]!.split(/[ _]/))) add(m[2]!, m.index + m[0].length - m[2]!.length);
    surnamesFirstInLists(text, out);
  }
  if (/[A-Z\u00c0-\u00de\u0100-\u024f]\/[A-Z\u00c0-\u00de\u0100-\u024f]/.test(text))
    for (const m of text.matchAll(PASSENGER_NAME_RE)) add(m[1]!, m.index);
}

/** "Best regards,\nSIDDHARTH MEHTA": an upper-case name alone on the line after a closing. */
export function upperCaseSignatures(text: string, toks: readonly Tok[], out: NameCandidate[]): void {
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k]!;
    if (!t.caps || t.w.length < 2 || !isLineStartWord(text, t.s)) continue;
    let m = k;
    while (m + 1 < toks.length && m - k < 3 && toks[m + 1]!.caps && text.slice(toks[m]!.e, toks[m + 1]!.s) === ' ') m++;
    if (m === k) continue; // two words at least
    const end = toks[m]!.e;
    if (!isSignature(text, t.s, end)) continue;
    const words = toks.slice(k, m + 1);
    if (words.some((x) => NOT_NAME_WORDS.has(fromCapitals(x.w)))) continue;
    out.push({ start: t.s, end, cue: 'signature', score: 0.75 });
    k = m;
  }
}

/**
 * A name in capitals inside a text written in lower case ("I met DOMINIK WEBER at the conference"): two or three
 * words in capitals, the first a known given name that is no ordinary word, none a word that never starts a name,
 * on a line with lower-case letters (a heading or a shouted line is all capitals), not part of a longer run.
 */
export function upperCaseNamesInText(text: string, toks: readonly Tok[], out: NameCandidate[]): void {
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k]!;
    if (!t.caps || t.w.length < 2) continue;
    let m = k;
    while (m + 1 < toks.length && toks[m + 1]!.caps && text.slice(toks[m]!.e, toks[m + 1]!.s) === ' ') m++;
    const run = toks.slice(k, m + 1);
    k = m;
    if (run.length < 2 || run.length > 3) continue; // the loop took the whole run: a longer one is a heading
    const titled = run.map((x) => fromCapitals(x.w));
    if (!isGivenName(titled[0]!) || AMBIGUOUS_GIVEN.has(titled[0]!) || titled.some((w) => NOT_NAME_WORDS.has(w) || BRANDS.has(w))) continue;
    const line = lineAt(text, t.s);
    if (!/\p{Ll}{3}/u.test(text.slice(line.start, line.end))) continue;
    out.push({ start: t.s, end: run[run.length - 1]!.e, cue: 'gazetteer-pair', score: 0.7 });
  }
}

/** "hey fatima -", "hi priya," in lower-case messages: a known given name after a greeting. */
const LOWER_GREETINGS = ['hi ', 'hey ', 'hello ', 'dear ', 'hallo ', 'hoi ', 'hola ', 'ciao ', 'salut ', 'bonjour ', 'morning '];
const LOWER_NAME_RE = /([a-zà-ÿ]{2,20})(?=[ \t]*(?:[,!:\n-]|$))/y;

export function lowerCaseGreetings(text: string, out: NameCandidate[]): void {
  for (const g of LOWER_GREETINGS) {
    let p = text.indexOf(g);
    while (p >= 0) {
      if (p === 0 || !isLetter(text.charCodeAt(p - 1))) {
        const s = p + g.length;
        LOWER_NAME_RE.lastIndex = s;
        const m = LOWER_NAME_RE.exec(text);
        if (m) {
          const w = m[1]!;
          const tc = w[0]!.toUpperCase() + w.slice(1);
          if (GIVEN_NAMES.has(tc) && !AMBIGUOUS_GIVEN.has(tc)) out.push({ start: s, end: s + w.length, cue: 'greeting', score: 0.6 });
        }
      }
      p = text.indexOf(g, p + 1);
    }
  }
}
