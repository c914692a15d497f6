// `triage audit` on a receipts folder laid out as the RECEIPTS bucket is (receipts/<tenant>/<first seq>.jsonl,
// checkpoints/<tenant>/<seq>.json), written by the same chain code the edge's ReceiptLog runs, signed with a
// key from `triage audit keygen`. Then tampered with on disk, as an attacker with write access would.
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import {
  appendReceipt,
  checkpointObjectKey,
  EMPTY_HEAD,
  importSigningKey,
  makeCheckpoint,
  receiptBody,
  receiptObjectKey,
  type ChainHead,
  type Receipt,
  type ReceiptInput,
} from '../../core/receipts/index.ts';
import { triage } from '../../../test/support/cli.ts';

const root = mkdtempSync(join(tmpdir(), 'triage-audit-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

type Kind = 'clean-edge' | 'pii-onprem' | 'pii-cloud' | 'unscanned-onprem' | 'refused' | 'fallback';

function input(tenant: string, i: number, kind: Kind): ReceiptInput {
  const pii = kind.startsWith('pii') || kind === 'refused' ? (['EMAIL'] as const) : [];
  const unscanned = kind === 'unscanned-onprem' ? (['image'] as const) : [];
  const target = {
    'clean-edge': 'edge-small',
    'pii-onprem': 'onprem-gpu',
    'pii-cloud': 'cloud-gpu',
    'unscanned-onprem': 'onprem-gpu',
    refused: '',
    fallback: 'cloud-gpu',
  }[kind];
  const targetKind = ({ 'edge-small': 'edge', 'onprem-gpu': 'onprem', 'cloud-gpu': 'lambda' } as const)[target as 'edge-small'];
  const common = { rule: 'default', policyVersion: i < 4 ? 'p-old' : 'p-new', reasons: [], piiTypes: [...pii], unscanned: [...unscanned] };
  return {
    time: new Date(Date.UTC(2026, 10, 1 + i)),
    tenant,
    keyId: 'k1',
    requestId: `${tenant}-req-${i}`,
    decision:
      kind === 'refused'
        ? { ...common, kind: 'refuse', code: 'pii_no_onprem', reason: 'r' }
        : { ...common, kind: 'route', target, targetKind, fallbacks: [] },
    inspection: {
      task: 'chat',
      model: 'triage-small',
      stream: false,
      piiTypes: [...pii],
      unscanned: [...unscanned],
      estimatedTokens: 10,
      promptTokens: 5,
    },
    ...(kind === 'refused' ? {} : { outcome: { target, kind: targetKind, fallbacks: kind === 'fallback' ? ['edge-small'] : [] } }),
    ...(kind === 'fallback' ? { fallbackCodes: { 'edge-small': 'timeout' } } : {}),
    modelDeclared: true,
    status: kind === 'refused' ? 503 : 200,
  };
}

/** Writes a tenant's chain as the ReceiptLog does: batches of `batch`, a signed checkpoint after each but the last. */
async function writeTenant(dir: string, tenant: string, kinds: Kind[], secret: string, batch = 3): Promise<Receipt[]> {
  const key = await importSigningKey(secret);
  let head: ChainHead = EMPTY_HEAD;
  const receipts: Receipt[] = [];
  for (const [i, kind] of kinds.entries()) {
    const next = appendReceipt(head, receiptBody(input(tenant, i + 1, kind)));
    receipts.push(next.receipt);
    head = next.head;
  }
  for (let start = 0; start < receipts.length; start += batch) {
    const part = receipts.slice(start, start + batch);
    put(dir, receiptObjectKey(tenant, part[0]!.seq), part.map((r) => JSON.stringify(r)).join('\n') + '\n');
    const last = part[part.length - 1]!;
    if (start + batch < receipts.length) {
      const cp = await makeCheckpoint(tenant, { seq: last.seq, hash: last.hash }, last.time, key);
      put(dir, checkpointObjectKey(tenant, last.seq), JSON.stringify(cp));
    }
  }
  return receipts;
}

function put(dir: string, key: string, text: string) {
  mkdirSync(dirname(join(dir, key)), { recursive: true });
  writeFileSync(join(dir, key), text);
}

const keys = join(root, 'keys');
let dir: string;
let n = 0;

/** A fresh copy of the fixture: acme (mixed traffic, all sensitive on-prem) and globex (clean). */
async function fixture(acme: Kind[] = ['clean-edge', 'pii-onprem', 'refused', 'unscanned-onprem', 'fallback', 'pii-onprem', 'clean-edge']) {
  dir = join(root, `pulled-${++n}`);
  const secret = readFileSync(join(keys, 'receipts-signing.key'), 'utf8').trim();
  const receipts = await writeTenant(dir, 'acme', acme, secret);
  await writeTenant(dir, 'globex', ['clean-edge', 'clean-edge'], secret);
  return receipts;
}

const pub = () => join(keys, 'receipts-public.pem');
const acmeBatch = (seq: number) => join(dir, receiptObjectKey('acme', seq));

describe('triage audit', () => {
  beforeEach(async () => {
    if (n === 0) expect((await triage('audit', 'keygen', keys)).code).toBe(0);
  });

  it('keygen writes the secret (PKCS#8, base64) and the public key (PEM)', () => {
    expect(readFileSync(join(keys, 'receipts-signing.key'), 'utf8')).toMatch(/^[A-Za-z0-9+/=]+\n$/);
    expect(readFileSync(pub(), 'utf8')).toContain('BEGIN PUBLIC KEY');
  });

  it('verify: an untouched folder passes; it says how far signatures reach', async () => {
    await fixture();
    const r = await triage('audit', 'verify', dir, '--public-key', pub());
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('acme: 7 receipts (last seq 7), 2 checkpoints');
    expect(r.stdout).toContain('signed through seq 6');
    expect(r.stdout).toContain('receipts 7–7 are not yet covered by a signed checkpoint');
    expect(r.stdout).toContain('verified: no problems');
  });

  it('verify: an edited, a deleted and a reordered receipt are each caught, by seq (exit 1)', async () => {
    await fixture();
    const file = acmeBatch(4);
    const original = readFileSync(file, 'utf8');
    const lines = original.trim().split('\n');

    writeFileSync(file, original.replace('"target_kind":"onprem"', '"target_kind":"edge"'));
    let r = await triage('audit', 'verify', dir, '--public-key', pub());
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('problem: acme seq 4: hash_mismatch');

    writeFileSync(file, [lines[0], lines[2]].join('\n') + '\n');
    r = await triage('audit', 'verify', dir, '--public-key', pub());
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('problem: acme seq 6: gap: receipts 5 missing before receipt 6');

    writeFileSync(file, [lines[1], lines[0], lines[2]].join('\n') + '\n');
    r = await triage('audit', 'verify', dir, '--public-key', pub());
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('problem: acme seq 4: out_of_order');
  });

  it('verify: a forged or missing signature, and a checkpoint whose receipts were removed (exit 1)', async () => {
    await fixture();
    const cpFile = join(dir, checkpointObjectKey('acme', 3));
    const cp = JSON.parse(readFileSync(cpFile, 'utf8')) as { signature: string };
    writeFileSync(cpFile, JSON.stringify({ ...cp, signature: Buffer.alloc(64, 7).toString('base64') }));
    rmSync(acmeBatch(4));
    const r = await triage('audit', 'verify', dir, '--public-key', pub());
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('problem: acme seq 3: checkpoint_bad_signature');
    expect(r.stdout).toContain('problem: acme seq 6: checkpoint_beyond_chain');
    expect(r.stdout).toContain('problem: acme seq 7: gap: receipts 4–6 missing before receipt 7');
  });

  it('report: Markdown tables and the statement with its evidence (exit 0)', async () => {
    await fixture();
    const r = await triage('audit', 'report', '--from', '2026-11-01', '--to', '2026-12-01', '--public-key', pub(), dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('| PII | 0 | 0 | 0 | 2 | 1 | 3 |');
    expect(r.stdout).toContain('| unscanned content (no PII found) | 0 | 0 | 0 | 1 | 0 | 1 |');
    expect(r.stdout).toContain('| clean | 4 | 1 | 0 | 0 | 0 | 5 |');
    expect(r.stdout).toContain('| edge-small | timeout | 1 |');
    expect(r.stdout).toMatch(/\| p-old \| 2026-11-02T00:00:00.000Z \| 2026-11-04T00:00:00.000Z \| 5 \|/);
    expect(r.stdout).toContain('**0 sensitive requests reached a non-onprem target: holds.**');
    expect(r.stdout).toContain('sensitive requests (PII not redacted, unscanned content, or a sticky session) in the period: 4');
    expect(r.stdout).toContain('where they ran: onprem-gpu (onprem) ×3, refused (none) ×1');
    expect(r.stdout).toContain('acme: seq 1–7, signed through seq 6');
  });

  it('report: a PII request that reached the cloud breaks the statement, named by tenant, seq and request id (exit 1)', async () => {
    await fixture(['clean-edge', 'pii-onprem', 'pii-cloud', 'clean-edge']);
    const r = await triage('audit', 'report', '--from', '2026-11-01', '--to', '2026-12-01', dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('does NOT hold');
    expect(r.stdout).toContain('| acme | 3 | acme-req-3 | cloud-gpu | lambda | EMAIL | - |');
    const json = JSON.parse((await triage('audit', 'report', '--from', '2026-11-01', '--to', '2026-12-01', '--json', dir)).stdout);
    expect(json.statement).toMatchObject({ holds: false, sensitive: 2, breaking: [{ tenant: 'acme', seq: 3, target_kind: 'lambda' }] });
  });

  it('report: --tenant and the period select receipts; a broken chain fails the statement', async () => {
    await fixture();
    const globex = JSON.parse(
      (await triage('audit', 'report', '--from', '2026-11-01', '--to', '2026-12-01', '--tenant', 'globex', '--json', dir)).stdout,
    );
    expect(globex).toMatchObject({ receipts: 2, statement: { holds: true, sensitive: 0 } });
    const early = JSON.parse((await triage('audit', 'report', '--from', '2026-11-01', '--to', '2026-11-03', '--json', dir)).stdout);
    expect(early.receipts).toBe(2); // seq 1 of each tenant (2026-11-02); seq 2 is on 11-03, the excluded end
    writeFileSync(acmeBatch(4), readFileSync(acmeBatch(4), 'utf8').replace('"status":200', '"status":201'));
    const broken = await triage('audit', 'report', '--from', '2026-11-01', '--to', '2026-12-01', dir);
    expect(broken.code).toBe(1);
    expect(broken.stdout).toContain('chain problem: acme seq');
  });

  it('report --onprem-audit: receipts that ran on-prem the node never logged, and node lines without a receipt', async () => {
    await fixture();
    const audit = join(root, 'onprem-audit.jsonl');
    const line = (id: string) =>
      JSON.stringify({
        ts: '2026-11-03T00:00:01.000Z',
        request_id: id,
        tenant: 'acme',
        auth: { method: 'signature', key_id: 'dev' },
        status: 200,
      });
    writeFileSync(audit, [line('acme-req-2'), line('acme-req-4'), line('stray-1'), '', 'not json'].join('\n'));
    const r = await triage('audit', 'report', '--from', '2026-11-01', '--to', '2026-12-01', '--onprem-audit', audit, '--json', dir);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout);
    expect(json.onprem.notLogged.map((x: Receipt) => x.seq)).toEqual([6]);
    expect(json.onprem.notReceipted).toEqual([{ request_id: 'stray-1', ts: '2026-11-03T00:00:01.000Z', tenant: 'acme' }]);
  });

  it('pull opens local wrangler state with the Miniflare wrangler ships (here: an empty one)', async () => {
    const r = await triage('audit', 'pull', join(root, 'pulled-local'), '--persist-to', join(root, 'no-state'));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('0 objects from triage-receipts-local');
  });

  it('usage errors exit 2, unreadable input exits 3', async () => {
    expect((await triage('audit', 'report', '--to', '2026-12-01', root)).code).toBe(2);
    expect((await triage('audit', 'report', '--from', 'yesterday', '--to', '2026-12-01', root)).code).toBe(2);
    expect((await triage('audit', 'verify')).code).toBe(2);
    expect((await triage('audit', 'frobnicate')).code).toBe(2);
    const missing = await triage('audit', 'verify', join(root, 'nope'));
    expect(missing.code).toBe(3);
    expect(missing.stderr).toContain('ENOENT');
    expect((await triage('audit', 'verify', root, '--public-key', join(keys, 'receipts-signing.key'))).code).toBe(3);
  });
});
