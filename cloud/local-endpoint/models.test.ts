// The local endpoint serving a Hugging Face folder: the fixture decoder uploaded to a local S3 (s3rver) and
// loaded from there (or from a directory) under the endpoint's model id, then invoked through the real
// SageMaker runtime SDK — the answer is the folder's greedy generation, not the demo model's.
import { InvokeEndpointCommand, SageMakerRuntimeClient } from '@aws-sdk/client-sagemaker-runtime';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as ort from 'onnxruntime-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDecoderModel } from '../../shared/models/hf/decoder.ts';
import { loadHfFolder } from '../../shared/models/hf/folder.ts';
import { FIXTURES_DIR, fixtureFolder } from '../../test/support/model-folders.ts';
import { LOCAL_S3_CREDENTIALS, startLocalS3, type LocalS3 } from '../local-s3/s3.ts';
import { folderSettingsFromEnv, loadModelsWithFolders } from './models.ts';
import { startLocalEndpoint, type LocalEndpoint } from './server.ts';

const BUCKET = 'triage-cloud-models-test';
const MESSAGES = [{ role: 'user' as const, content: 'What is the capital of France?' }];

let s3srv: LocalS3;
let s3: S3Client;
beforeAll(async () => {
  s3srv = await startLocalS3({ buckets: [BUCKET] });
  s3 = new S3Client({
    region: 'eu-central-1',
    endpoint: s3srv.url,
    forcePathStyle: true,
    credentials: LOCAL_S3_CREDENTIALS,
    maxAttempts: 1,
  });
  const dir = join(FIXTURES_DIR, 'tiny-llama');
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile())) {
    const path = relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/');
    await s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: `models/tiny-llama/${path}`, Body: readFileSync(join(dir, path)) }));
  }
}, 60_000);
afterAll(async () => {
  s3?.destroy();
  await s3srv?.close();
});

/** The folder's own greedy answer to MESSAGES, straight from the decoder. */
async function expectedAnswer(maxTokens: number): Promise<string> {
  const decoder = await createDecoderModel(ort, await loadHfFolder(fixtureFolder('tiny-llama')));
  let text = '';
  for await (const piece of decoder.generate(MESSAGES, { maxTokens })) text += piece;
  return text;
}

async function invoke(ep: LocalEndpoint): Promise<{ model: string; choices: { message: { content: string } }[] }> {
  const client = new SageMakerRuntimeClient({
    region: 'eu-central-1',
    endpoint: ep.url,
    credentials: { accessKeyId: 'AKIDLOCAL', secretAccessKey: 'local-secret' },
    maxAttempts: 1,
  });
  const body = new TextEncoder().encode(JSON.stringify({ model: 'triage-small', messages: MESSAGES, max_tokens: 6 }));
  const out = await client.send(
    new InvokeEndpointCommand({ EndpointName: 'triage-small-endpoint', ContentType: 'application/json', Body: body }),
  );
  client.destroy();
  return JSON.parse(new TextDecoder().decode(out.Body)) as { model: string; choices: { message: { content: string } }[] };
}

describe('the local endpoint with model folders', { timeout: 60_000 }, () => {
  it('serves a folder from S3 under the endpoint model id, answering as the folder does', async () => {
    const folders = folderSettingsFromEnv(`triage-small=s3://${BUCKET}/models/tiny-llama`);
    const models = await loadModelsWithFolders(folders, () => s3);
    expect(models.resolve('chat', 'triage-small')?.info).toMatchObject({ kind: 'hf-folder', source: `s3://${BUCKET}/models/tiny-llama/` });
    const ep = await startLocalEndpoint({ port: 0, models });
    try {
      const answer = await invoke(ep);
      expect(answer.model).toBe('triage-small');
      expect(answer.choices[0]!.message.content).toBe(await expectedAnswer(6));
    } finally {
      await ep.close();
    }
  });

  it('reads a local directory too; a bad setting names the variable; a Hub id says nothing is downloaded', async () => {
    const models = await loadModelsWithFolders(folderSettingsFromEnv(`triage-small=${join(FIXTURES_DIR, 'tiny-llama')}#q8`), () => s3);
    expect(models.resolve('chat', 'triage-small')?.info).toMatchObject({ kind: 'hf-folder', variant: 'q8' });
    expect(() => folderSettingsFromEnv('no-equals-sign')).toThrow(/^TRIAGE_CLOUD_MODEL_FOLDERS: entry 1: expected/);
    await expect(loadModelsWithFolders(folderSettingsFromEnv(`x=s3://${BUCKET}/models/none`), () => s3)).rejects.toThrow(/no model folder/);
    await expect(loadModelsWithFolders(folderSettingsFromEnv('x=Qwen/Qwen2.5-0.5B-Instruct'), () => s3)).rejects.toThrow(
      /looks like a Hugging Face Hub id.*downloads from the Hub are not available here/,
    );
  });
});
