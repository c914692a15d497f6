// JSON the handlers read back — a model's answer from SageMaker, job records and results from S3 — parsed
// without throwing (shared/protocol/json.ts), and the one check that an answer is a chat completion.
export { parseJsonOrUndefined } from '../../shared/protocol/json.ts';

/** An object with a `choices` array: what a chat completion is at least. */
export function isChatCompletion(json: unknown): json is Record<string, unknown> & { choices: unknown[] } {
  return typeof json === 'object' && json !== null && !Array.isArray(json) && Array.isArray((json as { choices?: unknown }).choices);
}
