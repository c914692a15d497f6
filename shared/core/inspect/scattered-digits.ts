// Numbers a reader still takes whole though they are not written apart from other text. Two readings, each with
// the words around the number, for the detectors to decide:
//   gluedNumbers          a number glued into a path, a file name or its cue word ("/hosts/81.169.145.67/ping",
//                         "scan_434-28-2453.pdf", "ssn434282453"), where the detectors, made to label what a person
//                         wrote as a value, stand back: set apart;
//   scatteredCardNumbers  a card number whose groups have words between them ("4539 then 1488 then 0343 then 6467",
//                         "first half 4539 1488 (rest follows)" + "rest: 0343 6467" over two messages) or that is
//                         glued to letters ("card4539148803436467exp0927"): its digits together, when they make a
//                         Luhn-valid number of a card network's length and prefix. The check digit, not a word list,
//                         keeps ordinary numbers out: nine in ten digit strings fail it.
// Pure.
import { luhn } from '../pii/checksums.ts';
import { plausibleIssuer } from '../pii/detectors/cards.ts';
import { allMatches } from '../pii/regex-matches.ts';
import { inItsWords } from './context.ts';

/** Shorter numbers (a 13-digit Visa) are most often product codes (EAN-13). */
const MIN_DIGITS = 14;
const MAX_DIGITS = 19;
/**
 * Between two groups of one number: its separator (`4539-1488`, `4539 – 1488`, `4539.1488`), or up to four words as
 * prose writes them, blanks between them and a sentence's punctuation at their ends ("then", ", dann", "(rest
 * follows) the rest:"). No quote, brace, semicolon or other digit, no word glued to a comma, as between the fields
 * of a record ("E45857,Andrée Marchand,2 76 …"); no capital alone, as in drawing commands ("10.38 L 31.40").
 */
