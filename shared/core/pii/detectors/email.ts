// EMAIL: e-mail addresses as written, and obfuscated forms in en/de/fr/es/it/nl
// ("anna dot berg at example dot org", "anna [at] example [dot] org", "anna(at)example.org",
// "anna arroba example punto com", "mario chiocciola libero punto it", "jan apenstaartje ziggo punt nl", "ät").
// Not labelled: @mentions and package scopes (no local part), `pkg@1.2.3` (no alphabetic TLD), image
// names like `logo@2x.png`, and the userinfo of a URL (`postgres://user:pw@host` is a connection string,
// which the SECRET detector reports as one span when it carries a password).
import type { Detector, Finding } from '../types.ts';
import { isAsciiWordChar, isLatinLetter } from '../chars.ts';

const NAME = 'email';

// ---------------------------------------------------------------------------------------------------
// Literal addresses: find each '@', scan the local part backwards by hand (no regex backtracking over
// prose), then match the domain with a sticky regex.

/** Domain after '@': labels separated by dots, ending in an alphabetic TLD (≥ 2 letters); or localhost. */
const DOMAIN_RE =
  /(?:(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,62}[\p{L}\p{N}])?\.)+(\p{L}(?:[\p{L}-]*\p{L}))|(localhost))(?![\p{L}\p{N}_-]|\.[\p{L}\p{N}])/uy;

/** Extensions that make `name@2x.png`-style strings file names, not addresses. */
const FILE_EXT = new Set([
  'png',
  'jpg',
  'jpeg',
  'gif',
  'svg',
  'webp',
  'ico',
  'bmp',
  'tif',
  'tiff',
  'avif',
  'heic',
  'css',
  'scss',
  'js',
  'mjs',
  'cjs',
  'jsx',
  'ts',
  'tsx',
  'json',
  'yaml',
  'yml',
  'toml',
  'lock',
  'txt',
  'pdf',
  'html',
  'htm',
  'xml',
  'csv',
  'log',
  'map',
  'wasm',
  'zip',
  'gz',
  'tgz',
  'mp3',
  'mp4',
  'wav',
  'woff',
  'woff2',
  'ttf',
  'otf',
]);

/** A character of an address's local part: A-Z a-z 0-9 . _ % + - and Latin letters (internationalised local parts). */
function isLocalChar(c: number): boolean {
  return isAsciiWordChar(c) || c === 46 || c === 37 || c === 43 || c === 45 || isLatinLetter(c);
}

function literalEmails(text: string, out: Finding[]): void {
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) literalAt(text, at, 1, out);
  // URL-encoded '@' in query strings and logs: ?email=anna.berg%40example.org
  for (let at = text.indexOf('%40'); at >= 0; at = text.indexOf('%40', at + 3)) literalAt(text, at, 3, out);
  // full-width '＠' (East Asian input methods, copy-paste from PDFs)
  for (let at = text.indexOf('\uff20'); at >= 0; at = text.indexOf('\uff20', at + 1)) literalAt(text, at, 1, out);
}

function literalAt(text: string, at: number, atLen: number, out: Finding[]): void {
  let s = at;
  while (s > 0 && isLocalChar(text.charCodeAt(s - 1)) && at - s < 64) s--;
  // no leading dot/dash in the local part ("...anna@x" in prose)
  while (s < at && (text.charCodeAt(s) === 46 || text.charCodeAt(s) === 45)) s++;
  if (s >= at || text.charCodeAt(at - 1) === 46) return;
  DOMAIN_RE.lastIndex = at + atLen;
  const m = DOMAIN_RE.exec(text);
  if (!m) return;
  const end = at + atLen + m[0].length;
  const tld = m[1]?.toLowerCase();
  if (tld !== undefined && FILE_EXT.has(tld)) return;
  if (isUrlUserinfo(text, s) || isSshPrompt(text, end)) return;
  // `this@MainActivity.finish()`: a qualified call in code, not an address
  if (text.charCodeAt(end) === 40 /* ( */) return;
  out.push({ type: 'EMAIL', start: s, end, score: 0.99, detector: NAME });
}

/** `scheme://user:pw@host`, `scheme://user@host`: the part before '@' is URL userinfo, not an address. */
function isUrlUserinfo(text: string, localStart: number): boolean {
  const p = text.charCodeAt(localStart - 1);
  if (p !== 58 /* : */ && p !== 47 /* / */) return false;
  // walk back over the token (no whitespace/quotes) looking for "://"
  for (let i = localStart - 1, n = 0; i >= 2 && n < 200; i--, n++) {
    const c = text.charCodeAt(i);
    if (c <= 32 || c === 34 || c === 39 || c === 60 || c === 96) return false;
    if (c === 47 && text.charCodeAt(i - 1) === 47 && text.charCodeAt(i - 2) === 58) return true;
  }
  return false;
}

/**
 * `user@host:~$` shell prompts and scp/git remotes (`git@github.com:org/repo.git`, `deploy@web1:/srv`)
 * name a login on a host, not a mailbox.
 */
