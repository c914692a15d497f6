// Builds blind13.jsonl and README.md from inputs/ and the phrasings: `npx tsx test/pii-blind13/build.ts` writes
// them, `--check` verifies the committed files instead (exit 1 on any difference or invalid span), `--extract` first
// refreshes inputs/ (carriers and name pool) from the installed Debian packages: apt-get install
// --no-install-recommends kpat wamerican wngerman wfrench wspanish witalian wdutch; then
// `npx prettier --write test/pii-blind13/inputs` (names.json is Prettier-formatted). The plain build and the check
// need no Debian package.
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { installedVersions, setBuilder } from '../pii-blind/set-build.ts';
import type { Carrier } from './carriers.ts';
import { extractCarriers, installedVersion, PACKAGES } from './carriers.ts';
import { checkSet } from './check.ts';
import { generate, SEED } from './generate.ts';
import type { Extracted, NamePool } from './names.ts';
import { dictionaryWords, extractNamePool, namePool, otherSetsPersonTokens, poolNameTokens } from './names.ts';
import { renderReadme } from './readme.ts';

export const CARRIERS_PER_LANG = 30;

/** Sentences of the handbooks left out by hand after reading the extracted sample (none so far). */
const EXCLUDED: ReadonlySet<string> = new Set<string>([]);

export const { PATHS, build, checkCommitted, main } = setBuilder<Carrier, Extracted, NamePool>({
  name: 'blind13',
  dir: dirname(fileURLToPath(import.meta.url)),
  otherSetsPersonTokens,
  pool: (names, others) => namePool(names.pool, others),
  generate,
  readme: (b) => renderReadme(b.docs, b.packages, b.carriers, b.names, b.pool, b.sha),
  check: (jsonl, others, pool) => checkSet(jsonl, others, poolNameTokens(pool)),
  extract: () => ({
    carriers: extractCarriers(SEED, CARRIERS_PER_LANG, EXCLUDED),
    packages: installedVersions([...PACKAGES], installedVersion),
    names: extractNamePool(dictionaryWords()),
  }),
});

if (process.argv[1] === fileURLToPath(import.meta.url)) main(process.argv.slice(2));
