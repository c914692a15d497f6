// What the handlers return to Lambda: error results in OpenAI's shape with `x-triage-retryable` (the edge
// falls back on 408/429/5xx and passes other 4xx to the client; the contract has no retryable field, and the
// edge forwards `x-` headers), and the entry point that builds a handler once per container.
import type { CloudResult } from '../../shared/protocol/cloud-contract.ts';
import { ApiError } from '../../shared/protocol/openai/errors.ts';

export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || status >= 500;
}

/** The headers of every error answer: JSON, whether the edge may retry elsewhere, and the error's own. */
export function errorHeaders(e: ApiError): Record<string, string> {
  return { 'content-type': 'application/json', 'x-triage-retryable': String(isRetryableStatus(e.status)), ...e.headers };
}

export function errorResult(e: ApiError): CloudResult {
  return { statusCode: e.status, headers: errorHeaders(e), body: JSON.stringify(e.toBody()) };
}

/**
 * A configuration error is the deployment's fault: 500 `misconfigured`, so the edge falls back; the log says
 * why (`name` is the function's).
 */
export function misconfigured(name: string, e: unknown): ApiError {
  console.error(`${name}: ${(e as Error).message}`);
  return new ApiError(500, 'server_error', `The cloud tier is misconfigured: ${(e as Error).message}`, 'misconfigured');
}

/**
 * A Lambda entry point whose handler is built once per container (configuration, SDK clients). A
 * configuration error answers `misconfigured`; the next invocation tries again.
 */
export function entryPoint(name: string, create: () => (event: unknown) => Promise<CloudResult>): (event: unknown) => Promise<CloudResult> {
  let containerHandler: ((event: unknown) => Promise<CloudResult>) | undefined;
  return async (event) => {
    if (!containerHandler) {
      try {
        containerHandler = create();
      } catch (e) {
        return errorResult(misconfigured(name, e));
      }
    }
    return containerHandler(event);
  };
}
