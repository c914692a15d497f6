// The ReceiptLog object on its own, in workerd (Miniflare's Durable Objects and R2): what a tenant depends on
// when the object restarts, when R2 fails, and over many batches — every acknowledged receipt reaches R2 once,
// in one chain that verifies. The request path through the app is in index.test.ts.
import { runInDurableObject } from 'cloudflare:test';
import { env as rawEnv } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import {
  appendReceipt,
  EMPTY_HEAD,
  ReceiptSchema,
  verifyReceipts,
  type ChainHead,
  type Checkpoint,
  type Receipt,
  type ReceiptBody,
} from '../../../shared/core/receipts/index.ts';
import type { Env } from '../../env.ts';
import { ReceiptLog } from './log.ts';

const env = rawEnv as unknown as Env;
const ns = env.RECEIPT_LOG!;
const bucket = env.RECEIPTS!;
const run = Math.random().toString(36).slice(2, 8);
const tenantNamed = (name: string) => `${name}-${run}`;
const logOf = (tenant: string) => ns.get(ns.idFromName(tenant));
type LogStub = ReturnType<typeof logOf>;

/** A receipt as the receipts step would hand it over (closed values only; `i` makes each one different). */
function body(tenant: string, i: number): ReceiptBody {
  return {
    v: 1,
    time: new Date(Date.UTC(2026, 11, 1, 0, 0, i)).toISOString(),
    tenant,
    key_id: 'k1',
    request_id: `req-${i}`,
    policy_version: 'p1',
    rule: 'default',
    decision: 'route',
    detector_version: 'd1',
    pii_types: [],
    unscanned: [],
    coverage: 'full',
    target: 'edge-small',
    target_kind: 'edge',
    fallbacks: [],
    status: 200,
    features: { task: 'chat', stream: false, estimated_tokens: 10 + i, pii: [], unscanned: [] },
  };
}

async function appendMany(log: Pick<ReceiptLog, 'append'>, tenant: string, from: number, count: number) {
  const acks: { seq: number; hash: string }[] = [];
  for (let i = from; i < from + count; i++) acks.push(await log.append(body(tenant, i)));
  return acks;
}

/** What R2 holds for the tenant: every batch object (name → its receipts) and the checkpoints. */
async function stored(tenant: string) {
  const list = async (prefix: string) => (await bucket.list({ prefix })).objects.map((o) => o.key).sort();
  const text = async (key: string) => (await (await bucket.get(key))!.text()).trim().split('\n');
  const batches = new Map<string, Receipt[]>();
  for (const key of await list(`receipts/${tenant}/`))
    batches.set(
      key,
      (await text(key)).map((l) => ReceiptSchema.parse(JSON.parse(l)) as Receipt),
    );
  const checkpoints: Checkpoint[] = [];
  for (const key of await list(`checkpoints/${tenant}/`)) checkpoints.push(JSON.parse((await text(key))[0]!) as Checkpoint);
  const receipts = [...batches.values()].flat();
  return { batches, receipts, checkpoints };
}

const batchName = (tenant: string, firstSeq: number) => `receipts/${tenant}/${String(firstSeq).padStart(12, '0')}.jsonl`;
const seqs = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/** The object's rows not yet written to R2. */
const pendingRows = (log: LogStub) =>
  runInDurableObject(log, (_o, state) => state.storage.sql.exec<{ n: number }>('SELECT COUNT(*) AS n FROM receipts').one().n);

/**
 * Resets the object as an eviction or a deploy does (storage stays, memory goes) and checks that a new instance
 * took over. A stub is broken by the reset, as a caller's would be: the next request takes a new one.
 */
async function restart(tenant: string, log: LogStub): Promise<LogStub> {
  const before = await runInDurableObject(log, (instance) => instance);
  await expect(runInDurableObject(log, (_o, state) => state.abort('restart for the test'))).rejects.toThrow();
  const next = logOf(tenant);
  expect(await runInDurableObject(next, (instance) => instance)).not.toBe(before);
  return next;
}

/** An R2 bucket whose puts fail as told: before writing (R2 down) or after (the reply lost). */
function flakyBucket(mode: { fail: 'before' | 'after' | 'no' }): R2Bucket {
  const put: R2Bucket['put'] = async (...args) => {
    if (mode.fail === 'before') throw new Error('R2 unavailable (test)');
    const written = await bucket.put(...args);
    if (mode.fail === 'after') throw new Error('R2 reply lost (test)');
    return written;
  };
  return Object.assign(Object.create(bucket) as R2Bucket, { put });
}

