// The OpenTelemetry semantic-convention attribute names the tiers' spans use, as plain strings: the
// @opentelemetry/semantic-conventions modules are large and only worth loading when tracing is on (the
// names are checked against them in otel.test.ts). GenAI names: the current `gen_ai.provider.name` replaces
// the deprecated `gen_ai.system`.
export const ATTR = {
  genAiOperationName: 'gen_ai.operation.name',
  genAiProviderName: 'gen_ai.provider.name',
  genAiRequestModel: 'gen_ai.request.model',
  genAiResponseModel: 'gen_ai.response.model',
  genAiResponseFinishReasons: 'gen_ai.response.finish_reasons',
  genAiUsageInputTokens: 'gen_ai.usage.input_tokens',
  genAiUsageOutputTokens: 'gen_ai.usage.output_tokens',
  httpRequestMethod: 'http.request.method',
  httpRoute: 'http.route',
  httpResponseStatusCode: 'http.response.status_code',
  errorType: 'error.type',
  serviceName: 'service.name',
} as const;
