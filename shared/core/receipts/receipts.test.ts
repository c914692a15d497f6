// Chains and checkpoints, tampering included, with Node's Web Crypto (the workerd side: edge/middleware/receipts/).
import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  appendReceipt,
  buildReport,
  EMPTY_HEAD,
  importPublicKey,
  importSigningKey,
  makeCheckpoint,
  receiptBody,
  receiptHash,
  ReceiptSchema,
  sensitivityOf,
  verifyReceipts,
  type Checkpoint,
  type Receipt,
  type ReceiptInput,
} from './index.ts';

function keyPair() {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return {
    secret: privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64'),
    publicPem: publicKey.export({ format: 'pem', type: 'spki' }).toString(),
  };
}

const input = (i: number, over: Partial<ReceiptInput> = {}): ReceiptInput => ({
  time: new Date(Date.UTC(2026, 11, 1, 12, 0, i)),
  tenant: 'acme',
  keyId: 'k1',
  requestId: `req-${i}`,
  decision: {
    kind: 'route',
    rule: 'default',
    policyVersion: 'p-1',
    reasons: [],
    piiTypes: [],
    unscanned: [],
    target: 'edge-small',
    targetKind: 'edge',
    fallbacks: [],
  },
  inspection: { task: 'chat', model: 'triage-small', stream: false, piiTypes: [], unscanned: [], estimatedTokens: 10, promptTokens: 5 },
  outcome: { target: 'edge-small', kind: 'edge', fallbacks: [] },
  modelDeclared: true,
  status: 200,
  ...over,
});

function chain(n: number, tenant = 'acme'): Receipt[] {
  let head = EMPTY_HEAD;
  const out: Receipt[] = [];
  for (let i = 1; i <= n; i++) {
    const next = appendReceipt(head, receiptBody(input(i, { tenant })));
    out.push(next.receipt);
    head = next.head;
  }
  return out;
}

/** A tampered copy whose hashes are recomputed from `from` on, as a forger without the key would. */
function rehashFrom(receipts: Receipt[], from: number): Receipt[] {
  const out = receipts.map((r) => ({ ...r }));
  for (let i = from; i < out.length; i++) {
    if (i > 0) out[i]!.prev = out[i - 1]!.hash;
    out[i]!.hash = receiptHash(out[i]!);
  }
  return out;
}

const kinds = (v: { problems: { kind: string; seq: number }[] }) => v.problems.map((p) => `${p.kind}@${p.seq}`);

describe('receipt bodies', () => {
  it('carry names, versions and features, and parse back under the closed schema', () => {
    const [r] = chain(1);
    expect(r).toMatchObject({
      seq: 1,
      tenant: 'acme',
      coverage: 'full',
      target_kind: 'edge',
      features: { model: 'triage-small', estimated_tokens: 10 },
    });
    expect(r!.detector_version).toMatch(/^d-[0-9a-f]{16}$/);
    expect(ReceiptSchema.parse(r)).toEqual(r);
    expect(() => ReceiptSchema.parse({ ...r, prompt: 'x' })).toThrow();
  });

  it('keep a model alias only when the policy declares it; a refusal has no target', () => {
    const body = receiptBody(
      input(1, {
        modelDeclared: false,
        outcome: undefined,
        decision: {
          kind: 'refuse',
          code: 'pii_no_onprem',
          reason: 'r',
          rule: 'pii',
          policyVersion: 'p-1',
          reasons: [],
          piiTypes: ['EMAIL'],
          unscanned: [],
        },
        inspection: {
          task: 'chat',
          model: 'free text',
          stream: true,
          piiTypes: ['EMAIL'],
          unscanned: ['image'],
          estimatedTokens: 3,
          promptTokens: 3,
        },
        status: 503,
        errorCode: 'pii_no_onprem',
      }),
    );
    expect(body).toMatchObject({ decision: 'refuse', refusal: 'pii_no_onprem', target: null, target_kind: null, coverage: 'partial' });
    expect(JSON.stringify(body)).not.toContain('free text');
  });
});

describe('redactions and sticky (filled by redact-and-restore and sticky sensitivity)', () => {
  it('are carried when given, with counts only; a redacted PII request counts as redacted, not as PII sent', () => {
    const body = receiptBody(input(1, { redactions: [{ type: 'EMAIL', count: 2 }], sticky: true }));
    expect(body).toMatchObject({ redactions: [{ type: 'EMAIL', count: 2 }], sticky: true });
    expect(receiptBody(input(1))).not.toHaveProperty('redactions');
    expect(receiptBody(input(1))).not.toHaveProperty('sticky');
    const pii = { ...input(1).inspection, piiTypes: ['EMAIL' as const] };
    const { receipt } = appendReceipt(EMPTY_HEAD, receiptBody(input(1, { inspection: pii, redactions: [{ type: 'EMAIL', count: 1 }] })));
    expect(sensitivityOf(receipt)).toBe('redacted');
    const { receipt: sent } = appendReceipt(EMPTY_HEAD, receiptBody(input(1, { inspection: pii })));
    expect(sensitivityOf(sent)).toBe('pii');
  });

  it('a sticky turn is sensitive: it counts against the statement when it ran off-prem', () => {
    const decision = { ...input(1).decision, sticky: true };
    const onprem = appendReceipt(
      EMPTY_HEAD,
      receiptBody(input(1, { decision, outcome: { target: 'onprem-gpu', kind: 'onprem', fallbacks: [] } })),
    );
    expect(onprem.receipt.sticky).toBe(true);
    expect(sensitivityOf(onprem.receipt)).toBe('sticky');
    const offprem = appendReceipt(onprem.head, receiptBody(input(2, { decision })));
    const report = buildReport({
      receipts: [onprem.receipt, offprem.receipt],
      tenants: [],
      problems: [],
      from: new Date(Date.UTC(2026, 11, 1)),
      to: new Date(Date.UTC(2026, 11, 2)),
    });
    expect(report.bySensitivity.sticky).toEqual({ onprem: 1, edge: 1 });
    expect(report.statement).toMatchObject({ holds: false, sensitive: 2 });
    expect(report.statement.breaking.map((b) => b.seq)).toEqual([2]);
  });
});

