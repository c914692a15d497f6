// `npm run models:train`: rebuilds the PII token tagger from scratch — data: windows of the gateway's size,
// partly labelled by the rule teacher (data.ts) → training and ONNX export (train.py, Debian's torch on one
// thread) → INT8 variant (quantize.ts) → the Hugging Face folder in shared/models/pii-tagger/ (package.ts) →
// the held-out curve over thresholds and the latency of a batch of two windows (evaluate.ts), the decision
// thresholds from the labelled development sets read with the rules, as the gateway reads them (labelled-sets.ts), written into
// config.json → MODEL_CARD.md. Needs: apt-get install python3-torch python3-onnx libopenblas0-pthread debian-handbook
// fortunes fortunes-de fortunes-es fortunes-it. `npm ci && npm test` never runs this: the folder is committed.
//
//   npm run models:train [-- --work /tmp/pii-tagger-work] [-- --skip-train]
// --skip-train reuses the work folder's onnx/model.onnx and training figures, to re-package or re-measure a
// model (the data is generated again: it is deterministic, and the card's hashes say which data it is).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as ortNode from 'onnxruntime-node';
import * as ortWeb from 'onnxruntime-web';
import { loadHfFolder, memorySource } from '../../../models/hf/folder.ts';
import type { OrtLike } from '../../../models/runner.ts';
import { buildData, type DataSummary } from './data.ts';
import { createEncoderModel } from '../../../models/hf/encoder.ts';
import { nodeCommonWords } from '../../pii-tagger.ts';
import { documentCurve, type DocumentPoint } from './calibrate.ts';
import { chooseOnDevSets, DEV_SETS, readDevSets } from './labelled-sets.ts';
import { curve, loadTagger, scoreWindows, windowLatency, type CurvePoint, type Latency } from './evaluate.ts';
import { LABELS } from './labels.ts';
import { modelCard, type CardInputs } from './card.ts';
import { jsonFile, packageFolder, taggerConfig } from './package.ts';
import { quantizeTagger } from './quantize.ts';
import { SHAPE, TRAINING } from './shape.ts';
import { WINDOW_TOKENS } from './windows.ts';

const HERE = dirname(fileURLToPath(import.meta.url));
export const FOLDER = resolve(HERE, '../../../models/pii-tagger');

const log = (msg: string) => console.log(`[pii-tagger] ${msg}`);
/**
 * The document false-positive rate the thresholds are chosen for, on each labelled development set with the rules
 * and the tagger together: issue 14's budget for the whole scan (FPR ≤ 0.03).
 */
const TARGET_DOC_FPR = 0.03;

function args(): { work: string; skipTrain: boolean } {
  const argv = process.argv.slice(2);
  const at = argv.indexOf('--work');
  return { work: at >= 0 ? argv[at + 1]! : '/tmp/pii-tagger-work', skipTrain: argv.includes('--skip-train') };
}

function trainConfig(data: DataSummary): Record<string, unknown> {
  if (data.vocabSize !== SHAPE.vocabSize) throw new Error(`vocabulary has ${data.vocabSize} entries, the shape says ${SHAPE.vocabSize}`);
  return {
    vocab_size: SHAPE.vocabSize,
    hidden: SHAPE.hidden,
    heads: SHAPE.heads,
    intermediate: SHAPE.intermediate,
    layers: SHAPE.layers,
    max_positions: SHAPE.maxPositions,
    act: SHAPE.activation,
    labels: LABELS.length,
    ...TRAINING,
  };
}

function train(work: string, data: DataSummary, skip: boolean): Record<string, unknown> {
  const onnxPath = join(work, 'onnx', 'model.onnx');
  const statsPath = join(work, 'stats.json');
  if (!skip) {
    mkdirSync(dirname(onnxPath), { recursive: true });
    log('training (python3 train.py, one torch thread) …');
    execFileSync('/usr/bin/python3', [join(HERE, 'train.py'), work, onnxPath, statsPath, JSON.stringify(trainConfig(data))], {
      stdio: 'inherit',
    });
  } else if (!existsSync(onnxPath) || !existsSync(statsPath)) throw new Error(`--skip-train: ${onnxPath} or ${statsPath} missing`);
  return JSON.parse(readFileSync(statsPath, 'utf8')) as Record<string, unknown>;
}

