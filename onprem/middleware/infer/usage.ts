// What the audit line keeps of an engine's answer: OpenAI `usage` as token counts (numbers only), and the
// code of an OpenAI error body if it is a plain identifier. Nothing else of an answer is read.
import { parseJsonOrUndefined } from '../../../shared/protocol/json.ts';
import type { SseEvent } from '../../../shared/protocol/openai/sse.ts';
import type { AuditRecord } from '../../audit.ts';

export type Tokens = NonNullable<AuditRecord['tokens']>;

const count = (v: unknown) => (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 ? v : undefined);

/** OpenAI `usage` → the audit's token counts (only numbers; undefined if the answer reported none). */
export function usageOf(json: unknown): Tokens | undefined {
  if (typeof json !== 'object' || json === null || !('usage' in json)) return undefined;
  const u = json.usage;
  if (typeof u !== 'object' || u === null) return undefined;
  const { prompt_tokens, completion_tokens, total_tokens } = u as Record<string, unknown>;
  const t: Tokens = {};
  if (count(prompt_tokens) !== undefined) t.prompt = count(prompt_tokens);
  if (count(completion_tokens) !== undefined) t.completion = count(completion_tokens);
  if (count(total_tokens) !== undefined) t.total = count(total_tokens);
  return Object.keys(t).length > 0 ? t : undefined;
}

/** The usage an event of a passing stream carries (sent with stream_options.include_usage), if any. */
export function usageInEvent(ev: SseEvent): Tokens | undefined {
  // Only events that can carry usage are parsed; content chunks pass untouched.
  if (!ev.data.includes('"usage"') || ev.data === '[DONE]') return undefined;
  return usageOf(parseJsonOrUndefined(ev.data));
}

/** An OpenAI error body's code, if it is a plain identifier (it goes into the audit log). */
export function errorCodeOf(json: unknown): string | undefined {
  if (typeof json !== 'object' || json === null || !('error' in json)) return undefined;
  const error = json.error;
  const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
  return typeof code === 'string' && /^[a-z0-9_.-]{1,64}$/i.test(code) ? code : undefined;
}
