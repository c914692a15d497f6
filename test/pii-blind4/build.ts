// Builds blind4.jsonl and README.md from inputs/ and the phrasings: `npx tsx test/pii-blind4/build.ts` writes them,
// `--check` verifies the committed files instead (exit 1 on any difference or invalid span), `--extract` first
// refreshes inputs/ (carriers and name pool) from the installed Debian packages: apt-get install debian-faq
// maint-guide-de maint-guide-fr maint-guide-it installation-guide-amd64 gimp-help-nl wamerican wngerman wfrench
// wspanish witalian wdutch; then `npx prettier --write test/pii-blind4/inputs` (names.json is Prettier-formatted).
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LANGS } from '../pii-blind/doc.ts';
import { installedVersions, setBuilder } from '../pii-blind/set-build.ts';
import type { Carrier } from './carriers.ts';
import { extractCarriers, installedVersion, PACKAGES } from './carriers.ts';
import { checkSet } from './check.ts';
import { generate, SEED } from './generate.ts';
import type { Extracted, NamePool } from './names.ts';
import { dictionaryWords, extractNamePool, namePool, otherSetsPersonTokens } from './names.ts';
import { renderReadme } from './readme.ts';

const CARRIERS_PER_LANG = 60;

export const { PATHS, build, checkCommitted, main } = setBuilder<Carrier, Extracted, NamePool>({
  name: 'blind4',
  dir: dirname(fileURLToPath(import.meta.url)),
  otherSetsPersonTokens,
  pool: (names, others) => namePool(names.pool, others),
  generate,
  readme: (b) => renderReadme(b.docs, b.packages, b.carriers, b.names, b.pool, b.sha),
  check: (jsonl, others) => checkSet(jsonl, others),
  extract: () => {
    const words = dictionaryWords();
    return {
      carriers: extractCarriers(SEED, CARRIERS_PER_LANG, words),
      packages: installedVersions(
        LANGS.map((l) => PACKAGES[l].pkg),
        installedVersion,
      ),
      names: extractNamePool(words),
    };
  },
});

if (process.argv[1] === fileURLToPath(import.meta.url)) main(process.argv.slice(2));
