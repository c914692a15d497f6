// Reading the edge's informational headers (tenant, decision, PII types, unscanned kinds, deadline). The
// signature covers every one of them (shared/protocol/signing SIGNED_HEADERS), so on a signed request they are the
// edge's word; still, they are text from the network: only values of an expected shape are kept, so nothing
// arbitrary (let alone request content) reaches the audit log or a metric label. Read by the steps that use
// them: auth (tenant), inspect (rule, policy, PII types, unscanned kinds), admission (time budget).
import { UNSCANNED_KINDS, type UnscannedKind } from '../../shared/core/inspect/unscanned.ts';
import { PII_TYPES, type PiiType } from '../../shared/core/pii/types.ts';
import type { SignedHeader } from '../../shared/protocol/signing/index.ts';

/** Headers the edge sends besides the signature (edge/targets/onprem.ts), all of them signed. */
export const TRIAGE_HEADERS = {
  tenant: 'x-triage-tenant',
  rule: 'x-triage-rule',
  policy: 'x-triage-policy',
  pii: 'x-triage-pii',
  /** Content kinds the edge could not scan (shared/core/inspect/unscanned.ts), comma-separated, or `none`. */
  unscanned: 'x-triage-unscanned',
  /** The caller's remaining time budget in ms: shortens the queue wait and the request timeout. */
  timeout: 'x-triage-timeout-ms',
} as const satisfies Record<string, SignedHeader>;

const LABEL = /^[A-Za-z0-9._:@/-]{1,128}$/;

/** A name-like value (tenant, rule, policy hash), or undefined if absent or not name-like. */
export function headerLabel(v: string | undefined): string | undefined {
  const t = v?.trim();
  return t && LABEL.test(t) ? t : undefined;
}

/** `EMAIL,PHONE` / `none` → known type names; undefined when the header is absent. Unknown names are dropped. */
export function piiHeader(v: string | undefined): PiiType[] | undefined {
  if (v === undefined) return undefined;
  const names = new Set(v.split(',').map((s) => s.trim().toUpperCase()));
  return PII_TYPES.filter((t) => names.has(t));
}

/** `image,token_ids` / `none` → known kind names; undefined when the header is absent. Unknown names are dropped. */
export function unscannedHeader(v: string | undefined): UnscannedKind[] | undefined {
  if (v === undefined) return undefined;
  const names = new Set(v.split(',').map((s) => s.trim().toLowerCase()));
  return UNSCANNED_KINDS.filter((k) => names.has(k));
}

/** A positive integer number of ms, else undefined. */
export function timeoutHeader(v: string | undefined): number | undefined {
  const t = v?.trim();
  if (!t || !/^\d{1,9}$/.test(t)) return undefined;
  const n = Number(t);
  return n > 0 ? n : undefined;
}
