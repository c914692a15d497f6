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
//                 - the texts one per line ("per text"), and
//                 - the texts joined with nothing and with a space ("joined"), around every boundary
//                   between two texts, so that a value split over two messages, two content parts or a key
//                   and its value is seen whole;
//               the views are separated by blank lines and scanned in one call (a detector call has a fixed
//               cost that would otherwise be paid per view).
// Pure and synchronous; the types are names only, never values.
import { scanText } from '../pii/detect.ts';
import { PII_TYPES, type PiiType } from '../pii/types.ts';
import { hasUncoveredScript } from './coverage.ts';
import { decodeEmbedded, normalizeText } from './normalize.ts';
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
/** Characters on each side of a boundary between two texts that the joined scans look at. */
export const JOIN_WINDOW = 160;

/**
 * `alsoSent`: values a target receives besides the body that the client chose (the request id it sent, its
 * trace id): forwarded, so scanned.
 */
export function scanBody(body: unknown, alsoSent: readonly string[] = []): BodyScan {
  const walked = walkBody(body);
  const unscanned = walked.unscanned;
  const texts: string[] = [];
  const hidden: string[] = [];
  for (const raw of [...walked.texts, ...alsoSent]) texts.push(...addText(raw, 0, hidden, unscanned));
  const found = texts.length + hidden.length > 0 ? scanText(viewsOf(texts, hidden)).types : [];
  return {
    piiTypes: PII_TYPES.filter((t) => found.includes(t)),
    unscanned: UNSCANNED_KINDS.filter((k) => unscanned.has(k)),
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
 * A text as the detectors see it (returned, to be joined with its neighbours), and whatever it hides, decoded
 * recursively into `hidden`: other readings of the same text, scanned on their own, never joined to others.
 */
function addText(raw: string, depth: number, hidden: string[], unscanned: Set<UnscannedKind>): string[] {
  const text = normalizeText(raw);
  if (text.length === 0) return [];
  if (hasUncoveredScript(text)) unscanned.add('uncovered_script');
  if (depth >= MAX_DECODE_DEPTH) return [text];
  const embedded = decodeEmbedded(text, raw);
  if (embedded.binary) unscanned.add('binary');
  for (const inner of embedded.texts) hidden.push(...addText(inner, depth + 1, hidden, unscanned));
  return [text];
}

/** What the detectors run over: the texts and the hidden ones one per line, then the joins across boundaries. */
function viewsOf(texts: readonly string[], hidden: readonly string[]): string {
  const perText = [...texts, ...hidden].join('\n');
  if (texts.length < 2) return perText;
  return [perText, ...joinedAtBoundaries(texts, ''), ...joinedAtBoundaries(texts, ' ')].join(VIEW_SEPARATOR);
}

/** Between views: a blank line, which no value spans. */
const VIEW_SEPARATOR = '\n\n';

/**
 * The texts joined with `sep`, cut down to the windows around their boundaries (merged where they overlap).
 * A value split over two texts lies across a boundary; far from every boundary the per-text view has
 * already seen the same characters. When the windows cover most of the text, the whole join is one view.
 */
function joinedAtBoundaries(texts: readonly string[], sep: string): string[] {
  const joined = texts.join(sep);
  const windows: [number, number][] = [];
  let at = 0;
  for (let i = 0; i < texts.length - 1; i++) {
    at += texts[i]!.length;
    const start = Math.max(0, at - JOIN_WINDOW);
    const end = Math.min(joined.length, at + sep.length + JOIN_WINDOW);
    const last = windows[windows.length - 1];
    if (last && start <= last[1]) last[1] = end;
    else windows.push([start, end]);
    at += sep.length;
  }
  const covered = windows.reduce((n, [s, e]) => n + e - s, 0);
  if (covered * 2 >= joined.length) return [joined];
  return windows.map(([s, e]) => joined.slice(s, e));
}
