// The local cloud tier (spawnCloud: serverless-offline running the real `infer` handler, the local SageMaker
// endpoint) while other tools write JavaScript into the checkout, as wrangler dev's build does (.wrangler/tmp/)
// whenever the edge starts: a stack, or several test runs at once, do exactly that.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLOUD_EVENT_VERSION, type CloudEvent } from '../../protocol/cloud-contract.ts';
import { freePort } from '../../../test/support/free-port.ts';
import { spawnCloud, type SpawnedCloud } from './cloud.ts';
import { REPO_ROOT } from './process-group.ts';

const probeDir = join(REPO_ROOT, '.wrangler', 'tmp');
const probeFile = join(probeDir, `triage-cloud-test-${process.pid}.js`);
let cloud: SpawnedCloud;

beforeAll(async () => {
  cloud = await spawnCloud({ lambdaPort: await freePort() });
}, 180_000);

afterAll(async () => {
  rmSync(probeFile, { force: true });
  await cloud?.stop();
});

function chatEvent(n: number): CloudEvent {
  return {
    version: CLOUD_EVENT_VERSION,
    mode: 'buffered',
    task: 'chat',
    body: { model: 'triage-small', messages: [{ role: 'user', content: `Hello number ${n}` }], max_tokens: 4 },
    decision: { rule: 'test', policyVersion: 'test', target: 'cloud-gpu' },
    trace: { traceparent: '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01', requestId: `cloud-test-${n}` },
    tenant: 'local',
  };
}

/** One Lambda Invoke of `infer`; a hang ends at 20 s as a TimeoutError rather than at the test's own limit. */
async function invoke(n: number): Promise<number | string> {
  const url = `${cloud.lambdaEndpoint}/2015-03-31/functions/${cloud.inferFunction}/invocations`;
  try {
    const res = await fetch(url, { method: 'POST', body: JSON.stringify(chatEvent(n)), signal: AbortSignal.timeout(20_000) });
    await res.text();
    return res.status;
  } catch (err) {
    return err instanceof Error ? err.name : String(err);
  }
}

describe('the local cloud tier (serverless-offline)', () => {
  it('answers every invocation while JavaScript files change in the checkout (no handler reload cuts one off)', async () => {
    mkdirSync(probeDir, { recursive: true });
    // Four callers at once keep a handler busy nearly all the time while the file changes every 0.7 s, for long
    // enough that the plugin's watcher (which first crawls the checkout) would see it. Before, each change made the
    // plugin rebuild and serverless-offline terminate its workers, busy ones too: the invocation in flight hung.
    const until = Date.now() + 12_000;
    const writer = setInterval(() => writeFileSync(probeFile, `// ${Date.now()}\n`), 700);
    const caller = async (id: number): Promise<(number | string)[]> => {
      const statuses: (number | string)[] = [];
      for (let i = 0; Date.now() < until; i++) statuses.push(await invoke(id * 10_000 + i));
      return statuses;
    };
    const statuses = (await Promise.all([0, 1, 2, 3].map(caller)).finally(() => clearInterval(writer))).flat();
    expect(statuses.length).toBeGreaterThan(4);
    expect(statuses.filter((s) => s !== 200)).toEqual([]);
  });
});
