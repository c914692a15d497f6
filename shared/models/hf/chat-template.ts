// Chat templates from a Hugging Face model folder: OpenAI-style messages → the prompt string the model was
// trained on, rendered from `tokenizer_config.json`'s `chat_template` with `@huggingface/jinja` exactly as
// transformers' `apply_chat_template(…, { tokenize: false })` renders it (the same variables: messages,
// tools, documents, add_generation_prompt and the config's special tokens). Pure, runs in workerd.
//
// Messages go to the template as OpenAI sends them (tool_calls with JSON-string arguments, tool messages with
// tool_call_id: the published templates read that shape), with three adjustments that templates need:
// - content as text parts is joined with "\n" (as vLLM does for text-only models); other parts are refused;
// - content null or absent (an assistant turn with only tool calls) becomes "";
// - the `developer` role (OpenAI's newer name for `system`) becomes `system`, which templates know.
import { Template } from '@huggingface/jinja';
import { z } from 'zod';
import type { ChatMessage } from '../../protocol/openai/schema.ts';
import { parseFile, specialTokenContent, specialTokenSchema } from './tokenizer.ts';

export interface ChatTemplateOptions {
  /** End with the opening of an assistant turn (what generation continues from). */
  addGenerationPrompt?: boolean;
  /** OpenAI `tools` (`{ type: 'function', function: { name, description, parameters } }`). */
  tools?: readonly unknown[] | null;
  /** Which of the folder's named templates; default `tool_use` when tools are given and it exists, else `default`. */
  templateName?: string;
  /** Further template variables some models read (e.g. Qwen3's `enable_thinking`). */
  variables?: Readonly<Record<string, unknown>>;
}

export interface ChatTemplate {
  /** The names of the folder's templates (`['default']` for a single template). */
  readonly names: readonly string[];
  render(messages: readonly ChatMessage[], opts?: ChatTemplateOptions): string;
}

/** The folder cannot render chats (no template, or one that does not parse); a configuration error. */
export class ChatTemplateError extends Error {
  override readonly name = 'ChatTemplateError';
}

/** These messages cannot be rendered by this model's template (a client error: HTTP 400). The message is
 *  the template's own (`raise_exception`) or names the field, never quoting content. */
export class ChatTemplateInputError extends Error {
  override readonly name = 'ChatTemplateInputError';
  readonly param = 'messages';
}

const namedTemplates = z.array(z.looseObject({ name: z.string(), template: z.string() }));
const configSchema = z.looseObject({
  chat_template: z.union([z.string(), namedTemplates, z.record(z.string(), z.string())]).nullish(),
  bos_token: specialTokenSchema,
  eos_token: specialTokenSchema,
  unk_token: specialTokenSchema,
  sep_token: specialTokenSchema,
  pad_token: specialTokenSchema,
  cls_token: specialTokenSchema,
  mask_token: specialTokenSchema,
});
type TemplateConfig = z.infer<typeof configSchema>;

// The variables transformers passes besides the messages (its SPECIAL_TOKEN_ATTRIBUTES).
const SPECIAL_TOKEN_VARIABLES = ['bos_token', 'eos_token', 'unk_token', 'sep_token', 'pad_token', 'cls_token', 'mask_token'] as const;

export function createChatTemplate(tokenizerConfig: unknown): ChatTemplate {
  const config = parseFile(configSchema, tokenizerConfig, 'tokenizer_config.json');
  const sources = templateSources(config.chat_template);
  const compiled = new Map<string, Template>();
  const specialTokens = specialTokenVariables(config);
  return {
    names: [...sources.keys()],
    render(messages, opts = {}) {
      const name = chooseTemplate(sources, opts);
      let template = compiled.get(name);
      if (template === undefined) {
        template = compileTemplate(sources.get(name) ?? '', name);
        compiled.set(name, template);
      }
      return renderTemplate(template, {
        messages: messages.map(templateMessage),
        add_generation_prompt: opts.addGenerationPrompt ?? false,
        tools: opts.tools ?? null,
        documents: null,
        ...specialTokens,
        ...opts.variables,
      });
    },
  };
}

function templateSources(chatTemplate: TemplateConfig['chat_template']): Map<string, string> {
  if (chatTemplate == null) {
    throw new ChatTemplateError('tokenizer_config.json: no chat_template: this model folder cannot render chat messages');
  }
  if (typeof chatTemplate === 'string') return new Map([['default', chatTemplate]]);
  if (Array.isArray(chatTemplate)) return new Map(chatTemplate.map(({ name, template }) => [name, template]));
  return new Map(Object.entries(chatTemplate));
}

function chooseTemplate(sources: ReadonlyMap<string, string>, opts: ChatTemplateOptions): string {
  if (opts.templateName !== undefined) {
    if (sources.has(opts.templateName)) return opts.templateName;
    throw new ChatTemplateError(`tokenizer_config.json: no chat template named ${JSON.stringify(opts.templateName)}`);
  }
  if (opts.tools != null && sources.has('tool_use')) return 'tool_use';
  if (sources.has('default')) return 'default';
  const names = [...sources.keys()].sort().join(', ');
  throw new ChatTemplateError(`tokenizer_config.json: several chat templates and none named "default" (${names}): choose one by name`);
}

function compileTemplate(source: string, name: string): Template {
  try {
    return new Template(source);
  } catch (error) {
    const reason = error instanceof Error ? error.message : 'unreadable';
    throw new ChatTemplateError(`tokenizer_config.json: chat template "${name}" does not parse: ${reason}`, { cause: error });
  }
}

function renderTemplate(template: Template, variables: Record<string, unknown>): string {
  try {
    return template.render(variables);
  } catch (error) {
    // A plain Error is the template's `raise_exception("…")` (its author's words on what the conversation
    // lacks: "roles must alternate") or the interpreter's, which names types and filters, not values. The
    // engine's own TypeErrors and the like may quote a value of the messages, so they are not passed on.
    const reason = error instanceof Error && error.constructor === Error ? error.message : 'the template failed on these messages';
    throw new ChatTemplateInputError(`the model's chat template rejected the messages: ${reason}`, { cause: error });
  }
}

function specialTokenVariables(config: TemplateConfig): Record<string, string> {
  const variables: Record<string, string> = {};
  for (const key of SPECIAL_TOKEN_VARIABLES) {
    const content = specialTokenContent(config[key]);
    if (content) variables[key] = content;
  }
  return variables;
}

function templateMessage(message: ChatMessage): Record<string, unknown> {
  const role = message.role === 'developer' ? 'system' : message.role;
  return { ...message, role, content: textContent(message.content) };
}

function textContent(content: ChatMessage['content']): string {
  if (content == null) return '';
  if (typeof content === 'string') return content;
  return content
    .map((part) => {
      if (part.type !== 'text' || typeof part.text !== 'string') {
        throw new ChatTemplateInputError('only text content parts can be rendered for this model');
      }
      return part.text;
    })
    .join('\n');
}
