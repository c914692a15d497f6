// The redact step on its own: a Hono app whose first middleware leaves on the context what the earlier steps
// would (the request parsed, inspected and decided by the real code), then redact(), then a stand-in for run()
// that records what it was handed and answers as told.
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { inspectRequest } from '../../../shared/core/inspect/index.ts';
import { PII_TYPES } from '../../../shared/core/pii/types.ts';
import { compilePolicy, evaluatePolicy, PolicySchema, type Decision } from '../../../shared/core/policy/index.ts';
import { ApiError } from '../../../shared/protocol/openai/errors.ts';
import { parseRequestBody } from '../../../shared/protocol/http/body.ts';
import { childSpan, parseTraceparent } from '../../../shared/protocol/telemetry/index.ts';
import type { Env } from '../../env.ts';
import { errorResponse } from '../../errors.ts';
import type { BodyVars } from '../body/vars.ts';
import type { DecideVars } from '../decide/vars.ts';
import type { InspectVars } from '../inspect/vars.ts';
import type { TelemetryVars } from '../telemetry/vars.ts';
import type { EntityTagger } from '../../../shared/core/pii/tagger/tagger.ts';
import { redact, redactedHeader } from './index.ts';
import type { RedactVars } from './vars.ts';

type Given = { Bindings: Env; Variables: Partial<RedactVars> & DecideVars & InspectVars & BodyVars & TelemetryVars };

const spec = (withOnprem: boolean) =>
  PolicySchema.parse({
    targets: {
      cloud: { kind: 'openai', base_url: 'https://o.test/v1', allow_redacted: ['EMAIL', 'PHONE'] },
      local: { kind: 'onprem', base_url: 'https://p.test/v1' },
    },
    rules: [
      { name: 'pii-other', when: { pii: PII_TYPES.filter((t) => t !== 'EMAIL' && t !== 'PHONE') }, target: 'local' },
      { name: 'pii-redacted', when: { pii: 'any', unscanned: 'none' }, target: 'cloud', fallbacks: withOnprem ? ['local'] : [] },
    ],
    default: { target: 'local' },
  });

interface Seen {
  decision?: Decision;
  redacted?: unknown;
}

function appFor(content: string, answer: Response, opts: { withOnprem?: boolean; tagger?: EntityTagger; taggerRan?: boolean } = {}) {
  const policy = compilePolicy(spec(opts.withOnprem ?? true));
  const seen: Seen = {};
  const app = new Hono<Given>();
  app.onError((err) => errorResponse(err));
  app.use('*', async (c, next) => {
    const request = parseRequestBody(
      new TextEncoder().encode(JSON.stringify({ model: 'm', messages: [{ role: 'user', content }] })),
      'chat',
    );
    const inspection = { ...inspectRequest(request), ...(opts.taggerRan ? { tagger: { version: 't', ran: true } } : {}) };
    const decision = evaluatePolicy(policy, { ...inspection, task: 'chat', metadata: {}, headers: {} });
    if (decision.kind !== 'route') throw new Error('expected a route');
    c.set('requestId', 'req-redact-step');
    c.set('trace', childSpan(parseTraceparent('00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01')!));
    c.set('timings', {});
    c.set('config', { piiTagger: opts.tagger !== undefined } as Given['Variables']['config']);
    c.set('request', request);
    c.set('inspection', inspection);
    c.set('policy', policy);
    c.set('decision', decision);
    c.set('routeDecision', decision);
    try {
      await next();
    } finally {
      seen.decision = c.get('decision');
    }
  });
  app.post('/v1/chat/completions', redact(opts.tagger ? { tagger: opts.tagger } : {}), (c) => {
    seen.redacted = c.get('redaction')?.body;
    return answer;
  });
  return { app, seen };
}

const post = (app: Hono<Given>) => app.request('/v1/chat/completions', { method: 'POST' }, {} as Env);

