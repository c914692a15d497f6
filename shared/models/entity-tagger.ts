// A token-classification folder (the committed shared/models/pii-tagger/, or a published PII model in the
// same layout) as the scanner's EntityTagger: each text's windows around candidate words
// (shared/core/pii/tagger/windows.ts) — only those where a finding could pass the evidence gate, at most
// `maxWindows` distinct ones a call (more: it rejects, and the request is treated as sensitive) — in one run
// of the encoder, read with a recall-first threshold, and the model's labels mapped to the PII types of
// docs/pii-labels.md. Pure: the ORT module is handed in.
//
//   const tagger = await loadEntityTagger(ort, memorySource('bundle', files), { variant: 'q8' });
//   await tagger.tag(['Tell Okonkwo the build is green']);   // [[{ type: 'PERSON', start: 5, end: 12, … }]]
import { candidateWords, taggerWindows, type TextSpan, type TextWindow, type WindowOptions } from '../core/pii/tagger/windows.ts';
import { hasEvidence, isRareNameRun, mayHaveEvidence } from '../core/pii/tagger/evidence.ts';
import { withJoinedNames, withListedPeople, withOtherMentions } from '../core/pii/tagger/mentions.ts';
import { slotNames } from '../core/pii/tagger/person-slots.ts';
import type { EntityTagger } from '../core/pii/tagger/tagger.ts';
import type { Finding, PiiType } from '../core/pii/types.ts';
import { createEncoderModel, type EncoderModel } from './hf/encoder.ts';
import type { Entity, EntityOptions } from './hf/heads.ts';
import { loadHfFolder, type FolderSource, type OnnxVariant } from './hf/folder.ts';
import type { OrtLike, OrtSessionOptions } from './runner.ts';

export interface EntityTaggerOptions {
  /** Most tokens per window, special tokens included (default 64, or less if the model's context is shorter). */
  windowTokens?: number;
  /**
   * Tokens of context wanted on each side of a candidate word (default 8: the independent and held-out sets score
   * as with 12 or better, at two thirds of the tokens; 6 raises the held-out false alarms).
   */
  context?: number;
  /** Windows per model run (default 32: one run for all the windows a request may have). */
  batch?: number;
  /**
   * Most distinct windows one `tag` call reads (default 32, about 2 000 tokens): with more, it rejects
   * (TaggerBudgetError) without running the model — a prose text full of capitalised pairs goes on-prem unread,
   * rather than costing tens of ms on the request path.
   */
  maxWindows?: number;
  /** A word counts as an entity when 1 − p(O) reaches this (default: config.json's `triage_entity_threshold`, else 0.5). */
  threshold?: number;
  /**
   * A lower threshold for a PERSON finding whose name run is two or more rare words (evidence.ts's
   * `isRareNameRun`: none a common word — a pair of rare capitalised words is a name far more often than a pair
   * of common ones, which are products, teams, places). Default: config.json's `triage_rare_name_threshold`, else
   * `threshold` (no lower tier). Needs requireEvidence and isCommonWord.
   */
  rareNameThreshold?: number;
  /** Words that are never candidates on their own (shared/core/pii/tagger/common-words.ts; default: none). */
  isCommonWord?: (letters: string) => boolean;
  /**
   * Keep only findings with the evidence their type needs (shared/core/pii/tagger/evidence.ts: a PERSON of two
   * name-shaped words or one with a strong cue, an ADDRESS with a number). Default true; false reads the model bare.
   */
  requireEvidence?: boolean;
  /**
   * With requireEvidence, ask the gate first: only candidate words a finding could count on (not a lone capitalised
   * word without cue: evidence.ts's `mayHaveEvidence`) get a window, so a text with none costs no tokenizer call and
   * no model run. Default true; false for comparisons.
   */
  gateCandidates?: boolean;
  /**
   * Also report, without the model, the names standing in a person slot (shared/core/pii/tagger/person-slots.ts:
   * "for Abhijit Capper", "Richiedente: STEENSRUD Dindo", "mit wojtek kanter" — names the model, reading few
   * such words, scores low). Needs isCommonWord and requireEvidence. Default true; false reads the model alone.
   */
  personSlots?: boolean;
}

