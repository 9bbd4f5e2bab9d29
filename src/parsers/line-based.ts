/**
 * Helpers shared by the line-oriented formats (Dockerfile, `.env`), which
 * keep no syntax tree: every located object carries `startLine`/`endLine`
 * (or `line`/`endLine`), and `locate` returns the lines of the deepest such
 * object on a path, so a finding points at the instruction or assignment it
 * is about rather than at the whole file.
 */
import type { Range, ValuePath } from './types.js';

/** Splits a text into lines without their terminators (`\n` or `\r\n`). */
export function splitLines(text: string): string[] {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  return body.split(/\r?\n/);
}

/** The range of whole lines `startLine`…`endLine` (1-based), from the first non-blank column to the end of the last line. */
export function linesRange(lines: readonly string[], startLine: number, endLine: number): Range {
  const first = lines[startLine - 1] ?? '';
  const last = lines[endLine - 1] ?? '';
  const indent = first.length - first.trimStart().length;
  return { startLine, startColumn: indent + 1, endLine, endColumn: last.trimEnd().length + 1 };
}

/** The lines of the deepest object on `path` inside `root` that records its own lines. */
export function locateByLines(root: unknown, path: ValuePath, lines: readonly string[]): Range | undefined {
  let current: unknown = root;
  let found = linesOf(current);
  for (const segment of path) {
    if (current === null || typeof current !== 'object') break;
    current = (current as Record<string | number, unknown>)[segment];
    const own = linesOf(current);
    if (own !== undefined) found = own;
  }
  return found === undefined ? undefined : linesRange(lines, found[0], found[1]);
}

function linesOf(value: unknown): [number, number] | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const v = value as Record<string, unknown>;
  const start = typeof v.line === 'number' ? v.line : typeof v.startLine === 'number' ? v.startLine : undefined;
  if (start === undefined) return undefined;
  const end = typeof v.endLine === 'number' ? v.endLine : start;
  return [start, end];
}
