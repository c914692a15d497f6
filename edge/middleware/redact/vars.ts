// What redact() leaves on the context: the body to send instead of the client's, and the mapping that puts
// the values back (in memory, for this request only — nothing reads it for logs, metrics or receipts; the
// receipt takes the counts by type only).
import type { RedactionMapping } from '../../../shared/core/redact/index.ts';
import type { PiiType } from '../../../shared/core/pii/types.ts';

export interface Redaction {
  /** The request body with every PII value replaced by its placeholder; it scanned clean. */
  body: unknown;
  mapping: RedactionMapping;
  /** Distinct values redacted per type (names and numbers only). */
  counts: Partial<Record<PiiType, number>>;
}

export interface RedactVars {
  /** Set only when the request goes out redacted. */
  redaction: Redaction;
}