const SEPARATOR_GAP = /^[ \-–—]{1,3}$/;
const WORDS_GAP = /^[,:()[\]!?.\-–—…]*\s+(?:(?:[([]?(?:\p{L}{2,}|\p{Ll})|[,:\-–—…])[,:()[\]!?.\-–—…]*\s+){1,4}[-–—]?$/u;
/**
 * A group shorter than this is a piece of a split: a number has one, or two side by side with words between them (a
 * group split in two); a list of quantities has many.
 */
const SHORT_GROUP = 3;
const isShort = (g: { start: number; end: number }) => g.end - g.start < SHORT_GROUP;
const MAX_GAP = 48;
/** A hash, a UUID or a hex key: its digit runs are no number's groups. */
const HEX_TOKEN = /(?<![\w-])[0-9a-fA-F-]{16,}(?![\w-])/g;
const HEX_LETTER = /[a-fA-F]/;
/**
 * A number glued into a path or a file name ("/hosts/81.169.145.67/ping", "scan_434-28-2453.pdf"), or to its cue
 * word ("ssn434282453"): six characters or more, digits with dots or dashes inside. A slash between numbers is a
 * mask ("10.0.0.0/8", "192.168.0.0/255.255.255.0"), and a number between capitals is a code of its own
 * ("VJ631967585DE").
 */
const NUMBER = '(?:\\+?\\d|\\(\\d{2,5}\\) ?\\d)[\\d.-]{4,}\\d(?!\\d|[.-]\\d)'; // a bracketed area code first: "(977) 359-2884"
const GLUED_LEFT = '(?<=[_\\p{Ll}]|(?<![\\d.])/)';
const GLUED_RIGHT = '(?=_|/(?![\\d.]))';
/** An IPv6 address as a path's segment or in a file name ("/hosts/fe80::4014:6d04:878d:eaf9/ping"). */
const IPV6_SEGMENT = '(?<=[/_])[0-9a-fA-F]{0,4}(?::{1,2}[0-9a-fA-F]{1,4}){2,7}(?=[/_])';
const GLUED_NUMBER = new RegExp(
  `${GLUED_LEFT}${NUMBER}(?:${GLUED_RIGHT}|(?![\\p{L}\\p{N}/_]))|(?<![\\p{L}\\p{N}+.-])${NUMBER}${GLUED_RIGHT}|${IPV6_SEGMENT}`,
  'gu',
);
/** A cheap first test (no Unicode classes): a digit glued to a lower-case letter, `_` or `/`, or a path's colon. */
const MAY_HAVE_GLUED_NUMBER = /\d(?<=[a-z\u00df-\u00ff_/][+(]?\d)|\d[_/]|[/_][0-9a-fA-F]{0,4}:/; // a digit first: the faster search
/** A card number glued to letters on either side ("card4539148803436467exp0927"): its check digit decides. */
const GLUE = /\p{L}/u;

interface Group {
  start: number;
  end: number;
}

/**
 * The readings of `s` that put a number glued into a longer token in the token's place, with the words around it
 * (the path's own words, "account", "order", would read as the number's).
 */
export function gluedNumbers(s: string): string[] {
  if (!MAY_HAVE_GLUED_NUMBER.test(s)) return [];
  let inHex: ((at: number) => boolean) | undefined;
  const out: string[] = [];
  for (const m of allMatches(s, GLUED_NUMBER)) {
    if ((inHex ??= hexTokens(s))(m.index)) continue;
    let start = m.index;
    let end = start + m[0].length;
    while (start > 0 && !/\s/.test(s[start - 1]!)) start--;
    while (end < s.length && !/\s/.test(s[end]!)) end++;
    while (end > m.index + m[0].length && /[.,;:!?)\]]/.test(s[end - 1]!)) end--; // the sentence's punctuation after it stays
    // glued to its cue word ("ssn434282453"): set apart from it; in a path or a file name: in its place
    const token = s.slice(start, end);
    const number = /[/_]/.test(token) ? m[0] : token.replace(m[0], ` ${m[0]} `);
    out.push(inItsWords(s, start, end, number));
  }
  return out;
}

/** The readings of `s` that set a scattered card number's groups apart, with their cue words. */
export function scatteredCardNumbers(s: string): string[] {
  const groups = digitGroups(s);
  if (groups.reduce((n, g) => n + g.end - g.start, 0) < MIN_DIGITS) return [];
  // what sets group j - 1 and group j apart, at [j]: read once (each chain tried would read the same gaps again)
  const gapBefore = groups.map((g, j) => (j > 0 ? gapKind(s, groups[j - 1]!, g) : undefined));
  // (a number is read only with words between its groups, or alone and glued to letters)
  if (!gapBefore.includes('words') && !groups.some((g) => g.end - g.start >= MIN_DIGITS)) return [];
  let inHex: ((at: number) => boolean) | undefined;
  const out: string[] = [];
  for (let i = 0; i < groups.length; i++) {
    let digitCount = 0; // of groups i … j (their digits are joined only for a chain that may be a card number)
    let wordsBetween = false;
    let shortGroups = 0;
    for (let j = i; j < groups.length && digitCount < MAX_DIGITS; j++) {
      if (j > i) {
        const gap = gapBefore[j];
        if (!gap) break;
        wordsBetween ||= gap === 'words';
      }
      // one group split by the words leaves two short pieces side by side ("5398 67 (rest follows)" + "49 9072 …")
      if (groups[j]!.end - groups[j]!.start < SHORT_GROUP) {
        const splitPiece = shortGroups === 1 && j > i && isShort(groups[j - 1]!) && gapBefore[j] === 'words';
        if (++shortGroups > 1 && !(shortGroups === 2 && splitPiece)) break;
      }
      digitCount += groups[j]!.end - groups[j]!.start;
      // a number written whole or in its own groups is the card detector's, unless glued to letters
      if (!wordsBetween && !(j === i && digitCount >= MIN_DIGITS && isGlued(s, groups[i]!))) continue;
      if (digitCount < MIN_DIGITS || digitCount > MAX_DIGITS) continue;
      const chain = groups.slice(i, j + 1);
      const digits = chain.map((g) => s.slice(g.start, g.end)).join('');
      if (!plausibleIssuer(digits) || !luhn(digits)) continue;
      // a hash's or a UUID's digit runs are no number's groups (looked for only now: it is rare to get here)
      inHex ??= hexTokens(s);
      if (!chain.some((g) => inHex!(g.start))) out.push(withWordsAround(s, chain));
    }
  }
  return out;
}

/**
 * The runs of digits of `s`: found by a pattern's test (which makes no match object per run; tables have hundreds)
 * and faster than a loop over every character; each run's start read back from its end.
 */
function digitGroups(s: string): Group[] {
  const groups: Group[] = [];
  DIGIT_RUN.lastIndex = 0;
  while (DIGIT_RUN.test(s)) {
    const end = DIGIT_RUN.lastIndex;
    let start = end - 1;
    while (start > 0 && isDigitCode(s.charCodeAt(start - 1))) start--;
    groups.push({ start, end });
  }
  return groups;
}

const DIGIT_RUN = /\d+/g;

const isDigitCode = (c: number) => c >= 48 && c <= 57;

/** Whether an offset lies in a hash, a UUID or a hex key (a token of hex digits and dashes, with letters). */
function hexTokens(s: string): (at: number) => boolean {
  const tokens = allMatches(s, HEX_TOKEN).filter((m) => HEX_LETTER.test(m[0]));
  return (at) => {
    // the last token starting at or before `at` (binary search: a text may hold many)
    let lo = 0;
    let hi = tokens.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (tokens[mid]!.index <= at) lo = mid + 1;
      else hi = mid - 1;
    }
    const t = tokens[hi];
    return t !== undefined && at < t.index + t[0].length;
  };
}

function isGlued(s: string, g: Group): boolean {
  return GLUE.test(s[g.start - 1] ?? ' ') || GLUE.test(s[g.end] ?? ' ');
}

type Gap = 'separator' | 'words';

/** What sets two groups of one number apart, if they can be: its separator, or words. */
function gapKind(s: string, before: Group, after: Group): Gap | undefined {
  const gap = s.slice(before.end, after.start);
  if (SEPARATOR_GAP.test(gap)) return 'separator';
  // a dot between groups of four, not a decimal point
  if (gap === '.') return before.end - before.start === 4 && after.end - after.start === 4 ? 'separator' : undefined;
  return gap.length <= MAX_GAP && WORDS_GAP.test(gap) ? 'words' : undefined;
}

function withWordsAround(s: string, groups: readonly Group[]): string {
  const first = groups[0]!.start;
  const last = groups[groups.length - 1]!.end;
  const number = groups.map((g) => s.slice(g.start, g.end)).join(' ');
  return inItsWords(s, first, last, ` ${number} `).trim();
}
