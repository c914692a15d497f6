// A process's CPU time from /proc/<pid>/stat (Linux), for the benchmarks' "CPU per request": utime + stime
// before and after a load run, divided by the requests answered. And which process in a tree does the work
// (`tsx` runs a program in a child of the pid it was started as).
import { readFileSync } from 'node:fs';

/** USER_HZ: the unit of utime/stime in /proc/<pid>/stat; 100 on every Linux architecture Node runs on. */
export const CLOCK_TICKS_PER_SECOND = 100;

export interface ProcStat {
  pid: number;
  comm: string;
  ppid: number;
  pgrp: number;
  /** Clock ticks in user mode. */
  utime: number;
  /** Clock ticks in kernel mode. */
  stime: number;
}

/**
 * Parses one /proc/<pid>/stat line. The command name (field 2) is in parentheses and may itself hold spaces
 * and parentheses, so the fields after it are counted from the last `)`.
 */
export function parseProcStat(line: string): ProcStat {
  const open = line.indexOf('(');
  const close = line.lastIndexOf(')');
  if (open < 0 || close < open) throw new Error('not a /proc/<pid>/stat line');
  const rest = line
    .slice(close + 2)
    .trim()
    .split(/\s+/);
  // rest[0] is field 3 (state); utime and stime are fields 14 and 15.
  const field = (n: number) => {
    const v = Number(rest[n - 3]);
    if (!Number.isFinite(v)) throw new Error(`/proc/<pid>/stat: field ${n} is missing`);
    return v;
  };
  return {
    pid: Number(line.slice(0, open).trim()),
    comm: line.slice(open + 1, close),
    ppid: field(4),
    pgrp: field(5),
    utime: field(14),
    stime: field(15),
  };
}

/** utime + stime in milliseconds. */
export const cpuMsOf = (s: ProcStat): number => ((s.utime + s.stime) * 1000) / CLOCK_TICKS_PER_SECOND;

export function readProcStat(pid: number): ProcStat | undefined {
  try {
    return parseProcStat(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return undefined;
  }
}

/** CPU milliseconds `pid` has used so far; NaN where /proc is not there or the process is gone. */
export function cpuMs(pid: number): number {
  const s = readProcStat(pid);
  return s ? cpuMsOf(s) : NaN;
}
