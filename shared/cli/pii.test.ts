import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIo } from './io.ts';
import { main } from './main.ts';

/** Runs the CLI in-process with the given stdin; returns exit code and captured output. */
async function run(argv: string[], stdin: string | Buffer = '') {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdin: (async function* () {
      // Split into uneven byte chunks so line and UTF-8 boundaries fall mid-chunk.
      const bytes = typeof stdin === 'string' ? Buffer.from(stdin, 'utf8') : stdin;
      for (let i = 0; i < bytes.length; i += 7) yield bytes.subarray(i, i + 7);
    })(),
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    readFile: () => {
      throw new Error('not used');
    },
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

const lines = (s: string) => s.trim().split('\n').map((l) => JSON.parse(l) as { id: string; pii: boolean; entities: { type: string; start: number; end: number }[] });

describe('triage pii --jsonl', () => {
  it('answers one line per document, in order, with UTF-16 offsets', async () => {
    const text = 'Grüße 😀, schreib an jörg.müller@example.org';
    const input = [{ id: 'a', text: 'What is the capital of France?' }, { id: 'b', text }].map((d) => JSON.stringify(d)).join('\n');
    const { code, stdout } = await run(['pii', '--jsonl'], input + '\n');
    expect(code).toBe(0);
    const out = lines(stdout);
    expect(out.map((o) => o.id)).toEqual(['a', 'b']);
    expect(out[0]).toEqual({ id: 'a', pii: false, entities: [] });
    expect(out[1]!.pii).toBe(true);
    const email = out[1]!.entities.find((e) => e.type === 'EMAIL')!;
    expect(text.slice(email.start, email.end)).toBe('jörg.müller@example.org');
  });

  it('reports bad lines by number on stderr, goes on with the rest, and exits 3', async () => {
    const input = ['{"id":"1","text":"hello"}', '{not json', '{"id":2,"text":"x"}', '["a"]', '{"id":"5","text":"bye"}'].join('\n');
    const { code, stdout, stderr } = await run(['pii', '--jsonl'], input);
    expect(code).toBe(3);
    expect(lines(stdout).map((o) => o.id)).toEqual(['1', '5']);
    expect(stderr).toContain('line 2: not valid JSON');
    expect(stderr).toContain('line 3: "id" must be a string');
    expect(stderr).toContain('line 4: expected a JSON object');
  });

  it('reports a line that is not valid UTF-8 instead of scanning replacement characters', async () => {
    const input = Buffer.concat([Buffer.from('{"id":"1","text":"a'), Buffer.from([0xc3, 0x28]), Buffer.from('"}\n{"id":"2","text":"ok"}\n')]);
    const { code, stdout, stderr } = await run(['pii', '--jsonl'], input);
    expect(code).toBe(3);
    expect(lines(stdout).map((o) => o.id)).toEqual(['2']);
    expect(stderr).toContain('line 1: not valid UTF-8');
  });

  it('skips blank lines and accepts CRLF input', async () => {
    const { code, stdout } = await run(['pii', '--jsonl'], '{"id":"x","text":"hi"}\r\n\r\n{"id":"y","text":"yo"}\r\n');
    expect(code).toBe(0);
    expect(lines(stdout).map((o) => o.id)).toEqual(['x', 'y']);
  });
});

describe('triage pii scan', () => {
  it('lists what it found and exits 1, like grep', async () => {
    const { code, stdout } = await run(['pii', 'scan', 'IBAN DE93 3705 0198 1234 5678 90 please']);
    expect(code).toBe(1);
    expect(stdout).toMatch(/^PII found: IBAN\n/);
    expect(stdout).toContain('"DE93 3705 0198 1234 5678 90"');
  });

  it('says so and exits 0 when there is nothing', async () => {
    const { code, stdout } = await run(['pii', 'scan', 'How do I sort a list in Python?']);
    expect(code).toBe(0);
    expect(stdout).toBe('no PII found\n');
  });

  it('reads the text from stdin with -', async () => {
    const { code, stdout } = await run(['pii', 'scan', '-'], 'write to ops@example.com\n');
    expect(code).toBe(1);
    expect(stdout).toContain('EMAIL');
  });
});

describe('triage command line', () => {
  it('rejects unknown commands and bad pii arguments with usage and exit 2', async () => {
    for (const argv of [['frobnicate'], [], ['pii'], ['pii', '--json'], ['pii', 'scan']]) {
      const { code, stderr } = await run(argv);
      expect(code, argv.join(' ')).toBe(2);
      expect(stderr).toContain('usage: triage');
    }
  });

  it('runs as a real process through the package bin', () => {
    const bin = join(import.meta.dirname, 'triage.mjs');
    const r = spawnSync(process.execPath, [bin, 'pii', '--jsonl'], { input: '{"id":"q","text":"mail ops@example.com"}\nnope\n', encoding: 'utf8' });
    expect(r.status).toBe(3);
    expect(JSON.parse(r.stdout.trim())).toMatchObject({ id: 'q', pii: true });
    expect(r.stderr).toContain('line 2');
    const unknown = spawnSync(process.execPath, [bin, 'nope'], { encoding: 'utf8' });
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('unknown command "nope"');
  });
});
