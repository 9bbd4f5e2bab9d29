import { lstatSync, readdirSync, readFileSync, statSync, type Dirent } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { posix } from 'node:path';
import ignoreModule from 'ignore';
import picomatch from 'picomatch';
import type { SkippedFile } from '../parsers/types.js';
import { UsageError } from '../errors.js';
import { classifyPath, SKIPPED_DIRECTORIES, testCodeReason, type Candidate } from './classify.js';

type IgnoreFactory = (options?: { ignorecase?: boolean }) => {
  add(patterns: string | readonly string[]): unknown;
  ignores(path: string): boolean;
};
const createIgnore = ((ignoreModule as unknown as { default?: unknown }).default ?? ignoreModule) as IgnoreFactory;

export interface DiscoverOptions {
  /** Folder that finding paths are relative to. */
  root: string;
  /** Files or folders to scan (absolute or relative to cwd); default: the root. */
  paths?: string[];
  /** Extra glob patterns to exclude, relative to the root. */
  exclude?: string[];
  /** Files larger than this are skipped. */
  maxFileSize: number;
  /** Analyse JS/TS test code too (default: skipped and listed, see `testCodeReason`). */
  includeTests?: boolean;
}

export interface DiscoveredFile {
  /** Relative to the root, POSIX separators. */
  path: string;
  absolutePath: string;
  size: number;
  candidate: Candidate;
}

export interface Discovery {
  files: DiscoveredFile[];
  skipped: SkippedFile[];
  /** Files left out by .gitignore, .evidentignore or `exclude` (not listed one by one). */
  ignored: number;
}

const IGNORE_FILES = ['.gitignore', '.evidentignore'];

interface IgnoreScope {
  /** Directory the rules are relative to (POSIX, relative to the root; '' = root). */
  base: string;
  matcher: ReturnType<IgnoreFactory>;
}

/**
 * Walks the scan paths in a deterministic (sorted) order. Honours .gitignore and
 * .evidentignore at every level, skips vendored/build folders and symbolic links
 * (so link loops cannot hang the walk), and lists every skipped file with why.
 */
