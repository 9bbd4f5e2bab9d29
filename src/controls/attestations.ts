/**
 * Attestations: documented decisions for what no scan can decide (risk
 * analysis, training, business associate agreements, breach procedures,
 * records of processing…). Read from `.evident/attestations.yaml` in the scan
 * root (or the file configured as `attestations`), validated by
 * evidence/schemas/attestation.schema.json, evidence files hashed, then applied
 * to the control statuses that evaluate.ts computed.
 *
 * Rules of `applyAttestations` (the README section "Attestations" repeats them):
 *
 * - Findings win: a control that fails on unsuppressed findings keeps `fail`;
 *   the attestation is recorded with the problem "control has open findings".
 * - A `manual` control becomes `pass` (implemented, alternative),
 *   `not_applicable` (not_applicable) or `fail` (not_implemented, an honest
 *   declaration), with the attestation as its basis.
 * - A control decided by the scan (`pass` or `not_applicable`) keeps its status
 *   for implemented/alternative (the scan evidence is stronger; the attestation
 *   is recorded as not needed); not_applicable makes it `not_applicable` and
 *   not_implemented makes it `fail`, because those declarations say something
 *   the scan cannot know.
 * - `alternative` (45 CFR 164.306(d)(3)) is only for controls whose catalog
 *   entry has `requirement: addressable`; elsewhere it is not applied (warning).
 * - Not applied, the control left as it was: an unknown control or framework
 *   (warning), a framework not reported in this scan, an evidence file that does
 *   not exist (an error in the result), an attestation that has expired (valid
 *   through its `expires` day, warning) or is dated after the scan day (warning).
 * - Several usable attestations for one control: the latest `date` wins (the
 *   later entry on a tie); the others are recorded as superseded.
 * - A control still `manual` says why in its reason: `no attestation`, or
 *   `attestation by X expired on 2026-01-31`, or why one was not applied.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, join, posix, relative, resolve } from 'node:path';
import { loadAll } from 'js-yaml';
import { ConfigError } from '../errors.js';
import { compile, formatErrors } from '../json-schema.js';
import { packageRoot } from '../package-root.js';
import type { FileError } from '../parsers/types.js';
import type { AttestationRecord, ControlResult, ScanResult } from '../scan-result.js';
import type { Framework } from './catalog.js';

/** Where the attestations file is looked for when the config names none (relative to the scan root). */
export const DEFAULT_ATTESTATIONS_FILE = '.evident/attestations.yaml';

export type AttestationStatus = AttestationRecord['status'];

/** One entry of the attestations file, as written. */
export interface AttestationEntry {
  /** `<framework>:<control id>`. */
  control: string;
  status: AttestationStatus;
  /** Required for `alternative`. */
  statement?: string;
  owner: string;
  /** YYYY-MM-DD. */
  date: string;
  /** YYYY-MM-DD: the last day the attestation is valid. */
  expires: string;
  evidence?: Array<{ file: string } | { url: string }>;
}

/** The attestations file (evidence/schemas/attestation.schema.json). */
export interface AttestationsFile {
  attestations: AttestationEntry[];
}

/** An entry with its evidence resolved: files hashed (or marked missing), URLs as given. */
export interface PreparedAttestation {
  entry: AttestationEntry;
  evidence: AttestationRecord['evidence'];
}

/** The attestations of one scan, ready to apply. */
export interface LoadedAttestations {
  /** The file read, relative to the scan root with POSIX separators; null when there is none. */
  file: string | null;
  attestations: PreparedAttestation[];
}

/** What applying attestations produced. */
export interface AttestationOutcome {
  /** The control results, with statuses and reasons updated (new objects; the input is not changed). */
  controls: ControlResult[];
  /** Every attestation read, in file order, with applied/problem. */
  records: AttestationRecord[];
  /** Evidence files that do not exist. */
  errors: FileError[];
  /** Attestations that need a person: expired, unknown control, misused `alternative`… */
  warnings: ScanResult['warnings'];
}

let fileValidator: ReturnType<typeof compile<AttestationsFile>> | undefined;

function validator(): ReturnType<typeof compile<AttestationsFile>> {
  if (!fileValidator) {
    const path = join(packageRoot, 'evidence', 'schemas', 'attestation.schema.json');
    fileValidator = compile<AttestationsFile>(JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>);
  }
  return fileValidator;
}

/**
 * Reads the attestations of a scan: `configured` (relative to `root`; it must
 * exist) or else `.evident/attestations.yaml` when it exists. Validates the
 * file and hashes evidence files. Throws ConfigError naming the JSON path of
 * every problem.
 */
