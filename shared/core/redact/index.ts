// Redact-and-restore: a request's PII replaced by typed placeholders before it leaves for a target the policy
// allows it for, and the values put back in the answer (streams and tool calls included). In memory only.
export { restoreCompletion, ChunkRestorer } from './answer.ts';
export { redactBody, REDACTION_CONFIDENCE, type BodyRedaction } from './body.ts';
export { PLACEHOLDER_PATTERN, RedactionMapping } from './placeholders.ts';
export { restoreText, StreamRestorer, type RestoreContext } from './restore.ts';
