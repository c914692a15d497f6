import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIo } from './io.ts';
import { main } from './main.ts';
import { TAGGER_FOLDER } from '../pii-tagger.ts';

/** Runs the CLI in-process with the given stdin; returns exit code and captured output. */
async function run(argv: string[], stdin: string | Buffer = '', files: Record<string, string> = {}) {
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
    readFile: (path) => {
      if (!Object.hasOwn(files, path)) throw new Error('ENOENT: no such file');
      return files[path]!;
    },
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

const lines = (s: string) =>
  s
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { id: string; pii: boolean; entities: { type: string; start: number; end: number }[] });

describe('triage pii --jsonl', () => {
  it('answers one line per document, in order, with UTF-16 offsets', async () => {
    const text = 'Grüße 😀, schreib an jörg.müller@example.org';
    const input = [
      { id: 'a', text: 'What is the capital of France?' },
      { id: 'b', text },
    ]
      .map((d) => JSON.stringify(d))
      .join('\n');
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
    const input = Buffer.concat([
      Buffer.from('{"id":"1","text":"a'),
      Buffer.from([0xc3, 0x28]),
      Buffer.from('"}\n{"id":"2","text":"ok"}\n'),
    ]);
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

describe('triage pii score', () => {
  const set = [
    { id: 'a', text: 'Write to jane.doe@example.com', entities: [{ type: 'EMAIL', start: 9, end: 29 }] },
    { id: 'b', text: 'Call +49 30 1234567 tomorrow', entities: [{ type: 'PHONE', start: 5, end: 19 }] },
    { id: 'c', text: 'How do I sort a list in Python?', entities: [] },
    { id: 'd', text: 'The meeting is in room 4', entities: [{ type: 'PERSON', start: 0, end: 3 }] },
  ]
    .map((d) => JSON.stringify(d))
    .join('\n');

  it('prints document recall, false-positive rate and per-type figures for a labelled set', async () => {
    const { code, stdout } = await run(['pii', 'score', 'set.jsonl', '--show-misses', '3'], '', { 'set.jsonl': set });
    expect(code).toBe(0);
    expect(stdout).toContain('4 documents, 3 sensitive');
    expect(stdout).toMatch(/document recall 0\.667 +false-positive rate 0\.000/);
    expect(stdout).toMatch(/EMAIL +1 +1\.000 +1 +1\.000/);
    expect(stdout).toContain('missed (sensitive, not flagged): d');
  });

  it('lists what flagged each clean document with --show-false-alarms: type, rules or tagger, the span in context', async () => {
    const withAlarm = set + '\n' + JSON.stringify({ id: 'e', text: 'Our test inbox is qa@example.org, not a person', entities: [] });
    const { code, stdout } = await run(['pii', 'score', 'set.jsonl', '--show-false-alarms', '5'], '', { 'set.jsonl': withAlarm });
    expect(code).toBe(0);
    expect(stdout).toContain('false alarms (clean, flagged) — 1, first 1:');
    expect(stdout).toContain('e\tEMAIL\trules\t"qa@example.org"\t…Our test inbox is qa@example.org, not a person…');
    expect((await run(['pii', 'score', 'set.jsonl', '--show-false-alarms', 'x'], '', { 'set.jsonl': set })).code).toBe(2);
  });

  it('answers --json, and exit 3 for an unreadable set', async () => {
    const json = JSON.parse((await run(['pii', 'score', 'set.jsonl', '--json'], '', { 'set.jsonl': set })).stdout);
    expect(json).toMatchObject({ docs: 4, sensitive: 3, missed: ['d'], falsePositives: [] });
    expect((await run(['pii', 'score', 'missing.jsonl'])).code).toBe(3);
    expect((await run(['pii', 'score', 'bad.jsonl'], '', { 'bad.jsonl': '{"id":1}' })).code).toBe(3);
    expect((await run(['pii', 'score'])).code).toBe(2);
  });

  it('reads every text with a tagger folder beside the rules (--tagger): it can only add findings', async () => {
    const rules = JSON.parse((await run(['pii', 'score', 'set.jsonl', '--json'], '', { 'set.jsonl': set })).stdout);
    const both = await run(['pii', 'score', 'set.jsonl', '--json', '--tagger', TAGGER_FOLDER], '', { 'set.jsonl': set });
    expect(both.code).toBe(0);
    const tagged = JSON.parse(both.stdout);
    expect(tagged.recall).toBeGreaterThanOrEqual(rules.recall);
    expect(tagged.perType.EMAIL).toEqual(rules.perType.EMAIL);
    const missing = await run(['pii', 'score', 'set.jsonl', '--tagger', '/nonexistent/tagger'], '', { 'set.jsonl': set });
    expect(missing.code).toBe(3);
    expect(missing.stderr).toContain('--tagger /nonexistent/tagger');
    expect((await run(['pii', 'score', 'set.jsonl', '--tagger'], '', { 'set.jsonl': set })).code).toBe(2);
  });

  it('breaks document recall and false-positive rate down by language with --by-lang', async () => {
    const withLang = set
      .split('\n')
      .map((l, i) => JSON.stringify({ ...(JSON.parse(l) as object), lang: i < 2 ? 'en' : 'de' }))
      .join('\n');
    const { stdout } = await run(['pii', 'score', 'set.jsonl', '--by-lang'], '', { 'set.jsonl': withLang });
    expect(stdout).toMatch(/en +2 +2 +1\.000 +0\.000/);
    expect(stdout).toMatch(/de +2 +1 +0\.000 +0\.000/);
    const json = JSON.parse((await run(['pii', 'score', 'set.jsonl', '--json'], '', { 'set.jsonl': withLang })).stdout);
    expect(json.perLang).toEqual({ en: { docs: 2, sensitive: 2, recall: 1, fpr: 0 }, de: { docs: 2, sensitive: 1, recall: 0, fpr: 0 } });
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

  it('flags what only the normalizing scanner sees, and text in a script the detectors do not cover', async () => {
    const input = [
      { id: 'hidden', text: 'mail jane&#64;example&period;com today' },
      { id: 'greek', text: 'Γιάννης Παπαδόπουλος, Οδός Ερμού 25, Αθήνα' },
      { id: 'plain', text: 'How do I sort a list in Python?' },
    ]
      .map((d) => JSON.stringify(d))
      .join('\n');
    const out = lines((await run(['pii', '--jsonl'], input + '\n')).stdout);
    expect(out.map((o) => [o.id, o.pii])).toEqual([
      ['hidden', true],
      ['greek', true],
      ['plain', false],
    ]);
    const scan = await run(['pii', 'scan', 'mail jane&#64;example&period;com today']);
    expect(scan.code).toBe(1);
    expect(scan.stdout).toContain('PII found: EMAIL');
  });

  it('runs as a real process through the package bin', { timeout: 60_000 }, () => {
    const bin = join(import.meta.dirname, 'triage.mjs');
    const r = spawnSync(process.execPath, [bin, 'pii', '--jsonl'], {
      input: '{"id":"q","text":"mail ops@example.com"}\nnope\n',
      encoding: 'utf8',
    });
    expect(r.status).toBe(3);
    expect(JSON.parse(r.stdout.trim())).toMatchObject({ id: 'q', pii: true });
    expect(r.stderr).toContain('line 2');
    const unknown = spawnSync(process.execPath, [bin, 'nope'], { encoding: 'utf8' });
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('unknown command "nope"');
  });
});
