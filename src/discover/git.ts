import { execFileSync } from 'node:child_process';
import { relative, resolve } from 'node:path';
import { UsageError } from '../errors.js';

function git(cwd: string, args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
}

/**
 * Files added or changed since `ref` — committed since, staged or not, and
 * untracked (not ignored) — as paths relative to `root`, POSIX, sorted.
 * Deleted files are left out (there is nothing to scan). Throws UsageError
 * when `root` is not in a git work tree or the ref is unknown.
 */
export function changedSince(root: string, ref: string): string[] {
  let top: string;
  try {
    top = git(root, ['rev-parse', '--show-toplevel']).trim();
  } catch {
    throw new UsageError(`--changed-since needs a git repository, and ${root} is not in one`);
  }
  try {
    git(top, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
  } catch {
    throw new UsageError(`unknown git ref ${ref}`, 'give a branch, tag or commit, e.g. --changed-since origin/main');
  }
  const lists = [
    // Changes from the merge base with the ref to the work tree (committed, staged and unstaged).
    git(top, ['diff', '--name-only', '--diff-filter=ACMR', '-z', mergeBase(top, ref)]),
    git(top, ['ls-files', '--others', '--exclude-standard', '-z']),
  ];
  const out = new Set<string>();
  for (const list of lists) {
    for (const path of list.split('\0')) {
      if (path === '') continue;
      const rel = relative(root, resolve(top, path)).split('\\').join('/');
      if (!rel.startsWith('..')) out.add(rel);
    }
  }
  return [...out].sort();
}

/** The merge base of HEAD and `ref`, so a branch's own changes are compared, not the ref's later commits. */
function mergeBase(top: string, ref: string): string {
  try {
    return git(top, ['merge-base', 'HEAD', ref]).trim();
  } catch {
    return ref;
  }
}
