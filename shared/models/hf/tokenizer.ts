// Tokenizers from a Hugging Face model folder: `tokenizer.json` (+ `tokenizer_config.json`) → ids, tokens,
// masks and CHARACTER OFFSETS into the original text. A thin typed layer over `@huggingface/tokenizers`,
// which stays the oracle for ids and tokens (it is what transformers.js runs); pure, runs in workerd.
//
// The library returns no offsets, so they are computed here by aligning each token's surface form with the
// original text, one character at a time "modulo normalization": every character (with its combining marks)
// is normalized on its own by the tokenizer's local normalizers, and the token's bytes are matched against
// those. Surface forms by family: WordPiece drops the `##` continuation prefix, byte-level BPE (GPT-2, Qwen)
// maps its alphabet back to UTF-8 bytes, Metaspace/SentencePiece reads `▁` as a space, byte-fallback tokens
// (`<0xE2>`) are one byte. Offsets are UTF-16 code units, as `String.prototype.slice` takes them.
//
// Choices (the same as the Rust `tokenizers` crate makes, except where noted):
// - A token that holds only some of a character's bytes (byte-level BPE splitting an emoji or a CJK
//   character) gets the WHOLE character's span, so the tokens sharing it have the same, overlapping offsets.
//   A combining mark counts as part of its base character only where normalization composes the two.
// - A space the tokenizer added (Metaspace's prepended `▁`) covers nothing; a space present in the text that
//   the token spells (`Ġworld`, `▁world`) is part of its span.
// - Special tokens the post-processor added (`[CLS]`, `[SEP]`, `<s>`) get [0, 0] and specialTokensMask 1;
//   a special token written in the text itself covers its characters and has mask 0.
// - `[UNK]` covers the characters up to where the next token's surface begins, never across whitespace.
import { SequenceNormalizer, Tokenizer } from '@huggingface/tokenizers';
import type { Normalizer } from '@huggingface/tokenizers';
import { z } from 'zod';

export interface Encoding {
  ids: number[];
  tokens: string[];
  attentionMask: number[];
  typeIds: number[];
  /** Character offsets into the input string, UTF-16 code units: text.slice(start, end) is what the token
   *  covers in the ORIGINAL text (before normalization: lowercasing, accent stripping, NFC…); [0, 0] for
   *  special tokens the post-processor added. */
  offsets: [number, number][];
  specialTokensMask: number[];
}

export interface EncodeOptions {
  /** Add the post-processor's special tokens (`[CLS] … [SEP]`); default true, as in transformers. */
  addSpecialTokens?: boolean;
  /** Truncate to at most this many tokens, special tokens included (the text is cut, never the specials). */
  maxLength?: number;
}

export interface HfTokenizer {
  encode(text: string, opts?: EncodeOptions): Encoding;
  decode(ids: readonly number[], opts?: { skipSpecialTokens?: boolean }): string;
  tokenToId(token: string): number | undefined;
  /** bos/eos/pad/unk ids from tokenizer_config.json / special tokens, where defined. */
  readonly special: { bos?: number; eos?: number; pad?: number; unk?: number };
}

/** A tokenizer file that cannot be used; the message names the file and the field, never the content. */
export class TokenizerFileError extends Error {
  override readonly name = 'TokenizerFileError';
}

// ---- the two files, validated ----

const component = z.looseObject({ type: z.string() });
const addedToken = z.looseObject({
  id: z.number().int().nonnegative(),
  content: z.string(),
  special: z.boolean().optional(),
});
const tokenizerJsonSchema = z.looseObject({
  model: z.looseObject({
    type: z.string(),
    vocab: z.union([z.record(z.string(), z.number()), z.array(z.tuple([z.string(), z.number()]))]),
    unk_token: z.string().nullish(),
    continuing_subword_prefix: z.string().nullish(),
    end_of_word_suffix: z.string().nullish(),
    byte_fallback: z.boolean().nullish(),
  }),
  added_tokens: z.array(addedToken).default([]),
  normalizer: component.nullish().transform((c) => c ?? null),
  pre_tokenizer: component.nullish().transform((c) => c ?? null),
  post_processor: component.nullish().transform((c) => c ?? null),
  decoder: component.nullish().transform((c) => c ?? null),
});
type TokenizerJson = z.infer<typeof tokenizerJsonSchema>;