describe('redact step', () => {
  it('hands run() the redacted body, restores the JSON answer and names types and counts', async () => {
    const { app, seen } = appFor(
      'Mail anna.berg@example.org or bob.stone@example.com',
      Response.json({ choices: [{ index: 0, message: { role: 'assistant', content: 'To [EMAIL_2] and [EMAIL_1]' } }] }),
    );
    const res = await post(app);
    expect(res.headers.get('x-triage-redacted')).toBe('EMAIL:2');
    expect(await res.json()).toEqual({
      choices: [{ index: 0, message: { role: 'assistant', content: 'To bob.stone@example.com and anna.berg@example.org' } }],
    });
    expect(seen.redacted).toEqual({ model: 'm', messages: [{ role: 'user', content: 'Mail [EMAIL_1] or [EMAIL_2]' }] });
  });

  it('narrows the decision to its onprem targets, with the reason in its trail, when redaction is not possible', async () => {
    const { app, seen } = appFor('write to a\u200bnna.berg@example.org', Response.json({ ok: true }));
    const res = await post(app);
    expect(res.status).toBe(200);
    expect(res.headers.get('x-triage-redacted')).toBeNull();
    expect(seen.redacted).toBeUndefined();
    expect(seen.decision).toMatchObject({ kind: 'route', target: 'local', targetKind: 'onprem', fallbacks: [] });
    expect(seen.decision).not.toHaveProperty('redact');
    expect(seen.decision!.reasons.at(-1)).toBe(
      'not redacted (a value found only after normalization (no exact span to redact)): non-onprem targets dropped',
    );
  });

  it('refuses with 503 pii_no_onprem when no onprem target is left, naming no value', async () => {
    const { app, seen } = appFor('write to a\u200bnna.berg@example.org', Response.json({ ok: true }), { withOnprem: false });
    const res = await post(app);
    expect(res.status).toBe(503);
    const body = await res.json<{ error: { code: string; message: string } }>();
    expect(body.error.code).toBe('pii_no_onprem');
    expect(body.error.message).not.toContain('anna');
    expect(seen.decision).toMatchObject({ kind: 'refuse', code: 'pii_no_onprem' });
  });

  it('formats the header in PII_TYPES order', () => {
    expect(redactedHeader({ PHONE: 1, EMAIL: 2 })).toBe('EMAIL:2,PHONE:1');
  });

  it('passes an error answer through untouched', async () => {
    const { app } = appFor(
      'Mail anna.berg@example.org',
      errorResponse(new ApiError(502, 'server_error', 'upstream failed', 'upstream_error')),
    );
    const res = await post(app);
    expect(res.status).toBe(502);
    expect((await res.json<{ error: { code: string } }>()).error.code).toBe('upstream_error');
  });

  it('with the tagger on, re-scans the redacted body with it too: a name it finds keeps the request on-prem', async () => {
    const seenTexts: string[][] = [];
    const tagger = (found: boolean): EntityTagger => ({
      version: 'test-tagger@000000000000',
      tag: async (texts) => {
        seenTexts.push([...texts]);
        return texts.map((t) =>
          found && t.includes('Weber')
            ? [{ type: 'PERSON', start: t.indexOf('Weber'), end: t.indexOf('Weber') + 5, score: 0.9, detector: 'tagger' }]
            : [],
        );
      },
    });
    const content = 'Mail anna.berg@example.org about Weber';
    const clean = appFor(content, Response.json({ ok: true }), { tagger: tagger(false) });
    expect((await post(clean.app)).headers.get('x-triage-redacted')).toBe('EMAIL:1');
    expect(seenTexts.flat().join(' ')).not.toContain('anna.berg');
    const found = appFor(content, Response.json({ ok: true }), { tagger: tagger(true) });
    await post(found.app);
    expect(found.seen.decision).toMatchObject({ target: 'local' });
    expect(found.seen.decision!.reasons.at(-1)).toBe(
      'not redacted (the learned tagger finds PII in the redacted body): non-onprem targets dropped',
    );
  });

  it('keeps a request whose PII only the tagger found on-prem', async () => {
    const { app, seen } = appFor('Mail anna.berg@example.org', Response.json({ ok: true }), { taggerRan: true });
    await post(app);
    expect(seen.decision!.reasons.at(-1)).toBe('not redacted (PII found by the learned tagger alone): non-onprem targets dropped');
  });
});
