import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { packageRoot } from '../../src/package-root.js';

/** tsx's loader, resolved from here so the CLI can run with any working directory. */
const TSX = import.meta.resolve('tsx');

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the real CLI (src/cli/main.ts through tsx) in `cwd`, without a TTY; `input` is its standard input. */
export function runCli(args: string[], options: { cwd?: string; env?: Record<string, string>; input?: string } = {}): CliRun {
  const result = spawnSync(process.execPath, ['--import', TSX, join(packageRoot, 'src/cli/main.ts'), ...args], {
    cwd: options.cwd ?? packageRoot,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '', ...options.env },
    timeout: 120_000,
    // `checks --format json` alone prints more than spawnSync's default 1 MiB, after which the
    // child is killed and its status is null.
    maxBuffer: CHILD_OUTPUT_LIMIT,
    ...(options.input !== undefined ? { input: options.input } : {}),
  });
  // A child that was killed (timeout, output limit) has no status: say why in its stderr.
  const why = result.error === undefined ? '' : `\n[runCli: ${result.error.message}]`;
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr + why };
}

/** How much output a child process of the tests may print before it is killed. */
const CHILD_OUTPUT_LIMIT = 256 * 1024 * 1024;

/**
 * Runs an inline ES module through tsx in a fresh Node process (module caches and
 * lists start empty) and returns the JSON its last line of output printed. Fails
 * the test when the process does not exit with 0.
 */
export function runModuleScript<T>(script: string, env: NodeJS.ProcessEnv = process.env): T {
  const run = spawnSync(process.execPath, ['--import', TSX, '--input-type=module', '-e', script], { cwd: packageRoot, encoding: 'utf8', env, maxBuffer: CHILD_OUTPUT_LIMIT });
  if (run.status !== 0) throw new Error(`the script exited with ${run.status ?? run.signal}:\n${run.stderr}`);
  return JSON.parse(run.stdout.trim().split('\n').pop() ?? '') as T;
}
