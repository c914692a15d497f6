// `triage policy check FILE...` and `triage policy explain FILE --request REQ.json [--json]`; `diff` and
// `replay` (a candidate policy against recorded decisions) are in policy-shadow.ts; `push`, `versions` and
// `rollback` (the live policy in the edge's KV) in policy-versions.ts.
// Node-only glue around shared/core/policy (pure): reading files, deriving request features, printing.
import { z } from 'zod';
import { inspectRequest } from '../../core/inspect/index.ts';
import type { ParsedRequest } from '../../protocol/openai/schema.ts';
import { REQUEST_SCHEMAS } from '../../protocol/openai/schema.ts';
import {
  evaluatePolicy,
  formatDiagnostic,
  formatPath,
  loadPolicy,
  TASKS,
  type CompiledPolicy,
  type Decision,
  type RequestFeatures,
} from '../../core/policy/index.ts';
import { type CliIo, EXIT, UsageError } from './io.ts';
import { diffCommand, replayCommand } from './policy-shadow.ts';
import { pushCommand, rollbackCommand, versionsCommand } from './policy-versions.ts';

export async function policyCommand(args: string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === 'check') return check(rest, io);
  if (sub === 'explain') return explain(rest, io);
  if (sub === 'diff') return diffCommand(rest, io);
  if (sub === 'replay') return replayCommand(rest, io);
  if (sub === 'push') return pushCommand(rest, io);
  if (sub === 'versions') return versionsCommand(rest, io);
  if (sub === 'rollback') return rollbackCommand(rest, io);
  throw new UsageError(
    sub === undefined
      ? 'policy needs a subcommand: check, explain, diff, replay, push, versions or rollback'
      : `unknown policy subcommand ${JSON.stringify(sub)}`,
  );
}

/** Reads a file; on failure says which file and why (no stack trace) and returns null. */
function read(path: string, io: CliIo, what: string): string | null {
  try {
    return io.readFile(path);
  } catch (e) {
    const code = (e as { code?: unknown }).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'is a directory'
          : code === 'EACCES'
            ? 'permission denied'
            : e instanceof Error
              ? e.message
              : String(e);
    io.stderr(`triage policy: cannot read ${what} ${path}: ${why}\n`);
    return null;
  }
}

function check(files: string[], io: CliIo): number {
  const flags = files.filter((f) => f.startsWith('-') && f !== '-');
  if (flags.length) throw new UsageError(`policy check: unknown option ${flags[0]}`);
  if (files.length === 0) throw new UsageError('policy check needs at least one FILE');
  let invalid = false;
  let unreadable = false;
  for (const file of files) {
    const src = read(file, io, 'policy');
    if (src === null) {
      unreadable = true;
      continue;
    }
    const r = loadPolicy(src, file);
    if (r.ok) {
      const { spec, version } = r.policy;
      const w = r.warnings.length;
      io.stdout(
        `${file}: ok (version ${version}, ${Object.keys(spec.targets).length} targets, ${spec.rules.length} rules` +
          `${w ? `, ${w} warning${w === 1 ? '' : 's'}` : ''})\n`,
      );
    } else {
      invalid = true;
    }
    for (const d of r.ok ? r.warnings : [...r.errors, ...r.warnings]) io.stdout(formatDiagnostic(d) + '\n');
  }
  return unreadable ? EXIT.input : invalid ? EXIT.findings : EXIT.ok;
}

/**
 * The `"triage"` section of an explain request: what the edge would know besides the body — the tenant
 * (from the API key), metadata the auth layer attaches, request headers, the request id, the task when
 * the body alone cannot tell (`classify` and `embeddings` bodies look alike; the edge knows the path), and
 * whether the request's session is sticky (the edge's sessions object knows).
 */
const TriageSection = z.strictObject({
  tenant: z.string().optional(),
  metadata: z.record(z.string(), z.string()).default({}),
  headers: z.record(z.string(), z.string()).default({}),
  request_id: z.string().optional(),
  task: z.enum(TASKS).optional(),
  /** The request's session is sticky (PII seen in it earlier; the edge asks its sessions object). */
  sticky: z.boolean().optional(),
});

interface ExplainArgs {
  policy: string;
  request: string;
  json: boolean;
}

function parseExplainArgs(args: string[]): ExplainArgs {
  let request: string | undefined;
  let json = false;
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--json') json = true;
    else if (a === '--request') {
      request = args[++i];
      if (request === undefined) throw new UsageError('--request needs a file (REQ.json)');
    } else if (a.startsWith('--request=')) request = a.slice('--request='.length);
    else if (a.startsWith('-')) throw new UsageError(`policy explain: unknown option ${a}`);
    else files.push(a);
  }
  if (files.length !== 1) throw new UsageError('policy explain needs exactly one policy FILE');
  if (request === undefined) throw new UsageError('policy explain needs --request REQ.json');
  return { policy: files[0]!, request, json };
}

