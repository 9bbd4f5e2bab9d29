import type { CheckEngine, FrameworkId, Severity } from './checks/metadata.js';
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
  /** Set when the check did not run, e.g. `disabled in .evident.yml`. */
  skipped?: string;
}

export interface ControlResult {
  framework: FrameworkId;
  id: string;
  title: string;
  kind: ControlKind;
  status: ControlStatus;
  basis: {
    /** The checks mapped to this control, with what each saw. */
    checks: Array<{ id: string; applicable: number; findings: number }>;
    /** One sentence: why the control has this status. */
    reason: string;
  };
  /** Fingerprints of the unsuppressed findings that fail this control. */
  findings: string[];
}

export interface ScanSummary {
  findings: {
    total: number;
    /** Unsuppressed findings, by severity. */
    bySeverity: Record<Severity, number>;
    suppressed: number;
  };
  controls: Partial<Record<FrameworkId, Record<ControlStatus, number>>>;
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
  frameworks: FrameworkId[];
  config: { file: string | null; failOn: Severity | 'none' };
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
  summary: ScanSummary;
}
