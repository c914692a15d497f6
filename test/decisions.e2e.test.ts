// Issue 15 end to end, the whole stack as `npm start` wires it (shared/tools/stack/stack.ts), driven by the
// official `openai` client: a conversation that turns sticky; redact-and-restore to an OpenAI-compatible
// target (a real local echo server that keeps what it received: no original value may be in it, the client
// must get them all back, streams and tool calls included); the decision receipts pulled from the edge's
// local R2, verified, tampered with and caught, and reported on (joined with the on-prem node's audit log);
// and a shadow policy whose recorded decisions `triage policy diff` and `triage policy replay` agree on.
// The CLI runs in-process (main()). The tests run in order: the later ones read the receipts of the earlier.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { PII_TYPES } from '../shared/core/pii/types.ts';
import { formatDiagnostic, loadPolicy } from '../shared/core/policy/index.ts';
import type { AuditReport } from '../shared/core/receipts/report.ts';
import type { PolicyDiff } from '../shared/core/shadow/diff.ts';
import { spawnStack, type SpawnedStack } from '../shared/tools/stack/stack.ts';
import { startEchoServer, type EchoServer } from './support/echo-server.ts';
import { triage } from './support/cli.ts';
import { freePort } from './support/free-port.ts';

const dir = mkdtempSync(join(tmpdir(), 'triage-decisions-'));
const persistTo = join(dir, 'wrangler');
const auditFile = join(dir, 'onprem-audit.jsonl');
const candidateFile = join(dir, 'candidate.yaml');
/** Generous bounds for a loaded 2-core machine (CPU models on every tier); never a measure of anything. */
const LONG = 300_000;

let stack: SpawnedStack;
let echo: EchoServer;
let client: OpenAI;
let liveVersion: string;
let candidateVersion: string;
const startedAt = new Date(Date.now() - 60_000);

// ---- the policies --------------------------------------------------------------------------------------

const DEFAULT_POLICY = readFileSync(join(import.meta.dirname, '..', 'shared', 'core', 'policy', 'policies', 'default.yaml'), 'utf8');
const NOT_REDACTABLE = PII_TYPES.filter((t) => t !== 'EMAIL' && t !== 'PHONE');

type PolicyDoc = { targets: Record<string, Record<string, unknown>>; rules: Record<string, unknown>[] } & Record<string, unknown>;

/**
 * The default policy (sticky on the x-triage-session header) with its OpenAI-compatible target pointed at the
 * echo server and allowed EMAIL and PHONE redacted, and rules as policies/examples/redact-to-cloud.yaml orders
 * them: every other PII type on-prem first, unscanned and sticky on-prem, then contact details to the echo
 * server redacted; the rest as the default policy routes it.
 */
function livePolicy(echoUrl: string): PolicyDoc {
  const doc = loadYaml(DEFAULT_POLICY);
  doc.targets['openai-compat'] = { ...doc.targets['openai-compat'], base_url: `${echoUrl}/v1`, allow_redacted: ['EMAIL', 'PHONE'] };
  const rule = (name: string) => doc.rules.find((r) => r['name'] === name)!;
  doc.rules = [
    { name: 'pii-not-redactable', when: { pii: NOT_REDACTABLE }, target: 'onprem-gpu', fallbacks: [] },
    rule('unscanned-onprem'),
    rule('sticky-onprem'),
    { name: 'contact-redacted', when: { pii: 'any', unscanned: 'none', task: 'chat' }, target: 'openai-compat', fallbacks: ['onprem-gpu'] },
    rule('pii-onprem'),
    rule('small-at-edge'),
    rule('small-tasks-at-edge'),
    rule('not-on-cloud'),
    rule('large-on-cloud'),
  ];
  return doc;
}

/** The candidate: the live policy, but small requests go to the cloud GPU instead of the edge model. */
function candidatePolicy(live: PolicyDoc): PolicyDoc {
  const doc = structuredClone(live);
  doc.description = 'Candidate: small requests on the cloud GPU';
  doc.rules = doc.rules.map((r) => (r['name'] === 'small-at-edge' ? { ...r, target: 'cloud-gpu', fallbacks: ['openai-compat'] } : r));
  return doc;
}