export function loadAttestations(root: string, configured?: string): LoadedAttestations {
  const path = configured ?? DEFAULT_ATTESTATIONS_FILE;
  const full = resolve(root, path);
  if (!existsSync(full)) {
    if (configured === undefined) return { file: null, attestations: [] };
    throw new ConfigError(`attestations file not found: ${configured}`, 'the attestations path in .evident.yml is relative to the scanned folder');
  }
  const shown = toPosix(relative(root, full)) || path;
  let text: string;
  try {
    text = readFileSync(full, 'utf8');
  } catch (error) {
    throw new ConfigError(`cannot read attestations file ${shown}: ${(error as Error).message}`);
  }
  const entries = parseAttestations(text, shown);
  return { file: shown, attestations: entries.map((entry) => ({ entry, evidence: hashEvidence(root, entry) })) };
}

/**
 * Parses and validates the text of an attestations file; `source` names it in
 * messages. Besides the schema: `expires` must not be before `date`, and an
 * evidence file must be a relative path that stays inside the scan root.
 */
export function parseAttestations(text: string, source: string): AttestationEntry[] {
  let documents: unknown[];
  try {
    documents = loadAll(text);
  } catch (error) {
    throw new ConfigError(`${source} is not valid YAML: ${String((error as Error).message).split('\n')[0]}`);
  }
  const hint = 'see the README section "Attestations" and evidence/schemas/attestation.schema.json';
  if (documents.length !== 1) throw new ConfigError(`invalid attestations file ${source}: expected one YAML document, found ${documents.length}`, hint);
  const validate = validator();
  const value = documents[0];
  if (!validate(value)) {
    // The `if` keyword only repeats what its `then` branch already said.
    const problems = formatErrors((validate.errors ?? []).filter((e) => e.keyword !== 'if'));
    throw new ConfigError(`invalid attestations file ${source}: ${problems.join('; ')}`, hint);
  }
  const problems: string[] = [];
  value.attestations.forEach((a, i) => {
    if (a.expires < a.date) problems.push(`attestations[${i}].expires: must not be before date (${a.date})`);
    (a.evidence ?? []).forEach((e, j) => {
      if ('file' in e && !isInside(e.file)) problems.push(`attestations[${i}].evidence[${j}].file: must be a relative path inside the scanned folder`);
    });
  });
  if (problems.length > 0) throw new ConfigError(`invalid attestations file ${source}: ${problems.join('; ')}`, hint);
  return value.attestations;
}

/** Evidence of one entry: each file with its SHA-256 (or `missing: true`), URLs as given. */
export function hashEvidence(root: string, entry: AttestationEntry): AttestationRecord['evidence'] {
  return (entry.evidence ?? []).map((e) => {
    if (!('file' in e)) return { url: e.url };
    const full = resolve(root, e.file);
    let isFile = false;
    try {
      isFile = statSync(full).isFile();
    } catch {
      isFile = false;
    }
    if (!isFile) return { file: e.file, missing: true as const };
    return { file: e.file, sha256: createHash('sha256').update(readFileSync(full)).digest('hex') };
  });
}

/**
 * Applies attestations to control results (pure). `catalogs` holds every
 * framework known to this scan, reported or not (to tell an unknown control
 * from one of a framework left out of the scan); `today` is YYYY-MM-DD (UTC);
 * `file` names the attestations file in warnings.
 */
