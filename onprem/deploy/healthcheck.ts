// The container's HEALTHCHECK: GET /healthz on the node in the same container; exit 0 if it answers 2xx,
// 1 otherwise (refused, timed out, non-2xx). Bundled by onprem/deploy/build.ts to healthcheck.mjs, because
// slim Node images have no curl or wget. Reads the same environment as the service:
//   TRIAGE_ONPREM_PORT (default 8788), TRIAGE_ONPREM_HOST (0.0.0.0 / :: / unset → loopback),
//   TRIAGE_ONPREM_TLS_CERT set → HTTPS (certificate not verified: this checks liveness on loopback, not
//   identity). With TRIAGE_ONPREM_TLS_CLIENT_CA (mTLS) too: the node asks for a client certificate but only
//   /v1/* requires one (onprem/middleware/auth/), so /healthz answers this check, which has none.
// Kubernetes does not use this: it probes /healthz and /readyz itself (onprem/deploy/k8s/).
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';

export function healthUrl(env: NodeJS.ProcessEnv): URL {
  const port = env.TRIAGE_ONPREM_PORT?.trim() || '8788';
  const host = env.TRIAGE_ONPREM_HOST?.trim();
  const target = !host || host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host;
  const scheme = env.TRIAGE_ONPREM_TLS_CERT?.trim() ? 'https' : 'http';
  return new URL(`${scheme}://${target.includes(':') ? `[${target}]` : target}:${port}/healthz`);
}

export function check(url: URL, timeoutMs = 3000): Promise<boolean> {
  return new Promise((resolvePromise) => {
    const req = (url.protocol === 'https:' ? httpsRequest : httpRequest)(
      url,
      { method: 'GET', timeout: timeoutMs, rejectUnauthorized: false },
      (res) => {
        res.resume();
        resolvePromise(res.statusCode !== undefined && res.statusCode >= 200 && res.statusCode < 300);
      },
    );
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', () => resolvePromise(false));
    req.end();
  });
}

const isMain = process.argv[1]?.endsWith('healthcheck.mjs') || process.argv[1]?.endsWith('healthcheck.ts');
if (isMain) {
  const url = healthUrl(process.env);
  const ok = await check(url);
  if (!ok) console.error(`healthcheck: ${url.href} is not healthy`);
  process.exit(ok ? 0 : 1);
}
