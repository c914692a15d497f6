// Which edge KV the operator's commands (`triage keys`, `triage policy push|rollback|versions`) change: the
// local stack's (default, `npm start`'s state; `--persist-to DIR` for another) or a deployed Worker's
// (`--env ENV`, or `--remote` for the top-level environment). Node-only.
import { describeLocation, LOCAL_STATE, type KvLocation } from '../stack/kv.ts';
import { UsageError } from './io.ts';

export const LOCATION_OPTIONS = {
  env: { type: 'string' },
  remote: { type: 'boolean' },
  'persist-to': { type: 'string' },
} as const;

export function kvLocation(values: {
  env?: string | undefined;
  remote?: boolean | undefined;
  'persist-to'?: string | undefined;
}): KvLocation {
  const remote = values.env !== undefined || values.remote === true;
  if (remote && values['persist-to'] !== undefined)
    throw new UsageError('--persist-to is for the local stack; it does not go with --env/--remote');
  if (remote) return values.env !== undefined ? { kind: 'remote', env: values.env } : { kind: 'remote' };
  return { kind: 'local', persistTo: values['persist-to'] ?? LOCAL_STATE };
}

export { describeLocation };
