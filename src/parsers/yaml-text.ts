/**
 * Offsets in YAML text that both position indexes compute the same way (the
 * js-yaml-based one in yaml.ts and the fast path in yaml-fast.ts), so their
 * ranges agree: one definition for both.
 */

/** Offset sentinel: no text (an empty node, an empty document). */
export const NONE = -1;

/** Space, tab, line feed or carriage return. */
export function isBlankCode(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

/**
 * The `|` or `>` that introduces a block scalar whose content starts at
 * `contentStart` (at the beginning of a line): the last indicator on the
 * header line before any comment; NONE when there is none.
 */
export function blockHeaderStart(text: string, contentStart: number): number {
  let lineEnd = contentStart - 1; // the '\n' ending the header line
  if (lineEnd < 0 || text.charCodeAt(lineEnd) !== 0x0a) {
    // Content on the header line itself cannot happen; be safe.
    lineEnd = contentStart;
  }
  const lineStart = text.lastIndexOf('\n', lineEnd - 1) + 1;
  const header = /(?:^|[\s:\-?,!&\]])([|>])[-+0-9]*[ \t]*(?:#.*)?\r?$/.exec(text.slice(lineStart, lineEnd));
  if (header === null) return NONE;
  return lineStart + header.index + header[0].indexOf(header[1]!);
}