/**
 * Entity labels of published token classifiers → PII types (docs/pii-labels.md). Labels not here (LOC, ORG,
 * MISC, DATE…) are not personal data on their own and are ignored.
 */
const LABEL_TYPES: Readonly<Record<string, PiiType>> = {
  PER: 'PERSON',
  PERSON: 'PERSON',
  NAME: 'PERSON',
  FIRSTNAME: 'PERSON',
  LASTNAME: 'PERSON',
  GIVENNAME: 'PERSON',
  SURNAME: 'PERSON',
  ADDR: 'ADDRESS',
  ADDRESS: 'ADDRESS',
  STREET: 'ADDRESS',
  STREETADDRESS: 'ADDRESS',
  EMAIL: 'EMAIL',
  PHONE: 'PHONE',
  TELEPHONENUM: 'PHONE',
  PHONENUMBER: 'PHONE',
};

/**
 * One window per model run (`batch: 1`): a dynamically quantized model (the INT8 default) scales its activations over
 * the whole batch, so a window's scores would depend on the windows run beside it — a name found alone was missed
 * among 600 texts, and a request could lower one message's scores by what it puts in another.
 */
const DEFAULTS = { windowTokens: 64, context: 8, batch: 1, maxWindows: 32, threshold: 0.5 } as const;

export async function loadEntityTagger(
  ort: OrtLike,
  source: FolderSource,
  opts: EntityTaggerOptions & { variant?: OnnxVariant; sessionOptions?: OrtSessionOptions; name?: string } = {},
): Promise<EntityTagger> {
  const folder = await loadHfFolder(source, opts.variant ? { variant: opts.variant } : {});
  const model = await createEncoderModel(ort, folder, opts.sessionOptions ? { sessionOptions: opts.sessionOptions } : {});
  const configured = (key: string) => (typeof folder.config[key] === 'number' ? (folder.config[key] as number) : undefined);
  const threshold = opts.threshold ?? configured('triage_entity_threshold') ?? DEFAULTS.threshold;
  const rareNameThreshold = opts.rareNameThreshold ?? configured('triage_rare_name_threshold') ?? threshold;
  return createEntityTagger(model, taggerVersion(opts.name ?? 'pii-tagger', folder.onnxSha256), { ...opts, threshold, rareNameThreshold });
}

/** A tagger's version: its name and the first 12 hex digits of its weights' SHA-256. */
export function taggerVersion(name: string, onnxSha256: string): string {
  return `${name}@${onnxSha256.slice(0, 12)}`;
}

/**
 * A tagger whose model is loaded when it first has to read a window (`load` caches and retries as it sees fit): a
 * request the rules already flagged never waits for it, and neither does one whose texts have no candidate word
 * the evidence gate keeps — those get their person-slot names, found without the model. `opts` must be the
 * options the loaded tagger has. A load that fails rejects that call's `tag`.
 */
export function lazyEntityTagger(version: string, load: () => Promise<EntityTagger>, opts: EntityTaggerOptions = {}): EntityTagger {
  const { needsModel, withModelFreeNames } = modelFreeParts(version, opts);
  let loaded: EntityTagger | undefined;
  return {
    version,
    async tag(texts) {
      if (!loaded && !texts.some(needsModel)) return texts.map((text) => withModelFreeNames(text, []));
      loaded ??= await load();
      return loaded.tag(texts);
    },
  };
}

