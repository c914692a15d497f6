// The independent PII evaluation set (issue 14, "Measured"). Run from the project root:
//   npx tsx test/pii-independent/build.ts             writes independent.jsonl and README.md from inputs/
//   npx tsx test/pii-independent/build.ts --check     validates the committed file and that it rebuilds byte for byte
//   npx tsx test/pii-independent/build.ts --extract   refreshes inputs/ from the installed Debian packages
//                                                      (manpages, manpages-de/-fr/-es/-it/-nl; /usr/share/doc/*/copyright)
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkSet } from './check.ts';
import type { Doc } from './compose.ts';
import { generate } from './generate.ts';
import { namePools } from './names.ts';
import { readme } from './readme.ts';
import { LANGS } from './rng.ts';
import { extractCarriers, extractNameParts, MAN_PACKAGES, packageVersion, type Carrier, type NameParts } from './sources.ts';

export const SEED = 0x14_2026;
const CARRIERS_PER_LANG = 400;
const HERE = dirname(fileURLToPath(import.meta.url));
export const PATHS = {
  set: join(HERE, 'independent.jsonl'),
  readme: join(HERE, 'README.md'),
  carriers: join(HERE, 'inputs', 'carriers.jsonl'),
  names: join(HERE, 'inputs', 'names.json'),
  packages: join(HERE, 'inputs', 'packages.json'),
};

export const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

function extract(): void {
  mkdirSync(dirname(PATHS.carriers), { recursive: true });
  const carriers = extractCarriers(CARRIERS_PER_LANG, SEED);
  writeFileSync(PATHS.carriers, carriers.map((c) => JSON.stringify(c)).join('\n') + '\n');
  writeFileSync(PATHS.names, JSON.stringify(extractNameParts(), null, 2) + '\n');
  const versions = Object.fromEntries(Object.values(MAN_PACKAGES).map((p) => [p, packageVersion(p)]));
  writeFileSync(PATHS.packages, JSON.stringify(versions, null, 2) + '\n');
  console.log(`inputs: ${carriers.length} carrier sentences, name parts and package versions written`);
}

function readInputs(): { carriers: Carrier[]; names: NameParts } {
  const carriers = readFileSync(PATHS.carriers, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Carrier);
  return { carriers, names: JSON.parse(readFileSync(PATHS.names, 'utf8')) as NameParts };
}

/** The set as JSON lines, built from the committed inputs. */
export function buildSet(): { jsonl: string; docs: Doc[] } {
  const { carriers, names } = readInputs();
  const carrierWords = new Set(carriers.flatMap((c) => c.text.toLowerCase().split(/[^\p{L}]+/u)));
  const docs = generate(SEED, namePools(names, carrierWords), carriers);
  return { jsonl: docs.map((d) => JSON.stringify(d)).join('\n') + '\n', docs };
}

function inputHashes(): Record<string, string> {
  return Object.fromEntries(
    [PATHS.carriers, PATHS.names, PATHS.packages].map((p) => [`inputs/${p.split('/').pop()}`, sha256(readFileSync(p, 'utf8'))]),
  );
}

function build(): number {
  const { jsonl, docs } = buildSet();
  const problems = checkSet(jsonl);
  if (problems.length) return fail(problems);
  writeFileSync(PATHS.set, jsonl);
  const packages = JSON.parse(readFileSync(PATHS.packages, 'utf8')) as Record<string, string>;
  writeFileSync(PATHS.readme, readme({ docs, seed: SEED, setSha: sha256(jsonl), inputs: inputHashes(), packages }));
  console.log(`independent.jsonl: ${docs.length} documents (${LANGS.join(', ')}), sha256 ${sha256(jsonl)}`);
  return 0;
}

/** Every problem with the committed set: its own validation, a byte-for-byte rebuild and the hashes in the README. */
export function checkCommitted(): string[] {
  const committed = readFileSync(PATHS.set, 'utf8');
  const problems = checkSet(committed);
  if (buildSet().jsonl !== committed) problems.push('independent.jsonl differs from what build.ts produces from inputs/');
  const text = readFileSync(PATHS.readme, 'utf8');
  for (const hash of [sha256(committed), ...Object.values(inputHashes())])
    if (!text.includes(hash)) problems.push(`README.md does not record sha256 ${hash}`);
  return problems;
}

function fail(problems: readonly string[]): number {
  for (const p of problems.slice(0, 50)) console.error(p);
  console.error(`${problems.length} problem(s)`);
  return 1;
}

function main(argv: readonly string[]): number {
  if (argv.includes('--extract')) {
    extract();
    return 0;
  }
  if (argv.includes('--check')) {
    const problems = checkCommitted();
    if (problems.length) return fail(problems);
    console.log('independent.jsonl: valid, rebuilds byte for byte, hashes match README.md');
    return 0;
  }
  return build();
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) process.exitCode = main(process.argv.slice(2));
