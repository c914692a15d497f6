// The run step on its own: a Hono app whose first middleware leaves on the context what the earlier steps
// would (the default policy, the request parsed, inspected and decided by the real code), then run() with
// an executor and target clients that record what they were handed.
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { inspectRequest } from '../../../shared/core/inspect/index.ts';
import { evaluatePolicy, loadPolicy, type CompiledPolicy } from '../../../shared/core/policy/index.ts';
import defaultPolicyText from '../../../shared/core/policy/policies/default.yaml';
import { parseRequestBody } from '../../../shared/protocol/http/body.ts';
import { childSpan, parseTraceparent } from '../../../shared/protocol/telemetry/index.ts';
import type { Env } from '../../env.ts';
import type { TargetClient } from '../../targets/target.ts';
import type { AuthVars } from '../auth/vars.ts';
import type { BodyVars } from '../body/vars.ts';
import type { DecideVars } from '../decide/vars.ts';
import type { InspectVars } from '../inspect/vars.ts';
import type { StickyVars } from '../sticky/vars.ts';
import type { TelemetryVars } from '../telemetry/vars.ts';
import { run, type RunOptions } from './index.ts';
import type { RunVars } from './vars.ts';

type Given = {
  Bindings: Env;
  Variables: RunVars & DecideVars & InspectVars & BodyVars & AuthVars & TelemetryVars & Partial<StickyVars>;
};

function defaultPolicy(): CompiledPolicy {
  const loaded = loadPolicy(defaultPolicyText, 'default.yaml');
  if (!loaded.ok) throw new Error('the default policy does not load');
  return loaded.policy;
}

/** An app that runs a chat request `content` through run(), with the context the earlier steps leave. */
function appFor(content: string, traceparent: string, options: RunOptions, sticky = false) {
  const policy = defaultPolicy();
  const app = new Hono<Given>();
  app.use('*', async (c, next) => {
    const requestId = 'req-run-1';
    const trace = childSpan(parseTraceparent(traceparent)!);
    const request = parseRequestBody(
      new TextEncoder().encode(JSON.stringify({ model: 'triage-small', messages: [{ role: 'user', content }] })),
      'chat',
    );
    const inspection = inspectRequest(request, [requestId, trace.traceId]);
    const decision = evaluatePolicy(policy, {
      ...inspection,
      model: request.body.model,
      task: request.task,
      tenant: 'acme',
      metadata: {},
      headers: {},
      requestId,
    });
    if (decision.kind !== 'route') throw new Error('the default policy routes a plain chat request');
    c.set('requestId', requestId);
    c.set('trace', trace);
    c.set('timings', {});
    c.set('request', request);
    c.set('inspection', inspection);
    c.set('caller', { keyId: 'k1', tenant: 'acme', record: { tenant: 'acme', sha256: '0'.repeat(64) }, keyLimits: {}, tenantLimits: {} });
    c.set('policy', policy);
    c.set('decision', decision);
    c.set('routeDecision', decision);
    if (sticky) c.set('sticky', { sticky: true, cause: 'earlier' });
    await next();
    c.header('x-test-trace-span', trace.spanId);
  });
  app.post('/v1/chat/completions', run(options));
  return app;
}

describe('run step', () => {
  it('each call to a target gets its own child span of the request trace', async () => {
    const seen: string[] = [];
    const execute: NonNullable<RunOptions['execute']> = async (o) => {
      for (const name of ['edge-small', 'cloud-gpu']) {
        const t = o.targets.get(name)!;
        await t.call({ ...o.request, upstreamModel: 'm', signal: new AbortController().signal });
        await t.call({ ...o.request, upstreamModel: 'm', signal: new AbortController().signal });
      }
      return { response: Response.json({}), target: o.targets.get('cloud-gpu')!, tried: ['edge-small'] };
    };
    const recording: NonNullable<RunOptions['createTargetClients']> = (spec) =>
      new Map(
        Object.entries(spec.targets).map(([name, t]): [string, TargetClient] => [
          name,
          { name, kind: t.kind, spec: t, call: async (r) => (seen.push(r.traceparent), new Response()) },
        ]),
      );
    const app = appFor('trace me', '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01', {
      execute,
      createTargetClients: recording,
    });
    const res = await app.request('/v1/chat/completions', { method: 'POST' }, {} as Env);
    expect(res.status).toBe(200);
    expect(seen).toHaveLength(4);
    expect(new Set(seen).size).toBe(4);
    for (const tp of seen) expect(tp).toMatch(/^00-0af7651916cd43dd8448eb211c80319c-[0-9a-f]{16}-01$/);
    expect(seen.map((tp) => tp.split('-')[2])).not.toContain(res.headers.get('x-test-trace-span'));
  });

  it('hands the executor only on-prem targets for a sticky session, whatever the decision says (defence in depth)', async () => {
    let handed: { targets: string[]; sticky: boolean | undefined } | undefined;
    const execute: NonNullable<RunOptions['execute']> = async (o) => {
      handed = { targets: [...o.targets.keys()], sticky: o.request.sticky };
      return { response: Response.json({}), target: o.targets.get('onprem-gpu')!, tried: [] };
    };
    // A plain chat the default policy routes to edge-small: as if the decision had missed the session.
    const app = appFor('hello', '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01', { execute }, true);
    expect((await app.request('/v1/chat/completions', { method: 'POST' }, {} as Env)).status).toBe(200);
    expect(handed).toEqual({ targets: ['onprem-gpu'], sticky: true });
  });
});
