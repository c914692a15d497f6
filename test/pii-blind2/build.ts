// Builds blind2.jsonl and README.md from inputs/ and the phrasings: `npx tsx test/pii-blind2/build.ts` writes them,
// `--check` verifies the committed files instead, `--extract` first refreshes inputs/ from the installed packages.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LANGS } from '../pii-blind/doc.ts';
import type { Carrier } from './carriers.ts';
import { extractCarriers, installedVersion, PACKAGES } from './carriers.ts';
import { checkSet } from './check.ts';
import { generate, SEED } from './generate.ts';
import { allOtherSetsPersonTokens, commonWords, namePool } from './names.ts';
import { renderReadme } from './readme.ts';

const HERE = dirname(fileURLToPath(import.meta.url));
export const PATHS = {
  set: join(HERE, 'blind2.jsonl'),
  readme: join(HERE, 'README.md'),
  carriers: join(HERE, 'inputs/carriers.jsonl'),
  packages: join(HERE, 'inputs/packages.json'),
};
const CARRIERS_PER_LANG = 60;

function readCarriers(): Carrier[] {
  return readFileSync(PATHS.carriers, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Carrier);
}

function extract(): void {
  const carriers = extractCarriers(SEED, CARRIERS_PER_LANG, commonWords());
  writeFileSync(PATHS.carriers, carriers.map((c) => JSON.stringify(c)).join('\n') + '\n');
  const packages = Object.fromEntries(LANGS.map((l) => [PACKAGES[l], installedVersion(PACKAGES[l])]));
  writeFileSync(PATHS.packages, JSON.stringify(packages, null, 2) + '\n');
}

const rules = () => ({ common: commonWords(), otherSets: allOtherSetsPersonTokens() });

/** The set's JSON lines and README as the build makes them. */
export function build(): { jsonl: string; readme: string } {
  const carriers = readCarriers();
  const packages = JSON.parse(readFileSync(PATHS.packages, 'utf8')) as Record<string, string>;
  const docs = generate(namePool(), carriers);
  const jsonl = docs.map((d) => JSON.stringify(d)).join('\n') + '\n';
  const sha = createHash('sha256').update(jsonl).digest('hex');
  return { jsonl, readme: renderReadme(docs, packages, carriers, sha) };
}

/** Every problem with the committed files: the set's own checks, then any difference from a rebuild. */
export function checkCommitted(): string[] {
  const built = build();
  const committed = readFileSync(PATHS.set, 'utf8');
  const problems = checkSet(committed, rules());
  if (committed !== built.jsonl) problems.push('blind2.jsonl differs from a rebuild');
  if (readFileSync(PATHS.readme, 'utf8') !== built.readme) problems.push('README.md differs from a rebuild');
  return problems;
}

function main(args: readonly string[]): void {
  if (args.includes('--extract')) extract();
  if (args.includes('--check')) {
    const problems = checkCommitted();
    for (const p of problems) console.error(p);
    process.exit(problems.length ? 1 : 0);
  }
  const built = build();
  const problems = checkSet(built.jsonl, rules());
  if (problems.length) {
    for (const p of problems) console.error(p);
    process.exit(1);
  }
  writeFileSync(PATHS.set, built.jsonl);
  writeFileSync(PATHS.readme, built.readme);
  console.log(`wrote ${PATHS.set} and README.md`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main(process.argv.slice(2));
