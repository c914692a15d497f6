// Signed decision receipts: one per routing decision, hash-chained per tenant, checkpointed with Ed25519.
// Pure (Web Crypto and @noble/hashes): the edge writes them, the `triage audit` command verifies and reports.
export { receiptBody, type ReceiptInput } from './build.ts';
export { appendReceipt, EMPTY_HEAD, GENESIS, receiptHash, verifyChain, type ChainHead, type ChainProblem } from './chain.ts';
export {
  CheckpointSchema,
  checkpointSignatureValid,
  importPublicKey,
  importSigningKey,
  makeCheckpoint,
  toBase64,
  type Checkpoint,
  type CryptoKey,
  type SigningKey,
} from './checkpoint.ts';
export {
  RECEIPT_VERSION,
  ReceiptSchema,
  type DecisionFeatures,
  type FallbackTried,
  type Receipt,
  type ReceiptBody,
  type ShadowRecord,
  type RedactionCount,
} from './receipt.ts';
export { receiptObjectKey, checkpointObjectKey, RECEIPTS_PREFIX, CHECKPOINTS_PREFIX } from './storage.ts';
export { verifyReceipts, type TenantSummary, type Verification, type VerifyInput } from './verify.ts';
export { DETECTOR_VERSION } from './versions.ts';
export {
  buildReport,
  SENSITIVITIES,
  onpremOnly,
  sensitivityOf,
  STATEMENT,
  type AuditReport,
  type BreakingReceipt,
  type OnpremAuditLine,
  type RanOn,
  type ReportInput,
  type Sensitivity,
} from './report.ts';
