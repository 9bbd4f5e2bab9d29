import type { Severity } from '../checks/metadata.js';

/** Where a finding is: file relative to the scan root (POSIX separators) and 1-based lines/columns. */
export interface FindingLocation {
  file: string;
  startLine: number;
  startColumn?: number;
  endLine?: number;
  endColumn?: number;
}

export interface ControlRef {
  /** `hipaa`, `gdpr`, or the id of a custom framework. */
  framework: string;
  id: string;
}

export type SuppressionKind = 'inline' | 'waiver' | 'baseline';

export interface Suppression {
  kind: SuppressionKind;
  reason: string;
  expires?: string;
  by?: string;
}

/**
 * What an engine reports before the pipeline adds metadata, controls and a
 * fingerprint: a check id, a message and a location.
 */
export interface RawFinding {
  ruleId: string;
  message: string;
  location: FindingLocation;
  /** e.g. `aws_s3_bucket.records`, `Deployment/clinic/api`. */
  resource?: string;
  /** Source text around the finding; redacted before any reporter sees it. */
  snippet?: string;
  /** Categories of personal data involved (source-code rules): `health`, `government-id`, `contact`, … */
  dataCategories?: string[];
}

/** One finding in a scan result (DESIGN.md §3). */
export interface Finding extends RawFinding {
  severity: Severity;
  title: string;
  controls: ControlRef[];
  /** Stable across line shifts: rule, file, resource or normalized snippet. */
  fingerprint: string;
  /** Set when an exception applies: the finding stays in the result, marked, and does not fail the build or its controls. */
  suppression?: Suppression;
  /** Set when an exception matched but its date has passed: it was not applied, and the finding counts as open. */
  expiredSuppression?: Suppression;
}
