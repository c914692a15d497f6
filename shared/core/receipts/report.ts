// The audit report over a period: requests by sensitivity × where they ran, redactions, fallbacks, the policy
// versions in force, and the checked statement "0 sensitive requests reached a non-onprem target" with its
// evidence — or the receipts that break it. Pure: the CLI reads the files and renders it.
import type { TargetKind } from '../policy/schema.ts';
import type { ChainProblem } from './chain.ts';
import type { Receipt } from './receipt.ts';
import type { TenantSummary } from './verify.ts';

/**
 * `pii`: PII found and sent as found; `redacted`: every PII type found was replaced by placeholders before it
 * left (nothing was unscanned, not a sticky session); `unscanned`: no PII, but content that could not be scanned; `sticky`: none
 * of these, but a turn of a session in which PII was seen (sticky sensitivity); `clean`.
 */
export type Sensitivity = 'pii' | 'redacted' | 'unscanned' | 'sticky' | 'clean';
export const SENSITIVITIES: readonly Sensitivity[] = ['pii', 'redacted', 'unscanned', 'sticky', 'clean'];
/** The sensitivities that may only run on-prem: a receipt of one of them on another target breaks the statement. */
const ONPREM_ONLY: readonly Sensitivity[] = ['pii', 'unscanned', 'sticky'];

/** Where a request ran: a target kind, or `none` (refused, or no target answered or was tried). */
export type RanOn = TargetKind | 'none';

/** One line of the on-prem node's audit log, as far as the join needs it. */
export interface OnpremAuditLine {
  ts: string;
  request_id: string;
  tenant?: string;
  /** Only lines of requests signed by the edge are expected to have a receipt. */
  auth?: { method: string };
}

export interface ReportInput {
  /** All receipts read (the chain is verified over all of them); the report counts those in the period. */
  receipts: readonly Receipt[];
  from: Date;
  to: Date;
  tenant?: string;
  problems: readonly ChainProblem[];
  tenants: readonly TenantSummary[];
  onpremAudit?: readonly OnpremAuditLine[];
}

export interface BreakingReceipt {
  tenant: string;
  seq: number;
  request_id: string;
  target: string | null;
  target_kind: TargetKind | null;
  pii_types: string[];
  unscanned: string[];
}

export interface AuditReport {
  from: string;
  to: string;
  tenant?: string;
  receipts: number;
  bySensitivity: Record<Sensitivity, Partial<Record<RanOn, number>>>;
  redactions: { type: string; requests: number; entities: number }[];
  fallbacks: { target: string; code: string; count: number }[];
  policyVersions: { version: string; first: string; last: string; requests: number }[];
  statement: {
    text: string;
    holds: boolean;
    sensitive: number;
    /** Where the sensitive requests ran: target name (kind) → count. */
    sensitiveTargets: { target: string; kind: RanOn; count: number }[];
    chainVerified: boolean;
    problems: ChainProblem[];
    tenants: TenantSummary[];
    breaking: BreakingReceipt[];
  };
  onprem?: { notLogged: BreakingReceipt[]; notReceipted: { request_id: string; ts: string; tenant?: string }[] };
}

export const STATEMENT = '0 sensitive requests reached a non-onprem target';

/** What a sensitivity is read from: a receipt's findings, stickiness and redactions (replays read the same). */
export interface SensitivityFields {
  pii_types: readonly string[];
  unscanned: readonly string[];
  sticky?: boolean;
  redactions?: readonly { type: string }[];
}

export function sensitivityOf(r: SensitivityFields): Sensitivity {
  if (r.unscanned.length > 0 && r.pii_types.length === 0) return 'unscanned';
  if (r.pii_types.length === 0) return r.sticky ? 'sticky' : 'clean';
  const redacted = new Set((r.redactions ?? []).map((x) => x.type));
  // Redaction never takes a sticky session off-prem (the evaluator forbids it): such a receipt counts as PII.
  return r.unscanned.length === 0 && !r.sticky && r.pii_types.every((t) => redacted.has(t)) ? 'redacted' : 'pii';
}

/**
 * May only run on-prem: PII sent as found (a type not redacted before it left), unscanned content, or a sticky
 * session. A request whose every PII type left redacted may not: the audit statement and a policy replay
 * both judge by this.
 */
export function onpremOnly(r: SensitivityFields): boolean {
  return ONPREM_ONLY.includes(sensitivityOf(r));
}

/** A receipt breaks the statement when sensitive content (not redacted away) ran on a non-onprem target. */
function breaks(r: Receipt): boolean {
  return onpremOnly(r) && r.target_kind !== null && r.target_kind !== 'onprem';
}

const brief = (r: Receipt): BreakingReceipt => ({
  tenant: r.tenant,
  seq: r.seq,
  request_id: r.request_id,
  target: r.target,
  target_kind: r.target_kind,
  pii_types: r.pii_types,
  unscanned: r.unscanned,
});