/** A special token in tokenizer_config.json: a string, or the older `{"__type": "AddedToken", "content": …}`. */
export const specialTokenSchema = z.union([z.string(), z.looseObject({ content: z.string() }), z.null()]).optional();
const tokenizerConfigSchema = z.looseObject({
  bos_token: specialTokenSchema,
  eos_token: specialTokenSchema,
  pad_token: specialTokenSchema,
  unk_token: specialTokenSchema,
});

/** The token's text, whichever form tokenizer_config.json uses. */
export function specialTokenContent(value: z.infer<typeof specialTokenSchema>): string | undefined {
  if (value == null) return undefined;
  return typeof value === 'string' ? value : value.content;
}

/**
 * Parses `data` with `schema`, or throws an error naming the file and the first bad field — a TokenizerFileError
 * unless the caller names another class (generation_config.json's problems are HfFolderErrors).
 */
export function parseFile<T extends z.ZodType>(
  schema: T,
  data: unknown,
  file: string,
  ErrorClass: new (message: string) => Error = TokenizerFileError,
): z.output<T> {
  const parsed = schema.safeParse(data);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = issue && issue.path.length > 0 ? issue.path.join('.') : '(top level)';
  // zod's messages name the expected type, not the received value: nothing of the file is quoted.
  throw new ErrorClass(`${file}: invalid field ${field}: ${issue?.message ?? 'invalid'}`);
}

// ---- the tokenizer ----

export function createTokenizer(tokenizerJson: unknown, tokenizerConfig?: unknown): HfTokenizer {
  const json = parseFile(tokenizerJsonSchema, tokenizerJson, 'tokenizer.json');
  const config = parseFile(tokenizerConfigSchema, tokenizerConfig ?? {}, 'tokenizer_config.json');
  const library = constructLibraryTokenizer(json, config);
  const aligner = createAligner(json);
  const special = specialIds(library, json, config);
  const specialsAdded = postProcess(library, [], true).tokens.length;
  return {
    special,
    tokenToId: (token) => library.token_to_id(token),
    decode: (ids, opts) => (ids.length === 0 ? '' : library.decode([...ids], { skip_special_tokens: opts?.skipSpecialTokens ?? false })),
    encode(text, opts = {}) {
      const addSpecialTokens = opts.addSpecialTokens ?? true;
      const room = contentRoom(opts.maxLength, addSpecialTokens ? specialsAdded : 0);
      const content = library.encode(text, { add_special_tokens: false });
      const ids = content.ids.slice(0, room);
      const tokens = content.tokens.slice(0, room);
      return assemble(library, ids, tokens, aligner.offsets(text, tokens), addSpecialTokens);
    },
  };
}

function constructLibraryTokenizer(json: TokenizerJson, config: object): Tokenizer {
  try {
    return new Tokenizer(json, config);
  } catch (error) {
    // The library's messages name component types (e.g. an unknown normalizer), not text.
    const reason = error instanceof Error ? error.message : 'unreadable';
    throw new TokenizerFileError(`tokenizer.json: not supported by @huggingface/tokenizers: ${reason}`, { cause: error });
  }
}

function specialIds(library: Tokenizer, json: TokenizerJson, config: z.infer<typeof tokenizerConfigSchema>): HfTokenizer['special'] {
  const id = (token: string | null | undefined) => (token == null ? undefined : library.token_to_id(token));
  const special: HfTokenizer['special'] = {};
  const bos = id(specialTokenContent(config.bos_token));
  const eos = id(specialTokenContent(config.eos_token));
  const pad = id(specialTokenContent(config.pad_token));
  const unk = id(specialTokenContent(config.unk_token) ?? json.model.unk_token);
  if (bos !== undefined) special.bos = bos;
  if (eos !== undefined) special.eos = eos;
  if (pad !== undefined) special.pad = pad;
  if (unk !== undefined) special.unk = unk;
  return special;
}

/** How many text tokens fit when `maxLength` counts the special tokens too. */
function contentRoom(maxLength: number | undefined, specialsAdded: number): number | undefined {
  if (maxLength === undefined) return undefined;
  if (!Number.isInteger(maxLength) || maxLength < specialsAdded) {
    throw new RangeError(`maxLength must be an integer of at least ${specialsAdded} (the special tokens this tokenizer adds)`);
  }
  return maxLength - specialsAdded;
}

