// Hugging Face folders as served models, end to end through the OpenAI serving, on the built fixtures and
// onnxruntime-node: chat from the folder's template, tokenizer and generation_config; classify and embeddings
// with the folder's labels and real token counts; requests the model cannot take as 400s before any byte.
import * as ort from 'onnxruntime-node';
import { describe, expect, it } from 'vitest';
import { fixtureFolder } from '../../../test/support/model-folders.ts';
import type { ChatMessage } from '../../protocol/openai/schema.ts';
import { parseSse } from '../../protocol/openai/sse.ts';
import { serve, type ServeContext } from '../openai-serving.ts';
import { ServingInputError } from '../served.ts';
import { createDecoderModel } from './decoder.ts';
import { createEncoderModel } from './encoder.ts';
import { HfFolderError, loadHfFolder } from './folder.ts';
import { loadFolderModel, taskOf } from './served.ts';

const ctx = (): ServeContext => ({ requestId: 'req-1', signal: new AbortController().signal, tier: 'test', maxTokensLimit: 12 });
const messages: ChatMessage[] = [{ role: 'user', content: 'Hello, who are you?' }];

async function json(res: Response): Promise<Record<string, unknown>> {
  expect(res.status).toBe(200);
  return (await res.json()) as Record<string, unknown>;
}

describe('a decoder folder served as chat', () => {
  it("answers with the folder's greedy generation (generation_config: do_sample false), real usage, capped by the tier", async () => {
    const model = await loadFolderModel(ort, { id: 'triage-small', source: fixtureFolder('tiny-llama') });
    expect(model.task).toBe('generate');
    const folder = await loadHfFolder(fixtureFolder('tiny-llama'));
    expect(model.info).toEqual({
      kind: 'hf-folder',
      description: 'LlamaForCausalLM from a Hugging Face folder',
      version: folder.onnxSha256.slice(0, 12),
      source: fixtureFolder('tiny-llama').description,
      variant: 'fp32',
      architecture: 'LlamaForCausalLM',
    });
    const direct = await createDecoderModel(ort, folder);
    const reference = direct.generate(messages, { maxTokens: 12 });
    let expected = '';
    for await (const piece of reference) expected += piece;

    const body = await json(await serve(model, 'chat', { model: 'triage-small', messages }, false, ctx()));
    expect(body).toMatchObject({
      model: 'triage-small',
      system_fingerprint: `test-${folder.onnxSha256.slice(0, 12)}`,
      choices: [{ message: { content: expected }, finish_reason: reference.finishReason }],
      usage: { prompt_tokens: direct.promptIds(messages).length, completion_tokens: reference.completionTokens },
    });
  });

  it('streams the same text token by token, and takes temperature/seed from the request', async () => {
    const model = await loadFolderModel(ort, { id: 'm', source: fixtureFolder('tiny-llama') });
    const plain = await json(await serve(model, 'chat', { model: 'm', messages }, false, ctx()));
    const res = await serve(model, 'chat', { model: 'm', messages, stream: true }, true, ctx());
    const chunks = parseSse(await res.text())
      .filter((e) => e.data !== '[DONE]')
      .map((e) => JSON.parse(e.data) as { choices: { delta: { content?: string } }[] });
    const streamed = chunks.map((c) => c.choices[0]?.delta.content ?? '').join('');
    expect(streamed).toBe((plain.choices as { message: { content: string } }[])[0]!.message.content);
    expect(chunks.length).toBeGreaterThan(3);
    const sampled = (seed: number) =>
      serve(model, 'chat', { model: 'm', messages, temperature: 1.5, seed, max_tokens: 8 }, false, ctx()).then(json);
    expect((await sampled(1)).choices).toEqual((await sampled(1)).choices);
  });

  it('a prompt longer than the context is a 400 on messages, before any byte — streamed or not', async () => {
    const model = await loadFolderModel(ort, { id: 'm', source: fixtureFolder('tiny-llama') });
    const long = [{ role: 'user', content: 'word '.repeat(400) }];
    for (const stream of [false, true]) {
      const err = await serve(model, 'chat', { model: 'm', messages: long, stream }, stream, ctx()).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ServingInputError);
      expect(err).toMatchObject({ param: 'messages', code: 'invalid_request' });
      expect((err as Error).message).not.toContain('word');
    }
  });
});

describe('encoder folders served as classify and embeddings', () => {
  it("classify: the folder's labels and the encoder's scores, usage in real tokens", async () => {
    const model = await loadFolderModel(ort, { id: 'clf', source: fixtureFolder('tiny-bert-seqcls'), variant: 'q8' });
    expect([model.task, model.info.variant]).toEqual(['classify', 'q8']);
    const encoder = await createEncoderModel(ort, await loadHfFolder(fixtureFolder('tiny-bert-seqcls'), { variant: 'q8' }));
    const texts = ['great service', 'the invoice is wrong again'];
    const expected = await encoder.classify(texts);
    const body = await json(await serve(model, 'classify', { model: 'clf', input: texts }, false, ctx()));
    const data = body.data as { label: string; score: number; scores: Record<string, number> }[];
    expect(data.map((d) => d.label)).toEqual(expected.map((e) => e[0]!.label));
    data.forEach((d, i) => expect(Object.keys(d.scores).sort()).toEqual(expected[i]!.map((s) => s.label).sort()));
    const tokens = texts.reduce((n, t) => n + encoder.tokenizer.encode(t).ids.length, 0);
    expect(body.usage).toEqual({ prompt_tokens: tokens, total_tokens: tokens });
  });

  it('embeddings: the hidden size, L2-normalized; dimensions beyond it are a 400', async () => {
    const model = await loadFolderModel(ort, { id: 'emb', source: fixtureFolder('tiny-bert') });
    expect(model.task).toBe('embed');
    const body = await json(await serve(model, 'embeddings', { model: 'emb', input: 'a sentence' }, false, ctx()));
    const v = (body.data as { embedding: number[] }[])[0]!.embedding;
    expect(v).toHaveLength(32);
    expect(Math.hypot(...v)).toBeCloseTo(1, 5);
    await expect(serve(model, 'embeddings', { model: 'emb', input: 'a', dimensions: 33 }, false, ctx())).rejects.toMatchObject({
      param: 'dimensions',
    });
    await expect(serve(model, 'chat', { model: 'emb', messages }, false, ctx())).rejects.toBeInstanceOf(ServingInputError);
  });
});

describe('the task of a folder', () => {
  it("comes from config.json's architectures; heads no OpenAI route serves are refused by name", async () => {
    const where = 'f';
    expect(taskOf({ config: { model_type: 'qwen3', architectures: ['Qwen3ForCausalLM'] } }, where)).toBe('generate');
    expect(taskOf({ config: { model_type: 'gpt2', architectures: ['GPT2LMHeadModel'] } }, where)).toBe('generate');
    expect(taskOf({ config: { model_type: 'xlm-roberta', architectures: ['XLMRobertaModel'] } }, where)).toBe('embed');
    expect(() => taskOf({ config: { model_type: 'bert' } }, where)).toThrow(/names no architectures/);
    await expect(loadFolderModel(ort, { id: 'ner', source: fixtureFolder('tiny-bert-tokcls') })).rejects.toThrow(HfFolderError);
    await expect(loadFolderModel(ort, { id: 'ner', source: fixtureFolder('tiny-bert-tokcls') })).rejects.toThrow(
      /BertForTokenClassification is not served/,
    );
  });
});
