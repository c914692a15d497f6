// The node's configuration: an optional YAML file (`TRIAGE_ONPREM_CONFIG=path`) overlaid by environment
// variables, validated once at start. Every setting has one YAML key and one variable — the key is the
// variable's name without `TRIAGE_ONPREM_`, lower-cased (`TRIAGE_ONPREM_MAX_QUEUE` ↔ `max_queue:`); the
// table is FIELDS below and README.md. Problems are collected and reported together, with file:line:col
// for the YAML and the variable's name for the environment. Secret values are never part of a message.
//
//   const config = loadConfig(process.env);   // throws ConfigError (message lists every problem)
//
// Relative paths resolve against the YAML file's folder (file values) or the working directory (env).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import { parseKeyRecord, type KeyRecord } from '../shared/protocol/auth/api-keys.ts';
import { describeValue, locator } from '../shared/core/policy/load.ts';
import { parseSigningKey } from '../shared/protocol/signing/index.ts';
import { formatFolderSetting, parseFolderSetting, parseFolderSettings } from '../shared/models/folder-setting.ts';
import { hubIdError, looksLikeHubId } from '../shared/models/hf/folder.ts';
import type { EngineConfig } from './engines/index.ts';

export const ENV_PREFIX = 'TRIAGE_ONPREM_';
export const CONFIG_FILE_ENV = 'TRIAGE_ONPREM_CONFIG';
/** The built models of this checkout (or image): the onnx engine's default. */
export const DEFAULT_MODELS_DIR = join(import.meta.dirname, '..', 'shared', 'models', 'dist');
/** HMAC secrets shorter than this are refused: a guessable secret makes the signature worthless. */
export const MIN_SECRET_LENGTH = 16;

export interface OnpremConfig {
  host: string;
  port: number;
  /** key id → secret; several ids while a key is rotated. */
  signingKeys: ReadonlyMap<string, string>;
  signatureWindowSeconds: number;
  /** Where signature nonces are remembered: this process, or a Redis every replica shares. */
  nonceStore: NonceStoreConfig;
  /** key id (of `tri_<id>_<secret>`) → hashed record. */
  apiKeys: ReadonlyMap<string, KeyRecord>;
  engine: EngineConfig;
  admission: { maxConcurrent: number; maxQueue: number; queueTimeoutMs: number };
  requestTimeoutMs: number;
  maxBodyBytes: number;
  audit: { sink: 'stdout' } | { sink: 'file'; path: string; maxBytes: number; keep: number };
  /** PEM contents (read at start, so a bad path fails start, not the first handshake). */
  tls?: { cert: string; key: string; clientCa?: string; files: { cert: string; key: string; clientCa?: string } };
  shutdownGraceMs: number;
  /** Things worth a log line that do not stop the start (unknown TRIAGE_ONPREM_* variables). */
  warnings: readonly string[];
}

export type NonceStoreConfig =
  | { kind: 'memory' }
  /** `url` may hold a password: never log it (describeConfig redacts it). */
  | { kind: 'redis'; url: string; keyPrefix: string; timeoutMs: number };

