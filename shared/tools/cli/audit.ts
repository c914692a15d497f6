// `triage audit`: decision receipts offline (shared/core/receipts/). Node-only.
//
//   triage audit verify DIR|FILE... [--public-key PEM]     chains and checkpoint signatures; exit 1 on any problem
//   triage audit report --from ISO --to ISO [--tenant T] [--json] [--onprem-audit FILE] DIR|FILE...
//   triage audit keygen DIR                                 a signing key pair for RECEIPT_SIGNING_KEY
//   triage audit pull OUT [--persist-to DIR] [--bucket NAME]  the local stack's receipts onto disk (audit-pull.ts)
//
// Inputs are what was pulled from the RECEIPTS bucket, in its layout: `*.jsonl` files of receipts and `*.json`
// checkpoints, folders searched recursively, read in name order (the names sort in chain order).
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  buildReport,
  CheckpointSchema,
  importPublicKey,
  ReceiptSchema,
  verifyReceipts,
  type AuditReport,
  type Checkpoint,
  type CryptoKey,
  type OnpremAuditLine,
  type Receipt,
  type Verification,
} from '../../core/receipts/index.ts';
import { parseJsonOrUndefined } from '../../protocol/json.ts';
import { type CliIo, EXIT, UsageError } from './io.ts';
import { writeReceiptKeyPair } from '../stack/receipt-keys.ts';
import { LOCAL_BUCKET, pullLocal } from './audit-pull.ts';
import { renderReport } from './audit-report.ts';

export async function auditCommand(args: string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === 'verify') return verifyCommand(rest, io);
  if (sub === 'report') return reportCommand(rest, io);
  if (sub === 'keygen') return keygenCommand(rest, io);
  if (sub === 'pull') return pullCommand(rest, io);
  throw new UsageError(sub ? `unknown audit command ${JSON.stringify(sub)}` : 'audit needs a command: verify, report, keygen or pull');
}

/** What the files hold; a line or file that does not parse is reported like a chain problem. */
export interface Loaded {
  receipts: Receipt[];
  checkpoints: Checkpoint[];
  unreadable: string[];
}

/** Folders recursively, then files, each in name order. A path that cannot be read throws (exit 3). */
function inputFiles(paths: readonly string[]): string[] {
  const files: string[] = [];
  const visit = (p: string) => {
    if (statSync(p).isDirectory()) for (const name of readdirSync(p).sort()) visit(join(p, name));
    else if (p.endsWith('.jsonl') || p.endsWith('.json')) files.push(p);
  };
  for (const p of paths) visit(p);
  return files;
}

function load(paths: readonly string[], io: CliIo): Loaded {
  const loaded: Loaded = { receipts: [], checkpoints: [], unreadable: [] };
  for (const file of inputFiles(paths)) {
    const text = io.readFile(file);
    if (file.endsWith('.json')) {
      const cp = CheckpointSchema.safeParse(parseJsonOrUndefined(text));
      if (cp.success) loaded.checkpoints.push(cp.data);
      else loaded.unreadable.push(`${file}: not a checkpoint`);
      continue;
    }
    text.split('\n').forEach((line, i) => {
      if (!line.trim()) return;
      const r = ReceiptSchema.safeParse(parseJsonOrUndefined(line));
      if (r.success) loaded.receipts.push(r.data);
      else loaded.unreadable.push(`${file}:${i + 1}: not a receipt`);
    });
  }
  return loaded;
}

/** Reads the inputs (also for `triage policy diff|replay`); an unreadable path is bad input (exit 3), named. */
export function readInputs(paths: readonly string[], io: CliIo): Loaded | number {
  if (paths.length === 0) throw new UsageError('name the receipts: a folder pulled from the RECEIPTS bucket, or files');
  try {
    return load(paths, io);
  } catch (err) {
    io.stderr(`triage: cannot read ${(err as { path?: string }).path ?? 'input'}: ${(err as NodeJS.ErrnoException).code ?? 'error'}\n`);
    return EXIT.input;
  }
}

async function publicKeyFrom(file: string | undefined, io: CliIo): Promise<{ publicKey: CryptoKey; keyId: string } | number | undefined> {
  if (file === undefined) return undefined;
  try {
    return await importPublicKey(io.readFile(file));
  } catch {
    io.stderr(`triage audit: ${file} is not an Ed25519 public key (PEM or base64 SPKI)\n`);
    return EXIT.input;
  }
}

async function verifyCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, { 'public-key': { type: 'string' } });
  const loaded = readInputs(positionals, io);
  if (typeof loaded === 'number') return loaded;
  const key = await publicKeyFrom(values['public-key'], io);
  if (typeof key === 'number') return key;
  const v = await verifyReceipts({ ...loaded, ...(key ? { publicKey: key.publicKey } : {}) });
  io.stdout(renderVerification(v, loaded.unreadable, key?.keyId));
  return v.problems.length + loaded.unreadable.length === 0 ? EXIT.ok : EXIT.findings;
}

