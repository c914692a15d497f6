// Held-out figures of a packaged tagger, through the runtime users get (loadHfFolder + createEncoderModel +
// entities()): entity level (a gold entity is found when a predicted entity of the same type overlaps it;
// precision = predicted entities overlapping a gold one of their type / predicted) and document level
// (a document is flagged when any entity is predicted), and the latency of entities() on a 1 KB text.
import type { OrtLike } from '../../../models/runner.ts';
import { createEncoderModel, type EncoderModel } from '../../../models/hf/encoder.ts';
import type { Entity } from '../../../models/hf/heads.ts';
import type { Example } from './examples.ts';
import type { Span } from './labels.ts';

export interface Figures {
  entity: Record<string, { gold: number; found: number; predicted: number; correct: number; recall: number; precision: number }>;
  document: { sensitive: number; clean: number; recall: number; falsePositiveRate: number; precision: number };
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
const ratio = (a: number, b: number) => (b === 0 ? 0 : Math.round((a / b) * 10000) / 10000);

export async function predict(model: EncoderModel, texts: readonly string[], batch = 16): Promise<Entity[][]> {
  const out: Entity[][] = [];
  for (let i = 0; i < texts.length; i += batch) out.push(...(await model.entities(texts.slice(i, i + batch), { aggregation: 'first' })));
  return out;
}

export function score(examples: readonly Example[], predicted: readonly Entity[][]): Figures {
  const entity: Figures['entity'] = {};
  const row = (label: string) => (entity[label] ??= { gold: 0, found: 0, predicted: 0, correct: 0, recall: 0, precision: 0 });
  let sensitive = 0,
    clean = 0,
    tp = 0,
    fp = 0;
  examples.forEach((ex, i) => {
    const pred = predicted[i]!;
    for (const g of ex.spans) {
      row(g.label).gold++;
      if (pred.some((p) => p.label === g.label && overlaps(p, g))) row(g.label).found++;
    }
    for (const p of pred) {
      row(p.label).predicted++;
      if (ex.spans.some((g: Span) => g.label === p.label && overlaps(p, g))) row(p.label).correct++;
    }
    if (ex.spans.length) sensitive++;
    else clean++;
    if (pred.length && ex.spans.length) tp++;
    if (pred.length && !ex.spans.length) fp++;
  });
  for (const r of Object.values(entity)) Object.assign(r, { recall: ratio(r.found, r.gold), precision: ratio(r.correct, r.predicted) });
  return {
    entity,
    document: { sensitive, clean, recall: ratio(tp, sensitive), falsePositiveRate: ratio(fp, clean), precision: ratio(tp, tp + fp) },
  };
}

/** p50 / p99 of `entities()` on one text, in ms, after a warm-up. */
export async function latency(model: EncoderModel, text: string, runs = 60): Promise<{ p50: number; p99: number; tokens: number }> {
  for (let i = 0; i < 5; i++) await model.entities([text]);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await model.entities([text]);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => Math.round(times[Math.min(times.length - 1, Math.floor(q * times.length))]! * 100) / 100;
  return { p50: at(0.5), p99: at(0.99), tokens: model.tokenizer.encode(text, { maxLength: model.maxLength }).ids.length };
}

export type { OrtLike };
export { createEncoderModel };
