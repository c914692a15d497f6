// Loading model folders: the fixture folders the build writes (dist/fixtures/, `npm run build:models`) through
// a directory source, and altered copies of them in memory — a changed byte, a file the manifest does not
// list, a variant that is not there, a Hub id with no folder.
import { readFile, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES_DIR, localFolder } from '../../../test/support/model-folders.ts';
import { HfFolderError, checksumManifest, hubIdError, loadHfFolder, looksLikeHubId, memorySource } from './folder.ts';

const fixtures = FIXTURES_DIR;

/** A local directory as a folder source (what the Node tiers will adapt). */

async function filesOf(dir: string): Promise<Map<string, Uint8Array>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = new Map<string, Uint8Array>();
  for (const e of entries.filter((x) => x.isFile()))
    files.set(relative(dir, join(e.parentPath, e.name)), new Uint8Array(await readFile(join(e.parentPath, e.name))));
  return files;
}

const encode = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));

async function errorOf(p: Promise<unknown>): Promise<HfFolderError> {
  const e = await p.then(
    () => undefined,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(HfFolderError);
  return e as HfFolderError;
}

describe('loadHfFolder on the built fixtures', () => {
  it('loads the fp32 variant by default, with config, tokenizer files and labels', async () => {
    const dir = join(fixtures, 'tiny-bert-tokcls');
    const folder = await loadHfFolder(localFolder(dir));
    expect(folder.onnxPath).toBe('onnx/model.onnx');
    expect(folder.onnx).toEqual(new Uint8Array(await readFile(join(dir, 'onnx/model.onnx'))));
    expect(folder.config.model_type).toBe('bert');
    expect(folder.config.id2label).toEqual({ '0': 'O', '1': 'B-PER', '2': 'I-PER', '3': 'B-LOC', '4': 'I-LOC' });
    expect(folder.config.hidden_size).toBe(32);
    expect(folder.config.layer_norm_eps).toBe(1e-12); // a key the schema does not name, kept
    expect(folder.tokenizerJson).toMatchObject({ model: { type: 'WordPiece' } });
    expect(folder.tokenizerConfig.tokenizer_class).toBe('BertTokenizer');
    expect(folder.specialTokensMap).toMatchObject({ cls_token: '[CLS]' });
    expect(folder.generationConfig).toBeUndefined();
  });

  it('chooses the variant by its transformers.js name: q8 is model_quantized.onnx', async () => {
    const dir = join(fixtures, 'tiny-bert-seqcls');
    const folder = await loadHfFolder(localFolder(dir), { variant: 'q8' });
    expect(folder.onnxPath).toBe('onnx/model_quantized.onnx');
    expect(folder.onnx).toEqual(new Uint8Array(await readFile(join(dir, 'onnx/model_quantized.onnx'))));
  });

  it('names the variants that exist when the one asked for does not', async () => {
    const e = await errorOf(loadHfFolder(localFolder(join(fixtures, 'tiny-bert')), { variant: 'q4' }));
    expect(e.message).toContain('no ONNX variant q4 (onnx/model_q4.onnx)');
    expect(e.message).toContain('fp32 (onnx/model.onnx), q8 (onnx/model_quantized.onnx)');
  });
});

describe('checksums', () => {
  it('rejects a file whose bytes differ from the manifest, naming the file and not its content', async () => {
    const files = await filesOf(join(fixtures, 'tiny-bert'));
    const tokenizer = JSON.parse(new TextDecoder().decode(files.get('tokenizer.json'))) as { model: { vocab: Record<string, number> } };
    tokenizer.model.vocab['secretword'] = 9999;
    files.set('tokenizer.json', encode(tokenizer));
    const e = await errorOf(loadHfFolder(memorySource('the tampered copy', files)));
    expect(e.message).toMatch(/^tokenizer\.json in the tampered copy does not match its checksum/);
    expect(e.message).not.toContain('secretword');
  });

  it('rejects an ONNX file that differs by one byte', async () => {
    const files = await filesOf(join(fixtures, 'tiny-bert'));
    const onnx = files.get('onnx/model.onnx')!.slice();
    onnx[onnx.length - 1] = onnx[onnx.length - 1]! ^ 1;
    files.set('onnx/model.onnx', onnx);
    const e = await errorOf(loadHfFolder(memorySource('copy', files)));
    expect(e.message).toContain('onnx/model.onnx in copy does not match its checksum');
  });

  it('rejects a file the manifest does not list (here: special_tokens_map.json)', async () => {
    const files = await filesOf(join(fixtures, 'tiny-bert'));
    const manifest = JSON.parse(new TextDecoder().decode(files.get('checksums.json'))) as Record<string, string>;
    delete manifest['special_tokens_map.json'];
    const e = await errorOf(loadHfFolder(memorySource('copy', files), { checksums: manifest }));
    expect(e.message).toBe('special_tokens_map.json in copy is not listed in the checksum manifest');
  });

  it('verifies against the manifest the caller gives, not the folder’s own', async () => {
    const files = await filesOf(join(fixtures, 'tiny-bert'));
    files.set('config.json', encode({ model_type: 'bert', hidden_size: 32 }));
    files.delete('checksums.json');
    const manifest = await checksumManifest(files);
    const folder = await loadHfFolder(memorySource('copy', files), { checksums: manifest });
    expect(folder.config).toEqual({ model_type: 'bert', hidden_size: 32 });
    await expect(loadHfFolder(memorySource('copy', files))).rejects.toThrow('copy has no checksums.json');
  });
});

describe('invalid folders', () => {
  async function withConfig(bytes: Uint8Array): Promise<HfFolderError> {
    const files = await filesOf(join(fixtures, 'tiny-bert'));
    files.set('config.json', bytes);
    files.delete('checksums.json');
    return errorOf(loadHfFolder(memorySource('copy', files), { checksums: await checksumManifest(files) }));
  }

  it('names the config.json field that is wrong', async () => {
    const e = await withConfig(encode({ model_type: 7, hidden_size: 32, id2label: { first: 'O' } }));
    expect(e.message).toContain('config.json in copy is invalid: model_type:');
    expect(e.message).toContain('id2label.first:');
  });

  it('says a file is not JSON without quoting it', async () => {
    const e = await withConfig(new TextEncoder().encode('{"model_type": "bert", oops-private-text'));
    expect(e.message).toBe('config.json in copy is not valid UTF-8 JSON');
  });

  it('says which required file is missing', async () => {
    const files = await filesOf(join(fixtures, 'tiny-bert'));
    files.delete('tokenizer.json');
    const e = await errorOf(loadHfFolder(memorySource('copy', files)));
    expect(e.message).toBe('tokenizer.json is missing from copy');
  });
});

describe('Hub ids', () => {
  it('answer where a folder is expected: nothing is downloaded here, and how to point at a folder', () => {
    expect(hubIdError('sentence-transformers/all-MiniLM-L6-v2').message).toMatch(
      /sentence-transformers\/all-MiniLM-L6-v2 looks like a Hugging Face Hub id.*downloads from the Hub are not available here.*--local-dir <dir>.*triage models checksum <dir>.*point the model at that folder/,
    );
  });

  it('are told from local paths', () => {
    expect(looksLikeHubId('Qwen/Qwen3-0.6B')).toBe(true);
    expect(looksLikeHubId('./models/qwen')).toBe(false);
    expect(looksLikeHubId('/srv/models/qwen')).toBe(false);
    expect(looksLikeHubId('triage-small')).toBe(false);
  });
});
