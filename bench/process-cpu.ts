// CPU time of processes other than the bench's own (a server's process group, PostgreSQL's
// backends), read from /proc: process.cpuUsage sees only the process that calls it.
import { readdirSync, readFileSync } from 'node:fs';

interface ProcessStat {
  command: string;
  processGroup: number;
}

/**
 * CPU ms used so far by the processes `match` picks. With `reaped`, the time of their children that
 * have exited is counted too (a pool's closed connection passes its backend's time to the
 * postmaster), so a sum over a long-lived parent only grows.
 */
export function processesCpuMs(match: (process: ProcessStat) => boolean, reaped = false): number {
  let ticks = 0;
  for (const pid of readdirSync('/proc').filter((entry) => /^\d+$/.test(entry))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const command = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      // After the command: state, ppid, pgrp, …, utime (11), stime (12), cutime (13), cstime (14), counted from state = 0.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (!match({ command, processGroup: Number(fields[2]) })) continue;
      for (const field of fields.slice(11, reaped ? 15 : 13)) ticks += Number(field);
    } catch {
      // The process ended meanwhile.
    }
  }
  return ticks * 10; // USER_HZ is 100 on Linux
}
