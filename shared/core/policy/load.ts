// Policy text → checked, compiled policy, or diagnostics with file:line:col. Pure (no fs): the caller
// reads the file, so this runs in workerd (policy reload from KV/R2) and Node (CLI) alike.
// Stages, each stopping at its errors: size → YAML syntax (and duplicate keys as YAML sees them) → keys as
// JavaScript sees them (keys.ts) → schema (zod) → static checks (check.ts) → compile.
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { z } from 'zod';
import { checkPolicy } from './check.ts';
import { compilePolicy } from './evaluate.ts';
import { checkKeys } from './keys.ts';
import { PolicySchema } from './schema.ts';
import { formatPath, type CompiledPolicy, type Diagnostic, type DocPath, type Locate } from './types.ts';

/** Policies are small; anything bigger is a mistake (or an attack on the YAML parser). */
export const MAX_POLICY_BYTES = 256 * 1024;

export type LoadResult =
  { ok: true; policy: CompiledPolicy; warnings: Diagnostic[] } | { ok: false; errors: Diagnostic[]; warnings: Diagnostic[] };

export function loadPolicy(source: string, file = 'policy.yaml'): LoadResult {
  const fail = (code: string, message: string, line = 0, col = 0): LoadResult => ({
    ok: false,
    errors: [{ file, line, col, severity: 'error', code, path: '', message }],
    warnings: [],
  });
  const bytes = new TextEncoder().encode(source).length;
  if (bytes > MAX_POLICY_BYTES) return fail('too-large', `policy file is ${bytes} bytes; the limit is ${MAX_POLICY_BYTES}`);

  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      errors: doc.errors.map((e) => {
        const { line, col } = lineCounter.linePos(e.pos[0]);
        const dup = e.code === 'DUPLICATE_KEY';
        return {
          file,
          line,
          col,
          severity: 'error' as const,
          code: dup ? 'duplicate-key' : 'yaml-syntax',
          path: '',
          message: dup ? `duplicate key ${describeKeyAt(source, e.pos)}` : e.message.split('\n')[0]!,
        };
      }),
      warnings: [],
    };
  }
  if (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null))
    return fail('empty', 'policy file is empty; expected a map with "targets", "rules" and "default"', 1, 1);

  const keyErrors = checkKeys(doc, lineCounter, file);
  if (keyErrors.length > 0) return { ok: false, errors: keyErrors, warnings: [] };

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 50 });
  } catch (e) {
    return fail('yaml-syntax', e instanceof Error ? e.message : String(e), 1, 1);
  }
  const locate = locator(doc, lineCounter);
  const parsed = PolicySchema.safeParse(data);
  if (!parsed.success) {
    return { ok: false, errors: parsed.error.issues.map((i) => schemaDiagnostic(i, data, file, locate)), warnings: [] };
  }
  const diags = checkPolicy(parsed.data, { file, locate });
  const errors = diags.filter((d) => d.severity === 'error');
  const warnings = diags.filter((d) => d.severity === 'warning');
  if (errors.length > 0) return { ok: false, errors, warnings };
  return { ok: true, policy: compilePolicy(parsed.data), warnings };
}

/** The key at `pos` (yaml reports the duplicate's position): the text up to the `:` on that line. */
function describeKeyAt(source: string, pos: [number, number]): string {
  const line = source.slice(pos[0]).split('\n', 1)[0] ?? '';
  const key = line
    .replace(/^\s*(-\s+)?/, '')
    .split(/:(\s|$)/, 1)[0]!
    .trim()
    .replace(/^(["'])(.*)\1$/, '$2');
  return JSON.stringify(key.length > 0 && key.length < 80 ? key : line.trim().slice(0, 40));
}

/** Maps a zod-style path to the YAML node it names (the value; a missing key points at its parent map). */
export function locator(doc: Document, lc: LineCounter): Locate {
  return (path, opts) => {
    let node: Node | null = doc.contents as Node | null;
    let offset = node?.range?.[0] ?? 0;
    for (const seg of path) {
      if (node && isAlias(node)) node = (node.resolve(doc) as Node | undefined) ?? null;
      let next: Node | null = null;
      if (node && isMap(node)) {
        const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(seg));
        next = (pair?.value as Node | null | undefined) ?? null;
        if (pair && !next && isScalar(pair.key)) offset = pair.key.range?.[0] ?? offset; // `key:` with no value
      } else if (node && isSeq(node) && typeof seg === 'number') {
        next = (node.items[seg] as Node | undefined) ?? null;
      }
      if (!next) break;
      node = next;
      offset = node.range?.[0] ?? offset;
    }
    if (opts?.key !== undefined && node && isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === opts.key);
      if (pair && isScalar(pair.key)) offset = pair.key.range?.[0] ?? offset;
    }
    return lc.linePos(offset);
  };
}

// ---- zod issues → messages that say what was expected and what was found --------------------------------

type Issue = z.core.$ZodIssue;

function schemaDiagnostic(issue: Issue, data: unknown, file: string, locate: Locate): Diagnostic {
  const { path, message, key } = explainIssue(issue, [], data);
  const { line, col } = locate(path, key === undefined ? undefined : { key });
  return { file, line, col, severity: 'error', code: 'schema', path: formatPath(path), message };
}

function valueAt(data: unknown, path: DocPath): { found: boolean; value: unknown } {
  let v: unknown = data;
  for (const seg of path) {
    if (v === null || typeof v !== 'object' || !Object.prototype.hasOwnProperty.call(v, seg)) return { found: false, value: undefined };
    v = (v as Record<string | number, unknown>)[seg];
  }
  return { found: true, value: v };
}

/** A value as an error message may show it: its kind, or a short quote of a string (never a long one). */
export function describeValue(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a map';
  if (typeof v === 'string') return JSON.stringify(v.length > 60 ? v.slice(0, 57) + '...' : v);
  return String(v);
}

const TYPE_NAMES: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  int: 'an integer',
  boolean: 'true or false',
  object: 'a map',
  record: 'a map',
  array: 'a list',
  map: 'a map',
};

