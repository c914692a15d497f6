// What a failed AWS SDK call says (a service exception or the SDK's own error), read the same way for
// SageMaker (sagemaker.ts) and S3 (cloud/jobs/store.ts): its name, its message (cut to 300 characters), the
// HTTP status the service answered, and whether the call timed out.

/** The fields of an AWS SDK error the handlers read. */
export interface SdkError {
  name?: string;
  message?: string;
  $metadata?: { httpStatusCode?: number };
  code?: string;
  /** SageMaker ModelError: the model container's status and message. */
  OriginalStatusCode?: number;
  OriginalMessage?: string;
}

export interface SdkFailure {
  err: SdkError | null | undefined;
  name: string;
  msg: string;
}

export function sdkFailure(e: unknown): SdkFailure {
  const err = e as SdkError | null | undefined;
  return { err, name: err?.name ?? 'Error', msg: (err?.message ?? String(e)).slice(0, 300) };
}

/** The call timed out (the SDK's request timeout, an abort, a socket timeout). */
export function isTimeoutFailure({ err, name, msg }: SdkFailure): boolean {
  return name === 'TimeoutError' || name === 'AbortError' || err?.code === 'ETIMEDOUT' || /timed? ?out/i.test(msg);
}
