/**
 * CSV (RFC 4180: comma-separated, CRLF line ends, fields with `,` `"` CR or LF
 * quoted, quotes doubled, a header row): `csv` has one row per finding,
 * `controls-csv` one row per control (the control matrix). Text cells that a
 * spreadsheet would read as a formula (starting with `= + - @`, tab or CR) are
 * prefixed with `'` (OWASP's CSV-injection guard).
 */
import type { Finding } from '../findings/finding.js';
import type { ScanResult } from '../scan-result.js';
import { findingState } from './model.js';
import type { Reporter } from './types.js';

type Cell = string | number | undefined;

/** One field: formula guard on text, then RFC 4180 quoting when needed. Numbers and empty cells are written as is. */
export function csvCell(value: Cell): string {
  if (value === undefined) return '';
  if (typeof value === 'number') return String(value);
  const guarded = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

function csv(rows: ReadonlyArray<readonly Cell[]>): string {
  return rows.map((row) => `${row.map(csvCell).join(',')}\r\n`).join('');
}

/** Columns of the findings CSV. */
export const FINDING_COLUMNS = [
  'severity', 'rule', 'title', 'file', 'start_line', 'start_column', 'end_line', 'end_column', 'resource', 'message',
  'controls', 'data_categories', 'state', 'suppression_kind', 'suppression_reason', 'suppression_by', 'suppression_expires',
  'expired_exception', 'fingerprint', 'snippet',
] as const;

/** One row per finding, in the result's canonical order; suppressed findings included with their state. */
export const renderCsv: Reporter = (result: ScanResult) =>
  csv([FINDING_COLUMNS, ...result.findings.map((f) => findingRow(f))]);

function findingRow(f: Finding): Cell[] {
  const s = f.suppression;
  const e = f.expiredSuppression;
  return [
    f.severity,
    f.ruleId,
    f.title,
    f.location.file,
    f.location.startLine,
    f.location.startColumn,
    f.location.endLine,
    f.location.endColumn,
    f.resource,
    f.message,
    f.controls.map((c) => `${c.framework}:${c.id}`).join('; '),
    (f.dataCategories ?? []).join('; '),
    findingState(f),
    s?.kind,
    s?.reason,
    s?.by,
    s?.expires,
    e ? `${e.kind}${e.expires ? ` expired ${e.expires}` : ''}${e.by ? ` (${e.by})` : ''}: ${e.reason}` : undefined,
    f.fingerprint,
    f.snippet,
  ];
}

/** Columns of the control-matrix CSV. */
export const CONTROL_COLUMNS = [
  'framework', 'id', 'title', 'kind', 'status', 'checks', 'findings', 'reason', 'attestation_status', 'attestation_owner', 'attestation_expires',
] as const;

/** The control matrix: one row per control of each framework, with its basis and attestation. */
export const renderControlsCsv: Reporter = (result: ScanResult) =>
  csv([
    CONTROL_COLUMNS,
    ...result.controls.map((c): Cell[] => [
      c.framework,
      c.id,
      c.title,
      c.kind,
      c.status,
      c.basis.checks.map((b) => b.id).join(' '),
      c.findings.length,
      c.basis.reason,
      c.basis.attestation?.status,
      c.basis.attestation?.owner,
      c.basis.attestation?.expires,
    ]),
  ]);
