// MODEL_CARD.md: what the tagger is, what it was trained on (sources, seeds, hashes, sizes), how long it
// took, and what it measured on the held-out split — written by the pipeline, never by hand.
import type { DataSummary } from './data.ts';
import type { Figures } from './evaluate.ts';
import { LOCALES } from './examples.ts';
import type { TaggerShape } from './package.ts';

export interface CardInputs {
  shape: TaggerShape;
  training: Record<string, unknown>;
  stats: Record<string, unknown>;
  data: DataSummary;
  measured: { figures: Record<string, Figures>; speed: Record<string, unknown> };
  sizes: { fp32: number; int8: number };
}

const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;

function figuresTable(figures: Record<string, Figures>): string {
  const rows = [
    '| variant | doc recall | doc FPR | doc precision | PER recall / precision | ADDR recall / precision |',
    '|---|---|---|---|---|---|',
  ];
  for (const [variant, f] of Object.entries(figures)) {
    const e = (l: string) => (f.entity[l] ? `${f.entity[l].recall} / ${f.entity[l].precision} (${f.entity[l].gold} gold)` : '–');
    rows.push(
      `| ${variant} | ${f.document.recall} | ${f.document.falsePositiveRate} | ${f.document.precision} | ${e('PER')} | ${e('ADDR')} |`,
    );
  }
  return rows.join('\n');
}

export function modelCard(c: CardInputs): string {
  const s = c.shape;
  const split = (name: 'train' | 'heldout') => {
    const x = c.data.splits[name];
    return `| ${name} | ${x.seed} | ${x.examples} (${x.withEntities} with entities) | ${x.tokens} | \`${x.sha256}\` |`;
  };
  return `# pii-tagger — a tiny token tagger for PERSON and ADDRESS

Built by \`npm run models:train\` (shared/tools/model-build/pii-tagger/); do not edit by hand.
A BERT-style encoder for token classification (${s.layers} layers, hidden ${s.hidden}, ${s.heads} heads, intermediate
${s.intermediate}, max ${s.maxPositions} positions, cased WordPiece vocabulary of ${s.vocabSize}), ${c.stats['parameters']} parameters.
Labels (IOB2): O, B-PER, I-PER, B-ADDR, I-ADDR. Inputs \`input_ids\`, \`attention_mask\` (int64 [batch, sequence]);
output \`logits\` [batch, sequence, 5].

Files: \`onnx/model.onnx\` fp32 (torch.onnx.export, opset 14) ${kb(c.sizes.fp32)}; \`onnx/model_quantized.onnx\` INT8
(MatMulInteger with 7-bit per-column weights, int8 embedding rows) ${kb(c.sizes.int8)}.

## Data

Carriers: real sentences from Debian's \`debian-handbook\` (HTML, en/de/fr/es/it/nl) and the fortunes packages
(en/de/es/it), ${c.data.corpus.sentences} sentences,
SHA-256 of the sorted corpus \`${c.data.corpus.sha256}\`; per source/language: ${JSON.stringify(c.data.corpus.bySource)}.
Half of all examples are plain carrier sentences (negatives); ~35 % carry a synthetic name or address from
@faker-js/faker — in training, 65 % of those are placed inside or around the real sentence (a pronoun subject
replaced, after a preposition or at any word boundary, a vocative, opening or closing cue words, a signature, an address line) and the
rest wrapped in a template; names mixed across origins and 30 % of name parts mutated into unseen name-shaped
strings, so no list of names is learnt (the vocabulary is learnt from the text without its entities); the other
~15 % are hard negatives (companies, cities, streets without a number, fictional characters, code and config
lines). The held-out split differs in seed, faker locales, templates (its own only, no placements, no
mutation), fictional characters, code lines and carrier sentences (one sentence in ten, by hash, is held out).

- train locales: ${Object.keys(LOCALES.train).join(', ')}
- held-out locales: ${Object.keys(LOCALES.heldout).join(', ')}

| split | seed | examples | tokens | SHA-256 of the encoded split |
|---|---|---|---|---|
${split('train')}
${split('heldout')}

The rule detectors are not used as a teacher in this version: every label comes from the generator.

## Training

torch ${c.stats['torch']} on one CPU thread; settings ${JSON.stringify(c.training)}; ${c.stats['steps']} steps,
${c.stats['tokens']} tokens, ${c.stats['seconds']} s.

## Held-out figures (through loadHfFolder + createEncoderModel + entities(), aggregation "first")

${figuresTable(c.measured.figures)}

Entity level: a gold entity is found when a predicted entity of the same type overlaps it; precision = predicted
entities overlapping a gold entity of their type / predicted entities. Document level: flagged = any entity.
These are synthetic held-out data: they measure generalisation to unseen locales, templates and carriers, not
real prompts.

Latency of \`entities()\` on a 1 KB text (ms, p50 / p99, one thread, on the build machine; the text is longer than
${s.maxPositions} tokens and is cut there — the gateway will run the tagger over windows, not whole prompts):
${Object.entries(c.measured.speed)
  .map(([k, v]) => `- ${k}: ${JSON.stringify(v)}`)
  .join('\n')}
`;
}
