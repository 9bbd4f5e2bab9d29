/**
 * Runs bench/scan-once.mjs on a folder in a fresh Node process (so peak RSS is
 * the scan's own) and returns what it printed: per-stage stats, peak RSS,
 * counts. Shared by bench/run.ts and bench/iac.ts.
 *
 * With `build` (a folder of compiled output, e.g. `dist` after `npm run
 * build`, relative to the repository or absolute: another checkout's), the
 * child is plain Node importing the compiled scan, as `npx evident` runs it:
 * no tsx loader resolving and transforming each module.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ScanStats } from '../src/index.js';

export interface ScanRun {
  wallMs: number;
  maxRssMb: number;
  findings: number;
  errors: number;
  /** The files that could not be parsed (or evaluated), with the reason. */
  errorList: Array<{ file: string; reason: string }>;
  resources: Record<string, number>;
  stats: ScanStats;
  /** With `transfer`: the scan's documents evaluated again after it (best of 3), with their checks and with none. */
  transfer?: { evaluateAgainMs: number; noChecksMs: number };
}

/** A folder of compiled output, relative to the repository (`dist`) or absolute (another checkout's). */
function buildDir(build: string): string {
  return resolve(new URL('..', import.meta.url).pathname, build);
}

export function scanInChild(dir: string, build?: string, transfer = false): ScanRun & { processWallMs: number } {
  const t0 = performance.now();
  const once = new URL('./scan-once.mjs', import.meta.url).pathname;
  const args = [
    ...(build === undefined
      ? ['--import', import.meta.resolve('tsx'), once, dir, new URL('../src/index.ts', import.meta.url).href]
      : [once, dir, pathToFileURL(join(buildDir(build), 'index.js')).href]),
    ...(transfer ? ['--transfer'] : []),
  ];
  const child = spawnSync(process.execPath, args, {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const processWallMs = performance.now() - t0;
  if (child.status !== 0) throw new Error(`scan-once failed:\n${child.stderr}`);
  return { ...(JSON.parse(child.stdout) as ScanRun), processWallMs };
}

/**
 * The bundled command (`<build>/bundle/evident.js`, package.json's `bin`) scanning `dir` to a JSON
 * file (`extra`: more options, e.g. `--jobs 2`), from process start to exit: what a user waits
 * for. Undefined without a build or a bundle.
 */
export function commandInChild(dir: string, build: string | undefined, extra: readonly string[] = []): number | undefined {
  if (build === undefined) return undefined;
  const command = join(buildDir(build), 'bundle', 'evident.js');
  if (!existsSync(command)) return undefined;
  const output = join(tmpdir(), `evident-bench-${process.pid}.json`);
  const t0 = performance.now();
  const child = spawnSync(process.execPath, [command, 'scan', dir, '--format', 'json', '--output', output, '--fail-on', 'none', ...extra], { encoding: 'utf8' });
  const ms = performance.now() - t0;
  rmSync(output, { force: true });
  if (child.status !== 0) throw new Error(`the command failed:\n${child.stderr}`);
  return ms;
}

/** One row of the Markdown tables the scan benches print (bench/run.ts, iac.ts, real.ts). */
export const row = (cells: Array<string | number>): string => `| ${cells.join(' | ')} |`;
