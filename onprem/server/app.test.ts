// The node's routes as a whole over real HTTP (a real node, server/test-node.ts). Each step of the request
// pipeline has its test beside it in onprem/middleware/<step>/index.test.ts.
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { parseExposition } from '../../shared/protocol/telemetry/index.ts';
import { chat, startNode, stopNodes } from './test-node.ts';

afterEach(stopNodes);
afterAll(stopNodes);

describe('routes', () => {
  it('answers an unknown route with 404 unknown_route in OpenAI shape', async () => {
    const n = await startNode();
    const res = await n.call('/v1/nothing-here');
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({
      error: { message: expect.any(String), type: 'not_found_error', param: null, code: 'unknown_route' },
    });
  });
});

describe('/metrics', () => {
  it('exposes the metric names the HPA and dashboards use, without credentials', async () => {
    const n = await startNode();
    const p = n.call('/v1/chat/completions', chat('hi'));
    (await n.upstream.next()).reply();
    await p;
    await fetch(n.node.url + '/v1/models'); // unauthenticated → counted failure
    const res = await fetch(n.node.url + '/metrics');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/plain; version=0.0.4');
    const text = await res.text();
    const types: Record<string, string> = {
      triage_onprem_queue_depth: 'gauge',
      triage_onprem_inflight: 'gauge',
      triage_onprem_requests_total: 'counter',
      triage_onprem_request_duration_seconds: 'histogram',
      triage_onprem_queue_wait_seconds: 'histogram',
      triage_onprem_rejections_total: 'counter',
      triage_onprem_auth_failures_total: 'counter',
      triage_onprem_tokens_total: 'counter',
      triage_onprem_tokens_per_second: 'histogram',
    };
    for (const [name, type] of Object.entries(types)) expect(text).toContain(`# TYPE ${name} ${type}\n`);
    const samples = parseExposition(text);
    expect(samples.find((s) => s.name === 'triage_onprem_requests_total' && s.labels.route === '/v1/chat/completions')).toMatchObject({
      labels: { status: '200' },
      value: 1,
    });
    expect(samples.find((s) => s.name === 'triage_onprem_auth_failures_total')).toMatchObject({
      labels: { reason: 'missing_credentials' },
      value: 1,
    });
    expect(samples.find((s) => s.name === 'triage_onprem_tokens_per_second_count')?.value).toBe(1);
    expect(samples.find((s) => s.name === 'triage_onprem_queue_wait_seconds_count')?.value).toBe(1);
  });
});
