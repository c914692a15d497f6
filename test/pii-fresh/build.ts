// The fresh PII evaluation set (issue 14), built blind to the detectors' code, models and tuning sets. From the root:
//   npx tsx test/pii-fresh/build.ts             writes fresh.jsonl and README.md from inputs/
//   npx tsx test/pii-fresh/build.ts --check     validates the committed files and that they rebuild byte for byte
//   npx tsx test/pii-fresh/build.ts --extract   refreshes inputs/ from the installed Debian documentation
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractCarriers, HTML_SOURCES, packageVersion, type Carrier } from './carriers.ts';
import { checkSet } from './check.ts';
import type { Doc } from './doc.ts';
import { generate, LANGS } from './generate.ts';
import { commonWords, namePools } from './names.ts';
import { readme } from './readme.ts';

export const SEED = 0x18_f5e5;
const CARRIERS_PER_LANG = 60;
const HERE = dirname(fileURLToPath(import.meta.url));
export const PATHS = {
  set: join(HERE, 'fresh.jsonl'),
  readme: join(HERE, 'README.md'),
  carriers: join(HERE, 'inputs', 'carriers.jsonl'),
  packages: join(HERE, 'inputs', 'packages.json'),
};

export const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

function extract(): void {
  mkdirSync(dirname(PATHS.carriers), { recursive: true });
  const carriers = extractCarriers(LANGS, CARRIERS_PER_LANG, SEED);
  writeFileSync(PATHS.carriers, carriers.map((c) => JSON.stringify(c)).join('\n') + '\n');
  const english = [...new Set(carriers.filter((c) => c.lang === 'en').map((c) => c.package))].sort();
  const packages = [...english, ...Object.values(HTML_SOURCES).map((s) => s.package)];
  writeFileSync(PATHS.packages, JSON.stringify(Object.fromEntries(packages.map((p) => [p, packageVersion(p)])), null, 2) + '\n');
  console.log(`inputs: ${carriers.length} carrier sentences from ${packages.length} packages`);
}

function readCarriers(): Carrier[] {
  return readFileSync(PATHS.carriers, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Carrier);
}

/** The set as JSON lines and its README, built from the committed inputs. */
export function buildSet(): { jsonl: string; docs: Doc[]; readme: string } {
  const docs = generate(SEED, namePools(), readCarriers());
  const jsonl = docs.map((d) => JSON.stringify(d)).join('\n') + '\n';
  const packages = JSON.parse(readFileSync(PATHS.packages, 'utf8')) as Record<string, string>;
  return { jsonl, docs, readme: readme({ docs, seed: SEED, setSha: sha256(jsonl), packages }) };
}

/** Every problem with the committed files: the set's own validation and a byte-for-byte rebuild of both. */
export function checkCommitted(): string[] {
  const committed = readFileSync(PATHS.set, 'utf8');
  const built = buildSet();
  const problems = checkSet(committed, commonWords());
  if (built.jsonl !== committed) problems.push('fresh.jsonl differs from what build.ts produces from inputs/');
  if (built.readme !== readFileSync(PATHS.readme, 'utf8')) problems.push('README.md differs from what build.ts produces');
  return problems;
}

function main(argv: readonly string[]): number {
  if (argv.includes('--extract')) return (void extract(), 0);
  if (argv.includes('--check')) {
    const problems = checkCommitted();
    for (const p of problems.slice(0, 50)) console.error(p);
    if (problems.length === 0) console.log('fresh.jsonl and README.md: valid and rebuild byte for byte');
    return problems.length ? 1 : 0;
  }
  const built = buildSet();
  const problems = checkSet(built.jsonl, commonWords());
  for (const p of problems.slice(0, 50)) console.error(p);
  if (problems.length) return 1;
  writeFileSync(PATHS.set, built.jsonl);
  writeFileSync(PATHS.readme, built.readme);
  console.log(`fresh.jsonl: ${built.docs.length} documents, sha256 ${sha256(built.jsonl)}`);
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) process.exitCode = main(process.argv.slice(2));
