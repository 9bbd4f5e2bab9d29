import assert from 'node:assert/strict';
import type { Range } from '../../src/parsers/types.js';

/** The 1-based line where `needle` (it may span lines) starts in `text`; it must occur there exactly once. */
export function lineOf(text: string, needle: string): number {
  const at = text.indexOf(needle);
  assert.notEqual(at, -1, `${needle} is not in the text`);
  assert.equal(text.indexOf(needle, at + 1), -1, `${needle} occurs more than once`);
  return text.slice(0, at).split('\n').length;
}

/**
 * The text a source range covers (1-based lines and columns, endColumn
 * exclusive, the SARIF convention the parsers use), lines joined with `\n`:
 * parser tests compare a `locate()` result with the words it should point
 * at rather than with bare numbers. Undefined for an undefined range.
 */
export function textInRange(text: string, range: Range | undefined): string | undefined {
  if (range === undefined) return undefined;
  const lines = text.split(/\r?\n/);
  if (range.startLine === range.endLine) return lines[range.startLine - 1]!.slice(range.startColumn - 1, range.endColumn - 1);
  const out = [lines[range.startLine - 1]!.slice(range.startColumn - 1)];
  for (let l = range.startLine + 1; l < range.endLine; l++) out.push(lines[l - 1]!);
  out.push(lines[range.endLine - 1]!.slice(0, range.endColumn - 1));
  return out.join('\n');
}
