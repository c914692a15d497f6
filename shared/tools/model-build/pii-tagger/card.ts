// MODEL_CARD.md: what the tagger is, what it was trained on (sources, seeds, hashes, sizes, the share of labels
// from the rule teacher), how long it took, and what it measured on the held-out windows — the threshold the
// gateway reads from config.json and the curve it was chosen from — written by the pipeline, never by hand.
import type { DocumentPoint } from './calibrate.ts';
import type { SetPoint } from './labelled-sets.ts';
import type { DataSummary } from './data.ts';
import type { CurvePoint, Latency } from './evaluate.ts';
import { LOCALES } from './examples.ts';
import type { TaggerShape } from './package.ts';
import { WINDOW_TOKENS } from './windows.ts';

export interface CardInputs {
  shape: TaggerShape;
  training: Record<string, unknown>;
  stats: Record<string, unknown>;
  data: DataSummary;
  measured: {
    curves: Record<string, CurvePoint[]>;
    /** Whole held-out documents read as the gateway reads them (calibrate.ts), per variant. */
    documents: Record<string, DocumentPoint[]>;
    threshold: number;
    /** The document false-positive rate the threshold is chosen for. */
    targetFpr: number;
    /** Whether some threshold held the target (for both variants). */
    reached: boolean;
    /** The thresholds chosen on the labelled development sets (labelled-sets.ts), and each variant's figures there. */
    dev: {
      threshold: number;
      rareNameThreshold: number;
      reached: boolean;
      byVariant: Record<string, { threshold: number; rareNameThreshold: number; reached: boolean; points: SetPoint[] }>;
    };
    speed: Record<string, Latency>;
  };
  sizes: { fp32: number; int8: number };
}

const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
const pct = (a: number, b: number) => `${((a / b) * 100).toFixed(1)} %`;

const CURVE_AT = [0.01, 0.02, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9];

function row(variant: string, p: CurvePoint): string {
  return `| ${variant} | ${p.threshold} | ${p.wordRecall} | ${p.perWordRecall} | ${p.addrWordRecall} | ${p.entityRecall} | ${p.docRecall} | ${p.docFpr} |`;
}

function curveTable(m: CardInputs['measured']): string {
  const rows = [
    '| variant | threshold | word recall | PER words | ADDR words | entity recall | doc recall | doc FPR |',
    '|---|---|---|---|---|---|---|---|',
  ];
  for (const [variant, points] of Object.entries(m.curves)) {
    const at = new Set([...CURVE_AT, m.threshold].map((t) => Math.round(t * 100)));
    for (const p of points.filter((x) => at.has(Math.round(x.threshold * 100)))) {
      rows.push(row(p.threshold === m.threshold ? `**${variant}, chosen**` : variant, p));
    }
  }
  return rows.join('\n');
}

function documentTable(m: CardInputs['measured']): string {
  const rows = ['| variant | threshold | doc recall | entity recall | doc FPR |', '|---|---|---|---|---|'];
  for (const [variant, points] of Object.entries(m.documents))
    for (const p of points)
      rows.push(
        `| ${p.threshold === m.threshold ? `**${variant}, chosen**` : variant} | ${p.threshold} | ${p.docRecall} | ${p.entityRecall} | ${p.docFpr} |`,
      );
  return rows.join('\n');
}

function splitRow(c: CardInputs, name: 'train' | 'heldout'): string {
  const x = c.data.splits[name];
  return `| ${name} | ${x.seed} | ${x.examples} | ${x.documents} | ${x.windows} (${x.withEntities} with entities) | ${x.tokens} | \`${x.sha256}\` |`;
}

