import { describe, expect, it } from 'vitest';
import { ChatCompletionRequest } from '../../protocol/openai/schema.ts';
import { inspectRequest, requestTexts } from './index.ts';

const chat = (body: unknown) => ({ task: 'chat' as const, body: ChatCompletionRequest.parse(body) });

describe('inspectRequest', () => {
  it('scans every message role and every text part, not just the last user message', () => {
    for (const messages of [
      [
        { role: 'system', content: 'Escalate to ops@example.com' },
        { role: 'user', content: 'hi' },
      ],
      [
        { role: 'user', content: 'hi' },
        { role: 'assistant', content: 'Your contact is ops@example.com' },
      ],
      [
        {
          role: 'user',
          content: [
            { type: 'image_url', image_url: { url: 'https://x.test/a.png' } },
            { type: 'text', text: 'ops@example.com' },
          ],
        },
      ],
      [{ role: 'tool', tool_call_id: 't1', content: '{"email":"ops@example.com"}' }],
      [
        {
          role: 'assistant',
          content: null,
          tool_calls: [{ id: 't1', type: 'function', function: { name: 'send', arguments: '{"to":"ops@example.com"}' } }],
        },
      ],
    ]) {
      expect(inspectRequest(chat({ model: 'm', messages })).piiTypes, JSON.stringify(messages)).toEqual(['EMAIL']);
    }
  });

  it('reports no PII for a clean request, and the task, model and stream flag', () => {
    const i = inspectRequest(
      chat({ model: 'triage-small', stream: true, messages: [{ role: 'user', content: 'Explain TCP slow start.' }] }),
    );
    expect(i).toMatchObject({ task: 'chat', model: 'triage-small', stream: true, piiTypes: [] });
  });

  it('counts the completion budget into the estimate', () => {
    const base = { model: 'm', messages: [{ role: 'user', content: 'Summarise the meeting notes.' }] };
    const without = inspectRequest(chat(base));
    const withBudget = inspectRequest(chat({ ...base, max_tokens: 1000 }));
    expect(withBudget.estimatedTokens - without.estimatedTokens).toBe(1000);
    expect(inspectRequest(chat({ ...base, max_completion_tokens: 50 })).estimatedTokens - without.estimatedTokens).toBe(50);
  });

  it('scans embeddings and classify inputs, single or batched', () => {
    expect(inspectRequest({ task: 'embeddings', body: { model: 'e', input: ['fine', 'mail ops@example.com'] } }).piiTypes).toEqual([
      'EMAIL',
    ]);
    expect(inspectRequest({ task: 'classify', body: { model: 'c', input: 'ops@example.com' } }).piiTypes).toEqual(['EMAIL']);
    expect(requestTexts({ task: 'embeddings', body: { model: 'e', input: [[1, 2, 3]] } })).toEqual([]);
  });
});

describe('request schemas', () => {
  it('reject wrong types with the field path', () => {
    const r = ChatCompletionRequest.safeParse({ model: 'm', messages: [{ role: 'user', content: 42 }] });
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]!.path).toEqual(['messages', 0, 'content']);
    expect(ChatCompletionRequest.safeParse({ model: 'm', messages: [] }).success).toBe(false);
    expect(ChatCompletionRequest.safeParse({ model: 'm', messages: [{ role: 'wizard', content: 'x' }] }).success).toBe(false);
    expect(ChatCompletionRequest.safeParse({ model: 'm', messages: [{ role: 'user', content: 'x' }], max_tokens: -1 }).success).toBe(false);
  });

  it('let unknown top-level parameters through, as OpenAI clients send new ones', () => {
    expect(
      ChatCompletionRequest.safeParse({ model: 'm', messages: [{ role: 'user', content: 'x' }], reasoning_effort: 'low' }).success,
    ).toBe(true);
  });
});
