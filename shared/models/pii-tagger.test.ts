// The committed PII token tagger (shared/models/pii-tagger/, built by `npm run models:train`) loaded the way a
// tier loads a folder — loadHfFolder (checksums verified) on onnxruntime-node — and read the way the gateway
// reads it: on windows of at most 64 tokens, a word is PII when 1 − p(O) at its first token reaches the
// folder's `triage_entity_threshold`. It finds names and street addresses in sentences it never saw, also
// without a cue word, in lower case and at a window's edge, and stays quiet on plain prose and code. The
// positive sentences are generated here from faker locales neither training nor the pipeline's held-out split
// used, with a seed of their own, inside phrasings of this file; no Python needed.
import { fakerEN_GH, fakerEN_IE, fakerFR_LU, fakerPT_PT, fakerRO_MD, fakerSL_SI, type Faker } from '@faker-js/faker';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import * as ortNode from 'onnxruntime-node';
import { beforeAll, describe, expect, it } from 'vitest';
import { createEncoderModel } from './hf/encoder.ts';
import { directorySource, loadHfFolder, type HfFolder, type OnnxVariant } from './hf/folder.ts';
import { createTokenizer, type Encoding } from './hf/tokenizer.ts';
import type { OrtLike } from './runner.ts';

const FOLDER = join(import.meta.dirname, 'pii-tagger');
const SEED = 777;
const WINDOW_TOKENS = 64;
/** Regression gates, a little under what this folder measured at its threshold (fp32 and q8 alike): names
 *  50/72 (0.69; half of them without a cue word), addresses 36/36, all cases in lower case 51/108 (0.47; names
 *  alone only 15/72 — the weak spot), all cases cut at a window's edge 93/108 (0.86), 2 alarms in 20 negatives
 *  (the fictional Sherlock Holmes, "the Rotterdam warehouse"). Far from the goal of 0.97: they guard
 *  against regressions, they do not say the tagger is good enough. */
const PER_RECALL = 0.6;
const ADDR_RECALL = 0.9;
const LOWER_CASE_RECALL = 0.4;
const EDGE_RECALL = 0.8;
const MAX_ALARMS = 2;
const LOCALES: Faker[] = [fakerEN_GH, fakerEN_IE, fakerFR_LU, fakerPT_PT, fakerRO_MD, fakerSL_SI];

/** Phrasings per language, none of them a training or held-out template of the pipeline; the second half
 *  of the names stand without a cue word. */
const NAME_SENTENCES = [
  'Could you book a meeting room for {PER} next Tuesday?',
  'Bitte schick die Rechnung an {PER}, sie wartet darauf.',
  "L'entretien avec {PER} est reporté à jeudi.",
  'Mañana {PER} presenta los resultados del trimestre.',
  'La pratica di {PER} è ancora aperta.',
  'Morgen begint {PER} bij het support-team.',
  'The invoice that {PER} forwarded last week is still unpaid.',
  'Gestern hat {PER} den Vertrag unterschrieben.',
  'Le dossier de {PER} a été transmis au service juridique.',
  'El informe que preparó {PER} tiene varios errores.',
  'Il contratto firmato da {PER} scade a marzo.',
  'Het rapport van {PER} ligt klaar voor de vergadering.',
];
const ADDRESS_SENTENCES = [
  'The parcel goes to {ADDR} before Friday.',
  'Die neue Anschrift lautet {ADDR}.',
  'Le colis doit partir pour {ADDR} demain.',
  'La factura se envía a {ADDR}.',
  'Il pacco va consegnato in {ADDR}.',
  'Het pakket moet naar {ADDR} worden gestuurd.',
];
/** Prose and code without any person or address: capitalised words, products, places alone, placeholders,
 *  given names of one language that are ordinary words in another. */
