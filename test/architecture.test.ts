// The layout's promises (docs/design.md): shared/ runs in workerd and Node, so it touches no Node built-ins,
// file system or process (shared/cli/ is the one Node-only corner: the `triage` command); imports flow
// one way, from the tiers to shared/, and no tier imports another tier's code.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const TIERS = ['edge', 'cloud', 'onprem'] as const;

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(join(root, dir), { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && /\.(ts|mts|js|mjs)$/.test(entry.name)) out.push(relative(root, join(entry.parentPath, entry.name)));
  }
  return out;
}

function importsOf(file: string): string[] {
  const src = readFileSync(join(root, file), 'utf8');
  return [...src.matchAll(/(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => (m[1] ?? m[2])!);
}

const isTest = (f: string) => /\.test\.ts$/.test(f);

describe('architecture', () => {
  // Node-only corners: the `triage` command, and the script that writes the built models to disk
  // (shared/models/build/build.ts; the builders it calls are pure).
  const nodeOnly = (f: string) => f.startsWith('shared/cli/') || f === 'shared/models/build/build.ts';
  const shared = sources('shared').filter((f) => !nodeOnly(f) && !isTest(f));

  it('finds the shared sources it checks', () => {
    expect(shared.length).toBeGreaterThan(5);
  });

  it('keeps shared/ free of Node built-ins, file system and process', () => {
    const offenders = shared.flatMap((f) => {
      const bad = importsOf(f).filter((s) => s.startsWith('node:') || ['fs', 'path', 'os', 'crypto', 'child_process'].includes(s));
      const src = readFileSync(join(root, f), 'utf8');
      if (/\bprocess\.|\brequire\(/.test(src)) bad.push('process/require');
      return bad.map((b) => `${f}: ${b}`);
    });
    expect(offenders).toEqual([]);
  });

  it('lets shared/ import no tier and no tier import another tier', () => {
    const offenders: string[] = [];
    for (const dir of ['shared', ...TIERS]) {
      for (const f of sources(dir)) {
        for (const spec of importsOf(f).filter((s) => s.startsWith('.'))) {
          const target = relative(root, join(root, f, '..', spec)).split('/')[0];
          if (target !== dir && (TIERS as readonly string[]).includes(target!)) offenders.push(`${f} imports ${spec}`);
          if (dir === 'shared' && target === 'test') offenders.push(`${f} imports ${spec}`);
        }
      }
    }
    expect(offenders).toEqual([]);
  });
});
