// The build driver shared by test/pii-blind3 … test/pii-blind7: a set's build.ts describes the set (its name,
// folder, name pool, generator, README and checks) and this writes <name>.jsonl and README.md from inputs/ and the
// phrasings; `--check` verifies the committed files instead (exit 1 on any difference or invalid span), `--extract`
// first refreshes inputs/ (carriers, package versions and name pool) from the installed Debian packages.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Doc } from './doc.ts';

export interface SetPaths {
  set: string;
  readme: string;
  carriers: string;
  packages: string;
  names: string;
}

/** The inputs a set's --extract reads from the installed Debian packages. */
export interface Extracted<Carrier> {
  carriers: Carrier[];
  /** Package name → installed version. */
  packages: Record<string, string>;
  /** What inputs/names.json holds. */
  names: unknown;
}

/** What the README is rendered from. */
export interface Built<Carrier, Names, Pool> {
  docs: Doc[];
  packages: Record<string, string>;
  carriers: Carrier[];
  /** inputs/names.json as committed. */
  names: Names;
  /** The name pool the generator drew from: the committed one less the other sets' tokens. */
  pool: Pool;
  /** SHA-256 of the set's JSON lines. */
  sha: string;
}

export interface SetDefinition<Carrier, Names, Pool> {
  /** The set's file name without .jsonl: 'blind5'. */
  name: string;
  /** The set's folder. */
  dir: string;
  otherSetsPersonTokens(): Set<string>;
  /** The pool the generator draws from, from the committed names.json less the other sets' tokens. */
  pool(names: Names, others: Set<string>): Pool;
  generate(pool: Pool, carriers: readonly Carrier[]): Doc[];
  readme(b: Built<Carrier, Names, Pool>): string;
  /** The set's own checks of its JSON lines. */
  check(jsonl: string, others: Set<string>, pool: Pool): string[];
  extract(): Extracted<Carrier>;
}

export interface SetBuilder {
  PATHS: SetPaths;
  /** The set's JSON lines and README as the build makes them. */
  build(others?: Set<string>): { jsonl: string; readme: string };
  /** Every problem with the committed files: the set's own checks, then any difference from a rebuild. */
  checkCommitted(): string[];
  /** The command line: a build, `--check` or `--extract`. */
  main(args: readonly string[]): void;
}

/** Installed versions of the given packages (each once), by `installedVersion`. */
export function installedVersions(pkgs: readonly string[], installedVersion: (pkg: string) => string): Record<string, string> {
  return Object.fromEntries([...new Set(pkgs)].map((p) => [p, installedVersion(p)]));
}

/** The whole tokens (not the syllables of a hyphenated name) of every name in a pool (locale → list name →
 * names), three letters or more. */
export function poolTokens(pool: object, nameTokenParts: (name: string) => { token: string; syllable: boolean }[]): Set<string> {
  const out = new Set<string>();
  for (const lists of Object.values(pool) as object[])
    for (const list of Object.values(lists) as string[][])
      for (const n of list) for (const t of nameTokenParts(n)) if (!t.syllable && t.token.length >= 3) out.add(t.token);
  return out;
}

export function setBuilder<Carrier, Names, Pool>(def: SetDefinition<Carrier, Names, Pool>): SetBuilder {
  const file = `${def.name}.jsonl`;
  const PATHS: SetPaths = {
    set: join(def.dir, file),
    readme: join(def.dir, 'README.md'),
    carriers: join(def.dir, 'inputs/carriers.jsonl'),
    packages: join(def.dir, 'inputs/packages.json'),
    names: join(def.dir, 'inputs/names.json'),
  };

  const readCarriers = (): Carrier[] =>
    readFileSync(PATHS.carriers, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as Carrier);

  function extract(): void {
    const x = def.extract();
    writeFileSync(PATHS.carriers, x.carriers.map((c) => JSON.stringify(c)).join('\n') + '\n');
    writeFileSync(PATHS.packages, JSON.stringify(x.packages, null, 2) + '\n');
    writeFileSync(PATHS.names, JSON.stringify(x.names, null, 2) + '\n');
  }

  function buildWithPool(others: Set<string>): { jsonl: string; readme: string; pool: Pool } {
    const carriers = readCarriers();
    const packages = JSON.parse(readFileSync(PATHS.packages, 'utf8')) as Record<string, string>;
    const names = JSON.parse(readFileSync(PATHS.names, 'utf8')) as Names;
    const pool = def.pool(names, others);
    const docs = def.generate(pool, carriers);
    const jsonl = docs.map((d) => JSON.stringify(d)).join('\n') + '\n';
    const sha = createHash('sha256').update(jsonl).digest('hex');
    return { jsonl, pool, readme: def.readme({ docs, packages, carriers, names, pool, sha }) };
  }

  function build(others = def.otherSetsPersonTokens()): { jsonl: string; readme: string } {
    const { jsonl, readme } = buildWithPool(others);
    return { jsonl, readme };
  }

  function checkCommitted(): string[] {
    const others = def.otherSetsPersonTokens();
    const built = buildWithPool(others);
    const committed = readFileSync(PATHS.set, 'utf8');
    const problems = def.check(committed, others, built.pool);
    if (committed !== built.jsonl) problems.push(`${file} differs from a rebuild`);
    if (readFileSync(PATHS.readme, 'utf8') !== built.readme) problems.push('README.md differs from a rebuild');
    return problems;
  }

  function main(args: readonly string[]): void {
    if (args.includes('--extract')) extract();
    if (args.includes('--check')) {
      const problems = checkCommitted();
      for (const p of problems) console.error(p);
      console.log(problems.length ? `${problems.length} problems` : `${file} and README.md are valid and rebuild byte for byte`);
      process.exit(problems.length ? 1 : 0);
    }
    const others = def.otherSetsPersonTokens();
    const built = buildWithPool(others);
    const problems = def.check(built.jsonl, others, built.pool);
    if (problems.length) {
      for (const p of problems) console.error(p);
      process.exit(1);
    }
    writeFileSync(PATHS.set, built.jsonl);
    writeFileSync(PATHS.readme, built.readme);
    console.log(`wrote ${PATHS.set} and README.md`);
  }

  return { PATHS, build, checkCommitted, main };
}

