// The models the Worker runs itself (the `edge` target): the built-in demo models — from the bundle, or R2 —
// and the Hugging Face folders the MODEL_FOLDERS var names in the MODELS R2 bucket, e.g.
//   MODEL_FOLDERS = "triage-classifier=r2:hf/distilbert-sst2#q8, my-embed=r2:hf/all-MiniLM-L6-v2#q8"
// (`<id>=r2:<prefix>[#<variant>]`; the files are R2 objects `<prefix>/<path>`, with the folder's checksums.json,
// see folder-sources.ts). A folder under a built-in id replaces that demo model. Everything is loaded once per
// isolate, on the first request that needs a model, and reused; a failed load is retried by the next request.
import { demoModels } from '../../shared/models/demo.ts';
import { parseFolderList, type FolderSetting } from '../../shared/models/folder-setting.ts';
import { loadFolderModel } from '../../shared/models/hf/served.ts';
import { createRunner } from '../../shared/models/runner.ts';
import { createRegistry, type ModelRegistry, type RegisteredModel } from '../../shared/models/served.ts';
import type { Env } from '../env.ts';
import { r2FolderSource } from './folder-sources.ts';
import { edgeOrt } from './ort.ts';
import { createModelStore, type R2Like } from './store.ts';

/** MODEL_FOLDERS cannot be used as it is: the message names the var and the entry, never a secret. */
export class ModelFoldersError extends Error {
  override readonly name = 'ModelFoldersError';
}

const R2_LOCATION = /^r2:(.+)$/;

// One registry per isolate, per R2 binding and MODEL_FOLDERS value: ORT sessions are created once.
let cached: { r2: unknown; folders: string | undefined; registry: Promise<ModelRegistry> } | undefined;

/** The models of this isolate (see the header). Rejects with ModelFoldersError or the folder's own error. */
export function edgeModels(env: Pick<Env, 'MODELS' | 'MODEL_FOLDERS'>): Promise<ModelRegistry> {
  if (!cached || cached.r2 !== env.MODELS || cached.folders !== env.MODEL_FOLDERS) {
    const registry = loadRegistry(env);
    cached = { r2: env.MODELS, folders: env.MODEL_FOLDERS, registry };
    registry.catch(() => {
      if (cached?.registry === registry) cached = undefined;
    });
  }
  return cached.registry;
}

async function loadRegistry(env: Pick<Env, 'MODELS' | 'MODEL_FOLDERS'>): Promise<ModelRegistry> {
  const store = createModelStore(env.MODELS ? { r2: env.MODELS } : {});
  const runner = createRunner(edgeOrt, store.manifest, async (_file, entry) => (await store.load(entry)).bytes);
  const builtIn = demoModels(runner, 'built-in demo (Worker bundle)');
  const configured: RegisteredModel[] = [];
  for (const setting of folderSettings(env.MODEL_FOLDERS)) configured.push({ model: await loadFolder(env.MODELS, setting) });
  return createRegistry(builtIn, configured);
}

/** The MODEL_FOLDERS entries, each an R2 prefix. */
export function folderSettings(value: string | undefined): FolderSetting[] {
  const { settings, problems } = parseFolderList(value);
  settings.forEach((s, i) => {
    if (!R2_LOCATION.test(s.location)) problems.push(`entry ${i + 1}: model ${JSON.stringify(s.id)}: the folder must be r2:<prefix>`);
  });
  if (problems.length > 0) throw new ModelFoldersError(`var MODEL_FOLDERS: ${problems.join('; ')}`);
  return settings;
}

async function loadFolder(bucket: R2Like | undefined, { location, ...setting }: FolderSetting) {
  if (!bucket)
    throw new ModelFoldersError(`var MODEL_FOLDERS names model ${JSON.stringify(setting.id)} in R2, but the MODELS binding is missing`);
  const prefix = R2_LOCATION.exec(location)![1]!;
  return loadFolderModel(edgeOrt, { ...setting, source: r2FolderSource(bucket, prefix, { binding: 'MODELS' }) });
}
