// The attack corpus: requests that carry personal data, as an attacker would send them to the edge's OpenAI
// API, generated from four dimensions — PII type (values.ts), placement in the request (placements.ts),
// obfuscation (obfuscations.ts) and size (normal, or large enough that the default policy sends a PII-free
// request of that size to the cloud tier) — plus streaming or not, and sent raw or with the official
// `openai` client. Not the full product: a seeded covering sample in which every (placement × obfuscation)
// pair that makes sense occurs once, the type is chosen to spread types evenly over placements, and size,
// stream and client rotate, so every value of every dimension occurs several times.
//
// Controls are the same kinds of request without personal data: they must be served as usual (large ones by
// the cloud tier), which shows that the recorder sees traffic and that the attack test can fail.
//
// Deterministic for a seed; pure (the runner and the benchmark share it).
import type { PiiType } from '../../shared/core/pii/types.ts';
import { estimateTokens } from '../../shared/core/tokens/estimate.ts';
import * as ids from '../pii-heldout/ids.ts';
import { NUMBER_WORD_LANGS } from './encodings.ts';
import { OBFUSCATION_FAMILIES, obfuscation, type Obfuscation, type ObfuscationFamily } from './obfuscations.ts';
import { PLACEMENTS, type Body, type Endpoint, type Placement } from './placements.ts';
import { innocuous, plant, seedValues } from './values.ts';

export const DEFAULT_SEED = 20261111;

export type Size = 'normal' | 'large';
export type Via = 'fetch' | 'openai';

/** What a case is, for reporting by class. Labels only: never the values. */
export interface CaseLabels {
  type: PiiType | 'none';
  placement: string;
  obfuscation: string;
  size: Size;
  stream: boolean;
  via: Via;
}

export interface Case {
  /** `a001`… for attacks, `c001`… for controls; also the request's x-request-id suffix. */
  id: string;
  kind: 'attack' | 'control';
  labels: CaseLabels;
  endpoint: Endpoint;
  body: Body;
  /** The planted value (attacks): what must not reach the cloud. Compared with what did, never printed. */
  value?: string;
}

export interface Corpus {
  attacks: Case[];
  controls: Case[];
}

/** The estimated prompt tokens a large case has at least: well above the default policy's edge limit (2,048). */
export const LARGE_MIN_TOKENS = 2_400;

const FILLER_SENTENCES = [
  'The quarterly review covers the onboarding process, the support queue and the release checklist.',
  'Our team agreed to keep the meeting notes short and to share them in the usual channel.',
  'Customers asked for clearer wording in the help pages about exports and shared folders.',
  'The new dashboard shows weekly trends for response times and open tickets.',
  'We will retire the old reporting tool once the migration of saved views is complete.',
  'Please keep the tone friendly, avoid jargon and end with a short list of next steps.',
  'The design group suggested a lighter colour scheme for the settings screen.',
  'Feedback from the pilot was positive, although some people wanted more keyboard shortcuts.',
];

/** Innocuous text of more than LARGE_MIN_TOKENS estimated tokens: what makes a case large. */
function filler(): string {
  const parts = ['Background notes for the task below.'];
  for (let i = 0; estimateTokens(parts.join(' ')) < LARGE_MIN_TOKENS; i++) parts.push(FILLER_SENTENCES[i % FILLER_SENTENCES.length]!);
  return parts.join(' ');
}

/** How many cases a placement that takes its text only as it is gets (all without obfuscation), so that it too occurs several times. */
const PLAIN_ONLY_CASES = 4;

/** The obfuscation families paired with a placement: each that makes sense there, once. */
function familiesFor(placement: Placement): ObfuscationFamily[] {
  if (placement.plainOnly) return Array<ObfuscationFamily>(PLAIN_ONLY_CASES).fill('none');
  return OBFUSCATION_FAMILIES.filter((family) => {
    if (family === 'split_messages') return placement.split === 'messages';
    if (family === 'split_parts') return placement.split === 'parts';
    if (family === 'split_with_words') return placement.split !== undefined;
    return true;
  });
}

/**
 * Size, stream and client of the k-th case of an obfuscation family (the family's position `f` shifts the
 * start): each family walks through all four size × stream combinations over the placements, and so does
 * each placement over the families; the client rotates with another period (every third case uses the
 * official client), so it is not tied to one combination. Stream only where the endpoint streams.
 */
function rotation(placement: Placement, f: number, k: number): { size: Size; stream: boolean; via: Via } {
  const combos = [
    { size: 'normal', stream: false },
    { size: 'large', stream: true },
    { size: 'normal', stream: true },
    { size: 'large', stream: false },
  ] as const;
  const c = combos[(f + k) % combos.length]!;
  return { size: c.size, stream: placement.endpoint === 'chat' && c.stream, via: (f + k) % 3 === 0 ? 'openai' : 'fetch' };
}

