// The token tagger as the scanner runs it (entity-tagger.ts) on onnxruntime-node with the committed
// shared/models/pii-tagger/ folder: windows instead of the whole text give the same answers at the same
// offsets, only candidate windows are run, labels become PII types, the threshold decides "unsure".
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as ortNode from 'onnxruntime-node';
import { beforeAll, describe, expect, it } from 'vitest';
import { createEncoderModel, type EncoderModel } from './hf/encoder.ts';
import { directorySource, loadHfFolder } from './hf/folder.ts';
import { createEntityTagger, lazyEntityTagger, loadEntityTagger, TaggerBudgetError } from './entity-tagger.ts';
import type { OrtLike } from './runner.ts';
import { commonWords } from '../core/pii/tagger/common-words.ts';
import type { EntityTagger } from '../core/pii/tagger/tagger.ts';

const ort = ortNode as unknown as OrtLike;
const FOLDER = join(import.meta.dirname, 'pii-tagger');
/** The tiny random-weight fixture (npm run build:models): labels PER and LOC. */
const FIXTURE = join(import.meta.dirname, 'dist', 'fixtures', 'tiny-bert-tokcls');

const SENTENCE = 'Ich habe gestern mit Herrn Leutheusser gesprochen, er wohnt in der Lindenallee 14, 50667 Köln.';
/** Prose with capitals but no capitalised word, long enough to push the sentence far past one window. */
const FILLER = 'the nightly build failed twice (exit 0xDEADBEEF) and we retried it after clearing the cache of the runner. '.repeat(12);

/** Counts the texts the model is run on. */
function counting(model: EncoderModel) {
  const runs: string[][] = [];
  const counted: EncoderModel = { ...model, entities: (texts, opts, tally) => (runs.push([...texts]), model.entities(texts, opts, tally)) };
  return { counted, runs };
}