export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`on-prem node configuration is invalid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

// ---- the settings ----------------------------------------------------------------------------------------

const MAX_INT = Number.MAX_SAFE_INTEGER;
function int(min: number, max = MAX_INT) {
  const want = `expected ${max === MAX_INT ? `an integer >= ${min}` : `an integer from ${min} to ${max}`}`;
  return z.int({ error: want }).min(min, want).max(max, want);
}
const text = (what: string) =>
  z
    .string({ error: `expected ${what}` })
    .trim()
    .min(1, `expected ${what}`);
const path = text('a file path');
const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: `expected one of ${values.map((v) => JSON.stringify(v)).join(', ')}` });
/** A list: YAML sequence, or a comma-separated string (how it arrives from the environment). */
const list = (what: string) =>
  z.preprocess(
    (v) =>
      typeof v === 'string'
        ? v
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean)
        : v,
    z.array(text(what), { error: `expected a list of ${what}s (or one comma-separated string)` }),
  );

/** `memory`, or a Redis URL (redis:// or rediss:// for TLS; user:password@ and /<db> allowed). */
function nonceStoreSchema() {
  const want = 'expected "memory" or a redis:// or rediss:// URL (redis[s]://[user:password@]host[:port][/db])';
  return z
    .string({ error: want })
    .trim()
    .refine((v) => v === 'memory' || isRedisUrl(v), want);
}

function isRedisUrl(v: string): boolean {
  if (!URL.canParse(v)) return false;
  const u = new URL(v);
  return (
    (u.protocol === 'redis:' || u.protocol === 'rediss:') &&
    u.hostname !== '' &&
    /^\/?(\d{1,2})?$/.test(u.pathname) &&
    u.search === '' &&
    u.hash === ''
  );
}

type Kind = 'int' | 'string' | 'list';
interface Field {
  schema: z.ZodType;
  /** How an environment string becomes the value the schema checks. */
  kind: Kind;
  /** Never echo the value in a message. */
  secret?: boolean;
  /** A path: resolved against the file's folder or the working directory. */
  isPath?: boolean;
}

const FIELDS = {
  host: { schema: text('a host name or address'), kind: 'string' },
  port: { schema: int(0, 65535), kind: 'int' },
  signing_keys: { schema: list('"<key id>:<secret>"'), kind: 'list', secret: true },
  signing_keys_file: { schema: path, kind: 'string', isPath: true },
  signature_window_s: { schema: int(1, 3600), kind: 'int' },
  nonce_store: { schema: nonceStoreSchema(), kind: 'string', secret: true },
  nonce_store_prefix: {
    schema: z.string({ error: 'expected a key prefix' }).regex(/^[A-Za-z0-9:._-]{1,64}$/, 'expected 1-64 characters of [A-Za-z0-9:._-]'),
    kind: 'string',
  },
  nonce_store_timeout_ms: { schema: int(10, 60_000), kind: 'int' },
  api_keys_file: { schema: path, kind: 'string', isPath: true },
  engine: { schema: oneOf(['onnx', 'openai-upstream']), kind: 'string' },
  upstream_url: { schema: z.url({ protocol: /^https?$/, error: 'expected an http(s) URL' }), kind: 'string' },
  upstream_api_key: { schema: text('a string'), kind: 'string', secret: true },
  upstream_timeout_ms: { schema: int(1), kind: 'int' },
  upstream_models: { schema: list('model id'), kind: 'list' },
  models_dir: { schema: path, kind: 'string', isPath: true },
  model_folders: { schema: list('"<model id>=<folder>[#<variant>]"'), kind: 'list' },
  onnx_provider: { schema: oneOf(['cpu', 'cuda']), kind: 'string' },
  cuda_device_id: { schema: int(0, 1024), kind: 'int' },
  intra_op_threads: { schema: int(1, 1024), kind: 'int' },
  max_concurrent: { schema: int(1, 100_000), kind: 'int' },
  max_queue: { schema: int(0, 1_000_000), kind: 'int' },
  queue_timeout_ms: { schema: int(1), kind: 'int' },
  request_timeout_ms: { schema: int(1), kind: 'int' },
  max_body_bytes: { schema: int(1, 1024 * 1024 * 1024), kind: 'int' },
  audit_log: { schema: text('"stdout" or a file path'), kind: 'string' },
  audit_max_bytes: { schema: int(1024), kind: 'int' },
  audit_keep: { schema: int(1, 1000), kind: 'int' },
  tls_cert: { schema: path, kind: 'string', isPath: true },
  tls_key: { schema: path, kind: 'string', isPath: true },
  tls_client_ca: { schema: path, kind: 'string', isPath: true },
  shutdown_grace_ms: { schema: int(0), kind: 'int' },
} as const satisfies Record<string, Field>;

type Name = keyof typeof FIELDS;
type Raw = { [K in Name]?: z.output<(typeof FIELDS)[K]['schema']> };
const NAMES = Object.keys(FIELDS) as Name[];
const envName = (n: Name) => ENV_PREFIX + n.toUpperCase();

export const DEFAULTS = {
  host: '127.0.0.1',
  port: 8788,
  signature_window_s: 300,
  nonce_store: 'memory',
  nonce_store_prefix: 'triage:onprem:',
  nonce_store_timeout_ms: 1000,
  engine: 'onnx',
  upstream_timeout_ms: 120_000,
  onnx_provider: 'cpu',
  max_concurrent: 8,
  max_queue: 64,
  queue_timeout_ms: 30_000,
  request_timeout_ms: 300_000,
  max_body_bytes: 1024 * 1024,
  audit_log: 'stdout',
  audit_max_bytes: 100 * 1024 * 1024,
  audit_keep: 5,
  shutdown_grace_ms: 30_000,
} as const satisfies Raw;

/** Every environment variable the node reads. */
export const ENV_VARS: readonly string[] = [CONFIG_FILE_ENV, ...NAMES.map(envName)];

const FileSchema = z.strictObject(
  Object.fromEntries(NAMES.map((n) => [n, FIELDS[n].schema.optional()])) as { [K in Name]: z.ZodOptional<(typeof FIELDS)[K]['schema']> },
);

/** A known name equal to `k` up to case, `-`/`_` and one missing or extra letter (typos). */
function closest(k: string): Name | undefined {
  const norm = (s: string) => s.toLowerCase().replace(/[-_]/g, '');
  const a = norm(k);
  return NAMES.find((n) => {
    const b = norm(n);
    if (a === b) return true;
    const [short, long] = a.length < b.length ? [a, b] : [b, a];
    if (long.length - short.length !== 1) return false;
    for (let i = 0; i < long.length; i++) if (long.slice(0, i) + long.slice(i + 1) === short) return true;
    return false;
  });
}

function issueText(issue: z.core.$ZodIssue, value: unknown, secret: boolean): string {
  if (issue.code === 'unrecognized_keys') {
    const named = issue.keys.map((k) => {
      const near = closest(k);
      return near ? `${k} (did you mean ${near}?)` : k;
    });
    return `unknown setting${issue.keys.length > 1 ? 's' : ''} ${named.join(', ')}; known: ${NAMES.join(', ')}`;
  }
  return secret ? issue.message : `${issue.message}, got ${describeValue(value)}`;
}

// ---- sources ---------------------------------------------------------------------------------------------

function fromFile(file: string, problems: string[]): Raw {
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch (e) {
    problems.push(`${CONFIG_FILE_ENV}: cannot read ${file} (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
    return {};
  }
  const lc = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lc, uniqueKeys: true, prettyErrors: false, strict: true });
  if (doc.errors.length > 0) {
    for (const e of doc.errors) {
      const { line, col } = lc.linePos(e.pos[0]);
      problems.push(`${file}:${line}:${col}: ${e.code === 'DUPLICATE_KEY' ? 'duplicate key' : e.message.split('\n')[0]}`);
    }
    return {};
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 50 });
  } catch (e) {
    problems.push(`${file}:1:1: ${(e as Error).message}`);
    return {};
  }
  if (data === null || data === undefined) return {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    problems.push(`${file}:1:1: expected a map of settings, got ${describeValue(data)}`);
    return {};
  }
  const parsed = FileSchema.safeParse(data);
  if (!parsed.success) {
    const locate = locator(doc, lc);
    for (const issue of parsed.error.issues) {
      const name = issue.path[0] as Name | undefined;
      const at = issue.code === 'unrecognized_keys' ? locate([], { key: issue.keys[0]! }) : locate(issue.path as (string | number)[]);
      const value = name ? (data as Record<string, unknown>)[name] : undefined;
      const where = name && issue.path.length > 1 ? `${name}[${issue.path.slice(1).join('.')}]` : name;
      problems.push(
        `${file}:${at.line}:${at.col}: ${where ? `${where}: ` : ''}${issueText(issue, value, name !== undefined && (FIELDS[name] as Field).secret === true)}`,
      );
    }
    return {};
  }
  return resolvePaths(parsed.data as Raw, dirname(resolve(file)));
}

