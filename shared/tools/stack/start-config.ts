// `npm start`'s configuration: an optional JSON file (`triage.config.json` at the checkout's root, or the file
// TRIAGE_CONFIG names) for ports, the on-prem engine (onnx on model folders, or openai-upstream to a vLLM /
// Ollama server), the cloud tier's model folders and the edge's extra vars (an openai target's key).
// Environment variables win over the file: PORT, ONPREM_PORT, LAMBDA_PORT, TRIAGE_ONPREM_*,
// TRIAGE_CLOUD_MODEL_FOLDERS, PII_TAGGER. Validated with zod; the on-prem part also by the node's own loader,
// so a mistake is reported before anything starts. Secrets are never echoed. Node-only.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { z } from 'zod';
import { ConfigError, loadConfig } from '../../../onprem/config.ts';
import { REPO_ROOT } from './process-group.ts';

export const CONFIG_FILE = 'triage.config.json';
export const CONFIG_ENV = 'TRIAGE_CONFIG';

const port = z
  .int({ error: 'expected a port number (1-65535)' })
  .min(1, 'expected a port number (1-65535)')
  .max(65535, 'expected a port number (1-65535)');
const text = z.string({ error: 'expected a string' }).trim().min(1, 'expected a non-empty string');
const folders = z.array(text, { error: 'expected a list of "<model id>=<folder>[#<variant>]"' });

export const StartConfigSchema = z.strictObject({
  ports: z.strictObject({ edge: port.optional(), onprem: port.optional(), lambda: port.optional() }).optional(),
  onprem: z
    .strictObject({
      engine: z.enum(['onnx', 'openai-upstream'], { error: 'expected "onnx" or "openai-upstream"' }).optional(),
      upstream_url: z.url({ protocol: /^https?$/, error: 'expected an http(s) URL' }).optional(),
      upstream_api_key: text.optional(),
      upstream_models: z.array(text).optional(),
      models_dir: text.optional(),
      model_folders: folders.optional(),
    })
    .optional(),
  cloud: z.strictObject({ model_folders: folders.optional() }).optional(),
  edge: z
    .strictObject({
      pii_tagger: z.enum(['on', 'off'], { error: 'expected "on" or "off"' }).optional(),
      /** Worker vars and secrets, e.g. the key an openai target names in api_key_secret. */
      vars: z.record(z.string().regex(/^[A-Z][A-Z0-9_]*$/, 'expected an UPPER_CASE var name'), z.string()).optional(),
    })
    .optional(),
});
export type StartConfigFile = z.infer<typeof StartConfigSchema>;

export interface StartConfig {
  /** The file read, if any. */
  file?: string;
  ports: { edge: number; onprem: number; lambda: number };
  /** Set in the environment of the tiers' processes (TRIAGE_ONPREM_*, TRIAGE_CLOUD_MODEL_FOLDERS, PII_TAGGER). */
  env: Record<string, string>;
  /** Extra Worker vars (`--var`). */
  edgeVars: Record<string, string>;
}

export class StartConfigError extends Error {}

