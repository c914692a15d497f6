// Model folders from R2 and KV inside workerd (the real runtime, Miniflare's real bindings): a built fixture folder
// is uploaded object by object, loaded through r2FolderSource / kvFolderSource and run on onnxruntime-web (edgeOrt),
// and must give what onnxruntime-node gives for the same folder (computed in Node by
// test/support/hf-folders.global-setup.ts). One suite on purpose — each workerd suite pays seconds to load ORT's WASM.
import { env } from 'cloudflare:workers';
import { describe, expect, inject, it } from 'vitest';
import { createDecoderModel } from '../../shared/models/hf/decoder.ts';
import { createEncoderModel } from '../../shared/models/hf/encoder.ts';
import { HfFolderError, loadHfFolder } from '../../shared/models/hf/folder.ts';
import { folderKey, kvFolderSource, r2FolderSource } from './folder-sources.ts';
import { edgeOrt } from './ort.ts';
import { CHAT_MESSAGES, CLASSIFIER_FIXTURE, CLASSIFY_TEXTS, DECODER_FIXTURE, NEW_TOKENS } from './test-hf-folders.ts';

/** The bindings used here: the edge's model bucket (wrangler.toml) and a KV namespace the vitest config adds. */
interface Bindings {
  MODELS: R2Bucket;
  FOLDERS_KV: KVNamespace;
}
const { MODELS, FOLDERS_KV } = env as unknown as Bindings;
const { folders, scores: expectedScores, generatedIds: expectedIds } = inject('hfFolders');

const fromBase64 = (s: string): Uint8Array => Uint8Array.from(atob(s), (c) => c.charCodeAt(0));

/** Stores every file of a fixture folder under `prefix`, one object / value per file; returns the files. */
async function upload(store: R2Bucket | KVNamespace, prefix: string, fixture: string): Promise<Map<string, Uint8Array>> {
  const files = new Map(Object.entries(folders[fixture]!).map(([path, b64]) => [path, fromBase64(b64)]));
  for (const [path, bytes] of files) await store.put(folderKey(prefix, path), bytes);
  return files;
}

function expectScoresOfNode(actual: { label: string; score: number }[][]): void {
  expect(actual.map((row) => row.map((s) => s.label))).toEqual(expectedScores.map((row) => row.map((s) => s.label)));
  actual.forEach((row, i) => row.forEach((s, j) => expect(Math.abs(s.score - expectedScores[i]![j]!.score)).toBeLessThan(1e-4)));
}

describe('model folders from R2 and KV (workerd, onnxruntime-web)', () => {
  it('classifies from an R2 folder as onnxruntime-node does on the same folder', async () => {
    await upload(MODELS, 'hf/tiny-bert-seqcls', CLASSIFIER_FIXTURE);
    const source = r2FolderSource(MODELS, 'hf/tiny-bert-seqcls', { binding: 'MODELS' });
    expect(source.description).toBe('r2://MODELS/hf/tiny-bert-seqcls');
    const model = await createEncoderModel(edgeOrt, await loadHfFolder(source));
    expect(expectedScores).toHaveLength(CLASSIFY_TEXTS.length);
    expectScoresOfNode(await model.classify(CLASSIFY_TEXTS));
  });

  it('generates the greedy token ids onnxruntime-node generates, from an R2 folder, with the KV cache', async () => {
    await upload(MODELS, 'hf/tiny-llama/', DECODER_FIXTURE);
    const model = await createDecoderModel(edgeOrt, await loadHfFolder(r2FolderSource(MODELS, 'hf/tiny-llama/')));
    expect(model.cached).toBe(true);
    const generation = model.generate(CHAT_MESSAGES, { maxTokens: NEW_TOKENS, temperature: 0 });
    for await (const piece of generation) void piece;
    expect(expectedIds).toHaveLength(NEW_TOKENS);
    expect(generation.tokenIds).toEqual(expectedIds);
  });

  it('reads a folder from KV (one value per file) and classifies as onnxruntime-node does', async () => {
    await upload(FOLDERS_KV, 'hf/tiny-bert-seqcls', CLASSIFIER_FIXTURE);
    const source = kvFolderSource(FOLDERS_KV, 'hf/tiny-bert-seqcls', { binding: 'FOLDERS_KV' });
    expect(source.description).toBe('kv://FOLDERS_KV/hf/tiny-bert-seqcls');
    const folder = await loadHfFolder(source, { variant: 'fp32' });
    expect(folder.onnxPath).toBe('onnx/model.onnx');
    expectScoresOfNode(await (await createEncoderModel(edgeOrt, folder)).classify(CLASSIFY_TEXTS));
  });

  it('refuses a tampered object: an HfFolderError naming the file and the folder, not its contents', async () => {
    const files = await upload(MODELS, 'hf/tampered', CLASSIFIER_FIXTURE);
    const tokenizer = files.get('tokenizer.json')!.slice();
    const flipped = tokenizer.length - 2; // one bit of one byte: the same size, another checksum
    tokenizer[flipped] = tokenizer[flipped]! ^ 0x01;
    await MODELS.put('hf/tampered/tokenizer.json', tokenizer);
    const failure = loadHfFolder(r2FolderSource(MODELS, 'hf/tampered', { binding: 'MODELS' }));
    await expect(failure).rejects.toBeInstanceOf(HfFolderError);
    await expect(failure).rejects.toThrow(/^tokenizer\.json in r2:\/\/MODELS\/hf\/tampered does not match its checksum/);
    await expect(failure).rejects.not.toThrow(/vocab|WordPiece/);
  });

  it('says what is missing: a folder that is not there, a file the folder lacks', async () => {
    const absent = r2FolderSource(MODELS, 'hf/not-uploaded', { binding: 'MODELS' });
    expect(await absent.read('config.json')).toBeUndefined();
    await expect(loadHfFolder(absent)).rejects.toThrow(/^r2:\/\/MODELS\/hf\/not-uploaded has no checksums\.json/);
    await expect(loadHfFolder(kvFolderSource(FOLDERS_KV, 'hf/not-uploaded'))).rejects.toThrow(
      /^kv:\/\/hf\/not-uploaded has no checksums\.json/,
    );

    await upload(MODELS, 'hf/partial', DECODER_FIXTURE);
    await MODELS.delete('hf/partial/tokenizer_config.json');
    await expect(loadHfFolder(r2FolderSource(MODELS, 'hf/partial'))).rejects.toThrow(
      new HfFolderError('tokenizer_config.json is missing from r2://hf/partial'),
    );
  });

  it('reports a failed read with the store, the prefix and the file', async () => {
    // Keys longer than the stores allow (R2: 1024 bytes, KV: 512) are refused by the store itself.
    const prefix = `hf/${'x'.repeat(1100)}`;
    const r2Read = r2FolderSource(MODELS, prefix, { binding: 'MODELS' }).read('config.json');
    await expect(r2Read).rejects.toBeInstanceOf(HfFolderError);
    await expect(r2Read).rejects.toThrow(`reading config.json from r2://MODELS/${prefix} failed (R2 key ${prefix}/config.json): `);
    const kvRead = kvFolderSource(FOLDERS_KV, prefix).read('config.json');
    await expect(kvRead).rejects.toThrow(`reading config.json from kv://${prefix} failed (KV key ${prefix}/config.json): `);
  });
});
