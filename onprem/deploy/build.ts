// Builds what the on-prem container image runs: one ESM bundle of the service and a trimmed node_modules
// holding only the packages the bundle leaves external (onnxruntime-node and its runtime dependency):
//
//   <outdir>/main.mjs              onprem/main.ts, bundled (esbuild: platform node, ESM, target node20, minified)
//   <outdir>/chunks/*.mjs          what main.mjs imports only when the configuration asks for it (an engine,
//                                  the Redis nonce store), so a start parses only the code it runs
//   <outdir>/main.mjs.map, chunks/*.mjs.map   source maps (run with `node --enable-source-maps`)
//   <outdir>/healthcheck.mjs       onprem/deploy/healthcheck.ts, the Docker HEALTHCHECK command
//   <outdir>/package.json          {"type":"module", …} and the external packages' versions, for the record
//   <outdir>/node_modules/…        onnxruntime-node (package.json, dist/, this platform's bin/ only),
//                                  onnxruntime-common — nothing else
//
// The directory is self-contained: copied anywhere (the image copies it to /app) it runs with plain
// `node main.mjs`; onprem/deploy/manifests.test.ts proves that by running a copy outside the repository.
// Native binaries are taken for the platform the build runs on (in the image's build stage: linux/<arch>),
// including the CUDA execution-provider libraries when `npm ci --onnxruntime-node-install=cuda12` put them
// there.
//
// Usage: npx tsx onprem/deploy/build.ts [--outdir DIR]        (default dist/onprem; `npm run build:onprem`)
import { builtinModules } from 'node:module';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type BuildOptions as EsbuildOptions, type Metafile } from 'esbuild';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DEFAULT_OUTDIR = join(root, 'dist', 'onprem');

/**
 * Packages the bundle imports at run time instead of inlining, with the files of each the image needs.
 * onnxruntime-node loads a native addon by a computed path (bin/napi-v6/<platform>/<arch>/), which a
 * bundler cannot follow; its other dependencies (adm-zip, global-agent) serve only its install script.
 */
export const RUNTIME_PACKAGES: Readonly<Record<string, { files: (platform: string, arch: string) => string[]; deps: string[] }>> = {
  'onnxruntime-node': {
    files: (platform, arch) => ['package.json', 'dist', join('bin', 'napi-v6', platform, arch)],
    deps: ['onnxruntime-common'],
  },
  'onnxruntime-common': { files: () => ['package.json', 'dist'], deps: [] },
};
export const EXTERNAL = ['onnxruntime-node'] as const;
/**
 * Optional peer dependencies of bundled packages that the node never uses and the image does not carry:
 * @redis/client (the shared nonce store) imports it inside try/catch only when asked for an XXH3 digest
 * (digest()). Left out of the bundle rather than failing it. (@opentelemetry/api is bundled: the node's
 * tracing and prom-client's process metrics use it.)
 */
export const ABSENT_OPTIONAL = ['@node-rs/xxhash'] as const;

export interface BuildOptions {
  outdir?: string;
  /** Entry point of the service; the default is onprem/main.ts. */
  entry?: string;
  platform?: string;
  arch?: string;
}

export interface BuildResult {
  outdir: string;
  main: string;
  healthcheck: string;
  /** External packages the bundle really imports, each copied into <outdir>/node_modules. */
  externals: string[];
  /** Every package copied (the externals and their runtime dependencies), with its version. */
  packages: Record<string, string>;
}

// ESM output of CommonJS dependencies that call require() (of Node built-ins) needs a real `require`.
const BANNER =
  "import { createRequire as __triageCreateRequire } from 'node:module'; const require = __triageCreateRequire(import.meta.url);";

const COMMON: EsbuildOptions = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  banner: { js: BANNER },
  external: [...EXTERNAL, ...ABSENT_OPTIONAL],
  metafile: true,
  logLevel: 'warning',
  legalComments: 'eof',
};

/**
 * main.mjs, split at the dynamic imports (the engine the configuration names, the Redis client of a shared
 * nonce store): code the node does not run is not parsed at start either. Minified: V8 compiles less text.
 */