const loadYaml = (text: string): PolicyDoc => parse(text) as PolicyDoc;

/** The policy's version, checked as the edge checks it: an invalid policy would make the edge keep the bundled one. */
function checkedVersion(yaml: string, name: string): string {
  const loaded = loadPolicy(yaml, name);
  if (!loaded.ok) throw new Error(`${name} is invalid:\n${loaded.errors.map(formatDiagnostic).join('\n')}`);
  return loaded.policy.version;
}

beforeAll(async () => {
  echo = await startEchoServer();
  const live = livePolicy(echo.url);
  const liveYaml = stringify(live);
  const candidateYaml = stringify(candidatePolicy(live));
  liveVersion = checkedVersion(liveYaml, 'live.yaml');
  candidateVersion = checkedVersion(candidateYaml, 'candidate.yaml');
  writeFileSync(candidateFile, candidateYaml);
  stack = await spawnStack({
    edgePort: await freePort(),
    onpremPort: await freePort(),
    lambdaPort: await freePort(),
    persistTo,
    onpremEnv: { TRIAGE_ONPREM_AUDIT_LOG: auditFile },
    interpose: async () => ({ vars: { OPENAI_COMPAT_API_KEY: 'echo-server' }, policyYaml: liveYaml, shadowPolicyYaml: candidateYaml }),
  });
  client = new OpenAI({ baseURL: `${stack.edge.url}/v1`, apiKey: stack.edge.apiKey, maxRetries: 0, timeout: LONG });
}, LONG);

afterAll(async () => {
  await stack?.stop();
  await echo?.close();
  rmSync(dir, { recursive: true, force: true });
});

// ---- what the test sent, and what the edge said about it ---------------------------------------------------

type Sensitivity = 'pii' | 'redacted' | 'sticky' | 'clean';
interface Sent {
  requestId: string;
  sensitivity: Sensitivity;
  headers: Headers;
}
const sent: Sent[] = [];

function note(requestId: string | null, sensitivity: Sensitivity, response: Response): Headers {
  expect(requestId, 'the edge answers with x-request-id').toBeTruthy();
  sent.push({ requestId: requestId!, sensitivity, headers: response.headers });
  return response.headers;
}

const MARKER = `zq-receipt-marker-${Math.random().toString(36).slice(2, 10)}`;
const SESSION_A = `conv-a-${Math.random().toString(36).slice(2, 10)}`;
const SESSION_B = `conv-b-${Math.random().toString(36).slice(2, 10)}`;
const CARD = '4539 1488 0343 6467';
const EMAIL = 'anna.berg@example.org';
const EMAIL2 = 'jonas.weber@example.net';
const PHONE = '+49 30 1234567';
const PERSON = 'Dr. Maria Schneider';
const PROMPT = `Mail ${EMAIL} or call ${PHONE}; once more: ${EMAIL}.`;
const PII_VALUES = [CARD, EMAIL, 'anna.berg', EMAIL2, 'jonas.weber', PHONE, '1234567', 'Maria Schneider'];
const TOOLS = [
  { type: 'function' as const, function: { name: 'send', parameters: { type: 'object', properties: { text: { type: 'string' } } } } },
];

/** A small chat through the edge (non-streaming), in a session or not; its text and the edge's headers. */
async function chat(content: string, sensitivity: Sensitivity, session?: string, tools = false) {
  const { data, response, request_id } = await client.chat.completions
    .create(
      { model: 'triage-small', messages: [{ role: 'user', content }], max_tokens: 8, temperature: 0, ...(tools ? { tools: TOOLS } : {}) },
      session ? { headers: { 'x-triage-session': session } } : {},
    )
    .withResponse();
  const message = data.choices[0]!.message;
  return { headers: note(request_id, sensitivity, response), requestId: request_id!, text: message.content ?? '', message };
}

