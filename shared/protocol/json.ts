// JSON a tier reads back from elsewhere (an upstream's answer, a stored record, an SSE event's data), parsed
// without throwing: undefined when it is not JSON (JSON itself has no undefined). Pure: workerd and Node.

export function parseJsonOrUndefined(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