describe('the entity tagger over the committed PII tagger', () => {
  let model: EncoderModel;
  beforeAll(async () => {
    model = await createEncoderModel(ort, await loadHfFolder(directorySource(FOLDER, readFile), { variant: 'q8' }));
  });

  it('reports what the model finds in each window, where it touches a candidate word, at offsets into the whole text', async () => {
    const { counted, runs } = counting(model);
    const long = FILLER + SENTENCE + ' ' + FILLER;
    const [findings] = await createEntityTagger(counted, 'pii-tagger@test', { threshold: 0.5, requireEvidence: false }).tag([long]);
    const direct = await model.entities(runs.flat(), { aggregation: 'first', minEntityProbability: 0.5 });
    const touchingCandidates = direct.flat().filter((e) => /\p{Lu}/u.test(e.text));
    const expected = touchingCandidates.map((e) => [e.label === 'PER' ? 'PERSON' : 'ADDRESS', e.text]);
    expect(findings!.map((f) => [f.type, long.slice(f.start, f.end)])).toEqual(expected);
    expect(expected.map(([type]) => type)).toContain('ADDRESS');
  });

  it('finds the same in a text whatever is tagged beside it (INT8 activations are scaled per run)', async () => {
    const set = await readFile(join(import.meta.dirname, '..', '..', 'test', 'pii-blind8', 'blind8.jsonl'), 'utf8');
    const texts = set
      .trim()
      .split('\n')
      .map((line) => (JSON.parse(line) as { text: string }).text);
    const tagger = createEntityTagger(model, 'pii-tagger@test', { threshold: 0.3, requireEvidence: false, maxWindows: Infinity });
    const key = (findings: readonly { type: string; start: number; end: number }[]) => findings.map((f) => `${f.type}:${f.start}:${f.end}`);
    const together = await tagger.tag(texts);
    for (const [i, text] of texts.entries()) expect(key(together[i]!), text).toEqual(key((await tagger.tag([text]))[0]!));
  });

  it('runs the model only on windows around candidate words, each within the window size', async () => {
    const { counted, runs } = counting(model);
    const tagger = createEntityTagger(counted, 'pii-tagger@test', { windowTokens: 32 });
    await tagger.tag([FILLER, FILLER + SENTENCE + ' ' + FILLER]);
    const windows = runs.flat();
    expect(windows.length).toBeGreaterThan(0);
    for (const w of windows) {
      expect(FILLER + SENTENCE + ' ' + FILLER).toContain(w);
      expect(model.tokenizer.encode(w).ids.length).toBeLessThanOrEqual(32);
      expect(w).toMatch(/\p{Lu}/u);
    }
    // The sentence and a little context on each side: not the filler around it.
    expect(windows.join(' ').length).toBeLessThan(SENTENCE.length + FILLER.length / 2);
  });

  it('reads the threshold as "unsure counts": 0 flags every word it reads, above 1 none', async () => {
    const text = 'Leutheusser wrote back.';
    const [all] = await createEntityTagger(model, 'x', { threshold: 0, requireEvidence: false }).tag([text]);
    expect(all!.map((f) => text.slice(f.start, f.end)).join(' ')).toContain('Leutheusser');
    const [none] = await createEntityTagger(model, 'x', { threshold: 1.01 }).tag([text]);
    expect(none).toEqual([]);
  });

  it('keeps only findings with evidence: a word capitalised by grammar is read but not reported, a full name is', async () => {
    const texts = [
      'Summarise this support ticket in two sentences.',
      'Traduci questa nota in inglese per il cliente.',
      'Die Reisekosten lagen um 4214 EUR über dem Plan.',
      'Please forward the contract to Okonkwo Adebayo before Friday.',
    ];
    const bare = await createEntityTagger(model, 'x', { threshold: 0, requireEvidence: false }).tag(texts);
    const gated = await createEntityTagger(model, 'x', { threshold: 0 }).tag(texts);
    expect(bare.slice(0, 3).every((found) => found.length > 0)).toBe(true);
    expect(gated.slice(0, 3)).toEqual([[], [], []]);
    expect(gated[3]!.map((f) => texts[3]!.slice(f.start, f.end)).join(' ')).toContain('Okonkwo');
  });

  it('does not run the model on windows where no finding could count, and finds the same elsewhere', async () => {
    const texts = ['Die Lieferung verzögert sich um zwei Wochen, weil der Zulieferer seine Produktion umgestellt hat.', SENTENCE];
    const gated = counting(model);
    const ungated = counting(model);
    const found = await createEntityTagger(gated.counted, 'x').tag(texts);
    const all = await createEntityTagger(ungated.counted, 'x', { gateCandidates: false }).tag(texts);
    expect(ungated.runs.flat().some((w) => w.includes('Lieferung'))).toBe(true);
    expect(gated.runs.flat().some((w) => w.includes('Lieferung'))).toBe(false);
    expect(gated.runs.flat().some((w) => w.includes('Leutheusser'))).toBe(true);
    // Same spans; scores differ in the last digits: the INT8 model quantizes each batch's activations as a whole.
    const spans = (lists: typeof found) => lists.map((list) => list.map(({ type, start, end }) => ({ type, start, end })));
    expect(spans(found)).toEqual(spans(all));
  });

  it('rejects a text with more windows than its budget without running the model: unread is never clean', async () => {
    const { counted, runs } = counting(model);
    const names = ['Okonkwo Adebayo', 'Maria Keller', 'Tshewang Dorji', 'Ana Ruiz'].map((n) => `${FILLER.slice(0, 200)} ask ${n} today.`);
    const tagger = createEntityTagger(counted, 'x', { maxWindows: 3 });
    await expect(tagger.tag([names.join(' ')])).rejects.toThrow(TaggerBudgetError);
    expect(runs).toEqual([]);
    await expect(createEntityTagger(counted, 'x', { maxWindows: 4 }).tag([names.join(' ')])).resolves.toHaveLength(1);
    expect(runs).toHaveLength(4); // one run per window: see the next test
  });

  it('takes a less sure PERSON only on a rare name run (rareNameThreshold), every other finding at the threshold', async () => {
    const isCommonWord = (w: string) => ['please', 'customer', 'success', 'the'].includes(w.toLowerCase());
    const texts = ['Please forward the contract to Okonkwo Adebayo before Friday.', 'The Customer Success team reviews it every Friday.'];
    // the model alone: "to Okonkwo Adebayo" after "forward" is also a person slot (person-slots.ts)
    const strict = await createEntityTagger(model, 'x', { threshold: 1.01, isCommonWord, personSlots: false }).tag(texts);
    expect(strict).toEqual([[], []]);
    const tiered = await createEntityTagger(model, 'x', { threshold: 1.01, rareNameThreshold: 0, isCommonWord, personSlots: false }).tag(
      texts,
    );
    expect(tiered[0]!.map((f) => texts[0]!.slice(f.start, f.end)).join(' ')).toContain('Adebayo');
    expect(tiered[1]).toEqual([]);
  });

  it('reports a name in a person slot without the model, beside what the model found', async () => {
    const isCommonWord = (w: string) => ['please', 'write', 'the', 'note', 'about', 'invoice'].includes(w.toLowerCase());
    const texts = ['Please write the note for Ivarsson Pelletreau about the invoice.'];
    const [found] = await createEntityTagger(model, 'x', { threshold: 1.01, isCommonWord }).tag(texts);
    expect(found!.map((f) => [f.type, texts[0]!.slice(f.start, f.end)])).toEqual([['PERSON', 'Ivarsson Pelletreau']]);
    expect(await createEntityTagger(model, 'x', { threshold: 1.01, isCommonWord, personSlots: false }).tag(texts)).toEqual([[]]);
  });

  it('ends a name at its line: a span the model runs across a line break becomes one finding per line', async () => {
    const text = 'deploy config for the billing service\nowner: vantorrelisk\nsmtp:\n  user: noreply';
    const [direct] = await model.entities([text], { aggregation: 'first', minEntityProbability: 0.3 });
    expect(direct!.map((e) => text.slice(e.start, e.end))).toContain('vantorrelisk\nsmtp'); // what the model does
    const [found] = await createEntityTagger(model, 'x', { threshold: 0.3, requireEvidence: false }).tag([text]);
    expect(found!.map((f) => text.slice(f.start, f.end))).toEqual(['vantorrelisk', 'smtp']);
  });

  it('names itself by the weights it runs', async () => {
    const tagger = await loadEntityTagger(ort, directorySource(FOLDER, readFile), { variant: 'q8' });
    const checksums = JSON.parse(await readFile(join(FOLDER, 'checksums.json'), 'utf8')) as Record<string, string>;
    expect(tagger.version).toBe(`pii-tagger@${checksums['onnx/model_quantized.onnx']!.slice(0, 12)}`);
  });
});

