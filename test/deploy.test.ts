// The deploy guide (docs/deploy.md), run dry. Its dry-run block must be exactly the dry forms of the deploy
// commands the guide gives (`wrangler deploy` → `--dry-run --outdir`, `sls deploy` → `sls package`, `kubectl
// apply -k` → `kubectl kustomize`), so a guide edited in one place and not the other fails here; then those
// lines are run as written (a temp dir for each `"$(mktemp -d)"`), with no credentials, and what they build is
// checked: the Worker bundle holds the models, the Lambda zips and their IAM statements, the manifests render
// and use the Secrets the guide creates, the guide's custom domain is valid wrangler configuration, and its policy targets
// pass `triage policy check`.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml, parseAllDocuments, stringify } from 'yaml';

const root = join(import.meta.dirname, '..');
const guide = readFileSync(join(root, 'docs', 'deploy.md'), 'utf8');
const run = promisify(execFile);
const TMP = '"$(mktemp -d)"';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- CloudFormation and Kubernetes objects: JSON read along the paths each check names
type Json = Record<string, any>;

interface Block {
  section: string;
  lang: string;
  lines: string[];
}

/** The guide's fenced code blocks, each with the `## ` section it is in and its lines (comments and blanks dropped). */
function codeBlocks(md: string): Block[] {
  const blocks: Block[] = [];
  let section = '';
  let open: Block | undefined;
  for (const line of md.split('\n')) {
    const fence = /^```(\w*)\s*$/.exec(line);
    if (fence && !open) open = { section, lang: fence[1]!, lines: [] };
    else if (fence && open) {
      blocks.push(open);
      open = undefined;
    } else if (open) open.lines.push(line);
    else if (line.startsWith('## ')) section = line.slice(3);
  }
  return blocks;
}

const shellLines = (blocks: Block[]) =>
  blocks.filter((b) => b.lang === 'sh').flatMap((b) => b.lines.map((l) => l.trim()).filter((l) => l && !l.startsWith('#')));

/** The dry form of a deploy command; undefined for any other line. */
export function dryRunOf(command: string): string | undefined {
  const wrangler = /^npx wrangler deploy (.+)$/.exec(command);
  if (wrangler && !command.includes('--dry-run')) return `npx wrangler deploy --dry-run --outdir ${TMP} ${wrangler[1]}`;
  const sls = /^npx sls deploy (.+)$/.exec(command);
  if (sls) return `npx sls package ${sls[1]} --package ${TMP}`;
  const kubectl = /^kubectl apply -k (\S+)$/.exec(command);
  if (kubectl) return `kubectl kustomize ${kubectl[1]}`;
  return undefined;
}

const blocks = codeBlocks(guide);
const dryRunBlock = blocks.find((b) => b.section.startsWith('1.') && b.lang === 'sh');
const dryRunLines = dryRunBlock ? shellLines([dryRunBlock]) : [];
const deployCommands = shellLines(blocks.filter((b) => b !== dryRunBlock)).filter((l) => dryRunOf(l) !== undefined);

const dirs: string[] = [];
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'triage-deploy-'));
  dirs.push(d);
  return d;
};

interface Ran {
  line: string;
  args: string[];
  /** The temp dir that replaced "$(mktemp -d)", if the line has one. */
  outdir?: string;
  stdout: string;
}

/** The program a guide line names, as run from the repository root (`npx X` = the repository's node_modules/.bin/X). */
function program(word: string): string {
  if (word === 'kubectl') return 'kubectl';
  return join(root, 'node_modules', '.bin', word);
}

/** Runs one guide line as written: plain words only (the test refuses any other shell syntax), temp dirs for TMP. */
async function runLine(line: string): Promise<Ran> {
  const TMP_WORD = '\u0001';
  const words = line.replaceAll(TMP, TMP_WORD).split(' ');
  expect(
    words.every((w) => w === TMP_WORD || !/["'$`|;&<>\\]/.test(w)),
    `only plain words in: ${line}`,
  ).toBe(true);
  const outdir = words.includes(TMP_WORD) ? tempDir() : undefined;
  const args = words.map((w) => (w === TMP_WORD ? outdir! : w));
  const [cmd, ...rest] = args[0] === 'npx' ? args.slice(1) : args;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    // No credentials and no telemetry: a dry run must not need or send either.
    WRANGLER_SEND_METRICS: 'false',
    CLOUDFLARE_API_TOKEN: '',
    SLS_TELEMETRY_DISABLED: '1',
    SLS_NOTIFICATIONS_MODE: 'off',
    AWS_ACCESS_KEY_ID: '',
    AWS_SECRET_ACCESS_KEY: '',
    AWS_PROFILE: 'triage-no-such-profile',
    // serverless-esbuild's work dir: its own, so a concurrent `sls package` (cloud-package.test.ts) cannot delete it.
    TRIAGE_ESBUILD_WORK_DIR: '.esbuild-deploy-test',
  };
  // execFile rejects on a non-zero exit: the assertion that the command succeeds.
  const { stdout, stderr } = await run(program(cmd!), rest, { cwd: root, env, timeout: 120_000, maxBuffer: 64 * 1024 * 1024 });
  return { line, args, ...(outdir ? { outdir } : {}), stdout: stdout + stderr };
}

