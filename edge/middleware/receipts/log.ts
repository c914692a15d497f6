// The receipt log: one Durable Object per tenant, the only writer of that tenant's chain. It assigns each
// receipt its seq and prev (appends are serialized by the object), keeps them in its own SQLite storage until
// they are written, and on its alarm writes them to R2 as one JSON-lines object per batch, then — every
// CHECKPOINT_EVERY receipts or CHECKPOINT_MS — the chain head as a checkpoint, signed with
// RECEIPT_SIGNING_KEY when it is set. Nothing on the request path waits for R2.
//
//   receipts/<tenant>/<first seq>.jsonl      a batch, in seq order
//   checkpoints/<tenant>/<seq>.json          the head after a batch: {tenant, seq, hash, time, key_id, signature}
//
// Storage (SQLite, log-tables.ts): an append is one row insert — the receipt as the JSON line it will be
// written as, with its seq and hash, so the row is also the chain head. The log's state row changes only when a
// batch or checkpoint is written. Memory holds the same state, read back from storage when the object starts;
// an append is acknowledged only once its row is durable (the output gate holds the RPC reply until the write
// is confirmed), so a restart loses nothing acknowledged. The Worker hands over an isolate's receipts for the
// tenant in batches (appendAll; edge/durable-batches.ts): one event and one commit for several.
//
// A failed R2 write throws from the alarm, which the runtime retries; the batch stays in storage until written
// (rewriting the same object names, so a retry never forks the chain).
import { DurableObject } from 'cloudflare:workers';
import {
  appendReceipt,
  checkpointObjectKey,
  type ChainHead,
  importSigningKey,
  makeCheckpoint,
  receiptObjectKey,
  type SigningKey,
  type ReceiptBody,
} from '../../../shared/core/receipts/index.ts';
import { consoleSink, formatLog } from '../../../shared/protocol/telemetry/index.ts';
import { LogTables, type LogState, type PendingBatch } from './log-tables.ts';

/** A batch is written at most this long after its first receipt… */
export const FLUSH_MS = 5_000;
/** …or at once when it holds this many. */
export const BATCH_SIZE = 100;
/** A checkpoint after this many receipts since the last one, or this long after it (whichever comes first). */
export const CHECKPOINT_EVERY = 1_000;
export const CHECKPOINT_MS = 60_000;

export interface ReceiptLogEnv {
  RECEIPTS?: R2Bucket;
  RECEIPT_SIGNING_KEY?: string;
}

export interface FlushResult {
  written: number;
  checkpoint?: number;
}

export class ReceiptLog extends DurableObject<ReceiptLogEnv> {
  private readonly tables: LogTables;
  /** What storage holds, kept in memory so that an append reads nothing; undefined until the first receipt. */
  private state: LogState | undefined;
  private flushing: Promise<FlushResult> | undefined;
  private signingKey: Promise<SigningKey | undefined> | undefined;
  /** The alarm as this object last set or read it (null: none); undefined: not known, ask storage. */
  private alarmAt: number | null | undefined;

  constructor(ctx: DurableObjectState, env: ReceiptLogEnv) {
    super(ctx, env);
    // Synchronous (SQLite): the state is in place before the first event, without blockConcurrencyWhile.
    this.tables = new LogTables(ctx.storage);
    this.state = this.tables.open();
  }

  /** Places a receipt at the head of its tenant's chain; it is written to R2 within FLUSH_MS. (One at a time: what Workers of the previous version send.) */
  async append(body: ReceiptBody): Promise<ChainHead> {
    const [ack] = await this.appendAll([body]);
    return ack!;
  }

  /**
   * Places receipts at the head of the chain in the order given (the Worker's batch of them, durable-batches.ts):
   * one event, so one storage commit for all of them.
   */
  async appendAll(bodies: readonly ReceiptBody[]): Promise<ChainHead[]> {
    const tenant = bodies[0]?.tenant;
    if (tenant === undefined) return [];
    if (bodies.some((b) => b.tenant !== tenant)) throw new Error('receipt for another tenant'); // a routing bug, never expected
    const state = (this.state ??= this.tables.startChain(tenant));
    if (tenant !== state.tenant) throw new Error('receipt for another tenant');
    // Synchronous from reading the head to moving it past the last: no other append can come in between.
    const acks = bodies.map((body) => this.place(state, body));
    await this.scheduleFlush(state.head.seq - state.written.seq >= BATCH_SIZE ? 0 : FLUSH_MS);
    return acks;
  }

