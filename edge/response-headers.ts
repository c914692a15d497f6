// Setting headers on the response a step has in hand, at the least cost (the pipeline's steps annotate
// every response: decision headers, cache status, request id and trace).
import type { Context } from 'hono';

/**
 * Sets headers on the response. After the handler, Hono's c.header() copies the whole Response for every
 * header it sets (it cannot know whether the headers are mutable); the responses this app builds (targets,
 * errors, cache hits) have mutable headers, so they are set in place. An immutable one (a fetch() Response)
 * throws on the first set, before anything changed, and goes through c.header() as before.
 */
export function setHeaders(c: Context, headers: Record<string, string>): void {
  if (c.finalized) {
    const target = c.res.headers;
    try {
      for (const k in headers) target.set(k, headers[k]!);
      return;
    } catch {
      // immutable headers: c.header() below copies the response
    }
  }
  for (const k in headers) c.header(k, headers[k]!);
}

/**
 * Makes `res` the response, when it was built from the current one (`new Response(body, c.res)`: its headers
 * copied already). Hono's `c.res` setter would copy the new Response once more and set each of the old one's
 * headers on the copy again; the response cleared first, it takes `res` as it is.
 */
export function replaceResponse(c: Context, res: Response): void {
  c.res = undefined;
  c.res = res;
}
