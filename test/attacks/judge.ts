// The judge: what became of each request. Two kinds of evidence that an attack got out:
//   - the recorder in front of the cloud tier saw a request with its request id, or saw its planted value in
//     any body, in raw or normalized form (decoded the way the corpus encodes: entities, percent-escapes,
//     \u escapes, base64 and base32 runs (gzip inside unpacked) and data: URLs, character codes, text backwards,
//     Morse, bits, hex dumps, Ascii85, uuencoding, CSS escapes, CHAR() calls, letters and bytes as emoji, letters for digits, token ids, digits as
//     words or in other scripts, a string's digits alone, invisible and combining characters, fullwidth forms; a
//     value split across two strings counts too);
//   - the edge's decision headers: an answer from the edge's own model (the Worker, not on-prem), or a
//     non-on-prem target named as answering or tried.
// Otherwise it was answered on-prem, refused (503 pii_no_onprem / unscanned_no_onprem) or rejected as invalid
// (400, before any routing). Pure.
import { gunzipSync } from 'node:zlib';
import { decode } from 'gpt-tokenizer/encoding/o200k_base';
import type { Case } from './corpus.ts';
import {
  asciiDigits,
  bytesOfBase32,
  bytesOfBase64,
  decodeEntities,
  decodePercent,
  decodeUnicodeEscapes,
  digitWordsToDigits,
} from './encodings.ts';
import {
  readAscii85,
  readBits,
  readCharacterCalls,
  readCssEscapes,
  readEmojiBytes,
  readHexDump,
  readLookalikeDigits,
  readMorse,
  readRegionalLetters,
  readUuencoded,
} from './ciphers.ts';

/** What the client saw: status, decision headers, error code. */
export interface Observation {
  status: number;
  /** x-triage-target / -target-kind / -fallbacks / -pii (absent before a routing decision, e.g. a 400). */
  target?: string;
  targetKind?: string;
  fallbacks: string[];
  pii?: string;
  /** The OpenAI error's `code`, for errors. */
  code?: string;
  /** A network failure or a client error in reading the answer (no status then). */
  failure?: string;
}

export const OUTCOMES = ['cloud', 'edge', 'onprem', 'refused', 'rejected', 'other'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** Codes of the edge's fail-closed refusals. */
const REFUSAL_CODES = new Set(['pii_no_onprem', 'unscanned_no_onprem']);

/** One request that arrived at the recorder: which listener, its request id, its body as received. */
export interface Recorded {
  at: 'lambda-invoke' | 'lambda-stream' | 'openai-compat';
  requestId?: string;
  body: string;
}

// ---- normalization --------------------------------------------------------------------------------------

/** The comparable core of a text: NFKC, no format or combining characters, ASCII digits, letters and digits only, lower case. */
export function compact(s: string): string {
  const folded = s
    .normalize('NFKC')
    .replace(/\p{Cf}/gu, '')
    .normalize('NFD')
    .replace(/\p{M}/gu, '');
  return asciiDigits(folded)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

const BASE64_RUN = /[A-Za-z0-9+/_-]{16,}={0,2}/g;
const BASE32_RUN = /[A-Z2-7]{16,}=*/g;
const CHAR_CODES = /\d{2,3}(?:\s*,\s*\d{2,3}){5,}/g;
const PRINTABLE_RUN = /[\p{L}\p{N}\p{P}\p{S}\p{Zs}]{8,}/gu;
const MAX_DEPTH = 4;

/** Text of bytes: gzip unpacked; UTF-8 if they are; else the printable runs in them (as `strings` would show). */
function textOfBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    try {
      return textOfBytes(gunzipSync(bytes));
    } catch {
      // not gzip after all
    }
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return (new TextDecoder('utf-8').decode(bytes).match(PRINTABLE_RUN) ?? []).join(' ');
  }
}

