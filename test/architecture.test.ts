// The layout's promises (README "Layout", docs/design.md), held for every source file.
//
// shared/ has four layers; each may import only the layers listed after it:
//   protocol/  wire contracts (OpenAI shapes, HTTP bodies, signing, keys, telemetry) → protocol
//   core/      the domain (policy, PII, the scanner, token estimates)                → core, protocol
//   models/    the model runtime (runner, serving over the OpenAI routes)           → models, core, protocol
//   tools/     Node-only programs (`triage`, `npm start`, the model build)            → anything, tiers included
// The first three are pure: no Node built-ins, file system or process, so they run in workerd and Node alike.
// The tiers (edge/, cloud/, onprem/) import the pure layers and their own code — never another tier, never
// tools/, never test/. And no production file reaches itself again through its imports (no import loops).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const TIERS = ['edge', 'cloud', 'onprem'] as const;
const PURE_LAYERS = ['protocol', 'core', 'models'] as const;
const LAYERS = [...PURE_LAYERS, 'tools'] as const;
type Area = (typeof LAYERS)[number] | (typeof TIERS)[number] | 'test' | 'outside';

/** Which layers (or tiers) the code of each area may import, besides packages. */
const MAY_IMPORT: Record<Area, readonly Area[]> = {
  protocol: ['protocol'],
  core: ['core', 'protocol'],
  models: ['models', 'core', 'protocol'],
  tools: ['tools', 'models', 'core', 'protocol', ...TIERS],
  edge: ['edge', ...PURE_LAYERS],
  cloud: ['cloud', ...PURE_LAYERS],
  onprem: ['onprem', ...PURE_LAYERS],
  test: [...LAYERS, ...TIERS, 'test'],
  outside: [],
};

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(join(root, dir), { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && /\.(ts|mts|js|mjs)$/.test(entry.name)) out.push(relative(root, join(entry.parentPath, entry.name)));
  }
  return out;
}

function importsOf(file: string): string[] {
  const src = readFileSync(join(root, file), 'utf8');
  return [...src.matchAll(/(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map(
    (m) => (m[1] ?? m[2])!,
  );
}

/** The layer or tier a repository path belongs to. */
function areaOf(path: string): Area {
  const [top, second] = path.split('/');
  if (top === 'shared') return (LAYERS as readonly string[]).includes(second!) ? (second as Area) : 'outside';
  if ((TIERS as readonly string[]).includes(top!) || top === 'test') return top as Area;
  return 'outside';
}

const isTest = (f: string) => /\.test\.ts$/.test(f);

/** The files `file` imports by relative path (repository paths, existing files only). */
function localImports(file: string): string[] {
  return importsOf(file)
    .filter((s) => s.startsWith('.'))
    .map((s) => relative(root, join(root, file, '..', s)));
}

/** Strongly connected groups of more than one file (Tarjan): each is an import loop. */
function importCycles(files: readonly string[], edges?: Record<string, string[]>): string[][] {
  const inSet = new Set(files);
  const next = (f: string) => (edges?.[f] ?? localImports(f)).filter((t) => inSet.has(t));
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const loops: string[][] = [];
  const visit = (f: string): void => {
    index.set(f, index.size);
    low.set(f, index.get(f)!);
    stack.push(f);
    onStack.add(f);
    for (const t of next(f)) {
      if (!index.has(t)) visit(t);
      if (onStack.has(t)) low.set(f, Math.min(low.get(f)!, low.get(t)!));
    }
    if (low.get(f) !== index.get(f)) return;
    const group: string[] = [];
    for (let t = stack.pop()!; ; t = stack.pop()!) {
      onStack.delete(t);
      group.push(t);
      if (t === f) break;
    }
    if (group.length > 1) loops.push(group.sort());
  };
  for (const f of files) if (!index.has(f)) visit(f);
  return loops;
}
const all = ['shared', ...TIERS, 'test'].flatMap(sources);

describe('architecture', () => {
  it('puts every file of shared/ in one of its layers', () => {
    expect(sources('shared').filter((f) => areaOf(f) === 'outside')).toEqual([]);
    for (const layer of LAYERS) expect(sources(`shared/${layer}`).length, layer).toBeGreaterThan(2);
  });

  it('keeps the pure layers free of Node built-ins, file system and process', () => {
    const pure = all.filter((f) => (PURE_LAYERS as readonly string[]).includes(areaOf(f)) && !isTest(f));
    const offenders = pure.flatMap((f) => {
      const bad = importsOf(f).filter(
        (s) =>
          s.startsWith('node:') ||
          ['fs', 'path', 'os', 'crypto', 'child_process', 'onnxruntime-node', 'undici', '@hono/node-server'].includes(s),
      );
      // Comments may name them (`process.env` as something a detector looks for): only code counts.
      const code = readFileSync(join(root, f), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      if (/\bprocess\.|\brequire\(/.test(code)) bad.push('process/require');
      return bad.map((b) => `${f}: ${b}`);
    });
    expect(offenders).toEqual([]);
  });

  it('holds each layer and tier to the areas it may import', () => {
    const offenders: string[] = [];
    for (const f of all) {
      const from = areaOf(f);
      // A unit test may use the test support (fixtures, servers) beside its own area's code.
      const allowed = isTest(f) ? [...MAY_IMPORT[from], 'test'] : MAY_IMPORT[from];
      for (const spec of importsOf(f).filter((s) => s.startsWith('.'))) {
        const to = areaOf(relative(root, join(root, f, '..', spec)));
        if (to !== 'outside' && !allowed.includes(to)) offenders.push(`${f} (${from}) imports ${spec} (${to})`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('has no import loops between production files (type imports included)', () => {
    const production = all.filter((f) => !isTest(f) && areaOf(f) !== 'test');
    expect(importCycles(production)).toEqual([]);
    expect(importCycles(['a.ts', 'b.ts'], { 'a.ts': ['b.ts'], 'b.ts': ['a.ts'] })).toEqual([['a.ts', 'b.ts']]);
  });

  it('catches a wrong arrow (the check itself can fail)', () => {
    expect(areaOf('shared/protocol/http/body.ts')).toBe('protocol');
    expect(MAY_IMPORT.protocol.includes(areaOf('shared/core/inspect/index.ts'))).toBe(false);
    expect(MAY_IMPORT.edge.includes(areaOf('onprem/config.ts'))).toBe(false);
    expect(MAY_IMPORT.onprem.includes(areaOf('shared/tools/stack/stack.ts'))).toBe(false);
  });
});
