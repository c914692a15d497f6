// Where receipts and checkpoints are stored (R2 object keys; the same layout on disk after a pull). Seqs are
// zero-padded so that names sort in chain order. The tenant is encoded so that a name cannot escape its folder.
export const RECEIPTS_PREFIX = 'receipts/';
export const CHECKPOINTS_PREFIX = 'checkpoints/';

const pad = (seq: number) => String(seq).padStart(12, '0');

/** A batch of receipts as JSON lines, named by its first receipt's seq. */
export function receiptObjectKey(tenant: string, firstSeq: number): string {
  return `${RECEIPTS_PREFIX}${encodeURIComponent(tenant)}/${pad(firstSeq)}.jsonl`;
}

export function checkpointObjectKey(tenant: string, seq: number): string {
  return `${CHECKPOINTS_PREFIX}${encodeURIComponent(tenant)}/${pad(seq)}.json`;
}