export function buildReport(input: ReportInput): AuditReport {
  const inPeriod = input.receipts.filter((r) => inRange(r.time, input) && (!input.tenant || r.tenant === input.tenant));
  const tenants = input.tenants.filter((t) => !input.tenant || t.tenant === input.tenant);
  const problems = input.problems.filter((p) => !input.tenant || p.tenant === input.tenant);
  const sensitive = inPeriod.filter(onpremOnly);
  const breaking = inPeriod.filter(breaks).map(brief);
  const report: AuditReport = {
    from: input.from.toISOString(),
    to: input.to.toISOString(),
    ...(input.tenant ? { tenant: input.tenant } : {}),
    receipts: inPeriod.length,
    bySensitivity: countBySensitivity(inPeriod),
    redactions: countRedactions(inPeriod),
    fallbacks: countFallbacks(inPeriod),
    policyVersions: policyVersions(inPeriod),
    statement: {
      text: STATEMENT,
      holds: breaking.length === 0 && problems.length === 0,
      sensitive: sensitive.length,
      sensitiveTargets: targetsOf(sensitive),
      chainVerified: problems.length === 0,
      problems: [...problems],
      tenants: [...tenants],
      breaking,
    },
  };
  if (input.onpremAudit) report.onprem = joinOnprem(inPeriod, input);
  return report;
}

function inRange(time: string, p: { from: Date; to: Date }): boolean {
  const t = Date.parse(time);
  return t >= p.from.getTime() && t < p.to.getTime();
}

function countBySensitivity(receipts: readonly Receipt[]): AuditReport['bySensitivity'] {
  const table = { pii: {}, redacted: {}, unscanned: {}, sticky: {}, clean: {} } as AuditReport['bySensitivity'];
  for (const r of receipts) {
    const row = table[sensitivityOf(r)];
    const ran: RanOn = r.target_kind ?? 'none';
    row[ran] = (row[ran] ?? 0) + 1;
  }
  return table;
}

function countRedactions(receipts: readonly Receipt[]): AuditReport['redactions'] {
  const byType = new Map<string, { requests: number; entities: number }>();
  for (const r of receipts)
    for (const x of r.redactions ?? []) {
      const c = byType.get(x.type) ?? { requests: 0, entities: 0 };
      byType.set(x.type, { requests: c.requests + 1, entities: c.entities + x.count });
    }
  return [...byType].map(([type, c]) => ({ type, ...c })).sort((a, b) => a.type.localeCompare(b.type));
}

function countFallbacks(receipts: readonly Receipt[]): AuditReport['fallbacks'] {
  const counts = new Map<string, number>();
  for (const r of receipts)
    for (const f of r.fallbacks)
      counts.set(`${f.target}\u0000${f.code ?? 'unknown'}`, (counts.get(`${f.target}\u0000${f.code ?? 'unknown'}`) ?? 0) + 1);
  return [...counts]
    .map(([k, count]) => {
      const [target, code] = k.split('\u0000') as [string, string];
      return { target, code, count };
    })
    .sort((a, b) => b.count - a.count || a.target.localeCompare(b.target));
}

function policyVersions(receipts: readonly Receipt[]): AuditReport['policyVersions'] {
  const seen = new Map<string, { first: string; last: string; requests: number }>();
  for (const r of receipts) {
    const v = seen.get(r.policy_version);
    if (!v) seen.set(r.policy_version, { first: r.time, last: r.time, requests: 1 });
    else
      seen.set(r.policy_version, {
        first: r.time < v.first ? r.time : v.first,
        last: r.time > v.last ? r.time : v.last,
        requests: v.requests + 1,
      });
  }
  return [...seen].map(([version, v]) => ({ version, ...v })).sort((a, b) => a.first.localeCompare(b.first));
}

function targetsOf(receipts: readonly Receipt[]): AuditReport['statement']['sensitiveTargets'] {
  const counts = new Map<string, { target: string; kind: RanOn; count: number }>();
  for (const r of receipts) {
    const target = r.target ?? (r.decision === 'refuse' ? 'refused' : 'not run');
    const key = `${target}\u0000${r.target_kind ?? 'none'}`;
    const c = counts.get(key) ?? { target, kind: r.target_kind ?? 'none', count: 0 };
    counts.set(key, { ...c, count: c.count + 1 });
  }
  return [...counts.values()].sort((a, b) => b.count - a.count);
}

/** Receipts that ran on-prem the node never logged, and edge-signed node lines without a receipt. */
function joinOnprem(receipts: readonly Receipt[], input: ReportInput): NonNullable<AuditReport['onprem']> {
  const lines = (input.onpremAudit ?? []).filter(
    (l) => l.auth?.method === 'signature' && inRange(l.ts, input) && (!input.tenant || l.tenant === input.tenant),
  );
  const logged = new Set(lines.map((l) => l.request_id));
  const ranOnprem = (r: Receipt) => r.target_kind === 'onprem';
  const receipted = new Set(receipts.map((r) => r.request_id));
  return {
    notLogged: receipts.filter((r) => ranOnprem(r) && !logged.has(r.request_id)).map(brief),
    notReceipted: lines
      .filter((l) => !receipted.has(l.request_id))
      .map((l) => ({ request_id: l.request_id, ts: l.ts, ...(l.tenant ? { tenant: l.tenant } : {}) })),
  };
}
