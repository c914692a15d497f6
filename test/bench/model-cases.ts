// The models the per-model benchmark loads, each behind one shape (`ModelCase.load(runtime)` → a loaded model
// with its load times and one request): the fixture folders `npm run build:models` writes
// (shared/models/dist/fixtures/) through hf/encoder.ts and hf/decoder.ts, fp32 and the q8 variant, and the
// default demo models of shared/models/dist/manifest.json through runner.ts.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { sha256Hex } from '../../shared/protocol/crypto.ts';
import type { Manifest, ModelEntry } from '../../shared/models/manifest.ts';
import { createDecoderModel } from '../../shared/models/hf/decoder.ts';
import { createEncoderModel } from '../../shared/models/hf/encoder.ts';
import { loadHfFolder, type HfFolder, type OnnxVariant } from '../../shared/models/hf/folder.ts';
import { createModelRunner } from '../../shared/models/runner.ts';
import { fixtureFolder } from '../support/model-folders.ts';
import { timed, type Runtime } from './model-runtimes.ts';

const DIST = join(import.meta.dirname, '..', '..', 'shared', 'models', 'dist');
/** One short text per request (no PII detection involved: the models only). */
export const SHORT_TEXT = 'Anna Berg from Berlin sent the invoice today';
const CHAT = [{ role: 'user' as const, content: 'What is the weather like in Paris today?' }];
/** Tokens each generation request asks for. */
export const GENERATE_TOKENS = 32;

export type Task = 'embed' | 'classify' | 'entities' | 'generate';

export interface LoadedModel {
  /** Reading the files and verifying their checksums (ms). */
  readVerifyMs: number;
  /** Creating the model: ORT session (+ tokenizer for hf folders) (ms). */
  createMs: number;
  onnx: Uint8Array;
  /** One request; resolves to the tokens it generated (0 for encoders). */
  request(): Promise<number>;
}

export interface ModelCase {
  name: string;
  task: Task;
  via: 'hf/encoder' | 'hf/decoder' | 'runner';
  load(runtime: Runtime): Promise<LoadedModel>;
}

const FIXTURE_TASKS: readonly (readonly [string, Task])[] = [
  ['tiny-bert', 'embed'],
  ['tiny-bert-seqcls', 'classify'],
  ['tiny-bert-tokcls', 'entities'],
  ['tiny-llama', 'generate'],
];

/**
 * The folder with an empty eos list: greedy decoding of random weights may pick the stop token at any step,
 * and a per-token figure needs the same number of tokens every time.
 */
function withoutStopToken(folder: HfFolder): HfFolder {
  return { ...folder, generationConfig: { ...folder.generationConfig, eos_token_id: [] } };
}

async function loadFixture(name: string, task: Task, variant: OnnxVariant, runtime: Runtime): Promise<LoadedModel> {
  const read = await timed(() => loadHfFolder(fixtureFolder(name), { variant }));
  const folder = read.value;
  const opts = { sessionOptions: runtime.sessionOptions };
  if (task === 'generate') {
    const created = await timed(() => createDecoderModel(runtime.ort, withoutStopToken(folder), opts));
    const request = async () => {
      const generation = created.value.generate(CHAT, { maxTokens: GENERATE_TOKENS, temperature: 0 });
      for await (const piece of generation) void piece;
      return generation.completionTokens;
    };
    return { readVerifyMs: read.ms, createMs: created.ms, onnx: folder.onnx, request };
  }
  const created = await timed(() => createEncoderModel(runtime.ort, folder, opts));
  const model = created.value;
  const request = async () => {
    await (task === 'embed'
      ? model.embed([SHORT_TEXT])
      : task === 'entities'
        ? model.entities([SHORT_TEXT])
        : model.classify([SHORT_TEXT]));
    return 0;
  };
  return { readVerifyMs: read.ms, createMs: created.ms, onnx: folder.onnx, request };
}

/** The file from dist/, checked against the manifest's sha256 as the tiers' loaders check it. */
async function readVerified(entry: ModelEntry): Promise<Uint8Array> {
  const bytes = new Uint8Array(await readFile(join(DIST, entry.file)));
  if ((await sha256Hex(bytes)) !== entry.sha256) throw new Error(`${entry.file} does not match the manifest's sha256`);
  return bytes;
}

async function loadDemo(entry: ModelEntry, runtime: Runtime): Promise<LoadedModel> {
  const read = await timed(() => readVerified(entry));
  const runner = createModelRunner(runtime.ort, entry, async () => read.value, { sessionOptions: runtime.sessionOptions });
  const created = await timed(() => runner.load());
  const request = async () => {
    if (entry.task === 'classify') await runner.classify([SHORT_TEXT]);
    else if (entry.task === 'embed') await runner.embed([SHORT_TEXT]);
    else {
      const generation = runner.generate(CHAT[0]!.content, { maxTokens: GENERATE_TOKENS, seed: 1 });
      for await (const piece of generation) void piece;
      return generation.completionTokens;
    }
    return 0;
  };
  return { readVerifyMs: read.ms, createMs: created.ms, onnx: read.value, request };
}

export async function modelCases(): Promise<ModelCase[]> {
  const manifest = JSON.parse(await readFile(join(DIST, 'manifest.json'), 'utf8')) as Manifest;
  const fixtures = FIXTURE_TASKS.flatMap(([name, task]) =>
    (['fp32', 'q8'] as const).map((variant): ModelCase => ({
      name: `${name} ${variant}`,
      task,
      via: task === 'generate' ? 'hf/decoder' : 'hf/encoder',
      load: (runtime) => loadFixture(name, task, variant, runtime),
    })),
  );
  const demos = manifest.models.map((entry): ModelCase => ({
    name: entry.id,
    task: entry.task,
    via: 'runner',
    load: (runtime) => loadDemo(entry, runtime),
  }));
  return [...fixtures, ...demos];
}
