import type { CheckEngine, Severity } from './checks/metadata.js';
import type { ControlKind } from './controls/catalog.js';
import type { Finding } from './findings/finding.js';
import type { FileError, InputType, SkippedFile } from './parsers/types.js';

export type ControlStatus = 'pass' | 'fail' | 'manual' | 'not_applicable';

/** What one check did in this scan: the basis of every control status. */
export interface CheckRun {
  id: string;
  title: string;
  severity: Severity;
  engine: CheckEngine;
  /** Resources (IaC) or files (source code) of the check's selector that were scanned. */
  applicable: number;
  /** Findings of the check, suppressed ones included. */
  findings: number;
  /** Inputs (IaC documents) the check could not be evaluated on, each listed in `errors`; absent when none. */
  errors?: number;
  /** Set when the check did not run, e.g. `disabled in .evident.yml`. */
  skipped?: string;
}

/** An attestation as recorded in the result (evidence/schemas/attestation.schema.json holds the file format). */
export interface AttestationRecord {
  /** `<framework>:<control id>`, e.g. `hipaa:164.308(a)(1)(ii)(A)`. */
  control: string;
  status: 'implemented' | 'alternative' | 'not_applicable' | 'not_implemented';
  statement: string;
  owner: string;
  date: string;
  expires: string;
  /** Evidence files (with their SHA-256, or `missing: true`) and URLs. */
  evidence: Array<{ file: string; sha256?: string; missing?: true } | { url: string }>;
  /** Whether it was applied to its control; when not, `problem` says why (expired, unknown control, missing evidence file…). */
  applied: boolean;
  problem?: string;
}

/** One entry of the waivers file, with whether it was in force and what it matched. */
export interface WaiverRecord {
  check: string;
  path: string;
  resource?: string;
  reason: string;
  approvedBy: string;
  expires: string;
  status: 'active' | 'expired';
  /**
   * Findings the waiver matches (check, path, resource) — suppressed by it when
   * active and no inline suppression came first, marked expired when not.
   */
  matched: number;
}

export interface ControlResult {
  /** `hipaa`, `gdpr`, or the id of a custom framework. */
  framework: string;
  id: string;
  title: string;
  kind: ControlKind;
  status: ControlStatus;
  basis: {
    /** The checks mapped to this control, with what each saw. */
    /** `errors`: inputs the check could not be evaluated on (then the control is not a pass). */
    checks: Array<{ id: string; applicable: number; findings: number; errors?: number }>;
    /** The attestation the status rests on, when one was applied. */
    attestation?: { owner: string; date: string; expires: string; status: AttestationRecord['status']; statement: string };
    /** One sentence: why the control has this status. */
    reason: string;
  };
  /** True in a diff scan (--changed-since): only changed files were examined, so the status is partial. */
  partial?: true;
  /** Fingerprints of the unsuppressed findings that fail this control. */
  findings: string[];
}

export interface ScanSummary {
  findings: {
    total: number;
    /** Unsuppressed findings, by severity. */
    bySeverity: Record<Severity, number>;
    /** Findings not covered by any exception (what fails the build). */
    new: number;
    /** Findings marked by the baseline. */
    baselined: number;
    /** Findings suppressed inline or by a waiver. */
    suppressed: number;
    /** Findings whose exception has expired (counted in `new` too). */
    expired: number;
  };
  /** Control statuses per framework id. */
  controls: Record<string, Record<ControlStatus, number>>;
}

/**
 * The scan result: the JSON output format, and the one input of every other
 * format (evidence/schemas/scan-result.schema.json). Deterministic apart from
 * `startedAt` and `durationMs`.
 */
export interface ScanResult {
  schemaVersion: '1.0';
  tool: { name: string; version: string };
  policyBundle: { digest: string; opaVersion: string; checks: number };
  /** The scan root as given by the user. */
  target: string;
  startedAt: string;
  durationMs: number;
  /** Framework ids: built-in (`hipaa`, `gdpr`) and custom ones from the config. */
  frameworks: string[];
  /** The gate settings of this scan: config file, severity threshold and controls that fail the scan when they fail. */
  config: { file: string | null; failOn: Severity | 'none'; failOnControls: string[] };
  checks: CheckRun[];
  findings: Finding[];
  controls: ControlResult[];
  coverage: {
    /** Files read as an input of some type (parsed or not). */
    files: number;
    byType: Partial<Record<InputType, number>>;
    /** Files read without error. */
    parsed: number;
    /** Resources found in IaC documents, by input type. */
    resources: Partial<Record<InputType, number>>;
    /** Lines of the files read. */
    lines: number;
    skipped: SkippedFile[];
    /** Files left out by .gitignore, .evidentignore or exclude globs. */
    ignored: number;
  };
  errors: FileError[];
  /** Problems that did not stop the scan but need a person (a suppression without a reason, an expired waiver…). */
  warnings: Array<{ message: string; file?: string; line?: number }>;
  /** The exceptions in force: waivers (with status and matches) and the baseline. */
  exceptions: {
    waivers: { file: string | null; entries: WaiverRecord[] };
    baseline: { file: string; fingerprints: number; matched: number } | null;
  };
  /** Attestations read from .evident/attestations.yaml (or the configured file). */
  attestations: AttestationRecord[];
  /** Present in a diff scan: the git ref and the changed files that were reported on. */
  diff?: { since: string; files: string[] };
  summary: ScanSummary;
}
