// The `triage` CLI run in-process, as tests drive it: real files, stdout and stderr captured, the exit code.
import { readFileSync } from 'node:fs';
import type { CliIo } from '../../shared/tools/cli/io.ts';
import { main } from '../../shared/tools/cli/main.ts';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function triage(...args: string[]): Promise<CliRun> {
  const out = { stdout: '', stderr: '' };
  const io: CliIo = {
    stdin: (async function* () {})(),
    stdout: (t) => void (out.stdout += t),
    stderr: (t) => void (out.stderr += t),
    readFile: (p) => readFileSync(p, 'utf8'),
  };
  return { code: await main(args, io), ...out };
}
