// Builds blind7.jsonl and README.md from inputs/ and the phrasings: `npx tsx test/pii-blind7/build.ts` writes them,
// `--check` verifies the committed files instead (exit 1 on any difference or invalid span), `--extract` first
// refreshes inputs/ (carriers and name pool) from the installed Debian packages: apt-get install
// --no-install-recommends gnome-user-docs wamerican wngerman wfrench wspanish witalian wdutch; then
// `npx prettier --write test/pii-blind7/inputs` (names.json is Prettier-formatted). The plain build and the check
// need no Debian package.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LANGS } from '../pii-blind/doc.ts';
import type { Carrier } from './carriers.ts';
import { extractCarriers, installedVersion, PACKAGES } from './carriers.ts';
import { checkSet } from './check.ts';
import { generate, SEED } from './generate.ts';
import type { Extracted, NamePool } from './names.ts';
import { dictionaryWords, extractNamePool, namePool, NAME_LOCALES, nameTokenParts, otherSetsPersonTokens } from './names.ts';
import { renderReadme } from './readme.ts';

const HERE = dirname(fileURLToPath(import.meta.url));
export const PATHS = {
  set: join(HERE, 'blind7.jsonl'),
  readme: join(HERE, 'README.md'),
  carriers: join(HERE, 'inputs/carriers.jsonl'),
  packages: join(HERE, 'inputs/packages.json'),
  names: join(HERE, 'inputs/names.json'),
};
const CARRIERS_PER_LANG = 60;

/** Sentences of the help left out by hand after reading the extracted sample (none so far). */
const EXCLUDED: ReadonlySet<string> = new Set<string>([]);

function readCarriers(): Carrier[] {
  return readFileSync(PATHS.carriers, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Carrier);
}

function extract(): void {
  const carriers = extractCarriers(SEED, CARRIERS_PER_LANG, EXCLUDED);
  writeFileSync(PATHS.carriers, carriers.map((c) => JSON.stringify(c)).join('\n') + '\n');
  const pkgs = [...new Set(LANGS.map((l) => PACKAGES[l].pkg))];
  writeFileSync(PATHS.packages, JSON.stringify(Object.fromEntries(pkgs.map((p) => [p, installedVersion(p)])), null, 2) + '\n');
  writeFileSync(PATHS.names, JSON.stringify(extractNamePool(dictionaryWords()), null, 2) + '\n');
}

/** The whole tokens (not the syllables of a hyphenated name) of every name in the pool, three letters or more. */
export function poolTokens(pool: NamePool): Set<string> {
  const out = new Set<string>();
  for (const loc of NAME_LOCALES)
    for (const list of Object.values(pool[loc]))
      for (const n of list as string[]) for (const t of nameTokenParts(n)) if (!t.syllable && t.token.length >= 3) out.add(t.token);
  return out;
}

/** The committed name pool less the other sets' tokens. */
export function buildPool(others: Set<string>): { committed: Extracted; pool: NamePool } {
  const committed = JSON.parse(readFileSync(PATHS.names, 'utf8')) as Extracted;
  return { committed, pool: namePool(committed.pool, others) };
}

/** The set's JSON lines and README as the build makes them. */
export function build(others = otherSetsPersonTokens()): { jsonl: string; readme: string; pool: NamePool } {
  const carriers = readCarriers();
  const packages = JSON.parse(readFileSync(PATHS.packages, 'utf8')) as Record<string, string>;
  const { committed, pool } = buildPool(others);
  const docs = generate(pool, carriers);
  const jsonl = docs.map((d) => JSON.stringify(d)).join('\n') + '\n';
  const sha = createHash('sha256').update(jsonl).digest('hex');
  return { jsonl, pool, readme: renderReadme(docs, packages, carriers, committed, pool, sha) };
}

/** Every problem with the committed files: the set's own checks, then any difference from a rebuild. */
export function checkCommitted(): string[] {
  const others = otherSetsPersonTokens();
  const built = build(others);
  const committed = readFileSync(PATHS.set, 'utf8');
  const problems = checkSet(committed, others, poolTokens(built.pool));
  if (committed !== built.jsonl) problems.push('blind7.jsonl differs from a rebuild');
  if (readFileSync(PATHS.readme, 'utf8') !== built.readme) problems.push('README.md differs from a rebuild');
  return problems;
}

function main(args: readonly string[]): void {
  if (args.includes('--extract')) extract();
  if (args.includes('--check')) {
    const problems = checkCommitted();
    for (const p of problems) console.error(p);
    console.log(problems.length ? `${problems.length} problems` : 'blind7.jsonl and README.md are valid and rebuild byte for byte');
    process.exit(problems.length ? 1 : 0);
  }
  const others = otherSetsPersonTokens();
  const built = build(others);
  const problems = checkSet(built.jsonl, others, poolTokens(built.pool));
  if (problems.length) {
    for (const p of problems) console.error(p);
    process.exit(1);
  }
  writeFileSync(PATHS.set, built.jsonl);
  writeFileSync(PATHS.readme, built.readme);
  console.log(`wrote ${PATHS.set} and README.md`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main(process.argv.slice(2));
