/**
 * A saved scan result (the JSON format) read back for `evident report`:
 * parsed and validated against evidence/schemas/scan-result.schema.json, so
 * that every reporter gets the shape it expects. Problems are UsageErrors
 * naming the JSON path of each offending value.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from './errors.js';
import { compile, formatErrors } from './json-schema.js';
import { packageRoot } from './package-root.js';
import type { ScanResult } from './scan-result.js';

/** How many schema errors a message lists before "and N more". */
const MAX_ERRORS = 5;

const HINT = 'give the JSON written by: evident scan --format json --output <file>';

let validator: ReturnType<typeof compile<ScanResult>> | undefined;

/** The compiled scan-result schema (cached). */
export function scanResultValidator(): ReturnType<typeof compile<ScanResult>> {
  if (!validator) {
    const schema = JSON.parse(readFileSync(join(packageRoot, 'evidence', 'schemas', 'scan-result.schema.json'), 'utf8')) as Record<string, unknown>;
    validator = compile<ScanResult>(schema);
  }
  return validator;
}

/** Parses and validates the text of a saved result; `source` names it in errors. */
export function parseScanResult(text: string, source: string): ScanResult {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new UsageError(`${source} is not valid JSON: ${(error as Error).message}`, HINT);
  }
  const validate = scanResultValidator();
  if (!validate(value)) {
    const problems = formatErrors(validate.errors);
    const shown = problems.slice(0, MAX_ERRORS).join('; ');
    const more = problems.length > MAX_ERRORS ? `; and ${problems.length - MAX_ERRORS} more` : '';
    throw new UsageError(`${source} is not a valid scan result: ${shown}${more}`, HINT);
  }
  return value;
}

/** Reads a saved result from a file, or from standard input when `path` is `-`. */
export function readScanResult(path: string): ScanResult {
  let text: string;
  try {
    text = readFileSync(path === '-' ? 0 : path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UsageError(`scan result not found: ${path}`, HINT);
    throw new UsageError(`cannot read ${path}: ${code ?? (error as Error).message}`, HINT);
  }
  return parseScanResult(text, path === '-' ? 'standard input' : path);
}