describe('ReceiptLog object', () => {
  it('acknowledged receipts survive a restart before their flush; the chain goes on from the stored head', async () => {
    const tenant = tenantNamed('restart');
    let log = logOf(tenant);
    const acked = await appendMany(log, tenant, 1, 5);
    log = await restart(tenant, log);
    const after = await appendMany(log, tenant, 6, 3);
    expect(after[0]!.seq).toBe(6);
    expect(await log.flush(true)).toEqual({ written: 8, checkpoint: 8 });

    const { receipts, checkpoints } = await stored(tenant);
    expect(receipts.map((r) => r.seq)).toEqual(seqs(1, 8));
    expect(receipts.slice(0, 5).map((r) => ({ seq: r.seq, hash: r.hash }))).toEqual(acked); // what was acknowledged, unchanged
    expect(receipts[5]!.prev).toBe(acked[4]!.hash);
    expect((await verifyReceipts({ receipts, checkpoints })).problems).toEqual([]);
  });

  it('a restart after a flush: the next batch starts after the written head, no receipt written twice', async () => {
    const tenant = tenantNamed('restart-flushed');
    let log = logOf(tenant);
    await appendMany(log, tenant, 1, 3);
    expect(await log.flush(true)).toEqual({ written: 3, checkpoint: 3 });
    expect(await pendingRows(log)).toBe(0);
    log = await restart(tenant, log);
    expect(await log.flush(true)).toEqual({ written: 0 }); // nothing pending, the checkpoint already stands
    await appendMany(log, tenant, 4, 2);
    log = await restart(tenant, log);
    expect(await log.flush(true)).toEqual({ written: 2, checkpoint: 5 });

    const { batches, receipts, checkpoints } = await stored(tenant);
    expect([...batches.keys()]).toEqual([batchName(tenant, 1), batchName(tenant, 4)]);
    expect(receipts.map((r) => r.seq)).toEqual(seqs(1, 5));
    expect(checkpoints.map((c) => c.seq)).toEqual([3, 5]);
    expect((await verifyReceipts({ receipts, checkpoints })).problems).toEqual([]);
  });

  it('many appends over several flushes: each receipt in exactly one batch, in order, and the chain verifies', async () => {
    const tenant = tenantNamed('many');
    const log = logOf(tenant);
    // Past BATCH_SIZE, so the object's own alarm may write batches too while the test flushes.
    await appendMany(log, tenant, 1, 130);
    await log.flush();
    await appendMany(log, tenant, 131, 120);
    await log.flush(true);
    expect(await log.flush(true)).toEqual({ written: 0 });
    expect(await pendingRows(log)).toBe(0);

    const { batches, receipts, checkpoints } = await stored(tenant);
    expect(receipts.map((r) => r.seq)).toEqual(seqs(1, 250)); // none missing, none twice, in chain order
    for (const [name, batch] of batches) expect(name).toBe(batchName(tenant, batch[0]!.seq));
    expect(checkpoints.at(-1)).toMatchObject({ tenant, seq: 250, hash: receipts[249]!.hash });
    expect((await verifyReceipts({ receipts, checkpoints })).problems).toEqual([]);
  });

  it('batches (appendAll) and single appends arriving together: each batch in its order, one chain, no seq twice', async () => {
    const tenant = tenantNamed('together');
    const log = logOf(tenant);
    const batches = [seqs(1, 7), seqs(8, 8), seqs(9, 40), seqs(41, 43)].map((ids) => ids.map((i) => body(tenant, i)));
    const singles = seqs(44, 50).map((i) => log.append(body(tenant, i)));
    const acks = await Promise.all([...batches.map((b) => log.appendAll(b)), ...singles.map(async (a) => [await a])]);
    expect((await log.appendAll([])).length).toBe(0);
    for (const batchAcks of acks) for (let i = 1; i < batchAcks.length; i++) expect(batchAcks[i]!.seq).toBe(batchAcks[i - 1]!.seq + 1);
    expect(
      acks
        .flat()
        .map((a) => a.seq)
        .sort((a, b) => a - b),
    ).toEqual(seqs(1, 50));
    await log.flush(true);

    const { receipts, checkpoints } = await stored(tenant);
    expect(receipts.map((r) => r.seq)).toEqual(seqs(1, 50));
    const bySeq = new Map(receipts.map((r) => [r.seq, r]));
    for (const [b, batchAcks] of batches.map((batch, i) => [batch, acks[i]!] as const))
      expect(batchAcks.map((a) => bySeq.get(a.seq)!.request_id)).toEqual(b.map((r) => r.request_id)); // in the order handed over
    expect((await verifyReceipts({ receipts, checkpoints })).problems).toEqual([]);
  });

  it('a batch with another tenant’s receipt is refused whole', async () => {
    const tenant = tenantNamed('mixed');
    const log = logOf(tenant);
    const refused = await log.appendAll([body(tenant, 1), body(tenantNamed('other'), 2)]).then(
      () => 'appended',
      (err: unknown) => (err instanceof Error ? err.message : 'not an Error'),
    );
    expect(refused).toContain('another tenant');
    expect((await log.append(body(tenant, 3))).seq).toBe(1);
  });

  it('a failed R2 write keeps the batch; a retry after a lost reply rewrites the same object, nothing twice', async () => {
    const tenant = tenantNamed('flaky');
    const mode: { fail: 'before' | 'after' | 'no' } = { fail: 'before' };
    await runInDurableObject(logOf(tenant), async (_o, state) => {
      // An instance over this object's storage with a bucket that fails (as the runtime would construct it).
      const log = new ReceiptLog(state, { RECEIPTS: flakyBucket(mode) });
      await appendMany(log, tenant, 1, 3);
      await expect(log.flush(true)).rejects.toThrow('R2 unavailable');
      mode.fail = 'after'; // R2 stores the batch but the object never hears back
      await expect(log.flush(true)).rejects.toThrow('R2 reply lost');
      await appendMany(log, tenant, 4, 1);
      mode.fail = 'no';
      expect(await log.flush(true)).toEqual({ written: 4, checkpoint: 4 });
      expect(state.storage.sql.exec<{ n: number }>('SELECT COUNT(*) AS n FROM receipts').one().n).toBe(0);
    });
    const { batches, receipts, checkpoints } = await stored(tenant);
    expect([...batches.keys()]).toEqual([batchName(tenant, 1)]); // the retry replaced the first attempt's object
    expect(receipts.map((r) => r.seq)).toEqual(seqs(1, 4));
    expect((await verifyReceipts({ receipts, checkpoints })).problems).toEqual([]);
  });
});

