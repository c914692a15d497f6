// A tier's program run through its import (tier-programs.ts → run-tier.ts), as spawnCloud and spawnOnprem run
// it: the program gets its own arguments, and a name that is not a tier is a usage error.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { spawnGroup } from './process-group.ts';
import { tierProgramArgs } from './tier-programs.ts';

describe('run-tier', () => {
  it('runs the cloud tier program with its own arguments, and it announces its URLs', async () => {
    let announce!: (line: string) => void;
    const announced = new Promise<string>((resolve) => (announce = resolve));
    const group = spawnGroup(process.execPath, tierProgramArgs('cloud', ['--endpoint-port', '0', '--piece-delay-ms', '0']), {
      stdin: 'pipe',
      onStdoutLine: (line) => announce(line),
    });
    try {
      const exited = new Promise<never>((_, reject) => group.child.once('exit', (code) => reject(new Error(`exited (${code})`))));
      const announcement = JSON.parse(await Promise.race([announced, exited])) as { endpointUrl: string; endpoints: string[] };
      expect(announcement.endpoints).toContain('triage-cloud-dev-gpu');
      // It listens where it says (the SageMaker runtime's answer to a path that is no operation).
      expect((await fetch(announcement.endpointUrl)).status).toBe(404);
    } finally {
      await group.stop();
    }
  });

  it('refuses a name that is not a tier, with exit code 2', async () => {
    const [tsx, runTier] = tierProgramArgs('cloud');
    const err = await promisify(execFile)(process.execPath, [tsx!, runTier!, 'edge']).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 2, stderr: expect.stringContaining('usage: run-tier.ts <onprem|cloud>') });
  });
});
