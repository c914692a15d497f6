// The CLI's only window on the process: streams and exit codes, so commands can be tested in-process.
export interface CliIo {
  stdin: AsyncIterable<string | Uint8Array>;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readFile: (path: string) => string;
}

export const EXIT = { ok: 0, findings: 1, usage: 2, input: 3 } as const;

export class UsageError extends Error {}
