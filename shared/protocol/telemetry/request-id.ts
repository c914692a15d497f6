// The request id every tier logs, returns in `x-request-id` and forwards: the caller's own when it is a sane
// token (so a client can correlate), else a fresh UUID. A token, never free text, so it cannot smuggle
// content into logs.
const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** `x-request-id` from the caller if it is a sane token, else a fresh one. */
export function requestIdFrom(given: string | null | undefined): string {
  const t = given?.trim();
  return t && REQUEST_ID.test(t) ? t : crypto.randomUUID();
}
