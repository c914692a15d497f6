// Step: run the decided request on its target and answer with the target's Response — the route's handler,
// the last step. The executor (../../execute.ts) does the work: fallbacks in the decision's order, retries,
// timeouts, circuit breakers.
//
//   app.post('/v1/chat/completions', ..., decide({ store }), cache(), run())
//   // then: c.get('outcome') → { target, kind, fallbacks } (the decision headers and the log line name it)
//
// Target clients are built once per policy version (and bindings object). Defence in depth for the hard
// rule: the executor is only handed the clients of targets that may receive this request, and each call to
// a target (every attempt, every fallback) is its own child span of this request's trace.
//
// A request the redact step redacted (`redaction`) goes out as its redacted body, which scanned clean: the
// targets are told of no PII, and only onprem targets and those that may receive it redacted are handed over;
// an onprem target among them is sent the client's body unredacted.
//
// Sets `outcome` (RunVars), also when the executor failed after trying targets. Reads `routeDecision`,
// `policy` (decide), `redaction` (redact, when set), `inspection`, `request`, `caller` and `requestId`,
// `trace`, `timings` (telemetry).
import type { Context, Handler } from 'hono';
import { mayReceive, type CompiledPolicy, type TargetSpec } from '../../../shared/core/policy/index.ts';
import { mayReceiveRedacted } from '../../../shared/core/policy/redaction.ts';
import { childSpan, formatTraceparent, type TraceContext } from '../../../shared/protocol/telemetry/index.ts';
import type { Env } from '../../env.ts';
import { ExecuteError, execute as realExecute, type ExecuteRequest } from '../../execute.ts';
import { createTargetClients as realCreateTargetClients } from '../../targets/index.ts';
import type { TargetClient, TargetRequest } from '../../targets/target.ts';
import type { AuthVars } from '../auth/vars.ts';
import type { BodyVars } from '../body/vars.ts';
import type { DecideVars } from '../decide/vars.ts';
import type { InspectVars } from '../inspect/vars.ts';
import { askForUsage } from '../rate-limit/usage.ts';
import type { RedactVars } from '../redact/vars.ts';
import type { StickyVars } from '../sticky/vars.ts';
import { timed } from '../telemetry/timings.ts';
import type { TelemetryVars } from '../telemetry/vars.ts';
import type { Outcome, RunVars } from './vars.ts';

export interface RunOptions {
  /** Seams for tests; the defaults are the real executor and target clients. */
  execute?: typeof realExecute;
  createTargetClients?: typeof realCreateTargetClients;
}

type RunEnv = {
  Bindings: Env;
  Variables: RunVars & Partial<RedactVars & StickyVars> & DecideVars & InspectVars & BodyVars & AuthVars & TelemetryVars;
};

export function run(options: RunOptions = {}): Handler<RunEnv> {
  const execute = options.execute ?? realExecute;
  const clientsFor = clientsByPolicy(options.createTargetClients ?? realCreateTargetClients);
  return async function run(c) {
    const policy = c.get('policy');
    const targets = receivingClients(clientsFor(policy, c.env), mayCall(c), onpremGetsOriginal(c), c.get('trace'));
    try {
      const { response, target, tried, failed } = await timed(c.get('timings'), 'execute', () =>
        execute({ decision: c.get('routeDecision'), request: executeRequest(c), targets, signal: c.req.raw.signal }),
      );
      c.set('outcome', {
        target: target.name,
        kind: target.kind,
        fallbacks: tried.filter((t) => t !== target.name),
        ...(failed ? { failed } : {}),
      });
      return response;
    } catch (err) {
      const outcome = failedOutcome(err, policy);
      if (outcome) c.set('outcome', outcome);
      throw err;
    }
  };
}

/** The policy's target clients, built once per policy version and bindings object. */
function clientsByPolicy(create: typeof realCreateTargetClients): (policy: CompiledPolicy, env: Env) => ReadonlyMap<string, TargetClient> {
  const built = new WeakMap<CompiledPolicy, { env: Env; clients: Map<string, TargetClient> }>();
  return (policy, env) => {
    let entry = built.get(policy);
    if (!entry || entry.env !== env) built.set(policy, (entry = { env, clients: create(policy.spec, env) }));
    return entry.clients;
  };
}

/**
 * Which targets may receive this request: as inspected (a sticky session counting like PII), or — redacted —
 * onprem and those allowing it redacted.
 */
function mayCall(c: Context<RunEnv>): (spec: TargetSpec) => boolean {
  const found = { ...c.get('inspection'), sticky: isSticky(c) };
  if (!c.get('redaction')) return (spec) => mayReceive(spec, found);
  return (spec) => spec.kind === 'onprem' || mayReceiveRedacted(spec, found);
}

const isSticky = (c: Context<RunEnv>) => c.get('sticky')?.sticky === true;

type Adapt = (kind: TargetSpec['kind'], req: TargetRequest) => TargetRequest;

/**
 * Redacted, an onprem target (a fallback, or the one the request went to) is sent the client's body as it
 * was, with its PII types: nothing needs hiding from it, and its answer then has no placeholders to restore.
 */
function onpremGetsOriginal(c: Context<RunEnv>): Adapt {
  if (!c.get('redaction')) return (_, req) => req;
  const { body } = c.get('request');
  const { piiTypes } = c.get('inspection');
  return (kind, req) => (kind === 'onprem' ? { ...req, body, piiTypes } : req);
}

/** The clients of the targets that may receive this request, each call a child span of the request's trace. */
function receivingClients(
  clients: ReadonlyMap<string, TargetClient>,
  may: (spec: TargetSpec) => boolean,
  adapt: Adapt,
  trace: TraceContext,
): Map<string, TargetClient> {
  const receiving = new Map<string, TargetClient>();
  for (const [name, t] of clients) {
    if (t.kind !== t.spec.kind || !may(t.spec)) continue;
    receiving.set(name, {
      name: t.name,
      kind: t.kind,
      spec: t.spec,
      call: (req) => t.call({ ...adapt(t.kind, req), traceparent: formatTraceparent(childSpan(trace)) }),
    });
  }
  return receiving;
}

function executeRequest(c: Context<RunEnv>): ExecuteRequest {
  const { task, body } = c.get('request');
  const { piiTypes, unscanned, stream } = c.get('inspection');
  // Redacted, what goes out is the redacted body, which scanned clean.
  const redaction = c.get('redaction');
  return {
    task,
    // A chat stream asks for its usage chunk (the rate-limit step reads it, and strips it if the client did not ask).
    body: askForUsage(task, stream, redaction ? (redaction.body as typeof body) : body),
    stream,
    requestId: c.get('requestId'),
    tenant: c.get('caller').tenant,
    piiTypes: redaction ? [] : piiTypes,
    unscanned,
    ...(isSticky(c) ? { sticky: true } : {}),
    traceparent: formatTraceparent(c.get('trace')), // each target call replaces it with its own child span
  };
}

/** After a failure: the last target tried (whose error the response is) and the ones tried before it. */
function failedOutcome(err: unknown, policy: CompiledPolicy): Outcome | undefined {
  const tried: unknown = typeof err === 'object' && err !== null && 'tried' in err ? err.tried : undefined;
  if (!Array.isArray(tried) || tried.length === 0) return undefined;
  const last = String(tried[tried.length - 1]);
  const kind = policy.targets.get(last)?.kind;
  const failed = err instanceof ExecuteError ? err.failed : {};
  return kind ? { target: last, kind, fallbacks: tried.slice(0, -1).map(String), failed } : undefined;
}
