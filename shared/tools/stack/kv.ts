// The edge's KV namespaces (KEYS, POLICY) as the operator's commands reach them: through `wrangler kv`, on the
// local stack's state (`--local --persist-to`, what `npm start` runs on) or on a deployed Worker's namespaces
// (`--remote --env ENV`). One code path for both, so what is tested locally is what runs against production.
// Node-only.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from './process-group.ts';
import { WRANGLER_DEV_ENV } from './wrangler-dev.ts';

export const WRANGLER = join(REPO_ROOT, 'node_modules', '.bin', 'wrangler');
/** Where `npm start` keeps the local stack's KV, R2 and Durable Objects (wrangler's --persist-to). */
export const LOCAL_STATE = join(REPO_ROOT, '.wrangler', 'state');

export type KvBinding = 'KEYS' | 'POLICY';

/** Which namespaces: the local stack's (a persist dir) or a deployed Worker environment's. */
export type KvLocation = { kind: 'local'; persistTo: string } | { kind: 'remote'; env?: string };

export interface KvEntry {
  name: string;
  metadata?: unknown;
}

export interface KvNamespace {
  /** The values of `keys` (null where absent), in one call. */
  getMany(keys: readonly string[]): Promise<Record<string, string | null>>;
  get(key: string): Promise<string | null>;
  put(key: string, value: string, metadata?: object): Promise<void>;
  delete(key: string): Promise<void>;
  list(prefix: string): Promise<KvEntry[]>;
  /** The command line `put` runs (for --print: an operator may run it elsewhere). */
  putCommand(key: string, valueArg: string, metadata?: object): string[];
}

/** The flags that pick the namespace. */
export function locationArgs(binding: KvBinding, where: KvLocation): string[] {
  return where.kind === 'local'
    ? ['--binding', binding, '--local', '--persist-to', where.persistTo]
    : ['--binding', binding, '--remote', ...(where.env ? ['--env', where.env] : [])];
}

export function describeLocation(where: KvLocation): string {
  return where.kind === 'local'
    ? `local KV (${where.persistTo})`
    : `the deployed Worker's KV (${where.env ? `--env ${where.env}` : 'top-level env'})`;
}

export function kvNamespace(binding: KvBinding, where: KvLocation, onLog?: (line: string) => void): KvNamespace {
  const loc = locationArgs(binding, where);
  const putArgs = (key: string, valueArgs: string[], metadata?: object) => [
    'kv',
    'key',
    'put',
    key,
    ...valueArgs,
    ...(metadata ? ['--metadata', JSON.stringify(metadata)] : []),
    ...loc,
  ];
  const getMany = (keys: readonly string[]) =>
    withTempFile(JSON.stringify(keys), async (file) => parseBulkGet(await wrangler(['kv', 'bulk', 'get', file, ...loc], onLog)));
  return {
    getMany,
    get: async (key) => (await getMany([key]))[key] ?? null,
    // The value goes through a file: a policy is many lines, and a value on the command line shows in `ps`.
    put: (key, value, metadata) =>
      withTempFile(value, async (file) => void (await wrangler(putArgs(key, ['--path', file], metadata), onLog))),
    delete: async (key) => void (await wrangler(['kv', 'key', 'delete', key, ...loc], onLog)),
    list: async (prefix) => parseJsonOutput<KvEntry[]>(await wrangler(['kv', 'key', 'list', '--prefix', prefix, ...loc], onLog), '[', ']'),
    putCommand: (key, valueArg, metadata) => ['npx', 'wrangler', ...putArgs(key, [valueArg], metadata)],
  };
}

/** wrangler may print a banner before, and a "Success!" after, the JSON it answers with. */
function parseJsonOutput<T>(stdout: string, open: string, close: string): T {
  return JSON.parse(stdout.slice(stdout.indexOf(open), stdout.lastIndexOf(close) + 1)) as T;
}

/** `wrangler kv bulk get` answers `{"<key>": {"value": …}, …}`. */
function parseBulkGet(stdout: string): Record<string, string | null> {
  const parsed = parseJsonOutput<Record<string, { value: string | null }>>(stdout, '{', '}');
  return Object.fromEntries(Object.entries(parsed).map(([k, v]) => [k, v.value]));
}

async function withTempFile<T>(content: string, use: (file: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'triage-kv-'));
  try {
    const file = join(dir, 'value');
    writeFileSync(file, content, { mode: 0o600 });
    return await use(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs a wrangler command to completion; resolves with its stdout, rejects with its output if it fails. */
export function wrangler(args: string[], onLog?: (line: string) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(WRANGLER, args, {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ...WRANGLER_DEV_ENV },
    });
    let stdout = '';
    let stderr = '';
    // Only stderr reaches the log: stdout carries the values read (key records, policies).
    child.stdout.on('data', (b: Buffer) => (stdout += b));
    child.stderr.on('data', (b: Buffer) => {
      stderr += b;
      for (const line of b.toString().split('\n')) if (line.trim()) onLog?.(line);
    });
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0
        ? resolve(stdout)
        : reject(new Error(`wrangler ${args.slice(0, 3).join(' ')} failed (exit ${code}):\n${stderr.slice(-2000)}`)),
    );
  });
}
