// The README's "Layout" table is the newcomer's map: it must match the tree. Every path it names exists, every
// folder of the shared layers and of the tiers is named in it, and each tier's row names the tier's folders.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const TIERS = ['edge', 'cloud', 'onprem'];
const LAYERS = ['protocol', 'core', 'models', 'tools'];

/** The rows of the table under "## Layout": first cell's backticked paths, and the whole row's text. */
function layoutRows(readme: string): { paths: string[]; text: string }[] {
  const section = readme.split(/^## Layout\s*$/m)[1]?.split(/^## /m)[0] ?? '';
  return section
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .map((line) => ({ paths: [...line.split('|')[1]!.matchAll(/`([^`]+)`/g)].map((m) => m[1]!), text: line }));
}

/** Folders directly inside `dir` that hold code (not build output or data). */
function codeFolders(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true })
    .filter((e) => e.isDirectory() && !['dist', 'node_modules'].includes(e.name))
    .map((e) => e.name);
}

const rows = layoutRows(readFileSync(join(root, 'README.md'), 'utf8'));

describe('README layout table', () => {
  it('has rows', () => {
    expect(rows.length).toBeGreaterThan(5);
  });

  it('names only paths that exist', () => {
    const missing = rows.flatMap((r) => r.paths).filter((p) => !existsSync(join(root, p)));
    expect(missing).toEqual([]);
  });

  it('names every folder of the shared layers', () => {
    const named = new Set(rows.flatMap((r) => r.paths).map((p) => p.replace(/\/$/, '')));
    const folders = LAYERS.flatMap((layer) => [`shared/${layer}`, ...codeFolders(`shared/${layer}`).map((f) => `shared/${layer}/${f}`)]);
    // A layer's row may cover its folders together (`shared/protocol/signing/`, `…/auth/` in one row).
    const unnamed = folders.filter((f) => !named.has(f) && ![...named].some((n) => n.startsWith(`${f}/`)));
    expect(unnamed).toEqual([]);
  });

  it("names each tier's folders in the tier's row", () => {
    const unnamed = TIERS.flatMap((tier) => {
      const row = rows.find((r) => r.paths.includes(`${tier}/`));
      if (!row) return [`${tier}/ (no row)`];
      return codeFolders(tier)
        .filter((f) => !row.text.includes(`\`${f}/`))
        .map((f) => `${tier}/${f}/`);
    });
    expect(unnamed).toEqual([]);
  });
});