describe('chains', () => {
  it('verify when untouched (two tenants, interleaved)', async () => {
    const v = await verifyReceipts({ receipts: [...chain(5), ...chain(3, 'globex')], checkpoints: [] });
    expect(v.problems).toEqual([]);
    expect(v.tenants.map((t) => [t.tenant, t.receipts, t.lastSeq])).toEqual([
      ['acme', 5, 5],
      ['globex', 3, 3],
    ]);
  });

  it('catch an edited receipt by its hash, and one rehashed by the broken link after it', async () => {
    const edited = chain(5);
    edited[2] = { ...edited[2]!, target_kind: 'onprem' };
    expect(kinds(await verifyReceipts({ receipts: edited, checkpoints: [] }))).toEqual(['hash_mismatch@3']);
    const rehashed = chain(5);
    rehashed[2] = { ...rehashed[2]!, target_kind: 'onprem' };
    rehashed[2].hash = receiptHash(rehashed[2]);
    expect(kinds(await verifyReceipts({ receipts: rehashed, checkpoints: [] }))).toEqual(['prev_mismatch@4']);
  });

  it('catch a deleted receipt (gap) and a reordered one', async () => {
    const deleted = chain(5).filter((r) => r.seq !== 3);
    expect(kinds(await verifyReceipts({ receipts: deleted, checkpoints: [] }))).toEqual(['gap@4']);
    const c = chain(5);
    const reordered = [c[0]!, c[2]!, c[1]!, c[3]!, c[4]!];
    expect(kinds(await verifyReceipts({ receipts: reordered, checkpoints: [] }))).toEqual(['out_of_order@2']);
    expect(kinds(await verifyReceipts({ receipts: [...c, c[4]!], checkpoints: [] }))).toEqual(['duplicate@5']);
  });
});

describe('checkpoints (Ed25519 through Web Crypto)', () => {
  const keys = keyPair();
  const checkpointAt = async (receipts: Receipt[], seq: number, secret = keys.secret): Promise<Checkpoint> =>
    makeCheckpoint('acme', { seq, hash: receipts[seq - 1]!.hash }, '2026-12-01T12:01:00.000Z', await importSigningKey(secret));

  it('sign the head; the public key verifies it and both sides agree on the key id', async () => {
    const receipts = chain(4);
    const cp = await checkpointAt(receipts, 4);
    const { publicKey, keyId } = await importPublicKey(keys.publicPem);
    expect(cp.key_id).toBe(keyId);
    const v = await verifyReceipts({ receipts, checkpoints: [cp], publicKey });
    expect(v.problems).toEqual([]);
    expect(v.tenants[0]!.signedThrough).toBe(4);
  });

  it('catch a chain rewritten after an edit (every hash recomputed): the checkpoint no longer matches', async () => {
    const receipts = chain(6);
    const cp = await checkpointAt(receipts, 6);
    const forged = rehashFrom(
      receipts.map((r) => (r.seq === 2 ? { ...r, target_kind: 'onprem' as const } : r)),
      1,
    );
    const { publicKey } = await importPublicKey(keys.publicPem);
    expect(kinds(await verifyReceipts({ receipts: forged, checkpoints: [cp], publicKey }))).toEqual(['checkpoint_mismatch@6']);
  });

  it('catch a forged signature, a checkpoint re-signed with another key, an unsigned one, and a truncated tail', async () => {
    const receipts = chain(6);
    const { publicKey } = await importPublicKey(keys.publicPem);
    const good = await checkpointAt(receipts, 3);
    const forgedSig = { ...good, seq: 6, hash: receipts[5]!.hash };
    const otherKey = await checkpointAt(receipts, 4, keyPair().secret);
    const unsigned = await makeCheckpoint('acme', { seq: 5, hash: receipts[4]!.hash }, good.time);
    const truncated = receipts.slice(0, 5);
    const v = await verifyReceipts({ receipts: truncated, checkpoints: [good, otherKey, unsigned, forgedSig], publicKey });
    expect(kinds(v)).toEqual([
      'checkpoint_bad_signature@4',
      'checkpoint_unsigned@5',
      'checkpoint_beyond_chain@6',
      'checkpoint_bad_signature@6',
    ]);
    expect(v.tenants[0]!.signedThrough).toBe(3);
  });
});
