/**
 * Line starts of a region of a text, for random offset → line/column look-ups
 * (the YAML position indexes: yaml.ts and yaml-fast.ts; OpenAPI key look-ups).
 */
import type { Range } from './types.js';

/**
 * The index of the line that holds `offset`, given the sorted offsets at which
 * lines start (binary search; `last` bounds it to the first `last + 1` lines).
 */
export function lineIndexAt(starts: ArrayLike<number>, offset: number, last: number = starts.length - 1): number {
  let lo = 0;
  let hi = last;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Offsets at which the lines of `text[from, to)` start (`from` first). */
export function lineStarts(text: string, from = 0, to = text.length): number[] {
  const starts = [from];
  for (let nl = text.indexOf('\n', from); nl !== -1 && nl < to; nl = text.indexOf('\n', nl + 1)) starts.push(nl + 1);
  return starts;
}

/** Line starts of a region of the text (a document, or the whole file), for random lookups. */
export class LineTable {
  private readonly starts: number[];
  private readonly firstLine: number;

  /** `from` must be the first offset of line `firstLine`. */
  constructor(text: string, from: number, to: number, firstLine: number) {
    this.starts = lineStarts(text, from, to);
    this.firstLine = firstLine;
  }

  /** 1-based line and column (UTF-16 units) of an offset inside the region. */
  position(offset: number): { line: number; column: number } {
    const index = lineIndexAt(this.starts, offset);
    return { line: this.firstLine + index, column: offset - this.starts[index]! + 1 };
  }

  range(start: number, end: number): Range {
    const first = this.position(start);
    const last = this.position(Math.max(start, end - 1));
    return { startLine: first.line, startColumn: first.column, endLine: last.line, endColumn: last.column + 1 };
  }
}