function dataSection(c: CardInputs): string {
  const v = c.data.corpus.verdicts;
  return `## Data

Carriers: real sentences from Debian's \`debian-handbook\` (HTML, en/de/fr/es/it/nl) and the fortunes packages
(en/de/es/it), ${c.data.corpus.sentences} sentences,
SHA-256 of the sorted corpus \`${c.data.corpus.sha256}\`; per source/language: ${JSON.stringify(c.data.corpus.bySource)}.

**The rule detectors as a partial teacher** (teacher.ts): over every carrier the rules' PERSON and ADDRESS
detectors ran. ${v.positive} sentences hold a certain name (a strong-cue finding shaped like a full name) and
carry it as a PER label; ${v.uncertain} hold another finding and are left out; of the ${v.negative + v['hard-negative']}
with none, ${v['hard-negative']} hold a word the rules' gazetteer knows as a given name used as an ordinary word
(lower case or sentence-initial) and are drawn more often as hard negatives. **${c.data.labels.fromRules} of the
${c.data.labels.spans} entity labels in the training windows (${pct(c.data.labels.fromRules, c.data.labels.spans)})
came from the rules**; every other label from the generator. The held-out split uses no rule label: its
carriers are sentences the rules found nothing in.

Examples: ~45 % plain carriers (negatives, a fifth of them the hard negatives above, and in training the
rules' certain names), ~38 % a synthetic name or address from @faker-js/faker — in training 65 % of those
placed inside or around the real sentence (a pronoun subject replaced, by a given name alone in two of five,
after a preposition or at any word boundary without a cue, a vocative, opening or closing cue words, a
signature, the speakers of a chat log cut from the sentence, the person a quoted sentence is attributed to, a
table's person column, an address line) and the rest wrapped in a template; names mixed across origins, 30 % of
name parts mutated and 15 % composed from syllables of origins without a Latin faker list, so no list of names is
learnt (the vocabulary is learnt from the text without its entities); names written with initials, particles,
hyphens, "Last, First", SURNAME first, in lower case inside text that writes capitals, and in capitals — the other
~17 % hard negatives (companies, cities, countries, brands, products, book titles, streets without a number,
fictional characters, code and config lines with placeholders, chat logs whose speakers are roles such as User or
Kunde, tables of places, products and companies, prompts opening with an imperative verb).
The held-out split differs in seed, faker locales, templates (its own, plus for a third of its entities the
cue-less placements, chat logs and attributed quotes), fictional characters, code lines and carrier sentences
(one sentence in ten, by hash).

**Windows, as the gateway runs the tagger:** examples of one language are joined into documents (1–4 in
training, 1–3 held out; 20 % of the training documents and 8 % of the held-out ones all in lower case) and each document is cut at whitespace into
consecutive windows of 12–${WINDOW_TOKENS - 2} tokens plus [CLS] and [SEP] (random sizes, so a window starts and
ends mid-sentence and an entity may sit at either edge, cut in two); an entity is labelled in every window it
reaches.

- train locales: ${Object.keys(LOCALES.train).join(', ')}
- held-out locales: ${Object.keys(LOCALES.heldout).join(', ')}

| split | seed | examples | documents | windows | tokens | SHA-256 of the encoded windows |
|---|---|---|---|---|---|---|
${splitRow(c, 'train')}
${splitRow(c, 'heldout')}
`;
}

function devSetTable(m: CardInputs['measured']): string {
  const rows = [
    '| variant | threshold | rare-name threshold | set | doc recall | doc FPR | PERSON recall |',
    '|---|---|---|---|---|---|---|',
  ];
  const chosen = (p: SetPoint) => p.threshold === m.dev.threshold && p.rareNameThreshold === m.dev.rareNameThreshold;
  for (const [variant, c] of Object.entries(m.dev.byVariant))
    for (const p of c.points)
      rows.push(
        `| ${chosen(p) ? `**${variant}, chosen**` : variant} | ${p.threshold} | ${p.rareNameThreshold} | ${p.set} | ${p.recall} | ${p.fpr} | ${p.personRecall} |`,
      );
  return rows.join('\n');
}