/** Reads and checks the configuration; throws StartConfigError listing every problem. */
export function loadStartConfig(env: NodeJS.ProcessEnv = process.env, root = REPO_ROOT): StartConfig {
  const file = env[CONFIG_ENV] ? resolve(env[CONFIG_ENV]) : existsSync(join(root, CONFIG_FILE)) ? join(root, CONFIG_FILE) : undefined;
  const parsed = file ? readConfigFile(file) : {};
  const problems: string[] = [];
  const ports = {
    edge: envPort('PORT', env, parsed.ports?.edge ?? 8787, problems),
    onprem: envPort('ONPREM_PORT', env, parsed.ports?.onprem ?? 8788, problems),
    lambda: envPort('LAMBDA_PORT', env, parsed.ports?.lambda ?? 3002, problems),
  };
  const base = file ? dirname(file) : root;
  const fromFile = tierEnv(parsed, base);
  // The caller's variables win over the file.
  const tierVars = Object.fromEntries(Object.entries(fromFile).map(([k, v]) => [k, env[k] || v]));
  problems.push(...onpremProblems({ ...pick(env, 'TRIAGE_ONPREM_'), ...tierVars }));
  if (problems.length)
    throw new StartConfigError(`${file ?? 'the environment'}: invalid start configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  return { ...(file ? { file } : {}), ports, env: tierVars, edgeVars: parsed.edge?.vars ?? {} };
}

function readConfigFile(file: string): StartConfigFile {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    const why = (e as NodeJS.ErrnoException).code ?? (e instanceof SyntaxError ? `not valid JSON (${e.message})` : 'unreadable');
    throw new StartConfigError(`${file}: ${why}`);
  }
  const r = StartConfigSchema.safeParse(data);
  if (r.success) return r.data;
  // Messages name the setting, never its value (a value may be a key).
  const lines = r.error.issues.map(
    (i) =>
      `  - ${i.path.join('.') || '(top level)'}: ${i.code === 'unrecognized_keys' ? `unknown setting ${i.keys.join(', ')}` : i.message}`,
  );
  throw new StartConfigError(`${file}: invalid start configuration:\n${lines.join('\n')}`);
}

function envPort(name: string, env: NodeJS.ProcessEnv, fallback: number, problems: string[]): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (Number.isInteger(n) && n >= 1 && n <= 65535) return n;
  problems.push(`${name} must be a port number, got ${JSON.stringify(raw.slice(0, 20))}`);
  return fallback;
}

/** The file's settings as the variables each tier reads (relative folders resolved against the file). */
function tierEnv(c: StartConfigFile, base: string): Record<string, string> {
  const abs = (p: string) => (isAbsolute(p) ? p : resolve(base, p));
  const folder = (entry: string) =>
    entry.replace(/^([^=]+)=(?!r2:|s3:)(.+)$/, (_, id: string, loc: string) => `${id}=${loc.startsWith('.') ? abs(loc) : loc}`);
  const out: Record<string, string> = {};
  const o = c.onprem;
  if (o?.engine) out['TRIAGE_ONPREM_ENGINE'] = o.engine;
  if (o?.upstream_url) out['TRIAGE_ONPREM_UPSTREAM_URL'] = o.upstream_url;
  if (o?.upstream_api_key) out['TRIAGE_ONPREM_UPSTREAM_API_KEY'] = o.upstream_api_key;
  if (o?.upstream_models) out['TRIAGE_ONPREM_UPSTREAM_MODELS'] = o.upstream_models.join(',');
  if (o?.models_dir) out['TRIAGE_ONPREM_MODELS_DIR'] = abs(o.models_dir);
  if (o?.model_folders) out['TRIAGE_ONPREM_MODEL_FOLDERS'] = o.model_folders.map(folder).join(',');
  if (c.cloud?.model_folders) out['TRIAGE_CLOUD_MODEL_FOLDERS'] = c.cloud.model_folders.map(folder).join(',');
  if (c.edge?.pii_tagger) out['PII_TAGGER'] = c.edge.pii_tagger;
  return out;
}

const pick = (env: NodeJS.ProcessEnv, prefix: string) =>
  Object.fromEntries(Object.entries(env).filter((e): e is [string, string] => e[0].startsWith(prefix) && e[1] !== undefined));

/** The node's own loader over what it will get (with a stand-in for the key the stack wires itself). */
function onpremProblems(onpremVars: Record<string, string>): string[] {
  try {
    loadConfig({ ...onpremVars, TRIAGE_ONPREM_SIGNING_KEYS: `dev:${'0'.repeat(32)}`, TRIAGE_ONPREM_SIGNING_KEYS_FILE: '' });
    return [];
  } catch (err) {
    if (err instanceof ConfigError) return err.problems.map((p) => `on-prem: ${p}`);
    throw err;
  }
}
