// Hugging Face model folders (shared/models/hf/folder.ts) read from the edge's storage: R2 for folders of any
// size, KV for small ones. One object per file of the folder, keyed `<prefix>/<path inside the folder>`, e.g.
// `hf/my-classifier/config.json` and `hf/my-classifier/onnx/model_quantized.onnx`.
//
// As with the default models (store.ts), bytes from R2/KV are not trusted as they are: `loadHfFolder` checks every
// file against the folder's `checksums.json` (or the manifest handed in), so a stale or truncated object is
// reported by name instead of being run. A missing object reads as "no such file"; any other failure of the store
// is an HfFolderError naming the store, the prefix and the file — never an object's contents.
//
//   const source = r2FolderSource(env.MODELS, 'hf/my-classifier', { binding: 'MODELS' });
//   const model = await createEncoderModel(edgeOrt, await loadHfFolder(source, { variant: 'q8' }));
import { HfFolderError, type FolderSource } from '../../shared/models/hf/folder.ts';
import type { KvLike, R2Like } from './store.ts';

export interface FolderSourceOptions {
  /** The binding's name, to say which bucket or namespace in descriptions and errors (`r2://MODELS/hf/x`). */
  binding?: string;
}

/** The R2 object key / KV key of a file of the folder stored under `prefix`. */
export function folderKey(prefix: string, path: string): string {
  const base = prefix.replace(/\/+$/, '');
  return base === '' ? path : `${base}/${path}`;
}

/** A folder in an R2 bucket (R2Bucket fits), one object per file. */
export function r2FolderSource(bucket: R2Like, prefix: string, opts: FolderSourceOptions = {}): FolderSource {
  const getBytes = async (key: string): Promise<ArrayBuffer | null> => {
    const object = await bucket.get(key);
    return object === null ? null : object.arrayBuffer();
  };
  return storeSource('R2', getBytes, prefix, opts);
}

/**
 * A folder in a KV namespace (KVNamespace fits), one value per file. KV values are limited to 25 MiB: a file
 * larger than that (an ONNX variant past ~6 M fp32 or ~25 M INT8 parameters) cannot be stored there — put
 * such a folder in R2.
 */
export function kvFolderSource(kv: KvLike, prefix: string, opts: FolderSourceOptions = {}): FolderSource {
  return storeSource('KV', (key) => kv.get(key, 'arrayBuffer'), prefix, opts);
}

/** A FolderSource over a key → bytes store: null is a missing file, a thrown error a failed read. */
function storeSource(
  store: 'R2' | 'KV',
  getBytes: (key: string) => Promise<ArrayBuffer | null>,
  prefix: string,
  opts: FolderSourceOptions,
): FolderSource {
  const description = `${store.toLowerCase()}://${[opts.binding, prefix.replace(/\/+$/, '')].filter(Boolean).join('/')}`;
  return {
    description,
    async read(path) {
      const key = folderKey(prefix, path);
      let bytes: ArrayBuffer | null;
      try {
        bytes = await getBytes(key);
      } catch (cause) {
        // The store's own message (e.g. an invalid key, a lost connection) says why; it holds no object data.
        throw new HfFolderError(`reading ${path} from ${description} failed (${store} key ${key}): ${reasonOf(cause)}`, { cause });
      }
      return bytes === null ? undefined : new Uint8Array(bytes);
    },
  };
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
