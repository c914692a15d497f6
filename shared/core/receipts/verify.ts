// Verifying what an auditor pulled: every tenant's chain (chain.ts) and its checkpoints — each must pin a
// receipt that is there with the same hash, and, given the public key, carry a valid signature.
import { verifyChain, type ChainProblem } from './chain.ts';
import { checkpointSignatureValid, type Checkpoint, type CryptoKey } from './checkpoint.ts';
import type { Receipt } from './receipt.ts';

export interface TenantSummary {
  tenant: string;
  receipts: number;
  lastSeq: number;
  checkpoints: number;
  /** The highest seq a valid signed checkpoint vouches for (0: none). */
  signedThrough: number;
}

export interface Verification {
  problems: ChainProblem[];
  tenants: TenantSummary[];
}

export interface VerifyInput {
  /** In the order they were stored (files by name, lines in order). */
  receipts: readonly Receipt[];
  checkpoints: readonly Checkpoint[];
  /** Without it, signatures are not checked (the chains and the checkpoints' hashes still are). */
  publicKey?: CryptoKey;
}

export async function verifyReceipts(input: VerifyInput): Promise<Verification> {
  const tenants = [...new Set([...input.receipts.map((r) => r.tenant), ...input.checkpoints.map((c) => c.tenant)])].sort();
  const problems: ChainProblem[] = [];
  const summaries: TenantSummary[] = [];
  for (const tenant of tenants) {
    const receipts = input.receipts.filter((r) => r.tenant === tenant);
    const checkpoints = input.checkpoints.filter((c) => c.tenant === tenant);
    problems.push(...verifyChain(tenant, receipts));
    const checked = await verifyCheckpoints(tenant, receipts, checkpoints, input.publicKey);
    problems.push(...checked.problems);
    const lastSeq = receipts.reduce((m, r) => Math.max(m, r.seq), 0);
    summaries.push({ tenant, receipts: receipts.length, lastSeq, checkpoints: checkpoints.length, signedThrough: checked.signedThrough });
  }
  return { problems, tenants: summaries };
}

async function verifyCheckpoints(
  tenant: string,
  receipts: readonly Receipt[],
  checkpoints: readonly Checkpoint[],
  publicKey: CryptoKey | undefined,
): Promise<{ problems: ChainProblem[]; signedThrough: number }> {
  const hashes = new Map(receipts.map((r) => [r.seq, r.hash]));
  const problems: ChainProblem[] = [];
  let signedThrough = 0;
  for (const cp of checkpoints) {
    const at = hashes.get(cp.seq);
    if (at === undefined) {
      problems.push({
        tenant,
        seq: cp.seq,
        kind: 'checkpoint_beyond_chain',
        message: `checkpoint at ${cp.seq}: receipt ${cp.seq} is missing`,
      });
    } else if (at !== cp.hash) {
      problems.push({
        tenant,
        seq: cp.seq,
        kind: 'checkpoint_mismatch',
        message: `checkpoint at ${cp.seq}: receipt ${cp.seq}'s hash differs`,
      });
    }
    if (!publicKey) continue;
    if (!cp.signature) {
      problems.push({ tenant, seq: cp.seq, kind: 'checkpoint_unsigned', message: `checkpoint at ${cp.seq} is not signed` });
    } else if (!(await checkpointSignatureValid(cp, publicKey))) {
      problems.push({ tenant, seq: cp.seq, kind: 'checkpoint_bad_signature', message: `checkpoint at ${cp.seq}: signature invalid` });
    } else if (at === cp.hash) {
      signedThrough = Math.max(signedThrough, cp.seq);
    }
  }
  return { problems, signedThrough };
}
