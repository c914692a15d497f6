// `triage pii score SET.jsonl [--tagger DIR] [--show-misses N] [--show-false-alarms N] [--by-lang] [--json]`: the
// detector in this checkout against a labelled set (docs/pii-labels.md "Test sets"), in-process. Document recall and
// false-positive rate (what routing depends on), then recall and precision per type; with --by-lang, document recall
// and FPR per language too; with --show-false-alarms, what flagged each clean document (type, who: rules or tagger,
// the span in its context) — the false alarms are what keep clean traffic on-prem. With --tagger, a token-classification folder (e.g. shared/models/pii-tagger, its INT8 variant as
// the edge runs it, on onnxruntime-node) reads every text beside the rules, as the edge does with PII_TAGGER on.
// Exit 0 when scored, 3 when the set cannot be read.
import { PII_TYPES, type Finding, type PiiEntity } from '../../core/pii/types.ts';
import { loadNodeTagger } from '../pii-tagger.ts';
import { type CliIo, EXIT, UsageError } from './io.ts';
import { verdict } from './pii-verdict.ts';

export interface LabelledDoc {
  id: string;
  text: string;
  lang?: string;
  entities: PiiEntity[];
}

export interface LangScore {
  docs: number;
  sensitive: number;
  recall: number;
  fpr: number;
}

/** A clean document flagged: each span that flagged it, with who found it. */
export interface FalseAlarm {
  id: string;
  spans: { type: string; by: 'rules' | 'tagger'; text: string; context: string }[];
  /** Flagged with no span of its own (a value seen only after normalization, or text in an unscanned script). */
  whole: boolean;
}

export interface SetScore {
  docs: number;
  sensitive: number;
  recall: number;
  fpr: number;
  perType: Record<string, { gold: number; found: number; predicted: number; correct: number }>;
  /** Document figures per language (documents without a "lang" count under "?"). */
  perLang: Record<string, LangScore>;
  missed: string[];
  falsePositives: string[];
  /** What flagged each clean document, in document order. */
  falseAlarms: FalseAlarm[];
  kbPerSecond: number;
}

export async function scoreCommand(args: string[], io: CliIo): Promise<number> {
  let file: string | undefined;
  let show = 0;
  let showFalseAlarms = 0;
  let json = false;
  let byLang = false;
  let taggerDir: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--json') json = true;
    else if (a === '--by-lang') byLang = true;
    else if (a === '--tagger') taggerDir = args[++i];
    else if (a === '--show-misses') show = Number(args[++i]);
    else if (a === '--show-false-alarms') showFalseAlarms = Number(args[++i]);
    else if (a.startsWith('-')) throw new UsageError(`pii score: unknown option ${a}`);
    else if (file === undefined) file = a;
    else throw new UsageError('pii score takes one SET.jsonl');
  }
  if (file === undefined) throw new UsageError('pii score needs a labelled set: SET.jsonl');
  if (!Number.isInteger(show) || show < 0) throw new UsageError('--show-misses needs a whole number');
  if (!Number.isInteger(showFalseAlarms) || showFalseAlarms < 0) throw new UsageError('--show-false-alarms needs a whole number');
  if (args.includes('--tagger') && !taggerDir) throw new UsageError('--tagger needs a model folder');
  let docs: LabelledDoc[];
  try {
    docs = readSet(io.readFile(file));
  } catch (e) {
    io.stderr(`triage pii score: ${file}: ${e instanceof Error ? e.message : String(e)}\n`);
    return EXIT.input;
  }
  let tagged: Map<string, Finding[]> | undefined;
  try {
    if (taggerDir !== undefined) tagged = await tagAll(docs, taggerDir);
  } catch (e) {
    io.stderr(`triage pii score: --tagger ${taggerDir}: ${e instanceof Error ? e.message : String(e)}\n`);
    return EXIT.input;
  }
  const score = scoreSet(docs, tagged);
  if (json) io.stdout(JSON.stringify(score, null, 2) + '\n');
  else io.stdout(render(file, score, show, byLang) + renderFalseAlarms(score, showFalseAlarms));
  return EXIT.ok;
}

