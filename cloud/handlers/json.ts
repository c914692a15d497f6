// JSON the handlers read back — a model's answer from SageMaker, job records and results from S3 — parsed
// without throwing (undefined when it is not JSON: JSON itself has no undefined), and the one check that an
// answer is a chat completion.

export function parseJsonOrUndefined(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** An object with a `choices` array: what a chat completion is at least. */
export function isChatCompletion(json: unknown): json is Record<string, unknown> & { choices: unknown[] } {
  return typeof json === 'object' && json !== null && !Array.isArray(json) && Array.isArray((json as { choices?: unknown }).choices);
}
