// The CLI's entry: help and version answer with exit 0, wherever the flag is; usage errors exit 2 with the usage.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { triage } from '../../../test/support/cli.ts';

const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string };

describe('triage', () => {
  it.each([['--version'], ['-v'], ['version']])('%s prints the package version, exit 0', async (flag) => {
    expect(await triage(flag)).toEqual({ code: 0, stdout: `triage ${pkg.version}\n`, stderr: '' });
  });

  it.each([['help'], ['--help'], ['policy', '--help'], ['audit', 'verify', '-h'], ['pii', 'score', '--help']])(
    '%s prints the usage, exit 0',
    async (...argv) => {
      const r = await triage(...argv);
      expect([r.code, r.stderr]).toEqual([0, '']);
      expect(r.stdout).toMatch(/^usage: triage <command>\n/);
      expect(r.stdout).toContain('triage policy replay CANDIDATE --receipts');
    },
  );

  it('a usage error exits 2 with the reason and the usage on stderr', async () => {
    for (const argv of [[], ['frobnicate'], ['policy'], ['policy', 'frob']]) {
      const r = await triage(...argv);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/^triage: .+\n\nusage: triage <command>/);
    }
  });
});
