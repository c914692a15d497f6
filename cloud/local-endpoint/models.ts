// The local endpoint's models, on onnxruntime-node (one thread per operator: the endpoint shares the machine
// with the rest of the stack): the built-in demo models `npm run build:models` writes to shared/models/dist,
// and the Hugging Face folders TRIAGE_CLOUD_MODEL_FOLDERS names, comma-separated:
//   TRIAGE_CLOUD_MODEL_FOLDERS="triage-small=s3://models-bucket/SmolLM2-135M-Instruct#q8"
// A folder is `s3://bucket/prefix` (where SageMaker model data lives; the S3 client follows S3_ENDPOINT_URL,
// cloud/jobs/store.ts) or a local directory. A folder under the endpoint's model id (`triage-small`) replaces the
// demo model, so the endpoint serves it under the same name.
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as ort from 'onnxruntime-node';
import type { S3Client } from '@aws-sdk/client-s3';
import { demoModels } from '../../shared/models/demo.ts';
import { parseFolderList, type FolderSetting } from '../../shared/models/folder-setting.ts';
import { directorySource, hubIdError, looksLikeHubId, type FolderSource } from '../../shared/models/hf/folder.ts';
import { loadFolderModel } from '../../shared/models/hf/served.ts';
import type { Manifest } from '../../shared/models/manifest.ts';
import { createRunner, type OrtSessionOptions } from '../../shared/models/runner.ts';
import { createRegistry, type ModelRegistry, type RegisteredModel } from '../../shared/models/served.ts';
import { s3FolderSource } from '../models/s3-folder.ts';

export const DEFAULT_MODELS_DIR = join(import.meta.dirname, '..', '..', 'shared', 'models', 'dist');
const SESSION_OPTIONS: OrtSessionOptions = { executionProviders: ['cpu'], intraOpNumThreads: 1 };

let demos = new Map<string, RegisteredModel[]>();

/** The demo models of a models directory (sessions created on first use), cached per directory. */
function demoModelsOf(dir: string): RegisteredModel[] {
  let models = demos.get(dir);
  if (!models) {
    const file = join(dir, 'manifest.json');
    if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build:models\``);
    const manifest = JSON.parse(readFileSync(file, 'utf8')) as Manifest;
    const runner = createRunner(ort, manifest, async (f) => readFileSync(join(dir, f)), { sessionOptions: SESSION_OPTIONS });
    models = demoModels(runner, `built-in demo (${dir})`);
    demos.set(dir, models);
  }
  return models;
}

/** The demo models of `dir` alone. */
export function loadModels(dir = DEFAULT_MODELS_DIR): ModelRegistry {
  return createRegistry(demoModelsOf(dir));
}

/** For tests that need fresh sessions. */
export function resetModels(): void {
  demos = new Map();
}

/** TRIAGE_CLOUD_MODEL_FOLDERS → settings; a bad entry is an Error naming the variable and the entry. */
export function folderSettingsFromEnv(value: string | undefined): FolderSetting[] {
  const { settings, problems } = parseFolderList(value);
  if (problems.length > 0) throw new Error(`TRIAGE_CLOUD_MODEL_FOLDERS: ${problems.join('; ')}`);
  return settings;
}

/** The demo models with the folders on top, every folder loaded and verified now (a bad one fails the start). */
export async function loadModelsWithFolders(
  folders: readonly FolderSetting[],
  s3: () => S3Client,
  dir = DEFAULT_MODELS_DIR,
): Promise<ModelRegistry> {
  const configured: RegisteredModel[] = [];
  for (const { location, ...folder } of folders) {
    const spec = { ...folder, source: sourceOf(location, s3) };
    configured.push({ model: await loadFolderModel(ort, spec, { sessionOptions: SESSION_OPTIONS }) });
  }
  return createRegistry(demoModelsOf(dir), configured);
}

function sourceOf(location: string, s3: () => S3Client): FolderSource {
  if (location.startsWith('s3://')) return s3FolderSource(s3(), location);
  if (looksLikeHubId(location) && !existsSync(location)) throw hubIdError(location);
  return directorySource(location, readFile);
}
