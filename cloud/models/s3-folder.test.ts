// Model folders read from S3 with the real @aws-sdk/client-s3 against a local S3 (s3rver): the fixture folders
// the build writes (`npm run build:models`) are uploaded, loaded through s3FolderSource and run with
// onnxruntime-node — the same folder and the same outputs as from the directory. Also what goes wrong: a
// tampered object, a prefix with nothing under it, a missing bucket, refused credentials, a malformed location.
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as ortNode from 'onnxruntime-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDecoderModel } from '../../shared/models/hf/decoder.ts';
import { createEncoderModel } from '../../shared/models/hf/encoder.ts';
import { HfFolderError, loadHfFolder, type FolderSource, type LoadOptions } from '../../shared/models/hf/folder.ts';
import type { OrtLike } from '../../shared/models/runner.ts';
import { FIXTURES_DIR, fixtureFolder } from '../../test/support/model-folders.ts';
import { LOCAL_S3_CREDENTIALS, startLocalS3, type LocalS3 } from '../local-s3/s3.ts';
import { S3FolderError, s3FolderSource } from './s3-folder.ts';

const BUCKET = 'triage-models-test';
const ort = ortNode as unknown as OrtLike;
const TEXTS = ['Hello Anna, the meeting in Zürich is tomorrow.', 'great service', 'Berlin'];
const MESSAGES = [{ role: 'user' as const, content: 'What is the capital of France?' }];

let s3srv: LocalS3;
let s3: S3Client;

function client(credentials: { accessKeyId: string; secretAccessKey: string } = LOCAL_S3_CREDENTIALS): S3Client {
  return new S3Client({
    region: 'eu-central-1',
    endpoint: s3srv.url,
    forcePathStyle: true,
    credentials: { ...credentials },
    maxAttempts: 1,
  });
}

/** The files of a directory, as paths relative to it with `/`. */
function filesOf(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split('\\').join('/'));
}

/** Uploads a fixture folder under `prefix`; `change` may replace a file's bytes on the way. */
async function upload(fixture: string, prefix: string, change: (path: string, bytes: Uint8Array) => Uint8Array = (_, b) => b) {
  const dir = join(FIXTURES_DIR, fixture);
  for (const path of filesOf(dir)) {
    const body = change(path, new Uint8Array(readFileSync(join(dir, path))));
    await s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: `${prefix}${path}`, Body: body }));
  }
}

const fromS3 = (prefix: string): FolderSource => s3FolderSource(s3, `s3://${BUCKET}/${prefix}`);

/** The same folder from S3 and from the directory: both loads, to compare. */
async function bothLoads(fixture: string, opts?: LoadOptions) {
  return {
    s3: await loadHfFolder(fromS3(`models/${fixture}`), opts),
    dir: await loadHfFolder(fixtureFolder(fixture), opts),
  };
}

beforeAll(async () => {
  s3srv = await startLocalS3({ buckets: [BUCKET] });
  s3 = client();
  await upload('tiny-bert-seqcls', 'models/tiny-bert-seqcls/');
  await upload('tiny-llama', 'models/tiny-llama/');
  const text = new TextDecoder();
  await upload('tiny-bert-seqcls', 'tampered/tiny-bert-seqcls/', (path, bytes) =>
    path === 'tokenizer.json' ? new TextEncoder().encode(text.decode(bytes).replace('"[UNK]"', '"[UNKNOWN]"')) : bytes,
  );
});
afterAll(async () => {
  s3?.destroy();
  await s3srv?.close();
});

describe('a model folder in S3', () => {
  it('loads the encoder folder the directory holds, and classifies as it does (both variants)', async () => {
    for (const variant of ['fp32', 'q8'] as const) {
      const { s3: remote, dir } = await bothLoads('tiny-bert-seqcls', { variant });
      expect(remote).toEqual(dir);
      const expected = await (await createEncoderModel(ort, dir)).classify(TEXTS);
      expect(await (await createEncoderModel(ort, remote)).classify(TEXTS)).toEqual(expected);
      expect(expected[0]!.length).toBeGreaterThan(1);
    }
  });

  it('loads the decoder folder the directory holds, and generates the same greedy tokens', async () => {
    const { s3: remote, dir } = await bothLoads('tiny-llama');
    expect(remote.generationConfig).toBeDefined();
    expect(remote).toEqual(dir);
    const ids = async (folder: typeof dir) => {
      const generation = (await createDecoderModel(ort, folder)).generate(MESSAGES, { maxTokens: 8, temperature: 0 });
      for await (const piece of generation) void piece;
      return generation.tokenIds;
    };
    const expected = await ids(dir);
    expect(expected).toHaveLength(8);
    expect(await ids(remote)).toEqual(expected);
  });

  it('reads a file the folder does not have as absent, not as an error', async () => {
    const source = fromS3('models/tiny-bert-seqcls');
    expect(await source.read('generation_config.json')).toBeUndefined();
    expect((await loadHfFolder(source)).generationConfig).toBeUndefined();
  });

  it('refuses a tampered object, naming the file and the folder, never its contents', async () => {
    const load = loadHfFolder(fromS3('tampered/tiny-bert-seqcls/'));
    await expect(load).rejects.toThrow(HfFolderError);
    const message = await load.catch((e: Error) => e.message);
    expect(message).toMatch(/^tokenizer\.json in s3:\/\/triage-models-test\/tampered\/tiny-bert-seqcls\/ does not match its checksum/);
    expect(message).not.toContain('UNK');
  });

  it('says the folder is not there when nothing is stored under the prefix', async () => {
    // `models/tiny-bert` is the start of `models/tiny-bert-seqcls/…` as a string, not as a folder.
    for (const prefix of ['models/no-such-model', 'models/tiny-bert']) {
      const load = loadHfFolder(fromS3(prefix));
      await expect(load).rejects.toThrow(HfFolderError);
      await expect(load).rejects.toThrow(`no model folder at s3://${BUCKET}/${prefix}/: no object has that prefix`);
    }
  });

  it('names the bucket, the key and the S3 error when S3 refuses or fails the call', async () => {
    const noBucket = s3FolderSource(s3, 's3://triage-no-such-bucket/models/m').read('config.json');
    await expect(noBucket).rejects.toThrow(S3FolderError);
    await expect(noBucket).rejects.toThrow(
      'S3 GetObject of s3://triage-no-such-bucket/models/m/config.json failed: NoSuchBucket (HTTP 404): the bucket does not exist in this account and region',
    );
    const stranger = client({ accessKeyId: 'STRANGER', secretAccessKey: 'not-the-key' });
    try {
      const refused = s3FolderSource(stranger, `s3://${BUCKET}/models/tiny-bert-seqcls`).read('config.json');
      await expect(refused).rejects.toThrow(
        `S3 GetObject of s3://${BUCKET}/models/tiny-bert-seqcls/config.json failed: InvalidAccessKeyId (HTTP 403`,
      );
    } finally {
      stranger.destroy();
    }
  });

  it('refuses a location that is not s3://bucket/prefix', () => {
    for (const uri of ['https://triage-models-test/models/m', 's3://Bad_Bucket/models/m', 'models/m'])
      expect(() => s3FolderSource(s3, uri)).toThrow(`${JSON.stringify(uri)} is not an S3 folder location: expected s3://bucket/prefix`);
  });
});