function isSshPrompt(text: string, end: number): boolean {
  if (text.charCodeAt(end) !== 58 /* : */) return false;
  const c = text.charCodeAt(end + 1);
  if (c === 47 /* / */) return text.charCodeAt(end + 2) !== 47; // not "://"
  return c === 126 /* ~ */ || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 46;
}

// ---------------------------------------------------------------------------------------------------
// Obfuscated addresses. Find an "at" token, parse the domain forwards (labels joined by dot tokens,
// ending in a known TLD), then the local part backwards.

const AT_WORDS = 'at|arroba|chiocciolina|chiocciola|arobase|arobas|apenstaartje|apenstaart|klammeraffe';
const DOT_WORDS = 'dot|punkt|point|punto|punt';
/** A dot: literal, bracketed, a spaced word or a spaced '.'. Group 1 is set for an obfuscated (non-literal) dot. */
const DOT = `(?:(\\s*[\\[({<]\\s*(?:${DOT_WORDS}|\\.)\\s*[\\])}>]\\s*|\\s+(?:${DOT_WORDS}|\\.)\\s+)|\\.)`;
const LABEL = '[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,62}[\\p{L}\\p{N}])?';
/** Domain after the "at": label (dot label)+, sticky. */
const OBF_DOMAIN_RE = new RegExp(`${LABEL}(?:${DOT}${LABEL}){1,5}`, 'iuy');
/** Local part before the "at": local-chars words joined by dots (literal or spelled), anchored at the end. */
const LOCAL_WORD = "[\\p{L}\\p{N}_%+'-]+";
const OBF_LOCAL_RE = new RegExp(`(?<![\\p{L}\\p{N}._%+-])${LOCAL_WORD}(?:${DOT}${LOCAL_WORD}){0,4}$`, 'iu');
/**
 * Scan for an "at" token (a word for '@', or '@' itself) followed by the start of a domain — a label, then
 * a literal dot or a spelled/bracketed one. ASCII-only classes and no `u` flag keep this scan cheap; the
 * brackets and spaces around the token are checked by hand.
 */
const AT_SCAN_RE = new RegExp(
  `(?:\\b(?:${AT_WORDS})\\b|(?<![a-z\\u00c0-\\u024f])ät(?![a-z\\u00c0-\\u024f])|@)(?=[\\s\\])}>]*[a-z0-9\\u00c0-\\u024f][a-z0-9\\u00c0-\\u024f-]*(?:\\.|[\\s\\[({<]+(?:${DOT_WORDS}|\\.)))`,
  'gi',
);

const TLDS = new Set([
  'com',
  'org',
  'net',
  'edu',
  'gov',
  'mil',
  'int',
  'info',
  'biz',
  'io',
  'co',
  'me',
  'eu',
  'uk',
  'de',
  'fr',
  'es',
  'it',
  'nl',
  'be',
  'at',
  'ch',
  'lu',
  'li',
  'pt',
  'ie',
  'dk',
  'se',
  'no',
  'fi',
  'pl',
  'cz',
  'sk',
  'hu',
  'ro',
  'gr',
  'bg',
  'hr',
  'si',
  'ee',
  'lv',
  'lt',
  'ru',
  'ua',
  'tr',
  'us',
  'ca',
  'mx',
  'br',
  'ar',
  'cl',
  'pe',
  'au',
  'nz',
  'in',
  'jp',
  'cn',
  'kr',
  'za',
  'ai',
  'app',
  'dev',
  'tech',
  'online',
  'email',
  'mail',
  'cat',
  'eus',
  'gal',
  'ma',
  'tn',
  'dz',
  'sn',
  'ci',
  'cm',
  'tv',
  'cc',
  'xyz',
  'name',
  'pro',
  'mobi',
  'ac',
]);

/** Words that say "this is an e-mail" just before a spelled-out address. */
const EMAIL_CONTEXT_RE =
  /\b(?:e-?mail|mail|courriel|correo|posta|contact|kontakt|contacto|contatto|write|schreib|écri|escrib|scriv|reach|mailen|adres)/i;

const OPEN = '[({<';
const CLOSE = '])}>';

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0;
}

/** An at-token as written ("[at]", " arroba ", " @ ", a bare '@'), with the blanks and brackets around it. */
interface AtToken {
  /** The token itself, lower case: "at", "@", "arroba" … */
  word: string;
  start: number;
  end: number;
  /** A bare '@' with nothing around it (the literal pass missed the address). */
  bare: boolean;
  bracketed: boolean;
}

