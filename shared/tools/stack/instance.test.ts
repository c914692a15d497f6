// One `npm start` per checkout: the lock names a live holder and refuses; a dead holder's lock is taken over;
// a port something listens on is reported busy. Real processes and sockets.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { freePort } from '../../../test/support/free-port.ts';
import { acquireInstanceLock, busyPorts, InstanceRunningError, isAlive } from './instance.ts';

const dirs: string[] = [];
const tmp = () => {
  const d = mkdtempSync(join(tmpdir(), 'triage-lock-'));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A process that lives until stdin closes (this test ends it), and one that has already exited. */
function liveProcess(argv: string[] = ['triage', 'start']) {
  const child = spawn(process.execPath, ['-e', 'process.stdin.resume()', ...argv], { stdio: ['pipe', 'ignore', 'ignore'] });
  return { pid: child.pid!, end: () => new Promise<void>((r) => (child.once('exit', () => r()), child.stdin!.end())) };
}
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '0'], { stdio: 'ignore' });
  await new Promise((r) => child.once('exit', r));
  return child.pid!;
}

describe('the instance lock', () => {
  it('is taken, refuses a second taker while its holder lives (naming pid and ports), and is released', async () => {
    const file = join(tmp(), 'state', 'triage-start.lock');
    const holder = liveProcess();
    try {
      acquireInstanceLock(file, { edge: 1 }).release();
      const running = { pid: holder.pid, ports: { edge: 8787, onprem: 8788 }, startedAt: '2026-12-06T00:00:00.000Z' };
      writeFileSync(file, JSON.stringify(running));
      expect(() => acquireInstanceLock(file, { edge: 8787 })).toThrow(InstanceRunningError);
      expect(() => acquireInstanceLock(file, { edge: 8787 })).toThrow(`pid ${holder.pid}`);
      expect(() => acquireInstanceLock(file, { edge: 8787 })).toThrow('edge 8787, onprem 8788');
    } finally {
      await holder.end();
    }
    // Its holder is gone now: the lock is stale and taken over.
    expect(isAlive(holder.pid)).toBe(false);
    const lock = acquireInstanceLock(file, { edge: 9000 });
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ pid: process.pid, ports: { edge: 9000 } });
    lock.release();
    expect(existsSync(file)).toBe(false);
  });

  it('takes over a lock whose pid now runs another program', async () => {
    const file = join(tmp(), 'triage-start.lock');
    const other = liveProcess(['something-else']);
    try {
      writeFileSync(file, JSON.stringify({ pid: other.pid, ports: { edge: 1 }, startedAt: 'x' }));
      acquireInstanceLock(file, { edge: 2 }).release();
    } finally {
      await other.end();
    }
  });

  it("takes over a dead process's lock and an unreadable one", async () => {
    const file = join(tmp(), 'triage-start.lock');
    writeFileSync(file, JSON.stringify({ pid: await deadPid(), ports: { edge: 1 }, startedAt: 'x' }));
    acquireInstanceLock(file, { edge: 2 }).release();
    writeFileSync(file, 'not json');
    acquireInstanceLock(file, { edge: 2 }).release();
  });
});

describe('busyPorts', () => {
  it('names the ports something listens on', async () => {
    const [free, taken] = [await freePort(), await freePort()];
    const server: Server = createServer();
    await new Promise<void>((r) => server.listen(taken, '127.0.0.1', () => r()));
    try {
      expect(await busyPorts({ edge: free, onprem: taken })).toEqual([`onprem ${taken}`]);
    } finally {
      await new Promise((r) => server.close(r));
    }
    expect(await busyPorts({ onprem: taken })).toEqual([]);
  });
});
