// One TargetClient per policy target, built by its kind's factory. Built once per policy (re)load; the
// executor looks them up by target name. The registry is typed over the spec's kind, so the compiler proves
// that each factory is handed its own kind's spec (and builds a client of that kind): none checks it again.
import type { PolicySpec, TargetKind } from '../../shared/core/policy/types.ts';
import type { Env } from '../env.ts';
import { edgeLocalClient } from './edge-local.ts';
import { lambdaClient } from './lambda.ts';
import { onpremClient } from './onprem.ts';
import { openAiClient } from './openai.ts';
import type { TargetClient, TargetSpecOf } from './target.ts';

/** Builds the client of the policy target `name` of kind `K` from its spec and the Worker's bindings. */
export type TargetClientFactory<K extends TargetKind> = (name: string, spec: TargetSpecOf<K>, env: Env) => TargetClient<K>;

export type TargetClientFactories = { readonly [K in TargetKind]: TargetClientFactory<K> };

export const TARGET_CLIENT_FACTORIES: TargetClientFactories = {
  edge: edgeLocalClient,
  lambda: lambdaClient,
  onprem: onpremClient,
  openai: openAiClient,
};

/** The clients of every target of the policy, by target name. */
export function createTargetClients(
  spec: PolicySpec,
  env: Env,
  factories: TargetClientFactories = TARGET_CLIENT_FACTORIES,
): Map<string, TargetClient> {
  const clients = new Map<string, TargetClient>();
  for (const [name, target] of Object.entries(spec.targets)) clients.set(name, buildClient(factories, target.kind, name, target, env));
  return clients;
}

/** The factory of kind `K` applied to a spec of that kind (`K` ties the two together for the compiler). */
function buildClient<K extends TargetKind>(
  factories: TargetClientFactories,
  kind: K,
  name: string,
  spec: TargetSpecOf<K>,
  env: Env,
): TargetClient<K> {
  const factory: TargetClientFactory<K> = factories[kind];
  return factory(name, spec, env);
}
