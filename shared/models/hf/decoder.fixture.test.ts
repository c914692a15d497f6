// The generation loop (decoder.ts) on a real export: the tiny-llama fixture the build writes
// (dist/fixtures/tiny-llama/, `npm run build:models`; LlamaForCausalLM with past_key_values, ChatML template).
// The reference is @huggingface/transformers' own greedy generate() on the same folder, run in this test:
// our loop must produce its token ids with the KV cache, without it, and on onnxruntime-web (the Worker).
import { AutoModelForCausalLM, AutoTokenizer, env, type Tensor as HfTensor } from '@huggingface/transformers';
import * as ortNode from 'onnxruntime-node';
import * as ortWeb from 'onnxruntime-web';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES_DIR, fixtureFolder } from '../../../test/support/model-folders.ts';
import type { OrtLike } from '../runner.ts';
import { createDecoderModel, type DecoderModel } from './decoder.ts';
import { loadHfFolder } from './folder.ts';

ortWeb.env.wasm.numThreads = 1;
const fixturesDir = FIXTURES_DIR;
const FIXTURE = 'tiny-llama';
const MESSAGES = [{ role: 'user' as const, content: 'What is the capital of France?' }];
const NEW_TOKENS = 8;

async function decoder(ort: unknown, useCache = true, variant: 'fp32' | 'fp16' = 'fp32'): Promise<DecoderModel> {
  return createDecoderModel(ort as OrtLike, await loadHfFolder(fixtureFolder(FIXTURE), { variant }), { useCache });
}

/** Runs a generation to the end: its text and the ids it generated. */
async function complete(model: DecoderModel): Promise<{ text: string; ids: readonly number[]; finish: string | undefined }> {
  const generation = model.generate(MESSAGES, { maxTokens: NEW_TOKENS, temperature: 0 });
  let text = '';
  for await (const piece of generation) text += piece;
  return { text, ids: generation.tokenIds, finish: generation.finishReason };
}

/** transformers.js' greedy generation for MESSAGES through the folder's chat template: prompt and new ids. */
async function reference(dtype: 'fp32' | 'fp16' = 'fp32'): Promise<{ prompt: number[]; ids: number[] }> {
  const tokenizer = await AutoTokenizer.from_pretrained(FIXTURE);
  const lm = await AutoModelForCausalLM.from_pretrained(FIXTURE, { dtype, device: 'cpu' });
  const prompt = tokenizer.apply_chat_template(MESSAGES, {
    add_generation_prompt: true,
    return_dict: false,
    return_tensor: false,
  }) as number[];
  const inputs = tokenizer(tokenizer.decode(prompt), { add_special_tokens: false });
  const output = (await lm.generate({ ...inputs, max_new_tokens: NEW_TOKENS, do_sample: false })) as HfTensor;
  await lm.dispose();
  return { prompt, ids: Array.from(output.data as BigInt64Array, Number).slice(prompt.length) };
}

let expected: { prompt: number[]; ids: number[] };
beforeAll(async () => {
  env.allowRemoteModels = false;
  env.localModelPath = fixturesDir;
  expected = await reference();
});

describe('generation on the tiny-llama export', () => {
  it('sees the prompt transformers.js sees, and generates its greedy ids with the KV cache', async () => {
    const model = await decoder(ortNode);
    expect(model.cached).toBe(true);
    expect(model.promptIds(MESSAGES)).toEqual(expected.prompt);
    const { ids, text, finish } = await complete(model);
    expect(ids).toEqual(expected.ids);
    expect(finish).toBe('length');
    expect(text).toBe(model.tokenizer.decode(ids, { skipSpecialTokens: true }));
  });

  it('generates the same ids without the cache (the whole sequence at every step)', async () => {
    const model = await decoder(ortNode, false);
    expect(model.cached).toBe(false);
    expect((await complete(model)).ids).toEqual(expected.ids);
  });

  it('generates the same ids on onnxruntime-web, the Worker’s runtime', async () => {
    expect((await complete(await decoder(ortWeb))).ids).toEqual(expected.ids);
  });

  it('drives an fp16 export (float16 cache and logits) as transformers.js does, on both runtimes', async () => {
    const half = await reference('fp16');
    expect(half.prompt).toEqual(expected.prompt);
    expect((await complete(await decoder(ortNode, true, 'fp16'))).ids).toEqual(half.ids);
    expect((await complete(await decoder(ortWeb, true, 'fp16'))).ids).toEqual(half.ids);
    expect((await complete(await decoder(ortNode, false, 'fp16'))).ids).toEqual(half.ids);
  });

  it('counts usage from real tokens', async () => {
    const model = await decoder(ortNode);
    const generation = model.generate(MESSAGES, { maxTokens: 3, temperature: 0 });
    for await (const piece of generation) void piece;
    expect(generation.promptTokens).toBe(expected.prompt.length);
    expect(generation.completionTokens).toBe(3);
    expect(generation.tokenIds).toEqual(expected.ids.slice(0, 3));
  });
});
