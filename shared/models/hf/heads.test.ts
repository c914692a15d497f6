// Encoder heads on hand-made tensors: what a user of classification, NER and embeddings depends on.
import { describe, expect, it } from 'vitest';
import { HeadShapeError, classifierHead, classifySequences, extractEntities, poolEmbeddings, poolingFromConfig } from './heads.ts';
import type { Tensor } from './heads.ts';
import { TokenizerFileError } from './tokenizer.ts';
import type { Encoding } from './tokenizer.ts';

const tensor = (rows: readonly (readonly number[])[], dims?: number[]): Tensor => ({
  data: Float32Array.from(rows.flat()),
  dims: dims ?? [rows.length, rows[0]?.length ?? 0],
});

describe('sequence classification', () => {
  it('names outputs from id2label, or LABEL_i without one, and refuses a mismatch', () => {
    expect(classifierHead({ id2label: { '0': 'negative', '1': 'positive' } }, 2).labels).toEqual(['negative', 'positive']);
    expect(classifierHead({}, 3).labels).toEqual(['LABEL_0', 'LABEL_1', 'LABEL_2']);
    expect(() => classifierHead({ id2label: { '0': 'a', '1': 'b' } }, 3)).toThrow(HeadShapeError);
    expect(() => classifierHead({ id2label: { zero: 'a' } }, 1)).toThrow(TokenizerFileError);
    expect(() => classifierHead({ id2label: { zero: 'a' } }, 1)).toThrow(/^config\.json: invalid field id2label/);
  });

  it('gives every label its softmax probability, highest first, per text', () => {
    const head = classifierHead({ id2label: { '0': 'billing', '1': 'code', '2': 'legal' } }, 3);
    const [first, second] = classifySequences(
      tensor([
        [0, 2, 0],
        [3, 0, 0],
      ]),
      head,
    );
    expect(first?.map((s) => s.label)).toEqual(['code', 'billing', 'legal']);
    expect(first?.[0]?.score).toBeCloseTo(Math.exp(2) / (Math.exp(2) + 2), 6);
    expect(first?.reduce((sum, s) => sum + s.score, 0)).toBeCloseTo(1, 6);
    expect(second?.[0]?.label).toBe('billing');
  });

  it('scores each label on its own (sigmoid) for multi_label_classification', () => {
    const head = classifierHead({ id2label: { '0': 'toxic', '1': 'threat' }, problem_type: 'multi_label_classification' }, 2);
    const [scores] = classifySequences(tensor([[3, 2]]), head);
    expect(scores?.[0]?.score).toBeCloseTo(1 / (1 + Math.exp(-3)), 6);
    expect(scores?.[1]?.score).toBeCloseTo(1 / (1 + Math.exp(-2)), 6);
  });

  it('refuses logits that do not fit the labels', () => {
    expect(() => classifySequences(tensor([[1, 2, 3]]), classifierHead({}, 2))).toThrow(HeadShapeError);
  });
});

// "Angela Merkel visited Berlin." as a BERT tokenizer encodes it: [CLS] angela mer ##kel visited berlin . [SEP]
const TEXT = 'Angela Merkel visited Berlin.';
const ENCODING: Encoding = {
  ids: [2, 10, 11, 12, 13, 14, 15, 3],
  tokens: ['[CLS]', 'angela', 'mer', '##kel', 'visited', 'berlin', '.', '[SEP]'],
  attentionMask: [1, 1, 1, 1, 1, 1, 1, 1],
  typeIds: [0, 0, 0, 0, 0, 0, 0, 0],
  offsets: [
    [0, 0],
    [0, 6],
    [7, 10],
    [10, 13],
    [14, 21],
    [22, 28],
    [28, 29],
    [0, 0],
  ],
  specialTokensMask: [1, 0, 0, 0, 0, 0, 0, 1],
};
const BIO = ['O', 'B-PER', 'I-PER', 'B-LOC', 'I-LOC'];

/** Token logits that predict `labels[i]` for token i with confidence set by `strength` (default 4). */
function tokenLogits(labels: readonly string[], predicted: readonly string[], strength: readonly number[] = []): Tensor {
  const rows = predicted.map((label, i) => labels.map((l) => (l === label ? (strength[i] ?? 4) : 0)));
  return tensor(rows, [1, rows.length, labels.length]);
}

const entitiesOf = (predicted: string[], opts = {}, labels = BIO, strength: number[] = []) =>
  extractEntities(tokenLogits(labels, predicted, strength), ENCODING, TEXT, labels, opts).map((e) => [e.label, e.text, e.start, e.end]);

