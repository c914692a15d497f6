// Where API key records live: the edge's KEYS namespace (`key:<id>` → record, shared/protocol/auth/api-keys.ts)
// and the on-prem node's api_keys_file (`{"<id>": record, …}`, onprem/config.ts). Records are handled as raw
// JSON objects so that fields this code does not know (a budget, say) survive a revoke. Node-only.
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { kvKeyFor } from '../../protocol/auth/api-keys.ts';
import type { KvNamespace } from './kv.ts';

export type RawRecord = Record<string, unknown>;

export interface KeyStore {
  /** Every key id → its record as stored (an unparseable value as a string). */
  all(): Promise<Map<string, RawRecord | string>>;
  get(id: string): Promise<RawRecord | string | undefined>;
  put(id: string, record: RawRecord): Promise<void>;
}

const KEY_PREFIX = 'key:';

function parseRaw(text: string): RawRecord | string {
  try {
    const v: unknown = JSON.parse(text);
    return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as RawRecord) : text;
  } catch {
    return text;
  }
}

export function kvKeyStore(ns: KvNamespace): KeyStore {
  return {
    async all() {
      const names = (await ns.list(KEY_PREFIX)).map((e) => e.name);
      const values = names.length ? await ns.getMany(names) : {};
      const out = new Map<string, RawRecord | string>();
      for (const name of names) {
        const v = values[name];
        if (v !== null && v !== undefined) out.set(name.slice(KEY_PREFIX.length), parseRaw(v));
      }
      return out;
    },
    async get(id) {
      const v = await ns.get(kvKeyFor(id));
      return v === null ? undefined : parseRaw(v);
    },
    put: (id, record) => ns.put(kvKeyFor(id), JSON.stringify(record)),
  };
}

/** The node's api_keys_file; a missing file is an empty one. Written whole, through a rename. */
export function fileKeyStore(path: string): KeyStore {
  const read = (): RawRecord => {
    if (!existsSync(path)) return {};
    const v: unknown = JSON.parse(readFileSync(path, 'utf8'));
    if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new Error(`${path} is not a JSON object of key records`);
    return v as RawRecord;
  };
  return {
    all: async () =>
      new Map(Object.entries(read()).map(([id, r]) => [id, typeof r === 'object' && r !== null ? (r as RawRecord) : String(r)])),
    get: async (id) => {
      const r = read()[id];
      return r === undefined ? undefined : typeof r === 'object' && r !== null ? (r as RawRecord) : String(r);
    },
    put: async (id, record) => {
      const all = read();
      all[id] = record;
      const tmp = `${path}.${process.pid}.tmp`;
      writeFileSync(tmp, JSON.stringify(all, null, 2) + '\n', { mode: 0o600 });
      renameSync(tmp, path);
    },
  };
}
