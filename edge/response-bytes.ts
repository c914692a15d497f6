// A JSON answer the Worker already holds whole (a target read it within its deadline): the Response built from
// those bytes remembers them, so a later step that needs the JSON (the usage settlement) reads the same bytes
// instead of consuming the Response and building it again — which, through Hono's `c.res` setter, copied the
// Response twice more and every header of it (the largest CPU cost of the rate-limit step on a proxied chat).
// A Response built any other way (a stream, a cache hit, a restored redaction, an error) has none here: the
// step reads it as before. workerd keeps its own copy of a body given as an ArrayBuffer (nothing is detached),
// and nothing writes to these bytes once the Response is built.

const held = new WeakMap<Response, ArrayBuffer>();

/** `new Response(bytes, init)`, whose bytes `heldBytes` gives back. */
export function responseFromBytes(bytes: ArrayBuffer, init: ResponseInit): Response {
  const res = new Response(bytes, init);
  held.set(res, bytes);
  return res;
}

/** The body of a Response `responseFromBytes` built (unread by this: the Response stays as it is), else undefined. */
export function heldBytes(res: Response): ArrayBuffer | undefined {
  return held.get(res);
}
