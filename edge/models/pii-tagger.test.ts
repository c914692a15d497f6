// The PII tagger bundled with the Worker loads in workerd (onnxruntime-web, the bundled files verified against
// the folder's checksums.json) and tags text there.
import { describe, expect, it } from 'vitest';
import { bundledTagger } from './pii-tagger.ts';

describe('the bundled PII tagger in workerd', () => {
  it('loads once per isolate and finds a street address in a sentence', async () => {
    const tagger = await bundledTagger();
    expect(await bundledTagger()).toBe(tagger);
    expect(tagger.version).toMatch(/^pii-tagger@[0-9a-f]{12}$/);
    const text = 'Send the parcel to Lindenallee 14, 50667 Köln before Friday.';
    const [findings] = await tagger.tag([text]);
    expect(findings!.map((f) => f.type)).toContain('ADDRESS');
  });
});
