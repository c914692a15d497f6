// `triage policy diff` and `triage policy replay`: where a candidate policy would route differently from the
// live one, from decision receipts (shared/core/shadow/). Node-only glue: reading receipts, printing.
//
//   triage policy diff DIR|FILE... [--json]
//       the shadow policy the edge ran beside the live one (KV policy/shadow): its decisions, recorded in the
//       receipts, against the live ones — per shadow policy version
//   triage policy replay CANDIDATE.yaml --receipts DIR|FILE... [--json]
//       CANDIDATE re-decides every receipt's recorded features (no prompt text is needed or kept)
//
// Exit 1 when a candidate would send a sensitive request off-prem or a receipt could not be read.
import { loadPolicy, formatDiagnostic } from '../../core/policy/index.ts';
import { diffDecisions, formatDiff, type DecisionPair, type PolicyDiff } from '../../core/shadow/diff.ts';
import { onpremOnly } from '../../core/receipts/index.ts';
import { liveDecision, replay, unreplayableRules } from '../../core/shadow/replay.ts';
import { parse, readInputs } from './audit.ts';
import { type CliIo, EXIT, UsageError } from './io.ts';

/** Live vs recorded shadow decisions, one diff per shadow policy version. */
export function diffCommand(args: string[], io: CliIo): number {
  const { values, positionals } = parse(args, { json: { type: 'boolean' } });
  const loaded = readInputs(positionals, io);
  if (typeof loaded === 'number') return loaded;
  const byVersion = new Map<string, DecisionPair[]>();
  for (const r of loaded.receipts) {
    if (!r.shadow) continue;
    const pairs = byVersion.get(r.shadow.policy_version) ?? [];
    pairs.push({ request_id: r.request_id, tenant: r.tenant, sensitive: onpremOnly(r), live: liveDecision(r), candidate: r.shadow });
    byVersion.set(r.shadow.policy_version, pairs);
  }
  const diffs = [...byVersion].map(([version, pairs]) => ({ version, diff: diffDecisions(pairs) }));
  if (values['json']) io.stdout(JSON.stringify({ shadow: diffs, unreadable: loaded.unreadable }, null, 2) + '\n');
  else {
    if (diffs.length === 0) io.stdout(`No receipt records a shadow decision (${loaded.receipts.length} receipts read).\n`);
    for (const { version, diff } of diffs) io.stdout(formatDiff(diff, `Shadow policy ${version} vs live`) + '\n');
    for (const u of loaded.unreadable) io.stderr(`problem: ${u}\n`);
  }
  return verdict(
    diffs.map((d) => d.diff),
    loaded.unreadable,
  );
}

/** A candidate policy file re-decides the receipts' recorded features. */
export function replayCommand(args: string[], io: CliIo): number {
  const { values, positionals } = parse(args, { receipts: { type: 'string', multiple: true }, json: { type: 'boolean' } });
  const [file, ...extra] = positionals;
  if (file === undefined || extra.length > 0) throw new UsageError('policy replay needs one CANDIDATE file and --receipts DIR|FILE');
  const receipts = values['receipts'] ?? [];
  if (receipts.length === 0) throw new UsageError('policy replay needs --receipts DIR|FILE (what `triage audit pull` wrote)');
  const loadedPolicy = loadPolicy(io.readFile(file), file);
  if (!loadedPolicy.ok) {
    for (const d of loadedPolicy.errors) io.stderr(formatDiagnostic(d) + '\n');
    return EXIT.findings;
  }
  const loaded = readInputs(receipts, io);
  if (typeof loaded === 'number') return loaded;
  const diff = diffDecisions(replay(loadedPolicy.policy, loaded.receipts));
  const unreplayable = unreplayableRules(loadedPolicy.policy);
  if (values['json'])
    io.stdout(
      JSON.stringify({ candidate: loadedPolicy.policy.version, diff, unreplayable, unreadable: loaded.unreadable }, null, 2) + '\n',
    );
  else {
    io.stdout(formatDiff(diff, `Candidate ${loadedPolicy.policy.version} vs live (replayed)`));
    if (unreplayable.length)
      io.stdout(
        `\nNot reproducible from receipts (they keep no header or metadata values; evaluated as absent): rules ${unreplayable.join(', ')}.\n`,
      );
    for (const u of loaded.unreadable) io.stderr(`problem: ${u}\n`);
  }
  return verdict([diff], loaded.unreadable);
}

function verdict(diffs: readonly PolicyDiff[], unreadable: readonly string[]): number {
  return diffs.some((d) => d.sensitiveLeaks.length > 0) || unreadable.length > 0 ? EXIT.findings : EXIT.ok;
}
