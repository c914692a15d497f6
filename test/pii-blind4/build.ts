// Builds blind4.jsonl and README.md from inputs/ and the phrasings: `npx tsx test/pii-blind4/build.ts` writes them,
// `--check` verifies the committed files instead (exit 1 on any difference or invalid span), `--extract` first
// refreshes inputs/ (carriers and name pool) from the installed Debian packages: apt-get install debian-faq
// maint-guide-de maint-guide-fr maint-guide-it installation-guide-amd64 gimp-help-nl wamerican wngerman wfrench
// wspanish witalian wdutch; then `npx prettier --write test/pii-blind4/inputs` (names.json is Prettier-formatted).
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LANGS } from '../pii-blind/doc.ts';
import type { Carrier } from './carriers.ts';
import { extractCarriers, installedVersion, PACKAGES } from './carriers.ts';
import { checkSet } from './check.ts';
import { generate, SEED } from './generate.ts';
import type { Extracted } from './names.ts';
import { dictionaryWords, extractNamePool, namePool, otherSetsPersonTokens } from './names.ts';
import { renderReadme } from './readme.ts';

const HERE = dirname(fileURLToPath(import.meta.url));
export const PATHS = {
  set: join(HERE, 'blind4.jsonl'),
  readme: join(HERE, 'README.md'),
  carriers: join(HERE, 'inputs/carriers.jsonl'),
  packages: join(HERE, 'inputs/packages.json'),
  names: join(HERE, 'inputs/names.json'),
};
const CARRIERS_PER_LANG = 60;

function readCarriers(): Carrier[] {
  return readFileSync(PATHS.carriers, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Carrier);
}

function extract(): void {
  const words = dictionaryWords();
  const carriers = extractCarriers(SEED, CARRIERS_PER_LANG, words);
  writeFileSync(PATHS.carriers, carriers.map((c) => JSON.stringify(c)).join('\n') + '\n');
  const pkgs = [...new Set(LANGS.map((l) => PACKAGES[l].pkg))];
  writeFileSync(PATHS.packages, JSON.stringify(Object.fromEntries(pkgs.map((p) => [p, installedVersion(p)])), null, 2) + '\n');
  writeFileSync(PATHS.names, JSON.stringify(extractNamePool(words), null, 2) + '\n');
}

/** The set's JSON lines and README as the build makes them. */
export function build(others = otherSetsPersonTokens()): { jsonl: string; readme: string } {
  const carriers = readCarriers();
  const packages = JSON.parse(readFileSync(PATHS.packages, 'utf8')) as Record<string, string>;
  const committed = JSON.parse(readFileSync(PATHS.names, 'utf8')) as Extracted;
  const pool = namePool(committed.pool, others);
  const docs = generate(pool, carriers);
  const jsonl = docs.map((d) => JSON.stringify(d)).join('\n') + '\n';
  const sha = createHash('sha256').update(jsonl).digest('hex');
  return { jsonl, readme: renderReadme(docs, packages, carriers, committed, pool, sha) };
}

/** Every problem with the committed files: the set's own checks, then any difference from a rebuild. */
export function checkCommitted(): string[] {
  const others = otherSetsPersonTokens();
  const built = build(others);
  const committed = readFileSync(PATHS.set, 'utf8');
  const problems = checkSet(committed, others);
  if (committed !== built.jsonl) problems.push('blind4.jsonl differs from a rebuild');
  if (readFileSync(PATHS.readme, 'utf8') !== built.readme) problems.push('README.md differs from a rebuild');
  return problems;
}

function main(args: readonly string[]): void {
  if (args.includes('--extract')) extract();
  if (args.includes('--check')) {
    const problems = checkCommitted();
    for (const p of problems) console.error(p);
    console.log(problems.length ? `${problems.length} problems` : 'blind4.jsonl and README.md are valid and rebuild byte for byte');
    process.exit(problems.length ? 1 : 0);
  }
  const others = otherSetsPersonTokens();
  const built = build(others);
  const problems = checkSet(built.jsonl, others);
  if (problems.length) {
    for (const p of problems) console.error(p);
    process.exit(1);
  }
  writeFileSync(PATHS.set, built.jsonl);
  writeFileSync(PATHS.readme, built.readme);
  console.log(`wrote ${PATHS.set} and README.md`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main(process.argv.slice(2));