// Text tokens pass through the library's post-processor as placeholders, so that what it inserts around
// them (and the type ids it gives) is known position by position.
const PLACEHOLDER = '\u0000text-token:';

interface PostProcessed {
  tokens: string[];
  token_type_ids?: (number | undefined)[];
}

function postProcess(library: Tokenizer, tokens: string[], addSpecialTokens: boolean): PostProcessed {
  if (library.post_processor === null) return { tokens };
  return library.post_processor.post_process(tokens, null, addSpecialTokens);
}

function assemble(library: Tokenizer, ids: number[], tokens: string[], offsets: [number, number][], addSpecialTokens: boolean): Encoding {
  const placeholders = tokens.map((_, i) => `${PLACEHOLDER}${i}`);
  const processed = postProcess(library, placeholders, addSpecialTokens);
  const encoding: Encoding = { ids: [], tokens: [], attentionMask: [], typeIds: [], offsets: [], specialTokensMask: [] };
  processed.tokens.forEach((token, position) => {
    const index = token.startsWith(PLACEHOLDER) ? Number(token.slice(PLACEHOLDER.length)) : undefined;
    const id = index === undefined ? library.token_to_id(token) : ids[index];
    if (id === undefined) throw new TokenizerFileError('tokenizer.json: post_processor adds a token missing from the vocabulary');
    encoding.ids.push(id);
    encoding.tokens.push(index === undefined ? token : (tokens[index] ?? ''));
    encoding.attentionMask.push(1);
    encoding.typeIds.push(processed.token_type_ids?.[position] ?? 0);
    encoding.offsets.push(index === undefined ? [0, 0] : (offsets[index] ?? [0, 0]));
    encoding.specialTokensMask.push(index === undefined ? 1 : 0);
  });
  return encoding;
}

// ---- offsets: aligning token surfaces with the original text ----

/** How this tokenizer's token strings spell the bytes of the text they cover. */
interface SurfaceRules {
  byteLevel: boolean;
  byteFallback: boolean;
  continuingPrefix: string | undefined;
  endOfWordSuffix: string | undefined;
  unkToken: string | undefined;
  addedTokens: ReadonlySet<string>;
}

/** The text as the tokenizer saw it: per character (with its combining marks) its span and its normalized bytes. */
interface FoldedText {
  bytes: number[];
  /** For each byte, the character it came from. */
  charOf: number[];
  starts: number[];
  ends: number[];
}

interface Aligner {
  offsets(text: string, tokens: readonly string[]): [number, number][];
}

const utf8 = new TextEncoder();
const SPACE = 0x20;
const CHARACTER = /\P{M}\p{M}*|\p{M}+/gu;
const BYTE_FALLBACK = /^<0x([0-9A-Fa-f]{2})>$/;

function createAligner(json: TokenizerJson): Aligner {
  const rules = surfaceRules(json);
  const fold = createFolder(json, rules.byteLevel);
  return {
    offsets(text, tokens) {
      const folded = foldText(text, fold);
      const cursor = { at: 0 };
      return tokens.map((token, i) => alignToken(text, folded, cursor, rules, token, tokens[i + 1]));
    },
  };
}

function surfaceRules(json: TokenizerJson): SurfaceRules {
  const types = [...componentTypes(json.pre_tokenizer), ...componentTypes(json.decoder)];
  return {
    byteLevel: types.includes('ByteLevel'),
    byteFallback: json.model.byte_fallback === true,
    continuingPrefix: json.model.continuing_subword_prefix ?? (json.model.type === 'WordPiece' ? '##' : undefined),
    endOfWordSuffix: json.model.end_of_word_suffix ?? undefined,
    unkToken: json.model.unk_token ?? undefined,
    addedTokens: new Set(json.added_tokens.map((token) => token.content)),
  };
}

/** The component types of a (possibly nested `Sequence`) pre-tokenizer, decoder or normalizer. */
function componentTypes(config: unknown): string[] {
  const parsed = component.safeParse(config);
  if (!parsed.success) return [];
  const { type, pretokenizers, decoders, normalizers } = parsed.data;
  const children: unknown = [pretokenizers, decoders, normalizers].find(Array.isArray) ?? [];
  return [type, ...(Array.isArray(children) ? children.flatMap(componentTypes) : [])];
}

/** Normalizes one character the way the tokenizer normalizes text, minus the steps that act on the whole
 *  string (Prepend, Strip): the matcher treats the spaces those add or remove as optional. */
