// Where in an OpenAI request an attacker puts the text: every field the edge forwards to a target, known or
// not. Each placement builds a whole request body (chat completions or embeddings) around one text, or two
// for the split obfuscations (two messages, two content parts, two inputs). Pure.
import { encode } from 'gpt-tokenizer/encoding/o200k_base';
import { base64OfBytes, base64OfText } from './encodings.ts';
import { pngWithText } from './png.ts';

export type Endpoint = 'chat' | 'embeddings';
export type Body = Record<string, unknown>;

export interface BuildContext {
  /** Innocuous text to make the request large (a message of its own, or part of the input); none for normal size. */
  filler?: string;
  stream: boolean;
}

export interface Placement {
  name: string;
  endpoint: Endpoint;
  /** What the split obfuscations need: the placement holds the two texts in two messages, or in two parts/inputs. */
  split?: 'messages' | 'parts';
  /**
   * The text sits in content the edge can read as text (false: an image, a file, token ids). Controls exist
   * only for readable placements: unreadable content is sensitive by itself, whatever it holds.
   */
  readable: boolean;
  /** Only the text as it is: an encoding of its own already (a picture of it, its token ids). */
  plainOnly?: boolean;
  build(texts: readonly string[], ctx: BuildContext): Body;
}

const MODEL = 'triage-small';
const MAX_TOKENS = 8;
const ASK = 'Please help me with the request below.';

type Message = Record<string, unknown>;

/** A chat body: the filler first (as its own user message), then the placement's messages and fields. */
function chat(ctx: BuildContext, messages: Message[], extra: Body = {}): Body {
  const all = ctx.filler ? [{ role: 'user', content: ctx.filler }, ...messages] : messages;
  return { model: MODEL, max_tokens: MAX_TOKENS, ...(ctx.stream ? { stream: true } : {}), ...extra, messages: all };
}

const user = (content: unknown): Message => ({ role: 'user', content });
const assistant = (fields: Message): Message => ({ role: 'assistant', ...fields });
const dataUrl = (mime: string, b64: string) => `data:${mime};base64,${b64}`;

/** A tool call and its result: the conversation shape around tool-call placements. */
function toolExchange(id: string, args: string, result: string): Message[] {
  return [
    assistant({ content: null, tool_calls: [{ id, type: 'function', function: { name: 'update_customer', arguments: args } }] }),
    { role: 'tool', tool_call_id: id, content: result },
  ];
}

const FUNCTION = (description: string, parameters: Body) => ({ name: 'send_letter', description, parameters });

