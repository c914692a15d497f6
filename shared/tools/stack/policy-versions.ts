// The edge's routing policy as operators change it: `policy/current` (what the edge reads: edge/policy-store.ts)
// plus every pushed policy kept as `policy/versions/<n>`, each with KV metadata saying what it is (n, the
// policy's version hash, where it came from, when). Push writes a new version and makes it current; rollback
// makes a kept version current again (or removes current: the bundled default). Callers validate first.
// Node-only (through kv.ts).
import type { KvEntry, KvNamespace } from './kv.ts';

export const CURRENT_KEY = 'policy/current';
export const VERSIONS_PREFIX = 'policy/versions/';

export interface VersionMeta {
  /** The push's number (1, 2, …): `policy/versions/<n>`. */
  n: number;
  /** The policy's own version hash (x-triage-policy). */
  version: string;
  /** What was pushed: a file name. */
  source: string;
  pushedAt: string;
  /** Set on `policy/current` when a rollback made this version current again. */
  rolledBackAt?: string;
}

/** What the edge runs. `kv` without meta: set by hand or by a test harness, not by `triage policy push`. */
export type LivePolicy = { kind: 'default' } | { kind: 'kv'; meta?: VersionMeta };

export interface PolicyState {
  live: LivePolicy;
  /** Kept versions, oldest first. */
  versions: VersionMeta[];
}

function asMeta(m: unknown): VersionMeta | undefined {
  if (typeof m !== 'object' || m === null) return undefined;
  const r = m as Record<string, unknown>;
  const ok = Number.isSafeInteger(r.n) && typeof r.version === 'string' && typeof r.source === 'string' && typeof r.pushedAt === 'string';
  return ok ? (r as unknown as VersionMeta) : undefined;
}

/** One list call: the live policy's metadata and the kept versions. */
export async function policyState(ns: KvNamespace): Promise<PolicyState> {
  const entries = await ns.list('policy/');
  return stateOf(entries);
}

export function stateOf(entries: readonly KvEntry[]): PolicyState {
  const current = entries.find((e) => e.name === CURRENT_KEY);
  const meta = current ? asMeta(current.metadata) : undefined;
  const live: LivePolicy = current ? (meta ? { kind: 'kv', meta } : { kind: 'kv' }) : { kind: 'default' };
  const versions = entries
    .filter((e) => e.name.startsWith(VERSIONS_PREFIX))
    .map((e) => asMeta(e.metadata))
    .filter((m): m is VersionMeta => m !== undefined)
    .sort((a, b) => a.n - b.n);
  return { live, versions };
}

/** Keeps `yaml` as the next version and makes it current. */
export async function pushPolicy(ns: KvNamespace, yaml: string, what: { version: string; source: string }): Promise<VersionMeta> {
  const { versions } = await policyState(ns);
  const meta: VersionMeta = {
    n: (versions.at(-1)?.n ?? 0) + 1,
    version: what.version,
    source: what.source,
    pushedAt: new Date().toISOString(),
  };
  await ns.put(VERSIONS_PREFIX + meta.n, yaml, meta);
  await ns.put(CURRENT_KEY, yaml, meta);
  return meta;
}

/** The version a rollback without a number goes to: the newest kept one older than the live one. */
export function previousVersion(state: PolicyState): VersionMeta | undefined {
  const liveN = state.live.kind === 'kv' ? state.live.meta?.n : undefined;
  if (liveN === undefined) return state.versions.at(-2);
  return state.versions.filter((v) => v.n < liveN).at(-1);
}

/** A kept version's text (null if it is not kept). */
export async function keptPolicy(ns: KvNamespace, n: number): Promise<string | null> {
  return ns.get(VERSIONS_PREFIX + n);
}

/** Makes a kept version current again. */
export async function makeCurrent(ns: KvNamespace, yaml: string, meta: VersionMeta): Promise<VersionMeta> {
  const live: VersionMeta = { ...meta, rolledBackAt: new Date().toISOString() };
  await ns.put(CURRENT_KEY, yaml, live);
  return live;
}

/** Removes `policy/current`: the edge falls back to its bundled default policy. Versions stay kept. */
export async function useBundledDefault(ns: KvNamespace): Promise<void> {
  await ns.delete(CURRENT_KEY);
}

export function describeLive(live: LivePolicy, defaultVersion: string): string {
  if (live.kind === 'default') return `the bundled default (shared/core/policy/policies/default.yaml, ${defaultVersion})`;
  if (!live.meta)
    return `KV policy/current, set outside \`triage policy push\` (its version is in x-triage-policy) — overrides default.yaml`;
  const m = live.meta;
  const how = m.rolledBackAt ? `rolled back to at ${m.rolledBackAt}` : `pushed ${m.pushedAt}`;
  return `KV policy/current: version ${m.n} (${m.version}) from ${m.source}, ${how} — overrides default.yaml`;
}