function createFolder(json: TokenizerJson, byteLevel: boolean): (character: string) => number[] {
  const normalizer = localNormalizer(json.normalizer);
  const cache = new Map<string, number[]>();
  return (character) => {
    let bytes = cache.get(character);
    if (bytes === undefined) {
      const normalized = normalizer ? normalizer.normalize(character) : character;
      // Metaspace tokenizers write spaces as `▁` (some in the normalizer): compare them as spaces.
      bytes = [...utf8.encode(byteLevel ? normalized : normalized.replaceAll('\u2581', ' '))];
      if (cache.size > 4096) cache.clear();
      cache.set(character, bytes);
    }
    return bytes;
  };
}

type SequenceConfig = ConstructorParameters<typeof SequenceNormalizer>[0];

function localNormalizer(config: z.infer<typeof component> | null): Normalizer | null {
  if (config === null) return null;
  const steps = flattenNormalizers(config).filter((step) => step.type !== 'Prepend' && step.type !== 'Strip');
  if (steps.length === 0) return null;
  // The library's own normalizers, from config entries its Tokenizer constructor has already accepted; its
  // config type (a union per normalizer) is not exported, hence the cast from the validated loose objects.
  return new SequenceNormalizer({ type: 'Sequence', normalizers: steps as SequenceConfig['normalizers'] });
}

function flattenNormalizers(config: z.infer<typeof component>): z.infer<typeof component>[] {
  const children = config['normalizers'];
  if (config.type !== 'Sequence' || !Array.isArray(children)) return [config];
  return children.flatMap((child: unknown) => {
    const parsed = component.safeParse(child);
    return parsed.success ? flattenNormalizers(parsed.data) : [];
  });
}

function foldText(text: string, fold: (character: string) => number[]): FoldedText {
  const folded: FoldedText = { bytes: [], charOf: [], starts: [], ends: [] };
  for (const match of text.matchAll(CHARACTER)) {
    const whole = fold(match[0]);
    const codePoints = [...match[0]];
    const pieces = codePoints.map(fold);
    // A mark that normalization leaves on its own (a virama, most emoji modifiers) is a character of its own:
    // tokens may split there. One that composes with its base (e + U+0301 → é under NFC) is not.
    if (codePoints.length > 1 && sameBytes(pieces.flat(), whole)) {
      let start = match.index;
      codePoints.forEach((codePoint, i) => {
        addCharacter(folded, start, start + codePoint.length, pieces[i] ?? []);
        start += codePoint.length;
      });
    } else {
      addCharacter(folded, match.index, match.index + match[0].length, whole);
    }
  }
  return folded;
}

function addCharacter(folded: FoldedText, start: number, end: number, bytes: readonly number[]): void {
  const index = folded.starts.length;
  folded.starts.push(start);
  folded.ends.push(end);
  for (const byte of bytes) {
    folded.bytes.push(byte);
    folded.charOf.push(index);
  }
}

function sameBytes(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}

function alignToken(
  text: string,
  folded: FoldedText,
  cursor: { at: number },
  rules: SurfaceRules,
  token: string,
  next: string | undefined,
): [number, number] {
  if (rules.addedTokens.has(token)) {
    const literal = alignLiteral(text, folded, cursor, token);
    if (literal) return literal;
  }
  if (token === rules.unkToken) return alignUnknown(folded, cursor, rules, next);
  const match = matchSurface(folded, cursor.at, surfaceBytes(token, rules));
  if (match === undefined) return emptySpan(folded, cursor.at);
  cursor.at = match.end;
  return match.first < 0 ? emptySpan(folded, match.end) : byteSpan(folded, match.first, match.last);
}

/** The bytes a token stands for, in the folded text's terms. */
function surfaceBytes(token: string, rules: SurfaceRules): number[] {
  if (rules.byteLevel) return [...token].map((char) => BYTE_OF_CHAR.get(char) ?? SPACE);
  const fallback = rules.byteFallback ? BYTE_FALLBACK.exec(token) : null;
  if (fallback?.[1] !== undefined) return [parseInt(fallback[1], 16)];
  let surface = token;
  const prefix = rules.continuingPrefix;
  if (prefix && surface.startsWith(prefix) && surface.length > prefix.length) surface = surface.slice(prefix.length);
  const suffix = rules.endOfWordSuffix;
  if (suffix && surface.endsWith(suffix) && surface.length > suffix.length) surface = surface.slice(0, -suffix.length);
  return [...utf8.encode(surface.replaceAll('\u2581', ' '))];
}