describe('ReceiptLog from the earlier storage layout (KV state and pending records)', () => {
  /** Writes the records the earlier ReceiptLog kept, as it kept them, then restarts the object onto them. */
  async function seedLegacy(tenant: string, chain: Receipt[], opts: { pendingFrom: number; storedWritten: ChainHead }): Promise<LogStub> {
    const log = logOf(tenant);
    const written = chain.filter((r) => r.seq < opts.pendingFrom);
    if (written.length) await bucket.put(batchName(tenant, 1), written.map((r) => JSON.stringify(r)).join('\n') + '\n'); // what that object flushed
    await runInDurableObject(log, async (_o, state) => {
      const last = chain.at(-1)!;
      const pending = Object.fromEntries(
        chain.filter((r) => r.seq >= opts.pendingFrom).map((r) => [`pending:${String(r.seq).padStart(12, '0')}`, r]),
      );
      const legacyState = {
        tenant,
        head: { seq: last.seq, hash: last.hash },
        checkpointSeq: 0,
        checkpointAt: 0,
        written: opts.storedWritten,
      };
      await state.storage.put({ state: legacyState, ...pending });
    });
    return restart(tenant, log);
  }

  function chainOf(tenant: string, n: number): Receipt[] {
    let head = EMPTY_HEAD;
    return seqs(1, n).map((i) => {
      const next = appendReceipt(head, body(tenant, i));
      head = next.head;
      return next.receipt;
    });
  }

  it('pending records become rows, the KV records go, and the chain goes on from the old head', async () => {
    const tenant = tenantNamed('legacy');
    const chain = chainOf(tenant, 3);
    const log = await seedLegacy(tenant, chain, { pendingFrom: 2, storedWritten: { seq: 1, hash: chain[0]!.hash } });
    expect(await pendingRows(log)).toBe(2);
    expect(await runInDurableObject(log, (_o, state) => [...state.storage.kv.list()].length)).toBe(0);
    expect((await log.append(body(tenant, 4))).seq).toBe(4);
    expect(await log.flush(true)).toEqual({ written: 3, checkpoint: 4 });

    const { batches, receipts, checkpoints } = await stored(tenant);
    expect([...batches.keys()]).toEqual([batchName(tenant, 1), batchName(tenant, 2)]);
    expect(receipts.slice(0, 3)).toEqual(chain);
    expect((await verifyReceipts({ receipts, checkpoints })).problems).toEqual([]);
  });

  it('a stored `written` that lagged (the earlier layout deleted records first) neither forks the chain nor rewrites', async () => {
    const tenant = tenantNamed('legacy-lag');
    const chain = chainOf(tenant, 3);
    // Everything was written and its records deleted, but the state record still says nothing was written.
    const log = await seedLegacy(tenant, chain, { pendingFrom: 4, storedWritten: EMPTY_HEAD });
    const next = await log.append(body(tenant, 4));
    expect(next.seq).toBe(4);
    expect(await log.flush(true)).toEqual({ written: 1, checkpoint: 4 });

    const { receipts, checkpoints } = await stored(tenant);
    expect(receipts.map((r) => r.seq)).toEqual(seqs(1, 4));
    expect(receipts[3]!.prev).toBe(chain[2]!.hash);
    expect((await verifyReceipts({ receipts, checkpoints })).problems).toEqual([]);
  });
});
