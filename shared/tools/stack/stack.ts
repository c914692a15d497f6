// The whole stack on this machine with the real components (docs/design.md "Local development"), each tier in
// its own process group and wired to the others: the on-prem node (onprem.ts), the cloud tier (cloud.ts) and
// the edge Worker (edge.ts). What `npm start` runs (shared/tools/cli/start.ts), and what the whole-stack tests
// and the attack corpus run against. Node-only.
import { join } from 'node:path';
import { cloudVars, spawnCloud, type SpawnedCloud } from './cloud.ts';
import { spawnEdge, type SpawnedEdge } from './edge.ts';
import { spawnOnprem, type SpawnedOnprem } from './onprem.ts';
import { devReceiptKeys } from './receipt-keys.ts';
import { newSigningKey } from './signing-key.ts';

export interface SpawnStackOptions {
  edgePort: number;
  onpremPort: number;
  lambdaPort: number;
  /** wrangler's local state (KV, R2, Durable Objects). The receipt signing keys are kept beside it (receipt-keys/). */
  persistTo: string;
  /** Output lines of each tier's processes. */
  onLog?: (tier: 'edge' | 'cloud' | 'onprem', line: string) => void;
  /** Says what is being started. */
  onProgress?: (message: string) => void;
  /** More Worker vars for the edge (`npm start`'s config: an openai target's key); the stack's wiring wins. */
  edgeVars?: Record<string, string>;
  /** More TRIAGE_ONPREM_* settings for the node (e.g. where its audit log goes). */
  onpremEnv?: Record<string, string>;
  /**
   * Something to put between the edge and the other tiers (test/attacks/: a recorder in front of the cloud
   * tier). Called once the node and the cloud tier run, before the edge starts; the vars it returns are laid
   * over the edge's wiring (e.g. LAMBDA_ENDPOINT pointing at the recorder), its policy is seeded as the
   * edge's. `npm start` passes none.
   */
  interpose?: (tiers: { cloud: SpawnedCloud; onprem: SpawnedOnprem }) => Promise<EdgeWiring>;
}

/** What `interpose` changes in the edge's wiring. */
export interface EdgeWiring {
  vars?: Record<string, string>;
  policyYaml?: string;
  /** Seeded as the edge's shadow policy (KV `policy/shadow`). */
  shadowPolicyYaml?: string;
}

export interface SpawnedStack {
  edge: SpawnedEdge;
  cloud: SpawnedCloud;
  onprem: SpawnedOnprem;
  /** The public key that verifies the edge's receipt checkpoints (triage audit verify --public-key). */
  receiptPublicKey: string;
  /** Names the first tier whose process exits (on its own or by a stop). */
  tierExited: Promise<'edge' | 'cloud' | 'onprem'>;
  stop(): Promise<void>;
}

/**
 * The on-prem node and the cloud tier (in parallel), then the edge with a per-run signing key the node
 * accepts, ONPREM_URL, and the cloud tier's Invoke and stream URLs. What has started is stopped again if a
 * later tier fails to.
 */
export async function spawnStack(opts: SpawnStackOptions): Promise<SpawnedStack> {
  const log = (tier: 'edge' | 'cloud' | 'onprem') => (opts.onLog ? { onLog: (line: string) => opts.onLog!(tier, line) } : {});
  const signingKey = newSigningKey();
  const receiptKeys = devReceiptKeys(join(opts.persistTo, '..', 'receipt-keys'));
  const running: { stop(): Promise<void> }[] = [];
  const started = <T extends { stop(): Promise<void> }>(r: T): T => (running.push(r), r);
  const stop = async () => {
    await Promise.all(running.map((r) => r.stop()));
  };
  try {
    opts.onProgress?.(
      `starting the on-prem node (${process.env['TRIAGE_ONPREM_ENGINE'] || 'onnx'} engine) on port ${opts.onpremPort} and the cloud tier (serverless-offline on ${opts.lambdaPort}, streaming harness, local SageMaker endpoint)`,
    );
    const [onprem, cloud] = await Promise.all([
      spawnOnprem({ port: opts.onpremPort, signingKey, ...log('onprem'), ...(opts.onpremEnv ? { env: opts.onpremEnv } : {}) }).then(
        started,
      ),
      spawnCloud({ lambdaPort: opts.lambdaPort, ...log('cloud') }).then(started),
    ]);
    const wiring = opts.interpose ? await opts.interpose({ cloud, onprem }) : {};
    opts.onProgress?.(
      `the development API key (kept in local KV across restarts) and starting the edge Worker (wrangler dev --local, workerd) on port ${opts.edgePort}`,
    );
    const edge = started(
      await spawnEdge({
        port: opts.edgePort,
        persistTo: opts.persistTo,
        readyTimeoutMs: 90_000,
        ...log('edge'),
        vars: {
          ...opts.edgeVars,
          ONPREM_SIGNING_KEY: signingKey,
          ONPREM_URL: `${onprem.url}/v1`,
          RECEIPT_SIGNING_KEY: receiptKeys.secret,
          ...cloudVars(cloud),
          ...wiring.vars,
        },
        ...(wiring.policyYaml !== undefined ? { policyYaml: wiring.policyYaml } : {}),
        ...(wiring.shadowPolicyYaml !== undefined ? { shadowPolicyYaml: wiring.shadowPolicyYaml } : {}),
      }),
    );
    opts.onLog?.(
      'edge',
      `decision receipts: checkpoints signed with a development key; verify with its public key ${receiptKeys.publicFile}`,
    );
    const tierExited = Promise.race([
      edge.exited.then(() => 'edge' as const),
      cloud.exited.then(() => 'cloud' as const),
      onprem.exited.then(() => 'onprem' as const),
    ]);
    return { edge, cloud, onprem, receiptPublicKey: receiptKeys.publicFile, tierExited, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}
