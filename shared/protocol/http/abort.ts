// Why a request's AbortSignal fired: a deadline (AbortSignal.timeout, or a caller's TimeoutError) or the
// client going away. Callers answer the two differently (504 and retry, or stop).

/** True when `signal` was aborted by a timeout rather than by the client. */
export function isTimeout(signal: AbortSignal): boolean {
  const r: unknown = signal.reason;
  return typeof r === 'object' && r !== null && (r as { name?: unknown }).name === 'TimeoutError';
}
