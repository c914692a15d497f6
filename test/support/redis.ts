// A real Redis for the tests: Debian's `redis-server`, started on a free loopback port with persistence off
// (--save '' --appendonly no), so a restart forgets everything, as the nonce store must expect. Used by the
// node project's globalSetup (redis.global-setup.ts, one shared server) and by tests that stop and restart
// a server of their own (Redis down → fail closed → recovery).
//
//   const redis = await startRedis();          // { url: 'redis://127.0.0.1:PORT', port, stop(), pause(), resume() }
//   await redis.stop(); await startRedis({ port: redis.port });   // "the same" Redis, restarted empty
//
// If redis-server is missing: as root with apt-get, it is installed (apt-get update && apt-get install -y
// redis-server, as .ci/run does); otherwise the setup fails with a message saying so — never a skip.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { accessSync, constants, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { freePort } from './free-port.ts';

export interface RunningRedis {
  url: string;
  port: number;
  /** Ends the server (SIGTERM, then SIGKILL if it lingers) and waits until it has exited. */
  stop(): Promise<void>;
  /** Freezes the process (SIGSTOP): connections stay open, nothing is answered — a hung Redis. */
  pause(): void;
  resume(): void;
}

const BINARY = 'redis-server';
const READY = /Ready to accept connections/;
const STOP_GRACE_MS = 5000;

/** Where the binary is on PATH (or /usr/sbin, /usr/bin: root's PATH may lack one of them), or undefined. */
function findBinary(): string | undefined {
  const dirs = [...(process.env.PATH ?? '').split(delimiter), '/usr/bin', '/usr/sbin', '/usr/local/bin'];
  for (const d of dirs) {
    if (!d) continue;
    try {
      accessSync(join(d, BINARY), constants.X_OK);
      return join(d, BINARY);
    } catch {
      // not in this directory
    }
  }
  return undefined;
}

/** The redis-server binary, installed with apt-get if it is missing and we may; else a clear error. */
export function redisServerBinary(): string {
  const found = findBinary();
  if (found) return found;
  const root = process.getuid?.() === 0;
  const apt = ['/usr/bin/apt-get', '/bin/apt-get'].find((p) => {
    try {
      accessSync(p, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
  if (!root || !apt)
    throw new Error(
      `${BINARY} is not installed, and the tests need a real Redis (the on-prem node's shared nonce store). ` +
        `Install it (Debian/Ubuntu: sudo apt-get install -y redis-server), or run the tests as root where apt-get exists, which installs it.`,
    );
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync(apt, ['update', '-qq'], { stdio: 'ignore', env });
  execFileSync(apt, ['install', '-y', '-qq', '--no-install-recommends', 'redis-server'], { stdio: 'ignore', env });
  const installed = findBinary();
  if (!installed) throw new Error(`apt-get install redis-server finished, but ${BINARY} is still not on PATH`);
  return installed;
}

/** Starts a redis-server; on a given port (a restart), or on a free one (retried if another process took it). */
export async function startRedis(options: { port?: number } = {}): Promise<RunningRedis> {
  const binary = redisServerBinary();
  let lastError: Error | undefined;
  for (let attempt = 0; attempt < 3; attempt++) {
    const port = options.port ?? (await freePort());
    try {
      return await launch(binary, port);
    } catch (err) {
      lastError = err as Error;
      if (options.port !== undefined) break;
    }
  }
  throw lastError ?? new Error('redis-server did not start');
}

function launch(binary: string, port: number): Promise<RunningRedis> {
  const dir = mkdtempSync(join(tmpdir(), 'triage-redis-'));
  const child = spawn(
    binary,
    [
      '--port',
      String(port),
      '--bind',
      '127.0.0.1',
      '--save',
      '',
      '--appendonly',
      'no',
      '--dir',
      dir,
      '--daemonize',
      'no',
      '--loglevel',
      'notice',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  void exited.then(() => rmSync(dir, { recursive: true, force: true }));
  return new Promise((resolve, reject) => {
    const onData = (b: Buffer) => {
      output += b.toString();
      if (READY.test(output)) {
        child.stdout!.off('data', onData);
        child.stdout!.resume();
        child.stderr!.resume();
        resolve(running(child, port, exited));
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (b: Buffer) => (output += b.toString()));
    child.once('error', reject);
    void exited.then(() => reject(new Error(`redis-server on port ${port} exited before it was ready:\n${output.slice(-2000)}`)));
  });
}

function running(child: ChildProcess, port: number, exited: Promise<void>): RunningRedis {
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGCONT');
      child.kill('SIGTERM');
      const kill = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
      await exited;
      clearTimeout(kill);
    },
    pause: () => void child.kill('SIGSTOP'),
    resume: () => void child.kill('SIGCONT'),
  };
}
