// What the edge knows at the end of a request → a receipt body. Takes only closed values: the decision, the
// inspection's names and counts, the outcome's target names, the response status and error code.
import type { Inspection } from '../inspect/index.ts';
import type { Decision, TargetKind } from '../policy/types.ts';
import { RECEIPT_VERSION, type FallbackTried, type ReceiptBody, type RedactionCount, type ShadowRecord } from './receipt.ts';
import { DETECTOR_VERSION } from './versions.ts';

export interface ReceiptInput {
  time: Date;
  tenant: string;
  keyId: string;
  requestId: string;
  decision: Decision;
  inspection: Inspection;
  /** Where the request ran (or the last target tried): absent when it ran nowhere. */
  outcome?: { target: string; kind: TargetKind; fallbacks: readonly string[] };
  /** Whether the policy declares the requested model alias (else the client's string is not kept). */
  modelDeclared: boolean;
  status: number;
  errorCode?: string;
  /** Why each fallback was left, by target name, where the executor says. */
  fallbackCodes?: Readonly<Record<string, string>>;
  /** Entities replaced by placeholders before the request left (redact-and-restore), by type. */
  redactions?: readonly RedactionCount[];
  /** Whether the conversation was held on-prem by sticky sensitivity (default: what the decision says). */
  sticky?: boolean;
  /** What the shadow policy would have decided, when one is set. */
  shadow?: ShadowRecord;
}

export function receiptBody(input: ReceiptInput): ReceiptBody {
  const { decision, inspection, outcome } = input;
  const body: ReceiptBody = {
    v: RECEIPT_VERSION,
    time: input.time.toISOString(),
    tenant: input.tenant,
    key_id: input.keyId,
    request_id: input.requestId,
    policy_version: decision.policyVersion,
    rule: decision.rule,
    decision: decision.kind,
    detector_version: DETECTOR_VERSION,
    pii_types: [...inspection.piiTypes],
    unscanned: [...inspection.unscanned],
    coverage: inspection.unscanned.length === 0 ? 'full' : 'partial',
    target: outcome?.target ?? null,
    target_kind: outcome?.kind ?? null,
    fallbacks: (outcome?.fallbacks ?? []).map((target) => fallbackTried(target, input.fallbackCodes)),
    status: input.status,
    features: {
      task: inspection.task,
      ...(input.modelDeclared ? { model: inspection.model } : {}),
      stream: inspection.stream,
      estimated_tokens: inspection.estimatedTokens,
      pii: [...inspection.piiTypes],
      unscanned: [...inspection.unscanned],
    },
  };
  if (decision.kind === 'refuse') body.refusal = decision.code;
  if (inspection.tagger) body.tagger_version = inspection.tagger.version;
  if (input.errorCode) body.error_code = input.errorCode;
  if (input.redactions?.length) body.redactions = input.redactions.map((r) => ({ type: r.type, count: r.count }));
  const sticky = input.sticky ?? decision.sticky;
  if (sticky !== undefined) body.sticky = sticky;
  if (input.shadow) body.shadow = { ...input.shadow };
  return body;
}

function fallbackTried(target: string, codes: Readonly<Record<string, string>> | undefined): FallbackTried {
  const code = codes && Object.hasOwn(codes, target) ? codes[target] : undefined;
  return code ? { target, code } : { target };
}