/** The same, streamed: the content and tool-call arguments as the client assembles them. */
async function chatStream(content: string, sensitivity: Sensitivity, tools = false) {
  const {
    data: stream,
    response,
    request_id,
  } = await client.chat.completions
    .create({
      model: 'triage-small',
      messages: [{ role: 'user', content }],
      max_tokens: 8,
      stream: true,
      ...(tools ? { tools: TOOLS } : {}),
    })
    .withResponse();
  let text = '';
  let args = '';
  let chunks = 0;
  for await (const chunk of stream) {
    chunks++;
    text += chunk.choices[0]?.delta.content ?? '';
    args += chunk.choices[0]?.delta.tool_calls?.[0]?.function?.arguments ?? '';
  }
  return { headers: note(request_id, sensitivity, response), requestId: request_id!, text, args, chunks };
}

const kindOf = (h: Headers) => h.get('x-triage-target-kind');

/** What the echo server received for a request: placeholders, never an original value. */
function expectSentRedacted(requestId: string): void {
  const bodies = echo.received(requestId);
  expect(bodies).toHaveLength(1);
  for (const v of [EMAIL, 'anna.berg', PHONE, '1234567']) expect(bodies[0]).not.toContain(v);
  const messages = (JSON.parse(bodies[0]!) as { messages: { content: string }[] }).messages;
  expect(messages.at(-1)!.content).toBe('Mail [EMAIL_1] or call [PHONE_1]; once more: [EMAIL_1].');
}

// ---- the CLI in-process, and the receipts on disk ---------------------------------------------------------

function filesUnder(root: string): string[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .map((f) => join(root, f))
    .filter((f) => statSync(f).isFile());
}

type ReceiptLine = { request_id: string; seq: number; tenant: string };
const receiptLines = (root: string): string[] =>
  filesUnder(join(root, 'receipts'))
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .flatMap((f) => readFileSync(f, 'utf8').split('\n').filter(Boolean));

/**
 * Pulls the receipts (`triage audit pull`) until every request the test sent has one: the ReceiptLog writes
 * them to R2 on its alarm, some seconds after the responses. Each attempt into a fresh folder.
 */
async function pullUntilComplete(): Promise<string> {
  const want = new Set(sent.map((s) => s.requestId));
  for (let attempt = 1; ; attempt++) {
    const out = join(dir, `pulled-${attempt}`);
    const pulled = await triage('audit', 'pull', out, '--persist-to', persistTo);
    expect(pulled.code, pulled.stderr).toBe(0);
    const have = existsDir(join(out, 'receipts')) ? receiptLines(out).map((l) => (JSON.parse(l) as ReceiptLine).request_id) : [];
    const checkpoints = existsDir(join(out, 'checkpoints')) ? filesUnder(join(out, 'checkpoints')).length : 0;
    if ([...want].every((id) => have.includes(id)) && checkpoints > 0) return out;
    rmSync(out, { recursive: true, force: true });
    await new Promise((r) => setTimeout(r, 500)); // between polls only; the condition above is what is awaited
  }
}

const existsDir = (p: string) => {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
};

/** Until the on-prem node's audit log has a line for each request that ran on-prem (it writes after answering). */
async function onpremAuditComplete(): Promise<void> {
  const want = sent.filter((s) => kindOf(s.headers) === 'onprem').map((s) => s.requestId);
  for (;;) {
    const text = existsFile(auditFile) ? readFileSync(auditFile, 'utf8') : '';
    if (want.every((id) => text.includes(`"${id}"`))) return;
    await new Promise((r) => setTimeout(r, 200));
  }
}

const existsFile = (p: string) => {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
};

/** A copy of the pulled folder with all receipts in one file, in chain order, changed by `tamper`. */
function tamperedCopy(pulled: string, name: string, tamper: (lines: string[]) => string[]): string {
  const copy = join(dir, name);
  mkdirSync(join(copy, 'receipts', 'dev'), { recursive: true });
  cpSync(join(pulled, 'checkpoints'), join(copy, 'checkpoints'), { recursive: true });
  writeFileSync(join(copy, 'receipts', 'dev', '000000000001.jsonl'), tamper(receiptLines(pulled)).join('\n') + '\n');
  return copy;
}

let pulled: string;

