import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

export type ReadOutcome = (
  | { kind: 'text'; text: string; lines: number }
  | { kind: 'skip'; reason: string }
  | { kind: 'error'; reason: string }
) & {
  /** SHA-256 (hex) and size of the bytes read; set when asked for (`digest`) and the file could be read. */
  digest?: { sha256: string; bytes: number };
};

const decoder = new TextDecoder('utf-8', { fatal: true });
/** UTF-16 by its byte-order mark: what Windows PowerShell 5.1's `>` and Out-File write (act's test data has such .env files). */
const utf16 = { le: new TextDecoder('utf-16le', { fatal: true }), be: new TextDecoder('utf-16be', { fatal: true }) };

/**
 * Reads a file as UTF-8 text, or UTF-16 when it starts with a UTF-16
 * byte-order mark. Binary files (a NUL byte in the first 8 KiB of UTF-8 text,
 * or a NUL character in UTF-16 text) are skipped; text that is not valid
 * UTF-8 (or UTF-16) is an error the scan reports.
 * With `digest`, the outcome also carries the SHA-256 of the very bytes read
 * (evidence packs record it without reading the file a second time).
 */
export function readText(absolutePath: string, options: { digest?: boolean } = {}): ReadOutcome {
  let bytes: Buffer;
  try {
    bytes = readFileSync(absolutePath);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { kind: 'error', reason: `cannot read file${code ? ` (${code})` : ''}` };
  }
  const digest = options.digest ? { digest: { sha256: createHash('sha256').update(bytes).digest('hex'), bytes: bytes.length } } : {};
  const bom = bytes.length >= 2 ? (bytes[0]! << 8) | bytes[1]! : 0;
  if (bom === 0xfffe || bom === 0xfeff) {
    let wide: string;
    try {
      wide = (bom === 0xfffe ? utf16.le : utf16.be).decode(bytes);
    } catch {
      return { kind: 'error', reason: 'not valid UTF-16 text (it starts with a UTF-16 byte-order mark)', ...digest };
    }
    if (wide.includes('\0')) return { kind: 'skip', reason: 'binary file (contains NUL characters)', ...digest };
    return { kind: 'text', text: wide, lines: countLines(wide), ...digest };
  }
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) return { kind: 'skip', reason: 'binary file (contains NUL bytes)', ...digest };
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    return { kind: 'error', reason: 'not valid UTF-8 text', ...digest };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { kind: 'text', text, lines: countLines(text), ...digest };
}

export function countLines(text: string): number {
  if (text.length === 0) return 0;
  let n = 1;
  let i = -1;
  while ((i = text.indexOf('\n', i + 1)) !== -1) n++;
  if (text.endsWith('\n')) n--;
  return n;
}