/** What a tagger decides without its model: which candidate words get a window (the gate), the slot names and their mentions. */
function modelFreeParts(version: string, opts: EntityTaggerOptions) {
  const { isCommonWord } = opts;
  const evidence = isCommonWord ? { isCommonWord } : {};
  const requireEvidence = opts.requireEvidence !== false;
  const gate = requireEvidence && opts.gateCandidates !== false;
  /** The gate for one text's candidate words (none: every candidate gets a window). */
  const keepIn = (text: string) => (gate ? (word: TextSpan) => mayHaveEvidence(text, word, evidence) : undefined);
  return {
    evidence,
    requireEvidence,
    keepIn,
    /** Whether the text has a word the model must read. */
    needsModel: (text: string) => candidateWords(text, evidence).some(keepIn(text) ?? (() => true)),
    /**
     * The model's findings (none, when it has not run) with the names in the text's person slots none of them
     * overlaps (person-slots.ts), then the names a list gives beside the people found — its other items, the names
     * joined to them — and their other mentions (mentions.ts): all need the common words.
     */
    withModelFreeNames(text: string, found: Finding[]): Finding[] {
      if (!isCommonWord) return found;
      const slots =
        requireEvidence && opts.personSlots !== false
          ? slotNames(text, isCommonWord).map((span): Finding => ({ type: 'PERSON', ...span, score: SLOT_SCORE, detector: version }))
          : [];
      const reading = { isCommonWord, capitalsElsewhere: /\p{Lu}/u.test(text) };
      const listed = withListedPeople(text, withSlotNames(found, slots), reading);
      return withOtherMentions(text, withJoinedNames(text, listed, reading), isCommonWord);
    },
  };
}

export function createEntityTagger(model: EncoderModel, version: string, opts: EntityTaggerOptions = {}): EntityTagger {
  const { evidence, requireEvidence, keepIn, withModelFreeNames } = modelFreeParts(version, opts);
  const windowTokens = Math.min(opts.windowTokens ?? DEFAULTS.windowTokens, model.maxLength);
  const windowOptions: WindowOptions = {
    maxTokens: windowTokens - specialTokenCount(model),
    context: opts.context ?? DEFAULTS.context,
    tokensOf: tokenCounter(model),
    ...(opts.isCommonWord ? { isCommonWord: opts.isCommonWord } : {}),
  };
  const batch = opts.batch ?? DEFAULTS.batch;
  const maxWindows = opts.maxWindows ?? DEFAULTS.maxWindows;
  const threshold = opts.threshold ?? DEFAULTS.threshold;
  const rareNameThreshold = requireEvidence && opts.isCommonWord ? Math.min(threshold, opts.rareNameThreshold ?? threshold) : threshold;
  const keep = (text: string, f: Finding) =>
    !requireEvidence ||
    (notWordTail(text, f) && (f.score >= threshold ? hasEvidence(text, f, evidence) : isRareNameRun(text, f, evidence)));
  const windowsOf = (text: string) => {
    const keepWord = keepIn(text);
    return taggerWindows(text, keepWord ? { ...windowOptions, keep: keepWord } : windowOptions);
  };
  const entityOptions = { aggregation: 'first', minEntityProbability: rareNameThreshold } as const;
  return {
    version,
    async tag(texts) {
      const windows = texts.flatMap((text, index) => windowsOf(text).map((w) => ({ index, ...w })));
      const windowTexts = windows.map((w) => texts[w.index]!.slice(w.start, w.end));
      if (new Set(windowTexts).size > maxWindows) throw new TaggerBudgetError(maxWindows);
      const entities = await entitiesOnce(model, windowTexts, batch, entityOptions);
      const findings = texts.map((): Finding[] => []);
      windows.forEach((w, i) => findings[w.index]!.push(...toFindings(entities[i]!, w, windowTexts[i]!, version)));
      return findings.map((list, index) =>
        withModelFreeNames(
          texts[index]!,
          list.filter((f) => keep(texts[index]!, f)),
        ),
      );
    },
  };
}

/** A span the model opens on a hyphen ("Delchev-boulevard" → "-boulevard") is the tail of a word, no entity. */
function notWordTail(text: string, f: Finding): boolean {
  return !/[-‐‑–—_]/u.test(text.charAt(f.start));
}

/** The score of a name found in a person slot: the rules' own for a name after a weak cue (names.ts). */
const SLOT_SCORE = 0.55;