function renderVerification(v: Verification, unreadable: readonly string[], keyId: string | undefined): string {
  const lines: string[] = [];
  for (const t of v.tenants) {
    lines.push(`${t.tenant}: ${t.receipts} receipts (last seq ${t.lastSeq}), ${t.checkpoints} checkpoints`);
    if (keyId) {
      lines.push(`  signed through seq ${t.signedThrough} (key ${keyId})`);
      if (t.lastSeq > t.signedThrough)
        lines.push(`  receipts ${t.signedThrough + 1}–${t.lastSeq} are not yet covered by a signed checkpoint`);
    }
  }
  if (!keyId) lines.push('signatures not checked (no --public-key)');
  for (const u of unreadable) lines.push(`problem: ${u}`);
  for (const p of v.problems) lines.push(`problem: ${p.tenant} seq ${p.seq}: ${p.kind}: ${p.message}`);
  const n = v.problems.length + unreadable.length;
  lines.push(n === 0 ? 'verified: no problems' : `verification failed: ${n} problem${n === 1 ? '' : 's'}`);
  return lines.join('\n') + '\n';
}

async function reportCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, {
    from: { type: 'string' },
    to: { type: 'string' },
    tenant: { type: 'string' },
    json: { type: 'boolean' },
    'public-key': { type: 'string' },
    'onprem-audit': { type: 'string' },
  });
  const from = isoDate(values['from'], '--from');
  const to = isoDate(values['to'], '--to');
  const loaded = readInputs(positionals, io);
  if (typeof loaded === 'number') return loaded;
  const key = await publicKeyFrom(values['public-key'], io);
  if (typeof key === 'number') return key;
  const onprem = values['onprem-audit'] === undefined ? undefined : readOnpremAudit(values['onprem-audit'], io);
  if (typeof onprem === 'number') return onprem;
  const v = await verifyReceipts({ ...loaded, ...(key ? { publicKey: key.publicKey } : {}) });
  const tenant = values['tenant'];
  const report = buildReport({
    receipts: loaded.receipts,
    from,
    to,
    ...v,
    ...(tenant ? { tenant } : {}),
    ...(onprem ? { onpremAudit: onprem } : {}),
  });
  io.stdout(
    values['json']
      ? JSON.stringify(report, null, 2) + '\n'
      : renderReport(report, { signaturesChecked: !!key, unreadable: loaded.unreadable }),
  );
  return report.statement.holds && loaded.unreadable.length === 0 && !onpremMismatch(report) ? EXIT.ok : EXIT.findings;
}

const onpremMismatch = (r: AuditReport) => !!r.onprem && r.onprem.notLogged.length + r.onprem.notReceipted.length > 0;

function isoDate(value: unknown, flag: string): Date {
  if (typeof value !== 'string') throw new UsageError(`report needs ${flag} (an ISO 8601 date or time)`);
  const t = Date.parse(value);
  if (Number.isNaN(t)) throw new UsageError(`${flag} must be an ISO 8601 date or time, got ${JSON.stringify(value)}`);
  return new Date(t);
}

/** The on-prem node's audit log (JSON lines, onprem/audit.ts): the fields the join needs. */
function readOnpremAudit(file: string, io: CliIo): OnpremAuditLine[] | number {
  let text: string;
  try {
    text = io.readFile(file);
  } catch (err) {
    io.stderr(`triage audit: cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? 'error'}\n`);
    return EXIT.input;
  }
  const lines: OnpremAuditLine[] = [];
  for (const line of text.split('\n')) {
    const v = parseJsonOrUndefined(line) as Partial<OnpremAuditLine> | undefined;
    if (v && typeof v.request_id === 'string' && typeof v.ts === 'string') lines.push(v as OnpremAuditLine);
  }
  return lines;
}

/** A fresh Ed25519 pair: DIR/receipts-signing.key (the secret, PKCS#8 DER base64) and DIR/receipts-public.pem. */
function keygenCommand(args: string[], io: CliIo): number {
  const { positionals } = parse(args, {});
  if (positionals.length !== 1) throw new UsageError('keygen needs one folder to write the key pair to');
  const dir = positionals[0]!;
  const { secretFile, publicFile } = writeReceiptKeyPair(dir);
  io.stdout(
    `${secretFile}: the secret (wrangler secret put RECEIPT_SIGNING_KEY < ${secretFile}); keep it out of version control\n` +
      `${publicFile}: the public key, for auditors (triage audit verify --public-key ${publicFile})\n`,
  );
  return EXIT.ok;
}

/** The local stack's state is where `npm start` keeps it unless --persist-to says otherwise. */
function pullCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, { 'persist-to': { type: 'string' }, bucket: { type: 'string' } });
  if (positionals.length !== 1) throw new UsageError('pull needs one folder to write the receipts to');
  const persistTo = values['persist-to'] ?? join(import.meta.dirname, '..', '..', '..', '.wrangler', 'state');
  return pullLocal(positionals[0]!, persistTo, values['bucket'] ?? LOCAL_BUCKET, io);
}

type Options = NonNullable<NonNullable<Parameters<typeof parseArgs>[0]>['options']>;

export function parse<const O extends Options>(args: string[], options: O) {
  try {
    return parseArgs({ args, options, allowPositionals: true as const, strict: true as const });
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
}
