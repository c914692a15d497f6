// Model folders on disk for Node tests: the fixtures `npm run build:models` writes (shared/models/dist/fixtures/)
// read as a FolderSource. The tiers bring sources of their own (bundle, R2/KV, a directory, S3).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { FolderSource } from '../../shared/models/hf/folder.ts';

export const FIXTURES_DIR = join(import.meta.dirname, '..', '..', 'shared', 'models', 'dist', 'fixtures');

/** The files of `dir`; a missing file reads as undefined, any other failure throws. */
export function directorySource(dir: string): FolderSource {
  return {
    description: `local folder ${dir}`,
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

/** A built fixture folder by name, e.g. `tiny-bert-tokcls`. */
export const fixtureFolder = (name: string): FolderSource => directorySource(join(FIXTURES_DIR, name));
