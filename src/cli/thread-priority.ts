import { readdirSync } from 'node:fs';
import { getPriority, setPriority } from 'node:os';
import type { Jobs } from '../engine/code/pool.js';

/** How much lower than the main thread's the priority (nice value) of the other threads is set. */
const BACKGROUND_NICE_STEP = 10;
/** The lowest priority Linux has (the highest nice value). */
const LOWEST = 19;

/**
 * Lowers the scheduling priority of every thread of this process but the main
 * one, on Linux, to the main thread's nice value + BACKGROUND_NICE_STEP (at
 * most 19), and returns how many threads it lowered (0 elsewhere, or when
 * nothing could be read or set: this never throws).
 *
 * Why: a scan runs on the main thread, but Node starts four V8 background
 * threads whatever the machine (TurboFan compiling hot JavaScript and wasm,
 * concurrent and parallel garbage collection). On a 2-core machine those
 * threads and the main thread share two cores, and the scheduler gives each
 * runnable thread an equal share: the scan's own thread got well under a core
 * while the compiler worked (a Terraform bench scan of 0.9 s spent 0.9 s of CPU
 * in TurboFan on those threads), and the policy evaluation slowed down most.
 * With a lower priority they take what the main thread leaves; on a machine
 * with idle cores nothing changes. Measured on the 2-core reference machine (README,
 * Performance): Terraform and CloudFormation bench scans 8–14 % faster, their
 * evaluation 21–30 %; the real-repository scans 12–13 %.
 *
 * Which threads: those that exist when it is called. When the command calls
 * it (as a scan starts) they are V8's platform threads, Node's inspector signal
 * thread and libuv's thread pool (started by the ES module loader), none of
 * which runs the scan.
 * Threads started later by the main thread, such as the source-code engine's
 * workers (`--jobs`), keep the main thread's priority: Linux threads inherit
 * their creator's. Unprivileged processes can only lower a priority, never
 * raise it back, so this is for a process that Evident owns (the CLI), not
 * for a library call. The command calls it through prepareScanProcess.
 */
export function lowerBackgroundThreads(pid: number = process.pid, platform: NodeJS.Platform = process.platform): number {
  if (platform !== 'linux') return 0;
  let tids: number[];
  let base: number;
  try {
    tids = readdirSync(`/proc/${pid}/task`).map(Number).filter((tid) => Number.isInteger(tid) && tid !== pid);
    base = getPriority(pid);
  } catch {
    return 0;
  }
  const target = Math.min(LOWEST, base + BACKGROUND_NICE_STEP);
  let lowered = 0;
  for (const tid of tids) {
    try {
      // Only ever lower: a thread already below the target (or a privileged run) is left as it is.
      if (getPriority(tid) >= target) continue;
      setPriority(tid, target);
      lowered++;
    } catch {
      // The thread ended meanwhile, or the system refuses: the scan is the same, only slower on a busy machine.
    }
  }
  return lowered;
}

/**
 * The command's ScanOptions.prepareProcess: lowers the background threads
 * (lowerBackgroundThreads) unless the scan was asked for worker threads
 * (`jobs` above 1). Workers keep the cores busy themselves, and their garbage
 * collection runs on V8's background threads, which then starved: 200k lines
 * of TypeScript with `--jobs 2` on the 2-core machine took 4.42 s instead of
 * 4.14 (medians of six interleaved runs). With `auto`, workers start only on
 * a machine with 4 cores or more, where the lowered threads have cores to run on.
 */
export function prepareScanProcess({ jobs }: { jobs: Jobs }): void {
  if (typeof jobs === 'number' && jobs > 1) return;
  lowerBackgroundThreads();
}
