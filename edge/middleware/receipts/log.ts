// The receipt log: one Durable Object per tenant, the only writer of that tenant's chain. It assigns each
// receipt its seq and prev (appends are serialized by the object), keeps them in its own SQLite storage until
// they are written, and on its alarm writes them to R2 as one JSON-lines object per batch, then — every
// CHECKPOINT_EVERY receipts or CHECKPOINT_MS — the chain head as a checkpoint, signed with
// RECEIPT_SIGNING_KEY when it is set. Nothing on the request path waits for R2.
//
//   receipts/<tenant>/<first seq>.jsonl      a batch, in seq order
//   checkpoints/<tenant>/<seq>.json          the head after a batch: {tenant, seq, hash, time, key_id, signature}
//
// A failed R2 write throws from the alarm, which the runtime retries; the batch stays in storage until written
// (rewriting the same object names, so a retry never forks the chain).
import { DurableObject } from 'cloudflare:workers';
import {
  appendReceipt,
  checkpointObjectKey,
  EMPTY_HEAD,
  importSigningKey,
  makeCheckpoint,
  receiptObjectKey,
  type ChainHead,
  type Receipt,
  type ReceiptBody,
  type SigningKey,
} from '../../../shared/core/receipts/index.ts';
import { consoleSink, formatLog } from '../../../shared/protocol/telemetry/index.ts';

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

/** What the object remembers besides the pending receipts. */
interface LogState {
  tenant: string;
  head: ChainHead;
  /** The last checkpoint written: its seq and when (epoch ms). */
  checkpointSeq: number;
  checkpointAt: number;
  /** The last receipt written to R2 (what a checkpoint may pin: only what an auditor can pull). */
  written: ChainHead;
}

const STATE = 'state';
const PENDING = 'pending:';
const pendingKey = (seq: number) => `${PENDING}${String(seq).padStart(12, '0')}`;

export interface FlushResult {
  written: number;
  checkpoint?: number;
}

export class ReceiptLog extends DurableObject<ReceiptLogEnv> {
  private state: LogState | undefined;
  private flushing: Promise<FlushResult> | undefined;
  private signingKey: Promise<SigningKey | undefined> | undefined;
  /** The alarm as this object last set or read it (null: none); undefined: not known, ask storage. */
  private alarmAt: number | null | undefined;

  constructor(ctx: DurableObjectState, env: ReceiptLogEnv) {
    super(ctx, env);
    void ctx.blockConcurrencyWhile(async () => {
      this.state = await ctx.storage.get<LogState>(STATE);
    });
  }

  /** Places a receipt at the head of its tenant's chain; it is written to R2 within FLUSH_MS. */
  async append(body: ReceiptBody): Promise<{ seq: number; hash: string }> {
    const state = (this.state ??= {
      tenant: body.tenant,
      head: EMPTY_HEAD,
      checkpointSeq: 0,
      checkpointAt: 0, // a new chain is checkpointed with its first batch
      written: EMPTY_HEAD,
    });
    if (body.tenant !== state.tenant) throw new Error('receipt for another tenant'); // a routing bug, never expected
    // Synchronous from reading the head to moving it: no other append can come in between.
    const { receipt, head } = appendReceipt(state.head, body);
    state.head = head;
    await this.ctx.storage.put<LogState | Receipt>({ [STATE]: state, [pendingKey(receipt.seq)]: receipt });
    await this.scheduleFlush(receipt.seq - state.written.seq >= BATCH_SIZE ? 0 : FLUSH_MS);
    return { seq: receipt.seq, hash: receipt.hash };
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

  private async writeBatch(force: boolean): Promise<FlushResult> {
    const state = this.state;
    const bucket = this.env.RECEIPTS;
    if (!state || !bucket) return { written: 0 };
    const pending = [...(await this.ctx.storage.list<Receipt>({ prefix: PENDING })).values()];
    if (pending.length > 0) {
      const first = pending[0]!;
      await bucket.put(receiptObjectKey(state.tenant, first.seq), pending.map((r) => JSON.stringify(r)).join('\n') + '\n', {
        httpMetadata: { contentType: 'application/x-ndjson' },
      });
      const last = pending[pending.length - 1]!;
      state.written = { seq: last.seq, hash: last.hash };
      await this.ctx.storage.delete(pending.map((r) => pendingKey(r.seq)));
    }
    const checkpoint = await this.checkpointIfDue(state, bucket, force);
    await this.ctx.storage.put(STATE, state);
    await this.scheduleRest(state);
    return { written: pending.length, ...(checkpoint ? { checkpoint } : {}) };
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