function obfuscatedEmails(text: string, out: Finding[]): void {
  AT_SCAN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = AT_SCAN_RE.exec(text)) !== null) {
    const at = atToken(text, m.index, m.index + m[0].length, m[0].toLowerCase());
    if (!at) continue;
    OBF_DOMAIN_RE.lastIndex = at.end;
    const d = OBF_DOMAIN_RE.exec(text);
    if (!d) continue;
    // A bare '@' only gets here when the literal pass missed it: it needs a spelled-out dot (anna@example[dot]org).
    if (at.bare && !hasSpelledDot(d[0])) continue;
    const dom = domainWithTld(d[0], at);
    if (dom === undefined) continue;
    const l = OBF_LOCAL_RE.exec(text.slice(Math.max(0, at.start - 80), at.start));
    if (!l) continue;
    const local = l[0];
    if (!/\p{L}/u.test(local)) continue;
    const start = at.start - local.length;
    const end = at.end + dom.length;
    // " @ " with spaces is as unambiguous as "[at]"; only the plain word "at" also occurs in prose.
    const plainAt = at.word === 'at' && !at.bracketed;
    if (!isAddressEvidence(text, at, local, dom, start)) continue;
    out.push({ type: 'EMAIL', start, end, score: plainAt ? 0.8 : 0.9, detector: NAME });
    AT_SCAN_RE.lastIndex = end;
  }
}

/** The at-token at `text[tokStart, tokEnd)` with what surrounds it, or null if it is not written as one. */
function atToken(text: string, tokStart: number, tokEnd: number, word: string): AtToken | null {
  let ls = tokStart;
  while (ls > 0 && isSpace(text.charCodeAt(ls - 1))) ls--;
  let r = tokEnd;
  while (r < text.length && isSpace(text.charCodeAt(r))) r++;
  const open = ls > 0 ? OPEN.indexOf(text[ls - 1]!) : -1;
  if (open >= 0 && text[r] === CLOSE[open]) {
    // "[at]", "( at )", "{@}", "<at>"
    let start = ls - 1;
    let end = r + 1;
    while (start > 0 && isSpace(text.charCodeAt(start - 1))) start--;
    while (end < text.length && isSpace(text.charCodeAt(end))) end++;
    return { word, start, end, bare: false, bracketed: true };
  }
  // " at ", " arroba ", " @ "
  if (ls < tokStart && r > tokEnd) return { word, start: ls, end: r, bare: false, bracketed: false };
  if (word === '@' && ls === tokStart && r === tokEnd) return { word, start: tokStart, end: tokEnd, bare: true, bracketed: false };
  return null;
}

/** The domain up to its last known TLD (labels trimmed from the end), or undefined if it has none. */
function domainWithTld(domain: string, at: AtToken): string | undefined {
  let dom = domain;
  for (;;) {
    const split = lastDot(dom);
    if (!split) break;
    if (TLDS.has(dom.slice(split.end).toLowerCase())) return dom;
    dom = dom.slice(0, split.start);
  }
  // "x @ domain.tld": a spaced '@' before a literal domain is an address whatever its (alphabetic) TLD.
  if (at.word === '@' && !at.bare && /^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,24}$/u.test(domain)) {
    const tld = domain.slice(domain.lastIndexOf('.') + 1).toLowerCase();
    if (!FILE_EXT.has(tld)) return domain;
  }
  return undefined;
}

/**
 * Evidence that this is an address, not prose ("hosted at example.org"): an unambiguous at-token (bracketed,
 * or a word only used for '@'), a spelled-out dot, or an e-mail word just before.
 */
function isAddressEvidence(text: string, at: AtToken, local: string, dom: string, start: number): boolean {
  const plainAt = at.word === 'at' && !at.bracketed;
  if (at.bare && !hasSpelledDot(dom)) return false;
  // A mailbox-like local part (anna.berg, a_berg, berg77) makes "anna.berg at example.org" an address too.
  if (plainAt && !hasSpelledDot(dom) && !hasSpelledDot(local) && !/[._\d]/.test(local)) {
    if (!EMAIL_CONTEXT_RE.test(text.slice(Math.max(0, start - 24), start))) return false;
  }
  // The local part of a plain-prose "at" must look like a mailbox, not a sentence word.
  return !/^(?:me|us|him|her|them|it|you|look|looking|arrive|arrived|is|are|was|be|stay|work|works|worked|live|lives|meet)$/i.test(local);
}

const SPELLED_DOT_RE = new RegExp(`\\s*[\\[({<]\\s*(?:${DOT_WORDS}|\\.)\\s*[\\])}>]\\s*|\\s+(?:${DOT_WORDS})\\s+`, 'iu');
function hasSpelledDot(s: string): boolean {
  return SPELLED_DOT_RE.test(s);
}

/** The last dot token in an obfuscated domain: its start and end offsets. */
const DOT_G_RE = new RegExp(DOT, 'giu');
function lastDot(s: string): { start: number; end: number } | null {
  DOT_G_RE.lastIndex = 0;
  let last: { start: number; end: number } | null = null;
  let m: RegExpExecArray | null;
  while ((m = DOT_G_RE.exec(s)) !== null) {
    last = { start: m.index, end: m.index + m[0].length };
  }
  return last;
}

export const emailDetector: Detector = {
  name: NAME,
  types: ['EMAIL'],
  detect(text: string): Finding[] {
    const out: Finding[] = [];
    literalEmails(text, out);
    const obf: Finding[] = [];
    obfuscatedEmails(text, obf);
    for (const f of obf) if (!out.some((o) => f.start < o.end && o.start < f.end)) out.push(f);
    return out;
  },
};
