// One `npm start` per checkout: a lock file beside wrangler's state names the running instance (pid, ports);
// a second start refuses, naming it, instead of reporting "up" while its servers failed on busy ports (and
// re-seeding the first one's state). A lock whose process is gone (or now runs another program) is stale and
// taken over. The ports are
// checked too, before anything starts: another checkout, or any other program, may hold them. Node-only.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname } from 'node:path';

export interface InstanceInfo {
  pid: number;
  ports: Record<string, number>;
  startedAt: string;
}

export class InstanceRunningError extends Error {}

/** Takes the lock at `file` for this process; throws InstanceRunningError if a live process holds it. */
export function acquireInstanceLock(file: string, ports: Record<string, number>): { release(): void } {
  mkdirSync(dirname(file), { recursive: true });
  const me: InstanceInfo = { pid: process.pid, ports, startedAt: new Date().toISOString() };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(file, JSON.stringify(me) + '\n', { flag: 'wx' }); // atomic: fails if the file exists
      return { release: () => releaseIfMine(file) };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    const holder = readLock(file);
    if (holder && holder.pid !== process.pid && isStartProcess(holder.pid)) throw new InstanceRunningError(runningMessage(holder, file));
    rmSync(file, { force: true }); // stale: its process is gone (or the file is unreadable)
  }
  throw new InstanceRunningError(`another start is taking the lock ${file} at the same moment; try again`);
}

function runningMessage(holder: InstanceInfo, file: string): string {
  const ports = Object.entries(holder.ports)
    .map(([name, port]) => `${name} ${port}`)
    .join(', ');
  return (
    `Triage is already running from this checkout: pid ${holder.pid}, since ${holder.startedAt} (ports: ${ports}). ` +
    `Use that instance, or stop it first (Ctrl-C in its terminal, or kill ${holder.pid}). Lock: ${file}`
  );
}

export function readLock(file: string): InstanceInfo | undefined {
  try {
    const v = JSON.parse(readFileSync(file, 'utf8')) as Partial<InstanceInfo>;
    return Number.isSafeInteger(v.pid) && v.ports && typeof v.startedAt === 'string' ? (v as InstanceInfo) : undefined;
  } catch {
    return undefined;
  }
}

/** Signal 0 tests existence; EPERM means it exists but belongs to someone else. */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * The holder still runs `triage start`: alive, and — where /proc tells (Linux) — its command line is the
 * triage command's, so a pid reused by another program after a crash or reboot does not block a start.
 */
export function isStartProcess(pid: number): boolean {
  if (!isAlive(pid)) return false;
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('triage');
  } catch {
    return true; // no /proc: liveness is all we know
  }
}

function releaseIfMine(file: string): void {
  if (readLock(file)?.pid === process.pid) rmSync(file, { force: true });
}

/** The ports (by name) that something already listens on at `host`. */
export async function busyPorts(ports: Record<string, number>, host = '127.0.0.1'): Promise<string[]> {
  const busy: string[] = [];
  for (const [name, port] of Object.entries(ports)) if (!(await canListen(port, host))) busy.push(`${name} ${port}`);
  return busy;
}

function canListen(port: number, host: string): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen({ port, host, exclusive: true }, () => server.close(() => resolve(true)));
  });
}
