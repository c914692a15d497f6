import { describe, expect, it } from 'vitest';
import { SIGNED_HEADERS } from '../../shared/protocol/signing/index.ts';
import { piiHeader, TRIAGE_HEADERS, unscannedHeader } from './edge-headers.ts';

describe("the edge's headers", () => {
  it('are exactly the headers the signature covers (shared/protocol/signing SIGNED_HEADERS)', () => {
    expect(Object.values(TRIAGE_HEADERS).sort()).toEqual([...SIGNED_HEADERS].sort());
  });

  it('x-triage-unscanned: known kind names only, "none" = none, absent = unknown', () => {
    expect(unscannedHeader('image, TOKEN_IDS,uncovered_script')).toEqual(['image', 'token_ids', 'uncovered_script']);
    expect(unscannedHeader('none')).toEqual([]);
    expect(unscannedHeader('image,<script>,anna@example.org')).toEqual(['image']);
    expect(unscannedHeader(undefined)).toBeUndefined();
  });

  it('x-triage-pii: known type names only', () => {
    expect(piiHeader('email, IBAN, made-up')).toEqual(['EMAIL', 'IBAN']);
    expect(piiHeader('none')).toEqual([]);
  });
});
