// The on-prem node as `npm start` spawns it: the caller's own TRIAGE_ONPREM_* settings reach it (a model
// folder, another engine), the defaults fill the rest, and what the stack wires itself always wins.
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { signRequest, parseSigningKey } from '../../protocol/signing/index.ts';
import { freePort } from '../../../test/support/free-port.ts';
import { FIXTURES_DIR } from '../../../test/support/model-folders.ts';
import { onpremEnv, spawnOnprem } from './onprem.ts';
import { newSigningKey } from './signing-key.ts';

describe('the on-prem node under npm start', () => {
  const saved = process.env['TRIAGE_ONPREM_MODEL_FOLDERS'];
  afterEach(() => {
    if (saved === undefined) delete process.env['TRIAGE_ONPREM_MODEL_FOLDERS'];
    else process.env['TRIAGE_ONPREM_MODEL_FOLDERS'] = saved;
  });

  it("keeps the caller's engine and audit settings, defaults the rest, and always wires host, port and key", () => {
    const wired = { port: 9999, signingKey: 'dev:k' };
    expect(onpremEnv(wired, {})).toEqual({
      TRIAGE_ONPREM_ENGINE: 'onnx',
      TRIAGE_ONPREM_AUDIT_LOG: 'stdout',
      TRIAGE_ONPREM_HOST: '127.0.0.1',
      TRIAGE_ONPREM_PORT: '9999',
      TRIAGE_ONPREM_SIGNING_KEYS: 'dev:k',
      TRIAGE_ONPREM_SIGNING_KEYS_FILE: '',
    });
    const caller = { TRIAGE_ONPREM_ENGINE: 'openai-upstream', TRIAGE_ONPREM_PORT: '1', TRIAGE_ONPREM_SIGNING_KEYS_FILE: '/keys' };
    expect(onpremEnv(wired, caller)).toMatchObject({
      TRIAGE_ONPREM_ENGINE: 'openai-upstream',
      TRIAGE_ONPREM_PORT: '9999',
      TRIAGE_ONPREM_SIGNING_KEYS_FILE: '',
    });
  });

  it('serves a model folder named in the caller environment, and says so in /v1/models', async () => {
    process.env['TRIAGE_ONPREM_MODEL_FOLDERS'] = `triage-small=${join(FIXTURES_DIR, 'tiny-llama')}`;
    const signingKey = newSigningKey();
    const node = await spawnOnprem({ port: await freePort(), signingKey });
    try {
      const { keyId, secret } = parseSigningKey(signingKey);
      const headers = await signRequest({ method: 'GET', path: '/v1/models', keyId, secret });
      const res = await fetch(`${node.url}/v1/models`, { headers });
      expect(res.status).toBe(200);
      const { data } = (await res.json()) as { data: { id: string; triage?: { kind: string; architecture?: string } }[] };
      expect(data.find((m) => m.id === 'triage-small')?.triage).toMatchObject({ kind: 'hf-folder', architecture: 'LlamaForCausalLM' });
      expect(data.find((m) => m.id === 'triage-embed')?.triage).toMatchObject({ kind: 'demo' });
    } finally {
      await node.stop();
    }
  });
});
