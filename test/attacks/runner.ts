// Runs the corpus against the whole stack, as `npm start` wires it (spawnStack), with the recorder in front
// of the cloud tier: the edge's Lambda Invoke endpoint and stream URL point at recording proxies to
// serverless-offline and the streaming harness, and every `openai` target of the default policy at a
// recording stand-in (with its API key set, so the edge would really send to it; under `npm start` nothing
// listens there and the key is unset). The attack test and `npm run bench` (attacks) share this. Node only.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import OpenAI from 'openai';
import type { ChatCompletionCreateParams, EmbeddingCreateParams } from 'openai/resources';
import { parseDocument } from 'yaml';
import { cloudVars, type SpawnedCloud } from '../../shared/tools/stack/cloud.ts';
import { spawnStack, type EdgeWiring, type SpawnedStack } from '../../shared/tools/stack/stack.ts';
import { freePort } from '../support/free-port.ts';
import { formatDiagnostic, loadPolicy } from '../../shared/core/policy/index.ts';
import type { Case } from './corpus.ts';
import { controlProblems, judgeAttack, requestIdOf, ValueIndex, type KindOf, type Observation, type Verdict } from './judge.ts';
import { Recorder } from './recorder.ts';

const DEFAULT_POLICY = join(import.meta.dirname, '..', '..', 'shared', 'core', 'policy', 'policies', 'default.yaml');
const PATHS = { chat: '/v1/chat/completions', embeddings: '/v1/embeddings' } as const;
/** Generous: a loaded 2-core machine, a large prompt on the CPU model. Never a measure of anything. */
const REQUEST_TIMEOUT_MS = 300_000;

export interface AttackStack {
  stack: SpawnedStack;
  recorder: Recorder;
  /** The kind of each target of the policy the edge runs. */
  kindOf: KindOf;
  stop(): Promise<void>;
}

export interface AttackStackOptions {
  onLog?: (tier: 'edge' | 'cloud' | 'onprem', line: string) => void;
  onProgress?: (message: string) => void;
}

/**
 * The default policy with each `openai` target's base_url pointed at a recording stand-in (and the name of its
 * API key secret, so the edge can be given one). Checked with the policy loader: an invalid policy would make
 * the edge quietly keep the bundled one.
 */
async function policyWithStandIns(
  recorder: Recorder,
): Promise<{ yaml: string; version: string; secrets: string[]; kinds: Map<string, string> }> {
  const doc = parseDocument(readFileSync(DEFAULT_POLICY, 'utf8'));
  const targets = (doc.toJS() as { targets: Record<string, { kind: string; api_key_secret?: string }> }).targets;
  const secrets: string[] = [];
  for (const [name, spec] of Object.entries(targets)) {
    if (spec.kind !== 'openai') continue;
    const standIn = await recorder.standIn('openai-compat');
    doc.setIn(['targets', name, 'base_url'], `${standIn.url}/v1`);
    if (spec.api_key_secret) secrets.push(spec.api_key_secret);
  }
  const yaml = doc.toString();
  const loaded = loadPolicy(yaml, 'default.yaml');
  if (!loaded.ok) throw new Error(`the default policy with stand-ins is invalid:\n${loaded.errors.map(formatDiagnostic).join('\n')}`);
  return {
    yaml,
    version: loaded.policy.version,
    secrets,
    kinds: new Map(Object.entries(loaded.policy.spec.targets).map(([n, t]) => [n, t.kind])),
  };
}

/** The edge's wiring with the recorder in between: Invoke and stream URL through recording proxies, openai targets to stand-ins. */
async function recordedWiring(
  cloud: SpawnedCloud,
  recorder: Recorder,
  policy: { kinds: Map<string, string>; version?: string },
): Promise<EdgeWiring> {
  const invoke = await recorder.forwardTo('lambda-invoke', cloud.lambdaEndpoint);
  const stream = await recorder.forwardTo('lambda-stream', cloud.streamUrl);
  const { yaml, version, secrets, kinds } = await policyWithStandIns(recorder);
  for (const [n, k] of kinds) policy.kinds.set(n, k);
  policy.version = version;
  const streamUrl = `${stream.url}${new URL(cloud.streamUrl).pathname}`;
  return {
    vars: {
      ...cloudVars({ ...cloud, lambdaEndpoint: invoke.url, streamUrl }),
      ...Object.fromEntries(secrets.map((s) => [s, 'recorder-stand-in'])),
    },
    policyYaml: yaml,
  };
}

/** The edge answers with the seeded policy's version: the stand-ins are in place (the edge keeps the bundled policy if it rejects one). */
async function checkSeededPolicy(stack: SpawnedStack, version: string | undefined): Promise<void> {
  const res = await fetch(`${stack.edge.url}${PATHS.chat}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${stack.edge.apiKey}`, 'content-type': 'application/json' },
    body: JSON.stringify({ model: 'triage-small', max_tokens: 1, messages: [{ role: 'user', content: 'Hello' }] }),
  });
  await res.body?.cancel();
  const running = res.headers.get('x-triage-policy');
  if (!version || running !== version)
    throw new Error(`the edge runs policy ${running}, not the seeded one (${version}): the recorder's stand-ins are not in place`);
}

