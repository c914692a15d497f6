// The PII tagger bundled with the Worker loads in workerd (onnxruntime-web, the bundled files verified against
// the folder's checksums.json) and tags text there.
import { describe, expect, it } from 'vitest';
import { bundledTagger, loadBundledTagger } from './pii-tagger.ts';

describe('the bundled PII tagger in workerd', () => {
  it('loads once per isolate and finds a street address in a sentence', async () => {
    const tagger = await loadBundledTagger();
    expect(await loadBundledTagger()).toBe(tagger);
    expect(tagger.version).toMatch(/^pii-tagger@[0-9a-f]{12}$/);
    // The lazy tagger the inspect step uses knows the same version before its model is loaded.
    expect(bundledTagger.version).toBe(tagger.version);
    const text = 'Send the parcel to Lindenallee 14, 50667 Köln before Friday.';
    const [findings] = await bundledTagger.tag([text]);
    expect(findings!.map((f) => f.type)).toContain('ADDRESS');
  });
});
