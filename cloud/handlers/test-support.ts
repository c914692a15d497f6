// For the handler tests (not bundled into any function): a chat event in the documented shape
// (shared/protocol/cloud-contract.ts) that each test file adapts, and reading a handler's result.
import { expect } from 'vitest';
import { CLOUD_EVENT_VERSION, readCloudResult, type CloudEvent, type CloudResult } from '../../shared/protocol/cloud-contract.ts';

export const TEST_TRACEPARENT = '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01';

/** A chat event from the edge; `body` is merged into the request body, `over` into the event. */
export function chatEvent(body: Record<string, unknown> = {}, over: Partial<CloudEvent> = {}): CloudEvent {
  return {
    version: CLOUD_EVENT_VERSION,
    task: 'chat',
    body: {
      model: 'triage-small',
      messages: [{ role: 'user', content: 'my invoice is wrong, what should I do?' }],
      max_tokens: 16,
      ...body,
    },
    decision: { rule: 'large-to-cloud', policyVersion: 'v1', target: 'cloud' },
    trace: { traceparent: TEST_TRACEPARENT, requestId: 'req-1' },
    tenant: 'acme',
    ...over,
  };
}

export function readResult(r: CloudResult) {
  const out = readCloudResult(r);
  expect(out).not.toBeNull();
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read answers by path (json.error.code, json.choices[0]…) and assert on what they find
  return { status: out!.status, headers: out!.headers, json: JSON.parse(out!.body) as Record<string, any> };
}

/**
 * What the handlers answer for each fault model of the local endpoint (cloud/local-endpoint/server.ts):
 * [HTTP status, error code, retryable]. `infer` and `stream` (before its first byte) map them alike.
 */
export const FAULT_RESULTS: Record<string, [number, string, boolean]> = {
  'm-model-error': [502, 'model_error', true],
  'm-model-rejects': [400, 'model_rejected_input', false],
  'm-validation': [502, 'upstream_misconfigured', true],
  'm-missing': [502, 'upstream_misconfigured', true],
  'm-not-ready': [503, 'model_not_ready', true],
  'm-unavailable': [503, 'upstream_unavailable', true],
  'm-dependency': [502, 'upstream_error', true],
  'm-internal': [502, 'upstream_error', true],
  'm-slow': [504, 'upstream_timeout', true],
};