const NEGATIVES = [
  'The release notes for version 2.4 mention a fix in the Apache configuration.',
  'Please reset your password before Monday and restart the VPN client.',
  'Order 48213 was shipped from the Rotterdam warehouse on time.',
  'Der Server in Frankfurt startet jeden Sonntag um drei Uhr neu.',
  'Kannst du die Konfiguration von PostgreSQL prüfen?',
  'La mise à jour de Firefox corrige plusieurs failles de sécurité.',
  'Merci de relire la documentation avant la réunion.',
  'El equipo de Madrid revisa los registros del firewall cada semana.',
  '¿Cómo configuro Debian para que arranque sin entorno gráfico?',
  "L'aggiornamento del kernel richiede un riavvio del sistema.",
  'Nella cartella principale trovi il file di configurazione.',
  'Elke maand controleren we de back-ups van de database.',
  'De nieuwe versie van Kubernetes draait nu in productie.',
  'const user = await db.users.findOne({ where: { id } });',
  'DB_PASSWORD=${DB_PASSWORD}',
  'SELECT name, street FROM customers WHERE country = ?',
  'git commit -m "Fix the Mailer class"',
  'Sherlock Holmes is a fictional detective created by Arthur Conan Doyle.',
  'The Linux kernel supports many file systems, including ext4 and Btrfs.',
  'Microsoft and Google both announced new cloud regions in Europe.',
];

interface Case {
  text: string;
  start: number;
  end: number;
  label: 'PER' | 'ADDR';
}

function fill(template: string, slot: string, value: string, label: Case['label']): Case {
  const start = template.indexOf(slot);
  return { text: template.replace(slot, value), start, end: start + value.length, label };
}

function positives(): Case[] {
  const cases: Case[] = [];
  LOCALES.forEach((f, i) => {
    f.seed(SEED + i);
    for (const template of NAME_SENTENCES) cases.push(fill(template, '{PER}', `${f.person.firstName()} ${f.person.lastName()}`, 'PER'));
    for (const template of ADDRESS_SENTENCES)
      cases.push(fill(template, '{ADDR}', `${f.location.streetAddress()}, ${f.location.zipCode()} ${f.location.city()}`, 'ADDR'));
  });
  return cases;
}

interface Tagger {
  threshold: number;
  /** Per text (one window each): the words as [start, end) with their p(entity). */
  words(texts: readonly string[]): Promise<{ start: number; end: number; p: number }[][]>;
}

const PUNCT = /^[^\p{L}\p{M}\p{N}]$/u;

/** The first token of every word: a run of tokens without whitespace between them, punctuation on its own. */
function wordStarts(e: Encoding, text: string): number[] {
  const starts: number[] = [];
  let prev = -1;
  e.ids.forEach((_, i) => {
    if (e.specialTokensMask[i]) return;
    const piece = (k: number) => text.slice(...e.offsets[k]!);
    if (prev < 0 || e.offsets[prev]![1] !== e.offsets[i]![0] || PUNCT.test(piece(i)) || PUNCT.test(piece(prev))) starts.push(i);
    prev = i;
  });
  return starts;
}

async function tagger(folder: HfFolder): Promise<Tagger> {
  const ort = ortNode as unknown as OrtLike;
  const session = await ort.InferenceSession.create(folder.onnx);
  const tokenizer = createTokenizer(folder.tokenizerJson, folder.tokenizerConfig);
  const threshold = folder.config['triage_entity_threshold'] as number;
  return {
    threshold,
    async words(texts) {
      const encodings = texts.map((t) => tokenizer.encode(t, { maxLength: WINDOW_TOKENS }));
      const width = Math.max(...encodings.map((e) => e.ids.length));
      const ids = new BigInt64Array(texts.length * width);
      const mask = new BigInt64Array(texts.length * width);
      encodings.forEach((e, r) => e.ids.forEach((id, i) => ((ids[r * width + i] = BigInt(id)), (mask[r * width + i] = 1n))));
      const dims = [texts.length, width];
      const out = await session.run({ input_ids: new ort.Tensor('int64', ids, dims), attention_mask: new ort.Tensor('int64', mask, dims) });
      const logits = out['logits']!.data as Float32Array;
      const labels = logits.length / (texts.length * width);
      return encodings.map((e, r) =>
        wordStarts(e, texts[r]!).map((i) => {
          const row = [...logits.subarray((r * width + i) * labels, (r * width + i + 1) * labels)];
          const max = Math.max(...row);
          const sum = row.reduce((a, v) => a + Math.exp(v - max), 0);
          return { start: e.offsets[i]![0], end: e.offsets[i]![1], p: 1 - Math.exp(row[0]! - max) / sum };
        }),
      );
    },
  };
}

