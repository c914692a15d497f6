// Policy version = hash of the normalised policy: the parsed, defaults-applied object as canonical JSON
// (keys sorted, no whitespace). Comments, formatting, key order, `x` vs `[x]` and defaults spelled out or
// left implicit do not change it; descriptions (documentation) do not either. Anything that can change a
// decision does.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { PolicySpec } from './schema.ts';

export const VERSION_PREFIX = 'p-';

export function policyVersion(spec: PolicySpec): string {
  return VERSION_PREFIX + bytesToHex(sha256(utf8ToBytes(canonicalJson(semanticContent(spec))))).slice(0, 16);
}

/** The spec without the documentation-only `description` fields. */
function semanticContent(spec: PolicySpec): unknown {
  const strip = <T extends { description?: string | undefined }>(o: T): Omit<T, 'description'> => {
    const { description: _d, ...rest } = o;
    return rest;
  };
  const mapValues = <V, W>(r: Record<string, V>, f: (v: V) => W) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, f(v)]));
  return {
    ...strip(spec),
    targets: mapValues(spec.targets, strip),
    ...(spec.models ? { models: mapValues(spec.models, strip) } : {}),
    rules: spec.rules.map(strip),
  };
}

/** JSON with object keys sorted at every level and `undefined` members dropped. */
export function canonicalJson(v: unknown): string {
  if (v === null || typeof v !== 'object') return JSON.stringify(v) ?? 'null';
  if (Array.isArray(v)) return `[${v.map((x) => (x === undefined ? 'null' : canonicalJson(x))).join(',')}]`;
  const entries = Object.entries(v as Record<string, unknown>)
    .filter(([, x]) => x !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, x]) => `${JSON.stringify(k)}:${canonicalJson(x)}`).join(',')}}`;
}
