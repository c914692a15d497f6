// The receipt log's SQLite storage (log.ts), laid out so that an append is one row insert:
//
//   receipts   (seq, hash, line)   the receipts not yet written to R2, each as the JSON line it will be written as
//   log_state  (one row)           the tenant, the last receipt written to R2, the last checkpoint
//
// The chain head is not stored on its own: it is the last receipt row or, when every receipt has been written,
// the last one written. Rows are deleted only in the transaction that moves `written` past them, so the two
// never disagree and the head read back after a restart is the head acknowledged before it.
//
// Objects that ran the earlier layout (KV records `state` and `pending:<seq>`, rewritten on every append) are
// moved to the tables when they start, in one transaction.
import { EMPTY_HEAD, type ChainHead, type Receipt } from '../../../shared/core/receipts/index.ts';

/** What the log knows besides the receipts themselves (also its in-memory state). */
export interface LogState {
  tenant: string;
  /** The last receipt appended. */
  head: ChainHead;
  /** The last receipt written to R2 (what a checkpoint may pin: only what an auditor can pull). */
  written: ChainHead;
  /** The last checkpoint written: its seq and when (epoch ms). */
  checkpointSeq: number;
  checkpointAt: number;
}

/** The receipts after `written`, ready to go to R2 as one object. */
export interface PendingBatch {
  firstSeq: number;
  last: ChainHead;
  count: number;
  /** The JSON lines, each ending in a newline. */
  text: string;
}

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS receipts (seq INTEGER PRIMARY KEY, hash TEXT NOT NULL, line TEXT NOT NULL);
  CREATE TABLE IF NOT EXISTS log_state (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    tenant TEXT NOT NULL,
    written_seq INTEGER NOT NULL,
    written_hash TEXT NOT NULL,
    checkpoint_seq INTEGER NOT NULL,
    checkpoint_at INTEGER NOT NULL
  )`;
const INSERT_STATE =
  'INSERT INTO log_state (id, tenant, written_seq, written_hash, checkpoint_seq, checkpoint_at) VALUES (1, ?, ?, ?, ?, ?)';
const INSERT_RECEIPT = 'INSERT INTO receipts (seq, hash, line) VALUES (?, ?, ?)';

type StateRow = {
  tenant: string;
  written_seq: number;
  written_hash: string;
  checkpoint_seq: number;
  checkpoint_at: number;
};
type ReceiptRow = { seq: number; hash: string; line: string };

/** The earlier layout's KV records. */
const LEGACY_STATE = 'state';
const LEGACY_PENDING = 'pending:';
type LegacyState = LogState;

export class LogTables {
  private readonly sql: SqlStorage;

  constructor(private readonly storage: DurableObjectStorage) {
    this.sql = storage.sql;
  }

  /** Creates the tables (moving an earlier layout over) and reads the state; undefined: no receipt yet. */
  open(): LogState | undefined {
    return this.storage.transactionSync(() => {
      this.sql.exec(SCHEMA);
      this.moveLegacy();
      return this.readState();
    });
  }

  /** A new chain's state row; stored with its first receipt (no await between them: one atomic write). */
  startChain(tenant: string): LogState {
    const state: LogState = { tenant, head: EMPTY_HEAD, written: EMPTY_HEAD, checkpointSeq: 0, checkpointAt: 0 }; // checkpointed with its first batch
    this.writeState(state);
    return state;
  }

  /** The one storage write of an append. The line is what R2 gets, so a flush re-encodes nothing. */
  insert(receipt: Receipt): void {
    this.sql.exec(INSERT_RECEIPT, receipt.seq, receipt.hash, JSON.stringify(receipt));
  }

  /** The receipts after `afterSeq`, in seq order; undefined when there are none. */
  pending(afterSeq: number): PendingBatch | undefined {
    const rows = this.sql.exec<ReceiptRow>('SELECT seq, hash, line FROM receipts WHERE seq > ? ORDER BY seq', afterSeq).toArray();
    const [first, last] = [rows[0], rows[rows.length - 1]];
    if (!first || !last) return undefined;
    let text = '';
    for (const row of rows) text += `${row.line}\n`;
    return { firstSeq: first.seq, last: { seq: last.seq, hash: last.hash }, count: rows.length, text };
  }

  /** R2 holds everything up to `last`: its rows go and `written` moves, together or not at all. */
  markWritten(last: ChainHead): void {
    this.storage.transactionSync(() => {
      this.sql.exec('UPDATE log_state SET written_seq = ?, written_hash = ?', last.seq, last.hash);
      this.sql.exec('DELETE FROM receipts WHERE seq <= ?', last.seq);
    });
  }

  markCheckpoint(seq: number, at: number): void {
    this.sql.exec('UPDATE log_state SET checkpoint_seq = ?, checkpoint_at = ?', seq, at);
  }

  private readState(): LogState | undefined {
    const row = this.sql
      .exec<StateRow>('SELECT tenant, written_seq, written_hash, checkpoint_seq, checkpoint_at FROM log_state')
      .toArray()[0];
    if (!row) return undefined;
    const written = { seq: row.written_seq, hash: row.written_hash };
    const last = this.sql.exec<{ seq: number; hash: string }>('SELECT seq, hash FROM receipts ORDER BY seq DESC LIMIT 1').toArray()[0];
    return {
      tenant: row.tenant,
      head: last ? { seq: last.seq, hash: last.hash } : written,
      written,
      checkpointSeq: row.checkpoint_seq,
      checkpointAt: row.checkpoint_at,
    };
  }

  private writeState(state: LogState): void {
    this.sql.exec(INSERT_STATE, state.tenant, state.written.seq, state.written.hash, state.checkpointSeq, state.checkpointAt);
  }

  /** The earlier layout's records → the tables (inside open()'s transaction: all of them or none). */
  private moveLegacy(): void {
    const kv = this.storage.kv;
    const legacy = kv.get<LegacyState>(LEGACY_STATE);
    if (!legacy) return;
    const pending = [...kv.list<Receipt>({ prefix: LEGACY_PENDING })];
    const receipts = pending.map(([, receipt]) => receipt);
    this.writeState({ ...legacy, written: writtenBefore(legacy, receipts) });
    for (const [key, receipt] of pending) {
      this.insert(receipt);
      kv.delete(key);
    }
    kv.delete(LEGACY_STATE);
  }
}

/**
 * What R2 holds in the earlier layout: everything before the first pending receipt (pending records were
 * deleted only once written), or the whole chain when none is pending. Not the stored `written`: that layout
 * deleted written records before it stored the state, so `written` could lag the truth after a failure.
 */
function writtenBefore(legacy: LegacyState, pending: readonly Receipt[]): ChainHead {
  const first = pending[0];
  return first ? { seq: first.seq - 1, hash: first.prev } : legacy.head;
}
