// Scan what you forward: the whole JSON body a target will receive → the PII types in it and the kinds of
// content in it that could not be read. The one scanner of the product: the edge's inspection, the cloud
// handlers' check of the exact payload they send on, the on-prem node's audit and the CLI all call it.
//
//   walk        every string and key of the body, in document order; unreadable content named (walk.ts)
//   normalize   each text as a reader would understand it (normalize.ts); what hides a text inside it
//               (base64 / hex runs, markup, right-to-left overrides, variation-selector bytes) decoded and
//               scanned as texts of their own, recursively; long runs of unreadable bytes are `binary`
//   coverage    text in scripts the detectors do not cover is `uncovered_script` (coverage.ts)
//   detect      the rule-based detectors, once, over
//                 - every text and every hidden reading, one per line ("per text"), and
//                 - the conversation's texts (walk.ts) glued across each boundary between two of them —
//                   with nothing, and with a space where both sides end in a letter or digit — one boundary
//                   at a time (and two, around a short middle piece), in windows around it; so a value split
//                   over two messages or two content parts is seen whole, and the text after it does not
//                   run into it;
//               long texts are scanned one by one, short ones and the glued views together (a detector call
//               has a fixed cost that would otherwise be paid per view).
// Pure and synchronous; the types are names only, never values.
import { scanText } from '../pii/detect.ts';
import { PII_TYPES, type PiiType } from '../pii/types.ts';
import { hasUncoveredScript } from './coverage.ts';
import { headWords, tailWords } from './context.ts';
import { decodeEmbedded, normalizeText } from './normalize.ts';
import { scatteredCardNumbers } from './scattered-digits.ts';
import { UNSCANNED_KINDS, type UnscannedKind } from './unscanned.ts';
import { walkBody } from './walk.ts';

export interface BodyScan {
  /** Distinct PII types found, in PII_TYPES order. */
  piiTypes: PiiType[];
  /** Kinds of content that could not be scanned, in UNSCANNED_KINDS order. */
  unscanned: UnscannedKind[];
}

/** How many layers of base64-in-base64 are followed. */
const MAX_DECODE_DEPTH = 3;
/** Characters on each side of a boundary between two conversation texts that the joined views look at. */
export const JOIN_WINDOW = 128;
/** A conversation with more boundaries than this is joined whole instead of window by window. */
const MAX_WINDOWED_BOUNDARIES = 64;

/**
 * The body as the detectors read it: every text normalized, and the texts hidden inside them decoded (other
 * readings, scanned on their own); the conversation's texts in order; what could not be read. In memory only.
 */
export interface ReadBody {
  texts: string[];
  conversation: string[];
  unscanned: Set<UnscannedKind>;
}

/**
 * `alsoSent`: values a target receives besides the body that the client chose (the request id it sent, its
 * trace id): forwarded, so scanned.
 */
export function scanBody(body: unknown, alsoSent: readonly string[] = []): BodyScan {
  return scanRead(readBody(body, alsoSent));
}

export function readBody(body: unknown, alsoSent: readonly string[] = []): ReadBody {
  const walked = walkBody(body);
  const unscanned = walked.unscanned;
  const normalized = new Map<string, string>();
  const hidden: string[] = [];
  for (const raw of [...walked.texts, ...alsoSent]) if (!normalized.has(raw)) normalized.set(raw, addText(raw, 0, hidden, unscanned));
  const conversation = walked.conversation.map((raw) => normalized.get(raw)!).filter((t) => t.length > 0);
  // a card number's groups in two messages with words between them; those within one text are read with it
  if (conversation.length > 1) hidden.push(...scatteredCardNumbers(conversation.join('\n')));
  const texts = [...new Set([...normalized.values(), ...hidden])].filter((t) => t.length > 0);
  return { texts, conversation, unscanned };
}

