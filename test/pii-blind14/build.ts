// Builds blind14.jsonl and README.md from inputs/ and the phrasings: `npx tsx test/pii-blind14/build.ts` writes
// them, `--check` verifies the committed files instead (exit 1 on any difference or invalid span), `--extract` first
// refreshes inputs/ (carriers and name pool) from the installed Debian packages: apt-get install
// --no-install-recommends kgoldrunner wamerican wngerman wfrench wspanish witalian wdutch; then
// `npx prettier --write test/pii-blind14/inputs` (names.json is Prettier-formatted). The plain build and the check
// need no Debian package.
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { blindSetBuilder } from '../pii-blind/set-build.ts';
import * as carriers from './carriers.ts';
import { checkSet } from './check.ts';
import { generate, SEED } from './generate.ts';
import * as names from './names.ts';
import { renderReadme } from './readme.ts';

export const CARRIERS_PER_LANG = 60;

/** Sentences of the handbook left out by hand after reading the extracted sample: the one about taking one's own
 * life (the game's way out of a trapped position), in each language that has it — not a sentence to mix into
 * prompts. */
const EXCLUDED: ReadonlySet<string> = new Set<string>([
  'You will stay imprisoned for ever unless you commit suicide!',
  'Vous resterez prisonnier à jamais si vous ne vous suicidez pas.',
  'Staresti imprigionato per sempre a meno che non ti suicidassi!',
]);

export const { PATHS, build, checkCommitted, main } = blindSetBuilder({
  name: 'blind14',
  dir: dirname(fileURLToPath(import.meta.url)),
  names,
  carriers,
  seed: SEED,
  carriersPerLang: CARRIERS_PER_LANG,
  excluded: EXCLUDED,
  generate,
  renderReadme,
  checkSet,
});

if (process.argv[1] === fileURLToPath(import.meta.url)) main(process.argv.slice(2));
