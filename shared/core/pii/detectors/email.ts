// EMAIL: e-mail addresses as written, and obfuscated forms in en/de/fr/es/it/nl
// ("anna dot berg at example dot org", "anna [at] example [dot] org", "anna(at)example.org",
// "anna arroba example punto com", "mario chiocciola libero punto it", "jan apenstaartje ziggo punt nl").
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
/** A dot: literal, bracketed or spaced word. Group 1 is set for an obfuscated (non-literal) dot. */
const DOT = `(?:(\\s*[\\[({<]\\s*(?:${DOT_WORDS}|\\.)\\s*[\\])}>]\\s*|\\s+(?:${DOT_WORDS})\\s+)|\\.)`;
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
  `(?:\\b(?:${AT_WORDS})\\b|@)(?=[\\s\\])}>]*[a-z0-9\\u00c0-\\u024f][a-z0-9\\u00c0-\\u024f-]*(?:\\.|[\\s\\[({<]+(?:${DOT_WORDS}|\\.)))`,
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

function obfuscatedEmails(text: string, out: Finding[]): void {
  AT_SCAN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = AT_SCAN_RE.exec(text)) !== null) {
    const tokStart = m.index;
    const tokEnd = tokStart + m[0].length;
    const atTok = m[0].toLowerCase();
    let ls = tokStart;
    while (ls > 0 && isSpace(text.charCodeAt(ls - 1))) ls--;
    let r = tokEnd;
    while (r < text.length && isSpace(text.charCodeAt(r))) r++;
    const open = ls > 0 ? OPEN.indexOf(text[ls - 1]!) : -1;
    let atStart: number;
    let atEnd: number;
    let bare = false;
    let bracketed = false;
    if (open >= 0 && text[r] === CLOSE[open]) {
      bracketed = true;
      // "[at]", "( at )", "{@}", "<at>"
      atStart = ls - 1;
      atEnd = r + 1;
      while (atStart > 0 && isSpace(text.charCodeAt(atStart - 1))) atStart--;
      while (atEnd < text.length && isSpace(text.charCodeAt(atEnd))) atEnd++;
    } else if (ls < tokStart && r > tokEnd) {
      // " at ", " arroba ", " @ "
      atStart = ls;
      atEnd = r;
    } else if (atTok === '@' && ls === tokStart && r === tokEnd) {
      atStart = tokStart;
      atEnd = tokEnd;
      bare = true;
    } else continue;
    OBF_DOMAIN_RE.lastIndex = atEnd;
    const d = OBF_DOMAIN_RE.exec(text);
    if (!d) continue;
    // A bare '@' only gets here when the literal pass missed it: it needs a spelled-out dot (anna@example[dot]org).
    if (bare && !hasSpelledDot(d[0])) continue;
    // Trim labels from the end until the last one is a known TLD.
    let dom = d[0];
    let tldOk = false;
    for (;;) {
      const split = lastDot(dom);
      if (!split) break;
      if (TLDS.has(dom.slice(split.end).toLowerCase())) {
        tldOk = true;
        break;
      }
      dom = dom.slice(0, split.start);
    }
    // "x @ domain.tld": a spaced '@' before a literal domain is an address whatever its (alphabetic) TLD.
    if (!tldOk && atTok === '@' && !bare && /^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,24}$/u.test(d[0])) {
      const tld = d[0].slice(d[0].lastIndexOf('.') + 1).toLowerCase();
      if (!FILE_EXT.has(tld)) {
        dom = d[0];
        tldOk = true;
      }
    }
    if (!tldOk) continue;
    const before = text.slice(Math.max(0, atStart - 80), atStart);
    const l = OBF_LOCAL_RE.exec(before);
    if (!l) continue;
    const local = l[0];
    if (!/\p{L}/u.test(local)) continue;
    const start = atStart - local.length;
    const end = atEnd + dom.length;
    // Evidence that this is an address, not prose ("hosted at example.org"): an unambiguous at-token
    // (bracketed, or a word only used for '@'), a spelled-out dot, or an e-mail word just before.
    // " @ " with spaces is as unambiguous as "[at]"; only the plain word "at" also occurs in prose.
    const plainAt = atTok === 'at' && !bracketed;
    if (bare && !hasSpelledDot(dom)) continue;
    // A mailbox-like local part (anna.berg, a_berg, berg77) makes "anna.berg at example.org" an address too.
    if (plainAt && !hasSpelledDot(dom) && !hasSpelledDot(local) && !/[._\d]/.test(local)) {
      if (!EMAIL_CONTEXT_RE.test(text.slice(Math.max(0, start - 24), start))) continue;
    }
    // The local part of a plain-prose "at" must look like a mailbox, not a sentence word.
    if (/^(?:me|us|him|her|them|it|you|look|looking|arrive|arrived|is|are|was|be|stay|work|works|worked|live|lives|meet)$/i.test(local))
      continue;
    out.push({ type: 'EMAIL', start, end, score: plainAt ? 0.8 : 0.9, detector: NAME });
    AT_SCAN_RE.lastIndex = end;
  }
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
