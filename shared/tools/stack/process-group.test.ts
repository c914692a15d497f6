// A tier's process group tells when it exits, on its own or by a stop: what `npm start` watches to fail loudly
// when a tier dies after the stack was up.
import { describe, expect, it } from 'vitest';
import { spawnGroup } from './process-group.ts';

describe('spawnGroup', () => {
  it('settles `exited` when the program ends on its own, and when it is stopped', async () => {
    const done = spawnGroup(process.execPath, ['-e', 'process.exit(3)'], {});
    await done.exited;
    expect(done.child.exitCode).toBe(3);

    const running = spawnGroup(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], {});
    await running.stop();
    await running.exited;
    expect(running.child.signalCode).toBe('SIGTERM');
  });
});