describe('issue 15 through the whole stack (official openai client)', () => {
  it(
    'sticky: a session turns sticky with its PII turn and stays on-prem; another session is unaffected',
    async () => {
      const a1 = await chat(`What is the capital of France? ${MARKER}`, 'clean', SESSION_A);
      expect(a1.headers.get('x-triage-policy'), 'the edge runs the seeded policy').toBe(liveVersion);
      expect(a1.headers.get('x-triage-sticky')).toBe('no');
      expect(kindOf(a1.headers)).not.toBe('onprem');

      const b1 = await chat('Name three colours of the rainbow.', 'clean', SESSION_B);
      expect(b1.headers.get('x-triage-sticky')).toBe('no');
      expect(kindOf(b1.headers)).not.toBe('onprem');

      const a2 = await chat(`Please charge my card ${CARD} for the order.`, 'pii', SESSION_A);
      expect(a2.headers.get('x-triage-target')).toBe('onprem-gpu');
      expect(a2.headers.get('x-triage-pii')).toBe('CREDIT_CARD');
      expect(a2.headers.get('x-triage-rule')).toBe('pii-not-redactable');

      const a3 = await chat('And when will it arrive?', 'sticky', SESSION_A);
      expect(a3.headers.get('x-triage-sticky')).toBe('yes');
      expect(a3.headers.get('x-triage-target')).toBe('onprem-gpu');
      expect(a3.headers.get('x-triage-rule')).toBe('sticky-onprem');
      expect(a3.headers.get('x-triage-pii')).toBe('none');
      expect(a3.text.length).toBeGreaterThan(0);

      const b2 = await chat('And which one comes after green?', 'clean', SESSION_B);
      expect(b2.headers.get('x-triage-sticky')).toBe('no');
      expect(kindOf(b2.headers)).not.toBe('onprem');

      const none = await chat('How many legs does a spider have?', 'clean');
      expect(none.headers.get('x-triage-sticky')).toBe('no');
      expect(kindOf(none.headers)).not.toBe('onprem');
    },
    LONG,
  );

  it(
    'redact-and-restore: the echo server gets placeholders, the client the values (JSON, stream, tool calls)',
    async () => {
      const json = await chat(PROMPT, 'redacted');
      expect(json.headers.get('x-triage-target')).toBe('openai-compat');
      expect(json.headers.get('x-triage-rule')).toBe('contact-redacted');
      expect(json.headers.get('x-triage-redacted')).toBe('EMAIL:1,PHONE:1');
      expect(json.headers.get('x-triage-pii')).toBe('EMAIL,PHONE');
      expect(json.text).toBe(PROMPT);
      expectSentRedacted(json.requestId);

      const streamed = await chatStream(PROMPT, 'redacted');
      expect(streamed.headers.get('x-triage-target')).toBe('openai-compat');
      expect(streamed.headers.get('x-triage-redacted')).toBe('EMAIL:1,PHONE:1');
      expect(streamed.chunks).toBeGreaterThan(10); // 3 characters an event: every placeholder split across chunks
      expect(streamed.text).toBe(PROMPT);
      expectSentRedacted(streamed.requestId);

      const tool = await chat(PROMPT, 'redacted', undefined, true);
      expect(tool.headers.get('x-triage-redacted')).toBe('EMAIL:1,PHONE:1');
      const call = tool.message.tool_calls![0]!;
      expect(call.type).toBe('function');
      expect(JSON.parse(call.type === 'function' ? call.function.arguments : '')).toEqual({ text: PROMPT });
      expectSentRedacted(tool.requestId);

      const toolStream = await chatStream(PROMPT, 'redacted', true);
      expect(toolStream.headers.get('x-triage-redacted')).toBe('EMAIL:1,PHONE:1');
      expect(JSON.parse(toolStream.args)).toEqual({ text: PROMPT });
      expectSentRedacted(toolStream.requestId);

      // Placeholders split at every offset: pieces of 1 to 9 characters, content and tool-call arguments.
      const two = `From ${EMAIL2} to ${EMAIL}, call ${PHONE}; reply to ${EMAIL2}.`;
      for (let piece = 1; piece <= 9; piece++) {
        echo.setPiece(piece);
        const tools = piece % 2 === 0;
        const s = await chatStream(two, 'redacted', tools);
        expect(s.headers.get('x-triage-redacted'), `piece ${piece}`).toBe('EMAIL:2,PHONE:1');
        if (tools) expect(JSON.parse(s.args), `piece ${piece}`).toEqual({ text: two });
        else expect(s.text, `piece ${piece}`).toBe(two);
        const [body] = echo.received(s.requestId);
        for (const v of [EMAIL, EMAIL2, PHONE]) expect(body).not.toContain(v);
        expect(body).toContain('From [EMAIL_1] to [EMAIL_2], call [PHONE_1]; reply to [EMAIL_1].');
      }
      echo.setPiece(3);

      const person = await chat(`Ask ${PERSON} to mail ${EMAIL} today.`, 'pii');
      expect(person.headers.get('x-triage-target')).toBe('onprem-gpu');
      expect(person.headers.get('x-triage-rule')).toBe('pii-not-redactable');
      expect(person.headers.get('x-triage-redacted')).toBeNull();
      expect(echo.received(person.requestId)).toEqual([]);

      for (const body of echo.all()) for (const v of [...PII_VALUES, MARKER]) expect(body).not.toContain(v);
    },
    LONG,
  );

  it(
    'receipts: pulled, verified with the public key; an edit, a deleted line and a swap are each caught',
    async () => {
      pulled = await pullUntilComplete();
      for (const f of filesUnder(pulled)) {
        const text = readFileSync(f, 'utf8');
        for (const v of [MARKER, SESSION_A, SESSION_B, ...PII_VALUES]) expect(text.includes(v), `${v} in ${f}`).toBe(false);
      }

      const ok = await triage('audit', 'verify', pulled, '--public-key', stack.receiptPublicKey);
      expect(ok.code, ok.stdout + ok.stderr).toBe(0);
      expect(ok.stdout).toContain('verified: no problems');
      const merged = await triage(
        'audit',
        'verify',
        tamperedCopy(pulled, 'merged', (l) => l),
        '--public-key',
        stack.receiptPublicKey,
      );
      expect(merged.code, `the untampered copy in one file verifies: ${merged.stdout}`).toBe(0);
      expect(receiptLines(pulled).length).toBeGreaterThanOrEqual(3);

      const edit = (line: string) => {
        const changed = line.replace('"status":200', '"status":201');
        expect(changed).not.toBe(line);
        return changed;
      };
      const edited = tamperedCopy(pulled, 'edited', ([first, ...rest]) => [edit(first!), ...rest]);
      const deleted = tamperedCopy(pulled, 'deleted', (l) => l.filter((_, i) => i !== 1));
      const swapped = tamperedCopy(pulled, 'swapped', ([a, b, c, ...rest]) => [a!, c!, b!, ...rest]);
      for (const [copy, problem] of [
        [edited, 'dev seq 1: hash_mismatch'],
        [deleted, 'dev seq 3: gap'],
        [swapped, 'dev seq 2: out_of_order'],
      ] as const) {
        const r = await triage('audit', 'verify', copy, '--public-key', stack.receiptPublicKey);
        expect(r.code, r.stdout).toBe(1);
        expect(r.stdout).toContain(problem);
        expect(r.stdout).toMatch(/verification failed: \d+ problems?/);
      }
    },
    LONG,
  );

  it(
    'audit report: counts by sensitivity × target kind match what was sent; the statement holds; on-prem log joined',
    async () => {
      await onpremAuditComplete();
      const r = await triage(
        'audit',
        'report',
        '--from',
        startedAt.toISOString(),
        '--to',
        new Date(Date.now() + 60_000).toISOString(),
        '--tenant',
        'dev',
        '--json',
        '--public-key',
        stack.receiptPublicKey,
        '--onprem-audit',
        auditFile,
        pulled,
      );
      expect(r.code, r.stdout + r.stderr).toBe(0);
      const report = JSON.parse(r.stdout) as AuditReport;
      expect(report.receipts).toBe(sent.length);
      expect(nonZero(report.bySensitivity)).toEqual(expectedCounts());
      expect(report.statement.holds).toBe(true);
      expect(report.statement.chainVerified).toBe(true);
      expect(report.statement.breaking).toEqual([]);
      expect(report.statement.sensitiveTargets.every((t) => t.kind === 'onprem')).toBe(true);
      const redacted = sent.filter((x) => x.sensitivity === 'redacted').length;
      expect(report.redactions).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ type: 'EMAIL', requests: redacted }),
          expect.objectContaining({ type: 'PHONE', requests: redacted }),
        ]),
      );
      expect(report.policyVersions.map((v) => v.version)).toEqual([liveVersion]);
      expect(report.onprem).toEqual({ notLogged: [], notReceipted: [] });

      // What the tiers recorded: the echo server got exactly the requests receipted as run on an openai target,
      // the node logged exactly those receipted as run on-prem.
      const ranOn = (kind: string) => Object.values(report.bySensitivity).reduce((n, row) => n + (row[kind as keyof typeof row] ?? 0), 0);
      expect(echo.all()).toHaveLength(ranOn('openai'));
      const ours = new Set(sent.map((x) => x.requestId));
      const nodeLogged = readFileSync(auditFile, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => (JSON.parse(l) as { request_id: string }).request_id)
        .filter((id) => ours.has(id));
      expect(new Set(nodeLogged).size).toBe(ranOn('onprem'));
    },
    LONG,
  );

  it(
    'shadow: `policy diff` shows exactly the candidate’s transitions; `policy replay` of the candidate agrees',
    async () => {
      const smallAtEdge = sent.filter((s) => s.headers.get('x-triage-rule') === 'small-at-edge').map((s) => s.requestId);
      expect(smallAtEdge.length).toBeGreaterThan(0);

      const d = await triage('policy', 'diff', pulled, '--json');
      expect(d.code, d.stdout + d.stderr).toBe(0);
      const { shadow } = JSON.parse(d.stdout) as { shadow: { version: string; diff: PolicyDiff }[] };
      expect(shadow.map((s) => s.version)).toEqual([candidateVersion]);
      const diff = shadow[0]!.diff;
      expect(diff.total).toBe(sent.length);
      expect(diff.different).toBe(smallAtEdge.length);
      expect(diff.sensitiveLeaks).toEqual([]);
      expect(diff.transitions).toHaveLength(1);
      expect(diff.transitions[0]).toMatchObject({ from: 'edge-small', to: 'cloud-gpu', count: smallAtEdge.length });
      for (const id of diff.transitions[0]!.examples) expect(smallAtEdge).toContain(id);

      const rp = await triage('policy', 'replay', candidateFile, '--receipts', pulled, '--json');
      expect(rp.code, rp.stdout + rp.stderr).toBe(0);
      const replayed = JSON.parse(rp.stdout) as { candidate: string; diff: PolicyDiff; unreplayable: string[] };
      expect(replayed.candidate).toBe(candidateVersion);
      expect(replayed.unreplayable).toEqual([]);
      expect(replayed.diff).toEqual(diff);

      const text = await triage('policy', 'diff', pulled);
      expect(text.stdout).toContain(`| edge-small | cloud-gpu | ${smallAtEdge.length} |`);
      expect(text.stdout).toContain('Sensitive requests the candidate would send to a non-onprem target: 0.');
    },
    LONG,
  );
});

// ---- expected counts -------------------------------------------------------------------------------------

type Counts = Record<string, Record<string, number>>;

/** sensitivity → target kind → requests, from what the test sent and the target kind each response named. */
function expectedCounts(): Counts {
  const counts: Counts = {};
  for (const s of sent) {
    const kind = kindOf(s.headers) ?? 'none';
    const row = (counts[s.sensitivity] ??= {});
    row[kind] = (row[kind] ?? 0) + 1;
  }
  return counts;
}

function nonZero(by: AuditReport['bySensitivity']): Counts {
  const counts: Counts = {};
  for (const [sensitivity, row] of Object.entries(by))
    for (const [kind, n] of Object.entries(row)) if (n) (counts[sensitivity] ??= {})[kind] = n;
  return counts;
}