/** A labelled set's JSON lines (docs/pii-labels.md "Test sets"); throws on a line that is not one. */
export function readSet(text: string): LabelledDoc[] {
  return text
    .split('\n')
    .map((line, i) => [line.trim(), i + 1] as const)
    .filter(([line]) => line !== '')
    .map(([line, n]) => {
      let v: unknown;
      try {
        v = JSON.parse(line);
      } catch {
        throw new Error(`line ${n} is not valid JSON`);
      }
      const d = v as Partial<LabelledDoc>;
      if (typeof d.id !== 'string' || typeof d.text !== 'string' || !Array.isArray(d.entities))
        throw new Error(`line ${n}: expected {"id","text","entities":[...]}`);
      return d as LabelledDoc;
    });
}

/** The tagger's findings per document id. */
async function tagAll(docs: readonly LabelledDoc[], dir: string): Promise<Map<string, Finding[]>> {
  const found = await (await loadNodeTagger(dir)).tag(docs.map((d) => d.text));
  return new Map(docs.map((d, i) => [d.id, found[i] ?? []]));
}

const overlaps = (a: PiiEntity, b: PiiEntity) => a.type === b.type && a.start < b.end && b.start < a.end;

/** `tagged`: a tagger's findings per document, read beside the rules' (--tagger). */
export function scoreSet(docs: readonly LabelledDoc[], tagged?: ReadonlyMap<string, Finding[]>): SetScore {
  const perType: SetScore['perType'] = {};
  for (const t of PII_TYPES) perType[t] = { gold: 0, found: 0, predicted: 0, correct: 0 };
  const missed: string[] = [];
  const falsePositives: string[] = [];
  const falseAlarms: FalseAlarm[] = [];
  let sensitive = 0;
  let flaggedSensitive = 0;
  let flaggedClean = 0;
  let bytes = 0;
  const started = performance.now();
  for (const doc of docs) {
    bytes += doc.text.length;
    const rules = verdict(doc.text);
    const v = withTagger(rules, tagged?.get(doc.id));
    const gold = doc.entities.length > 0;
    const flagged = v.pii || v.entities.length > 0;
    if (gold) {
      sensitive++;
      if (flagged) flaggedSensitive++;
      else missed.push(doc.id);
    } else if (flagged) {
      flaggedClean++;
      falsePositives.push(doc.id);
      falseAlarms.push(falseAlarm(doc, rules, v));
    }
    for (const g of doc.entities) {
      const t = perType[g.type]!;
      t.gold++;
      if (v.entities.some((p) => overlaps(p, g))) t.found++;
    }
    for (const p of v.entities) {
      const t = perType[p.type]!;
      t.predicted++;
      if (doc.entities.some((g) => overlaps(p, g))) t.correct++;
    }
  }
  const seconds = (performance.now() - started) / 1000;
  const clean = docs.length - sensitive;
  return {
    docs: docs.length,
    sensitive,
    recall: sensitive ? flaggedSensitive / sensitive : 1,
    fpr: clean ? flaggedClean / clean : 0,
    perType,
    perLang: scoreByLang(docs, new Set(missed), new Set(falsePositives)),
    missed,
    falsePositives,
    falseAlarms,
    kbPerSecond: seconds > 0 ? bytes / 1024 / seconds : 0,
  };
}

/** The rules' verdict with a tagger's findings joined in where they do not overlap what the rules found. */
function withTagger(v: ReturnType<typeof verdict>, found: readonly Finding[] | undefined): ReturnType<typeof verdict> {
  const added = (found ?? []).filter((f) => !v.entities.some((e) => f.start < e.end && e.start < f.end));
  if (added.length === 0) return v;
  const entities = [...v.entities, ...added.map(({ type, start, end }) => ({ type, start, end }))].sort((a, b) => a.start - b.start);
  return { ...v, pii: true, entities };
}

/** Characters of text shown on each side of a false alarm's span. */
const ALARM_CONTEXT = 40;