describe('token classification', () => {
  it('groups B-/I- tags into entities with character offsets into the original text', () => {
    expect(entitiesOf(['O', 'B-PER', 'I-PER', 'I-PER', 'O', 'B-LOC', 'O', 'O'])).toEqual([
      ['PER', 'Angela Merkel', 0, 13],
      ['LOC', 'Berlin', 22, 28],
    ]);
  });

  it('scores an entity by the mean of its tokens', () => {
    const [entity] = extractEntities(
      tokenLogits(BIO, ['O', 'B-PER', 'I-PER', 'I-PER', 'O', 'O', 'O', 'O'], [0, 4, 2, 2]),
      ENCODING,
      TEXT,
      BIO,
    );
    const p = (x: number) => Math.exp(x) / (Math.exp(x) + 4);
    expect(entity?.score).toBeCloseTo((p(4) + 2 * p(2)) / 3, 5);
  });

  it('lets an I- start an entity, splits at B- and at another type', () => {
    expect(entitiesOf(['O', 'O', 'O', 'O', 'O', 'I-LOC', 'O', 'O'])).toEqual([['LOC', 'Berlin', 22, 28]]);
    expect(entitiesOf(['O', 'B-PER', 'B-PER', 'I-PER', 'O', 'O', 'O', 'O'])).toEqual([
      ['PER', 'Angela', 0, 6],
      ['PER', 'Merkel', 7, 13],
    ]);
    expect(entitiesOf(['O', 'B-PER', 'I-LOC', 'I-LOC', 'O', 'O', 'O', 'O'])).toEqual([
      ['PER', 'Angela', 0, 6],
      ['LOC', 'Merkel', 7, 13],
    ]);
  });

  it('joins consecutive plain labels (no B-/I- prefixes) of one type', () => {
    const plain = ['O', 'PER', 'LOC'];
    expect(entitiesOf(['O', 'PER', 'PER', 'PER', 'O', 'LOC', 'O', 'O'], {}, plain)).toEqual([
      ['PER', 'Angela Merkel', 0, 13],
      ['LOC', 'Berlin', 22, 28],
    ]);
  });

  it('never reports the special tokens, whatever is predicted for them', () => {
    expect(entitiesOf(['B-LOC', 'O', 'O', 'O', 'O', 'O', 'O', 'B-LOC'])).toEqual([]);
  });

  it('with a word strategy, labels whole words: first, max or average over their subword tokens', () => {
    // "mer" says I-PER weakly, "##kel" says O strongly.
    const predicted = ['O', 'B-PER', 'I-PER', 'O', 'O', 'O', 'O', 'O'];
    const strength = [4, 4, 1, 6];
    expect(entitiesOf(predicted, { aggregation: 'simple' }, BIO, strength)).toEqual([['PER', 'Angela Mer', 0, 10]]);
    expect(entitiesOf(predicted, { aggregation: 'first' }, BIO, strength)).toEqual([['PER', 'Angela Merkel', 0, 13]]);
    expect(entitiesOf(predicted, { aggregation: 'max' }, BIO, strength)).toEqual([['PER', 'Angela', 0, 6]]);
    expect(entitiesOf(predicted, { aggregation: 'average' }, BIO, strength)).toEqual([['PER', 'Angela', 0, 6]]);
  });

  it('treats punctuation after a word as a word of its own', () => {
    expect(entitiesOf(['O', 'O', 'O', 'O', 'O', 'B-LOC', 'O', 'O'], { aggregation: 'first' })).toEqual([['LOC', 'Berlin', 22, 28]]);
  });

  it("with aggregation 'none', reports each token's own label", () => {
    expect(entitiesOf(['O', 'B-PER', 'I-PER', 'I-PER', 'O', 'O', 'O', 'O'], { aggregation: 'none' })).toEqual([
      ['B-PER', 'Angela', 0, 6],
      ['I-PER', 'Mer', 7, 10],
      ['I-PER', 'kel', 10, 13],
    ]);
  });

  it('keeps the labels asked to be ignored out', () => {
    expect(entitiesOf(['O', 'B-PER', 'I-PER', 'I-PER', 'O', 'B-LOC', 'O', 'O'], { ignoreLabels: ['O', 'LOC'] })).toEqual([
      ['PER', 'Angela Merkel', 0, 13],
    ]);
  });

  it('with minEntityProbability, a word is an entity exactly when its entity labels together reach it', () => {
    // "Angela": O 0.4, B-PER 0.35, B-LOC 0.25 → O wins the argmax, but 0.6 of the mass says "an entity".
    const rows = [
      [0, 0, 0, 0, 0],
      [Math.log(0.4), Math.log(0.35), -30, Math.log(0.25), -30],
      ...Array.from({ length: 6 }, () => [4, 0, 0, 0, 0]),
    ];
    const logits = tensor(rows, [1, rows.length, BIO.length]);
    const found = (opts = {}) => extractEntities(logits, ENCODING, TEXT, BIO, { aggregation: 'first', ...opts });
    expect(found()).toEqual([]);
    expect(found({ minEntityProbability: 0.7 })).toEqual([]);
    const [entity] = found({ minEntityProbability: 0.5 });
    expect([entity?.label, entity?.text]).toEqual(['PER', 'Angela']);
    expect(entity?.score).toBeCloseTo(0.6, 5);
    // Where an entity label wins the argmax but the entity labels together stay below it: not an entity.
    const strong = tensor(
      [[0, 0, 0, 0, 0], [Math.log(0.3), Math.log(0.45), -30, Math.log(0.25), -30], ...Array.from({ length: 6 }, () => [4, 0, 0, 0, 0])],
      [1, 8, 5],
    );
    expect(extractEntities(strong, ENCODING, TEXT, BIO, { aggregation: 'first' }).map((e) => e.text)).toEqual(['Angela']);
    expect(extractEntities(strong, ENCODING, TEXT, BIO, { aggregation: 'first', minEntityProbability: 0.8 })).toEqual([]);
  });

  it('refuses logits that do not match the encoding or the labels', () => {
    expect(() => extractEntities(tokenLogits(BIO, ['O', 'O']), ENCODING, TEXT, BIO)).toThrow(HeadShapeError);
    expect(() =>
      extractEntities(
        tokenLogits(
          BIO,
          ENCODING.ids.map(() => 'O'),
        ),
        ENCODING,
        TEXT,
        ['O', 'B-PER'],
      ),
    ).toThrow(HeadShapeError);
  });
});

