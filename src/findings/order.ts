import type { FindingLocation } from './finding.js';

interface Sortable {
  ruleId: string;
  message: string;
  location: FindingLocation;
}

/** Canonical order of findings for byte-stable output: file, line, column, rule id, message. */
export function compareFindings(a: Sortable, b: Sortable): number {
  return (
    compareStrings(a.location.file, b.location.file) ||
    a.location.startLine - b.location.startLine ||
    (a.location.startColumn ?? 0) - (b.location.startColumn ?? 0) ||
    compareStrings(a.ruleId, b.ruleId) ||
    compareStrings(a.message, b.message)
  );
}

/** Code-unit order, independent of locale. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
