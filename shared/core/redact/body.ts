// Redaction of a request body: every string the target will read, with each value the rule detectors find in
// it (findings.ts) replaced by this request's placeholder for it (placeholders.ts) — the same value, the same
// placeholder, across messages, parts and tool-call arguments. Strings the protocol interprets (model, role,
// ids, names of tools) are left alone; if one of them carries PII, the re-scan finds it (below).
//
// Honest about what it cannot do: a finding below REDACTION_CONFIDENCE makes the body ineligible (a guess is
// not redacted and sent, it goes on-prem); and after redacting, the whole body is scanned again with the
// product's scanner (normalization, hidden encodings, values split over messages, the client-chosen ids
// forwarded with it). Anything it still finds — a value only normalization reveals, a key, a number — or any
// unscanned content makes the request ineligible. So what leaves is exactly what was scanned clean.
// Pure and synchronous; the mapping never leaves the returned object.
import { scanBody } from '../inspect/scan.ts';
import { normalizeText } from '../inspect/normalize.ts';
import { scanText } from '../pii/detect.ts';
import type { PiiEntity, PiiType } from '../pii/types.ts';
import type { UnscannedKind } from '../inspect/unscanned.ts';
import { findEntities } from './findings.ts';
import { RedactionMapping } from './placeholders.ts';

/** Below this detector score a finding is a guess: the request is not redacted but stays on-prem. */
export const REDACTION_CONFIDENCE = 0.7;

export type BodyRedaction =
  | { kind: 'redacted'; body: unknown; mapping: RedactionMapping }
  | { kind: 'ineligible'; reason: string; left?: PiiType[]; unscanned?: UnscannedKind[] };

/** Object keys whose string values the protocol or the gateway interprets: never rewritten. */
const PROTOCOL_FIELDS = new Set([
  'model',
  'role',
  'type',
  'id',
  'tool_call_id',
  'name',
  'tool_choice',
  'encoding_format',
  'format',
  'detail',
]);
/** Strings that are JSON texts themselves (tool-call arguments): a restored value must be JSON-escaped there. */
const JSON_TEXT_FIELDS = new Set(['arguments']);

/** A finding too unsure to redact: the request stays on-prem. */
class Uncertain extends Error {}
/** A value the scanner reads that is no exact span of the raw string: the request stays on-prem. */
class Inexact extends Error {}

/**
 * Whether every value the scanner finds in the normalized text (zero-width characters dropped, look-alikes
 * folded, numbers spelled out read as digits …) is one found in the raw string as it stands: normalized
 * offsets do not map back, so a value that only normalization reveals whole ("a<ZWSP>nna@…") has no exact
 * raw span, and redacting what the raw string shows of it would leave part of it behind.
 */
function spansExact(raw: string, entities: readonly PiiEntity[]): boolean {
  const normalized = normalizeText(raw);
  if (normalized === raw) return true;
  const rawValues = new Set(entities.map((e) => `${e.type}\u0000${raw.slice(e.start, e.end)}`));
  return scanText(normalized).entities.every((e) => rawValues.has(`${e.type}\u0000${normalized.slice(e.start, e.end)}`));
}

/** `alsoSent`: the client-chosen values forwarded with the body (request id, trace id), scanned with it. */
export function redactBody(body: unknown, alsoSent: readonly string[] = []): BodyRedaction {
  const mapping = new RedactionMapping();
  const original = JSON.stringify(body);
  // Placeholders never need escaping in JSON, so the serialized body holds every string's text as is.
  const taken = (p: string) => original.includes(p) || alsoSent.some((s) => s.includes(p));
  let redacted: unknown;
  try {
    redacted = rewrite(body, undefined, (s, json) => redactString(s, json, mapping, taken));
  } catch (e) {
    if (e instanceof Uncertain) return { kind: 'ineligible', reason: 'a finding below the redaction confidence' };
    if (e instanceof Inexact) return { kind: 'ineligible', reason: 'a value found only after normalization (no exact span to redact)' };
    throw e;
  }
  const rescan = scanBody(redacted, alsoSent);
  if (rescan.unscanned.length > 0) return { kind: 'ineligible', reason: 'content that cannot be scanned', unscanned: rescan.unscanned };
  if (rescan.piiTypes.length > 0) return { kind: 'ineligible', reason: 'PII left after redaction', left: rescan.piiTypes };
  return { kind: 'redacted', body: redacted, mapping };
}

/** A copy of `v` with every string value (not protocol fields, not keys) passed through `map`. */
function rewrite(v: unknown, key: string | undefined, map: (s: string, json: boolean) => string): unknown {
  if (typeof v === 'string')
    return key !== undefined && PROTOCOL_FIELDS.has(key) ? v : map(v, key !== undefined && JSON_TEXT_FIELDS.has(key));
  if (Array.isArray(v)) return v.map((x) => rewrite(x, undefined, map));
  if (typeof v === 'object' && v !== null) {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) out[k] = rewrite(x, k, map);
    return out;
  }
  return v;
}

function redactString(s: string, json: boolean, mapping: RedactionMapping, taken: (p: string) => boolean): string {
  const entities = findEntities(s);
  if (!spansExact(s, entities)) throw new Inexact();
  if (entities.length === 0) return s;
  let out = '';
  let at = 0;
  for (const e of entities) {
    if (e.score < REDACTION_CONFIDENCE) throw new Uncertain();
    const span = s.slice(e.start, e.end);
    out += s.slice(at, e.start) + mapping.placeholderOf(e.type, json ? jsonStringValue(span) : span, taken);
    at = e.end;
  }
  return out + s.slice(at);
}

/** A span of a JSON text inside a string literal, as the value it stands for (`a\"b` → `a"b`). */
function jsonStringValue(span: string): string {
  if (!span.includes('\\')) return span;
  try {
    const v: unknown = JSON.parse(`"${span}"`);
    return typeof v === 'string' ? v : span;
  } catch {
    return span;
  }
}
