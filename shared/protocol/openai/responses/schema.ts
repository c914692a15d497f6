// The part of OpenAI's Responses API (`POST /v1/responses`) the edge serves, validated with zod. Shapes follow
// the official client's types (openai/resources/responses/responses.d.ts). Fields not named here are not kept
// (zod objects strip them): the request goes on only as the chat request translated from what is kept
// (to-chat.ts), so nothing of the body reaches a target unscanned or untranslated. What the edge cannot honour
// is refused before this schema runs (unsupported.ts).
//
//   const request = parseResponsesRequest(json);   // 400 unsupported_parameter / invalid_request
import { z } from 'zod';
import { schemaError } from '../../http/body.ts';
import { refuseUnsupported } from './unsupported.ts';

const InputText = z.object({ type: z.literal('input_text'), text: z.string() });
/** An earlier answer's text, sent back as history. */
const OutputText = z.object({ type: z.literal('output_text'), text: z.string() });
const Refusal = z.object({ type: z.literal('refusal'), refusal: z.string() });
/** Inline images and files are carried as chat carries them: content the scanner cannot read (unscanned). */
const InputImage = z.object({
  type: z.literal('input_image'),
  image_url: z.string().min(1),
  detail: z.enum(['low', 'high', 'auto', 'original']).optional(),
});
const InputFile = z.object({ type: z.literal('input_file'), file_data: z.string().min(1), filename: z.string().optional() });

export const ContentPart = z.discriminatedUnion('type', [InputText, OutputText, Refusal, InputImage, InputFile]);

const MessageItem = z.object({
  type: z.literal('message'),
  role: z.enum(['user', 'assistant', 'system', 'developer']),
  content: z.union([z.string(), z.array(ContentPart)]),
});

/** A tool call of an earlier answer, sent back in a tool loop. */
const FunctionCallItem = z.object({
  type: z.literal('function_call'),
  call_id: z.string().min(1),
  name: z.string().min(1),
  arguments: z.string(),
});

/** The caller's result of a tool call. */
const FunctionCallOutputItem = z.object({
  type: z.literal('function_call_output'),
  call_id: z.string().min(1),
  output: z.union([z.string(), z.array(ContentPart)]),
});

/** An item without `type` is a message (EasyInputMessage). */
const withMessageType = (v: unknown) => (typeof v === 'object' && v !== null && !('type' in v) ? { ...v, type: 'message' } : v);

export const InputItem = z.preprocess(
  withMessageType,
  z.discriminatedUnion('type', [MessageItem, FunctionCallItem, FunctionCallOutputItem]),
);

export const FunctionTool = z.object({
  type: z.literal('function'),
  name: z.string().min(1),
  description: z.string().nullish(),
  parameters: z.record(z.string(), z.unknown()).nullish(),
  strict: z.boolean().nullish(),
});

const ToolChoice = z.union([z.enum(['none', 'auto', 'required']), z.object({ type: z.literal('function'), name: z.string().min(1) })]);

const TextFormat = z.discriminatedUnion('type', [
  z.object({ type: z.literal('text') }),
  z.object({ type: z.literal('json_object') }),
  z.object({
    type: z.literal('json_schema'),
    name: z.string().min(1),
    schema: z.record(z.string(), z.unknown()),
    description: z.string().optional(),
    strict: z.boolean().nullish(),
  }),
]);

const InputItems = z.array(InputItem).min(1);

export const ResponsesRequest = z.object({
  model: z.string().min(1),
  input: z.union([z.string(), InputItems]),
  instructions: z.string().nullish(),
  tools: z.array(FunctionTool).nullish(),
  tool_choice: ToolChoice.nullish(),
  parallel_tool_calls: z.boolean().nullish(),
  temperature: z.number().min(0).max(2).nullish(),
  top_p: z.number().min(0).max(1).nullish(),
  max_output_tokens: z.number().int().positive().nullish(),
  stream: z.boolean().nullish(),
  text: z.object({ format: TextFormat.optional() }).nullish(),
  metadata: z.record(z.string(), z.string()).nullish(),
  user: z.string().optional(),
  /** Only false (or absent): the edge never stores a response (`true` is refused, unsupported.ts). */
  store: z.literal(false).nullish(),
});

export type ResponsesRequest = z.infer<typeof ResponsesRequest>;
export type InputItem = z.infer<typeof InputItem>;
export type ContentPart = z.infer<typeof ContentPart>;
export type FunctionTool = z.infer<typeof FunctionTool>;

/** A JSON object → the request as served, or a 400 ApiError (unsupported_parameter first, then invalid_request). */
export function parseResponsesRequest(json: Record<string, unknown>): ResponsesRequest {
  refuseUnsupported(json);
  // A list of items checked on its own first: the union with a string would name only `input` for a bad item.
  if (Array.isArray(json.input)) {
    const items = InputItems.safeParse(json.input);
    if (!items.success) throw schemaError(new z.ZodError(items.error.issues.map((i) => ({ ...i, path: ['input', ...i.path] }))));
  }
  const parsed = ResponsesRequest.safeParse(json);
  if (!parsed.success) throw schemaError(parsed.error);
  return parsed.data;
}