export function applyAttestations(
  controls: readonly ControlResult[],
  attestations: readonly PreparedAttestation[],
  context: { today: string; catalogs: ReadonlyMap<string, Framework>; file?: string | null },
): AttestationOutcome {
  const { today, catalogs } = context;
  const results = new Map(controls.map((c) => [`${c.framework}:${c.id}`, { ...c, basis: { ...c.basis } }]));
  const records: AttestationRecord[] = [];
  const errors: FileError[] = [];
  const warnings: ScanResult['warnings'] = [];
  const warn = (message: string): void => {
    warnings.push(context.file ? { message, file: context.file } : { message });
  };

  // 1. Problems of each attestation on its own.
  for (const { entry, evidence } of attestations) {
    const record: AttestationRecord = {
      control: entry.control,
      status: entry.status,
      statement: entry.statement ?? '',
      owner: entry.owner,
      date: entry.date,
      expires: entry.expires,
      evidence,
      applied: false,
    };
    records.push(record);
    const missing = evidence.flatMap((e) => ('missing' in e && e.missing ? [e.file] : []));
    for (const file of missing) errors.push({ file, reason: `attestation evidence file not found (${entry.control})` });

    const split = entry.control.indexOf(':');
    const fw = entry.control.slice(0, split);
    const id = entry.control.slice(split + 1);
    const catalog = catalogs.get(fw);
    const definition = catalog?.controls.find((c) => c.id === id);
    const who = `attestation of ${entry.control} by ${entry.owner}`;
    if (!catalog) {
      record.problem = `unknown framework ${fw}`;
      warn(`${who}: unknown framework ${fw}; it was not applied`);
    } else if (!definition) {
      record.problem = `unknown control ${id} of ${fw}`;
      warn(`${who}: ${fw} has no control ${id}; it was not applied`);
    } else if (!results.has(entry.control)) {
      record.problem = `framework ${fw} is not reported in this scan`;
    } else if (missing.length > 0) {
      record.problem = `evidence file not found: ${missing.join(', ')}`;
    } else if (entry.expires < today) {
      record.problem = `expired on ${entry.expires}`;
      warn(`${who} expired on ${entry.expires}; renew it or remove it`);
    } else if (entry.date > today) {
      record.problem = `dated ${entry.date}, after the scan day ${today}`;
      warn(`${who} is dated ${entry.date}, after the scan day ${today}; it was not applied`);
    } else if (entry.status === 'alternative' && definition.requirement !== 'addressable') {
      const what = definition.requirement ? `a ${definition.requirement === 'standard' ? 'standard' : `${definition.requirement} specification`}` : 'not an addressable specification';
      record.problem = `alternative applies only to addressable specifications (45 CFR 164.306(d)(3)); ${entry.control} is ${what}`;
      warn(`${who}: ${record.problem}; it was not applied`);
    }
  }

  // 2. One attestation per control: the latest date wins, the later entry on a tie.
  const winners = new Map<string, number>();
  records.forEach((record, i) => {
    if (record.problem !== undefined) return;
    const best = winners.get(record.control);
    if (best === undefined || (records[best] as AttestationRecord).date <= record.date) winners.set(record.control, i);
  });
  records.forEach((record, i) => {
    const best = winners.get(record.control);
    if (record.problem !== undefined || best === undefined || best === i) return;
    const winner = records[best] as AttestationRecord;
    record.problem = `superseded by the attestation by ${winner.owner} dated ${winner.date}`;
  });

  // 3. Apply each winner to its control.
  for (const [key, index] of winners) {
    const record = records[index] as AttestationRecord;
    const control = results.get(key) as ControlResult;
    const fw = key.slice(0, key.indexOf(':'));
    const outcome = decide(control.status, record, fw);
    if (outcome.problem !== undefined) {
      record.problem = outcome.problem;
      continue;
    }
    record.applied = true;
    control.status = outcome.status;
    control.basis.reason = outcome.reason;
    control.basis.attestation = {
      owner: record.owner,
      date: record.date,
      expires: record.expires,
      status: record.status,
      statement: record.statement,
    };
  }

  // 4. Controls still manual say why no attestation decided them.
  for (const [key, control] of results) {
    if (control.status !== 'manual' || control.basis.attestation) continue;
    const tried = records.filter((r) => r.control === key);
    if (tried.length === 0) {
      control.basis.reason = `${control.basis.reason}; no attestation`;
      continue;
    }
    const latest = tried.reduce((a, b) => (b.date >= a.date ? b : a));
    const why = latest.problem?.startsWith('expired on ')
      ? `attestation by ${latest.owner} expired on ${latest.expires}`
      : `attestation by ${latest.owner} not applied: ${latest.problem ?? 'unknown reason'}`;
    control.basis.reason = `${control.basis.reason}; ${why}`;
  }

  return { controls: [...results.values()], records, errors, warnings };
}

/** What an applicable attestation does to a control with the scan status `status`. */
function decide(
  status: ControlResult['status'],
  a: AttestationRecord,
  framework: string,
): { status: ControlResult['status']; reason: string; problem?: undefined } | { problem: string } {
  const valid = `, valid until ${a.expires}`;
  if (status === 'fail') return { problem: 'control has open findings' };
  if (a.status === 'not_implemented') {
    return { status: 'fail', reason: `declared not implemented by ${a.owner} on ${a.date}${valid}` };
  }
  if (a.status === 'not_applicable') {
    return { status: 'not_applicable', reason: `declared not applicable by ${a.owner} on ${a.date}${valid}` };
  }
  if (status === 'pass') return { problem: 'control passes on scan evidence; the attestation is not needed' };
  if (status === 'not_applicable') return { problem: 'control is not applicable by scan; the attestation is not needed' };
  if (a.status === 'alternative') {
    const cite = framework === 'hipaa' ? ' (addressable specification, 45 CFR 164.306(d)(3))' : ' (addressable specification)';
    return { status: 'pass', reason: `equivalent alternative measure documented by ${a.owner} on ${a.date}${valid}${cite}` };
  }
  return { status: 'pass', reason: `attested as implemented by ${a.owner} on ${a.date}${valid}` };
}

/** A relative path that names something below the scan root (not the root itself, not `../x`). */
function isInside(path: string): boolean {
  const p = path.split('\\').join('/');
  if (isAbsolute(p) || p.startsWith('/') || /^[A-Za-z]:/.test(p)) return false;
  const normalized = posix.normalize(p);
  return normalized !== '.' && normalized !== '..' && !normalized.startsWith('../');
}

function toPosix(p: string): string {
  return p.split('\\').join('/');
}