function fromEnv(env: Readonly<Record<string, string | undefined>>, cwd: string, problems: string[]): Raw {
  const out: Record<string, unknown> = {};
  for (const n of NAMES) {
    const raw = env[envName(n)];
    if (raw === undefined || raw === '') continue;
    const field: Field = FIELDS[n];
    const v = field.kind === 'int' && /^\s*-?\d+\s*$/.test(raw) ? Number(raw) : raw;
    const parsed = field.schema.safeParse(v);
    if (parsed.success) out[n] = parsed.data;
    else for (const issue of parsed.error.issues) problems.push(`${envName(n)}: ${issueText(issue, raw, field.secret === true)}`);
  }
  return resolvePaths(out as Raw, cwd);
}

function resolvePaths(raw: Raw, base: string): Raw {
  const out: Record<string, unknown> = { ...raw };
  for (const n of NAMES) {
    const v = out[n];
    const isPath = (FIELDS[n] as Field).isPath === true || (n === 'audit_log' && v !== 'stdout');
    if (isPath && typeof v === 'string' && !isAbsolute(v)) out[n] = resolve(base, v);
  }
  if (raw.model_folders) out['model_folders'] = raw.model_folders.map((entry) => resolveFolderEntry(entry, base));
  return out as Raw;
}

/**
 * `<id>=<folder>[#<variant>]` with a relative folder made absolute. A bad entry, and a Hub id (`org/name`) with
 * no such directory, are left as they are for the check to report.
 */