/** A string and everything decoded out of it (escapes, entities, digit words; base64 runs and JSON inside, recursively). */
function readingsOf(s: string, depth: number, out: string[]): void {
  const decoded = digitWordsToDigits(decodeUnicodeEscapes(decodePercent(decodeEntities(s))));
  // also the text backwards, lists of character codes as the text they spell, and the ciphers of ciphers.ts
  out.push(
    s,
    decoded,
    [...s].reverse().join(''),
    s.replace(CHAR_CODES, (list) => String.fromCharCode(...list.split(',').map(Number))),
    readRegionalLetters(s),
    readLookalikeDigits(s),
    // its digits in order: a number told with words between its groups, or glued into a path
    asciiDigits(s).replace(/\D+/g, ''),
    ...readMorse(s),
    ...readBits(s),
    ...readHexDump(s),
    ...readAscii85(s),
    ...readUuencoded(s),
    ...readCssEscapes(s),
    ...readCharacterCalls(s),
    ...readEmojiBytes(s),
  );
  if (depth >= MAX_DEPTH) return;
  for (const text of [s, decoded]) {
    const trimmed = text.trim();
    if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
      try {
        walk(JSON.parse(trimmed), depth + 1, out);
      } catch {
        // not JSON after all
      }
    }
    // Base64 wrapped in lines or set apart in groups reads as one run without the blanks.
    for (const run of [...(text.match(BASE64_RUN) ?? []), ...(text.replace(/\s+/g, '').match(BASE64_RUN) ?? [])]) {
      const bytes = bytesOfBase64(run.length % 4 === 1 ? run.slice(0, -1) : run);
      if (bytes && bytes.length >= 8) readingsOf(textOfBytes(bytes), depth + 1, out);
    }
    for (const run of text.match(BASE32_RUN) ?? []) readingsOf(textOfBytes(bytesOfBase32(run)), depth + 1, out);
  }
}

const isTokenIds = (v: unknown[]): v is number[] =>
  v.length >= 3 && v.every((x) => Number.isInteger(x) && (x as number) >= 0 && (x as number) < 300_000);

/** Every string (values and keys) of a JSON value, with their readings; arrays of token ids decoded to text. */
function walk(v: unknown, depth: number, out: string[]): void {
  if (typeof v === 'string') readingsOf(v, depth, out);
  else if (Array.isArray(v)) {
    if (isTokenIds(v)) {
      try {
        readingsOf(decode(v), depth, out);
      } catch {
        // ids outside the vocabulary
      }
    } else for (const x of v) walk(x, depth, out);
  } else if (v && typeof v === 'object') {
    for (const [k, x] of Object.entries(v)) {
      readingsOf(k, depth, out);
      walk(x, depth, out);
    }
  }
}

/** Compact forms of everything readable in a body (the body itself if it is not JSON). */
export function readings(body: string): string[] {
  const out: string[] = [];
  try {
    walk(JSON.parse(body), 0, out);
  } catch {
    readingsOf(body, 0, out);
  }
  return [...new Set(out.map(compact).filter(Boolean))];
}

/** Planted values shorter than this (compacted) are too common to look for by value; their request id still counts. */
const MIN_NEEDLE = 6;
/** Each part of a split value must have at least this many characters to count as the value. */
const MIN_SPLIT_PART = 3;

/** Whether a planted value is looked up by value at all (else only its request id counts). */
export function findableByValue(value: string): boolean {
  return compact(value).length >= MIN_NEEDLE;
}

/** Looks planted values up in everything that was recorded. */
export class ValueIndex {
  private readonly blob: string;
  private readonly starts = new Set<string>();
  private readonly ends = new Set<string>();

  constructor(bodies: Iterable<string>, maxNeedle = 96) {
    const all = new Set<string>();
    for (const b of bodies) for (const r of readings(b)) all.add(r);
    this.blob = [...all].join('|');
    for (const r of all) {
      for (let n = MIN_SPLIT_PART; n <= Math.min(r.length, maxNeedle); n++) {
        this.starts.add(r.slice(0, n));
        this.ends.add(r.slice(-n));
      }
    }
  }

  /** Whether the value appears whole in one string, or split between the end of one and the start of another. */
  has(value: string): boolean {
    const needle = compact(value);
    if (needle.length < MIN_NEEDLE) return false;
    // letters for digits: the value's own letters read the same way (an S in a licence number stays one)
    if (this.blob.includes(needle) || this.blob.includes(compact(readLookalikeDigits(value)))) return true;
    for (let k = MIN_SPLIT_PART; k <= needle.length - MIN_SPLIT_PART; k++)
      if (this.ends.has(needle.slice(0, k)) && this.starts.has(needle.slice(k))) return true;
    return false;
  }
}