/** kubectl ≥ 1.21: older ones (Debian 12's kubernetes-client is 1.20) embed a kustomize that cannot read folders as resources. */
async function requireKubectl(): Promise<void> {
  const out = await run('kubectl', ['version', '--client', '-o', 'json']).catch(() => undefined);
  if (!out) throw new Error('kubectl is not installed: the deploy guide renders the on-prem manifests with it (.ci/run installs it).');
  const { major, minor } = (JSON.parse(out.stdout) as { clientVersion: { major: string; minor: string } }).clientVersion;
  if (Number(major) === 1 && parseInt(minor, 10) < 21)
    throw new Error(`kubectl ${major}.${minor} is too old for these kustomizations (needs 1.21 or later; .ci/run installs one).`);
}

const ran = new Map<string, Ran>();
const ranFor = (pattern: RegExp): Ran[] => [...ran.values()].filter((r) => pattern.test(r.line));

beforeAll(async () => {
  await requireKubectl();
  // One at a time: two cores, and `sls package` runs share the work dir above.
  for (const line of dryRunLines) ran.set(line, await runLine(line));
}, 600_000);

afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('docs/deploy.md', () => {
  it('its dry-run block is exactly the dry form of every deploy command it gives', () => {
    expect(deployCommands.length).toBeGreaterThan(0);
    const derived = [...new Set(deployCommands.map((c) => dryRunOf(c)!))].sort();
    expect([...dryRunLines].sort()).toEqual(derived);
    // Every tier, production and staging.
    for (const expected of ['--env production', '--env staging', '--stage production', '--stage staging', 'kubectl kustomize'])
      expect(
        dryRunLines.some((l) => l.includes(expected)),
        expected,
      ).toBe(true);
  });
});

