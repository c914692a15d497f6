// What sticky() leaves on the context: whether the request's session is sticky, and why (types only).

/**
 * `off`: the policy has no `sticky:` section; `no_session`: the request carries no session id; `clean`: its
 * session saw no PII within the TTL; `marked`: this request carries PII and marked its session; `earlier`: an
 * earlier request of the session did; `unreachable`: the sessions object could not be asked (fail closed).
 */
export type StickyCause = 'off' | 'no_session' | 'clean' | 'marked' | 'earlier' | 'unreachable';

export interface StickyState {
  /** Route as if the request carried PII: onprem targets only. */
  sticky: boolean;
  cause: StickyCause;
}

export interface StickyVars {
  sticky: StickyState;
}
