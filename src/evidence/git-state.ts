import { execFileSync } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { relative } from 'node:path';

/** The git state of a folder, as an evidence pack records it. */
export interface GitState {
  /** `git rev-parse HEAD`; null in a repository without commits. */
  commit: string | null;
  /** Whether `git status --porcelain` lists changes (untracked files included) under the folder. */
  dirty: boolean;
  /** The folder relative to the top of the work tree, POSIX; `.` for the top. */
  path: string;
}

function git(cwd: string, args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 * 1024 * 1024 });
}

/**
 * The commit and dirtiness of `folder`'s git work tree; undefined when the
 * folder is not in one or git is not installed. Runs git; never throws.
 */
export function gitState(folder: string): GitState | undefined {
  let top: string;
  try {
    top = git(folder, ['rev-parse', '--show-toplevel']).trim();
  } catch {
    return undefined;
  }
  let commit: string | null;
  try {
    commit = git(folder, ['rev-parse', '--verify', '--quiet', 'HEAD']).trim() || null;
  } catch {
    commit = null;
  }
  let dirty: boolean;
  try {
    dirty = git(folder, ['status', '--porcelain', '--untracked-files=normal', '--', '.']).trim() !== '';
  } catch {
    return undefined;
  }
  const path = relative(top, realpathSync(folder)).split('\\').join('/');
  return { commit, dirty, path: path === '' ? '.' : path };
}