function resolveFolderEntry(entry: string, base: string): string {
  const parsed = parseFolderSetting(entry);
  if (typeof parsed === 'string' || isAbsolute(parsed.location)) return entry;
  if (looksLikeHubId(parsed.location) && !existsSync(resolve(base, parsed.location))) return entry;
  return formatFolderSetting({ ...parsed, location: resolve(base, parsed.location) });
}

// ---- resolution --------------------------------------------------------------------------------------------

/** Where a setting came from, for messages: the variable if it was set there, else the YAML key. */
function origin(n: Name, env: Readonly<Record<string, string | undefined>>, file: string | undefined): string {
  return env[envName(n)] ? envName(n) : file ? `${file}: ${n}` : envName(n);
}

function parseSigningKeys(entries: readonly string[], where: string, problems: string[]): Map<string, string> {
  const keys = new Map<string, string>();
  entries.forEach((entry, i) => {
    const { keyId, secret } = parseSigningKey(entry.trim());
    if (secret.length < MIN_SECRET_LENGTH)
      problems.push(`${where}: key ${JSON.stringify(keyId)} (entry ${i + 1}) has a secret shorter than ${MIN_SECRET_LENGTH} characters`);
    else if (keys.has(keyId)) problems.push(`${where}: key id ${JSON.stringify(keyId)} appears twice`);
    else keys.set(keyId, secret);
  });
  return keys;
}

function readText(file: string, where: string, problems: string[]): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    problems.push(`${where}: cannot read ${file} (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
    return undefined;
  }
}

function loadApiKeys(file: string, where: string, problems: string[]): Map<string, KeyRecord> {
  const keys = new Map<string, KeyRecord>();
  const source = readText(file, where, problems);
  if (source === undefined) return keys;
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch {
    problems.push(`${where}: ${file} is not valid JSON`);
    return keys;
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    problems.push(`${where}: ${file} must be a JSON object {"<key id>": {"tenant": ..., "sha256": ...}, ...}`);
    return keys;
  }
  for (const [id, value] of Object.entries(data)) {
    const record = parseKeyRecord(value);
    if (!/^[A-Za-z0-9]{8,32}$/.test(id))
      problems.push(`${where}: key id ${JSON.stringify(id.slice(0, 40))} must be 8-32 letters or digits (the <id> of tri_<id>_<secret>)`);
    else if (!record)
      problems.push(
        `${where}: key ${JSON.stringify(id)} needs "tenant" (non-empty string) and "sha256" (64 hex digits); optional "models", "disabled"`,
      );
    else keys.set(id, record);
  }
  return keys;
}

/** The settings in effect: defaults, overlaid by the file, overlaid by the environment. */
const overlay = (fileRaw: Raw, envRaw: Raw) => ({ ...DEFAULTS, ...fileRaw, ...envRaw });
type Settings = ReturnType<typeof overlay>;
/** Where a setting came from, for messages (`origin` bound to this environment and file). */
type Where = (n: Name) => string;

/**
 * Reads the configuration: `TRIAGE_ONPREM_CONFIG` (YAML) if set, then the `TRIAGE_ONPREM_*` variables over
 * it, then defaults. Throws ConfigError listing every problem found.
 */
export function loadConfig(env: Readonly<Record<string, string | undefined>> = process.env, cwd = process.cwd()): OnpremConfig {
  const problems: string[] = [];
  const file = env[CONFIG_FILE_ENV] ? resolve(cwd, env[CONFIG_FILE_ENV]) : undefined;
  const fileRaw = file ? fromFile(file, problems) : {};
  const envRaw = fromEnv(env, cwd, problems);
  const raw = overlay(fileRaw, envRaw);
  const where: Where = (n) => origin(n, env, file);
  const signingKeys = signingKeysFrom(raw, where, problems);
  const apiKeys = raw.api_keys_file ? loadApiKeys(raw.api_keys_file, where('api_keys_file'), problems) : new Map<string, KeyRecord>();
  if (signingKeys.size === 0 && apiKeys.size === 0 && problems.length === 0) {
    problems.push(
      `no credentials configured: set ${envName('signing_keys')} or ${envName('signing_keys_file')} (the edge's signing keys, "<key id>:<secret>") ` +
        `and/or ${envName('api_keys_file')} (internal API keys); refusing to start a node that nobody could call`,
    );
  }
  const engine = engineFrom(raw, where, problems);
  const tls = tlsFrom(raw, where, problems);
  if (problems.length > 0) throw new ConfigError(problems);
  const warnings = [...unknownVariables(env), ...unusedNonceStoreSettings(raw, { ...fileRaw, ...envRaw }, where)];
  return {
    host: raw.host,
    port: raw.port,
    signingKeys,
    signatureWindowSeconds: raw.signature_window_s,
    nonceStore:
      raw.nonce_store === 'memory'
        ? { kind: 'memory' }
        : { kind: 'redis', url: raw.nonce_store, keyPrefix: raw.nonce_store_prefix, timeoutMs: raw.nonce_store_timeout_ms },
    apiKeys,
    engine,
    admission: { maxConcurrent: raw.max_concurrent, maxQueue: raw.max_queue, queueTimeoutMs: raw.queue_timeout_ms },
    requestTimeoutMs: raw.request_timeout_ms,
    maxBodyBytes: raw.max_body_bytes,
    audit:
      raw.audit_log === 'stdout'
        ? { sink: 'stdout' }
        : { sink: 'file', path: raw.audit_log, maxBytes: raw.audit_max_bytes, keep: raw.audit_keep },
    ...(tls ? { tls } : {}),
    shutdownGraceMs: raw.shutdown_grace_ms,
    warnings,
  };
}

