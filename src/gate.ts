import { SEVERITIES, type Severity } from './checks/metadata.js';
import { UsageError } from './errors.js';
import type { ScanResult } from './scan-result.js';

export type FailOn = Severity | 'none';

export interface GateResult {
  /** True when the scan should exit 1. */
  failed: boolean;
  /** Unsuppressed findings at or above the severity threshold. */
  blocking: number;
  /** The `framework:id` controls named by failOnControls whose status is fail. */
  failedControls: string[];
}

/**
 * The CI gate: the scan fails when an unsuppressed finding is at or above
 * `failOn`, or when a control named in `failOnControls` (`<framework>:<id>`)
 * has the status fail, whatever the severities. A named control that is not
 * in the result (unknown, or its framework was not scanned) is a usage error.
 */
export function gate(result: ScanResult, failOn: FailOn, failOnControls: readonly string[] = []): GateResult {
  const threshold = failOn === 'none' ? Infinity : SEVERITIES.indexOf(failOn);
  const blocking = result.findings.filter((f) => !f.suppression && SEVERITIES.indexOf(f.severity) >= threshold).length;
  const byKey = new Map(result.controls.map((c) => [`${c.framework}:${c.id}`, c]));
  const failedControls: string[] = [];
  for (const key of failOnControls) {
    const control = byKey.get(key);
    if (!control) {
      throw new UsageError(
        `--fail-on-control ${key}: no such control in this scan`,
        `use <framework>:<control id> of a scanned framework (${result.frameworks.join(', ')}); list them with: evident controls`,
      );
    }
    if (control.status === 'fail') failedControls.push(key);
  }
  return { failed: blocking > 0 || failedControls.length > 0, blocking, failedControls };
}
