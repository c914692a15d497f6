// The OpenTelemetry settings the standard variables make (on only when an endpoint is set) and the gen_ai.*
// facts read from OpenAI answers (identifiers and counts only; anything else is dropped).
import * as stable from '@opentelemetry/semantic-conventions';
import * as incubating from '@opentelemetry/semantic-conventions/incubating';
import { describe, expect, it } from 'vitest';
import { ATTR } from './span-attributes.ts';
import { answerFactsOf, genAiAnswerAttributes, genAiRequestAttributes, StreamAnswerFacts } from './gen-ai.ts';
import { otlpTracesSettings, tracingFromEnv } from './tracing.ts';

describe('otlpTracesSettings', () => {
  it('is off without an endpoint, or when the SDK or the traces exporter is switched off', () => {
    expect(otlpTracesSettings({}, 'svc')).toBeUndefined();
    expect(tracingFromEnv({ OTEL_SERVICE_NAME: 'x' }, 'svc')).toBeUndefined();
    expect(otlpTracesSettings({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://c:4318', OTEL_SDK_DISABLED: 'true' }, 'svc')).toBeUndefined();
    expect(otlpTracesSettings({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://c:4318', OTEL_TRACES_EXPORTER: 'none' }, 'svc')).toBeUndefined();
  });

  it('appends /v1/traces to the base endpoint; the traces endpoint is taken as it is and wins', () => {
    expect(otlpTracesSettings({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://c:4318/' }, 'svc')?.url).toBe('http://c:4318/v1/traces');
    const both = { OTEL_EXPORTER_OTLP_ENDPOINT: 'http://c:4318', OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'https://t.example/otlp' };
    expect(otlpTracesSettings(both, 'svc')?.url).toBe('https://t.example/otlp');
  });

  it('merges the headers (the traces ones win) and names the service', () => {
    const s = otlpTracesSettings(
      {
        OTEL_EXPORTER_OTLP_ENDPOINT: 'http://c:4318',
        OTEL_EXPORTER_OTLP_HEADERS: 'api-key=a,team=ops',
        OTEL_EXPORTER_OTLP_TRACES_HEADERS: 'api-key=b',
        OTEL_SERVICE_NAME: 'onprem-eu',
      },
      'svc',
    );
    expect(s).toEqual({ url: 'http://c:4318/v1/traces', headers: { 'api-key': 'b', team: 'ops' }, serviceName: 'onprem-eu' });
    expect(otlpTracesSettings({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://c:4318' }, 'svc')?.serviceName).toBe('svc');
  });
});

describe('span attribute names', () => {
  it("are the semantic conventions' own", () => {
    expect(ATTR).toEqual({
      genAiOperationName: incubating.ATTR_GEN_AI_OPERATION_NAME,
      genAiProviderName: incubating.ATTR_GEN_AI_PROVIDER_NAME,
      genAiRequestModel: incubating.ATTR_GEN_AI_REQUEST_MODEL,
      genAiResponseModel: incubating.ATTR_GEN_AI_RESPONSE_MODEL,
      genAiResponseFinishReasons: incubating.ATTR_GEN_AI_RESPONSE_FINISH_REASONS,
      genAiUsageInputTokens: incubating.ATTR_GEN_AI_USAGE_INPUT_TOKENS,
      genAiUsageOutputTokens: incubating.ATTR_GEN_AI_USAGE_OUTPUT_TOKENS,
      httpRequestMethod: stable.ATTR_HTTP_REQUEST_METHOD,
      httpRoute: stable.ATTR_HTTP_ROUTE,
      httpResponseStatusCode: stable.ATTR_HTTP_RESPONSE_STATUS_CODE,
      errorType: stable.ATTR_ERROR_TYPE,
      serviceName: stable.ATTR_SERVICE_NAME,
    });
  });
});

describe('gen_ai attributes', () => {
  it('names the operation and the models; an id that is not a plain identifier is "unknown"', () => {
    expect(genAiRequestAttributes({ task: 'embeddings', model: 'e5-small', provider: 'p' })).toEqual({
      'gen_ai.operation.name': 'embeddings',
      'gen_ai.provider.name': 'p',
      'gen_ai.request.model': 'e5-small',
    });
    expect(
      genAiRequestAttributes({ task: 'chat', model: 'call me at anna@example.org please', provider: 'p' })['gen_ai.request.model'],
    ).toBe('unknown');
  });

  it("reads an answer's model, usage and finish reasons, and nothing of its text", () => {
    const facts = answerFactsOf({
      model: 'm-1',
      choices: [{ message: { content: 'secret text' }, finish_reason: 'stop' }, { finish_reason: 'Not A Reason!' }],
      usage: { prompt_tokens: 4, completion_tokens: 2, total_tokens: 6 },
    });
    expect(facts).toEqual({ responseModel: 'm-1', finishReasons: ['stop'], inputTokens: 4, outputTokens: 2 });
    expect(JSON.stringify(genAiAnswerAttributes(facts))).not.toContain('secret');
  });

  it("gathers a stream's facts from its first chunk, its finish reasons and its usage chunk", () => {
    const s = new StreamAnswerFacts();
    s.onEventData(JSON.stringify({ model: 'm-2', choices: [{ delta: { content: 'a' }, finish_reason: null }] }));
    s.onEventData(JSON.stringify({ model: 'm-2', choices: [{ delta: {}, finish_reason: 'length' }] }));
    s.onEventData(JSON.stringify({ model: 'm-2', choices: [], usage: { prompt_tokens: 9, completion_tokens: 1 } }));
    s.onEventData('[DONE]');
    expect(s.facts).toEqual({ responseModel: 'm-2', finishReasons: ['length'], inputTokens: 9, outputTokens: 1 });
  });
});