/** The files the Worker imports as modules (models, the ORT wasm), by path from the repository root. */
function bundledAssets(): string[] {
  const dir = join(root, 'edge', 'models');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .flatMap((f) => [...readFileSync(join(dir, f), 'utf8').matchAll(/^import \w+ from '([^']+\.(?:onnx|wasm))';$/gm)].map((m) => m[1]!))
    .map((spec) => (spec.startsWith('.') ? join(dir, spec) : createRequire(join(root, 'package.json')).resolve(spec)));
}

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

describe('wrangler deploy --dry-run', () => {
  it('bundles every model and the ONNX runtime the Worker imports, byte for byte, for each environment', () => {
    const assets = bundledAssets();
    expect(assets.length).toBeGreaterThanOrEqual(7); // 5 demo models, the PII tagger, the ORT wasm
    const runs = ranFor(/^npx wrangler deploy --dry-run/);
    expect(runs.length).toBe(2);
    for (const r of runs) {
      const out = readdirSync(r.outdir!);
      expect(out).toContain('index.js');
      for (const asset of assets) {
        const copies = out.filter((f) => f.endsWith(`-${basename(asset)}`));
        expect(copies.length, `${basename(asset)} in ${r.line}`).toBeGreaterThan(0);
        expect(copies.map((f) => sha256(join(r.outdir!, f)))).toContain(sha256(asset));
      }
      expect(r.stdout).toMatch(/--dry-run: exiting now/);
    }
  });

  it('every environment keeps nodejs_compat pinned off and Workers Logs on without invocation logs', async () => {
    const { unstable_readConfig } = await import('wrangler');
    for (const env of ['production', 'staging']) {
      const config = unstable_readConfig({ config: join(root, 'wrangler.toml'), env });
      expect(config.compatibility_flags).toEqual(['no_nodejs_compat']);
      expect(config.observability).toEqual({ enabled: true, logs: { invocation_logs: false } });
    }
  }, 60_000);

  it("the guide's custom domain, added to [env.production], is a route on the domain and leaves no workers.dev URL", async () => {
    const { unstable_readConfig } = await import('wrangler');
    const snippet = blocks.find((b) => b.section.startsWith('4.') && b.lang === 'toml');
    expect(snippet).toBeDefined();
    const header = '[env.production]\n';
    const toml = readFileSync(join(root, 'wrangler.toml'), 'utf8');
    expect(toml).toContain(header);
    const file = join(tempDir(), 'wrangler.toml');
    writeFileSync(file, toml.replace(header, `${header}${snippet!.lines.join('\n')}\n`));
    const config = unstable_readConfig({ config: file, env: 'production' });
    expect(config.routes).toEqual([{ pattern: expect.any(String), custom_domain: true }]);
    expect(config.workers_dev).toBe(false);
  }, 60_000);
});

describe('sls package (what sls deploy uploads)', () => {
  const asList = <T>(x: T | T[]): T[] => (Array.isArray(x) ? x : [x]);

  it('builds the four Lambda zips and grants the role only what serverless.yml promises, per stage', () => {
    const runs = ranFor(/^npx sls package/);
    expect(runs.length).toBe(2);
    for (const r of runs) {
      const stage = /--stage (\S+)/.exec(r.line)![1]!;
      for (const fn of ['infer', 'stream', 'submit', 'status']) expect(existsSync(join(r.outdir!, `${fn}.zip`)), fn).toBe(true);
      const template = JSON.parse(readFileSync(join(r.outdir!, 'cloudformation-template-update-stack.json'), 'utf8')) as Json;
      const statements = (template.Resources.IamRoleLambdaExecution.Properties.Policies as Json[]).flatMap(
        (p) => p.PolicyDocument.Statement as Json[],
      );
      const actions = [...new Set(statements.flatMap((s) => asList<string>(s.Action)))].sort();
      // (logs:*: the framework's own, on the functions' log groups.)
      expect(actions).toEqual([
        'logs:CreateLogGroup',
        'logs:CreateLogStream',
        'logs:PutLogEvents',
        'logs:TagResource',
        's3:GetObject',
        's3:ListBucket',
        's3:PutObject',
        'sagemaker:InvokeEndpoint',
        'sagemaker:InvokeEndpointAsync',
        'sagemaker:InvokeEndpointWithResponseStream',
        'xray:PutTelemetryRecords',
        'xray:PutTraceSegments',
      ]);
      const sagemaker = statements.find((s) => asList<string>(s.Action).includes('sagemaker:InvokeEndpoint'))!;
      expect(sagemaker.Resource).toEqual([
        { 'Fn::Sub': `arn:\${AWS::Partition}:sagemaker:\${AWS::Region}:\${AWS::AccountId}:endpoint/triage-cloud-${stage}-gpu` },
      ]);
      // The names the guide tells the edge's IAM policy and the routing policy to use.
      expect(template.Resources.InferLambdaFunction.Properties.FunctionName).toBe(`triage-cloud-${stage}-infer`);
      expect(template.Resources.StreamLambdaFunction.Properties.FunctionName).toBe(`triage-cloud-${stage}-stream`);
      expect(guide).toContain(`triage-cloud-${stage}-infer`);
    }
  });

  it("the edge's IAM policy in the guide invokes exactly the production infer function and the stream URL", () => {
    const block = blocks.find((b) => b.section.startsWith('3.') && b.lang === 'json');
    const policy = JSON.parse(block!.lines.join('\n')) as { Statement: Json[] };
    const grants = policy.Statement.map((st) => `${st.Effect} ${st.Action} ${String(st.Resource).replace(/.*:function:/, '')}`);
    expect(grants).toEqual([
      'Allow lambda:InvokeFunction triage-cloud-production-infer',
      'Allow lambda:InvokeFunctionUrl triage-cloud-production-stream',
    ]);
  });
});

describe('kubectl kustomize', () => {
  it('renders the on-prem node with the tunnel, and references exactly the Secrets the guide creates', () => {
    const runs = ranFor(/^kubectl kustomize/);
    expect(runs.length).toBeGreaterThan(0);
    const created = shellLines(blocks)
      .map((l) => /^kubectl -n (\S+) create secret generic (\S+)/.exec(l))
      .filter((m) => m !== null)
      .map((m) => `${m[1]}/${m[2]}`)
      .sort();
    expect(created).toHaveLength(3);
    for (const r of runs) {
      const objs = parseAllDocuments(r.stdout.trim())
        .map((d) => d.toJS() as Json)
        .filter(Boolean);
      const ids = objs.map((o) => `${o.kind}/${o.metadata.namespace ?? ''}/${o.metadata.name}`);
      expect(ids).toEqual(expect.arrayContaining(['Deployment/triage-onprem/triage-onprem', 'Deployment/triage-tunnel/cloudflared']));
      // Secrets are never in the manifests: the guide creates them from files and random values.
      expect(objs.filter((o) => o.kind === 'Secret')).toEqual([]);
      expect(secretsReferenced(objs)).toEqual(created);
    }
  });
});

/** `namespace/name` of every Secret a pod template mounts or reads an env var from. */
function secretsReferenced(objs: Json[]): string[] {
  const names = new Set<string>();
  for (const o of objs) {
    const spec = o.spec?.template?.spec as Json | undefined;
    if (!spec) continue;
    const ns = o.metadata.namespace as string;
    for (const v of (spec.volumes ?? []) as Json[]) if (v.secret) names.add(`${ns}/${v.secret.secretName}`);
    for (const c of [...((spec.containers ?? []) as Json[]), ...((spec.initContainers ?? []) as Json[])])
      for (const e of (c.env ?? []) as Json[]) if (e.valueFrom?.secretKeyRef) names.add(`${ns}/${e.valueFrom.secretKeyRef.name}`);
  }
  return [...names].sort();
}

describe("the guide's policy", () => {
  it('the default policy with the targets the guide gives passes `triage policy check`', async () => {
    const snippet = blocks.find((b) => b.section.startsWith('5.') && b.lang === 'yaml');
    expect(snippet).toBeDefined();
    const targets = (parseYaml(snippet!.lines.join('\n')) as { targets: Record<string, Json> }).targets;
    const policy = parseYaml(readFileSync(join(root, 'shared/core/policy/policies/default.yaml'), 'utf8')) as {
      targets: Record<string, Json>;
    };
    for (const [name, fields] of Object.entries(targets)) {
      expect(policy.targets[name], `target ${name} of the default policy`).toBeDefined();
      Object.assign(policy.targets[name]!, fields);
    }
    const file = join(tempDir(), 'policy.production.yaml');
    writeFileSync(file, stringify(policy));
    expect(shellLines(blocks)).toContain('npx triage policy check policy.production.yaml');
    const { stdout } = await run(process.execPath, [join(root, 'shared/tools/cli/triage.mjs'), 'policy', 'check', file], { cwd: root });
    expect(stdout).toMatch(/: ok \(version p-[0-9a-f]{16}, /);
  }, 60_000);
});
