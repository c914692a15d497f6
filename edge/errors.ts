// Exceptions → responses in OpenAI's error shape. ApiErrors carry their status, code and headers; anything
// else is a bug and answers a generic 500 — the message of an unexpected error is not shown (it could
// quote input), and no stack trace ever is.
import { ApiError } from '../shared/protocol/openai/errors.ts';

export function errorResponse(err: unknown): Response {
  const e =
    err instanceof ApiError ? err : new ApiError(500, 'server_error', 'The gateway failed to process the request.', 'internal_error');
  return e.toResponse();
}
