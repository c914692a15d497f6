// Node's side of the edge's model-folder tests (edge/models/folder-sources.test.ts, in workerd): reads the fixture
// folders `npm run build:models` wrote and runs them on onnxruntime-node — the reference the Worker's
// onnxruntime-web must match — then hands both to the workerd project (`inject('hfFolders')`). It lives here, not
// under edge/, because it needs Node (the file system, the native runtime) and edge/ is type-checked as workerd code.
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import * as ortNode from 'onnxruntime-node';
import type { TestProject } from 'vitest/node';
import {
  CHAT_MESSAGES,
  CLASSIFIER_FIXTURE,
  CLASSIFY_TEXTS,
  DECODER_FIXTURE,
  NEW_TOKENS,
  type HfFolderFixtures,
} from '../../edge/models/test-hf-folders.ts';
import { createDecoderModel } from '../../shared/models/hf/decoder.ts';
import { createEncoderModel } from '../../shared/models/hf/encoder.ts';
import { loadHfFolder } from '../../shared/models/hf/folder.ts';
import type { OrtLike } from '../../shared/models/runner.ts';
import { FIXTURES_DIR, fixtureFolder } from './model-folders.ts';

const ort: OrtLike = ortNode;

/** Every file under the fixture folder, by its path inside the folder (`/`-separated), base64. */
async function folderFiles(name: string): Promise<Record<string, string>> {
  const dir = join(FIXTURES_DIR, name);
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files: Record<string, string> = {};
  for (const entry of entries.filter((e) => e.isFile())) {
    const path = join(entry.parentPath, entry.name);
    files[relative(dir, path).split(sep).join('/')] = (await readFile(path)).toString('base64');
  }
  return files;
}

async function referenceScores(): Promise<HfFolderFixtures['scores']> {
  const model = await createEncoderModel(ort, await loadHfFolder(fixtureFolder(CLASSIFIER_FIXTURE)));
  return model.classify(CLASSIFY_TEXTS);
}

async function referenceGeneration(): Promise<number[]> {
  const model = await createDecoderModel(ort, await loadHfFolder(fixtureFolder(DECODER_FIXTURE)));
  const generation = model.generate(CHAT_MESSAGES, { maxTokens: NEW_TOKENS, temperature: 0 });
  for await (const piece of generation) void piece;
  return [...generation.tokenIds];
}

export default async function setup(project: TestProject) {
  const fixtures: HfFolderFixtures = {
    folders: {
      [CLASSIFIER_FIXTURE]: await folderFiles(CLASSIFIER_FIXTURE),
      [DECODER_FIXTURE]: await folderFiles(DECODER_FIXTURE),
    },
    scores: await referenceScores(),
    generatedIds: await referenceGeneration(),
  };
  project.provide('hfFolders', fixtures);
}
