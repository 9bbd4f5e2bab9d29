/**
 * Views of a scan result that several reporters share: display names of
 * frameworks, severity ranks, the state of a finding (new, baselined,
 * suppressed), locations as text and lookups by fingerprint. Pure.
 */
import { SEVERITIES, type Severity } from '../checks/metadata.js';
import type { Finding, FindingLocation } from '../findings/finding.js';
import type { ControlResult, ScanResult } from '../scan-result.js';

const FRAMEWORK_NAMES: Readonly<Record<string, string>> = { hipaa: 'HIPAA', gdpr: 'GDPR' };
const FRAMEWORK_TITLES: Readonly<Record<string, string>> = { hipaa: 'HIPAA Security Rule', gdpr: 'GDPR' };

/** Short display name of a framework id: `HIPAA`, `GDPR`, or a custom framework's id as is. */
export function frameworkName(id: string): string {
  return FRAMEWORK_NAMES[id] ?? id;
}

/** Longer display title of a framework id: `HIPAA Security Rule`, `GDPR`, or the id. */
export function frameworkTitle(id: string): string {
  return FRAMEWORK_TITLES[id] ?? id;
}

/** 1 (low) … 4 (critical); 0 for anything else. */
export function severityRank(severity: string): number {
  return (SEVERITIES as readonly string[]).indexOf(severity) + 1;
}

/** Severities from the most to the least severe. */
export const SEVERITIES_DESC: readonly Severity[] = [...SEVERITIES].reverse();

/**
 * What a finding counts as: `new` (no exception in force — also when its
 * exception has expired), `baselined` (in the baseline) or `suppressed`
 * (inline or by a waiver). Matches `summary.findings`.
 */
export type FindingState = 'new' | 'baselined' | 'suppressed';

export function findingState(finding: Finding): FindingState {
  if (!finding.suppression) return 'new';
  return finding.suppression.kind === 'baseline' ? 'baselined' : 'suppressed';
}

/** A copy sorted from the most to the least severe; the canonical order is kept within a severity (stable sort). */
export function bySeverity<T extends { severity: string }>(findings: readonly T[]): T[] {
  return [...findings].sort((a, b) => severityRank(b.severity) - severityRank(a.severity));
}

/** `file:line` or `file:line:column`. */
export function locationText(location: FindingLocation): string {
  return `${location.file}:${location.startLine}${location.startColumn !== undefined ? `:${location.startColumn}` : ''}`;
}

/** Findings by fingerprint (the first one wins if a fingerprint repeats). */
export function findingsByFingerprint(result: ScanResult): ReadonlyMap<string, Finding> {
  const map = new Map<string, Finding>();
  for (const f of result.findings) if (!map.has(f.fingerprint)) map.set(f.fingerprint, f);
  return map;
}

/** The findings a control lists (its unsuppressed findings), in the control's order. */
export function findingsOfControl(control: ControlResult, index: ReadonlyMap<string, Finding>): Finding[] {
  return control.findings.flatMap((fp) => {
    const f = index.get(fp);
    return f ? [f] : [];
  });
}

/** The control ids of a finding, grouped by framework in the order of `frameworks`. */
export function controlsByFramework(finding: Finding, frameworks: readonly string[]): Array<{ framework: string; ids: string[] }> {
  return frameworks
    .map((framework) => ({ framework, ids: finding.controls.filter((c) => c.framework === framework).map((c) => c.id) }))
    .filter((g) => g.ids.length > 0);
}

/** `HIPAA 164.312(a)(1), 164.312(d); GDPR Art.32(1)(b)`. */
export function controlsText(finding: Finding, frameworks: readonly string[]): string {
  return controlsByFramework(finding, frameworks)
    .map((g) => `${frameworkName(g.framework)} ${g.ids.join(', ')}`)
    .join('; ');
}

/** `startedAt + durationMs` as an ISO timestamp (no clock: computed from the result). */
export function endedAt(result: ScanResult): string {
  const start = Date.parse(result.startedAt);
  if (Number.isNaN(start)) return result.startedAt;
  return new Date(start + result.durationMs).toISOString();
}

/** `startedAt` normalised to `YYYY-MM-DDTHH:mm:ss.sssZ` (the result's schema allows any RFC 3339 date-time). */
export function startedAtIso(result: ScanResult): string {
  const start = Date.parse(result.startedAt);
  return Number.isNaN(start) ? result.startedAt : new Date(start).toISOString();
}

/** A relative POSIX path as a relative URI reference: each segment percent-encoded. */
export function pathToUriReference(path: string): string {
  return path.split('/').map((segment) => encodeURIComponent(segment)).join('/');
}
