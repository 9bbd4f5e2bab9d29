/**
 * Waivers: approved, dated exceptions kept in one file (`.evident/waivers.yaml`
 * in the scan root, or the file configured as `waivers`), validated by
 * evidence/schemas/waivers.schema.json. Each waiver names a check (id or
 * alias), a glob of files relative to the scan root, optionally one resource,
 * and a mandatory reason, approver and expiry day.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { loadAll } from 'js-yaml';
import picomatch from 'picomatch';
import { ConfigError } from '../errors.js';
import { compile, formatErrors } from '../json-schema.js';
import { packageRoot } from '../package-root.js';
import type { Finding } from './finding.js';

/** Where the waivers file is looked for when the config names none (relative to the scan root). */
export const DEFAULT_WAIVERS_FILE = '.evident/waivers.yaml';

/** One waiver, with its check resolved to the canonical id. */
export interface Waiver {
  /** Canonical check id. */
  check: string;
  /** Glob of the files it covers, relative to the scan root. */
  path: string;
  /** Only findings on this resource (exact match), when given. */
  resource?: string;
  reason: string;
  approvedBy: string;
  /** YYYY-MM-DD: the last day the waiver applies. */
  expires: string;
}

/** The waivers of one scan. */
export interface LoadedWaivers {
  /** The file read, relative to the scan root with POSIX separators. */
  file: string;
  /** In file order. */
  waivers: Waiver[];
}

/** The file as written. */
interface WaiversFile {
  waivers: Array<Omit<Waiver, 'check'> & { check: string }>;
}

/** Turns a check id or alias into the canonical id; undefined when unknown. */
export type CheckResolver = (idOrAlias: string) => string | undefined;

const HINT = 'see the README section "Suppressions, waivers and baseline" and evidence/schemas/waivers.schema.json';

let fileValidator: ReturnType<typeof compile<WaiversFile>> | undefined;

function validator(): ReturnType<typeof compile<WaiversFile>> {
  if (!fileValidator) {
    const path = join(packageRoot, 'evidence', 'schemas', 'waivers.schema.json');
    fileValidator = compile<WaiversFile>(JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>);
  }
  return fileValidator;
}

/**
 * Reads the waivers of a scan: `configured` (relative to `root`; it must
 * exist) or else `.evident/waivers.yaml` when it exists; undefined when there
 * is no waivers file. Throws ConfigError naming the JSON path of every problem.
 */
export function loadWaivers(root: string, configured: string | undefined, resolveCheck: CheckResolver): LoadedWaivers | undefined {
  const path = configured ?? DEFAULT_WAIVERS_FILE;
  const full = resolve(root, path);
  if (!existsSync(full)) {
    if (configured === undefined) return undefined;
    throw new ConfigError(`waivers file not found: ${configured}`, 'the waivers path in .evident.yml is relative to the scanned folder');
  }
  const shown = relative(root, full).split('\\').join('/') || path;
  let text: string;
  try {
    text = readFileSync(full, 'utf8');
  } catch (error) {
    throw new ConfigError(`cannot read waivers file ${shown}: ${(error as Error).message}`);
  }
  return { file: shown, waivers: parseWaivers(text, shown, resolveCheck) };
}

/**
 * Parses and validates the text of a waivers file; `source` names it in
 * messages. Besides the schema (which also rejects impossible days such as
 * 2026-02-30), every check must be known: an id or an alias.
 */
export function parseWaivers(text: string, source: string, resolveCheck: CheckResolver): Waiver[] {
  let documents: unknown[];
  try {
    documents = loadAll(text);
  } catch (error) {
    throw new ConfigError(`${source} is not valid YAML: ${String((error as Error).message).split('\n')[0]}`, HINT);
  }
  if (documents.length !== 1) throw new ConfigError(`invalid waivers file ${source}: expected one YAML document, found ${documents.length}`, HINT);
  const validate = validator();
  const value = documents[0];
  if (!validate(value)) {
    throw new ConfigError(`invalid waivers file ${source}: ${formatErrors(validate.errors).join('; ')}`, HINT);
  }
  const problems: string[] = [];
  const waivers = value.waivers.map((entry, i): Waiver => {
    const check = resolveCheck(entry.check);
    if (check === undefined) problems.push(`waivers[${i}].check: unknown check ${entry.check}`);
    return { ...entry, check: check ?? entry.check };
  });
  if (problems.length > 0) throw new ConfigError(`invalid waivers file ${source}: ${problems.join('; ')}`, HINT);
  return waivers;
}

/** Whether a waiver is in force on `today` (YYYY-MM-DD, UTC): valid through its `expires` day. */
export function waiverActive(waiver: Waiver, today: string): boolean {
  return today <= waiver.expires;
}

/** A predicate for the findings a waiver covers: same check, file matching its glob, same resource when it names one. */
export function waiverMatcher(waiver: Waiver): (finding: Finding) => boolean {
  const matchesPath = picomatch(waiver.path, { dot: true });
  return (finding) =>
    finding.ruleId === waiver.check &&
    (waiver.resource === undefined || finding.resource === waiver.resource) &&
    matchesPath(finding.location.file);
}
