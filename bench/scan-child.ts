/**
 * Runs bench/scan-once.ts on a folder in a fresh Node process (so peak RSS is
 * the scan's own) and returns what it printed: per-stage stats, peak RSS,
 * counts. Shared by bench/run.ts and bench/iac.ts.
 *
 * With `build` (a folder of compiled output, e.g. `dist` after `npm run
 * build`, relative to the repository or absolute: another checkout's), the child is plain Node importing the compiled scan, as `npx
 * evident` runs it: no tsx loader resolving and transforming each module.
 */
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ScanStats } from '../src/index.js';

export interface ScanRun {
  wallMs: number;
  maxRssMb: number;
  findings: number;
  errors: number;
  resources: Record<string, number>;
  stats: ScanStats;
}

export function scanInChild(dir: string, build?: string): ScanRun & { processWallMs: number } {
  const t0 = performance.now();
  const args =
    build === undefined
      ? ['--import', import.meta.resolve('tsx'), new URL('./scan-once.ts', import.meta.url).pathname, dir]
      : ['--input-type=module', '--eval', compiledScanOnce(build), dir];
  const child = spawnSync(process.execPath, args, {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const processWallMs = performance.now() - t0;
  if (child.status !== 0) throw new Error(`scan-once failed:\n${child.stderr}`);
  return { ...(JSON.parse(child.stdout) as ScanRun), processWallMs };
}

/** bench/scan-once.ts for the compiled scan in `build` (same output). */
function compiledScanOnce(build: string): string {
  const entry = pathToFileURL(join(resolve(new URL('..', import.meta.url).pathname, build), 'index.js')).href;
  return `
const { scan } = await import(${JSON.stringify(entry)});
const dir = process.argv[1];
const stats = {};
const t0 = performance.now();
const result = await scan({ paths: [dir], stats });
const wallMs = performance.now() - t0;
process.stdout.write(JSON.stringify({ wallMs, stats, maxRssMb: process.resourceUsage().maxRSS / 1024, findings: result.findings.length, errors: result.errors.length, resources: result.coverage.resources }) + '\\n');
`;
}