  override async alarm(): Promise<void> {
    this.alarmAt = undefined; // this one has fired; a failed run is retried by the runtime on its own schedule
    await this.flush();
  }

  /** Writes the pending receipts (and a checkpoint when one is due, or `force`d). Also an RPC: tests, draining. */
  async flush(force = false): Promise<FlushResult> {
    while (this.flushing) await this.flushing.catch(() => undefined); // one batch at a time
    this.flushing = this.writeBatch(force);
    try {
      return await this.flushing;
    } finally {
      this.flushing = undefined;
    }
  }

  /** One receipt after the head. The head moves only once its row is stored: a failed insert leaves the chain where it was. */
  private place(state: LogState, body: ReceiptBody): ChainHead {
    const { receipt, head } = appendReceipt(state.head, body);
    this.tables.insert(receipt);
    state.head = head;
    return head;
  }

  private async writeBatch(force: boolean): Promise<FlushResult> {
    const state = this.state;
    const bucket = this.env.RECEIPTS;
    if (!state || !bucket) return { written: 0 };
    // Read before the R2 write: receipts appended while it is under way wait for the next batch.
    const batch = this.tables.pending(state.written.seq);
    if (batch) {
      await writeBatchObject(bucket, state.tenant, batch);
      // Only after R2 has it: the rows go and `written` moves in one storage write.
      this.tables.markWritten(batch.last);
      state.written = batch.last;
    }
    const checkpoint = await this.checkpointIfDue(state, bucket, force);
    await this.scheduleRest(state);
    return { written: batch?.count ?? 0, ...(checkpoint ? { checkpoint } : {}) };
  }

  private async checkpointIfDue(state: LogState, bucket: R2Bucket, force: boolean): Promise<number | undefined> {
    const head = state.written;
    if (head.seq <= state.checkpointSeq) return undefined;
    const now = Date.now();
    const due = force || head.seq - state.checkpointSeq >= CHECKPOINT_EVERY || now - state.checkpointAt >= CHECKPOINT_MS;
    if (!due) return undefined;
    const cp = await makeCheckpoint(state.tenant, head, new Date(now).toISOString(), await this.key());
    await bucket.put(checkpointObjectKey(state.tenant, head.seq), JSON.stringify(cp), {
      httpMetadata: { contentType: 'application/json' },
    });
    this.tables.markCheckpoint(head.seq, now);
    state.checkpointSeq = head.seq;
    state.checkpointAt = now;
    return head.seq;
  }

  /** Pending receipts → flush soon; written but not yet checkpointed → when the checkpoint falls due. */
  private async scheduleRest(state: LogState): Promise<void> {
    if (state.head.seq > state.written.seq) await this.scheduleFlush(FLUSH_MS);
    else if (state.written.seq > state.checkpointSeq)
      await this.scheduleFlush(Math.max(0, state.checkpointAt + CHECKPOINT_MS - Date.now()));
  }

  /** Sets the alarm `inMs` from now, unless one is set earlier (remembered: not a storage read per receipt). */
  private async scheduleFlush(inMs: number): Promise<void> {
    const at = Date.now() + inMs;
    if (this.alarmAt === undefined) this.alarmAt = await this.ctx.storage.getAlarm();
    if (this.alarmAt !== null && this.alarmAt <= at) return;
    await this.ctx.storage.setAlarm(at);
    this.alarmAt = at;
  }

  /**
   * The signing key, imported once per object. Without one — or with one that does not import — checkpoints
   * are written unsigned (receipts must not stop), and the object says so once.
   */
  private key(): Promise<SigningKey | undefined> {
    const secret = this.env.RECEIPT_SIGNING_KEY;
    const unsigned = (reason: string) => {
      consoleSink(formatLog({ ts: new Date().toISOString(), level: 'warn', msg: 'receipt_checkpoints_unsigned', reason }));
      return undefined;
    };
    this.signingKey ??= secret
      ? importSigningKey(secret).catch(() => unsigned('RECEIPT_SIGNING_KEY is not an Ed25519 PKCS#8 key'))
      : Promise.resolve(unsigned('RECEIPT_SIGNING_KEY not set'));
    return this.signingKey;
  }
}

/** One batch as one JSON-lines object, named by its first seq (a retry rewrites the same name). */
async function writeBatchObject(bucket: R2Bucket, tenant: string, batch: PendingBatch): Promise<void> {
  await bucket.put(receiptObjectKey(tenant, batch.firstSeq), batch.text, {
    httpMetadata: { contentType: 'application/x-ndjson' },
  });
}