// ---- verdicts -------------------------------------------------------------------------------------------

/** Target kinds (by target name) of the policy the edge runs: to tell which named targets are not on-prem. */
export type KindOf = (target: string) => string | undefined;

export interface Verdict {
  outcome: Outcome;
  /** Why, in words without values: for the failure table. */
  evidence: string[];
}

/** What became of an attack. Leaks (cloud, edge) first: they win over whatever the client saw afterwards. */
export function judgeAttack(c: Case, obs: Observation, recordedIds: ReadonlySet<string>, values: ValueIndex, kindOf: KindOf): Verdict {
  const evidence: string[] = [];
  if (recordedIds.has(requestIdOf(c))) evidence.push('recorder saw its request id');
  if (c.value !== undefined && values.has(c.value)) evidence.push('recorder saw its value');
  const named = [obs.target, ...obs.fallbacks].filter((t): t is string => !!t);
  const toCloud = named.filter((t) => {
    const kind = kindOf(t);
    return kind !== undefined && kind !== 'onprem' && kind !== 'edge';
  });
  if (toCloud.length) evidence.push(`routed to ${toCloud.join(', ')}`);
  if (evidence.length) return { outcome: 'cloud', evidence };
  const atEdge = named.filter((t) => kindOf(t) === 'edge');
  if (atEdge.length || obs.targetKind === 'edge')
    return { outcome: 'edge', evidence: [`answered or tried at the edge (${atEdge.join(', ') || 'edge'})`] };
  if (obs.status === 503 && obs.code && REFUSAL_CODES.has(obs.code)) return { outcome: 'refused', evidence: [obs.code] };
  if (obs.targetKind === 'onprem') return { outcome: 'onprem', evidence: [`on-prem answered ${obs.status}`] };
  if (obs.status === 400 && !obs.target) return { outcome: 'rejected', evidence: [obs.code ?? '400'] };
  return { outcome: 'other', evidence: [obs.failure ?? `HTTP ${obs.status} ${obs.code ?? ''} target ${obs.targetKind ?? 'none'}`.trim()] };
}

/**
 * Whether a control was served as usual: answered (200) by the edge's model or the cloud tier, never on-prem or
 * refused; a large chat request reached the cloud tier (the recorder saw it). The cloud tier serves chat only, so
 * the default policy sends large embeddings and classify requests to the OpenAI-compatible server instead — here
 * the recorder's stand-in, which answers 503, so on-prem (the fallback) answers them.
 */
export function controlProblems(c: Case, obs: Observation, recordedIds: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  const recorded = recordedIds.has(requestIdOf(c));
  if (obs.failure) problems.push(obs.failure);
  if (c.labels.size === 'large' && c.endpoint === 'chat') {
    if (!recorded) problems.push('large, but the cloud tier did not receive it');
    if (obs.targetKind !== 'lambda') problems.push(`large, answered by ${obs.targetKind ?? 'no target'} instead of the cloud tier`);
    if (obs.status !== 200) problems.push(`HTTP ${obs.status} ${obs.code ?? ''}`.trim());
  } else if (c.labels.size === 'large') {
    if (!recorded) problems.push(`large ${c.endpoint}, but the OpenAI-compatible server did not receive it`);
    if (obs.targetKind === 'lambda') problems.push(`large ${c.endpoint}, answered by the chat-only cloud tier`);
    if (obs.status !== 200) problems.push(`HTTP ${obs.status} ${obs.code ?? ''}`.trim());
  } else {
    if (obs.status !== 200) problems.push(`HTTP ${obs.status} ${obs.code ?? ''}`.trim());
    if (obs.targetKind !== 'edge' && obs.targetKind !== 'lambda')
      problems.push(`answered by ${obs.targetKind ?? 'no target'}, not the edge or the cloud`);
  }
  if (obs.pii && obs.pii !== 'none') problems.push(`PII reported (${obs.pii})`);
  return problems;
}

/** The x-request-id a case is sent with: the recorder matches on it. */
export function requestIdOf(c: Case): string {
  return `attack-corpus-${c.id}`;
}