function serviceBuild(entry: string, outdir: string): EsbuildOptions & { metafile: true } {
  return {
    ...COMMON,
    metafile: true,
    entryPoints: { main: entry },
    outdir,
    outExtension: { '.js': '.mjs' },
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    minify: true,
    // No keepNames: it wraps every named function and class field in a defineProperty call each time one is
    // created — per request for the framework's and our closures (~2–3 % of the node's CPU under load). Stack
    // traces keep their names through the source maps; nothing the node does reads a minified function's name.
    keepNames: false,
    sourcemap: 'linked',
  };
}

export async function buildOnprem(options: BuildOptions = {}): Promise<BuildResult> {
  const outdir = resolve(options.outdir ?? DEFAULT_OUTDIR);
  const entry = resolve(options.entry ?? join(root, 'onprem', 'main.ts'));
  const platform = options.platform ?? process.platform;
  const arch = options.arch ?? process.arch;
  if (!existsSync(entry)) throw new Error(`build:onprem: the service entry ${entry} does not exist`);

  rmSync(outdir, { recursive: true, force: true });
  mkdirSync(outdir, { recursive: true });

  const main = join(outdir, 'main.mjs');
  const mainBuild = await build(serviceBuild(entry, outdir));
  const healthcheck = join(outdir, 'healthcheck.mjs');
  const hcBuild = await build({
    ...COMMON,
    entryPoints: [join(root, 'onprem', 'deploy', 'healthcheck.ts')],
    outfile: healthcheck,
    external: [],
  });
  if (externalImports(hcBuild.metafile!).length > 0) throw new Error('build:onprem: healthcheck.mjs must not import packages');

  const externals = externalImports(mainBuild.metafile!).filter((p) => !(ABSENT_OPTIONAL as readonly string[]).includes(p));
  const unknown = externals.filter((p) => !(p in RUNTIME_PACKAGES));
  if (unknown.length > 0)
    throw new Error(`build:onprem: the bundle imports ${unknown.join(', ')} at run time, which the image does not carry`);

  const packages: Record<string, string> = {};
  const copy = (name: string): void => {
    if (name in packages) return;
    const spec = RUNTIME_PACKAGES[name];
    if (!spec) throw new Error(`build:onprem: no runtime file list for ${name}`);
    const from = join(root, 'node_modules', name);
    const pkg = JSON.parse(readFileSync(join(from, 'package.json'), 'utf8')) as { version: string };
    packages[name] = pkg.version;
    for (const f of spec.files(platform, arch)) {
      if (!existsSync(join(from, f)))
        throw new Error(`build:onprem: ${name}/${f} is missing (is ${name} installed for ${platform}/${arch}?)`);
      cpSync(join(from, f), join(outdir, 'node_modules', name, f), { recursive: true, dereference: true });
    }
    for (const d of spec.deps) copy(d);
  };
  for (const e of externals) copy(e);

  writeFileSync(
    join(outdir, 'package.json'),
    JSON.stringify({ name: 'triage-onprem', private: true, type: 'module', main: 'main.mjs', dependencies: packages }, null, 2) + '\n',
  );
  return { outdir, main, healthcheck, externals, packages };
}

/** Bare package names the output imports without bundling them (node: built-ins excluded). */
function externalImports(meta: Metafile): string[] {
  const names = new Set<string>();
  for (const out of Object.values(meta.outputs)) {
    for (const imp of out.imports) {
      if (!imp.external || imp.path.startsWith('node:') || isBuiltin(imp.path)) continue;
      const parts = imp.path.split('/');
      names.add(imp.path.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!);
    }
  }
  return [...names].sort();
}

const isBuiltin = (p: string) => builtinModules.includes(p.split('/')[0]!);

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf('--outdir');
  const outdir = i >= 0 ? process.argv[i + 1] : undefined;
  const r = await buildOnprem(outdir ? { outdir } : {});
  console.log(
    `build:onprem: wrote ${r.main} (+ healthcheck.mjs); runtime packages: ${
      Object.entries(r.packages)
        .map(([n, v]) => `${n}@${v}`)
        .join(', ') || 'none'
    }`,
  );
}
