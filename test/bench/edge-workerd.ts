// The edge Worker as production runs it: the built bundle (`wrangler deploy --dry-run --outdir`, the files that
// would be uploaded) in workerd, with wrangler.toml's bindings (KV, R2, the three Durable Objects, vars) and the
// bench's secrets — and, as the baseline in the same run, a bare proxy Worker (a few lines that fetch() the
// upstream) started the same way.
//
// How: Miniflare 4's API (wrangler's own copy, the one `wrangler dev` uses), because KV and R2 locally are
// Miniflare's Durable-Object-backed simulators inside workerd: a hand-written workerd config would have to
// re-implement them. Miniflare generates the workerd config and runs `workerd serve` as a child process; nothing
// of it is on the request path:
//   - requests go to an `unsafeDirectSockets` socket, a workerd socket bound straight to the user Worker (not
//     Miniflare's entry Worker, not a Node proxy; wrangler dev puts its Node proxy and inspector relay there);
//   - the Worker's outbound fetch() goes straight to workerd's `internet` service (`stripCfConnectingIp: false`
//     removes the header-stripping Worker Miniflare otherwise puts in front of it).
// KV, R2 and Durable Object work runs in the same workerd process (in production it runs elsewhere), so the
// process's CPU per request is an upper bound on the Worker's own. Node does only the seeding (before the
// measured workerd starts, into a persisted state folder) and the client side.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Readable } from 'node:stream';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import { newApiKey } from '../../shared/protocol/auth/api-keys.ts';
import { newSigningKey } from '../../shared/tools/stack/signing-key.ts';
import { freePort } from '../support/free-port.ts';
import { benchPolicy, call } from './client.ts';
import type { ColdStart, GatewayTarget } from './gateway-target.ts';

const ROOT = join(import.meta.dirname, '..', '..');
/** The bench upstream's key (the policy's `openai` target names OPENAI_COMPAT_API_KEY). */
const UPSTREAM_KEY = 'sk-bench-local';
const CHAT_PATH = '/v1/chat/completions';

/** The little of Miniflare 4's API used here. */
interface KvLike {
  put(key: string, value: string): Promise<void>;
}
interface MiniflareLike {
  ready: Promise<URL>;
  unsafeGetDirectURL(workerName?: string): Promise<URL>;
  getKVNamespace(binding: string): Promise<KvLike>;
  dispose(): Promise<void>;
}
type MiniflareCtor = new (options: object) => MiniflareLike;
type WorkerOptions = Record<string, unknown>;

const fromWrangler = createRequire(createRequire(import.meta.url).resolve('wrangler/package.json'));

async function miniflareClass(): Promise<MiniflareCtor> {
  const mod = (await import(pathToFileURL(fromWrangler.resolve('miniflare')).href)) as { Miniflare: MiniflareCtor };
  return mod.Miniflare;
}

/** wrangler.toml's top-level bindings, vars, compatibility settings and module rules, as Miniflare options. */
async function wranglerTomlOptions(): Promise<WorkerOptions> {
  const wrangler = (await import('wrangler')) as unknown as {
    unstable_getMiniflareWorkerOptions(path: string): { workerOptions: WorkerOptions };
  };
  return wrangler.unstable_getMiniflareWorkerOptions(join(ROOT, 'wrangler.toml')).workerOptions;
}

/** `wrangler deploy --dry-run --outdir DIR` (top-level environment): the files that would be uploaded. */
export function buildBundle(outdir: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['wrangler', 'deploy', '--dry-run', '--env=', '--outdir', outdir], {
      cwd: ROOT,
      env: { ...process.env, WRANGLER_SEND_METRICS: 'false' },
    });
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr.on('data', (c: Buffer) => (output += c.toString()));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`wrangler deploy --dry-run exited ${code}:\n${output.slice(-2000)}`)),
    );
  });
}

