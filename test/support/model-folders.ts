// The fixture model folders `npm run build:models` writes (shared/models/dist/fixtures/), for Node tests, read
// from disk the way the Node tiers read a configured folder.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { directorySource, type FolderSource } from '../../shared/models/hf/folder.ts';

export const FIXTURES_DIR = join(import.meta.dirname, '..', '..', 'shared', 'models', 'dist', 'fixtures');

/** A folder on disk as a FolderSource. */
export const localFolder = (dir: string): FolderSource => directorySource(dir, readFile);

/** A built fixture folder by name, e.g. `tiny-bert-tokcls`. */
export const fixtureFolder = (name: string): FolderSource => localFolder(join(FIXTURES_DIR, name));