/** The model's findings, and the slot names none of them overlaps, in text order. */
function withSlotNames(found: Finding[], slots: readonly Finding[]): Finding[] {
  const added = slots.filter((s) => !found.some((f) => f.start < s.end && s.start < f.end));
  return added.length === 0 ? found : [...found, ...added].sort((a, b) => a.start - b.start);
}

/**
 * More distinct windows than a request may read: the tagger has not read the text, so `tag` rejects and the
 * request is treated as sensitive (as when the model cannot run) — never as clean. Says how many, never what.
 */
export class TaggerBudgetError extends Error {
  constructor(maxWindows: number) {
    super(`the text has more than ${maxWindows} windows for the PII tagger to read`);
    this.name = 'TaggerBudgetError';
  }
}

/**
 * The entities of each window text, each distinct text read by the model once (a block repeated in a prompt, a
 * text the scanner also reads normalized, where the window is the same), `batch` texts per model run.
 */
async function entitiesOnce(model: EncoderModel, windowTexts: readonly string[], batch: number, opts: EntityOptions): Promise<Entity[][]> {
  const distinct = [...new Set(windowTexts)];
  const byText = new Map<string, Entity[]>();
  for (let i = 0; i < distinct.length; i += batch) {
    const slice = distinct.slice(i, i + batch);
    const found = await model.entities(slice, opts);
    slice.forEach((text, row) => byText.set(text, found[row] ?? []));
  }
  return windowTexts.map((text) => byText.get(text) ?? []);
}

/** How many special tokens the tokenizer adds around a text ([CLS] and [SEP]: 2). */
function specialTokenCount(model: EncoderModel): number {
  return model.tokenizer.encode('').ids.length;
}

/** Words remembered per tagger: prose repeats its words, and one tokenizer call costs tens of µs. */
const MAX_REMEMBERED_WORDS = 50_000;

/** How many tokens the model's tokenizer makes of a word (special tokens left out), remembered. */
function tokenCounter(model: EncoderModel): (word: string) => number {
  const counts = new Map<string, number>();
  return (word) => {
    let n = counts.get(word);
    if (n === undefined) {
      if (counts.size >= MAX_REMEMBERED_WORDS) counts.clear();
      n = model.tokenizer.encode(word, { addSpecialTokens: false }).ids.length;
      counts.set(word, n);
    }
    return n;
  };
}

/**
 * The window's entities of a PII type that touch one of its candidate words, at offsets into the whole text. A name
 * ends its line: a PERSON the model ran across a line break ("owner: kanjanasaetang⏎smtp:") is one finding per
 * line; an address may span lines.
 */
function toFindings(entities: readonly Entity[], window: TextWindow, windowText: string, detector: string): Finding[] {
  const findings: Finding[] = [];
  for (const e of entities) {
    const type = LABEL_TYPES[e.label.toUpperCase().replace(/[^A-Z]/g, '')];
    if (!type) continue;
    for (const [from, to] of type === 'PERSON' ? linePieces(windowText, e.start, e.end) : [[e.start, e.end] as const]) {
      const start = window.start + from;
      const end = window.start + to;
      if (window.candidates.some((c) => c.start < end && start < c.end)) findings.push({ type, start, end, score: e.score, detector });
    }
  }
  return findings;
}

/** The pieces of `text[start, end)` between its line breaks, without their blanks; none empty. */
function linePieces(text: string, start: number, end: number): (readonly [number, number])[] {
  const pieces: (readonly [number, number])[] = [];
  for (let from = start; from < end;) {
    const lineBreak = text.indexOf('\n', from);
    const to = lineBreak < 0 || lineBreak >= end ? end : lineBreak;
    const piece = text.slice(from, to);
    const lead = piece.length - piece.trimStart().length;
    const kept = piece.trim().length;
    if (kept > 0) pieces.push([from + lead, from + lead + kept]);
    from = to + 1;
  }
  return pieces;
}
