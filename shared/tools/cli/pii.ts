// `triage pii --jsonl` (the scorer's contract, docs/pii-labels.md) and `triage pii scan TEXT|-` (for people).
//
// Entities are the detectors' findings over the exact text (UTF-16 offsets into it). The `pii` flag is the
// gateway's verdict on the same text: it also counts what only the normalizing scanner sees (a value hidden
// by invisible characters, entities, base64, digits spelled out …; shared/core/inspect) and text in a script the
// detectors do not cover — the edge would keep such a text on-prem. When the flag is true with no entity,
// the value was found only after normalization, whose offsets do not map back to the text.
import { type CliIo, EXIT, UsageError } from './io.ts';
import { scoreCommand } from './pii-score.ts';
import { verdict } from './pii-verdict.ts';

export async function piiCommand(args: string[], io: CliIo): Promise<number> {
  if (args.length === 1 && args[0] === '--jsonl') return jsonl(io);
  if (args[0] === 'score') return scoreCommand(args.slice(1), io);
  if (args[0] === 'scan' && args.length === 2) return scan(args[1] === '-' ? await readAll(io) : args[1]!, io);
  throw new UsageError('pii takes --jsonl, scan TEXT|- or score SET.jsonl');
}

/**
 * One {"id","text"} per line in, one {"id","pii","entities"} per line out, in order. A bad line is
 * reported on stderr with its line number and skipped; the rest are still answered, and the exit code
 * says that something was skipped.
 */
async function jsonl(io: CliIo): Promise<number> {
  let bad = 0;
  let out: string[] = [];
  for await (const { line, n } of lines(io.stdin)) {
    if (line?.trim() === '') continue;
    const doc = line === null ? 'not valid UTF-8' : parseDoc(line);
    if (typeof doc === 'string') {
      bad++;
      io.stderr(`triage pii: line ${n}: ${doc}; skipped\n`);
      continue;
    }
    const { pii, entities } = verdict(doc.text);
    out.push(JSON.stringify({ id: doc.id, pii, entities }));
    if (out.length >= 256) {
      io.stdout(out.join('\n') + '\n');
      out = [];
    }
  }
  if (out.length) io.stdout(out.join('\n') + '\n');
  return bad ? EXIT.input : EXIT.ok;
}

function parseDoc(line: string): { id: string; text: string } | string {
  let v: unknown;
  try {
    v = JSON.parse(line);
  } catch {
    return 'not valid JSON';
  }
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return 'expected a JSON object {"id","text"}';
  const { id, text } = v as Record<string, unknown>;
  if (typeof id !== 'string') return '"id" must be a string';
  if (typeof text !== 'string') return '"text" must be a string';
  return { id, text };
}

function scan(text: string, io: CliIo): number {
  const { entities, types, pii, unscanned } = verdict(text);
  if (!pii) {
    io.stdout('no PII found\n');
    return EXIT.ok;
  }
  if (types.length > 0) io.stdout(`PII found: ${types.join(', ')}\n`);
  if (unscanned.length > 0) io.stdout(`Not covered by the detectors: ${unscanned.join(', ')} (the gateway keeps it on-prem)\n`);
  if (entities.length === 0 && types.length > 0) io.stdout('  (found after normalization: no offsets into the text as given)\n');
  const width = Math.max(...entities.map((e) => e.type.length));
  for (const e of entities) {
    io.stdout(
      `  ${e.type.padEnd(width)}  ${String(e.start).padStart(5)}-${String(e.end).padEnd(5)}  ${JSON.stringify(text.slice(e.start, e.end))}\n`,
    );
  }
  // grep-like: 1 means "found", so scripts can gate on it.
  return EXIT.findings;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const encoder = new TextEncoder();

/**
 * Splits a byte stream into lines and decodes each strictly as UTF-8: a line with invalid bytes comes out
 * as `line: null`, so it can be reported instead of being scanned with replacement characters.
 */
async function* lines(input: AsyncIterable<string | Uint8Array>): AsyncGenerator<{ line: string | null; n: number }> {
  let rest = new Uint8Array(0);
  let n = 0;
  const decode = (bytes: Uint8Array): string | null => {
    try {
      return utf8.decode(bytes).replace(/\r$/, '');
    } catch {
      return null;
    }
  };
  for await (const chunk of input) {
    const bytes = typeof chunk === 'string' ? encoder.encode(chunk) : chunk;
    const joined = new Uint8Array(rest.length + bytes.length);
    joined.set(rest);
    joined.set(bytes, rest.length);
    let from = 0;
    let nl: number;
    while ((nl = joined.indexOf(10, from)) >= 0) {
      yield { line: decode(joined.subarray(from, nl)), n: ++n };
      from = nl + 1;
    }
    rest = joined.slice(from);
  }
  if (rest.length) yield { line: decode(rest), n: n + 1 };
}

async function readAll(io: CliIo): Promise<string> {
  let s = '';
  for await (const { line, n } of lines(io.stdin)) {
    if (line === null) throw new UsageError(`stdin line ${n} is not valid UTF-8`);
    s += (n > 1 ? '\n' : '') + line;
  }
  return s;
}
