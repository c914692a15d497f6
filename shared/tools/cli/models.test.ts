// `triage models checksum DIR [--check]` on a copy of a built fixture folder (`npm run build:models`) in a temp
// dir: the manifest it writes is the one the build wrote (checksumManifest) and the loader accepts; `--check`
// finds a tampered, a missing and an unlisted file.
import {
  appendFileSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checksumManifest, loadHfFolder } from '../../models/hf/folder.ts';
import { localFolder, FIXTURES_DIR } from '../../../test/support/model-folders.ts';
import { triage } from '../../../test/support/cli.ts';

const FIXTURE = join(FIXTURES_DIR, 'tiny-llama');
/** The files the build listed in the fixture's checksums.json. */
const FIXTURE_FILES = Object.keys(JSON.parse(readFileSync(join(FIXTURE, 'checksums.json'), 'utf8')) as object).length;

const run = (argv: string[]) => triage(...argv);

/** The files under `dir` with their bytes, paths relative with `/` (checksums.json left out). */
function filesOf(dir: string): [string, Uint8Array][] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split('\\').join('/'))
    .filter((p) => p !== 'checksums.json')
    .map((p) => [p, new Uint8Array(readFileSync(join(dir, p)))]);
}

const manifestIn = (dir: string): unknown => JSON.parse(readFileSync(join(dir, 'checksums.json'), 'utf8'));

let tmp: string;
let folder: string;
beforeEach(() => {
  tmp = mkdtempSync(join(tmpdir(), 'triage-models-cli-'));
  folder = join(tmp, 'tiny-llama');
  cpSync(FIXTURE, folder, { recursive: true });
  rmSync(join(folder, 'checksums.json'));
});
afterEach(() => rmSync(tmp, { recursive: true, force: true }));

describe('triage models checksum DIR', () => {
  it('writes the checksums.json the build wrote, says how many files and how large, and the loader accepts it', async () => {
    const r = await run(['models', 'checksum', folder]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const files = filesOf(folder);
    const bytes = files.reduce((sum, [, b]) => sum + b.length, 0);
    expect(r.stdout).toBe(`wrote ${join(folder, 'checksums.json')}: ${files.length} files, ${(bytes / 1000).toFixed(1)} kB\n`);
    expect(readFileSync(join(folder, 'checksums.json'), 'utf8')).toBe(readFileSync(join(FIXTURE, 'checksums.json'), 'utf8'));
    expect(Object.keys(manifestIn(folder) as object)).toContain('onnx/model_quantized.onnx');
    expect((await loadHfFolder(localFolder(folder), { variant: 'q8' })).onnxPath).toBe('onnx/model_quantized.onnx');
  });

  it('lists nested files and linked files, replaces an old manifest, and leaves out the download tools’ folders', async () => {
    writeFileSync(join(folder, 'checksums.json'), '{"stale.bin": "0000"}');
    mkdirSync(join(folder, 'onnx', 'extra'));
    writeFileSync(join(folder, 'onnx', 'extra', 'model.onnx_data'), 'weights');
    writeFileSync(join(folder, '.gitattributes'), '*.onnx filter=lfs\n');
    symlinkSync(join(FIXTURE, 'config.json'), join(folder, 'config-link.json'));
    for (const tool of ['.git/lfs/objects', '.cache/huggingface/download']) {
      mkdirSync(join(folder, tool), { recursive: true });
      writeFileSync(join(folder, tool, 'x'), 'bookkeeping');
    }
    expect((await run(['models', 'checksum', folder])).code).toBe(0);
    const manifest = manifestIn(folder) as Record<string, string>;
    const expected = await checksumManifest(filesOf(folder).filter(([p]) => !p.startsWith('.git/') && !p.startsWith('.cache/')));
    expect(manifest).toEqual({ ...expected, 'config-link.json': expected['config.json'] });
    expect(Object.keys(manifest)).toEqual(expect.arrayContaining(['.gitattributes', 'onnx/extra/model.onnx_data', 'config-link.json']));
    expect(Object.keys(manifest).filter((p) => p.startsWith('.git/') || p.startsWith('.cache/') || p === 'stale.bin')).toEqual([]);
  });

  it('--check: ok when every file matches', async () => {
    await run(['models', 'checksum', folder]);
    const r = await run(['models', 'checksum', folder, '--check']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      new RegExp(`^${join(folder, 'checksums.json').replace(/[.\\/]/g, '\\$&')}: ok \\(${FIXTURE_FILES} files, [\\d.]+ kB\\)\\n$`),
    );
  });

  it('--check: lists the mismatching, missing and unlisted files, exit 1', async () => {
    await run(['models', 'checksum', folder]);
    appendFileSync(join(folder, 'tokenizer.json'), ' ');
    rmSync(join(folder, 'generation_config.json'));
    writeFileSync(join(folder, 'onnx', 'model_q4.onnx'), 'not listed');
    const r = await run(['models', 'checksum', '--check', folder]);
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n').slice(0, 3)).toEqual([
      'missing   generation_config.json',
      'mismatch  tokenizer.json',
      'unlisted  onnx/model_q4.onnx',
    ]);
    expect(r.stdout).toContain(`${join(folder, 'checksums.json')}: 3 problems (${FIXTURE_FILES} files, `);
    // --check only reads: the manifest still says what was there.
    expect(manifestIn(folder)).toEqual(JSON.parse(readFileSync(join(FIXTURE, 'checksums.json'), 'utf8')));
  });

  it('--check without checksums.json, or with one that is not a manifest: bad input, exit 3', async () => {
    const none = await run(['models', 'checksum', folder, '--check']);
    expect(none.code).toBe(3);
    expect(none.stderr).toBe(`triage models: ${folder} has no checksums.json: write one with \`triage models checksum ${folder}\`\n`);
    writeFileSync(join(folder, 'checksums.json'), '{"config.json": "ABC"}');
    const bad = await run(['models', 'checksum', folder, '--check']);
    expect(bad.code).toBe(3);
    expect(bad.stderr).toContain('is not a checksum manifest');
  });

  it('refuses a folder that is not there (exit 3) and wrong arguments (exit 2), writing nothing', async () => {
    const missing = await run(['models', 'checksum', join(tmp, 'nope')]);
    expect(missing.code).toBe(3);
    expect(missing.stderr).toBe(`triage models: cannot read ${join(tmp, 'nope')}: no such file or directory\n`);
    for (const argv of [['models'], ['models', 'sum', folder], ['models', 'checksum'], ['models', 'checksum', folder, '--force']]) {
      const r = await run(argv);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/^triage: .*\n\nusage: triage <command>/);
    }
    expect(() => statSync(join(folder, 'checksums.json'))).toThrow(/ENOENT/);
  });

  it('is in the help text', async () => {
    expect((await run(['help'])).stdout).toContain('triage models checksum DIR [--check]');
  });
});