export async function spawnAttackStack(opts: AttackStackOptions = {}): Promise<AttackStack> {
  const dir = mkdtempSync(join(tmpdir(), 'triage-attacks-'));
  const recorder = new Recorder();
  const policy: { kinds: Map<string, string>; version?: string } = { kinds: new Map() };
  let stack: SpawnedStack | undefined;
  try {
    stack = await spawnStack({
      edgePort: await freePort(),
      onpremPort: await freePort(),
      lambdaPort: await freePort(),
      persistTo: join(dir, 'wrangler'),
      ...(opts.onLog ? { onLog: opts.onLog } : {}),
      ...(opts.onProgress ? { onProgress: opts.onProgress } : {}),
      interpose: ({ cloud }) => recordedWiring(cloud, recorder, policy),
    });
    await checkSeededPolicy(stack, policy.version);
  } catch (err) {
    await stack?.stop();
    await recorder.close();
    rmSync(dir, { recursive: true, force: true });
    throw err;
  }
  const running = stack;
  const stop = async () => {
    await running.stop();
    await recorder.close();
    rmSync(dir, { recursive: true, force: true });
  };
  return { stack: running, recorder, kindOf: (t) => policy.kinds.get(t), stop };
}

// ---- sending ---------------------------------------------------------------------------------------------

function observe(status: number, headers: Headers, code?: string | null): Observation {
  const h = (name: string) => headers.get(name) ?? undefined;
  const fallbacks = (h('x-triage-fallbacks') ?? 'none')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s && s !== 'none');
  return {
    status,
    target: h('x-triage-target'),
    targetKind: h('x-triage-target-kind'),
    fallbacks,
    pii: h('x-triage-pii'),
    ...(code ? { code } : {}),
  };
}

const errorCode = (text: string): string | undefined => {
  try {
    const code = (JSON.parse(text) as { error?: { code?: unknown } }).error?.code;
    return typeof code === 'string' ? code : undefined;
  } catch {
    return undefined;
  }
};

const failure = (err: unknown) => `client error: ${err instanceof Error ? err.name : typeof err}`;

/** The case as raw JSON over fetch (any shape, read to the end, streams included). */
async function sendRaw(edgeUrl: string, apiKey: string, c: Case): Promise<Observation> {
  let res: Response;
  try {
    res = await fetch(`${edgeUrl}${PATHS[c.endpoint]}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json', 'x-request-id': requestIdOf(c) },
      body: JSON.stringify(c.body),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
  } catch (err) {
    return { status: 0, fallbacks: [], failure: failure(err) };
  }
  try {
    const text = await res.text();
    return observe(res.status, res.headers, res.ok ? undefined : errorCode(text));
  } catch (err) {
    return { ...observe(res.status, res.headers), failure: `${failure(err)} while reading the answer` };
  }
}

/** The case through the official `openai` client (streams consumed chunk by chunk, as an application would). */
async function sendWithClient(client: OpenAI, c: Case): Promise<Observation> {
  const options = { headers: { 'x-request-id': requestIdOf(c) } };
  let obs: Observation | undefined;
  try {
    // The corpus puts fields the SDK's types do not know (on purpose): the body is passed as the SDK would send it.
    if (c.endpoint === 'embeddings') {
      const { response } = await client.embeddings.create(c.body as unknown as EmbeddingCreateParams, options).withResponse();
      return observe(response.status, response.headers);
    }
    const { data, response } = await client.chat.completions
      .create(c.body as unknown as ChatCompletionCreateParams, options)
      .withResponse();
    obs = observe(response.status, response.headers);
    if (Symbol.asyncIterator in data) for await (const chunk of data) void chunk;
    return obs;
  } catch (err) {
    if (err instanceof OpenAI.APIError && err.status !== undefined) return observe(err.status, err.headers ?? new Headers(), err.code);
    return { ...(obs ?? { status: 0, fallbacks: [] }), failure: failure(err) };
  }
}

export interface Sent {
  case: Case;
  obs: Observation;
}

/** Sends every case (`concurrency` at a time), each as its labels say (raw fetch or the openai client). */
export async function sendAll(
  stack: SpawnedStack,
  cases: readonly Case[],
  opts: { concurrency?: number; onSent?: (s: Sent, done: number) => void } = {},
): Promise<Sent[]> {
  const client = new OpenAI({ baseURL: `${stack.edge.url}/v1`, apiKey: stack.edge.apiKey, maxRetries: 0, timeout: REQUEST_TIMEOUT_MS });
  const out: Sent[] = new Array(cases.length);
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < cases.length) {
      const i = next++;
      const c = cases[i]!;
      const obs = c.labels.via === 'openai' ? await sendWithClient(client, c) : await sendRaw(stack.edge.url, stack.edge.apiKey, c);
      out[i] = { case: c, obs };
      opts.onSent?.(out[i]!, ++done);
    }
  };
  await Promise.all(Array.from({ length: Math.min(opts.concurrency ?? 4, cases.length) }, worker));
  return out;
}

// ---- judging ---------------------------------------------------------------------------------------------

export interface JudgedAttack extends Sent {
  verdict: Verdict;
}
export interface JudgedControl extends Sent {
  problems: string[];
}

/** Verdicts for everything sent, from what the recorder holds now (call after the last answer). */
export function judgeAll(
  s: AttackStack,
  attacks: readonly Sent[],
  controls: readonly Sent[],
): { attacks: JudgedAttack[]; controls: JudgedControl[] } {
  const ids = s.recorder.requestIds();
  const values = new ValueIndex(s.recorder.recorded.map((r) => r.body));
  return {
    attacks: attacks.map((a) => ({ ...a, verdict: judgeAttack(a.case, a.obs, ids, values, s.kindOf) })),
    controls: controls.map((c) => ({ ...c, problems: controlProblems(c.case, c.obs, ids) })),
  };
}
