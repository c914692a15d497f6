// SECRET in prose: a password, passphrase or PIN stated as such, in en/de/fr/es/it/nl — "my password is
// Tr0ub4dor&3", "das Passwort lautet: sommer2024!", "le mot de passe est « … »", "la contraseña es …", "la
// password del wifi è …", "het wachtwoord is …", "I set the password to …", "Passwort auf … geändert",
// "passphrase: correct horse battery staple", "mein PIN ist 4821".
//
// The shape: a cue word, up to a few words that qualify it ("for the admin account", "del wifi", "van de
// router"), a connecting form — a copula, a colon or equals sign, or a preposition next to a verb of setting or
// changing — and then the value; the span is the value alone, without its quotes. What follows a cue is often
// no value at all ("the password is wrong", "… is at least 12 characters", "password: string", "[db_password]"),
// so the value must look like one: not a word of the sentence, not a placeholder, not a reference in code, not
// a number with a unit. `changeme` and the other defaults of documentation and sample configs are placeholders
// (secrets-values.ts): they are published, so stating them discloses nothing.
import type { Finding } from '../types.ts';
import { isAsciiDigit, isLetter } from '../chars.ts';
import { charClasses, isCodeReference, isPlaceholder, isRandomCase } from './secrets-values.ts';

const UNDERSCORE = 95;
const HYPHEN = 45;

type CueKind = 'password' | 'passphrase' | 'pin';

