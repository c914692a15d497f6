// The PII token tagger the edge runs beside the rule detectors (shared/core/inspect/tagged.ts): the committed
// folder shared/models/pii-tagger/, INT8, bundled into the Worker (its small files copied by
// `npm run build:models` to dist/pii-tagger/*.bin so they arrive byte for byte and pass the folder's
// checksums.json), with the common-word lists its windows pass over. `bundledTagger` knows its version from that
// manifest at once; its model is loaded (once per isolate) when it first has a word to read, so requests the
// rules flagged, and the many with no name-shaped word the evidence gate keeps, never wait for it. A failed load
// is retried by the next request that needs it; the one that failed says `tagger_failed` and stays on-prem.
import { commonWords } from '../../shared/core/pii/tagger/common-words.ts';
import commonWordList from '../../shared/core/pii/tagger/common-words.txt';
import technicalWordList from '../../shared/core/pii/tagger/technical-words.txt';
import type { EntityTagger } from '../../shared/core/pii/tagger/tagger.ts';
import { lazyEntityTagger, loadEntityTagger, taggerVersion } from '../../shared/models/entity-tagger.ts';
import { memorySource } from '../../shared/models/hf/folder.ts';
import checksums from '../../shared/models/dist/pii-tagger/checksums.json.bin';
import config from '../../shared/models/dist/pii-tagger/config.json.bin';
import specialTokensMap from '../../shared/models/dist/pii-tagger/special_tokens_map.json.bin';
import tokenizer from '../../shared/models/dist/pii-tagger/tokenizer.json.bin';
import tokenizerConfig from '../../shared/models/dist/pii-tagger/tokenizer_config.json.bin';
import onnx from '../../shared/models/pii-tagger/onnx/model_quantized.onnx';
import { edgeOrt } from './ort.ts';

const ONNX_FILE = 'onnx/model_quantized.onnx';
const FILES: Readonly<Record<string, ArrayBuffer>> = {
  'checksums.json': checksums,
  'config.json': config,
  'special_tokens_map.json': specialTokensMap,
  'tokenizer.json': tokenizer,
  'tokenizer_config.json': tokenizerConfig,
  [ONNX_FILE]: onnx,
};

/** How the edge runs it: INT8, the common words never candidates on their own. */
const OPTIONS = { variant: 'q8', isCommonWord: commonWords(commonWordList, technicalWordList) } as const;

/** The bundled tagger of this isolate: its model is loaded by the first request with a word for it to read. */
export const bundledTagger: EntityTagger = lazyEntityTagger(bundledVersion(), loadBundledTagger, OPTIONS);

let loaded: Promise<EntityTagger> | undefined;

/** The bundled tagger's model, loaded once per isolate (again after a failed load). */
export function loadBundledTagger(): Promise<EntityTagger> {
  if (!loaded) {
    const loading = loadEntityTagger(edgeOrt, memorySource('Worker bundle: pii-tagger', bundledFiles()), OPTIONS);
    loaded = loading;
    loading.catch(() => {
      if (loaded === loading) loaded = undefined;
    });
  }
  return loaded;
}

/** The version the loaded tagger will have: from the bundled manifest, without loading the model. */
function bundledVersion(): string {
  const manifest = JSON.parse(new TextDecoder().decode(checksums)) as Record<string, string | undefined>;
  return taggerVersion('pii-tagger', manifest[ONNX_FILE] ?? 'unknown');
}

function bundledFiles(): Map<string, Uint8Array> {
  return new Map(Object.entries(FILES).map(([path, bytes]) => [path, new Uint8Array(bytes)]));
}
