// The edge → on-prem signing key of a local stack. Node-only.
import { randomBytes } from 'node:crypto';

/** A fresh signing key, `<key id>:<secret>`: the edge's ONPREM_SIGNING_KEY and one of the node's keys. */
export function newSigningKey(): string {
  return `dev:${randomBytes(32).toString('hex')}`;
}
