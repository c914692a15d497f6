// A model folder in a local directory, read as a FolderSource (shared/models/hf/folder.ts): how the on-prem
// `onnx` engine reads the folders its configuration names (`model_folders`).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { FolderSource } from '../../shared/models/hf/folder.ts';

/** The files of `dir`; a missing file reads as undefined, any other failure throws. */
export function directorySource(dir: string): FolderSource {
  return {
    description: dir,
    read: async (path) => {
      try {
        return new Uint8Array(await readFile(join(dir, path)));
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw e;
      }
    },
  };
}
