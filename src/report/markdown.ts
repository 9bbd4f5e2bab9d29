/**
 * Markdown for a pull-request comment or a CI job summary: the verdict, a
 * table of control statuses per framework, findings counted as new /
 * baselined / suppressed, the ten most severe new findings, the failing
 * controls, expired exceptions, warnings and parse errors. Scanned content is
 * escaped (Markdown and HTML); the whole stays under GitHub's comment limit,
 * long lists ending with "…and N more".
 */
import type { Finding } from '../findings/finding.js';
import type { ScanResult } from '../scan-result.js';
import { bySeverity, controlsText, findingsByFingerprint, findingsOfControl, findingState, frameworkName, locationText, SEVERITIES_DESC } from './model.js';
import type { Reporter } from './types.js';

/** GitHub rejects comments above 65,536 characters; stay well below. */
export const MARKDOWN_LIMIT = 60_000;
/** How many new findings the table shows. */
const TOP_FINDINGS = 10;
/** Room kept for the lines that close the document after a truncated list. */
const RESERVE = 1_000;
/** Longest message or reason shown in a table cell. */
const CELL_MAX = 300;

/**
 * Escapes text for Markdown outside code: backslash-escapes the characters
 * that start formatting or links (and `|`, which ends a table cell), turns
 * `<`, `>` and `&` into entities so no HTML gets through, and puts a line on
 * one line.
 */
export function mdText(value: string): string {
  return value
    .replace(/\r\n?|\n/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]#|~])/g, '\\$1');
}

/**
 * A code span holding `value` verbatim: a backtick fence longer than any run
 * of backticks inside, `|` escaped for tables (GFM), one line.
 */