/** A missing key is reported on its parent (where it should be added), naming the key. */
const missing = (path: DocPath) => ({
  path: path.slice(0, -1),
  message: `missing required key ${JSON.stringify(String(path[path.length - 1]))}`,
});

/** Zod's own messages start like this; ours (from the schema) are kept as they are. */
const isDefault = (m: string) => /^(Invalid|Too small|Too big|Unrecognized)/.test(m);

function explainIssue(issue: Issue, base: DocPath, data: unknown): { path: DocPath; message: string; key?: string } {
  const path = [...base, ...(issue.path as (string | number)[])];
  const at = valueAt(data, path);
  const got = `got ${describeValue(at.value)}`;
  switch (issue.code) {
    case 'invalid_type': {
      if (!at.found || at.value === undefined) return missing(path);
      const want = isDefault(issue.message) ? (TYPE_NAMES[issue.expected] ?? issue.expected) : issue.message.replace(/^expected /, '');
      return { path, message: `expected ${want}, ${got}` };
    }
    case 'invalid_value': {
      const vals = issue.values.map((v) => JSON.stringify(v));
      const want = vals.length === 1 ? vals[0] : `one of ${vals.join(', ')}`;
      return { path, message: `expected ${want}, ${got}` };
    }
    case 'invalid_union': {
      if ('note' in issue && issue.note === 'No matching discriminator') {
        const opts = ((issue as { options?: unknown[] }).options ?? []).map((o) => JSON.stringify(o));
        if (!at.found) {
          const m = missing(path);
          return { ...m, message: `${m.message}; expected one of ${opts.join(', ')}` };
        }
        return { path, message: `expected one of ${opts.join(', ')}, ${got}` };
      }
      // A branch that got past the root (e.g. a list whose 2nd item is wrong) explains the problem best.
      for (const branch of issue.errors) {
        const deep = branch.find((i) => i.path.length > 0 || (i.code !== 'invalid_type' && i.code !== 'invalid_value'));
        if (deep) return explainIssue(deep, path, data);
      }
      return { path, message: `${issue.message.replace(/^Invalid input$/, 'invalid value')}, ${got}` };
    }
    case 'invalid_key': {
      const inner = issue.issues[0];
      const why = inner && !isDefault(inner.message) ? inner.message : 'invalid key';
      const key = String(path[path.length - 1]);
      return { path: path.slice(0, -1), message: `invalid key ${JSON.stringify(key)}: ${why}`, key };
    }
    case 'unrecognized_keys':
      return { path, message: issue.message, key: issue.keys[0] };
    case 'too_small': {
      if (!isDefault(issue.message)) return { path, message: issue.message };
      const min = Number(issue.minimum);
      if (issue.origin === 'array') return { path, message: `expected at least ${min} item${min === 1 ? '' : 's'}` };
      if (issue.origin === 'string') return { path, message: `expected a non-empty string` };
      return { path, message: `expected a number ${issue.inclusive === false ? '>' : '>='} ${min}, ${got}` };
    }
    case 'too_big': {
      if (!isDefault(issue.message)) return { path, message: issue.message };
      const max = Number(issue.maximum);
      if (issue.origin === 'array') return { path, message: `expected at most ${max} items` };
      return { path, message: `expected a number ${issue.inclusive === false ? '<' : '<='} ${max}, ${got}` };
    }
    case 'invalid_format':
      return { path, message: `${isDefault(issue.message) ? `expected ${issue.format}` : issue.message}, ${got}` };
    default:
      return { path, message: issue.message };
  }
}