describe('embeddings', () => {
  // Two rows of three tokens, width 2; the second row's last token is padding.
  const hidden = tensor(
    [
      [1, 0],
      [0, 1],
      [1, 1],
      [2, 0],
      [0, 2],
      [100, 100],
    ],
    [2, 3, 2],
  );
  const masks = [
    [1, 1, 1],
    [1, 1, 0],
  ];

  it('mean-pools over the attention mask and L2-normalizes', () => {
    const [first, second] = poolEmbeddings(hidden, masks);
    expect([...(first ?? [])]).toEqual([Math.SQRT1_2, Math.SQRT1_2].map((x) => expect.closeTo(x, 6)));
    expect([...(second ?? [])]).toEqual([Math.SQRT1_2, Math.SQRT1_2].map((x) => expect.closeTo(x, 6))); // padding ignored
    expect([...(poolEmbeddings(hidden, masks, { normalize: false })[1] ?? [])]).toEqual([1, 1]);
  });

  it('pools the CLS token or the last unmasked token when asked', () => {
    expect([...(poolEmbeddings(hidden, masks, { pooling: 'cls', normalize: false })[1] ?? [])]).toEqual([2, 0]);
    expect([...(poolEmbeddings(hidden, masks, { pooling: 'last', normalize: false })[1] ?? [])]).toEqual([0, 2]);
  });

  it('only normalizes an export that pools itself ([batch, width])', () => {
    expect([...(poolEmbeddings(tensor([[3, 4]]), [[1]])[0] ?? [])]).toEqual([expect.closeTo(0.6, 6), expect.closeTo(0.8, 6)]);
  });

  it("reads the pooling from a sentence-transformers folder's 1_Pooling/config.json", () => {
    expect(poolingFromConfig({ word_embedding_dimension: 384, pooling_mode_mean_tokens: true, pooling_mode_cls_token: false })).toBe(
      'mean',
    );
    expect(poolingFromConfig({ pooling_mode_cls_token: true })).toBe('cls');
    expect(() => poolingFromConfig({ pooling_mode_max_tokens: true })).toThrow(HeadShapeError);
  });

  it('refuses masks that do not fit the hidden states', () => {
    expect(() => poolEmbeddings(hidden, [[1, 1, 1]])).toThrow(HeadShapeError);
  });
});