export function discover(options: DiscoverOptions): Discovery {
  const root = options.root;
  const exclude = options.exclude && options.exclude.length > 0 ? picomatch(options.exclude, { dot: true }) : undefined;
  const files: DiscoveredFile[] = [];
  const skipped: SkippedFile[] = [];
  let ignored = 0;
  const seen = new Set<string>();

  const isIgnored = (rel: string, isDir: boolean, scopes: readonly IgnoreScope[]): boolean => {
    if (exclude && (exclude(rel) || (isDir && exclude(`${rel}/`)))) return true;
    for (const scope of scopes) {
      const inner = scope.base === '' ? rel : rel.startsWith(`${scope.base}/`) ? rel.slice(scope.base.length + 1) : undefined;
      if (inner === undefined || inner === '') continue;
      if (scope.matcher.ignores(isDir ? `${inner}/` : inner)) return true;
    }
    return false;
  };

  const addFile = (abs: string, rel: string, size: number): void => {
    if (seen.has(rel)) return;
    seen.add(rel);
    const { candidate, skip } = classifyPath(rel);
    if (skip !== undefined) {
      skipped.push({ file: rel, reason: skip });
      return;
    }
    if (candidate === undefined) return;
    const testCode = candidate === 'source' && options.includeTests !== true ? testCodeReason(rel) : undefined;
    if (testCode !== undefined) {
      skipped.push({ file: rel, reason: testCode });
      return;
    }
    if (size > options.maxFileSize) {
      skipped.push({ file: rel, reason: `larger than the ${formatBytes(options.maxFileSize)} limit (${formatBytes(size)}); raise maxFileSize to scan it` });
      return;
    }
    files.push({ path: rel, absolutePath: abs, size, candidate });
  };

  const walkDir = (abs: string, rel: string, parentScopes: readonly IgnoreScope[]): void => {
    const scopes = [...parentScopes];
    for (const name of IGNORE_FILES) {
      const rules = readIgnoreFile(join(abs, name));
      if (rules !== undefined) {
        const matcher = createIgnore();
        matcher.add(rules);
        scopes.push({ base: rel, matcher });
      }
    }
    let entries: Dirent[];
    try {
      entries = readdirSync(abs, { withFileTypes: true });
    } catch (error) {
      skipped.push({ file: rel === '' ? '.' : `${rel}/`, reason: `cannot read directory: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const childRel = rel === '' ? entry.name : `${rel}/${entry.name}`;
      const childAbs = join(abs, entry.name);
      if (entry.isSymbolicLink()) {
        // Never followed, so link loops cannot hang the walk; listed when they point at a folder or a file Evident reads.
        let toFolder = false;
        try {
          toFolder = statSync(childAbs).isDirectory();
        } catch {
          toFolder = false;
        }
        if (isIgnored(childRel, toFolder, scopes)) ignored++;
        else if (toFolder) skipped.push({ file: childRel, reason: 'symbolic link to a folder (not followed)' });
        else if (isInteresting(childRel)) skipped.push({ file: childRel, reason: 'symbolic link (not followed)' });
        continue;
      }
      if (entry.isDirectory()) {
        const reason = SKIPPED_DIRECTORIES[entry.name];
        if (isIgnored(childRel, true, scopes)) {
          ignored++;
          continue;
        }
        if (reason !== undefined) {
          if (entry.name !== '.git' && entry.name !== '.hg' && entry.name !== '.svn') skipped.push({ file: `${childRel}/`, reason });
          continue;
        }
        walkDir(childAbs, childRel, scopes);
        continue;
      }
      if (!entry.isFile()) continue;
      if (isIgnored(childRel, false, scopes)) {
        if (classifyPath(childRel).candidate !== undefined) ignored++;
        continue;
      }
      let size = 0;
      try {
        size = statSync(childAbs).size;
      } catch {
        size = 0;
      }
      addFile(childAbs, childRel, size);
    }
  };

  const paths = options.paths && options.paths.length > 0 ? options.paths : [root];
  for (const given of paths) {
    let stat;
    try {
      stat = lstatSync(given);
    } catch {
      throw new UsageError(`path not found: ${given}`, 'give existing files or folders to scan');
    }
    const rel = toPosix(relative(root, given));
    if (rel.startsWith('..')) throw new UsageError(`path ${given} is outside the scan root ${root}`);
    if (stat.isDirectory()) walkDir(given, rel, rootScopes(root, rel));
    else if (stat.isFile()) addFile(given, rel, stat.size);
    else if (stat.isSymbolicLink()) skipped.push({ file: rel, reason: 'symbolic link (not followed)' });
  }

  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  skipped.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { files, skipped, ignored };
}

/** Ignore files of the root and of every folder between the root and a scanned sub-folder. */
function rootScopes(root: string, rel: string): IgnoreScope[] {
  if (rel === '') return [];
  const scopes: IgnoreScope[] = [];
  const parts = rel.split('/');
  for (let i = 0; i < parts.length; i++) {
    const base = parts.slice(0, i).join('/');
    for (const name of IGNORE_FILES) {
      const rules = readIgnoreFile(join(root, ...parts.slice(0, i), name));
      if (rules !== undefined) {
        const matcher = createIgnore();
        matcher.add(rules);
        scopes.push({ base, matcher });
      }
    }
  }
  return scopes;
}

function readIgnoreFile(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

function isInteresting(rel: string): boolean {
  const c = classifyPath(rel);
  return c.candidate !== undefined || c.skip !== undefined;
}

function toPosix(p: string): string {
  return sep === '/' ? p : p.split(sep).join(posix.sep);
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MiB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1).replace(/\.0$/, '')} KiB`;
  return `${n} B`;
}