export function mdCode(value: string): string {
  const text = value.replace(/\r\n?|\n/g, ' ').replace(/\|/g, '\\|');
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

function clip(value: string, max = CELL_MAX): string {
  return value.length > max ? `${value.slice(0, max - 1)}…` : value;
}

/** Collects lines and knows how many UTF-8 bytes they take. */
class Doc {
  readonly lines: string[] = [];
  private bytes = 0;
  push(...lines: string[]): void {
    for (const line of lines) {
      this.lines.push(line);
      this.bytes += Buffer.byteLength(line, 'utf8') + 1;
    }
  }
  /** Whether `line` fits while keeping `RESERVE` bytes for the end of the document. */
  fits(line: string): boolean {
    return this.bytes + Buffer.byteLength(line, 'utf8') + 1 + RESERVE <= MARKDOWN_LIMIT;
  }
  /** Pushes items while they fit, then "…and N more <what>". */
  list(items: readonly string[], what: string): void {
    let shown = 0;
    for (const item of items) {
      if (!this.fits(item)) break;
      this.push(item);
      shown++;
    }
    if (shown < items.length) this.push('', `…and ${items.length - shown} more ${what}`);
  }
}

/** Renders the result as a Markdown summary. */
export const renderMarkdown: Reporter = (result: ScanResult) => {
  const doc = new Doc();
  const s = result.summary.findings;
  const open = result.findings.filter((f) => findingState(f) === 'new');
  const failing = result.controls.filter((c) => c.status === 'fail');
  const verdict = open.length === 0 && failing.length === 0 ? '✅' : '❌';
  doc.push(`## ${verdict} Evident compliance scan`, '');
  const severities = SEVERITIES_DESC.filter((sev) => s.bySeverity[sev] > 0).map((sev) => `${s.bySeverity[sev]} ${sev}`);
  doc.push(
    `**${s.new} new finding${s.new === 1 ? '' : 's'}**${severities.length > 0 ? ` (${severities.join(', ')})` : ''}` +
      ` · ${s.baselined} baselined · ${s.suppressed} suppressed` +
      (s.expired > 0 ? ` · ${s.expired} with an expired exception` : '') +
      (result.errors.length > 0 ? ` · ${result.errors.length} parse error${result.errors.length === 1 ? '' : 's'}` : ''),
    '',
  );
  doc.push(
    `Scanned ${mdCode(result.target)}: ${result.coverage.files} files, ${result.coverage.lines} lines · ` +
      `${mdText(result.tool.name)} ${mdText(result.tool.version)} · policy bundle ${mdCode(result.policyBundle.digest.slice(0, 19))} · fail on ${mdText(result.config.failOn)}`,
    '',
  );
  if (result.diff) {
    doc.push(
      `> Diff scan: only the ${result.diff.files.length} file${result.diff.files.length === 1 ? '' : 's'} changed since ${mdCode(result.diff.since)} ` +
        'were reported on, so control statuses are partial.',
      '',
    );
  }

  doc.push('| Framework | Pass | Fail | Manual | N/A |', '|---|---:|---:|---:|---:|');
  for (const fw of result.frameworks) {
    const c = result.summary.controls[fw] ?? { pass: 0, fail: 0, manual: 0, not_applicable: 0 };
    doc.push(`| ${mdText(frameworkName(fw))} | ${c.pass} | ${c.fail} | ${c.manual} | ${c.not_applicable} |`);
  }
  doc.push('');

  if (open.length > 0) {
    const top = bySeverity(open).slice(0, TOP_FINDINGS);
    doc.push(`### Most severe new findings`, '', '| Severity | Rule | Location | Message | Controls |', '|---|---|---|---|---|');
    for (const f of top) doc.push(findingRow(f, result.frameworks));
    if (open.length > top.length) doc.push('', `…and ${open.length - top.length} more new findings`);
    doc.push('');
  }

  if (failing.length > 0) {
    const index = findingsByFingerprint(result);
    doc.push('### Failing controls', '');
    doc.list(
      failing.map((c) => {
        const n = findingsOfControl(c, index).length;
        const why = n > 0 ? `${n} finding${n === 1 ? '' : 's'}` : mdText(clip(c.basis.reason));
        return `- **${mdText(frameworkName(c.framework))} ${mdText(c.id)}** ${mdText(c.title)} — ${why}`;
      }),
      'failing controls',
    );
    doc.push('');
  }

  const expired = result.findings.filter((f) => !f.suppression && f.expiredSuppression);
  if (expired.length > 0) {
    doc.push('### Expired exceptions', '', 'These findings were covered by an exception that has expired; they count as new.', '');
    doc.list(
      expired.map((f) => {
        const e = f.expiredSuppression as NonNullable<Finding['expiredSuppression']>;
        return `- ${mdText(f.ruleId)} ${mdCode(locationText(f.location))}: ${e.kind}${e.expires ? ` expired ${mdText(e.expires)}` : ''}${e.by ? ` (${mdText(e.by)})` : ''} — ${mdText(clip(e.reason))}`;
      }),
      'expired exceptions',
    );
    doc.push('');
  }

  if (result.warnings.length > 0) {
    doc.push('### Warnings', '');
    doc.list(
      result.warnings.map((w) => `- ${w.file !== undefined ? `${mdCode(w.line !== undefined ? `${w.file}:${w.line}` : w.file)}: ` : ''}${mdText(clip(w.message))}`),
      'warnings',
    );
    doc.push('');
  }

  if (result.errors.length > 0) {
    doc.push('### Parse errors', '', 'These files were not (fully) analysed.', '');
    doc.list(
      result.errors.map((e) => {
        const where = e.line !== undefined ? `${e.file}:${e.line}${e.column !== undefined ? `:${e.column}` : ''}` : e.file;
        return `- ${mdCode(where)}: ${mdText(clip(e.reason))}`;
      }),
      'parse errors',
    );
    doc.push('');
  }

  if (result.coverage.skipped.length > 0) {
    const n = result.coverage.skipped.length;
    doc.push(`<details><summary>${n} skipped file${n === 1 ? '' : 's'}</summary>`, '');
    doc.list(result.coverage.skipped.map((k) => `- ${mdCode(k.file)}: ${mdText(k.reason)}`), 'skipped files');
    doc.push('', '</details>', '');
  }

  doc.push(`<sub>Generated by ${mdText(result.tool.name)} ${mdText(result.tool.version)} from the scan started ${mdText(result.startedAt)}.</sub>`);
  return `${doc.lines.join('\n')}\n`;
};

function findingRow(f: Finding, frameworks: readonly string[]): string {
  const controls = controlsText(f, frameworks);
  const expired = f.expiredSuppression ? ' (exception expired)' : '';
  return `| ${f.severity} | ${mdText(f.ruleId)} | ${mdCode(locationText(f.location))} | ${mdText(clip(f.message))}${expired} | ${mdText(controls)} |`;
}