/** An OpenAI-style body (+ optional "triage" section) → routing features, or an error message. */
export function requestFeatures(text: string): { ok: true; features: RequestFeatures } | { ok: false; error: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: `not valid JSON (${e instanceof Error ? e.message : String(e)})` };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return { ok: false, error: 'expected a JSON object (an OpenAI-style request body)' };
  const { triage: triageRaw, ...body } = raw as Record<string, unknown>;
  const t = TriageSection.safeParse(triageRaw ?? {});
  if (!t.success) return { ok: false, error: issues('triage', t.error) };
  const task = t.data.task ?? ('messages' in body ? 'chat' : 'input' in body ? 'embeddings' : undefined);
  if (task === undefined)
    return {
      ok: false,
      error: 'cannot tell the task: expected "messages" (chat) or "input" (embeddings; set "triage": {"task": "classify"} for classify)',
    };
  const parsed = REQUEST_SCHEMAS[task].safeParse(body);
  if (!parsed.success) return { ok: false, error: issues(`${task} request`, parsed.error) };
  const inspection = inspectRequest({ task, body: parsed.data } as ParsedRequest);
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(t.data.headers)) headers[k.toLowerCase()] = v;
  return {
    ok: true,
    features: {
      piiTypes: inspection.piiTypes,
      unscanned: inspection.unscanned,
      estimatedTokens: inspection.estimatedTokens,
      model: inspection.model,
      task,
      stream: inspection.stream,
      ...(inspection.needs ? { needs: inspection.needs } : {}),
      metadata: t.data.metadata,
      headers,
      ...(t.data.tenant !== undefined ? { tenant: t.data.tenant } : {}),
      ...(t.data.request_id !== undefined ? { requestId: t.data.request_id } : {}),
      ...(t.data.sticky === true ? { sticky: true } : {}),
    },
  };
}

function issues(what: string, err: z.ZodError): string {
  return (
    `invalid ${what}: ` +
    err.issues
      .slice(0, 5)
      .map((i) => `${formatPath(i.path as (string | number)[]) || '(top level)'}: ${i.message}`)
      .join('; ')
  );
}

function explain(args: string[], io: CliIo): number {
  const a = parseExplainArgs(args);
  const src = read(a.policy, io, 'policy');
  if (src === null) return EXIT.input;
  const loaded = loadPolicy(src, a.policy);
  if (!loaded.ok) {
    io.stderr(`triage policy: ${a.policy} is not a valid policy:\n`);
    for (const d of loaded.errors) io.stderr(formatDiagnostic(d) + '\n');
    return EXIT.findings;
  }
  const reqText = read(a.request, io, 'request');
  if (reqText === null) return EXIT.input;
  const r = requestFeatures(reqText);
  if (!r.ok) {
    io.stderr(`triage policy: ${a.request}: ${r.error}\n`);
    return EXIT.input;
  }
  const decision = evaluatePolicy(loaded.policy, r.features);
  if (a.json) io.stdout(JSON.stringify({ decision, features: r.features }, null, 2) + '\n');
  else io.stdout(render(decision, r.features, loaded.policy));
  return EXIT.ok;
}

function render(d: Decision, f: RequestFeatures, policy: CompiledPolicy): string {
  const kindOf = (t: string) => policy.targets.get(t)?.kind ?? '?';
  const lines: [string, string][] =
    d.kind === 'route'
      ? [
          ['decision', `route to ${d.target} (${d.targetKind})`],
          ['rule', d.rule],
          ['fallbacks', d.fallbacks.length ? d.fallbacks.map((t) => `${t} (${kindOf(t)})`).join(', ') : 'none'],
        ]
      : [
          ['decision', `refuse (${d.code}): ${d.reason}`],
          ['rule', d.rule],
        ];
  lines.push(
    ['policy', d.policyVersion],
    ['pii', d.piiTypes.length ? d.piiTypes.join(', ') : 'none'],
    ['unscanned', d.unscanned.length ? d.unscanned.join(', ') : 'none'],
    ['sticky', d.sticky ? 'yes (PII seen earlier in the session: on-prem only)' : 'no'],
    ['tokens', `${f.estimatedTokens} (estimated: prompt + max_tokens)`],
    ['request', `task ${f.task}, model ${f.model ?? '-'}, stream ${f.stream}, tenant ${f.tenant ?? '-'}`],
  );
  if (d.kind === 'route') lines.push(['cache', d.cache ? `${d.cache.ttlSeconds} s` : 'no']);
  let out = lines.map(([k, v]) => `${(k + ':').padEnd(11)}${v}\n`).join('');
  out += 'reasons:\n' + d.reasons.map((r) => `  - ${r}\n`).join('');
  return out;
}
