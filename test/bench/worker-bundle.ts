// The Worker as it would be uploaded, with the default models bundled: `wrangler deploy --dry-run --outdir`
// (top-level environment, nothing is sent) writes the upload's files; each is gzipped here (node:zlib, default
// level) and summed against the paid plan's 10 MB gzip limit. Source maps and the README wrangler writes
// beside them are not uploaded and not counted. Wrangler's own "Total Upload" line is kept to compare with.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sizesKb } from './model-runtimes.ts';

const ROOT = join(import.meta.dirname, '..', '..');
export const BUNDLE_BUDGET_GZIP_KB = 10 * 1024;

export interface BundleFile {
  /** The file name without the content hash wrangler prefixes to modules. */
  name: string;
  raw: number;
  gzip: number;
}

export interface Bundle {
  files: BundleFile[];
  /** Wrangler's summary line, e.g. `Total Upload: 17027.00 KiB / gzip: 5097.94 KiB`. */
  wranglerTotal: string | undefined;
}

/** Runs a command in the repository root; resolves to its stdout + stderr, rejects on a non-zero exit. */
function run(command: string, args: readonly string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, env: { ...process.env, WRANGLER_SEND_METRICS: 'false' } });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve(output) : reject(new Error(`${command} ${args.join(' ')} exited ${code}:\n${output.slice(-2000)}`)),
    );
  });
}

const uploaded = (file: string) => !file.endsWith('.map') && file !== 'README.md';

export async function workerBundle(): Promise<Bundle> {
  const outdir = mkdtempSync(join(tmpdir(), 'triage-bench-bundle-'));
  try {
    const output = await run('npx', ['wrangler', 'deploy', '--dry-run', '--env=', '--outdir', outdir]);
    const files = readdirSync(outdir)
      .filter(uploaded)
      .map((file) => ({ name: file.replace(/^[0-9a-f]{40}-/, ''), ...sizesKb(readFileSync(join(outdir, file))) }))
      .sort((a, b) => b.gzip - a.gzip);
    return { files, wranglerTotal: /Total Upload:[^\n]*/.exec(output)?.[0].trim() };
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}
