// A process's CPU time from /proc/<pid>/stat (Linux), for the benchmarks' "CPU per request": utime + stime
// before and after a load run, divided by the requests answered. And which process in a tree does the work
// (`tsx` runs a program in a child of the pid it was started as).
import { existsSync, readdirSync, readFileSync } from 'node:fs';

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

/**
 * The process that does a program's work: from `pid` down through children running the same program (the
 * `tsx` CLI runs the script in a child `node` and waits on it), ignoring helpers of another name (esbuild's
 * service); stops where there is no such child, or several.
 */
export function workerPid(pid: number, stats: readonly ProcStat[] = allProcStats()): number {
  const comm = stats.find((s) => s.pid === pid)?.comm;
  let current = pid;
  for (let depth = 0; depth < 8; depth++) {
    const children = stats.filter((s) => s.ppid === current && s.comm === comm);
    if (children.length !== 1) break;
    current = children[0]!.pid;
  }
  return current;
}

function allProcStats(): ProcStat[] {
  if (!existsSync('/proc/self/stat')) return [];
  const out: ProcStat[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const s = readProcStat(Number(entry));
    if (s) out.push(s);
  }
  return out;
}
