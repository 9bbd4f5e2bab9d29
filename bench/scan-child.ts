/**
 * Runs bench/scan-once.ts on a folder in a fresh Node process (so peak RSS is
 * the scan's own) and returns what it printed: per-stage stats, peak RSS,
 * counts. Shared by bench/run.ts and bench/iac.ts.
 */
import { spawnSync } from 'node:child_process';
import type { ScanStats } from '../src/index.js';

export interface ScanRun {
  wallMs: number;
  maxRssMb: number;
  findings: number;
  errors: number;
  resources: Record<string, number>;
  stats: ScanStats;
}

export function scanInChild(dir: string): ScanRun & { processWallMs: number } {
  const t0 = performance.now();
  const child = spawnSync(process.execPath, ['--import', import.meta.resolve('tsx'), new URL('./scan-once.ts', import.meta.url).pathname, dir], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const processWallMs = performance.now() - t0;
  if (child.status !== 0) throw new Error(`scan-once failed:\n${child.stderr}`);
  return { ...(JSON.parse(child.stdout) as ScanRun), processWallMs };
}
