import { describe, expect, it } from 'vitest';
import { scanBody } from '../../shared/core/inspect/scan.ts';
import { completion } from '../support/upstream-fixtures.ts';
import { UPSTREAM_ANSWER, chatBody } from './gateway-chat.ts';

describe('the side-by-side benchmark chat', () => {
  it('is about 1 KB and different on every request', () => {
    const bodies = Array.from({ length: 200 }, (_, i) => chatBody('bench-upstream', i));
    for (const b of bodies) expect(Buffer.byteLength(b)).toBeGreaterThan(900);
    for (const b of bodies) expect(Buffer.byteLength(b)).toBeLessThan(1200);
    expect(new Set(bodies).size).toBe(bodies.length);
  });

  it('carries no PII the gateway would route on', () => {
    for (let i = 0; i < 128; i++) expect(scanBody(JSON.parse(chatBody('m', i)))).toEqual({ piiTypes: [], unscanned: [] });
  });

  it('asks for a stream when told to', () => {
    expect(JSON.parse(chatBody('m', 1, true))).toMatchObject({ stream: true });
    expect(JSON.parse(chatBody('m', 1))).not.toHaveProperty('stream');
  });

  it('knows what the bench upstream answers', () => {
    expect(completion('bench', 'm').choices[0]!.message.content).toBe(UPSTREAM_ANSWER);
  });
});
