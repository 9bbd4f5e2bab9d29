import { SEVERITIES, type Severity } from './checks/metadata.js';
import type { ScanResult } from './scan-result.js';

export type FailOn = Severity | 'none';

/**
 * The CI gate: the unsuppressed findings at or above `failOn`. A scan "fails"
 * (exit code 1) when there is at least one.
 */
export function gate(result: ScanResult, failOn: FailOn): { failed: boolean; blocking: number } {
  if (failOn === 'none') return { failed: false, blocking: 0 };
  const threshold = SEVERITIES.indexOf(failOn);
  const blocking = result.findings.filter((f) => !f.suppression && SEVERITIES.indexOf(f.severity) >= threshold).length;
  return { failed: blocking > 0, blocking };
}