interface SurfaceMatch {
  /** First and last byte of the folded text the token covers (-1 when it covers none), and where it ends. */
  first: number;
  last: number;
  end: number;
}

/** Matches a token's bytes at `at`: whitespace the tokenizer dropped is skipped, spaces it added match nothing. */
function matchSurface(folded: FoldedText, at: number, surface: readonly number[]): SurfaceMatch | undefined {
  const bytes = folded.bytes;
  let position = at;
  let first = -1;
  let last = -1;
  for (let i = 0; i < surface.length;) {
    const byte = surface[i];
    if (position < bytes.length && bytes[position] === byte) {
      if (first < 0) first = position;
      last = position++;
      i++;
    } else if (byte === SPACE) {
      i++;
    } else if (position < bytes.length && isSpaceByte(bytes[position])) {
      position++;
    } else {
      return undefined;
    }
  }
  return { first, last, end: position };
}

/** A special or added token written in the text: found literally, after whitespace it may have stripped. */
function alignLiteral(text: string, folded: FoldedText, cursor: { at: number }, token: string): [number, number] | undefined {
  const from = cursor.at < folded.bytes.length ? startOf(folded, cursor.at) : text.length;
  const found = text.indexOf(token, from);
  if (found < 0 || text.slice(from, found).trim() !== '') return undefined;
  const end = found + token.length;
  while (cursor.at < folded.bytes.length && startOf(folded, cursor.at) < end) cursor.at++;
  return [found, end];
}

/** `[UNK]`: the characters up to where the next token's surface matches, never across whitespace. */
function alignUnknown(folded: FoldedText, cursor: { at: number }, rules: SurfaceRules, next: string | undefined): [number, number] {
  const bytes = folded.bytes;
  while (cursor.at < bytes.length && isSpaceByte(bytes[cursor.at])) cursor.at++;
  const first = cursor.at;
  const nextSurface = next === undefined ? undefined : surfaceBytes(next, rules);
  let end = nextCharacter(folded, first);
  while (end < bytes.length && !isSpaceByte(bytes[end]) && !startsHere(folded, end, nextSurface)) end = nextCharacter(folded, end);
  if (end === first) return emptySpan(folded, first);
  cursor.at = end;
  return byteSpan(folded, first, end - 1);
}

function startsHere(folded: FoldedText, at: number, surface: readonly number[] | undefined): boolean {
  if (surface === undefined || surface.length === 0) return false;
  return matchSurface(folded, at, surface)?.first === at;
}

function nextCharacter(folded: FoldedText, at: number): number {
  const character = folded.charOf[at];
  let position = at;
  while (position < folded.bytes.length && folded.charOf[position] === character) position++;
  return position;
}

function startOf(folded: FoldedText, byte: number): number {
  return folded.starts[folded.charOf[byte] ?? 0] ?? 0;
}

function byteSpan(folded: FoldedText, first: number, last: number): [number, number] {
  return [startOf(folded, first), folded.ends[folded.charOf[last] ?? 0] ?? 0];
}

/** An empty span where the text stands at byte `at` (after the last character covered so far). */
function emptySpan(folded: FoldedText, at: number): [number, number] {
  const previous = folded.charOf[at - 1];
  const position = previous === undefined ? 0 : (folded.ends[previous] ?? 0);
  return [position, position];
}

function isSpaceByte(byte: number | undefined): boolean {
  return byte === SPACE || byte === 0x09 || byte === 0x0a || byte === 0x0d;
}

/** GPT-2's byte ↔ printable-character table (bytes_to_unicode), read backwards: character → byte. */
const BYTE_OF_CHAR: ReadonlyMap<string, number> = (() => {
  const printable = (byte: number) => (byte >= 0x21 && byte <= 0x7e) || (byte >= 0xa1 && byte <= 0xac) || (byte >= 0xae && byte <= 0xff);
  const table = new Map<string, number>();
  let shifted = 0;
  for (let byte = 0; byte < 256; byte++) {
    table.set(String.fromCharCode(printable(byte) ? byte : 256 + shifted++), byte);
  }
  return table;
})();
