// Builds blind12.jsonl and README.md from inputs/ and the phrasings: `npx tsx test/pii-blind12/build.ts` writes
// them, `--check` verifies the committed files instead (exit 1 on any difference or invalid span), `--extract` first
// refreshes inputs/ (carriers and name pool) from the installed Debian packages: apt-get install
// --no-install-recommends emacs-common wamerican wngerman wfrench wspanish witalian wdutch; then
// `npx prettier --write test/pii-blind12/inputs` (names.json is Prettier-formatted). The plain build and the check
// need no Debian package.
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { blindSetBuilder } from '../pii-blind/set-build.ts';
import * as carriers from './carriers.ts';
import { checkSet } from './check.ts';
import { generate, SEED } from './generate.ts';
import * as names from './names.ts';
import { renderReadme } from './readme.ts';

export const CARRIERS_PER_LANG = 30;

/** Sentences of the tutorials left out by hand after reading the extracted sample: two that name a command whose
 * name is made of ordinary words, which the hyphen rule of carriers.ts lets through. */
const EXCLUDED: ReadonlySet<string> = new Set<string>([
  'The replace-string command requires two arguments--the string to be replaced, and the string to replace it with.',
  'An example is the command replace-string, which replaces one string with another in the buffer.',
]);

export const { PATHS, build, checkCommitted, main } = blindSetBuilder({
  name: 'blind12',
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
