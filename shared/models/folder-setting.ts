// How a tier's configuration names a model folder: `<id>=<location>[#<variant>]`, e.g.
//   triage-small=/srv/models/SmolLM2-135M-Instruct#q8      (on-prem: a directory)
//   my-embed=s3://models-bucket/all-MiniLM-L6-v2           (the cloud's local endpoint: S3)
//   triage-classifier=r2:classifiers/distilbert-sst2#q8    (the edge: an R2 prefix)
// `id` is what clients and policies send (a built-in id such as `triage-small` is replaced by the folder);
// `variant` is the ONNX file by transformers.js' dtype names (fp32 unless set). Several settings are a list
// (YAML) or comma-separated (an environment variable). Pure.
import { ONNX_VARIANTS, type OnnxVariant } from './hf/folder.ts';

export interface FolderSetting {
  id: string;
  location: string;
  variant?: OnnxVariant;
}

const SETTING = /^([A-Za-z0-9][\w.:-]*)=([^#]+)(?:#([\w]+))?$/;

/** The setting, or an error message (it names the syntax and the variants, and quotes only the id). */
export function parseFolderSetting(text: string): FolderSetting | string {
  const match = SETTING.exec(text.trim());
  if (!match) return 'expected "<model id>=<folder>[#<variant>]"';
  const [, id = '', location = '', variant] = match;
  if (variant === undefined) return { id, location: location.trim() };
  if (!Object.hasOwn(ONNX_VARIANTS, variant))
    return `model ${JSON.stringify(id)}: unknown variant "${variant}" (one of ${Object.keys(ONNX_VARIANTS).join(', ')})`;
  return { id, location: location.trim(), variant: variant as OnnxVariant };
}

/** The setting as it is written: `<id>=<location>[#<variant>]`. */
export function formatFolderSetting(s: FolderSetting): string {
  return `${s.id}=${s.location}${s.variant ? `#${s.variant}` : ''}`;
}

/** A comma-separated list of settings (an environment variable, a Worker var); unset or empty = none. */
export function parseFolderList(value: string | undefined): { settings: FolderSetting[]; problems: string[] } {
  return parseFolderSettings(
    (value ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  );
}

/** Every setting, or the messages of the bad ones; an id given twice is an error too. */
export function parseFolderSettings(texts: readonly string[]): { settings: FolderSetting[]; problems: string[] } {
  const settings: FolderSetting[] = [];
  const problems: string[] = [];
  texts.forEach((text, i) => {
    const parsed = parseFolderSetting(text);
    if (typeof parsed === 'string') problems.push(`entry ${i + 1}: ${parsed}`);
    else if (settings.some((s) => s.id === parsed.id)) problems.push(`entry ${i + 1}: model ${JSON.stringify(parsed.id)} is given twice`);
    else settings.push(parsed);
  });
  return { settings, problems };
}
