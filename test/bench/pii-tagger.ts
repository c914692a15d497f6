// The learned PII tagger's price on the request path (BENCH_ONLY=tagger): the edge's inspection of a clean
// chat request — the rules alone (the baseline, measured in the same run) vs the rules + the tagger over
// windows around candidate words (shared/core/inspect/tagged.ts) — on onnxruntime-web (the Worker's engine,
// WASM, one thread) and onnxruntime-node, for 1 KB and 16 KB prompts. Also how much of the prompt the tagger
// reads: windows, and tokens read against the prompt's tokens. A request the rules flag never runs the tagger,
// so clean prompts are the ones that pay. Then the same inside workerd (pii-tagger-workerd.ts).
import { readFile } from 'node:fs/promises';
import { inspectRequest } from '../../shared/core/inspect/index.ts';
import { inspectWithTagger } from '../../shared/core/inspect/tagged.ts';
import { createEncoderModel, type EncoderModel } from '../../shared/models/hf/encoder.ts';
import { directorySource, loadHfFolder } from '../../shared/models/hf/folder.ts';
import { createEntityTagger } from '../../shared/models/entity-tagger.ts';
import { ChatCompletionRequest } from '../../shared/protocol/openai/schema.ts';
import { nodeCommonWords, TAGGER_FOLDER } from '../../shared/tools/pii-tagger.ts';
import { RUNTIMES, sampleAsync, type Runtime } from './model-runtimes.ts';
import { makePrompt } from './prompts.ts';
import * as inWorkerd from './pii-tagger-workerd.ts';
import { progress, sample, table } from './stats.ts';

const isCommonWord = nodeCommonWords();

async function loadModel(runtime: Runtime): Promise<EncoderModel> {
  const folder = await loadHfFolder(directorySource(TAGGER_FOLDER, readFile), { variant: 'q8' });
  return createEncoderModel(runtime.ort, folder, { sessionOptions: runtime.sessionOptions });
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

export async function run(samples: number): Promise<void> {
  const rows: (string | number)[][] = [];
  for (const runtime of RUNTIMES) {
    progress(`PII tagger on ${runtime.name}: loading`);
    const model = await loadModel(runtime);
    for (const size of [1024, 16 * 1024]) {
      const prompt = makePrompt(size, false);
      const request = {
        task: 'chat' as const,
        body: ChatCompletionRequest.parse({ model: 'triage-small', messages: [{ role: 'user', content: prompt }] }),
      };
      const n = size > 4096 ? Math.max(20, Math.ceil(samples / 40)) : Math.max(50, Math.ceil(samples / 10));
      progress(`PII tagger on ${runtime.name}, ${size / 1024} KB: ${n} samples`);
      const { wrapped, read } = counted(model);
      const once = await inspectWithTagger(request, [], createEntityTagger(wrapped, 'bench', { isCommonWord }));
      const windows = read.windows;
      const tokensRead = read.tokens;
      const tagger = createEntityTagger(model, 'bench', { isCommonWord });
      const rules = sample(() => inspectRequest(request), n * 4);
      const tagged = await sampleAsync(() => inspectWithTagger(request, [], tagger), n);
      rows.push([
        `${size / 1024} KB`,
        runtime.name,
        windows,
        `${tokensRead} / ${model.tokenizer.encode(prompt).ids.length}`,
        rules.p50 / 1000,
        rules.p99 / 1000,
        tagged.p50,
        tagged.p99,
        tagged.p50 / (rules.p50 / 1000),
        once.piiTypes.join(',') || 'none',
      ]);
    }
  }
  console.log('\n## PII tagger: inspection of a clean chat request, rules alone vs rules + tagger (ms; Node, one thread)\n');
  console.log(
    table(
      ['prompt', 'runtime', 'windows', 'tokens read / prompt', 'rules p50', 'rules p99', '+tagger p50', '+tagger p99', '× rules', 'found'],
      rows,
    ),
  );
  await inWorkerd.run(samples);
}
