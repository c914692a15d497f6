// An encoder model from a Hugging Face folder, end to end (tokenizer → int64 feeds → session → head), on the
// tiny BERT fixtures the build writes (dist/fixtures/, `npm run build:models`). The reference is
// @huggingface/transformers' own pipelines on the same folders: the same scores, entities and embeddings.
// Also: padding a batch changes nothing, and onnxruntime-web (the Worker's runtime) gives what -node gives.
import { env, pipeline } from '@huggingface/transformers';
import * as ortNode from 'onnxruntime-node';
import * as ortWeb from 'onnxruntime-web';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES_DIR, fixtureFolder } from '../../../test/support/model-folders.ts';
import type { OrtLike } from '../runner.ts';
import { createEncoderModel, type EncoderModel } from './encoder.ts';
import { loadHfFolder, type OnnxVariant } from './folder.ts';

ortWeb.env.wasm.numThreads = 1;
const fixturesDir = FIXTURES_DIR;

async function encoder(name: string, ort: OrtLike = ortNode as unknown as OrtLike, variant: OnnxVariant = 'fp32'): Promise<EncoderModel> {
  return createEncoderModel(ort, await loadHfFolder(fixtureFolder(name), { variant }));
}

const TEXTS = ['Hello Anna, the meeting in Zürich is tomorrow.', 'great service', 'Berlin'];

function expectClose(actual: ArrayLike<number>, expected: ArrayLike<number>, tolerance = 1e-5): void {
  expect(actual.length).toBe(expected.length);
  for (let i = 0; i < actual.length; i++) expect(Math.abs(actual[i]! - expected[i]!)).toBeLessThan(tolerance);
}

beforeAll(() => {
  env.allowRemoteModels = false;
  env.localModelPath = fixturesDir;
});

describe('encoder model on a Hugging Face folder', () => {
  it('classifies as transformers.js text-classification does (labels from config.json, every score)', async () => {
    const ours = await (await encoder('tiny-bert-seqcls')).classify(TEXTS);
    const classifier = await pipeline('text-classification', 'tiny-bert-seqcls', { dtype: 'fp32', device: 'cpu' });
    for (const [i, text] of TEXTS.entries()) {
      const theirs = (await classifier(text, { top_k: null })) as { label: string; score: number }[];
      expect(ours[i]!.map((s) => s.label)).toEqual(theirs.map((s) => s.label));
      expectClose(
        ours[i]!.map((s) => s.score),
        theirs.map((s) => s.score),
      );
    }
  });

  it('tags tokens as transformers.js token-classification does, with character offsets into the text', async () => {
    const model = await encoder('tiny-bert-tokcls');
    const tagger = await pipeline('token-classification', 'tiny-bert-tokcls', { dtype: 'fp32', device: 'cpu' });
    const text = TEXTS[0]!;
    const [ours] = await model.entities([text], { aggregation: 'none' });
    const theirs = (await tagger(text, { ignore_labels: ['O'] })) as { entity: string; score: number; word: string }[];
    expect(ours!.map((e) => e.label)).toEqual(theirs.map((e) => e.entity));
    expectClose(
      ours!.map((e) => e.score),
      theirs.map((e) => e.score),
    );
    // transformers.js gives the token's text, not where it is; ours points into the original text.
    for (const [i, e] of ours!.entries()) {
      expect(e.text).toBe(text.slice(e.start, e.end));
      expect(e.text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '')).toBe(theirs[i]!.word.replace(/^##/, ''));
    }
  });

  it('embeds as transformers.js feature-extraction does (mean pooling, normalized)', async () => {
    const ours = await (await encoder('tiny-bert')).embed(TEXTS);
    const extractor = await pipeline('feature-extraction', 'tiny-bert', { dtype: 'fp32', device: 'cpu' });
    for (const [i, text] of TEXTS.entries()) {
      const theirs = await extractor(text, { pooling: 'mean', normalize: true });
      expectClose(ours[i]!, theirs.data as Float32Array);
      expect(Math.hypot(...ours[i]!)).toBeCloseTo(1, 5);
    }
  });

  it('gives each text of a padded batch what it gives the text alone', async () => {
    const model = await encoder('tiny-bert-tokcls');
    const batch = await model.entities(TEXTS, { aggregation: 'none' });
    for (const [i, text] of TEXTS.entries()) expect(batch[i]).toEqual((await model.entities([text], { aggregation: 'none' }))[0]);
    const embedder = await encoder('tiny-bert');
    const vectors = await embedder.embed(TEXTS);
    for (const [i, text] of TEXTS.entries()) expectClose(vectors[i]!, (await embedder.embed([text]))[0]!);
  });

  it('runs the same on onnxruntime-web (the Worker) as on onnxruntime-node, fp32 and the q8 variant', async () => {
    for (const variant of ['fp32', 'q8'] as const) {
      const web = await (await encoder('tiny-bert-seqcls', ortWeb as unknown as OrtLike, variant)).classify(TEXTS);
      const node = await (await encoder('tiny-bert-seqcls', ortNode as unknown as OrtLike, variant)).classify(TEXTS);
      for (const [i] of TEXTS.entries()) {
        expect(web[i]!.map((s) => s.label)).toEqual(node[i]!.map((s) => s.label));
        expectClose(
          web[i]!.map((s) => s.score),
          node[i]!.map((s) => s.score),
          1e-4,
        );
      }
    }
  });

  it('refuses an export whose inputs are not an encoder’s', async () => {
    const folder = await loadHfFolder(fixtureFolder('tiny-bert'));
    const decoderLike: OrtLike = {
      Tensor: ortNode.Tensor as unknown as OrtLike['Tensor'],
      InferenceSession: { create: async () => ({ inputNames: ['input_ids', 'past_key_values.0.key'], run: async () => ({}) }) },
    };
    await expect(createEncoderModel(decoderLike, folder)).rejects.toThrow(/past_key_values\.0\.key are not an encoder's/);
  });
});