/** The bundle's modules by the type wrangler.toml's rules give them (index.js first: it is the entry). */
function bundleModules(dir: string): { type: string; path: string }[] {
  const typeOf = (file: string) =>
    file.endsWith('.js') ? 'ESModule' : file.endsWith('.wasm') ? 'CompiledWasm' : /\.(yaml|txt)$/.test(file) ? 'Text' : 'Data';
  const files = readdirSync(dir).filter((f) => !f.endsWith('.map') && f !== 'README.md');
  files.sort((a, b) => Number(b === 'index.js') - Number(a === 'index.js'));
  return files.map((file) => ({ type: typeOf(file), path: join(dir, file) }));
}

/** workerd processes that are children of this process (Miniflare spawns the binary directly). */
function workerdChildren(): Set<number> {
  const pids = new Set<number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const comm = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (comm.includes('workerd') && ppid === process.pid) pids.add(Number(entry));
    } catch {
      // gone
    }
  }
  return pids;
}

export interface WorkerdTarget extends GatewayTarget {
  /** Spawn → the socket answers; spawn → the first proxied chat answered (measured by the start itself). */
  coldStart: ColdStart & { spawnToReady: number };
  /** The Worker's stdout lines (its JSON request log lines among them). */
  logs: string[];
}

interface StartOptions {
  name: string;
  workerOptions: WorkerOptions;
  persistRoot: string;
  /** Sent once the socket answers (its time is the cold start's); no body: nothing is sent. */
  firstRequest: { body: object | undefined; headers: Record<string, string> };
  cleanup: () => void;
}

/** Spawns workerd through Miniflare on a direct socket, waits for the first proxied chat, finds the pid. */
async function startWorkerd(opts: StartOptions): Promise<WorkerdTarget> {
  const Miniflare = await miniflareClass();
  const logs: string[] = [];
  const before = workerdChildren();
  const spawnedAt = performance.now();
  const mf = new Miniflare({
    ...opts.workerOptions,
    name: 'worker',
    defaultPersistRoot: opts.persistRoot,
    unsafeDirectSockets: [{ host: '127.0.0.1', port: await freePort() }],
    stripCfConnectingIp: false,
    handleRuntimeStdio(stdout: Readable, stderr: Readable) {
      for (const stream of [stdout, stderr])
        createInterface({ input: stream }).on('line', (line) => logs.length < 100_000 && logs.push(line));
    },
  });
  try {
    const url = (await mf.unsafeGetDirectURL('worker')).origin;
    const readyAt = performance.now();
    if (opts.firstRequest.body !== undefined) {
      const first = await call(`${url}${CHAT_PATH}`, opts.firstRequest.body, opts.firstRequest.headers.authorization?.slice(7));
      if (first.status !== 200) throw new Error(`${opts.name}: first chat HTTP ${first.status}: ${first.text.slice(0, 300)}`);
    }
    const answeredAt = performance.now();
    const pids = [...workerdChildren()].filter((p) => !before.has(p));
    if (pids.length !== 1) throw new Error(`${opts.name}: expected one new workerd process, found ${pids.length}`);
    return {
      name: opts.name,
      url,
      chatPath: CHAT_PATH,
      pid: pids[0]!,
      headers: () => opts.firstRequest.headers,
      model: 'bench-upstream',
      logs,
      coldStart: { name: opts.name, spawnToReady: readyAt - spawnedAt, spawnToFirstAnswer: answeredAt - spawnedAt },
      async stop() {
        await mf.dispose();
        opts.cleanup();
      },
    };
  } catch (err) {
    await mf.dispose().catch(() => undefined);
    opts.cleanup();
    throw err;
  }
}

const benchChat = (model: string) => ({
  model,
  max_tokens: 16,
  messages: [{ role: 'user', content: 'How do I update my billing address?' }],
});

/** The bare baseline: a Worker that forwards the request to the upstream, nothing else. */
const BARE_PROXY = `export default {
  fetch(request, env) {
    const url = new URL(request.url);
    return fetch(env.UPSTREAM + url.pathname + url.search, request);
  },
};`;

