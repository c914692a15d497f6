// The audit report as Markdown (the JSON form is the AuditReport itself). Node-only like the CLI.
import { SENSITIVITIES, STATEMENT, type AuditReport, type BreakingReceipt, type RanOn } from '../../core/receipts/index.ts';

const RAN_ON: readonly RanOn[] = ['edge', 'lambda', 'openai', 'onprem', 'none'];

const SENSITIVITY_LABEL = {
  pii: 'PII',
  redacted: 'PII, redacted before it left',
  unscanned: 'unscanned content (no PII found)',
  sticky: 'a sticky session (PII earlier in it)',
  clean: 'clean',
} as const;

export function renderReport(r: AuditReport, opts: { signaturesChecked: boolean; unreadable: readonly string[] }): string {
  const out: string[] = [
    `# Triage audit report`,
    '',
    `Period: ${r.from} – ${r.to} (end exclusive)${r.tenant ? ` · tenant ${r.tenant}` : ''} · ${r.receipts} receipts`,
    '',
    ...bySensitivity(r),
    ...redactions(r),
    ...fallbacks(r),
    ...policyVersions(r),
    ...statement(r, opts),
    ...onprem(r),
  ];
  return out.join('\n') + '\n';
}

function bySensitivity(r: AuditReport): string[] {
  const header = `| sensitivity | ${RAN_ON.map((k) => (k === 'none' ? 'none (refused / not run)' : k)).join(' | ')} | total |`;
  const rows = SENSITIVITIES.map((s) => {
    const row = r.bySensitivity[s];
    const total = RAN_ON.reduce((n, k) => n + (row[k] ?? 0), 0);
    return `| ${SENSITIVITY_LABEL[s]} | ${RAN_ON.map((k) => row[k] ?? 0).join(' | ')} | ${total} |`;
  });
  return ['## Requests by sensitivity × target kind', '', header, `|---|${RAN_ON.map(() => '---:').join('|')}|---:|`, ...rows, ''];
}

/** A titled Markdown table, or "none" under the title when it has no rows. */
function tableSection(title: string, head: string, rule: string, rows: string[]): string[] {
  return rows.length === 0 ? [`## ${title}`, '', 'none', ''] : [`## ${title}`, '', head, rule, ...rows, ''];
}

const redactions = (r: AuditReport) =>
  tableSection(
    'Redactions',
    '| type | requests | entities |',
    '|---|---:|---:|',
    r.redactions.map((x) => `| ${x.type} | ${x.requests} | ${x.entities} |`),
  );

const fallbacks = (r: AuditReport) =>
  tableSection(
    'Fallbacks',
    '| target left | why | times |',
    '|---|---|---:|',
    r.fallbacks.map((f) => `| ${f.target} | ${f.code} | ${f.count} |`),
  );

const policyVersions = (r: AuditReport) =>
  tableSection(
    'Policy versions in force',
    '| policy version | first decision | last decision | requests |',
    '|---|---|---|---:|',
    r.policyVersions.map((p) => `| ${p.version} | ${p.first} | ${p.last} | ${p.requests} |`),
  );

function statement(r: AuditReport, opts: { signaturesChecked: boolean; unreadable: readonly string[] }): string[] {
  const s = r.statement;
  const verdict = s.holds ? `**${STATEMENT}: holds.**` : `**${STATEMENT}: does NOT hold.**`;
  const targets = s.sensitiveTargets.map((t) => `${t.target} (${t.kind}) ×${t.count}`).join(', ') || 'none';
  const chains = s.tenants.map(
    (t) => `${t.tenant}: seq 1–${t.lastSeq}${opts.signaturesChecked ? `, signed through seq ${t.signedThrough}` : ''}`,
  );
  const lines = [
    '## Statement',
    '',
    verdict,
    '',
    `- sensitive requests (PII not redacted, unscanned content, or a sticky session) in the period: ${s.sensitive}`,
    `- where they ran: ${targets}`,
    `- chains: ${s.chainVerified ? 'verified (no gaps, edits, reorderings; checkpoints match)' : `${s.problems.length} problems`} — ${chains.join('; ') || 'none'}`,
    `- checkpoint signatures: ${opts.signaturesChecked ? 'checked with the public key given' : 'NOT checked (no --public-key)'}`,
  ];
  for (const u of opts.unreadable) lines.push(`- unreadable: ${u}`);
  for (const p of s.problems) lines.push(`- chain problem: ${p.tenant} seq ${p.seq}: ${p.kind}: ${p.message}`);
  if (s.breaking.length > 0) lines.push('', 'Receipts that break it:', '', ...receiptTable(s.breaking));
  return [...lines, ''];
}

function receiptTable(rs: readonly BreakingReceipt[]): string[] {
  return [
    '| tenant | seq | request id | target | kind | PII | unscanned |',
    '|---|---:|---|---|---|---|---|',
    ...rs.map(
      (b) =>
        `| ${b.tenant} | ${b.seq} | ${b.request_id} | ${b.target ?? '-'} | ${b.target_kind ?? '-'} | ${b.pii_types.join(', ') || '-'} | ${b.unscanned.join(', ') || '-'} |`,
    ),
  ];
}

function onprem(r: AuditReport): string[] {
  if (!r.onprem) return [];
  const { notLogged, notReceipted } = r.onprem;
  const lines = ['## On-prem audit log join', ''];
  lines.push(`- receipts that ran on-prem, not in the node's log: ${notLogged.length}`);
  lines.push(`- node log lines (signed by the edge) without a receipt: ${notReceipted.length}`);
  if (notLogged.length) lines.push('', ...receiptTable(notLogged));
  if (notReceipted.length)
    lines.push(
      '',
      '| request id | node time | tenant |',
      '|---|---|---|',
      ...notReceipted.map((l) => `| ${l.request_id} | ${l.ts} | ${l.tenant ?? '-'} |`),
    );
  return [...lines, ''];
}
