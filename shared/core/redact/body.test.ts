import { describe, expect, it } from 'vitest';
import { scanBody } from '../inspect/scan.ts';
import { redactBody } from './body.ts';

const chat = (...contents: string[]) => ({ model: 'triage-small', messages: contents.map((content) => ({ role: 'user', content })) });

describe('redactBody', () => {
  it('replaces each value with a typed placeholder, the same value with the same one across messages and tool calls', () => {
    const body = {
      model: 'triage-small',
      messages: [
        { role: 'user', content: 'Mail anna.berg@example.org or call +49 30 1234567.' },
        {
          role: 'assistant',
          content: null,
          tool_calls: [{ id: 'c1', type: 'function', function: { name: 'send', arguments: '{"to":"anna.berg@example.org"}' } }],
        },
        { role: 'tool', tool_call_id: 'c1', content: 'sent to anna.berg@example.org' },
      ],
    };
    const r = redactBody(body);
    if (r.kind !== 'redacted') throw new Error(r.reason);
    expect(r.body).toEqual({
      model: 'triage-small',
      messages: [
        { role: 'user', content: 'Mail [EMAIL_1] or call [PHONE_1].' },
        {
          ...body.messages[1],
          tool_calls: [{ ...body.messages[1]!.tool_calls![0], function: { name: 'send', arguments: '{"to":"[EMAIL_1]"}' } }],
        },
        { role: 'tool', tool_call_id: 'c1', content: 'sent to [EMAIL_1]' },
      ],
    });
    expect(r.mapping.valueOf('[EMAIL_1]')).toBe('anna.berg@example.org');
    expect(r.mapping.counts()).toEqual({ EMAIL: 1, PHONE: 1 });
    expect(scanBody(r.body).piiTypes).toEqual([]);
    expect(JSON.stringify(r.body)).not.toContain('anna.berg');
  });

  it('keeps a value written inside a JSON string (tool-call arguments) as the value it stands for', () => {
    const args = JSON.stringify({ to: 'jana.novak@example.org', cc: 'x' });
    const r = redactBody({
      model: 'm',
      messages: [{ role: 'assistant', tool_calls: [{ id: 'c', type: 'function', function: { name: 'f', arguments: args } }] }],
    });
    if (r.kind !== 'redacted') throw new Error(r.reason);
    expect(r.mapping.valueOf('[EMAIL_1]')).toBe('jana.novak@example.org');
  });

  it('never issues a placeholder the client already wrote', () => {
    const r = redactBody(chat('Template [EMAIL_1] goes to bob.stone@example.com'));
    if (r.kind !== 'redacted') throw new Error(r.reason);
    expect((r.body as ReturnType<typeof chat>).messages[0]!.content).toBe('Template [EMAIL_1] goes to [EMAIL_2]');
  });

  it('redacts content parts, tool descriptions and other strings the target reads, not the keys', () => {
    const body = {
      model: 'triage-small',
      user: 'anna.berg@example.org',
      messages: [{ role: 'user', content: [{ type: 'text', text: 'Reply to anna.berg@example.org' }] }],
      tools: [
        {
          type: 'function',
          function: { name: 'send', description: 'Sends mail, e.g. to bob.stone@example.com', parameters: { type: 'object' } },
        },
      ],
    };
    const r = redactBody(body);
    if (r.kind !== 'redacted') throw new Error(r.reason);
    expect(r.body).toEqual({
      ...body,
      user: '[EMAIL_1]',
      messages: [{ role: 'user', content: [{ type: 'text', text: 'Reply to [EMAIL_1]' }] }],
      tools: [
        { type: 'function', function: { name: 'send', description: 'Sends mail, e.g. to [EMAIL_2]', parameters: { type: 'object' } } },
      ],
    });
  });

  it('leaves protocol fields alone', () => {
    const r = redactBody({ model: 'triage-small', messages: [{ role: 'user', content: 'hello there' }] });
    expect(r).toMatchObject({ kind: 'redacted', body: { model: 'triage-small', messages: [{ role: 'user', content: 'hello there' }] } });
  });

  it('is ineligible when a value has no exact raw span (only normalization shows it whole)', () => {
    expect(redactBody(chat('write to a\u200bnna@example.org please'))).toMatchObject({ kind: 'ineligible' });
    expect(redactBody(chat('ｍａｉｌ ａｎｎａ＠ｅｘａｍｐｌｅ．ｏｒｇ'))).toMatchObject({ kind: 'ineligible' });
  });

  it('is ineligible when PII is left after redaction: a value split over two messages', () => {
    expect(redactBody(chat('my mail is anna.berg@exa', 'mple.org'))).toMatchObject({ kind: 'ineligible', left: ['EMAIL'] });
  });

  it('is ineligible when a client-chosen id forwarded with the body carries PII', () => {
    expect(redactBody(chat('hello'), ['anna.berg@example.org'])).toMatchObject({ kind: 'ineligible', left: ['EMAIL'] });
  });

  it('is ineligible with content that cannot be scanned', () => {
    const body = { model: 'm', messages: [{ role: 'user', content: [{ type: 'image_url', image_url: { url: 'https://x.test/a.png' } }] }] };
    expect(redactBody(body)).toMatchObject({ kind: 'ineligible', unscanned: ['image'] });
  });
});
