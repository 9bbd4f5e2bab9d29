/**
 * The baseline: the fingerprints of the findings a team accepts as its
 * starting point, so that only new findings fail the build. Written by
 * `evident scan --write-baseline <file>`, read with `--baseline <file>` (or the
 * config's `baseline`); evidence/schemas/baseline.schema.json is its contract.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError } from '../errors.js';
import { compile, formatErrors } from '../json-schema.js';
import { packageRoot } from '../package-root.js';
import type { Finding } from './finding.js';
import { compareStrings } from './order.js';

/** One recorded finding; `ruleId` and `file` are for people reading the file, only `fingerprint` is matched. */
export interface BaselineEntry {
  fingerprint: string;
  ruleId: string;
  file: string;
}

/** The baseline file (evidence/schemas/baseline.schema.json). */
export interface BaselineFile {
  evidentBaseline: 1;
  findings: BaselineEntry[];
}

/** A baseline read for a scan. */
export interface LoadedBaseline {
  /** The file as shown in the result and in suppression reasons. */
  file: string;
  fingerprints: ReadonlySet<string>;
}

const HINT = 'write one with: evident scan --write-baseline <file>';

let fileValidator: ReturnType<typeof compile<BaselineFile>> | undefined;

function validator(): ReturnType<typeof compile<BaselineFile>> {
  if (!fileValidator) {
    const path = join(packageRoot, 'evidence', 'schemas', 'baseline.schema.json');
    fileValidator = compile<BaselineFile>(JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>);
  }
  return fileValidator;
}

/** Reads and validates a baseline file; `shown` names it in messages and in the result. Throws ConfigError. */
export function readBaseline(path: string, shown: string): LoadedBaseline {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new ConfigError(`baseline file not found: ${shown}`, HINT);
    throw new ConfigError(`cannot read baseline file ${shown}: ${code ?? (error as Error).message}`, HINT);
  }
  return { file: shown, fingerprints: parseBaseline(text, shown) };
}

/** Parses and validates the text of a baseline file; `source` names it in messages. */
export function parseBaseline(text: string, source: string): Set<string> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(`baseline ${source} is not valid JSON: ${(error as Error).message.split('\n')[0]}`, HINT);
  }
  const validate = validator();
  if (!validate(value)) {
    throw new ConfigError(`invalid baseline ${source}: ${formatErrors(validate.errors).join('; ')}`, HINT);
  }
  return new Set(value.findings.map((f) => f.fingerprint));
}

/**
 * What a baseline written from these findings records: every finding that no
 * inline suppression or waiver covers — active or expired, since those carry
 * their own dates and must not be outlived by the baseline. Findings the
 * current baseline marks are recorded again, so rewriting a baseline drops
 * what was fixed. Sorted by file, check and fingerprint.
 */
export function baselineEntries(findings: readonly Finding[]): BaselineEntry[] {
  return findings
    .filter((f) => f.expiredSuppression === undefined && (f.suppression === undefined || f.suppression.kind === 'baseline'))
    .map((f) => ({ fingerprint: f.fingerprint, ruleId: f.ruleId, file: f.location.file }))
    .sort((a, b) => compareStrings(a.file, b.file) || compareStrings(a.ruleId, b.ruleId) || compareStrings(a.fingerprint, b.fingerprint));
}

/** The baseline file for these findings ({@link baselineEntries}), as deterministic JSON text. */
export function formatBaseline(findings: readonly Finding[]): string {
  const file: BaselineFile = { evidentBaseline: 1, findings: baselineEntries(findings) };
  return `${JSON.stringify(file, null, 2)}\n`;
}
