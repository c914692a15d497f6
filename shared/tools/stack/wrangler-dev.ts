// What `wrangler dev` needs to be quiet and offline as a local tier: no fetch of `Request.cf` from the internet,
// no request paths in its log. Node-only.
import { stripVTControlCharacters } from 'node:util';

/**
 * The environment for `wrangler dev`. Miniflare fetches `https://workers.cloudflare.com/cf.json` at every start
 * to fill `Request.cf` (and logs a stack trace when that fails, offline); CLOUDFLARE_CF_FETCH_ENABLED=false is
 * its switch for a fixed placeholder instead (miniflare's setupCf). The Worker reads nothing from `Request.cf`.
 */
export const WRANGLER_DEV_ENV: Readonly<Record<string, string>> = {
  CLOUDFLARE_CF_FETCH_ENABLED: 'false',
  WRANGLER_SEND_METRICS: 'false',
};

/**
 * A request log line of wrangler dev's proxy (`[wrangler:info] GET /v1/… 200 OK (12ms)`). It names the path, and
 * a path can carry what a client typed, so the stack drops these lines; wrangler has no switch for them short of
 * `--log-level warn`, which would also silence the Worker's own log. The Worker logs each request itself, by
 * route name, never by path. Colours (wrangler adds them when it believes it writes to a terminal) are ignored.
 */
export function isRequestLogLine(line: string): boolean {
  return /^\s*\[wrangler[^\]]*:info\]\s+\S+\s+\//.test(stripVTControlCharacters(line));
}

/** A log sink that passes on everything but request log lines. */
export function withoutRequestLog(sink: (line: string) => void): (line: string) => void {
  return (line) => {
    if (!isRequestLogLine(line)) sink(line);
  };
}
