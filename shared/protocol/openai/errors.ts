// Errors in OpenAI's shape: {"error":{"message","type","param","code"}} with the matching HTTP status.
// Messages never contain prompt text or PII values; they say what was wrong with the request's shape.

export type ErrorType =
  | 'invalid_request_error'
  | 'authentication_error'
  | 'permission_error'
  | 'not_found_error'
  | 'rate_limit_error'
  | 'insufficient_quota'
  | 'server_error'
  | 'service_unavailable';

export interface OpenAiErrorBody {
  error: { message: string; type: ErrorType; param: string | null; code: string | null };
}

/** An error the API answers with. Throw it anywhere in the pipeline; the app turns it into a response. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly type: ErrorType,
    message: string,
    readonly code: string | null = null,
    readonly param: string | null = null,
    /** Extra response headers, e.g. Retry-After for 429. */
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }

  toBody(): OpenAiErrorBody {
    return { error: { message: this.message, type: this.type, param: this.param, code: this.code } };
  }

  /** The Response the client sees: this error's status and headers, the body in OpenAI's shape. */
  toResponse(): Response {
    return new Response(JSON.stringify(this.toBody()), {
      status: this.status,
      headers: { 'content-type': 'application/json; charset=utf-8', ...this.headers },
    });
  }
}

export const errors = {
  badRequest: (message: string, param: string | null = null, code = 'invalid_request') =>
    new ApiError(400, 'invalid_request_error', message, code, param),
  unauthorized: (message = 'Missing or invalid API key. Send "Authorization: Bearer <key>".') =>
    new ApiError(401, 'authentication_error', message, 'invalid_api_key'),
  forbidden: (message: string, code = 'forbidden') => new ApiError(403, 'permission_error', message, code),
  notFound: (message: string, code = 'not_found', param: string | null = null) =>
    new ApiError(404, 'not_found_error', message, code, param),
  tooLarge: (limit: number) =>
    new ApiError(413, 'invalid_request_error', `Request body is larger than the limit of ${limit} bytes.`, 'request_too_large'),
  unsupportedMediaType: () =>
    new ApiError(415, 'invalid_request_error', 'Content-Type must be application/json.', 'unsupported_media_type'),
  rateLimited: (message: string, retryAfterSeconds: number) =>
    new ApiError(429, 'rate_limit_error', message, 'rate_limit_exceeded', null, {
      'retry-after': String(Math.max(1, Math.ceil(retryAfterSeconds))),
    }),
  badGateway: (message: string, code = 'upstream_error') => new ApiError(502, 'server_error', message, code),
  unavailable: (message: string, code = 'unavailable') => new ApiError(503, 'service_unavailable', message, code),
  /**
   * A deterministic refusal (the policy leaves the request nowhere to go, or there is no valid policy): the same
   * request would be refused again, so `x-should-retry: false` tells clients (the official OpenAI SDKs honour it)
   * not to retry what they would otherwise retry as a 503.
   */
  refused: (message: string, code: string) => new ApiError(503, 'service_unavailable', message, code, null, { 'x-should-retry': 'false' }),
  /**
   * No target the policy allows can serve what the request asks for (a task, tools, structured output, images, a
   * context this long): the request's fault as much as the deployment's, and deterministic — a 400 that no
   * retry can fix, so `x-should-retry: false` like `refused`.
   */
  incapable: (message: string, param: string | null = null, code = 'no_capable_target') =>
    new ApiError(400, 'invalid_request_error', message, code, param, { 'x-should-retry': 'false' }),
  timeout: (message: string) => new ApiError(504, 'server_error', message, 'upstream_timeout'),
};