/** Unknown variables are reported, not fatal: a deployment may set its own TRIAGE_ONPREM_* for other tools. */
function unknownVariables(env: Readonly<Record<string, string | undefined>>): string[] {
  const warnings: string[] = [];
  for (const k of Object.keys(env)) {
    if (!k.startsWith(ENV_PREFIX) || ENV_VARS.includes(k)) continue;
    const near = closest(k.slice(ENV_PREFIX.length));
    warnings.push(`${k}: unknown variable, ignored${near ? ` (did you mean ${envName(near)}?)` : ''}`);
  }
  return warnings;
}

/** Settings of the Redis store mean nothing to the memory store: probably a forgotten TRIAGE_ONPREM_NONCE_STORE. */
function unusedNonceStoreSettings(raw: Settings, given: Raw, where: Where): string[] {
  if (raw.nonce_store !== 'memory') return [];
  return (['nonce_store_prefix', 'nonce_store_timeout_ms'] as const)
    .filter((n) => n in given)
    .map((n) => `${where(n)} is set but ${envName('nonce_store')} is "memory" (the default): it has no effect`);
}

/** Signing keys: inline or from a file (a mounted k8s Secret), not both. */
function signingKeysFrom(raw: Settings, where: Where, problems: string[]): Map<string, string> {
  if (raw.signing_keys && raw.signing_keys_file) {
    problems.push(`${where('signing_keys')} and ${where('signing_keys_file')} are both set; use one`);
    return new Map();
  }
  if (raw.signing_keys) return parseSigningKeys(raw.signing_keys, where('signing_keys'), problems);
  if (!raw.signing_keys_file) return new Map();
  const source = readText(raw.signing_keys_file, where('signing_keys_file'), problems);
  if (source === undefined) return new Map();
  const lines = source
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
  if (lines.length === 0)
    problems.push(`${where('signing_keys_file')}: ${raw.signing_keys_file} holds no keys (one "<key id>:<secret>" per line)`);
  return parseSigningKeys(lines, where('signing_keys_file'), problems);
}

