// A model folder in the Hugging Face layout, loaded and verified: `config.json`, `tokenizer.json`,
// `tokenizer_config.json` (+ `generation_config.json`, `special_tokens_map.json` when present) and one ONNX
// variant under `onnx/`, named as optimum and transformers.js name them. Pure (runs in workerd and Node): the
// bytes come from a `FolderSource` the tier adapts (the Worker bundle, R2/KV, a local directory, S3).
//
// Every file read is checked against a checksum manifest (path → SHA-256 hex; the folder's own
// `checksums.json` unless the caller hands one in): a file that does not match, or that the manifest does not
// list, is an error naming the file. Nothing is downloaded — a Hub id with no folder behind it says so.
// Errors name files and fields, never file contents.
import { z } from 'zod';
import { sha256Hex } from '../../protocol/crypto.ts';

/** Where a folder's files come from: the Worker bundle, R2/KV, a local directory, S3 — the caller adapts. */
export interface FolderSource {
  readonly description: string;
  /** The file's bytes, or undefined when the folder has no such file. */
  read(path: string): Promise<Uint8Array | undefined>;
}

/** ONNX variants by the dtype names transformers.js uses, and the files optimum/transformers.js exports write. */
export const ONNX_VARIANTS = {
  fp32: 'onnx/model.onnx',
  fp16: 'onnx/model_fp16.onnx',
  q8: 'onnx/model_quantized.onnx',
  int8: 'onnx/model_int8.onnx',
  uint8: 'onnx/model_uint8.onnx',
  q4: 'onnx/model_q4.onnx',
  q4f16: 'onnx/model_q4f16.onnx',
  bnb4: 'onnx/model_bnb4.onnx',
} as const;
export type OnnxVariant = keyof typeof ONNX_VARIANTS;

/** File path inside the folder → lower-case SHA-256 hex. */
export type Checksums = Readonly<Record<string, string>>;
export const CHECKSUMS_FILE = 'checksums.json';

export const ChecksumsSchema = z.record(z.string().min(1), z.string().regex(/^[0-9a-f]{64}$/, 'expected a lower-case SHA-256 hex digest'));

/** config.json: the fields the runtime reads are checked; every other key is kept as it is. */
export const HfConfigSchema = z.looseObject({
  model_type: z.string().min(1),
  architectures: z.array(z.string()).optional(),
  id2label: z.record(z.string().regex(/^\d+$/, 'expected an integer class id'), z.string()).optional(),
  label2id: z.record(z.string(), z.number().int().nonnegative()).optional(),
  hidden_size: z.number().int().positive().optional(),
  num_hidden_layers: z.number().int().positive().optional(),
  num_attention_heads: z.number().int().positive().optional(),
  vocab_size: z.number().int().positive().optional(),
  max_position_embeddings: z.number().int().positive().optional(),
});
export type HfConfig = z.infer<typeof HfConfigSchema>;

export interface HfFolder {
  config: HfConfig;
  tokenizerJson: unknown;
  tokenizerConfig: Record<string, unknown>;
  generationConfig?: Record<string, unknown>;
  specialTokensMap?: Record<string, unknown>;
  /** The variant's path inside the folder, e.g. `onnx/model_quantized.onnx`. */
  onnxPath: string;
  onnx: Uint8Array;
  /** The ONNX file's SHA-256 (hex), from the verified manifest. */
  onnxSha256: string;
}

export interface LoadOptions {
  /** Which ONNX file to load; fp32 (`onnx/model.onnx`) unless set. */
  variant?: OnnxVariant;
  /** The manifest to verify against; the folder's own `checksums.json` unless set. */
  checksums?: Checksums;
}

/** A folder that cannot be used as asked: the message names the folder, the file and the field. */
export class HfFolderError extends Error {
  override readonly name = 'HfFolderError';
}

/** Reads a folder's files, each verified against the manifest before anyone sees its bytes. */
class VerifiedReader {
  constructor(
    private readonly source: FolderSource,
    private readonly checksums: Checksums,
  ) {}

  async optional(path: string): Promise<Uint8Array | undefined> {
    const bytes = await this.source.read(path);
    if (bytes === undefined) return undefined;
    const expected = Object.hasOwn(this.checksums, path) ? this.checksums[path] : undefined;
    if (expected === undefined) throw new HfFolderError(`${path} in ${this.source.description} is not listed in the checksum manifest`);
    const actual = await sha256Hex(bytes);
    if (actual !== expected)
      throw new HfFolderError(`${path} in ${this.source.description} does not match its checksum (sha256 ${actual}, manifest ${expected})`);
    return bytes;
  }

  async required(path: string): Promise<Uint8Array> {
    const bytes = await this.optional(path);
    if (bytes === undefined) throw new HfFolderError(`${path} is missing from ${this.source.description}`);
    return bytes;
  }
}

const JsonObject = z.record(z.string(), z.unknown());
const utf8Strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** A JSON object from a file; the error names the file, never its text (JSON.parse's message quotes it). */
function jsonObject(bytes: Uint8Array, path: string, where: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(utf8Strict.decode(bytes));
  } catch {
    throw new HfFolderError(`${path} in ${where} is not valid UTF-8 JSON`);
  }
  const object = JsonObject.safeParse(value);
  if (!object.success) throw new HfFolderError(`${path} in ${where} is not a JSON object`);
  return object.data;
}