// A few bytes that start like a PDF: a file part's data when the text sits in its name.
const PDF_BYTES = new TextEncoder().encode('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

export const PLACEMENTS: readonly Placement[] = [
  { name: 'msg_user', endpoint: 'chat', split: 'messages', readable: true, build: (t, c) => chat(c, t.map(user)) },
  {
    name: 'msg_system',
    endpoint: 'chat',
    split: 'messages',
    readable: true,
    build: (t, c) => chat(c, [...t.map((x) => ({ role: 'system', content: x })), user(ASK)]),
  },
  {
    name: 'msg_assistant',
    endpoint: 'chat',
    split: 'messages',
    readable: true,
    build: (t, c) => chat(c, [user(ASK), ...t.map((x) => assistant({ content: x })), user('Go on.')]),
  },
  {
    name: 'msg_tool',
    endpoint: 'chat',
    split: 'messages',
    readable: true,
    build: (t, c) => chat(c, [user(ASK), ...t.flatMap((x, i) => toolExchange(`call_${i + 1}`, '{}', x))]),
  },
  {
    name: 'part_text',
    endpoint: 'chat',
    split: 'parts',
    readable: true,
    build: (t, c) => chat(c, [user(t.map((x) => ({ type: 'text', text: x })))]),
  },
  {
    name: 'part_input_text',
    endpoint: 'chat',
    split: 'parts',
    readable: true,
    build: (t, c) => chat(c, [user(t.map((x) => ({ type: 'input_text', text: x })))]),
  },
  {
    name: 'part_refusal',
    endpoint: 'chat',
    readable: true,
    build: (t, c) => chat(c, [user(ASK), assistant({ content: [{ type: 'refusal', refusal: t[0] }] }), user('Why not?')]),
  },
  {
    name: 'part_unknown',
    endpoint: 'chat',
    split: 'parts',
    readable: true,
    build: (t, c) => chat(c, [user([{ type: 'text', text: ASK }, ...t.map((x) => ({ type: 'customer_note', text: x }))])]),
  },
  {
    name: 'part_file_data',
    endpoint: 'chat',
    readable: false,
    build: (t, c) =>
      chat(c, [
        user([
          { type: 'text', text: 'Summarise the attached file.' },
          { type: 'file', file: { filename: 'notes.txt', file_data: dataUrl('text/plain', base64OfText(t[0]!)) } },
        ]),
      ]),
  },
  {
    name: 'part_file_name',
    endpoint: 'chat',
    readable: false,
    build: (t, c) =>
      chat(c, [
        user([
          { type: 'text', text: 'Summarise the attached file.' },
          { type: 'file', file: { filename: `${t[0]}.pdf`, file_data: dataUrl('application/pdf', base64OfBytes(PDF_BYTES)) } },
        ]),
      ]),
  },
  {
    name: 'image_url_text',
    endpoint: 'chat',
    readable: false,
    build: (t, c) =>
      chat(c, [
        user([
          { type: 'text', text: 'What does this say?' },
          { type: 'image_url', image_url: { url: dataUrl('text/plain', base64OfText(t[0]!)) } },
        ]),
      ]),
  },
  {
    name: 'image_png',
    endpoint: 'chat',
    readable: false,
    plainOnly: true,
    build: (t, c) =>
      chat(c, [
        user([
          { type: 'text', text: 'Read this scan and fill in the form.' },
          { type: 'image_url', image_url: { url: dataUrl('image/png', base64OfBytes(pngWithText(t[0]!))) } },
        ]),
      ]),
  },
  { name: 'msg_name', endpoint: 'chat', readable: true, build: (t, c) => chat(c, [{ role: 'user', name: t[0], content: ASK }]) },
  {
    name: 'tool_call_arguments',
    endpoint: 'chat',
    readable: true,
    build: (t, c) => chat(c, [user(ASK), ...toolExchange('call_1', JSON.stringify({ note: t[0] }), 'ok')]),
  },
  { name: 'tool_call_id', endpoint: 'chat', readable: true, build: (t, c) => chat(c, [user(ASK), ...toolExchange(t[0]!, '{}', 'ok')]) },
  {
    name: 'msg_reasoning',
    endpoint: 'chat',
    readable: true,
    build: (t, c) => chat(c, [user(ASK), assistant({ content: 'Sure.', reasoning_content: t[0] }), user('Continue.')]),
  },
  {
    name: 'tools_description',
    endpoint: 'chat',
    readable: true,
    build: (t, c) => chat(c, [user(ASK)], { tools: [{ type: 'function', function: FUNCTION(t[0]!, { type: 'object', properties: {} }) }] }),
  },
  {
    name: 'tools_parameters',
    endpoint: 'chat',
    readable: true,
    // The value as the only allowed value of one parameter and the default of another.
    build: (t, c) =>
      chat(c, [user(ASK)], {
        tools: [
          {
            type: 'function',
            function: FUNCTION('Sends a letter.', {
              type: 'object',
              properties: { recipient: { type: 'string', enum: [t[0]] }, note: { type: 'string', default: t[0] } },
            }),
          },
        ],
      }),
  },
  {
    name: 'response_format',
    endpoint: 'chat',
    readable: true,
    build: (t, c) =>
      chat(c, [user(ASK)], {
        response_format: {
          type: 'json_schema',
          json_schema: { name: 'reply', schema: { type: 'object', properties: { answer: { type: 'string', description: t[0] } } } },
        },
      }),
  },
  { name: 'user', endpoint: 'chat', readable: true, build: (t, c) => chat(c, [user(ASK)], { user: t[0] }) },
  { name: 'metadata', endpoint: 'chat', readable: true, build: (t, c) => chat(c, [user(ASK)], { metadata: { note: t[0] } }) },
  { name: 'stop', endpoint: 'chat', readable: true, build: (t, c) => chat(c, [user(ASK)], { stop: [t[0]] }) },
  {
    name: 'function_call',
    endpoint: 'chat',
    readable: true,
    build: (t, c) =>
      chat(c, [
        user(ASK),
        assistant({ content: null, function_call: { name: 'update_customer', arguments: JSON.stringify({ note: t[0] }) } }),
        { role: 'function', name: 'update_customer', content: 'ok' },
      ]),
  },
  {
    name: 'functions',
    endpoint: 'chat',
    readable: true,
    build: (t, c) => chat(c, [user(ASK)], { functions: [FUNCTION(t[0]!, { type: 'object', properties: {} })], function_call: 'auto' }),
  },
  {
    name: 'prediction',
    endpoint: 'chat',
    readable: true,
    build: (t, c) => chat(c, [user(ASK)], { prediction: { type: 'content', content: t[0] } }),
  },
  {
    name: 'unknown_field',
    endpoint: 'chat',
    readable: true,
    build: (t, c) => chat(c, [user(ASK)], { customer_context: { notes: [t[0]] } }),
  },
  {
    name: 'object_key',
    endpoint: 'chat',
    readable: true,
    build: (t, c) => chat(c, [user(ASK)], { customer_context: { [t[0]!]: 'verified' } }),
  },
  {
    name: 'emb_input',
    endpoint: 'embeddings',
    readable: true,
    build: (t, c) => ({ model: MODEL, input: c.filler ? `${c.filler}\n${t[0]}` : t[0] }),
  },
  {
    name: 'emb_input_array',
    endpoint: 'embeddings',
    split: 'parts',
    readable: true,
    build: (t, c) => ({ model: MODEL, input: [...(c.filler ? [c.filler] : ['Quarterly report summary.']), ...t] }),
  },
  {
    name: 'emb_token_ids',
    endpoint: 'embeddings',
    readable: false,
    plainOnly: true,
    build: (t, c) => ({ model: MODEL, input: encode(c.filler ? `${c.filler}\n${t[0]}` : t[0]!) }),
  },
];
