// The learned PII tagger's price on the request path (BENCH_ONLY=tagger): the edge's inspection of a clean
// chat request — the rules alone (the baseline, measured in the same run) vs the rules + the tagger over
// windows around candidate words (shared/core/inspect/tagged.ts) — on onnxruntime-web (the Worker's engine,
// WASM, one thread) and onnxruntime-node, for 1 KB and 16 KB prompts of two kinds (pii-tagger-prompts.ts).
// Each lever is measured in the same run: the tagger with every candidate window read (`all windows`) and with
// the evidence gate asked first (`gated`, the default: windows where no finding could count are not read).
// Also how much of the prompt the tagger reads: windows, and tokens read against the prompt's tokens. A
// request the rules flag never runs the tagger, so clean prompts are the ones that pay. Then the same inside
// workerd (pii-tagger-workerd.ts).
import { readFile } from 'node:fs/promises';
import { inspectRequest } from '../../shared/core/inspect/index.ts';
import { inspectWithTagger } from '../../shared/core/inspect/tagged.ts';
import { createEncoderModel, type EncoderModel } from '../../shared/models/hf/encoder.ts';
import { directorySource, loadHfFolder } from '../../shared/models/hf/folder.ts';
import { createEntityTagger, type EntityTaggerOptions } from '../../shared/models/entity-tagger.ts';
import { ChatCompletionRequest, type ParsedRequest } from '../../shared/protocol/openai/schema.ts';
import { nodeCommonWords, TAGGER_FOLDER } from '../../shared/tools/pii-tagger.ts';
import { RUNTIMES, sampleAsync, type Runtime } from './model-runtimes.ts';
import { cleanPrompt, PROMPT_KINDS, type PromptKind } from './pii-tagger-prompts.ts';
import * as inWorkerd from './pii-tagger-workerd.ts';
import { progress, sample, table } from './stats.ts';

const isCommonWord = nodeCommonWords();

/** The model on the runtime, and the threshold its config.json sets (as the edge reads it). */
async function loadModel(runtime: Runtime): Promise<{ model: EncoderModel; threshold: number }> {
  const folder = await loadHfFolder(directorySource(TAGGER_FOLDER, readFile), { variant: 'q8' });
  const model = await createEncoderModel(runtime.ort, folder, { sessionOptions: runtime.sessionOptions });
  return { model, threshold: Number(folder.config['triage_entity_threshold']) };
}

/** The model, counting the windows and tokens each call reads. */
function counted(model: EncoderModel) {
  const read = { windows: 0, tokens: 0 };
  const wrapped: EncoderModel = {
    ...model,
    entities(texts, opts, tally) {
      read.windows += texts.length;
      for (const t of texts) read.tokens += model.tokenizer.encode(t).ids.length;
      return model.entities(texts, opts, tally);
    },
  };
  return { wrapped, read };
}

const LEVERS: readonly { name: string; options: EntityTaggerOptions }[] = [
  { name: 'all windows', options: { gateCandidates: false } },
  { name: 'gated', options: {} },
];

/** One row per lever: what the tagger read of the request, and its inspection's time against the rules'. */
async function measureRequest(
  loaded: { model: EncoderModel; threshold: number },
  runtime: Runtime,
  kind: PromptKind,
  size: number,
  samples: number,
) {
  const { model, threshold } = loaded;
  const prompt = cleanPrompt(kind, size);
  const request: ParsedRequest = {
    task: 'chat',
    body: ChatCompletionRequest.parse({ model: 'triage-small', messages: [{ role: 'user', content: prompt }] }),
  };
  const n = size > 4096 ? Math.max(20, Math.ceil(samples / 40)) : Math.max(50, Math.ceil(samples / 10));
  progress(`PII tagger on ${runtime.name}, ${kind} ${size / 1024} KB: ${n} samples per lever`);
  const rules = sample(() => inspectRequest(request), n * 4);
  const rows: (string | number)[][] = [];
  for (const lever of LEVERS) {
    const options = { isCommonWord, threshold, ...lever.options };
    const { wrapped, read } = counted(model);
    const once = await inspectWithTagger(request, [], createEntityTagger(wrapped, 'bench', options));
    const tagger = createEntityTagger(model, 'bench', options);
    const tagged = await sampleAsync(() => inspectWithTagger(request, [], tagger), n);
    rows.push([
      `${kind} ${size / 1024} KB`,
      runtime.name,
      lever.name,
      read.windows,
      `${read.tokens} / ${model.tokenizer.encode(prompt).ids.length}`,
      rules.p50 / 1000,
      rules.p99 / 1000,
      tagged.p50,
      tagged.p99,
      once.piiTypes.join(',') || 'none',
    ]);
  }
  return rows;
}

export async function run(samples: number): Promise<void> {
  const rows: (string | number)[][] = [];
  for (const runtime of RUNTIMES) {
    progress(`PII tagger on ${runtime.name}: loading`);
    const model = await loadModel(runtime);
    for (const kind of PROMPT_KINDS)
      for (const size of [1024, 16 * 1024]) rows.push(...(await measureRequest(model, runtime, kind, size, samples)));
  }
  console.log('\n## PII tagger: inspection of a clean chat request, rules alone vs rules + tagger (ms; Node, one thread)\n');
  console.log(
    table(
      ['prompt', 'runtime', 'tagger', 'windows', 'tokens read / prompt', 'rules p50', 'rules p99', '+tagger p50', '+tagger p99', 'found'],
      rows,
    ),
  );
  await inWorkerd.run(samples);
}
