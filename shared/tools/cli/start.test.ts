// `triage start` refuses before starting anything: while another start of this checkout runs (the lock names
// its pid and ports), when a port is taken, and on an invalid triage.config.json. Nothing here starts the stack.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../../../test/support/free-port.ts';
import type { CliIo } from './io.ts';
import { startCommand } from './start.ts';

const dir = mkdtempSync(join(tmpdir(), 'triage-start-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function start(env: NodeJS.ProcessEnv, lockFile = join(dir, 'lock')) {
  const out = { stdout: '', stderr: '' };
  const io: CliIo = {
    stdin: (async function* () {})(),
    stdout: (t) => void (out.stdout += t),
    stderr: (t) => void (out.stderr += t),
    readFile: () => '',
  };
  const code = await startCommand([], io, { lockFile, persistTo: join(dir, 'state'), env });
  return { code, ...out };
}

const ports = async () => ({
  PORT: String(await freePort()),
  ONPREM_PORT: String(await freePort()),
  LAMBDA_PORT: String(await freePort()),
});

describe('triage start refuses', () => {
  it('a second instance of the same checkout, naming the running one', async () => {
    const first = spawn(process.execPath, ['-e', 'process.stdin.resume()', 'triage', 'start'], { stdio: ['pipe', 'ignore', 'ignore'] });
    const lockFile = join(dir, 'running.lock');
    writeFileSync(
      lockFile,
      JSON.stringify({ pid: first.pid, ports: { edge: 8787, onprem: 8788, lambda: 3002 }, startedAt: new Date().toISOString() }),
    );
    try {
      const r = await start(await ports(), lockFile);
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain(`Triage is already running from this checkout: pid ${first.pid}`);
      expect(r.stderr).toContain('edge 8787, onprem 8788, lambda 3002');
    } finally {
      first.stdin!.end();
    }
  });

  it('when a port is in use, naming it (and leaves no lock behind)', async () => {
    const env = await ports();
    const server = createServer();
    await new Promise<void>((r) => server.listen(Number(env.ONPREM_PORT), '127.0.0.1', () => r()));
    try {
      const r = await start(env);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`port onprem ${env.ONPREM_PORT} already in use`);
    } finally {
      await new Promise((r) => server.close(r));
    }
    expect(existsSync(join(dir, 'lock'))).toBe(false); // the refused start released its lock
  });

  it('an invalid config file, naming each bad setting but not its value (exit 3)', async () => {
    const file = join(dir, 'triage.config.json');
    writeFileSync(file, JSON.stringify({ ports: { edge: 0 }, onprem: { engine: 'vllm', upstream_api_key: 'sk-secret-value' }, extra: 1 }));
    const r = await start({ ...(await ports()), TRIAGE_CONFIG: file });
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('ports.edge: expected a port number');
    expect(r.stderr).toContain('onprem.engine: expected "onnx" or "openai-upstream"');
    expect(r.stderr).toContain('unknown setting extra');
    expect(r.stderr).not.toContain('sk-secret-value');
  });

  it("openai-upstream without a URL, in the on-prem node's own words", async () => {
    const file = join(dir, 'upstream.json');
    writeFileSync(file, JSON.stringify({ onprem: { engine: 'openai-upstream' } }));
    const r = await start({ ...(await ports()), TRIAGE_CONFIG: file });
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/on-prem: TRIAGE_ONPREM_UPSTREAM_URL .*required when the engine is openai-upstream/);
  });
});