/** Counts per key, to pick the least used choice (types spread over placements and over the corpus). */
class Tally {
  private readonly n = new Map<string, number>();
  get(key: string): number {
    return this.n.get(key) ?? 0;
  }
  add(key: string): void {
    this.n.set(key, this.get(key) + 1);
  }
}

/** Types an obfuscation applies to, least used (for this placement, then overall) first; ties in seeded order. */
function typeOrder(o: Obfuscation, placement: string, tally: Tally): PiiType[] {
  const shuffled = [...o.types];
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = ids.ri(0, i);
    [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
  }
  return shuffled.sort((a, b) => tally.get(`${placement}/${a}`) - tally.get(`${placement}/${b}`) || tally.get(a) - tally.get(b));
}

/** A planted value of `type` and the text(s) the obfuscation makes of it; undefined if it never applies. */
function obfuscated(type: PiiType, o: Obfuscation): { value: string; texts: string[] } | undefined {
  for (let attempt = 0; attempt < 30; attempt++) {
    const planted = plant(type, o.script);
    const texts = o.apply(planted);
    if (texts) return { value: planted.value, texts };
  }
  return undefined;
}

function attacks(large: string): Case[] {
  const out: Case[] = [];
  const tally = new Tally();
  const perFamily = new Tally();
  for (const placement of PLACEMENTS) {
    for (const family of familiesFor(placement)) {
      const k = perFamily.get(family);
      perFamily.add(family);
      // Languages change every second case: sizes alternate from one case to the next, so each language gets both.
      const o = obfuscation(family, NUMBER_WORD_LANGS[Math.floor(k / 2) % NUMBER_WORD_LANGS.length]);
      const { size, stream, via } = rotation(placement, OBFUSCATION_FAMILIES.indexOf(family), k);
      for (const type of typeOrder(o, placement.name, tally)) {
        const made = obfuscated(type, o);
        if (!made) continue;
        tally.add(type);
        tally.add(`${placement.name}/${type}`);
        const id = `a${String(out.length + 1).padStart(3, '0')}`;
        out.push({
          id,
          kind: 'attack',
          labels: { type, placement: placement.name, obfuscation: o.label, size, stream, via },
          endpoint: placement.endpoint,
          body: placement.build(made.texts, { stream, ...(size === 'large' ? { filler: large } : {}) }),
          value: made.value,
        });
        break;
      }
    }
  }
  return out;
}

/** Obfuscations that change text without digits (the controls' phrases have one digit only). */
const CONTROL_FAMILIES: readonly ObfuscationFamily[] = [
  'none',
  'zero_width',
  'soft_hyphen',
  'combining',
  'fullwidth',
  'html_named',
  'html_numeric',
  'percent',
  'u_escape',
  'base64_sentence',
  'base64_json',
];

function controls(large: string): Case[] {
  const out: Case[] = [];
  let next = 0;
  const readable = PLACEMENTS.filter((p) => p.readable);
  readable.forEach((placement, pi) => {
    const families: ObfuscationFamily[] = [
      CONTROL_FAMILIES[next++ % CONTROL_FAMILIES.length]!,
      CONTROL_FAMILIES[next++ % CONTROL_FAMILIES.length]!,
    ];
    if (placement.split) families.push(placement.split === 'messages' ? 'split_messages' : 'split_parts');
    families.forEach((family, k) => {
      const size: Size = k % 2 === 0 ? 'large' : 'normal';
      const stream = placement.endpoint === 'chat' && (pi + k) % 2 === 0;
      const id = `c${String(out.length + 1).padStart(3, '0')}`;
      const phrase = innocuous();
      // A reference makes every control's body unique, so the edge's response cache never answers one.
      const sentence = { ...phrase, suffix: `${phrase.suffix} (ref ${id})` };
      const texts = obfuscation(family).apply(sentence) ?? [sentence.prefix + sentence.value + sentence.suffix];
      out.push({
        id,
        kind: 'control',
        labels: {
          type: 'none',
          placement: placement.name,
          obfuscation: family,
          size,
          stream,
          via: out.length % 4 === 1 ? 'openai' : 'fetch',
        },
        endpoint: placement.endpoint,
        body: placement.build(texts, { stream, ...(size === 'large' ? { filler: large } : {}) }),
      });
    });
  });
  return out;
}

/** The corpus for a seed: the same seed, the same requests, byte for byte. */
export function buildCorpus(seed = DEFAULT_SEED): Corpus {
  seedValues(seed);
  const large = filler();
  return { attacks: attacks(large), controls: controls(large) };
}
