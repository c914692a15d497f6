// OpenAI's Responses API served through chat completions (README "Responses API"): the request schema and what is
// refused (schema.ts, unsupported.ts), the request → chat (to-chat.ts), the chat answer → a Response (from-chat.ts)
// or, streamed, → the Responses events (stream.ts); the Response object's shapes (object.ts). Pure.
export { parseResponsesRequest, type ResponsesRequest } from './schema.ts';
export { toChatRequest } from './to-chat.ts';
export { chatCompletionToResponse, TranslationError } from './from-chat.ts';
export { encodeResponsesEvent, ResponsesStream, type ResponsesEvent } from './stream.ts';
export type { ResponseIds, ResponseObject } from './object.ts';