describe('labels of other token classifiers', () => {
  it('become PII types where they are personal data, and are ignored where they are not (LOC)', async () => {
    const fixture = await createEncoderModel(ort, await loadHfFolder(directorySource(FIXTURE, readFile)));
    const text = 'Maria Garcia flew to Lisbon with Pedro';
    // Threshold 0: every word read is labelled with its most likely entity label, PER or LOC.
    const [raw] = await fixture.entities([text], { aggregation: 'first', minEntityProbability: 0 });
    const [findings] = await createEntityTagger(fixture, 'fixture', { threshold: 0, requireEvidence: false }).tag([text]);
    // What touches no candidate (a capitalised word here) is context, not a finding.
    const perSpans = raw!.filter((e) => e.label === 'PER' && /\p{Lu}/u.test(e.text)).map((e) => text.slice(e.start, e.end));
    expect(findings!.every((f) => f.type === 'PERSON')).toBe(true);
    expect(findings!.map((f) => text.slice(f.start, f.end))).toEqual(perSpans);
  });
});

describe('a lazily loaded tagger', () => {
  const failingLoad = () => {
    const counter = { loads: 0 };
    const load = async (): Promise<EntityTagger> => {
      counter.loads++;
      throw new Error('no model');
    };
    return { counter, load };
  };

  it('loads its model only when a text has a word for it to read, and a load that fails rejects that call', async () => {
    const { counter, load } = failingLoad();
    const lazy = lazyEntityTagger('pii-tagger@000000000000', load);
    expect(lazy.version).toBe('pii-tagger@000000000000');
    expect(counter.loads).toBe(0);
    await expect(lazy.tag(['Please ask Maria Leutheusser to write back.'])).rejects.toThrow('no model');
    expect(counter.loads).toBe(1);
  });

  it('answers without loading the model when no candidate word passes the gate (a new isolate’s first request)', async () => {
    const { counter, load } = failingLoad();
    const isCommonWord = commonWords('die\nmigration\nliegt\nbei\nbitte\nsummarise\nthe');
    const lazy = lazyEntityTagger('pii-tagger@000000000000', load, { isCommonWord });
    // no capitalised word; a common one; a lone rare word with no cue (no finding on it could count)
    expect(await lazy.tag(['fix the build', 'Summarise the refund policy.', 'Leutheusser wrote back.'])).toEqual([[], [], []]);
    // a name in a person slot is found without the model (a lower-case one: never a candidate word)
    const text = 'Die Migration liegt bei wojmir kanteska - bitte prüfen.';
    const [slotted] = await lazy.tag([text]);
    expect(slotted!.map((f) => [f.type, text.slice(f.start, f.end)])).toEqual([['PERSON', 'wojmir kanteska']]);
    expect(counter.loads).toBe(0);
  });
});