export async function startWorkerdProxy(upstreamUrl: string): Promise<WorkerdTarget> {
  const toml = await wranglerTomlOptions();
  const persistRoot = mkdtempSync(join(tmpdir(), 'triage-bench-bare-'));
  return startWorkerd({
    name: 'bare proxy Worker in workerd',
    workerOptions: {
      compatibilityDate: toml.compatibilityDate,
      compatibilityFlags: toml.compatibilityFlags,
      modules: true,
      script: BARE_PROXY,
      bindings: { UPSTREAM: upstreamUrl },
    },
    persistRoot,
    firstRequest: { body: benchChat('bench-upstream'), headers: { authorization: `Bearer ${UPSTREAM_KEY}` } },
    cleanup: () => rmSync(persistRoot, { recursive: true, force: true }),
  });
}

export interface EdgeWorkerdOptions {
  /** Extra vars (strings) over wrangler.toml's, e.g. PII_TAGGER. */
  vars?: Record<string, string>;
  /** The first request, which the cold start times: a proxied chat (default), an edge-local one, or none (a profiler attaches first). */
  firstChat?: 'proxied' | 'edge-local' | 'none';
  /** An already built bundle folder (default: built now, removed on stop). */
  bundleDir?: string;
  /** The policy to seed (default: the bench policy pointed at the upstream). */
  policyYaml?: string;
  /** Durable Object bindings to leave out (e.g. RECEIPT_LOG: receipts off), to price a step. */
  unbind?: string[];
  /** More Miniflare options, e.g. `{ inspectorPort }` for a CPU profile. */
  miniflare?: Record<string, unknown>;
}

/** Seeds the key and the policy into the persisted KV the measured workerd then opens (a separate workerd). */
async function seed(persistRoot: string, kvNamespaces: unknown, policyYaml: string): Promise<string> {
  const Miniflare = await miniflareClass();
  const mf = new Miniflare({
    modules: true,
    script: 'export default { fetch: () => new Response(null) }',
    kvNamespaces,
    defaultPersistRoot: persistRoot,
  });
  try {
    const { key, kvKey, record } = await newApiKey('bench', { keyId: 'benchkey01' });
    await (await mf.getKVNamespace('KEYS')).put(kvKey, JSON.stringify(record));
    await (await mf.getKVNamespace('POLICY')).put('policy/current', policyYaml);
    return key;
  } finally {
    await mf.dispose();
  }
}

/** The edge bundle in workerd, seeded with a key and the bench policy (`bench-upstream` → the upstream). */
export async function startEdgeWorkerd(upstreamUrl: string, opts: EdgeWorkerdOptions = {}): Promise<WorkerdTarget> {
  const toml = await wranglerTomlOptions();
  const persistRoot = mkdtempSync(join(tmpdir(), 'triage-bench-edge-workerd-'));
  const ownBundle = opts.bundleDir === undefined;
  const bundleDir = opts.bundleDir ?? mkdtempSync(join(tmpdir(), 'triage-bench-edge-bundle-'));
  const cleanup = () => {
    rmSync(persistRoot, { recursive: true, force: true });
    if (ownBundle) rmSync(bundleDir, { recursive: true, force: true });
  };
  try {
    if (ownBundle) await buildBundle(bundleDir);
    const apiKey = await seed(persistRoot, toml.kvNamespaces, opts.policyYaml ?? benchPolicy(upstreamUrl));
    const { modulesRules: _rules, durableObjects, ...bindings } = toml;
    const unbind = new Set(opts.unbind);
    const objects = Object.fromEntries(Object.entries(durableObjects as object).filter(([name]) => !unbind.has(name)));
    const secrets = { OPENAI_COMPAT_API_KEY: UPSTREAM_KEY, ONPREM_SIGNING_KEY: newSigningKey() };
    return await startWorkerd({
      name: 'Triage edge (bundle in workerd)',
      workerOptions: {
        ...bindings,
        durableObjects: objects,
        modulesRoot: bundleDir,
        modules: bundleModules(bundleDir),
        bindings: { ...(toml.bindings as object), ...secrets, ...opts.vars },
        ...opts.miniflare,
      },
      persistRoot,
      firstRequest: {
        body: opts.firstChat === 'none' ? undefined : benchChat(opts.firstChat === 'edge-local' ? 'triage-small' : 'bench-upstream'),
        headers: { authorization: `Bearer ${apiKey}` },
      },
      cleanup,
    });
  } catch (err) {
    cleanup();
    throw err;
  }
}
