import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { UsageError } from '../errors.js';

/** Colour only on a TTY, and never with NO_COLOR (https://no-color.org) or FORCE_COLOR=0. */
export function useColor(stream: NodeJS.WriteStream): boolean {
  if (process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '') return false;
  if (process.env.FORCE_COLOR === '0') return false;
  return stream.isTTY === true;
}

/** Writes a report to a file (creating folders) or to stdout; binary output (bytes) only to a file. */
export function writeOutput(text: string | Uint8Array, output: string | undefined): void {
  if (output === undefined || output === '-') {
    if (typeof text !== 'string') throw new UsageError('binary output is not written to stdout', 'give --output <file>');
    process.stdout.write(text);
    return;
  }
  try {
    mkdirSync(dirname(output), { recursive: true });
    writeFileSync(output, text);
  } catch (error) {
    throw new UsageError(`cannot write ${output}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, 'check the --output path');
  }
}

/** Splits repeatable, comma-separated option values: `--framework hipaa,gdpr --framework x`. */
export function splitList(values: ReadonlyArray<string | number> | string | undefined): string[] {
  if (values === undefined) return [];
  const list = Array.isArray(values) ? values : [values];
  return list.flatMap((v) => String(v).split(',')).map((v) => v.trim()).filter((v) => v !== '');
}
