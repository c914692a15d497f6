// The fixture model folders `npm run build:models` writes (shared/models/dist/fixtures/), for Node tests, read
// the way the on-prem node reads a configured folder.
import { join } from 'node:path';
import type { FolderSource } from '../../shared/models/hf/folder.ts';
import { directorySource } from '../../onprem/engines/directory-source.ts';

export { directorySource };

export const FIXTURES_DIR = join(import.meta.dirname, '..', '..', 'shared', 'models', 'dist', 'fixtures');

/** A built fixture folder by name, e.g. `tiny-bert-tokcls`. */
export const fixtureFolder = (name: string): FolderSource => directorySource(join(FIXTURES_DIR, name));