function schemaError(path: string, where: string, error: z.ZodError): HfFolderError {
  const fields = error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
  return new HfFolderError(`${path} in ${where} is invalid: ${fields}`);
}

async function manifestOf(source: FolderSource): Promise<Checksums> {
  const bytes = await source.read(CHECKSUMS_FILE);
  if (bytes === undefined)
    throw new HfFolderError(
      `${source.description} has no ${CHECKSUMS_FILE} (path → sha256 hex of every file) and no manifest was given: every file is verified before use ` +
        `(\`triage models checksum <folder>\` writes one for a folder you trust)`,
    );
  const parsed = ChecksumsSchema.safeParse(jsonObject(bytes, CHECKSUMS_FILE, source.description));
  if (!parsed.success) throw schemaError(CHECKSUMS_FILE, source.description, parsed.error);
  return parsed.data;
}

/** The variant's file, or an error listing the variants the manifest has. */
function variantPath(variant: OnnxVariant, checksums: Checksums, where: string): string {
  const path = ONNX_VARIANTS[variant];
  if (Object.hasOwn(checksums, path)) return path;
  const present = Object.entries(ONNX_VARIANTS)
    .filter(([, file]) => Object.hasOwn(checksums, file))
    .map(([name, file]) => `${name} (${file})`);
  throw new HfFolderError(`${where} has no ONNX variant ${variant} (${path}); it has: ${present.length > 0 ? present.join(', ') : 'none'}`);
}

async function optionalJson(reader: VerifiedReader, path: string, where: string): Promise<Record<string, unknown> | undefined> {
  const bytes = await reader.optional(path);
  return bytes === undefined ? undefined : jsonObject(bytes, path, where);
}

/** Loads and verifies a model folder: its config, tokenizer files and one ONNX variant. */
export async function loadHfFolder(source: FolderSource, opts: LoadOptions = {}): Promise<HfFolder> {
  const where = source.description;
  const checksums = opts.checksums ?? (await manifestOf(source));
  const reader = new VerifiedReader(source, checksums);
  const onnxPath = variantPath(opts.variant ?? 'fp32', checksums, where);
  const config = HfConfigSchema.safeParse(jsonObject(await reader.required('config.json'), 'config.json', where));
  if (!config.success) throw schemaError('config.json', where, config.error);
  const folder: HfFolder = {
    config: config.data,
    tokenizerJson: jsonObject(await reader.required('tokenizer.json'), 'tokenizer.json', where),
    tokenizerConfig: jsonObject(await reader.required('tokenizer_config.json'), 'tokenizer_config.json', where),
    onnxPath,
    onnx: await reader.required(onnxPath),
    onnxSha256: checksums[onnxPath]!,
  };
  const generationConfig = await optionalJson(reader, 'generation_config.json', where);
  const specialTokensMap = await optionalJson(reader, 'special_tokens_map.json', where);
  if (generationConfig) folder.generationConfig = generationConfig;
  if (specialTokensMap) folder.specialTokensMap = specialTokensMap;
  return folder;
}

/** The manifest for a folder's files (what a build writes as `checksums.json`). */
export async function checksumManifest(files: Iterable<readonly [string, Uint8Array]>): Promise<Record<string, string>> {
  const entries: [string, string][] = [];
  for (const [path, bytes] of files) entries.push([path, await sha256Hex(bytes)]);
  return Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/**
 * A folder in a local directory, read with the file reader the tier hands in (Node's `fs/promises` readFile:
 * this module stays free of Node). A missing file reads as undefined; any other failure is thrown as it is.
 */
export function directorySource(dir: string, readFile: (path: string) => Promise<Uint8Array>): FolderSource {
  const base = dir.replace(/\/+$/, '');
  return {
    description: dir,
    read: async (path) => {
      try {
        return new Uint8Array(await readFile(`${base}/${path}`));
      } catch (e) {
        if ((e as { code?: unknown }).code === 'ENOENT') return undefined;
        throw e;
      }
    },
  };
}

/** A folder held in memory (files bundled with a Worker, or fetched whole): path → bytes. */
export function memorySource(description: string, files: ReadonlyMap<string, Uint8Array>): FolderSource {
  return { description, read: async (path) => files.get(path) };
}

/** `org/name`, as the Hub names models (a local path starts with `.` or `/`). */
export function looksLikeHubId(id: string): boolean {
  return /^[A-Za-z0-9][\w.-]*\/[\w.-]+$/.test(id);
}

/** The error for a Hub id named where a folder is expected: nothing is downloaded here; how to get the folder. */
export function hubIdError(id: string): HfFolderError {
  return new HfFolderError(
    `${id} looks like a Hugging Face Hub id, but there is no such folder and downloads from the Hub are not available here: ` +
      `download it where the network allows (e.g. \`huggingface-cli download ${id} --local-dir <dir>\`), ` +
      `run \`triage models checksum <dir>\`, and point the model at that folder (a local directory, S3 or R2)`,
  );
}
