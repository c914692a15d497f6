// What auth() leaves on the context: the authenticated caller (types only).
import type { KeyRecord } from '../../../shared/protocol/auth/api-keys.ts';
import type { Limits } from '../rate-limit/limiter.ts';

export interface Caller {
  keyId: string;
  tenant: string;
  record: KeyRecord;
  /** Limits of the key and of its tenant, defaults applied. */
  keyLimits: Limits;
  tenantLimits: Limits;
}

export interface AuthVars {
  caller: Caller;
}
