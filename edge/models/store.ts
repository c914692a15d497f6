// Where the edge's model bytes come from, in order:
//   1. the Worker bundle: the built files imported statically below (wrangler's `Data` rule for **/*.onnx
//      turns each import into an ArrayBuffer). The INT8 variants and the small fp32 ones are bundled;
//   2. the optional R2 binding `MODELS` (env.ts), key `models/<file>` — e.g. `triage-small.onnx` (fp32,
//      2.7 MB) is left out of the bundle and served from here;
//   3. an optional KV namespace, key `models/<file>` (values up to 25 MB), when one is handed in.
// Bytes that do not come from the bundle are checked against the manifest's SHA-256 before use, so a stale
// or truncated object in R2/KV is reported (as "checksum mismatch") instead of being run.
// The manifest itself is the one the build wrote, bundled (shared/models/dist/manifest.json).
import { sha256Hex } from '../../shared/protocol/crypto.ts';
import manifestJson from '../../shared/models/dist/manifest.json';
import classifierFp32 from '../../shared/models/dist/triage-classifier.onnx';
import classifierInt8 from '../../shared/models/dist/triage-classifier.int8.onnx';
import embedFp32 from '../../shared/models/dist/triage-embed.onnx';
import embedInt8 from '../../shared/models/dist/triage-embed.int8.onnx';
import smallInt8 from '../../shared/models/dist/triage-small.int8.onnx';
import type { Manifest, ModelEntry } from '../../shared/models/manifest.ts';

/** Files shipped inside the Worker bundle, by file name. */
export const BUNDLED: Readonly<Record<string, ArrayBuffer>> = {
  'triage-classifier.onnx': classifierFp32,
  'triage-classifier.int8.onnx': classifierInt8,
  'triage-embed.onnx': embedFp32,
  'triage-embed.int8.onnx': embedInt8,
  'triage-small.int8.onnx': smallInt8,
};

export const BUNDLED_MANIFEST: Manifest = checkManifest(manifestJson);

/** What is used of an R2 bucket (R2Bucket fits). */
export interface R2Like {
  get(key: string): Promise<{ arrayBuffer(): Promise<ArrayBuffer> } | null>;
}
/** What is used of a KV namespace (KVNamespace fits). */
export interface KvLike {
  get(key: string, type: 'arrayBuffer'): Promise<ArrayBuffer | null>;
}

export interface StoreOptions {
  manifest?: Manifest;
  bundled?: Readonly<Record<string, ArrayBuffer>>;
  r2?: R2Like;
  kv?: KvLike;
}

export type ModelSource = 'bundle' | 'r2' | 'kv';

export class ModelStoreError extends Error {
  constructor(
    message: string,
    readonly code: 'not_found' | 'checksum_mismatch',
  ) {
    super(message);
    this.name = 'ModelStoreError';
  }
}

export interface ModelStore {
  readonly manifest: Manifest;
  /** The model's bytes and where they came from; ModelStoreError if no source has them (intact). */
  load(entry: ModelEntry): Promise<{ bytes: Uint8Array; source: ModelSource }>;
}

/** R2/KV key of a model file. */
export const storeKey = (file: string): string => `models/${file}`;

export function createModelStore(opts: StoreOptions = {}): ModelStore {
  const manifest = opts.manifest ?? BUNDLED_MANIFEST;
  const bundled = opts.bundled ?? BUNDLED;
  return {
    manifest,
    async load(entry) {
      const b = bundled[entry.file];
      if (b) return { bytes: new Uint8Array(b), source: 'bundle' };
      const tried: string[] = ['bundle'];
      if (opts.r2) {
        tried.push('R2');
        const obj = await opts.r2.get(storeKey(entry.file));
        if (obj) return { bytes: await verified(entry, await obj.arrayBuffer(), 'R2'), source: 'r2' };
      }
      if (opts.kv) {
        tried.push('KV');
        const buf = await opts.kv.get(storeKey(entry.file), 'arrayBuffer');
        if (buf) return { bytes: await verified(entry, buf, 'KV'), source: 'kv' };
      }
      throw new ModelStoreError(
        `model file ${entry.file} not found (looked in: ${tried.join(', ')}; R2/KV key ${storeKey(entry.file)})`,
        'not_found',
      );
    },
  };
}

async function verified(entry: ModelEntry, buf: ArrayBuffer, where: string): Promise<Uint8Array> {
  if ((await sha256Hex(buf)) !== entry.sha256) {
    throw new ModelStoreError(
      `model file ${entry.file} from ${where} does not match the manifest (checksum mismatch, ${buf.byteLength} bytes)`,
      'checksum_mismatch',
    );
  }
  return new Uint8Array(buf);
}

/** A value parsed from manifest.json → Manifest, after checking the fields the runner relies on. */
export function checkManifest(value: unknown): Manifest {
  const m = value as Partial<Manifest> | null;
  if (!m || m.format !== 1 || !Array.isArray(m.models))
    throw new Error('models manifest: not a format-1 manifest (rebuild with `npm run build:models`)');
  for (const e of m.models) {
    if (
      typeof e?.id !== 'string' ||
      typeof e.file !== 'string' ||
      !['classify', 'embed', 'generate'].includes(e.task) ||
      !e.input ||
      !e.output
    ) {
      throw new Error(`models manifest: bad entry ${JSON.stringify(e?.id ?? null)}`);
    }
  }
  return m as Manifest;
}