function thresholdReason(m: CardInputs['measured']): string {
  const how =
    `It is chosen where the gateway decides: the rules and the tagger together, as \`triage pii score --tagger\` runs them, on ` +
    `the repository's labelled development sets (${[...new Set(Object.values(m.dev.byVariant).flatMap((c) => c.points.map((p) => p.set)))].join(', ')}) — `;
  if (m.reached)
    return how + `as the lowest threshold whose document false-positive rate stays within ${m.targetFpr} on every set, for both variants.`;
  return how + `**no threshold holds the target document FPR of ${m.targetFpr}** on every set; it is the highest tried.`;
}

export function modelCard(c: CardInputs): string {
  const s = c.shape;
  const m = c.measured;
  return `# pii-tagger — a tiny token tagger for PERSON and ADDRESS

Built by \`npm run models:train\` (shared/tools/model-build/pii-tagger/); do not edit by hand.
A BERT-style encoder for token classification (${s.layers} layers, hidden ${s.hidden}, ${s.heads} heads, intermediate
${s.intermediate}, max ${s.maxPositions} positions, cased WordPiece vocabulary of ${s.vocabSize}), ${c.stats['parameters']} parameters.
Labels (IOB2): O, B-PER, I-PER, B-ADDR, I-ADDR. Inputs \`input_ids\`, \`attention_mask\` (int64 [batch, sequence]);
output \`logits\` [batch, sequence, 5]. Made for windows of at most ${WINDOW_TOKENS} tokens with [CLS] and [SEP].

Files: \`onnx/model.onnx\` fp32 (torch.onnx.export, opset 14) ${kb(c.sizes.fp32)}; \`onnx/model_quantized.onnx\` INT8
(MatMulInteger with 7-bit per-column weights, int8 embedding rows) ${kb(c.sizes.int8)}.

## How to read it

Per word (a run of tokens without whitespace between them, punctuation on its own — BERT's pre-tokenization —
scored at its first token): p(entity) = 1 − p(O) after softmax; the word is PII when p(entity) ≥
\`triage_entity_threshold\` in config.json (**${m.threshold}**). ${thresholdReason(m)}
A PERSON whose name run is two or more rare parts (no part a common word: shared/core/pii/tagger/evidence.ts's
\`isRareNameRun\`) counts from \`triage_rare_name_threshold\` (**${m.dev.rareNameThreshold}**): the lowest at or below it that
keeps every development set within ${m.targetFpr} for both variants. The blind sets (test/pii-fresh, test/pii-blind, test/pii-blind2) are
never read by the pipeline.

${dataSection(c)}
## Training

torch ${c.stats['torch']} on one CPU thread; settings ${JSON.stringify(c.training)}; ${c.stats['steps']} steps,
${c.stats['tokens']} tokens, ${c.stats['seconds']} s.

## The development sets, rules and tagger together (onnxruntime-node)

${devSetTable(m)}

## Held-out documents as the gateway reads them (the synthetic held-out split, the tagger alone, evidence required)

${documentTable(m)}

Document recall: documents with an entity that get a finding; entity recall: entities touched by a finding of
their type; FPR: documents without an entity that get one. The synthetic negatives lack the hard cases of real
prompts, which is why the threshold is not chosen here.

## Held-out figures per word (the held-out windows, through loadHfFolder + an ONNX Runtime session, onnxruntime-node)

${curveTable(m)}

Word recall: words (letters/digits) inside a PER or ADDR entity with p(entity) ≥ threshold. Entity recall: an
entity (per window) with at least one such word. Document: flagged when any word of any of its windows
reaches the threshold, with no evidence required (what the model reads, not what the gateway reports); recall over documents with an entity, FPR over documents without. These are synthetic
held-out data: they measure generalisation to unseen locales, templates, carriers and cuts, not real prompts.

Latency of one session run on a batch of 2 windows × ${WINDOW_TOKENS} tokens (ms, min / p50 / p99, one thread, on
the build machine, which other jobs shared — the p50 and p99 carry their load):
${Object.entries(m.speed)
  .map(([k, v]) => `- ${k}: ${JSON.stringify(v)}`)
  .join('\n')}
`;
}
