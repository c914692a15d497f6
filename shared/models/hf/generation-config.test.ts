// Generation settings: transformers' defaults, overlaid by generation_config.json, overlaid by the request.
import { describe, expect, it } from 'vitest';
import { HfFolderError } from './folder.ts';
import { DecoderInputError, generationDefaults, samplingParams } from './generation-config.ts';

const LLAMA = { model_type: 'llama', eos_token_id: 2 };

describe('generation defaults from the folder', () => {
  it("reads generation_config.json (eos as one id or a list), else transformers' defaults", () => {
    const qwen = generationDefaults(
      { model_type: 'qwen3' },
      { eos_token_id: [151645, 151643], do_sample: true, temperature: 0.6, top_k: 20, top_p: 0.95 },
      151645,
    );
    expect(qwen).toEqual({
      doSample: true,
      temperature: 0.6,
      topK: 20,
      topP: 0.95,
      repetitionPenalty: 1,
      maxNewTokens: undefined,
      eosTokenIds: [151645, 151643],
    });
    const bare = generationDefaults(LLAMA, undefined, 7);
    expect(bare).toEqual({
      doSample: false,
      temperature: 1,
      topK: 50,
      topP: 1,
      repetitionPenalty: 1,
      maxNewTokens: undefined,
      eosTokenIds: [2],
    });
  });

  it('takes the eos id from config.json, then from the tokenizer', () => {
    expect(generationDefaults(LLAMA, { max_new_tokens: 30 }, 7)).toMatchObject({ eosTokenIds: [2], maxNewTokens: 30 });
    expect(generationDefaults({ model_type: 'gpt2' }, {}, 50256).eosTokenIds).toEqual([50256]);
    expect(generationDefaults({ model_type: 'gpt2' }, {}, undefined).eosTokenIds).toEqual([]);
  });

  it('names the bad field of generation_config.json', () => {
    expect(() => generationDefaults(LLAMA, { top_p: 2 }, undefined)).toThrow(HfFolderError);
    expect(() => generationDefaults(LLAMA, { top_p: 2 }, undefined)).toThrow(/generation_config\.json: invalid field top_p/);
  });
});

describe('sampling settings of a request', () => {
  const greedyFolder = generationDefaults(LLAMA, {}, undefined);
  const samplingFolder = generationDefaults(LLAMA, { do_sample: true, temperature: 0.6, top_k: 20 }, undefined);

  it('samples when the request sets a temperature or do_sample, else as the folder says; temperature 0 is greedy', () => {
    expect(samplingParams(greedyFolder, {}).doSample).toBe(false);
    expect(samplingParams(greedyFolder, { temperature: 0.8 })).toMatchObject({ doSample: true, temperature: 0.8, topK: 50 });
    expect(samplingParams(samplingFolder, {})).toMatchObject({ doSample: true, temperature: 0.6, topK: 20 });
    expect(samplingParams(samplingFolder, { doSample: false }).doSample).toBe(false);
    expect(samplingParams(samplingFolder, { temperature: 0 }).doSample).toBe(false);
  });

  it('refuses settings out of range, naming the OpenAI field', () => {
    for (const [request, param] of [
      [{ temperature: -1 }, 'temperature'],
      [{ topK: 1.5 }, 'top_k'],
      [{ topP: 0 }, 'top_p'],
      [{ repetitionPenalty: 0 }, 'repetition_penalty'],
    ] as const) {
      expect(() => samplingParams(greedyFolder, request)).toThrow(DecoderInputError);
      try {
        samplingParams(greedyFolder, request);
      } catch (e) {
        expect((e as DecoderInputError).param).toBe(param);
      }
    }
  });
});
