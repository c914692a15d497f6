// The audit log's file sink: appends, rotates by size, keeps N files. (What goes into a record — and that
// no PII does — is tested through the whole node in middleware/audit/index.test.ts.)
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AuditLog, RotatingFileSink, type AuditRecord } from './audit.ts';

const dir = mkdtempSync(join(tmpdir(), 'triage-onprem-audit-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const record = (i: number): AuditRecord => ({
  ts: new Date(0).toISOString(),
  request_id: `req-${String(i).padStart(4, '0')}`,
  method: 'POST',
  route: '/v1/chat/completions',
  status: 200,
  timings: { total_ms: 5 },
});

describe('RotatingFileSink', () => {
  it('writes one JSON line per record and appends to an existing file', async () => {
    const path = join(dir, 'append.jsonl');
    writeFileSync(path, '{"earlier":true}\n');
    const log = new AuditLog(new RotatingFileSink(path, 1 << 20, 3));
    log.record(record(1));
    log.record(record(2));
    await log.close();
    const lines = readFileSync(path, 'utf8').trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(JSON.parse(lines[2]!)).toMatchObject({ request_id: 'req-0002' });
  });

  it('rotates before a write would pass maxBytes and keeps only `keep` old files', async () => {
    const path = join(dir, 'audit.jsonl');
    const lineBytes = JSON.stringify(record(0)).length + 1;
    const log = new AuditLog(new RotatingFileSink(path, lineBytes * 3, 2));
    for (let i = 0; i < 20; i++) log.record(record(i));
    await log.close();
    expect(
      readdirSync(dir)
        .filter((f) => f.startsWith('audit.jsonl'))
        .sort(),
    ).toEqual(['audit.jsonl', 'audit.jsonl.1', 'audit.jsonl.2']);
    expect(existsSync(`${path}.3`)).toBe(false);
    const ids = (f: string) =>
      readFileSync(f, 'utf8')
        .trimEnd()
        .split('\n')
        .map((l) => (JSON.parse(l) as AuditRecord).request_id);
    // Newest in the current file, older ones shifted up; every file within the limit, lines whole.
    expect(ids(path)).toEqual(['req-0018', 'req-0019']);
    expect(ids(`${path}.1`)).toEqual(['req-0015', 'req-0016', 'req-0017']);
    expect(ids(`${path}.2`)).toEqual(['req-0012', 'req-0013', 'req-0014']);
  });
});
