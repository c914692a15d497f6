// `triage policy push|versions|rollback` on the edge's local KV (real `wrangler kv`, what `wrangler dev`
// reads): an invalid policy is refused before anything is written; each push is kept as a version and made
// current; rollback makes the previous one current again; `rollback default` leaves the bundled default.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadPolicy } from '../../core/policy/index.ts';
import { triage } from '../../../test/support/cli.ts';
import { kvNamespace } from '../stack/kv.ts';
import { CURRENT_KEY } from '../stack/policy-versions.ts';
import { DEFAULT_POLICY_FILE } from './policy-versions.ts';

const dir = mkdtempSync(join(tmpdir(), 'triage-policy-push-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const version = (yaml: string) => {
  const r = loadPolicy(yaml);
  if (!r.ok) throw new Error('fixture policy is invalid');
  return r.policy.version;
};

describe('triage policy push, versions and rollback', () => {
  it('refuses an invalid policy with its diagnostics and writes nothing', async () => {
    const bad = join(dir, 'bad.yaml');
    writeFileSync(bad, 'targets: {}\nrules: []\n');
    const r = await triage('policy', 'push', bad, '--persist-to', join(dir, 'untouched'));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${bad}:`);
    expect(r.stderr).toContain('is invalid; nothing was written');
  });

  it('keeps every push, rolls back to the previous one, and back to the bundled default', { timeout: 300_000 }, async () => {
    const persistTo = join(dir, 'state');
    const first = readFileSync(DEFAULT_POLICY_FILE, 'utf8');
    const second = first.replace(/\n?$/, '\n# a comment changes the text, not the version hash\n');
    const files = [join(dir, 'first.yaml'), join(dir, 'second.yaml')] as const;
    writeFileSync(files[0], first);
    writeFileSync(files[1], second);
    for (const f of files) {
      const r = await triage('policy', 'push', f, '--persist-to', persistTo);
      expect(r.code, r.stderr).toBe(0);
    }
    const policy = kvNamespace('POLICY', { kind: 'local', persistTo });
    expect(await policy.get(CURRENT_KEY)).toBe(second);

    const back = await triage('policy', 'rollback', '--persist-to', persistTo);
    expect(back.code, back.stderr).toBe(0);
    expect(back.stdout).toContain(`version 1 (${version(first)}, first.yaml) is live again`);
    const listed = await triage('policy', 'versions', '--persist-to', persistTo);
    expect(listed.stdout).toContain(`live: KV policy/current: version 1 (${version(first)}) from first.yaml, rolled back to at`);
    expect(listed.stdout).toMatch(/\*\s+1\s+\S+\s+\S+\s+first\.yaml\n\s+2\s+\S+\s+\S+\s+second\.yaml\n/);

    expect((await triage('policy', 'rollback', 'default', '--persist-to', persistTo)).code).toBe(0);
    expect(await policy.get(CURRENT_KEY)).toBeNull();
  });
});
