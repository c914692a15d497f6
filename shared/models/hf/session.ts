// The ONNX Runtime session of a folder's model file, on the ORT module the tier hands in. Both runtimes' sessions
// name their inputs: the encoder and decoder read the names to feed exactly what the export takes.
import { RunnerError, type OrtLike, type OrtSessionLike, type OrtSessionOptions } from '../runner.ts';
import type { HfFolder } from './folder.ts';

export interface NamedSession extends OrtSessionLike {
  readonly inputNames: readonly string[];
  /** Each input's type (onnxruntime ≥ 1.21): e.g. whether an export's cache is float16. */
  readonly inputMetadata?: readonly { readonly name: string; readonly isTensor: boolean; readonly type?: string }[];
}

/** The session; a file ORT cannot load (or an execution provider that cannot start) is RunnerError('load_failed'). */
export async function createSession(ort: OrtLike, folder: HfFolder, options: OrtSessionOptions | undefined): Promise<NamedSession> {
  try {
    // The ORT modules' sessions have inputNames; OrtLike types only what the runner's own models need.
    return (await ort.InferenceSession.create(folder.onnx, options)) as NamedSession;
  } catch (e) {
    throw new RunnerError(`cannot load ${folder.onnxPath}: ${e instanceof Error ? e.message : String(e)}`, 'load_failed');
  }
}
