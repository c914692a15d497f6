// onprem/main.ts as a process: refuses a bad configuration (exit 2, every problem listed, no secret echoed),
// starts and logs one startup line, drains and exits 0 on SIGTERM.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const children: ChildProcess[] = [];

afterAll(() => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
});

function run(env: Record<string, string>) {
  // Only the variables given (plus PATH): the test must not depend on the caller's TRIAGE_ONPREM_*.
  const child = spawn(TSX, [join(ROOT, 'onprem', 'main.ts')], { cwd: ROOT, env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
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
  it('exits 2 with every configuration problem and without echoing secrets', async () => {
    const p = run({ TRIAGE_ONPREM_SIGNING_KEYS: 'edge1:tooshort', TRIAGE_ONPREM_PORT: 'eighty' });
    expect(await p.exited).toBe(2);
    expect(p.stderr()).toContain('TRIAGE_ONPREM_PORT: expected an integer');
    expect(p.stderr()).toContain('has a secret shorter than 16 characters');
    expect(p.stderr()).not.toContain('tooshort');
  });

  it('starts, logs its URL and settings, and drains and exits 0 on SIGTERM', async () => {
    const p = run({ TRIAGE_ONPREM_SIGNING_KEYS: 'edge1:main-test-signing-secret-01', TRIAGE_ONPREM_PORT: '0' });
    const started = JSON.parse(await p.line(/"msg":"onprem started"/)) as { url: string; signing_key_ids: string[] };
    expect(started.signing_key_ids).toEqual(['edge1']);
    expect(p.stderr()).not.toContain('main-test-signing-secret-01');
    expect((await fetch(started.url + '/healthz')).status).toBe(200);
    p.child.kill('SIGTERM');
    expect(await p.exited).toBe(0);
    expect(p.stderr()).toContain('"msg":"onprem stopped"');
  });
});
