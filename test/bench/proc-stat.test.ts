import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cpuMsOf, parseProcStat, readProcStat } from './proc-stat.ts';

// A real line's shape (proc(5)): pid (comm) state ppid pgrp session tty tpgid flags minflt cminflt majflt
// cmajflt utime stime cutime cstime …
const line = (pid: number, comm: string, ppid: number, utime: number, stime: number) =>
  `${pid} (${comm}) S ${ppid} ${pid} ${pid} 0 -1 4194560 5312 0 0 0 ${utime} ${stime} 7 3 20 0 11 0 1234567 1097785344 14123 18446744073709551615`;

describe('parseProcStat', () => {
  it('reads pid, command, parent, group and CPU ticks', () => {
    expect(parseProcStat(line(4242, 'node', 17, 250, 31))).toEqual({
      pid: 4242,
      comm: 'node',
      ppid: 17,
      pgrp: 4242,
      utime: 250,
      stime: 31,
    });
  });

  it('counts the fields after the last parenthesis, whatever the command name holds', () => {
    const s = parseProcStat(line(7, 'a) S 1 2 (b', 3, 11, 12));
    expect(s).toMatchObject({ pid: 7, comm: 'a) S 1 2 (b', ppid: 3, utime: 11, stime: 12 });
  });

  it('refuses what is not a stat line', () => {
    expect(() => parseProcStat('no parentheses here')).toThrow();
    expect(() => parseProcStat('1 (x) S 0')).toThrow(/field/);
  });

  it('turns ticks into milliseconds', () => {
    expect(cpuMsOf(parseProcStat(line(1, 'node', 0, 250, 31)))).toBe(2810);
  });

  it.runIf(existsSync('/proc/self/stat'))('parses this process', () => {
    expect(readProcStat(process.pid)).toMatchObject({ pid: process.pid, ppid: process.ppid });
  });
});
