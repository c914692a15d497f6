// A decision receipt: what the edge decided for one request and where the request really ran — the record an
// auditor reads, one per routing decision (refusals included). Built from closed fields only: type names,
// kinds, ids, versions, counts. Never prompt text, PII values, metadata or header values, session ids.
//
// `features` are what a policy replay needs to decide the request again without its text (the task, the
// policy-declared model alias, streaming, the token estimate, PII types, unscanned kinds).
import { z } from 'zod';
import { UNSCANNED_KINDS, type UnscannedKind } from '../inspect/unscanned.ts';
import { PII_TYPES, type PiiType } from '../pii/types.ts';
import { TARGET_KINDS, TASKS, type TargetKind, type Task } from '../policy/schema.ts';

export const RECEIPT_VERSION = 1;

/** A target tried before the one that answered, and why it did not (an error code, when known). */
export interface FallbackTried {
  target: string;
  code?: string;
}

/** Entities replaced by placeholders before the request left (redact-and-restore): type and how many. */
export interface RedactionCount {
  type: PiiType;
  count: number;
}

/** Where a policy would send (or refuse) a request: no features, no text (shared/core/shadow/compare.ts). */
export interface RoutedAs {
  policy_version: string;
  rule: string;
  decision: 'route' | 'refuse';
  /** The decided target (the first choice, before any fallback); null for a refusal. */
  target: string | null;
  target_kind: TargetKind | null;
  /** A refusal's code (`pii_no_onprem`, …). */
  refusal?: string;
}

/** What the shadow policy (KV `policy/shadow`) would have decided for the request; it decided nothing. */
export interface ShadowRecord extends RoutedAs {
  /** Whether the live policy decided the same destination (same target, or the same refusal). */
  same: boolean;
}

export interface DecisionFeatures {
  task: Task;
  /** The model alias, only when the policy declares it (a free-form client string is not kept). */
  model?: string;
  stream: boolean;
  estimated_tokens: number;
  pii: PiiType[];
  unscanned: UnscannedKind[];
}

/** A receipt before the chain places it (the tenant's log assigns seq, prev and hash). */
export interface ReceiptBody {
  v: typeof RECEIPT_VERSION;
  /** When the request ended at the edge (ISO 8601, UTC). */
  time: string;
  tenant: string;
  key_id: string;
  request_id: string;
  policy_version: string;
  /** The rule that decided, or 'default'. */
  rule: string;
  decision: 'route' | 'refuse';
  /** A refusal's code (`pii_no_onprem`, …). */
  refusal?: string;
  /** The rule detectors' version (versions.ts) and the learned tagger's, when one ran beside them. */
  detector_version: string;
  tagger_version?: string;
  pii_types: PiiType[];
  unscanned: UnscannedKind[];
  /** `full`: every part of the request was scanned; `partial`: some content could not be (see `unscanned`). */
  coverage: 'full' | 'partial';
  /** Where the request really ran (the answering target, or the last one tried); null when it ran nowhere. */
  target: string | null;
  target_kind: TargetKind | null;
  /** Targets tried before `target`, in order. */
  fallbacks: FallbackTried[];
  /** The HTTP status the client got, and the error code when it was an error. */
  status: number;
  error_code?: string;
  redactions?: RedactionCount[];
  sticky?: boolean;
  shadow?: ShadowRecord;
  features: DecisionFeatures;
}

/** A receipt in its tenant's chain: `prev` is the previous receipt's hash (GENESIS for seq 1). */
export interface Receipt extends ReceiptBody {
  seq: number;
  prev: string;
  hash: string;
}

const Hex64 = z.string().regex(/^[0-9a-f]{64}$/);
const Code = z.string().regex(/^[A-Za-z0-9_.:-]{1,128}$/);

const FeaturesSchema = z.strictObject({
  task: z.enum(TASKS),
  model: z.string().max(256).optional(),
  stream: z.boolean(),
  estimated_tokens: z.number().int().nonnegative(),
  pii: z.array(z.enum(PII_TYPES)),
  unscanned: z.array(z.enum(UNSCANNED_KINDS)),
});

/** A receipt as read back from storage: closed (an unknown field is an error, not carried along). */
export const ReceiptSchema = z.strictObject({
  v: z.literal(RECEIPT_VERSION),
  seq: z.number().int().positive(),
  prev: Hex64,
  hash: Hex64,
  time: z.iso.datetime(),
  tenant: z.string().min(1),
  key_id: z.string(),
  request_id: z.string(),
  policy_version: z.string(),
  rule: z.string(),
  decision: z.enum(['route', 'refuse']),
  refusal: Code.optional(),
  detector_version: z.string(),
  tagger_version: z.string().optional(),
  pii_types: z.array(z.enum(PII_TYPES)),
  unscanned: z.array(z.enum(UNSCANNED_KINDS)),
  coverage: z.enum(['full', 'partial']),
  target: z.string().nullable(),
  target_kind: z.enum(TARGET_KINDS).nullable(),
  fallbacks: z.array(z.strictObject({ target: z.string(), code: Code.optional() })),
  status: z.number().int(),
  error_code: Code.optional(),
  redactions: z.array(z.strictObject({ type: z.enum(PII_TYPES), count: z.number().int().positive() })).optional(),
  sticky: z.boolean().optional(),
  shadow: z
    .strictObject({
      policy_version: z.string(),
      rule: z.string(),
      decision: z.enum(['route', 'refuse']),
      target: z.string().nullable(),
      target_kind: z.enum(TARGET_KINDS).nullable(),
      refusal: Code.optional(),
      same: z.boolean(),
    })
    .optional(),
  features: FeaturesSchema,
});