// Password words may end a compound ("WLAN-Passwort", "Routerpasswort", "wifiwachtwoord"); the others stand alone.
// A Wi-Fi key is a password too ("WLAN-Schlüssel", "clé WiFi", "chiave WPA", "wifi-sleutel", "le code wifi"); a bare
// "key" is not.
// Word boundaries are checked in code (cueBounded): a \p{…} lookbehind would make every position of every text
// pay for Unicode case folding.
// Factored by first letters (the same words as listed one by one, cheaper to look for in every text).
const CUE =
  /pass(?:wort|word|wd|code| ?phrase)|p(?:wd|w|in(?:[- ]?(?:code|nummer|number))?)|kennwort|pre-?shared[ -]key|\bpsk\b|clé (?:pré-?)?partagée|clave (?:pre-?)?compartida|chiave (?:pre-?)?condivisa|gedeelde sleutel|w(?:achtwoordzin|achtwoord|achtzin|lan-?schlüssel|ifi-?schlüssel|ifi-?sleutel|i-?fi (?:key|code)|iederherstellungscode)|netzwerk-?schlüssel|netwerk-?sleutel|c(?:lé (?:wi-?fi|wpa)|hiave (?:wi-?fi|wpa)|ontrase[ñn]a|lave(?: de acceso)?|ode (?:pin|d'accès|de récupération|wi-?fi|wlan|wpa|(?:de|du) (?:(?:mon|ma|ton|notre|votre|la) )?(?:wi-?fi|box))|ódigo (?:pin|de acceso|de recuperación|wi-?fi|del wi-?fi|de (?:mi|la) wi-?fi)|odice (?:pin|di accesso|di recupero|wi-?fi|del wi-?fi))|mot de passe|mdp|phrase (?:secrète|de passe)|frase (?:de contraseña|de paso|secreta|segreta|d'accesso)|geheimzahl|access code|zugangscode|toegangscode|(?:recovery|backup) codes?|herstelcode|(?:recovery|seed|mnemonic) (?:phrase|words)|wiederherstellungsphrase|phrase de récupération|frase (?:semilla|de recuperación|di recupero)|herstelzin|(?:alarm|door|gate|keypad|safe|lockbox|key ?safe)[ -]?code|t(?:ür|or|resor)code|deurcode|code (?:de l'alarme|d'alarme|de la porte|du portail|du coffre|d'entrée)|código (?:de (?:la )?alarma|de la puerta|del portal)|codice (?:dell'allarme|del cancello|della porta|d'ingresso)/gi;
const COMPOUND_END = /^(?:pass(?:wort|word)|kennwort|wachtwoord|(?:wlan|wifi|netzwerk)-?schlüssel|(?:wifi|netwerk)-?sleutel)$/i;

function isWordChar(c: number): boolean {
  return isLetter(c) || isAsciiDigit(c) || c === UNDERSCORE;
}

/**
 * A whole word (or the end of a compound, for password words), not "spin", "passwords", "Pin-Priority",
 * "password-protected"; a "pin" a hyphen joins to a word in lower case is a romanised name's syllable ("Yen-pin"),
 * not the "SIM-PIN" or "Karten-Pin" of a compound.
 */
function cueBounded(text: string, start: number, end: number): boolean {
  const before = text.charCodeAt(start - 1);
  const cue = text.slice(start, end);
  if (COMPOUND_END.test(cue)) {
    if (isAsciiDigit(before) || before === UNDERSCORE) return false;
  } else if (isWordChar(before) || (before === HYPHEN && cue.startsWith('pin') && isLetter(text.charCodeAt(start - 2)))) return false;
  const after = text.charCodeAt(end);
  return !isWordChar(after) && !(after === HYPHEN && isLetter(text.charCodeAt(end + 1)));
}

function cueKind(cue: string): CueKind {
  if (/phrase|frase|zin$|words$/i.test(cue)) return 'passphrase';
  if (/pin|code|c[oó]digo|codice|geheimzahl/i.test(cue)) return 'pin';
  return 'password';
}

// ------------------------------------------------------------------------------------ connecting forms

const COPULA = new Set([
  'is',
  'was',
  'ist',
  'war',
  'lautet',
  'lautete',
  'heißt',
  'est',
  'était',
  'sera',
  'es',
  'era',
  'será',
  'è',
  'sarà',
  'wordt',
  'blijft',
  'werd',
  'remains',
  // typed without ß, or with the other accent / an apostrophe for è; the past and "remains" forms
  'heisst',
  'luidt',
  'luidde',
  'é',
  "e'",
  'fue',
  'bleibt',
  'reste',
  'resta',
  'rimane',
  'sigue', // "sigue siendo"
  // spoken French: "mon mot de passe c'est …"; English: "…, it's now …"
  "c'est",
  "it's",
  'it’s',
  'c’est',
  "c'était",
  'c’était',
]);
/** A pronoun naming the password again in a clause after a comma ("it is", "es ist", "het is", "il est"). */
const SUBJECT_PRONOUN = new Set(['it', 'es', 'sie', 'er', 'het', 'hij', 'ze', 'il', 'elle']);
const FUTURE = new Set(['will', 'would']); // "will be", "would be"
const ADVERB_AFTER_COPULA = new Set([
  'now',
  'still',
  'simply',
  'just',
  'jetzt',
  'nun',
  'einfach',
  'maintenant',
  'toujours',
  'ahora',
  'siendo',
  'ora',
  'adesso',
  'ancora',
  'nu',
  'nog',
  'gewoon',
  // asides a chat puts there: "ist übrigens …", "is trouwens …"
  'btw',
  'actually',
  'übrigens',
  'eigentlich',
  'trouwens',
  'overigens',
  'comunque',
  'pues',
]);
const PREPOSITION = new Set(['to', 'auf', 'in', 'zu', 'en', 'à', 'a', 'su', 'naar', 'op']);

/** Verbs of setting or changing, in the forms that stand beside "password … to/auf/en/a/in/op X". */
const CHANGE_VERB =
  /^(?:set|sets|setting|change|changed|changing|reset|update|updated|switched|gesetzt|setze|setzen|geändert|ändere|ändern|änderte|umgestellt|zurückgesetzt|changé|changée|modifié|modifiée|défini|définie|mis|remis|réinitialisé|cambiado|cambiada|cambié|establecido|establecida|establecí|puesto|puse|configurado|configurada|modificado|cambiato|cambiata|impostato|impostata|modificato|messo|veranderd|gewijzigd|wijzig|ingesteld|gezet|zet|aangepast)$/;

/** Characters inside a qualifying word ("Wi-Fi", "l'admin"). */
const WORD_CHAR = /[\p{L}\p{N}'’-]/u;
/** Skipped between the words before the connector: spaces, parentheses, quotes around a qualifier. */
const BRIDGE_GAP = /[ \t\u00a0\u202f()"'«»“”„]/;
const MAX_BRIDGE_WORDS = 6;

/** A verb of changing among the last few words before the cue, in the same clause ("I set the password to …"). */
function changeVerbBefore(text: string, cueStart: number): boolean {
  const clause =
    text
      .slice(Math.max(0, cueStart - 60), cueStart)
      .split(/[.!?;,:\n]/)
      .pop() ?? '';
  return clause
    .toLowerCase()
    .split(/\s+/)
    .slice(-5)
    .some((w) => CHANGE_VERB.test(w));
}

function wordAt(text: string, at: number): { word: string; end: number } {
  let end = at;
  while (end < text.length && WORD_CHAR.test(text.charAt(end))) end++;
  return { word: text.slice(at, end).toLowerCase(), end };
}

function skipGap(text: string, at: number, gap: RegExp): number {
  while (at < text.length && gap.test(text.charAt(at))) at++;
  return at;
}

/** The word that starts after `at` (spaces skipped), lower-cased; '' at punctuation or the end. */
function nextWord(text: string, at: number): { word: string; end: number } {
  return wordAt(text, skipGap(text, at, /[ \t\u00a0]/));
}

// ------------------------------------------------------------------------------------------- values

interface Value {
  start: number;
  end: number;
  quoted: boolean;
}

const CLOSING_QUOTE: Record<string, string> = { '"': '"', "'": "'", '«': '»', '“': '”', '„': '“', '‘': '’', '‚': '‘', '`': '`', '‹': '›' };

function quotedValue(text: string, open: number): Value | null {
  const close = CLOSING_QUOTE[text.charAt(open)]!;
  const limit = Math.min(text.length, open + 100);
  for (let i = open + 1; i < limit; i++) {
    const c = text.charAt(i);
    if (c === '\n') return null;
    if (c === close || (close === '“' && c === '”')) {
      const inner = text.slice(open + 1, i);
      const start = open + 1 + (inner.length - inner.trimStart().length);
      return { start, end: start + inner.trim().length, quoted: true };
    }
  }
  return null;
}

/**
 * Space-joined lower-case words after the first, for a passphrase cue: "correct horse battery staple", a wallet's
 * recovery phrase of 12 or 24 words (some hyphenated: "in-joke").
 */
function extendPassphrase(text: string, end: number): number {
  const word = /^ (\p{Ll}+(?:-\p{Ll}+)*)(?=[\s.,;:!?)"'»”]|$)/u;
  for (let words = 1; words < 24; words++) {
    const m = word.exec(text.slice(end, end + 48));
    if (!m) break;
    end += m[0].length;
  }
  return end;
}

function readValue(text: string, at: number, kind: CueKind): Value | null {
  let p = skipGap(text, at, /[ \t\u00a0\u202f:]/);
  if (CLOSING_QUOTE[text.charAt(p)] !== undefined) {
    const quoted = quotedValue(text, p);
    if (quoted) return quoted;
    p++;
  }
  let end = p;
  while (end < text.length && end - p < 64 && !/[\s"»”“]/.test(text.charAt(end))) end++;
  while (end > p && /[.,;:)\]'’]/.test(text.charAt(end - 1))) end--;
  if (end === p) return null;
  if (kind === 'passphrase' && /^\p{Ll}+$/u.test(text.slice(p, end))) end = extendPassphrase(text, end);
  return { start: p, end, quoted: false };
}

// Words that make a run of words a phrase of the sentence rather than a passphrase of random words.
const FUNCTION_WORDS = new Set(
  (
    'the a an and or of to in on at by for with from is it not be as that this my your too very really also only just now ' +
    'der die das und oder ist im mit von zu für auf nicht ein eine sehr auch nur jetzt noch ' +
    'le la les et ou de du des en un une est pas pour avec dans sur très trop aussi seulement ' +
    'el los las y o del es no para con por muy demasiado también solo ' +
    'il lo gli e di della è non per su molto troppo anche ' +
    'het een van op met voor niet te zeer erg ook alleen nog ' +
    // comparisons: "the password is the same as last week", "hetzelfde als vorige week"
    'than like same als dan wie hetzelfde dasselbe gleiche même mismo misma stesso stessa come como comme'
  ).split(' '),
);

/** Lower-case words joined by dots. */
const DOTTED_WORDS = /^\p{Ll}+(?:\.\p{Ll}+)+$/u;

/** Letters only (with apostrophes), one word or several joined by `-`, `_`, `.` or spaces. */
const WORD_SEQUENCE = /^[\p{L}'’]+(?:[-_. ]+[\p{L}'’]+)*[?!.]*$/u;

// Ordinary predicates a quoted single word may still be ("the password is 'incorrect'").
const COMMON_WORDS =
  /^(?:protected|required|incorrect|correct|wrong|invalid|expired|reset|changed|forgotten|strong|weak|secure|same|different|stored|hashed|encrypted|empty|missing|mandatory|obligatoire|falsch|korrekt|abgelaufen|incorrecto|incorrecta|sbagliata|onjuist|verlopen)$/i;

/** A wallet's recovery phrase: twelve words or more in lower case, none a function word (some hyphenated: "in-joke"). */
function isMnemonic(v: string): boolean {
  const words = v.split(' ');
  return words.length >= 12 && words.every((w) => /^\p{Ll}+(?:-\p{Ll}+)*$/u.test(w) && !FUNCTION_WORDS.has(w));
}

/** Random words, not a phrase: every word of three letters or more and none a function word. */
function isPassphrase(v: string, minWords: number): boolean {
  const words = v.replace(/[?!.]+$/, '').split(/[-_. ]+/);
  if (words.length < minWords) return false;
  return words.every((w) => w.length >= 3 && !FUNCTION_WORDS.has(w.toLowerCase()));
}

// Technical terms after "password is": "SHA-256", "UTF-8", "AES-256-encrypted", "2FA-protected", "sha256", versions,
// and stored password hashes ("SCRAM-SHA-256$4096:…", "md5" + 32 hex digits), which are not the password.
const TECH_TERM =
  /^\d*[A-Z]{2,5}\d*-(?:\d{1,4}|\p{Ll}{3,})(?:-\p{Ll}{3,})?$|^(?:sha|md|aes|rsa|utf|crc|base)\d+$|^v?\d+(?:\.\d+)+|^SCRAM-SHA-\d+\$|^md5[0-9a-f]{32}$/u;
// File names, host names, URLs and paths: "config.yaml", "db.internal", ".env", "/etc/…", "projects/test/secrets".
const FILE_OR_PATH =
  /^[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,5}$|^(?:\/|\.\/|~\/|\.[a-z]|[A-Za-z]:\\)|^(?:https?:|www\.)|^[a-z0-9_.-]+(?:\/[a-z0-9_.-]+)+\/?$/i;
const UNIT_WORD =
  /^(?:characters?|chars?|digits?|letters?|zeichen|stellen|ziffern|caractères|chiffres|caracteres|dígitos|caratteri|cifre|tekens|cijfers|long|lang|lungo|largo|words?|wörter|mots|palabras|parole|woorden)$/;

function isNumberWithUnit(text: string, value: Value): boolean {
  return UNIT_WORD.test(nextWord(text, value.end).word);
}

/** The value stated after a cue looks like a password (or PIN), not a word of the sentence or a placeholder. */
function looksStated(text: string, value: Value, kind: CueKind): boolean {
  const v = text.slice(value.start, value.end);
  if (kind === 'passphrase' && isMnemonic(v)) return true;
  if (v.length < 4 || v.length > 80 || isPlaceholder(v) || /^[[({<-]/.test(v)) return false; // lists, options
  // four words or more joined by dots are a passphrase, not an attribute path or a host name ("thyme.warm.vista.amend")
  const dottedPassphrase = DOTTED_WORDS.test(v) && isPassphrase(v, 4);
  if (isCodeReference(v) && !dottedPassphrase) return false;
  if (/^\d+$/.test(v)) return !isNumberWithUnit(text, value) && (kind === 'pin' ? v.length <= 12 : v.length >= 5);
  if (!/\p{L}/u.test(v) || TECH_TERM.test(v) || (FILE_OR_PATH.test(v) && !dottedPassphrase)) return false; // dates, ranges, amounts
  if (WORD_SEQUENCE.test(v)) {
    if (!/[-_. ]/.test(v.replace(/[?!.]+$/, ''))) return (value.quoted && !COMMON_WORDS.test(v)) || isRandomCase(v);
    // random words, or letters of random case with a joiner among them ("LdtxeGXF_GXvtx")
    return isPassphrase(v, value.quoted || !v.includes(' ') ? 3 : 4) || (!v.includes(' ') && isRandomCase(v.replace(/[-_.]/g, '')));
  }
  if (/\s/.test(v)) return value.quoted && isPassphrase(v, 3); // quoted words with digits: "Private key password 1"
  return charClasses(v) >= 2;
}

/**
 * Without a connecting word ("use password Xy7#kL9p to log in") only a value that cannot be a word or a name
 * will do: a digit, and mixed case or a symbol other than the joiners of identifiers (`creds-name-1`, `-aixmd5`).
 */
function looksStatedWithoutConnector(text: string, value: Value): boolean {
  const v = text.slice(value.start, value.end);
  if (v.length < 6 || !/\d/.test(v)) return false;
  const mixed = (/[a-z]/.test(v) && /[A-Z]/.test(v)) || /[^\w.-]/.test(v);
  return mixed && looksStated(text, value, 'password');
}

// ------------------------------------------------------------------------------------------- the pass

function push(out: Finding[], value: Value): void {
  out.push({ type: 'SECRET', start: value.start, end: value.end, score: 0.8, detector: 'secrets' });
}

/** The value after a copula ending at `end`, past an adverb ("is now …", "ist jetzt …"). */
function valueAfterCopula(text: string, end: number, kind: CueKind): Value | null {
  const adverb = nextWord(text, end);
  return readValue(text, ADVERB_AFTER_COPULA.has(adverb.word) ? adverb.end : end, kind);
}

/** The value after a copula ("is", "lautet", "est", "è" …), past an adverb ("is now …"). */
function afterCopula(text: string, end: number, kind: CueKind, out: Finding[]): void {
  const value = valueAfterCopula(text, end, kind);
  if (!value) return;
  if (looksStated(text, value, kind)) return push(out, value);
  const words = value.quoted ? null : wordsPassphrase(text, value);
  if (words) push(out, words);
}

/** A word of a passphrase typed with spaces: letters only, no ending of a verb or an adverb ("stored", "using"). */
const PASSPHRASE_WORD = /^ (\p{L}{3,})(?=[\s.,;:!?)"'»”]|$)/u;
const VERB_OR_ADVERB_ENDING = /(?:ed|ing|ly|iert|ment|mente)$/u;
/** Words a passphrase of random words takes after a password's copula. */
const PASSPHRASE_WORDS = 4;

/**
 * Four words or more after a password's copula, none a function word nor a verb's or an adverb's form: a passphrase
 * typed with spaces ("unser wlan-passwort ist Leuchtturm Schaukel Kieselstein Fuchs und …", "la password del wifi è
 * lucertola biscotto biscotto scoiattolo e …"); "the password is stored encrypted using bcrypt" is a sentence.
 */
function wordsPassphrase(text: string, value: Value): Value | null {
  const first = text.slice(value.start, value.end);
  if (!/^\p{L}{3,}$/u.test(first) || FUNCTION_WORDS.has(first.toLowerCase()) || VERB_OR_ADVERB_ENDING.test(first)) return null;
  let end = value.end;
  let words = 1;
  for (let m = PASSPHRASE_WORD.exec(text.slice(end, end + 40)); m; m = PASSPHRASE_WORD.exec(text.slice(end, end + 40))) {
    const w = m[1]!;
    if (FUNCTION_WORDS.has(w.toLowerCase()) || VERB_OR_ADVERB_ENDING.test(w) || COMMON_WORDS.test(w)) break;
    end += m[0].length;
    if (++words === 8) break;
  }
  return words >= PASSPHRASE_WORDS ? { start: value.start, end, quoted: false } : null;
}

/** A preposition states a value only beside a verb of changing: before it, or right after the value ("auf X geändert"). */
function afterPreposition(text: string, end: number, kind: CueKind, verbSeen: boolean, out: Finding[]): boolean {
  const value = readValue(text, end, kind);
  if (!value || !looksStated(text, value, kind)) return false;
  if (!verbSeen && !CHANGE_VERB.test(nextWord(text, value.end).word)) return false;
  push(out, value);
  return true;
}

/** Reads what follows one cue: qualifying words, then the first connecting form, then the value. */
function statedAfterCue(text: string, cueStart: number, cueEnd: number, kind: CueKind, out: Finding[]): void {
  if (text.charAt(cueStart - 1) === ':') return; // a field list ("username:password:uid"), not a statement
  const adjacent = readValue(text, cueEnd, kind);
  if (adjacent && /^[ \t]/.test(text.charAt(cueEnd))) {
    // words or digits in quotes right after the cue are named by it ('use passphrase "alliance-cultivated-…"'); a
    // single word in quotes may be the term itself ("palabra clave «video»")
    const quotedWords = adjacent.quoted && /[-_. \d]/.test(text.slice(adjacent.start, adjacent.end));
    if (quotedWords ? looksStated(text, adjacent, kind) : looksStatedWithoutConnector(text, adjacent)) return push(out, adjacent);
  }
  let verbSeen = changeVerbBefore(text, cueStart);
  let p = cueEnd;
  for (let words = 0; words <= MAX_BRIDGE_WORDS; words++) {
    p = skipGap(text, p, BRIDGE_GAP);
    const symbol = /^(?::=|=>|->|[:=→：])/.exec(text.slice(p, p + 2));
    if (symbol) {
      const value = readValue(text, p + symbol[0].length, kind);
      if (value && looksStated(text, value, kind)) push(out, value);
      return;
    }
    const beforeFinalCopula = valueBeforeFinalCopula(text, p);
    if (beforeFinalCopula) return push(out, beforeFinalCopula);
    const { word, end } = wordAt(text, p);
    if (!word) {
      // spoken French puts a comma before its copula: "le mot de passe du wifi, c'est …"; a clause after a comma
      // may name it again by a pronoun: "the wifi password changed, it's now …", "…, es ist jetzt …"
      const aside = text[p] === ',' || text[p] === ';' ? valueInAside(text, p) : null;
      if (aside) return push(out, aside);
      if (text[p] === ',') {
        const next = nextWord(text, p + 1);
        if (SUBJECT_PRONOUN.has(next.word) && COPULA.has(nextWord(text, next.end).word)) {
          p = next.end; // the pronoun ("es ist": Spanish "es" is a copula too)
          continue;
        }
        if (COPULA.has(next.word)) {
          p++;
          continue;
        }
      }
      // An aside between commas ("my password, if you need it, is …") is stepped over once.
      ASIDE.lastIndex = p;
      if (words > 0 || !ASIDE.test(text)) return;
      p = ASIDE.lastIndex;
      continue;
    }
    const following = nextWord(text, end).word;
    if ((COPULA.has(word) && !CHANGE_VERB.test(following)) || (FUTURE.has(word) && following === 'be')) {
      return afterCopula(text, FUTURE.has(word) ? nextWord(text, end).end : end, kind, out);
    }
    if (PREPOSITION.has(word) && afterPreposition(text, end, kind, verbSeen, out)) return;
    if (CHANGE_VERB.test(word)) verbSeen = true;
    p = end;
  }
}

/**
 * The value as an aside after the cue's phrase, between commas or in parentheses after "the old one": "the old
 * password for the online account, GBoI4O0KjPYcE8h2C, was shared …", "… das Passwort ändern, das alte
 * (59HOLUNDER_3) hat sie …". Letters and digits both, as a password has, and no word, path or placeholder.
 */
const ASIDE_VALUE = new RegExp(
  String.raw`^[,;][ \t]*(?:(?:the |das |die |der |l['’]|le |la |el |il |het |de )?` +
    String.raw`(?:old|new|current|previous|alte|neue|aktuelle|bisherige|ancien(?:ne)?|nouveau|nouvelle|actuel(?:le)?|antigu[oa]|nuev[oa]|actual|vecchi[oa]|nuov[oa]|attuale|oude|nieuwe|huidige)` +
    String.raw`(?: one)?[ \t]+\(([^()\s]{6,64})\)|([^\s,()]{6,64}),)`,
  'iu',
);

function valueInAside(text: string, comma: number): Value | null {
  const m = ASIDE_VALUE.exec(text.slice(comma, comma + 100));
  const v = m?.[1] ?? m?.[2];
  if (!m || v === undefined) return null;
  if (!/\d/.test(v) || !/\p{L}/u.test(v) || isPlaceholder(v) || isCodeReference(v) || FILE_OR_PATH.test(v) || TECH_TERM.test(v))
    return null;
  if (m[2] !== undefined && !passwordShaped(v)) return null; // bare between commas: both cases and a digit or symbol
  const start = comma + m[0].lastIndexOf(v);
  return { start, end: start + v.length, quoted: false };
}

/** Copulas German and Dutch put last in a subordinate clause. */
const FINAL_COPULA = new Set(['ist', 'war', 'lautet', 'bleibt', 'is', 'was', 'wordt', 'blijft', 'luidt']);

/**
 * A value before a copula that ends its clause, as German and Dutch word a subordinate clause: "…, dass mein
 * Passwort überall citron_2015? ist", "omdat het wachtwoord nu Xy7#kL9p is." — only a value that cannot be a word.
 */
function valueBeforeFinalCopula(text: string, at: number): Value | null {
  const value = readValue(text, at, 'password');
  if (!value || value.quoted) return null;
  const copula = nextWord(text, value.end);
  if (!FINAL_COPULA.has(copula.word) || !/^[ \t]*(?:[.,;:!?)]|$)/.test(text.slice(copula.end, copula.end + 3))) return null;
  return looksStatedWithoutConnector(text, value) ? value : null;
}

/** An aside between commas, words only: "if you need it", "falls du es brauchst", "au cas où". */
const ASIDE = /,[\p{L}\s'’]{1,40},/uy;

/**
 * The value named before the cue, with "as" in the language and an article or possessive: "I use X as my
 * password", "uso X come password", "j'utilise X comme mot de passe", "ich nutze X als Passwort", "ik gebruik X
 * als wachtwoord", "uso X como contraseña".
 */
const VALUE_AS_CUE =
  /(?:^|[\s(])([^\s(]{4,80})[ \t]+(?:as|come|comme|als|como)[ \t]+(?:(?:my|the|a|an|our|mia|la|il|una|nostra|mon|ma|le|un|une|notre|mein|meine|meinen|das|ein|unser|mijn|het|een|ons|mi|el|nuestra)[ \t]+)?(?:(?:new|nuova|nuovo|nouveau|nouvel|nouvelle|neues|neue|neuen|nieuw|nieuwe|nueva|nuevo)[ \t]+)?$/i;

/** Words that may follow the cue when it ends what the value is used as ("… as my password for the VPN"). */
const AFTER_CUE_AS = new Set([
  'for',
  'für',
  'pour',
  'per',
  'voor',
  'para',
  'on',
  'auf',
  'sur',
  'su',
  'op',
  'en',
  'in',
  'bei',
  'at',
  'and',
  'und',
  'et',
  'e',
  'y',
]);

/** The cue ends the clause or a preposition follows it — not "password manager", "mot de passe oublié". */
function cueEndsPhrase(text: string, cueEnd: number): boolean {
  const { word } = nextWord(text, cueEnd);
  return word === '' ? !/^[ \t]*[\p{L}\p{N}]/u.test(text.slice(cueEnd, cueEnd + 3)) : AFTER_CUE_AS.has(word);
}

function statedBeforeCue(text: string, cueStart: number, cueEnd: number, kind: CueKind, out: Finding[]): void {
  if (!cueEndsPhrase(text, cueEnd)) return;
  const m = VALUE_AS_CUE.exec(text.slice(Math.max(0, cueStart - 120), cueStart));
  if (!m) return;
  const at = cueStart - m[0].length + m[0].indexOf(m[1]!);
  const value = readValue(text, at, kind);
  if (value && value.end <= at + m[1]!.length && looksStated(text, value, kind)) push(out, value);
}

/**
 * A login stated as its user name and password in one go: "Login: admin / yJ3Jg7lEy1m9", "Benutzer: ops, Kennwort
 * …" is the cue pass's. The password must look like one stated without a connecting word (a digit, mixed case or a
 * symbol); the user name is not labelled.
 */
const LOGIN_PAIR =
  /(?<![\p{L}\p{N}])(?:login|log-in|sign-in|user(?:name)?|benutzer(?:name)?|anmeldung|utilisateur|identifiant|usuario|utente|gebruiker(?:snaam)?)(?:[ \t]*[:=][ \t]*|[ \t]+)[^\s/:]{2,40}[ \t]*(?:\/|:|\|)[ \t]*/giu;
const MAY_HAVE_LOGIN_PAIR = /login|log-in|sign-in|user|benutzer|anmeldung|utilisateur|identifiant|usuario|utente|gebruiker/i;

function findLoginPairs(text: string, out: Finding[]): void {
  if (!MAY_HAVE_LOGIN_PAIR.test(text)) return;
  for (const m of text.matchAll(LOGIN_PAIR)) {
    const value = readValue(text, m.index + m[0].length, 'password');
    if (value && !value.quoted && looksStatedWithoutConnector(text, value)) push(out, value);
  }
}

/** Lines after a cue's own one where a reply may give its value, and the characters they may span. */
const REPLY_LINES = 3;
const REPLY_REACH = 240;
/** A chat turn's speaker before the reply ("xuyao.qian: ", "[10:02] Anna: "): dropped before the reply is read. */
const SPEAKER_PREFIX = /^[ \t]*(?:\[[^\]\n]{1,20}\][ \t]*)?(?:[\p{L}\p{N}._ -]{1,30}:[ \t]+)?/u;
/** The pronoun a reply may open with before its copula ("it is now …", "es ist …", "het is …"). */
const REPLY_PRONOUN = new Set(['it', 'its', 'es', 'das', 'het', 'dat', 'lo']);

/**
 * A password asked for or named in one chat message and given in one of the next — the next lines ("kann jemand das
 * Passwort zurücksetzen?" then "xuyao.qian: ist jetzt H&IqVGxCWEw%z"), or the next messages of an export's JSON
 * (`{"text":"who has the staging db password?"},{"user":"…","text":"it's FSWX-5372-xjcnw — …"}`). The reply opens
 * with a copula (after a pronoun, past an adverb), or, when the message asked for it, with the value itself; only a
 * value no word or name could be counts: mixed case with a digit or a symbol.
 */
function answeredOnNextLines(text: string, cueEnd: number, kind: CueKind, out: Finding[]): void {
  if (kind !== 'password') return;
  for (const start of replyStarts(text, cueEnd)) {
    let word = wordAt(text, start);
    if (!COPULA.has(word.word) && REPLY_PRONOUN.has(word.word)) word = nextWord(text, word.end);
    const asked = text.slice(cueEnd, start).includes('?');
    const value = COPULA.has(word.word) ? valueAfterCopula(text, word.end, kind) : asked ? readValue(text, start, kind) : null;
    if (value && !value.quoted && passwordShaped(text.slice(value.start, value.end))) return push(out, value);
  }
}

/** A JSON chat export's message text: `"text":"`. */
const MESSAGE_TEXT_RE = /"text"[ \t]*:[ \t]*"/gu;

/** Where the next messages after a cue start: the next lines (past a speaker), or the next JSON messages' texts. */
function replyStarts(text: string, cueEnd: number): number[] {
  const limit = Math.min(text.length, cueEnd + REPLY_REACH);
  const starts: number[] = [];
  let lineEnd = text.indexOf('\n', cueEnd);
  for (let line = 0; line < REPLY_LINES && lineEnd >= 0 && lineEnd < limit; line++) {
    const start = lineEnd + 1;
    lineEnd = text.indexOf('\n', start);
    starts.push(start + SPEAKER_PREFIX.exec(text.slice(start, start + 48))![0].length);
  }
  MESSAGE_TEXT_RE.lastIndex = cueEnd;
  for (let m = MESSAGE_TEXT_RE.exec(text); m && m.index < limit && starts.length < 2 * REPLY_LINES; m = MESSAGE_TEXT_RE.exec(text))
    starts.push(m.index + m[0].length);
  return starts.sort((a, b) => a - b);
}

/**
 * Eight characters or more, no space, mixed case, and a digit or a symbol other than an identifier's joiners:
 * "H&IqVGxCWEw%z", "snw973#Wanderweg" — not "ServiceDesk-Portal".
 */
function passwordShaped(v: string): boolean {
  if (v.length < 8 || /\s/.test(v) || !/[a-z]/.test(v) || !/[A-Z]/.test(v) || isPlaceholder(v)) return false;
  return /\d/.test(v) || /[^\w.-]/.test(v);
}

/** How far the sentence after a cue's and the quote in it are looked for. */
const NEXT_SENTENCE_REACH = 160;
const SENTENCE_END = /[.!?;](?:[ \t]|$)/u;
/** Words of a passphrase that far from its cue: a compound of three ("Brute-Force-Methoden") is a term as often. */
const NEXT_SENTENCE_PASSPHRASE_WORDS = 4;

/**
 * A value in quotes in the sentence after the cue's, where that sentence says what the password was ("… forgot the
 * passphrase of her backup disk. She thinks it was "meadow-copper-pepper-harbour""): only random words joined
 * by separators (four or more), or letters of both cases with a digit or a symbol — a quoted phrase of prose is no password.
 */
function quotedInNextSentence(text: string, cueEnd: number, kind: CueKind, out: Finding[]): void {
  const rest = text.slice(cueEnd, cueEnd + NEXT_SENTENCE_REACH);
  const end = SENTENCE_END.exec(rest);
  if (!end || rest.slice(0, end.index).includes('\n')) return;
  const next = rest.slice(end.index + 1);
  const open = next.search(/(?<![\p{L}\p{N}])["'«“„‘]/u); // not the apostrophe of "c'était"
  if (open < 0 || next.slice(0, open).includes('\n') || SENTENCE_END.test(next.slice(0, open))) return;
  const value = quotedValue(text, cueEnd + end.index + 1 + open);
  if (!value) return;
  const v = text.slice(value.start, value.end);
  // words a space joins are a passphrase in lower case only: a button's or a menu's label is capitalised
  const words = /[-_.]/.test(v) || (v.includes(' ') && v === v.toLowerCase());
  const shaped = (words && WORD_SEQUENCE.test(v) && isPassphrase(v, NEXT_SENTENCE_PASSPHRASE_WORDS)) || passwordShaped(v);
  if (shaped && looksStated(text, value, kind)) push(out, value);
}

/** Passwords, passphrases and PINs stated in prose: each cue word, then what it says the value is. */
export function findPasswordsInProse(text: string, out: Finding[]): void {
  CUE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CUE.exec(text))) {
    if (!cueBounded(text, m.index, m.index + m[0].length)) continue;
    const kind = cueKind(m[0]);
    const found = out.length;
    statedBeforeCue(text, m.index, m.index + m[0].length, kind, out);
    statedAfterCue(text, m.index, m.index + m[0].length, kind, out);
    if (out.length === found) answeredOnNextLines(text, m.index + m[0].length, kind, out);
    if (out.length === found && kind !== 'pin') quotedInNextSentence(text, m.index + m[0].length, kind, out);
  }
  findLoginPairs(text, out);
}