function engineFrom(raw: Settings, where: Where, problems: string[]): EngineConfig {
  if (raw.engine === 'openai-upstream') {
    if (!raw.upstream_url)
      problems.push(`${envName('upstream_url')} (or upstream_url in the file) is required when the engine is openai-upstream`);
    return {
      kind: 'openai-upstream',
      baseUrl: raw.upstream_url ?? '',
      timeoutMs: raw.upstream_timeout_ms,
      ...(raw.upstream_api_key ? { apiKey: raw.upstream_api_key } : {}),
      ...(raw.upstream_models ? { models: raw.upstream_models } : {}),
    };
  }
  const folders = parseFolderSettings(raw.model_folders ?? []);
  problems.push(...folders.problems.map((p) => `${where('model_folders')}: ${p}`));
  for (const f of folders.settings.filter((f) => looksLikeHubId(f.location)))
    problems.push(`${where('model_folders')}: model ${JSON.stringify(f.id)}: ${hubIdError(f.location).message}`);
  return {
    kind: 'onnx',
    modelsDir: raw.models_dir ?? DEFAULT_MODELS_DIR,
    ...(folders.settings.length > 0 ? { folders: folders.settings } : {}),
    executionProvider: raw.onnx_provider,
    ...(raw.cuda_device_id !== undefined ? { cudaDeviceId: raw.cuda_device_id } : {}),
    ...(raw.intra_op_threads !== undefined ? { intraOpNumThreads: raw.intra_op_threads } : {}),
  };
}

/** TLS: certificate and key together, the client CA (mTLS) only with them; the PEM files are read now. */
function tlsFrom(raw: Settings, where: Where, problems: string[]): OnpremConfig['tls'] {
  if (!raw.tls_cert && !raw.tls_key && !raw.tls_client_ca) return undefined;
  if (!raw.tls_cert || !raw.tls_key) {
    problems.push(
      `${envName('tls_cert')} and ${envName('tls_key')} must be set together${raw.tls_client_ca ? ` (${envName('tls_client_ca')} needs both)` : ''}`,
    );
    return undefined;
  }
  const cert = readText(raw.tls_cert, where('tls_cert'), problems);
  const key = readText(raw.tls_key, where('tls_key'), problems);
  const clientCa = raw.tls_client_ca ? readText(raw.tls_client_ca, where('tls_client_ca'), problems) : undefined;
  if (cert === undefined || key === undefined) return undefined;
  const tls: NonNullable<OnpremConfig['tls']> = { cert, key, files: { cert: raw.tls_cert, key: raw.tls_key } };
  if (clientCa !== undefined && raw.tls_client_ca) {
    tls.clientCa = clientCa;
    tls.files.clientCa = raw.tls_client_ca;
  }
  return tls;
}

/** What the startup line shows: settings, key ids and file paths — never a secret. */
export function describeConfig(c: OnpremConfig): Record<string, unknown> {
  const engine =
    c.engine.kind === 'openai-upstream'
      ? {
          kind: c.engine.kind,
          upstream: redactUrl(c.engine.baseUrl),
          api_key: c.engine.apiKey ? 'set' : 'none',
          timeout_ms: c.engine.timeoutMs,
        }
      : {
          kind: c.engine.kind,
          models_dir: c.engine.modelsDir,
          model_folders: (c.engine.folders ?? []).map(formatFolderSetting),
          provider: c.engine.executionProvider,
        };
  return {
    host: c.host,
    port: c.port,
    tls: c.tls ? (c.tls.clientCa ? 'mtls' : 'tls') : 'off',
    signing_key_ids: [...c.signingKeys.keys()],
    nonce_store:
      c.nonceStore.kind === 'memory'
        ? 'memory'
        : { url: redactUrl(c.nonceStore.url), key_prefix: c.nonceStore.keyPrefix, timeout_ms: c.nonceStore.timeoutMs },
    api_keys: c.apiKeys.size,
    engine,
    max_concurrent: c.admission.maxConcurrent,
    max_queue: c.admission.maxQueue,
    queue_timeout_ms: c.admission.queueTimeoutMs,
    request_timeout_ms: c.requestTimeoutMs,
    audit: c.audit.sink === 'stdout' ? 'stdout' : c.audit.path,
  };
}

/** A URL without user info (a password in a URL is still a secret). */
function redactUrl(u: string): string {
  try {
    const url = new URL(u);
    url.username = '';
    url.password = '';
    return url.toString();
  } catch {
    return '(invalid)';
  }
}
