// Step: a signed decision receipt for every request that reached a routing decision (refusals and requests
// that failed after it included), taken once the response is known and handed to the tenant's ReceiptLog
// (log.ts) through waitUntil — the client never waits for it — with the isolate's other receipts for that
// tenant of the same few ms, in one call (edge/durable-batches.ts).
//
//   app.use('*', telemetry(...)); app.use('*', decisionHeaders()); app.use('*', receipts())
//
// The receipt holds closed values only (shared/core/receipts/receipt.ts): type names, kinds, ids, versions,
// the target that really ran the request. Reads `decision`, `policy` (decide), `shadowDecision` (shadow),
// `redaction` (redact: types and counts only), `inspection`, `caller`,
// `requestId`, `outcome` (run/cache) and the response's status; sets nothing.
import type { Context, MiddlewareHandler } from 'hono';
import type { Decision } from '../../../shared/core/policy/index.ts';
import { PII_TYPES } from '../../../shared/core/pii/types.ts';
import { receiptBody, type ReceiptBody, type RedactionCount, type ShadowRecord } from '../../../shared/core/receipts/index.ts';
import { routedAs, sameDestination } from '../../../shared/core/shadow/compare.ts';
import { ApiError } from '../../../shared/protocol/openai/errors.ts';
import { consoleSink, formatLog, type LogSink } from '../../../shared/protocol/telemetry/index.ts';
import { DurableBatches } from '../../durable-batches.ts';
import { objectStub } from '../../durable-ids.ts';
import type { Env } from '../../env.ts';
import type { AuthVars } from '../auth/vars.ts';
import type { DecideVars } from '../decide/vars.ts';
import type { InspectVars } from '../inspect/vars.ts';
import type { RedactVars } from '../redact/vars.ts';
import type { RunVars } from '../run/vars.ts';
import type { ShadowVars } from '../shadow/vars.ts';
import type { TelemetryVars } from '../telemetry/vars.ts';
import { BATCH_SIZE } from './log.ts';

export { ReceiptLog } from './log.ts';

export interface ReceiptsOptions {
  log?: LogSink;
  now?: () => Date;
}

type ReceiptsEnv = {
  Bindings: Env;
  Variables: TelemetryVars & Partial<AuthVars & InspectVars & DecideVars & RunVars & RedactVars> & ShadowVars;
};

export function receipts(options: ReceiptsOptions = {}): MiddlewareHandler<ReceiptsEnv> {
  const log = options.log ?? consoleSink;
  const now = options.now ?? (() => new Date());
  let saidDisabled = false;
  let batches: DurableBatches<ReceiptBody> | undefined;
  let boundTo: unknown;
  return async function receipts(c, next) {
    try {
      await next();
    } finally {
      const body = receiptOf(c, now());
      if (body) {
        const ns = c.env.RECEIPT_LOG;
        if (ns && c.env.RECEIPTS) {
          if (!batches || boundTo !== ns) {
            batches = appendBatches(ns);
            boundTo = ns;
          }
          keep(c, batches, body, log);
        } else if (!saidDisabled) {
          saidDisabled = true;
          log(formatLog({ ts: now().toISOString(), level: 'warn', msg: 'receipts_disabled', reason: 'RECEIPT_LOG or RECEIPTS not bound' }));
        }
      }
    }
  };
}

/** The receipt of this request, if it got as far as a decision. */
function receiptOf(c: Context<ReceiptsEnv>, time: Date): ReceiptBody | undefined {
  const decision = c.get('decision');
  const caller = c.get('caller');
  const inspection = c.get('inspection');
  if (!decision || !caller || !inspection) return undefined;
  const declared = c.get('policy')?.spec.models;
  const outcome = c.get('outcome');
  const errorCode = c.error instanceof ApiError ? (c.error.code ?? c.error.type) : c.error ? 'internal_error' : undefined;
  return receiptBody({
    time,
    tenant: caller.tenant,
    keyId: caller.keyId,
    requestId: c.get('requestId'),
    decision,
    inspection,
    ...(outcome ? { outcome, ...(outcome.failed ? { fallbackCodes: outcome.failed } : {}) } : {}),
    modelDeclared: !!declared && Object.hasOwn(declared, inspection.model),
    status: c.res.status,
    ...(errorCode ? { errorCode } : {}),
    ...shadowOf(c, decision),
    ...redactionsOf(c),
  });
}

/**
 * What left redacted (redact step): distinct values replaced, by type — the report counts such a request as
 * `redacted`, not as PII sent as found. None when an onprem target answered: it was sent the original body.
 */
function redactionsOf(c: Context<ReceiptsEnv>): { redactions?: RedactionCount[] } {
  const redaction = c.get('redaction');
  const outcome = c.get('outcome');
  if (!redaction || !outcome || outcome.kind === 'onprem') return {};
  const counts = PII_TYPES.flatMap((type) => (redaction.counts[type] ? [{ type, count: redaction.counts[type] }] : []));
  return counts.length ? { redactions: counts } : {};
}

/** The shadow policy's decision beside the live one (shadow step), with whether they agree. */
function shadowOf(c: Context<ReceiptsEnv>, live: Decision): { shadow?: ShadowRecord } {
  const shadow = c.get('shadowDecision');
  return shadow ? { shadow: { ...shadow, same: sameDestination(routedAs(live), shadow) } } : {};
}

/** The isolate's receipts per tenant, a batch at a time (BATCH_SIZE at most: a full batch makes the log write to R2 at once). */
function appendBatches(ns: NonNullable<Env['RECEIPT_LOG']>): DurableBatches<ReceiptBody> {
  return new DurableBatches(
    (tenant, bodies) =>
      objectStub(ns, tenant)
        .appendAll(bodies)
        .then(() => undefined),
    BATCH_SIZE,
  );
}

/** Appends to the tenant's chain after the response; a failure is logged by code, never with content. */
function keep(c: Context<ReceiptsEnv>, batches: DurableBatches<ReceiptBody>, body: ReceiptBody, log: LogSink): void {
  const appended = batches.add(body.tenant, body).then(
    () => undefined,
    (err: unknown) =>
      log(
        formatLog({
          ts: new Date().toISOString(),
          level: 'error',
          msg: 'receipt_append_failed',
          request_id: body.request_id,
          tenant: body.tenant,
          error_name: err instanceof Error ? err.name : 'unknown',
        }),
      ),
  );
  try {
    c.executionCtx.waitUntil(appended);
  } catch {
    // No execution context (an app called without one, in tests): the append still runs, unawaited.
  }
}
