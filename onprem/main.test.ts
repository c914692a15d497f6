// onprem/main.ts as a process: refuses a bad configuration (exit 2, every problem listed, no secret echoed),
// starts and logs one startup line, drains and exits 0 on SIGTERM; a request the previous process accepted is
// refused by the next one (the memory nonce store's fence).
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { signRequest } from '../shared/protocol/signing/index.ts';

const ROOT = join(import.meta.dirname, '..');
const children: ChildProcess[] = [];
/** Starting the process (tsx, then the onnx engine's models) is slow on a loaded machine. */
const TIMEOUT = 120_000;

afterAll(() => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
});

function run(env: Record<string, string>) {
  // Only the variables given (plus PATH): the test must not depend on the caller's TRIAGE_ONPREM_*.
  // Node itself with tsx as a loader, not the tsx command: that one relays SIGTERM to a child process and
  // SIGKILLs it if the child does not acknowledge within 30 ms — which a loaded machine misses (exit 143).
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'onprem', 'main.ts')], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (d: string) => (stderr += d));
  child.stdout.resume();
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const line = (pattern: RegExp) =>
    new Promise<string>((resolve, reject) => {
      const check = () => {
        const hit = stderr.split('\n').find((l) => pattern.test(l));
        if (hit) {
          child.stderr.off('data', check);
          resolve(hit);
        }
      };
      child.stderr.on('data', check);
      void exited.then(() => reject(new Error(`exited before logging ${pattern}: ${stderr}`)));
      check();
    });
  return { child, exited, line, stderr: () => stderr };
}

describe('onprem/main.ts', () => {
  it('exits 2 with every configuration problem and without echoing secrets', { timeout: TIMEOUT }, async () => {
    const p = run({
      TRIAGE_ONPREM_SIGNING_KEYS: 'edge1:tooshort',
      TRIAGE_ONPREM_PORT: 'eighty',
      TRIAGE_ONPREM_NONCE_STORE: 'http://:redis-password@redis:6379',
    });
    expect(await p.exited).toBe(2);
    expect(p.stderr()).toContain('TRIAGE_ONPREM_PORT: expected an integer');
    expect(p.stderr()).toContain('has a secret shorter than 16 characters');
    expect(p.stderr()).toContain('TRIAGE_ONPREM_NONCE_STORE: expected "memory" or a redis:// or rediss:// URL');
    expect(p.stderr()).not.toContain('tooshort');
    expect(p.stderr()).not.toContain('redis-password');
  });

  it('starts, logs its URL and settings, and drains and exits 0 on SIGTERM', { timeout: TIMEOUT }, async () => {
    const p = run({ TRIAGE_ONPREM_SIGNING_KEYS: 'edge1:main-test-signing-secret-01', TRIAGE_ONPREM_PORT: '0' });
    const started = JSON.parse(await p.line(/"msg":"onprem started"/)) as { url: string; signing_key_ids: string[] };
    expect(started.signing_key_ids).toEqual(['edge1']);
    expect(p.stderr()).not.toContain('main-test-signing-secret-01');
    expect((await fetch(started.url + '/healthz')).status).toBe(200);
    p.child.kill('SIGTERM');
    expect(await p.exited).toBe(0);
    expect(p.stderr()).toContain('"msg":"onprem stopped"');
  });

  it(
    'refuses, after a restart, a request the previous process accepted (memory nonce store), and takes fresh ones',
    { timeout: TIMEOUT },
    async () => {
      const secret = 'main-test-signing-secret-02';
      const env = { TRIAGE_ONPREM_SIGNING_KEYS: `edge1:${secret}`, TRIAGE_ONPREM_PORT: '0' };
      const sign = () => signRequest({ method: 'GET', path: '/v1/models', keyId: 'edge1', secret });
      const first = run(env);
      const started = JSON.parse(await first.line(/"msg":"onprem started"/)) as { url: string; nonce_store: unknown };
      expect(started.nonce_store).toBe('memory');
      const captured = await sign();
      expect((await fetch(started.url + '/v1/models', { headers: captured })).status).toBe(200);
      first.child.kill('SIGTERM');
      expect(await first.exited).toBe(0);

      const second = run(env);
      const { url } = JSON.parse(await second.line(/"msg":"onprem started"/)) as { url: string };
      const replay = await fetch(url + '/v1/models', { headers: captured });
      expect(replay.status).toBe(503);
      expect(((await replay.json()) as { error: { code: string } }).error.code).toBe('replay_fence');
      expect((await fetch(url + '/v1/models', { headers: await sign() })).status).toBe(200);
      second.child.kill('SIGTERM');
      expect(await second.exited).toBe(0);
    },
  );
});
