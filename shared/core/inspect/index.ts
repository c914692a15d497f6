// What a request contains, as routing needs it (the `inspect` step of edge/app.ts): the PII types and
// unreadable content anywhere in the body the targets will receive (scan.ts: every string and key, normalized,
// per text and joined), a token estimate and the task. Pure; the edge, the CLI, the on-prem node and the cloud
// handlers' defence-in-depth check all use it.
import type { ParsedRequest, Task } from '../../protocol/openai/schema.ts';
import type { PiiType } from '../pii/types.ts';
import { estimateTokens } from '../tokens/estimate.ts';
import { requestNeeds, type Needs } from './needs.ts';
import { scanBody, type BodyScan } from './scan.ts';
import type { UnscannedKind } from './unscanned.ts';

export { readBody, scanBody, scanPayload, scanRead, type BodyScan, type ReadBody } from './scan.ts';
export { UNSCANNED_KINDS, type UnscannedKind } from './unscanned.ts';
export { requestNeeds, type Needs, type StructuredOutput } from './needs.ts';

export interface Inspection {
  task: Task;
  model: string;
  stream: boolean;
  /** Distinct PII types found in any text of the request, in PII_TYPES order. Names only. */
  piiTypes: PiiType[];
  /** Kinds of content that could not be scanned (unscanned.ts), in UNSCANNED_KINDS order. */
  unscanned: UnscannedKind[];
  /** Prompt tokens (estimated) + the completion budget (max_tokens). */
  estimatedTokens: number;
  promptTokens: number;
  /** What the target must serve: tools, structured output, images, context (needs.ts). Absent in older records. */
  needs?: Needs;
  /** The learned tagger beside the rules (tagged.ts), when one is configured: which, and whether it had to run. */
  tagger?: { version: string; ran: boolean };
}

/** Extra tokens per chat message for role and separators (OpenAI's chat format adds about this many). */
const TOKENS_PER_MESSAGE = 4;

/** The prompt's texts, for the token estimate: message contents, text parts, names, tool-call arguments. */
export function requestTexts(req: ParsedRequest): string[] {
  if (req.task !== 'chat') {
    const input = req.body.input;
    if (typeof input === 'string') return [input];
    return input.filter((x): x is string => typeof x === 'string');
  }
  const texts: string[] = [];
  for (const m of req.body.messages) {
    if (typeof m.content === 'string') texts.push(m.content);
    else if (Array.isArray(m.content)) for (const p of m.content) if (p.type === 'text' && typeof p.text === 'string') texts.push(p.text);
    if (m.name) texts.push(m.name);
    for (const call of m.tool_calls ?? []) texts.push(call.function.arguments);
  }
  return texts;
}

/** `alsoSent`: client-chosen values forwarded besides the body (scan.ts). */
export function inspectRequest(req: ParsedRequest, alsoSent: readonly string[] = []): Inspection {
  return inspectionOf(req, scanBody(req.body, alsoSent));
}

/** The inspection of a request whose body scanned as `scan`. */
export function inspectionOf(req: ParsedRequest, { piiTypes, unscanned }: BodyScan): Inspection {
  let promptTokens = 0;
  for (const text of requestTexts(req)) promptTokens += estimateTokens(text);
  let completion = 0;
  if (req.task === 'chat') {
    promptTokens += TOKENS_PER_MESSAGE * req.body.messages.length;
    completion = req.body.max_completion_tokens ?? req.body.max_tokens ?? 0;
  } else if (req.task === 'embeddings' && Array.isArray(req.body.input)) {
    // Pre-tokenised input: count the token ids themselves.
    for (const x of req.body.input) if (typeof x !== 'string') promptTokens += Array.isArray(x) ? x.length : 1;
  }
  const estimatedTokens = promptTokens + completion;
  return {
    task: req.task,
    model: req.body.model,
    stream: req.task === 'chat' && req.body.stream === true,
    piiTypes,
    unscanned,
    estimatedTokens,
    promptTokens,
    needs: requestNeeds(req, estimatedTokens),
  };
}