/** The rule detectors over a read body. */
export function scanRead(read: ReadBody): BodyScan {
  const found = detectAcrossViews(read.texts, joinedViews(read.conversation));
  return {
    piiTypes: PII_TYPES.filter((t) => found.has(t)),
    unscanned: UNSCANNED_KINDS.filter((k) => read.unscanned.has(k)),
  };
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * The exact bytes a tier is about to send on (a JSON body), scanned like a parsed request. Bytes that are
 * not JSON are scanned as one text; bytes that are not UTF-8 are unreadable.
 */
export function scanPayload(bytes: Uint8Array | string): BodyScan {
  let text: string;
  try {
    text = typeof bytes === 'string' ? bytes : utf8.decode(bytes);
  } catch {
    return { piiTypes: [], unscanned: ['binary'] };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = text;
  }
  return scanBody(json);
}

/**
 * A text as the detectors see it (returned), and whatever it hides, decoded recursively into `hidden`: other
 * readings of the same text, scanned on their own, never joined to others.
 */
function addText(raw: string, depth: number, hidden: string[], unscanned: Set<UnscannedKind>): string {
  const text = normalizeText(raw);
  if (text.length === 0) return text;
  if (hasUncoveredScript(text)) unscanned.add('uncovered_script');
  if (depth >= MAX_DECODE_DEPTH) return text;
  const embedded = decodeEmbedded(text, raw);
  if (embedded.binary) unscanned.add('binary');
  for (const inner of embedded.texts) hidden.push(addText(inner, depth + 1, hidden, unscanned));
  return text;
}

/** Between views: a blank line, which no value spans. */
const VIEW_SEPARATOR = '\n\n';

/** Texts glued across a boundary, and where the glue is (offsets into `text`). */
interface GluedView {
  text: string;
  boundaries: number[];
  /** Glued with nothing: only a finding across a boundary counts (it may be a value split mid-word). */
  tight: boolean;
}

/** A text at least this long is a document of its own: scanned alone, so its context words stay its own. */
const OWN_DOCUMENT = 256;

/**
 * The detectors over every text and the glued views. Long texts are scanned one by one (detectors read context
 * from the whole document they are given: a phone word in one message must not make the numbers of a table
 * in another look like phones); short ones together with the glued views, in one call (a detector call has a
 * fixed cost). A finding in a view glued with nothing counts only if it spans a boundary: gluing words
 * together makes tokens no one wrote, and a finding beside the boundary is in the per-text view already.
 * (Glued with a space, a finding anywhere counts: the cue words of one message may name the value in the next.)
 */
function detectAcrossViews(texts: readonly string[], glued: readonly GluedView[]): Set<PiiType> {
  const found = new Set<PiiType>();
  const short: string[] = [];
  for (const t of texts) {
    if (t.length < OWN_DOCUMENT) short.push(t);
    else for (const type of scanText(t).types) found.add(type);
  }
  let combined = short.join('\n');
  const regions: { start: number; view: GluedView }[] = [];
  for (const view of glued) {
    combined += VIEW_SEPARATOR;
    regions.push({ start: combined.length, view });
    combined += view.text;
  }
  if (combined.trim() === '') return found;
  for (const e of scanText(combined).entities) {
    const region = regions.findLast((r) => r.start <= e.start);
    const counts =
      !region || !region.view.tight || region.view.boundaries.some((b) => e.start < region.start + b && e.end > region.start + b);
    if (counts) found.add(e.type);
  }
  return found;
}

const WORDY_END = /[\p{L}\p{N}]$/u;
const WORDY_START = /^[\p{L}\p{N}]/u;

/**
 * The conversation glued across its boundaries, one window per boundary (and per pair of boundaries around a
 * short middle piece), each glued with nothing and — where both sides end in a letter or digit, so the two
 * joins differ — with a space.
 */
function joinedViews(texts: readonly string[]): GluedView[] {
  if (texts.length < 2) return [];
  if (texts.length - 1 > MAX_WINDOWED_BOUNDARIES) return ['', ' '].map((sep) => glue(texts, [sep]));
  const views: GluedView[] = [];
  for (let k = 0; k + 1 < texts.length; k++) {
    const left = tailWords(texts[k]!, JOIN_WINDOW);
    const right = texts[k + 1]!;
    const after = texts[k + 2];
    for (const sep of separatorsBetween(left, right)) {
      views.push(glue([left, headWords(right, JOIN_WINDOW)], [sep]));
      // A value in three pieces: the middle one short enough to be a fragment of it.
      if (after !== undefined && right.length <= JOIN_WINDOW)
        for (const sep2 of separatorsBetween(right, after)) views.push(glue([left, right, headWords(after, JOIN_WINDOW)], [sep, sep2]));
    }
  }
  return views;
}

/** `texts` glued with `seps[i]` between texts i and i + 1 (or the last one given). */
function glue(texts: readonly string[], seps: readonly string[]): GluedView {
  const boundaries: number[] = [];
  let text = texts[0]!;
  texts.slice(1).forEach((t, i) => {
    boundaries.push(text.length);
    text += (seps[i] ?? seps[seps.length - 1]!) + t;
  });
  return { text, boundaries, tight: seps.includes('') };
}

// A capitalised word starts something new ("Beste Grüße" + "Can you …"); glued to the word before it, it would
// make a token no one wrote. Codes in capitals and digits, and lower-case continuations, are glued; so is anything
// after a code cut in two ("… key ghp_bZBzzwXaxBFXxBNx" + "Mwu28A37…"), the end of a word with a digit, an `_` or
// a capital inside it.
const NEW_WORD = /^\p{Lu}\p{Ll}/u;
const CODE_END = /[\p{L}\p{N}_-]*(?:\p{N}|_|\p{Ll}\p{Lu})[\p{L}\p{N}_-]*$/u;

function separatorsBetween(left: string, right: string): string[] {
  if (!WORDY_END.test(left) || !WORDY_START.test(right)) return [''];
  return NEW_WORD.test(right) && !CODE_END.test(left) ? [' '] : ['', ' '];
}