const load = (variant: OnnxVariant) => loadHfFolder(directorySource(FOLDER, readFile), { variant });

/** The share of cases with at least one word of their entity at or over the threshold. */
async function recall(t: Tagger, cases: readonly Case[]): Promise<number> {
  const words = await t.words(cases.map((c) => c.text));
  return cases.filter((c, i) => words[i]!.some((w) => w.start < c.end && c.start < w.end && w.p >= t.threshold)).length / cases.length;
}

const lowerCase = (c: Case): Case => ({ ...c, text: c.text.toLowerCase() });
/** The entity cut off at a window's edge: the window starts with it, or ends with it. */
const atEdge = (c: Case, i: number): Case =>
  i % 2 ? { ...c, text: c.text.slice(c.start), start: 0, end: c.end - c.start } : { ...c, text: c.text.slice(0, c.end) };

describe.each(['fp32', 'q8'] as const)('the PII tagger (%s)', (variant) => {
  let t: Tagger;
  beforeAll(async () => {
    t = await tagger(await load(variant));
  });

  it('reads its decision threshold from config.json', () => {
    expect(t.threshold).toBeGreaterThan(0);
    expect(t.threshold).toBeLessThan(1);
  });

  it('finds most names and addresses of unseen origins in unseen sentences, with or without a cue word', async () => {
    const cases = positives();
    expect(
      await recall(
        t,
        cases.filter((c) => c.label === 'PER'),
      ),
    ).toBeGreaterThanOrEqual(PER_RECALL);
    expect(
      await recall(
        t,
        cases.filter((c) => c.label === 'ADDR'),
      ),
    ).toBeGreaterThanOrEqual(ADDR_RECALL);
  });

  it('finds them in text written in lower case, and at the first or last word of a window', async () => {
    const cases = positives();
    expect(await recall(t, cases.map(lowerCase))).toBeGreaterThanOrEqual(LOWER_CASE_RECALL);
    expect(await recall(t, cases.map(atEdge))).toBeGreaterThanOrEqual(EDGE_RECALL);
  });

  it('raises few false alarms on prose and code without a person or an address', async () => {
    const words = await t.words(NEGATIVES);
    const alarms = NEGATIVES.filter((_, i) => words[i]!.some((w) => w.p >= t.threshold));
    expect(alarms.length).toBeLessThanOrEqual(MAX_ALARMS);
  });
});

describe('the PII tagger folder', () => {
  it('runs as a Hugging Face token classifier through createEncoderModel, with character offsets into the text', async () => {
    const model = await createEncoderModel(ortNode as unknown as OrtLike, await load('q8'));
    const [c] = positives();
    const [entities] = await model.entities([c!.text], { aggregation: 'first' });
    for (const e of entities!) expect(e.text).toBe(c!.text.slice(e.start, e.end));
  });

  it('stays small enough for the Worker bundle (< 2 MB, both variants)', async () => {
    const sizes = await Promise.all(
      ['onnx/model.onnx', 'onnx/model_quantized.onnx', 'tokenizer.json'].map(async (f) => (await stat(join(FOLDER, f))).size),
    );
    expect(sizes.reduce((a, b) => a + b, 0)).toBeLessThan(2 * 1024 * 1024);
  });
});
