// For the handler tests (not bundled into any function): a chat event in the documented shape
// (shared/cloud-contract.ts) that each test file adapts, and reading a handler's result.
import { expect } from 'vitest';
import { CLOUD_EVENT_VERSION, readCloudResult, type CloudEvent, type CloudResult } from '../../shared/cloud-contract.ts';

export const TEST_TRACEPARENT = '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01';

/** A chat event from the edge; `body` is merged into the request body, `over` into the event. */
export function chatEvent(body: Record<string, unknown> = {}, over: Partial<CloudEvent> = {}): CloudEvent {
  return {
    version: CLOUD_EVENT_VERSION,
    task: 'chat',
    body: { model: 'triage-small', messages: [{ role: 'user', content: 'my invoice is wrong, what should I do?' }], max_tokens: 16, ...body },
    decision: { rule: 'large-to-cloud', policyVersion: 'v1', target: 'cloud' },
    trace: { traceparent: TEST_TRACEPARENT, requestId: 'req-1' },
    tenant: 'acme',
    ...over,
  };
}

// `any`: the tests read answers by path (json.error.code, json.choices[0]…) and assert on what they find.
export function readResult(r: CloudResult) {
  const out = readCloudResult(r);
  expect(out).not.toBeNull();
  return { status: out!.status, headers: out!.headers, json: JSON.parse(out!.body) as Record<string, any> };
}