// ---- a blind set from pii-blind11 on ----

/** What blindSetBuilder takes of a set's names.ts. */
export interface BlindSetNames<Names, Pool> {
  otherSetsPersonTokens(): Set<string>;
  namePool(committed: Pool, others: Set<string>): Pool;
  poolNameTokens(pool: Pool): ReadonlySet<string>;
  extractNamePool(words: Set<string>): Names;
  dictionaryWords(): Set<string>;
}

/** What blindSetBuilder takes of a set's carriers.ts. */
export interface BlindSetCarriers<Carrier> {
  PACKAGES: readonly string[];
  installedVersion(pkg: string): string;
  extractCarriers(seed: number, perLang: number, exclude: ReadonlySet<string>): Carrier[];
}

/** A set from pii-blind11 on: its name and folder, names.ts and carriers.ts, seed, carriers per language and the
 * sentences left out by hand, generator, README and checks. */
export interface BlindSetDefinition<Carrier, Names, Pool> {
  name: string;
  dir: string;
  names: BlindSetNames<Names, Pool>;
  carriers: BlindSetCarriers<Carrier>;
  seed: number;
  carriersPerLang: number;
  excluded: ReadonlySet<string>;
  generate(pool: Pool, carriers: readonly Carrier[]): Doc[];
  renderReadme(
    docs: readonly Doc[],
    packages: Record<string, string>,
    carriers: readonly Carrier[],
    names: Names,
    pool: Pool,
    sha256: string,
  ): string;
  checkSet(jsonl: string, others: Set<string>, poolTokens: ReadonlySet<string>): string[];
}

/** setBuilder for a set from pii-blind11 on: the pool is the committed one less the other sets' tokens, the check
 * also refuses the pool's tokens outside a span, --extract reads the carriers and the names. */
export function blindSetBuilder<Carrier, Names extends { pool: Pool }, Pool>(def: BlindSetDefinition<Carrier, Names, Pool>): SetBuilder {
  const { names, carriers } = def;
  return setBuilder<Carrier, Names, Pool>({
    name: def.name,
    dir: def.dir,
    otherSetsPersonTokens: () => names.otherSetsPersonTokens(),
    pool: (n, others) => names.namePool(n.pool, others),
    generate: def.generate,
    readme: (b) => def.renderReadme(b.docs, b.packages, b.carriers, b.names, b.pool, b.sha),
    check: (jsonl, others, pool) => def.checkSet(jsonl, others, names.poolNameTokens(pool)),
    extract: () => ({
      carriers: carriers.extractCarriers(def.seed, def.carriersPerLang, def.excluded),
      packages: installedVersions([...carriers.PACKAGES], carriers.installedVersion),
      names: names.extractNamePool(names.dictionaryWords()),
    }),
  });
}

// ---- the README's build bullet (pii-blind12 on) ----

/** The first bullet of the README's "How it was built" of set `name` ('blind12'): the build command, the seed and
 * balance, the shared builder, and the set's hash. */
export function buildBullet(name: string, seed: number, perLang: { pos: number; hard: number; neg: number }, sha256: string): string {
  return `- \`npx tsx test/pii-${name}/build.ts\` rebuilds \`${name}.jsonl\` and this README byte for byte from \`inputs/\`
  and the phrasings, with no Debian package installed (\`--check\` verifies instead of writing and exits non-zero
  on any difference or invalid span; \`--extract\` first refreshes \`inputs/\` from the installed packages, after
  which \`npx prettier --write test/pii-${name}/inputs\` restores the committed layout of \`names.json\`). Seeded
  PRNG (sfc32 through splitmix32, \`../pii-independent/rng.ts\`), seed \`${seed}\`; per language ${perLang.pos}
  sensitive documents, ${perLang.hard} hard negatives and ${perLang.neg} plain ones, by the shared builder of
  \`../pii-blind/\` (\`set-build.ts\`, \`set-generate.ts\`, \`set-template.ts\`, \`set-check.ts\`, \`set-values.ts\`).
  Each span is recorded as its value is appended (\`../pii-blind/doc.ts\`), so offsets are exact by construction.
  sha256 of \`${name}.jsonl\`: \`${sha256}\`.`;
}
