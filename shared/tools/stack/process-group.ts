// A tier's program as a child process in its own process group, so stopping it also stops what it started
// (wrangler's workerd, tsx's Node child, serverless-offline's workers): no orphan keeps a port. And the wait
// until it answers. Node-only.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

/** The repository's root: every program runs from there (wrangler.toml, serverless.yml, node_modules/.bin). */
export const REPO_ROOT = join(import.meta.dirname, '..', '..', '..');

export interface ProcessGroup {
  child: ChildProcess;
  /** The child's pid, which is also its group's id. */
  pid: number;
  /** Settles when the child has exited, for whatever reason (a stop, a crash). */
  exited: Promise<void>;
  stop(): Promise<void>;
}

export interface SpawnGroupOptions {
  env?: NodeJS.ProcessEnv;
  /** Receives each non-empty line of stderr (and of stdout, unless onStdoutLine takes those). */
  onLog?: (line: string) => void;
  onStdoutLine?: (line: string) => void;
  /** 'pipe': the child's stdin stays open while this process lives (a program may exit when it closes). */
  stdin?: 'pipe' | 'ignore';
}

export function spawnGroup(command: string, args: string[], opts: SpawnGroupOptions): ProcessGroup {
  const child = spawn(command, args, {
    cwd: REPO_ROOT,
    stdio: [opts.stdin ?? 'ignore', 'pipe', 'pipe'],
    detached: true,
    env: { ...process.env, ...opts.env },
  });
  child.stdout!.on('data', eachLine(opts.onStdoutLine ?? opts.onLog));
  child.stderr!.on('data', eachLine(opts.onLog));
  // However this process ends, take the group with it.
  const killGroup = () => {
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  process.once('exit', killGroup);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  // Once stopped, the group is gone: drop the exit hook, so that many starts (a bench) do not pile them up.
  const stop = () =>
    new Promise<void>((resolve) => {
      const stopped = () => {
        process.off('exit', killGroup);
        resolve();
      };
      if (child.exitCode !== null || child.signalCode !== null) {
        killGroup(); // the leader is gone; what it started may not be
        return stopped();
      }
      child.once('close', stopped);
      killGroup();
    });
  return { child, pid: child.pid!, exited, stop };
}

function eachLine(sink?: (line: string) => void): (b: Buffer) => void {
  return (b) => {
    for (const line of b.toString().split('\n')) if (line.trim()) sink?.(line);
  };
}

/** Polls `probe` until it answers true; fails if the program exits first or the time runs out. */
export async function waitUntil(
  what: string,
  group: ProcessGroup,
  probe: () => Promise<boolean>,
  timeoutMs: number,
  pollMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (group.child.exitCode !== null) throw new Error(`${what} exited with code ${group.child.exitCode} before it was ready`);
    try {
      if (await probe()) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, pollMs));
  }
  throw new Error(`${what} was not ready within ${timeoutMs} ms`);
}

/** Waits for a group to get ready; stops it again if it does not. */
export async function awaitReady(
  what: string,
  group: ProcessGroup,
  probe: () => Promise<boolean>,
  timeoutMs: number,
  pollMs = 200,
): Promise<void> {
  try {
    await waitUntil(what, group, probe, timeoutMs, pollMs);
  } catch (err) {
    await group.stop();
    throw err;
  }
}

/** A readiness probe: `url` answers 2xx. */
export const answersOk = (url: string) => async () => (await fetch(url)).ok;
