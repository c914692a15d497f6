// The per-tenant hash chain. A receipt's hash is SHA-256 over its canonical JSON (keys sorted, no whitespace)
// without the `hash` field; `prev` is the hash of the tenant's previous receipt, so editing, deleting or
// reordering any receipt breaks every link after it — unless the whole rest of the chain is rewritten, which
// the signed checkpoints (checkpoint.ts) catch.
//
// Hashing is synchronous (@noble/hashes) so that the tenant's log assigns seq, prev and hash without an
// await between reading the head and moving it.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { canonicalJson } from '../policy/version.ts';
import type { Receipt, ReceiptBody } from './receipt.ts';

/** `prev` of a tenant's first receipt. */
export const GENESIS = '0'.repeat(64);

/** Where a tenant's chain stands: the last receipt's seq and hash (seq 0 and GENESIS before the first). */
export interface ChainHead {
  seq: number;
  hash: string;
}

export const EMPTY_HEAD: ChainHead = { seq: 0, hash: GENESIS };

/** The hash a receipt must carry: over everything in it but `hash` itself. */
export function receiptHash(receipt: Omit<Receipt, 'hash'> | Receipt): string {
  const { hash: _ignored, ...content } = receipt as Receipt;
  return bytesToHex(sha256(utf8ToBytes(canonicalJson(content))));
}

/** Places `body` after `head`: the receipt, and the new head. */
export function appendReceipt(head: ChainHead, body: ReceiptBody): { receipt: Receipt; head: ChainHead } {
  const unhashed = { ...body, seq: head.seq + 1, prev: head.hash };
  const receipt: Receipt = { ...unhashed, hash: receiptHash(unhashed) };
  return { receipt, head: { seq: receipt.seq, hash: receipt.hash } };
}

/** One thing wrong with a chain or its checkpoints, at a receipt's seq. */
export interface ChainProblem {
  tenant: string;
  seq: number;
  kind:
    | 'hash_mismatch'
    | 'prev_mismatch'
    | 'gap'
    | 'duplicate'
    | 'out_of_order'
    | 'checkpoint_mismatch'
    | 'checkpoint_beyond_chain'
    | 'checkpoint_unsigned'
    | 'checkpoint_bad_signature';
  message: string;
}

/**
 * Checks one tenant's receipts, given in the order they were stored: each hash matches its content, seqs
 * run 1, 2, 3… without gaps, repeats or going back, and each `prev` is the previous receipt's hash.
 */
export function verifyChain(tenant: string, stored: readonly Receipt[]): ChainProblem[] {
  const problems: ChainProblem[] = [];
  const problem = (seq: number, kind: ChainProblem['kind'], message: string) => problems.push({ tenant, seq, kind, message });
  for (let i = 1; i < stored.length; i++) {
    const [before, r] = [stored[i - 1]!, stored[i]!];
    if (r.seq < before.seq) problem(r.seq, 'out_of_order', `receipt ${r.seq} is stored after receipt ${before.seq}`);
  }
  const bySeq = [...stored].sort((a, b) => a.seq - b.seq);
  let expected: ChainHead = EMPTY_HEAD;
  for (const r of bySeq) {
    if (receiptHash(r) !== r.hash) problem(r.seq, 'hash_mismatch', `receipt ${r.seq}: its content does not match its hash (edited)`);
    if (r.seq === expected.seq) {
      problem(r.seq, 'duplicate', `receipt ${r.seq} appears more than once`);
      continue;
    }
    if (r.seq > expected.seq + 1)
      problem(r.seq, 'gap', `receipts ${seqRange(expected.seq + 1, r.seq - 1)} missing before receipt ${r.seq}`);
    else if (r.prev !== expected.hash)
      problem(r.seq, 'prev_mismatch', `receipt ${r.seq}: prev does not match receipt ${expected.seq}'s hash`);
    expected = { seq: r.seq, hash: r.hash };
  }
  return problems;
}

function seqRange(from: number, to: number): string {
  return from === to ? String(from) : `${from}–${to}`;
}
