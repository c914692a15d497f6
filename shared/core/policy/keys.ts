// Map keys as JavaScript will see them. The YAML parser's own duplicate check compares keys as YAML
// values, so `1:` and `"1":` (or `~:` and `"":`) pass it and then collapse into one JS key, the later one
// silently winning — two targets named "1" would load as one. And a `__proto__` key survives YAML but is
// dropped by the schema (it is an object's prototype slot, not a key), so a `metadata: {__proto__: x}`
// condition would vanish. A policy never needs that key: it is rejected, with its position.
import { isMap, isScalar, visit, type Document, type LineCounter, type Node } from 'yaml';
import type { Diagnostic } from './types.ts';

/** The string key `doc.toJS()` gives a map key (null → "", scalars → String(value)). */
function jsKey(key: unknown): string {
  if (isScalar(key)) return key.value === null ? '' : String(key.value);
  return String(key);
}

const RESERVED_KEYS = new Set(['__proto__']);

export function checkKeys(doc: Document, lc: LineCounter, file: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  const at = (node: unknown) => lc.linePos((node as Node | null)?.range?.[0] ?? 0);
  visit(doc, {
    Map(_, map) {
      if (!isMap(map)) return;
      const seen = new Map<string, { line: number; col: number }>();
      for (const pair of map.items) {
        const key = jsKey(pair.key);
        const pos = at(pair.key);
        const base = { file, ...pos, severity: 'error' as const, path: '' };
        if (RESERVED_KEYS.has(key)) {
          out.push({
            ...base,
            code: 'reserved-key',
            message: `key ${JSON.stringify(key)} is not allowed (it is not an ordinary key in JavaScript, and a policy never needs it)`,
          });
          continue;
        }
        const first = seen.get(key);
        if (first)
          out.push({
            ...base,
            code: 'duplicate-key',
            message: `duplicate key ${JSON.stringify(key)} (the key at ${first.line}:${first.col} is the same once read)`,
          });
        else seen.set(key, pos);
      }
    },
  });
  return out;
}