/** The held-out curves of both variants, the threshold that holds the target document FPR on both, and latency. */
async function measure(files: Map<string, Uint8Array>, data: DataSummary): Promise<CardInputs['measured']> {
  const source = memorySource('pii-tagger', files);
  ortWeb.env.wasm.numThreads = 1;
  const runtimes = { 'ort-node': ortNode as unknown as OrtLike, 'ort-web': ortWeb as unknown as OrtLike };
  const { windows, documents: heldoutDocuments } = data.heldout;
  const curves: Record<string, CurvePoint[]> = {};
  const documents: Record<string, DocumentPoint[]> = {};
  const speed: Record<string, Latency> = {};
  const isCommonWord = nodeCommonWords();
  for (const variant of ['fp32', 'q8'] as const) {
    const folder = await loadHfFolder(source, { variant });
    curves[variant] = curve(windows, await scoreWindows(await loadTagger(runtimes['ort-node'], folder), windows));
    const model = await createEncoderModel(runtimes['ort-node'], folder, {
      sessionOptions: { intraOpNumThreads: 1, interOpNumThreads: 1 },
    });
    log(`${variant}: held-out documents as the gateway reads them, ${heldoutDocuments.length} documents …`);
    documents[variant] = await documentCurve(model, heldoutDocuments, isCommonWord);
    for (const [name, ort] of Object.entries(runtimes)) {
      const options = name === 'ort-node' ? { intraOpNumThreads: 1, interOpNumThreads: 1 } : undefined;
      speed[`${variant} ${name}`] = await windowLatency(await loadTagger(ort, folder, options), windows);
    }
  }
  const dev = await chooseForBoth(files);
  log(`latency of one run, 2 windows × ${WINDOW_TOKENS} tokens (ms): ${JSON.stringify(speed)}`);
  return { curves, documents, threshold: dev.threshold, targetFpr: TARGET_DOC_FPR, reached: dev.reached, dev, speed };
}

/**
 * The thresholds on the labelled development sets, rules and tagger together (labelled-sets.ts), for each variant;
 * the gateway may run either, so the target must hold for both: the higher of their choices.
 */
async function chooseForBoth(files: Map<string, Uint8Array>): Promise<CardInputs['measured']['dev']> {
  const source = memorySource('pii-tagger', files);
  const sets = readDevSets();
  const byVariant: CardInputs['measured']['dev']['byVariant'] = {};
  for (const variant of ['fp32', 'q8'] as const) {
    const model = await createEncoderModel(ortNode as unknown as OrtLike, await loadHfFolder(source, { variant }), {
      sessionOptions: { intraOpNumThreads: 1, interOpNumThreads: 1 },
    });
    log(`${variant}: thresholds on the development sets (${DEV_SETS.join(', ')}), rules and tagger together …`);
    byVariant[variant] = await chooseOnDevSets(model, sets, nodeCommonWords(), TARGET_DOC_FPR);
    const { threshold, rareNameThreshold, reached } = byVariant[variant];
    log(`${variant}: ${JSON.stringify({ threshold, rareNameThreshold, reached })}`);
  }
  const choices = Object.values(byVariant);
  return {
    threshold: Math.max(...choices.map((c) => c.threshold)),
    rareNameThreshold: Math.max(...choices.map((c) => c.rareNameThreshold)),
    reached: choices.every((c) => c.reached),
    byVariant,
  };
}

async function main(): Promise<void> {
  const { work, skipTrain } = args();
  const started = Date.now();
  log(`data → ${work}`);
  const data = buildData(work, log);
  const stats = train(work, data, skipTrain);
  const fp32 = new Uint8Array(readFileSync(join(work, 'onnx', 'model.onnx')));
  log('quantizing (INT8) …');
  const int8 = quantizeTagger(fp32, SHAPE.vocabSize);
  const files = new Map<string, Uint8Array>([['config.json', await jsonFile(taggerConfig(SHAPE, 0.5), join(FOLDER, 'config.json'))]]);
  for (const [name, value] of Object.entries(data.tokenizerFiles)) files.set(name, await jsonFile(value, join(FOLDER, name)));
  files.set('onnx/model.onnx', fp32);
  files.set('onnx/model_quantized.onnx', int8);
  const measured = await measure(await packageFolder(files, FOLDER), data);
  files.set(
    'config.json',
    await jsonFile(taggerConfig(SHAPE, measured.threshold, measured.dev.rareNameThreshold), join(FOLDER, 'config.json')),
  );
  files.set(
    'MODEL_CARD.md',
    new TextEncoder().encode(
      modelCard({ shape: SHAPE, training: TRAINING, stats, data, measured, sizes: { fp32: fp32.length, int8: int8.length } }),
    ),
  );
  const folder = await packageFolder(files, FOLDER);
  for (const [path, bytes] of folder) {
    mkdirSync(dirname(join(FOLDER, path)), { recursive: true });
    writeFileSync(join(FOLDER, path), bytes);
  }
  const total = [...folder.values()].reduce((n, b) => n + b.length, 0);
  log(`wrote ${FOLDER} (${folder.size} files, ${(total / 1024).toFixed(0)} KB) in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

await main();
