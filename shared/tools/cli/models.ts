// `triage models checksum DIR [--check]`: the checksum manifest (`checksums.json`, path → SHA-256 hex) that the
// folder loader (shared/models/hf/folder.ts) requires of a model folder — written after downloading a published
// folder, or checked against the files (mismatching, missing and unlisted files are findings, exit 1).
//
// Every file under DIR is listed, paths relative with `/`, except checksums.json itself and the bookkeeping of
// the tools that download folders: `.git/` (a clone's history; Git LFS keeps a second copy of every weight file
// there) and `.cache/` (what `huggingface-cli download --local-dir` records). A symlink to a file counts as the
// file (Hub cache layouts link them). Files are hashed as streams (node:crypto) rather than read whole as
// `checksumManifest` reads them: published folders hold files over 2 GiB (ONNX external data), more than one
// buffer takes. The test holds the manifest written here equal to `checksumManifest`'s over the same files.
import { createHash } from 'node:crypto';
import { createReadStream, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHECKSUMS_FILE, ChecksumsSchema, type Checksums } from '../../models/hf/folder.ts';
import { type CliIo, EXIT, UsageError } from './io.ts';

/** Folders at the top of DIR that download tools write for themselves: not part of the model. */
const TOOL_FOLDERS = new Set(['.git', '.cache']);

interface FolderFile {
  /** Relative to the folder, with `/`. */
  path: string;
  size: number;
}

/** A file system failure the command reports as bad input (exit 3), not as a crash. */
class InputError extends Error {}

export async function modelsCommand(args: string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = args;
  if (sub !== 'checksum')
    throw new UsageError(sub === undefined ? 'models needs a subcommand: checksum' : `unknown models subcommand ${JSON.stringify(sub)}`);
  const { dir, check } = checksumArgs(rest);
  try {
    const files = folderFiles(dir);
    return check ? await verify(dir, files, io) : await write(dir, files, io);
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    io.stderr(`triage models: ${e.message}\n`);
    return EXIT.input;
  }
}

function checksumArgs(args: string[]): { dir: string; check: boolean } {
  const unknown = args.find((a) => a.startsWith('-') && a !== '--check');
  if (unknown !== undefined) throw new UsageError(`models checksum: unknown option ${unknown}`);
  const dirs = args.filter((a) => a !== '--check');
  if (dirs.length !== 1) throw new UsageError('models checksum needs one DIR');
  return { dir: dirs[0]!, check: args.includes('--check') };
}

/** A failed read as the user sees it: the path and why, without a stack trace. */
function readFailure(path: string, e: unknown): InputError {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  const why = code === 'ENOENT' ? 'no such file or directory' : code === 'ENOTDIR' ? 'not a directory' : (code ?? String(e));
  return new InputError(`cannot read ${path}: ${why}`);
}

function fsCall<T>(path: string, call: () => T): T {
  try {
    return call();
  } catch (e) {
    throw readFailure(path, e);
  }
}

/** The folder's files, sorted by path as the manifest lists them. */
function folderFiles(dir: string): FolderFile[] {
  const files: FolderFile[] = [];
  const visit = (relative: string): void => {
    const here = join(dir, relative);
    for (const entry of fsCall(here, () => readdirSync(here, { withFileTypes: true }))) {
      const path = relative === '' ? entry.name : `${relative}/${entry.name}`;
      if (entry.isDirectory()) {
        if (relative !== '' || !TOOL_FOLDERS.has(entry.name)) visit(path);
        continue;
      }
      if (path === CHECKSUMS_FILE) continue;
      // statSync follows a symlink: a link to a file is listed, a link to a folder is not walked (no loops).
      const stat = fsCall(join(dir, path), () => statSync(join(dir, path)));
      if (stat.isFile()) files.push({ path, size: stat.size });
    }
  };
  visit('');
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

async function sha256File(path: string): Promise<string> {
  const hash = createHash('sha256');
  try {
    for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  } catch (e) {
    throw readFailure(path, e);
  }
  return hash.digest('hex');
}

/** `360.6 kB`: decimal units, as the Hugging Face Hub shows sizes. */
function formatSize(bytes: number): string {
  const units = ['B', 'kB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return unit === 0 ? `${bytes} B` : `${value.toFixed(1)} ${units[unit]}`;
}

const summary = (files: readonly FolderFile[]): string =>
  `${files.length} file${files.length === 1 ? '' : 's'}, ${formatSize(files.reduce((sum, f) => sum + f.size, 0))}`;

async function write(dir: string, files: readonly FolderFile[], io: CliIo): Promise<number> {
  if (files.length === 0) throw new InputError(`${dir} holds no files to list`);
  const manifest: Record<string, string> = {};
  for (const file of files) manifest[file.path] = await sha256File(join(dir, file.path));
  const target = join(dir, CHECKSUMS_FILE);
  writeFileSync(target, JSON.stringify(manifest, null, 2) + '\n');
  io.stdout(`wrote ${target}: ${summary(files)}\n`);
  return EXIT.ok;
}

/** The folder's checksums.json, validated as the loader validates it. */
function readManifest(dir: string): Checksums {
  const target = join(dir, CHECKSUMS_FILE);
  let text: string;
  try {
    text = readFileSync(target, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw readFailure(target, e);
    throw new InputError(`${dir} has no ${CHECKSUMS_FILE}: write one with \`triage models checksum ${dir}\``);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new InputError(`${target} is not valid JSON`);
  }
  const parsed = ChecksumsSchema.safeParse(value);
  if (!parsed.success) throw new InputError(`${target} is not a checksum manifest (an object of path → lower-case SHA-256 hex)`);
  return parsed.data;
}

async function verify(dir: string, files: readonly FolderFile[], io: CliIo): Promise<number> {
  const listed = readManifest(dir);
  const present = new Set(files.map((f) => f.path));
  const findings: string[] = [];
  for (const [path, digest] of Object.entries(listed).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (!present.has(path)) findings.push(`missing   ${path}`);
    else if ((await sha256File(join(dir, path))) !== digest) findings.push(`mismatch  ${path}`);
  }
  for (const file of files) if (!Object.hasOwn(listed, file.path)) findings.push(`unlisted  ${file.path}`);
  for (const line of findings) io.stdout(`${line}\n`);
  const target = join(dir, CHECKSUMS_FILE);
  if (findings.length === 0) {
    io.stdout(`${target}: ok (${summary(files)})\n`);
    return EXIT.ok;
  }
  io.stdout(`${target}: ${findings.length} problem${findings.length === 1 ? '' : 's'} (${summary(files)} in the folder)\n`);
  return EXIT.findings;
}