/** The spans that flagged a clean document: the rules' own, then the ones the tagger added. */
function falseAlarm(doc: LabelledDoc, rules: ReturnType<typeof verdict>, v: ReturnType<typeof verdict>): FalseAlarm {
  const spans = v.entities.map((e) => ({
    type: e.type,
    by: rules.entities.includes(e) ? ('rules' as const) : ('tagger' as const),
    text: doc.text.slice(e.start, e.end),
    context: oneLine(doc.text.slice(Math.max(0, e.start - ALARM_CONTEXT), e.end + ALARM_CONTEXT)),
  }));
  return { id: doc.id, spans, whole: spans.length === 0 };
}

const oneLine = (s: string) => s.replace(/\s+/g, ' ');

function renderFalseAlarms(s: SetScore, show: number): string {
  if (show === 0) return '';
  let out = `\nfalse alarms (clean, flagged) — ${s.falseAlarms.length}, first ${Math.min(show, s.falseAlarms.length)}:\n`;
  for (const a of s.falseAlarms.slice(0, show)) {
    if (a.whole) out += `${a.id}\t(whole text: normalized value or unscanned script)\n`;
    for (const span of a.spans) out += `${a.id}\t${span.type}\t${span.by}\t${JSON.stringify(span.text)}\t…${span.context}…\n`;
  }
  return out;
}

/** Document recall and FPR per language, from the per-document outcomes scoreSet already has. */
function scoreByLang(
  docs: readonly LabelledDoc[],
  missed: ReadonlySet<string>,
  falsePositives: ReadonlySet<string>,
): Record<string, LangScore> {
  const tally = new Map<string, { docs: number; sensitive: number; missed: number; flaggedClean: number }>();
  for (const doc of docs) {
    const lang = doc.lang ?? '?';
    const t = tally.get(lang) ?? { docs: 0, sensitive: 0, missed: 0, flaggedClean: 0 };
    t.docs++;
    if (doc.entities.length > 0) t.sensitive++;
    if (missed.has(doc.id)) t.missed++;
    if (falsePositives.has(doc.id)) t.flaggedClean++;
    tally.set(lang, t);
  }
  const out: Record<string, LangScore> = {};
  for (const [lang, t] of tally) {
    const clean = t.docs - t.sensitive;
    out[lang] = {
      docs: t.docs,
      sensitive: t.sensitive,
      recall: t.sensitive ? (t.sensitive - t.missed) / t.sensitive : 1,
      fpr: clean ? t.flaggedClean / clean : 0,
    };
  }
  return out;
}

function renderByLang(s: SetScore): string {
  let out = `\n${'lang'.padEnd(8)}${'docs'.padStart(6)}${'sensitive'.padStart(11)}${'recall'.padStart(9)}${'FPR'.padStart(9)}\n`;
  for (const [lang, l] of Object.entries(s.perLang)) {
    out += `${lang.padEnd(8)}${String(l.docs).padStart(6)}${String(l.sensitive).padStart(11)}`;
    out += `${l.recall.toFixed(3).padStart(9)}${l.fpr.toFixed(3).padStart(9)}\n`;
  }
  return out;
}

function render(file: string, s: SetScore, show: number, byLang: boolean): string {
  const pct = (x: number) => x.toFixed(3);
  let out = `${file}: ${s.docs} documents, ${s.sensitive} sensitive\n`;
  out += `document recall ${pct(s.recall)}   false-positive rate ${pct(s.fpr)}   (${s.kbPerSecond.toFixed(0)} KB/s)\n\n`;
  out += `${'type'.padEnd(16)}${'gold'.padStart(6)}${'recall'.padStart(9)}${'predicted'.padStart(11)}${'precision'.padStart(11)}\n`;
  for (const [type, t] of Object.entries(s.perType)) {
    if (t.gold === 0 && t.predicted === 0) continue;
    out += `${type.padEnd(16)}${String(t.gold).padStart(6)}${(t.gold ? pct(t.found / t.gold) : '-').padStart(9)}`;
    out += `${String(t.predicted).padStart(11)}${(t.predicted ? pct(t.correct / t.predicted) : '-').padStart(11)}\n`;
  }
  if (byLang) out += renderByLang(s);
  if (show > 0) {
    out += `\nmissed (sensitive, not flagged): ${s.missed.slice(0, show).join(', ') || 'none'}\n`;
    out += `false positives: ${s.falsePositives.slice(0, show).join(', ') || 'none'}\n`;
  }
  return out;
}
