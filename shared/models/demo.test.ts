// The built-in demo models as served models: companions from the manifest, the LM's prompt and defaults, and
// stop sequences cut across pieces (the real LM runs through this in the tiers' suites).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { demoModel, demoModels, familyModel, lastUserText } from './demo.ts';
import type { Manifest } from './manifest.ts';
import { createRunner, type GenerateOptions, type Generation, type ModelRunner, type OrtLike } from './runner.ts';
import { createRegistry, type ChatRequest } from './served.ts';

const manifest = JSON.parse(readFileSync(join(import.meta.dirname, 'dist', 'manifest.json'), 'utf8')) as Manifest;
const entry = (id: string) => manifest.models.find((m) => m.id === id)!;
const noOrt: OrtLike = {
  Tensor: class {
    constructor(
      readonly type: string,
      readonly data: Float32Array | BigInt64Array | Uint16Array,
      readonly dims: readonly number[],
    ) {}
  },
  InferenceSession: { create: () => Promise.reject(new Error('no sessions in this test')) },
};

/** A runner of the tiny LM whose generation yields `pieces`; it records the options it was given. */
function scriptedLm(pieces: readonly string[]): ModelRunner & { seen: { prompt: string; opts: GenerateOptions }[] } {
  const seen: { prompt: string; opts: GenerateOptions }[] = [];
  const unused = () => Promise.reject(new Error('unused'));
  return {
    entry: entry('triage-small-int8'),
    seen,
    load: async () => {},
    classify: unused,
    embed: unused,
    generate(prompt, opts): Generation {
      seen.push({ prompt, opts });
      let produced = 0;
      return {
        async *[Symbol.asyncIterator]() {
          for (const p of pieces.slice(0, opts.maxTokens)) {
            produced++;
            yield p;
          }
        },
        get finishReason() {
          return produced < pieces.length ? 'length' : 'stop';
        },
        get completionTokens() {
          return produced;
        },
        promptTokens: 2,
      };
    },
  };
}

const request = (extra: Partial<ChatRequest> = {}): ChatRequest => ({
  messages: [{ role: 'user', content: 'hello there' }],
  maxTokens: undefined,
  maxTokensLimit: 256,
  temperature: undefined,
  topP: undefined,
  seed: 3,
  stop: [],
  signal: new AbortController().signal,
  ...extra,
});

async function collect(gen: Generation): Promise<string[]> {
  const out: string[] = [];
  for await (const p of gen) out.push(p);
  return out;
}

describe('demo models', () => {
  it('registers every manifest model; the generative ids answer embeddings/classify in their precision', () => {
    const registry = createRegistry(
      demoModels(
        createRunner(noOrt, manifest, async () => new Uint8Array()),
        'test',
      ),
    );
    const pick = (task: 'chat' | 'embeddings' | 'classify', id: string) => registry.resolve(task, id)?.id;
    expect(registry.models.map((m) => m.id).sort()).toEqual(manifest.models.map((m) => m.id).sort());
    expect(pick('embeddings', 'triage-small')).toBe('triage-embed');
    expect(pick('embeddings', 'triage-small-int8')).toBe('triage-embed-int8');
    expect(pick('classify', 'triage-small')).toBe('triage-classifier');
    expect(registry.tasksOf('triage-embed-int8')).toEqual(['embeddings']);
    expect(registry.resolve('chat', 'triage-small')?.info).toMatchObject({ kind: 'demo', source: 'test', variant: 'fp32' });
    expect(registry.resolve('chat', 'triage-small-int8')?.info.variant).toBe('int8');
    // A family without one precision falls back to the other.
    expect(
      familyModel(
        manifest.models.filter((m) => m.id !== 'triage-embed-int8'),
        'embeddings',
        true,
      )?.id,
    ).toBe('triage-embed');
  });

  it('conditions the LM on the last user message and fills its own defaults (64 tokens, 0.7, 0.9), capped by the tier', async () => {
    const lm = scriptedLm(['a']);
    await collect(
      demoModel(lm, 'test').generate(
        request({
          messages: [
            { role: 'user', content: 'first' },
            { role: 'assistant', content: 'x' },
            { role: 'user', content: [{ type: 'text', text: 'second' }, { type: 'image_url' }] },
          ],
        }),
      ),
    );
    await collect(demoModel(lm, 'test').generate(request({ maxTokens: 500, maxTokensLimit: 100, temperature: 0, topP: 0.5 })));
    expect(lm.seen.map((s) => [s.prompt, s.opts.maxTokens, s.opts.temperature, s.opts.topP, s.opts.seed])).toEqual([
      ['second ', 64, 0.7, 0.9, 3],
      ['hello there', 100, 0, 0.5, 3],
    ]);
    expect(
      lastUserText([
        { role: 'system', content: 'a' },
        { role: 'assistant', content: 'b' },
      ]),
    ).toBe('a\nb');
  });

  it('cuts at a stop sequence split across pieces, holding back only what could still become one', async () => {
    const gen = demoModel(scriptedLm(['Hello <E', 'N', 'D> more']), 'test').generate(request({ stop: ['<END>'] }));
    expect((await collect(gen)).join('')).toBe('Hello ');
    expect(gen.finishReason).toBe('stop');
    const tail = demoModel(scriptedLm(['abz']), 'test').generate(request({ stop: ['zz'] }));
    expect(await collect(tail)).toEqual(['ab', 'z']); // 'z' may begin 'zz': held back until the end
    const long = demoModel(scriptedLm(['x', 'y', 'z']), 'test').generate(request({ maxTokens: 2 }));
    expect(await collect(long)).toEqual(['x', 'y']);
    expect([long.finishReason, long.completionTokens, long.promptTokens]).toEqual(['length', 2, 2]);
  });
});
