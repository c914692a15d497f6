// Step: sticky sensitivity. A conversation in which PII was seen stays on-prem for the policy's
// `sticky.ttl_seconds`, its clean turns included, across isolates and restarts.
//
//   app.post('/v1/chat/completions', auth(), body({task}), inspect(), rateLimit(), sticky({ store }), decide({ store }), ...)
//   // then: c.get('sticky') → { sticky: true, cause: 'earlier' }; decide() routes a sticky request as if it carried PII
//
// The StickySessions Durable Object (./sessions.ts, binding STICKY_SESSIONS, one object per tenant) holds
// the state; one round trip marks the session (when this request carries PII) and answers whether it is
// sticky (./client.ts; a clean turn of a session this isolate already knows is sticky needs none). No round
// trip when the policy has no `sticky:` section or the request carries no session id. If the object cannot
// be asked, a request with a session id is treated as sticky (fail closed: on-prem only).
//
// Sets `sticky` (StickyVars). Reads `caller` (auth), `request` (body), `inspection` (inspect) and `config`,
// `timings` (telemetry).
import type { Context, MiddlewareHandler } from 'hono';
import type { StickySpec } from '../../../shared/core/policy/index.ts';
import type { Env } from '../../env.ts';
import { PolicyStore, type PolicyProvider } from '../../policy-store.ts';
import type { AuthVars } from '../auth/vars.ts';
import type { BodyVars } from '../body/vars.ts';
import { currentPolicy } from '../decide/index.ts';
import type { InspectVars } from '../inspect/vars.ts';
import { timed } from '../telemetry/timings.ts';
import type { TelemetryVars } from '../telemetry/vars.ts';
import { StickyClient } from './client.ts';
import { sessionId, sessionKey } from './session.ts';
import type { StickyTouch } from './sessions.ts';
import type { StickyState, StickyVars } from './vars.ts';

export { StickySessions } from './sessions.ts';

export interface StickyOptions {
  /** Where the policy comes from (the app shares decide()'s store). */
  store?: PolicyProvider;
  /** The clock the sessions object marks and expires by (tests drive TTL expiry with it); default: the object's. */
  now?: () => number;
}

type StickyEnv = { Bindings: Env; Variables: StickyVars & AuthVars & BodyVars & InspectVars & TelemetryVars };

const OFF: StickyState = { sticky: false, cause: 'off' };
const NO_SESSION: StickyState = { sticky: false, cause: 'no_session' };

export function sticky(options: StickyOptions = {}): MiddlewareHandler<StickyEnv> {
  const store = options.store ?? new PolicyStore();
  // One client per isolate and bindings object (tests hand in other namespaces).
  let client: StickyClient | undefined;
  let boundTo: unknown;
  const clientFor = (env: Env) => {
    if (!client || boundTo !== env.STICKY_SESSIONS) {
      client = new StickyClient(env.STICKY_SESSIONS, options.now);
      boundTo = env.STICKY_SESSIONS;
    }
    return client;
  };
  return async function sticky(c, next) {
    c.set('sticky', await stickyState(c, store, clientFor(c.env)));
    await next();
  };
}

async function stickyState(c: Context<StickyEnv>, store: PolicyProvider, client: StickyClient): Promise<StickyState> {
  const policy = await currentPolicy(store, c.env, c.get('config'), c.get('timings'));
  const spec: StickySpec | undefined = policy.spec.sticky;
  if (!spec) return OFF;
  const id = sessionId(spec, c.req.raw.headers, c.get('request'));
  if (id === undefined) return NO_SESSION;
  const tenant = c.get('caller').tenant;
  const mark = c.get('inspection').piiTypes.length > 0;
  const touch: StickyTouch = { key: sessionKey(c.env.STICKY_SESSION_KEY, tenant, id), mark, ttlSeconds: spec.ttl_seconds };
  try {
    const reply = await timed(c.get('timings'), 'sticky', () => client.touch(tenant, touch));
    if (!reply.sticky) return { sticky: false, cause: 'clean' };
    return { sticky: true, cause: mark ? 'marked' : 'earlier' };
  } catch {
    // Nothing of the error is kept: it could only name the object, and the state is what matters.
    return { sticky: true, cause: 'unreachable' };
  }
}
