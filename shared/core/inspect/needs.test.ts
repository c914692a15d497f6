import { describe, expect, it } from 'vitest';
import { ChatCompletionRequest, EmbeddingsRequest } from '../../protocol/openai/schema.ts';
import { inspectRequest } from './index.ts';
import { requestNeeds } from './needs.ts';

const chat = (extra: Record<string, unknown> = {}, content: unknown = 'hi') => ({
  task: 'chat' as const,
  body: ChatCompletionRequest.parse({ model: 'm', messages: [{ role: 'user', content }], ...extra }),
});
const TOOL = { type: 'function', function: { name: 'lookup', parameters: { type: 'object', properties: {} } } };

describe('requestNeeds', () => {
  it('a plain chat needs nothing beyond its context', () => {
    expect(requestNeeds(chat(), 42)).toEqual({ tools: false, vision: false, contextTokens: 42 });
  });

  it('tools: a non-empty tools or legacy functions list (an empty one asks for nothing)', () => {
    expect(requestNeeds(chat({ tools: [TOOL] }), 0).tools).toBe(true);
    expect(requestNeeds(chat({ functions: [{ name: 'lookup', parameters: {} }] }), 0).tools).toBe(true);
    expect(requestNeeds(chat({ tools: [] }), 0).tools).toBe(false);
  });

  it('structured output: response_format json_schema or json_object; text is no need', () => {
    const schema = { type: 'json_schema', json_schema: { name: 'x', schema: { type: 'object' } } };
    expect(requestNeeds(chat({ response_format: schema }), 0).structuredOutput).toBe('json_schema');
    expect(requestNeeds(chat({ response_format: { type: 'json_object' } }), 0).structuredOutput).toBe('json_object');
    expect(requestNeeds(chat({ response_format: { type: 'text' } }), 0)).not.toHaveProperty('structuredOutput');
    expect(requestNeeds(chat({ response_format: 'json' }), 0)).not.toHaveProperty('structuredOutput');
  });

  it('vision: an image part in any message', () => {
    const parts = [
      { type: 'text', text: 'what is this?' },
      { type: 'image_url', image_url: { url: 'data:image/png;base64,AAAA' } },
    ];
    expect(requestNeeds(chat({}, parts), 0).vision).toBe(true);
    expect(requestNeeds(chat({}, [{ type: 'text', text: 'no image' }]), 0).vision).toBe(false);
  });

  it('embeddings and classify need only their context', () => {
    const req = { task: 'embeddings' as const, body: EmbeddingsRequest.parse({ model: 'm', input: 'hi', tools: [TOOL] }) };
    expect(requestNeeds(req, 7)).toEqual({ tools: false, vision: false, contextTokens: 7 });
  });

  it('the inspection carries them, its context being prompt + max_tokens', () => {
    const i = inspectRequest(chat({ tools: [TOOL], max_tokens: 100 }));
    expect(i.needs).toEqual({ tools: true, vision: false, contextTokens: i.estimatedTokens });
    expect(i.estimatedTokens).toBeGreaterThan(100);
  });
});
