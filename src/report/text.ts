import { SEVERITIES, type Severity } from '../checks/metadata.js';
import type { Finding } from '../findings/finding.js';
import { compareStrings } from '../findings/order.js';
import type { ControlResult, ScanResult } from '../scan-result.js';
import type { ReportOptions, Reporter } from './types.js';

const FRAMEWORK_NAMES: Record<string, string> = { hipaa: 'HIPAA', gdpr: 'GDPR' };
const frameworkName = (id: string): string => FRAMEWORK_NAMES[id] ?? id;

const ANSI = {
  bold: [1, 22],
  dim: [2, 22],
  red: [31, 39],
  green: [32, 39],
  yellow: [33, 39],
  blue: [34, 39],
  magenta: [35, 39],
  cyan: [36, 39],
} as const;

type Style = keyof typeof ANSI;

function painter(color: boolean): (style: Style, text: string) => string {
  return (style, text) => (color ? `\u001b[${ANSI[style][0]}m${text}\u001b[${ANSI[style][1]}m` : text);
}

const SEVERITY_STYLE: Record<Severity, Style> = { critical: 'magenta', high: 'red', medium: 'yellow', low: 'blue' };

/**
 * Human-readable report: findings grouped by file (with severity, check and
 * controls), then control status per framework with the failing controls,
 * then parse errors, warnings (suppressions and waivers that need a person),
 * skipped files and a one-line verdict per framework. Suppressed findings
 * carry `[suppressed: …]`, findings whose exception has expired
 * `[expired suppression: …]`.
 */
export const renderText: Reporter = (result: ScanResult, options: ReportOptions = {}) => {
  const paint = painter(options.color === true);
  const out: string[] = [];
  const cov = result.coverage;
  const types = Object.entries(cov.byType).map(([t, n]) => `${t} ${n}`).join(', ');
  out.push(
    `${paint('bold', `${result.tool.name} ${result.tool.version}`)} scanned ${result.target}: ${cov.files} files (${types || 'none'}), ${cov.lines} lines` +
      (result.errors.length > 0 ? `, ${result.errors.length} parse error${result.errors.length === 1 ? '' : 's'}` : ''),
  );
  out.push('');

  const byFile = new Map<string, Finding[]>();
  for (const f of result.findings) {
    const list = byFile.get(f.location.file) ?? [];
    list.push(f);
    byFile.set(f.location.file, list);
  }
  if (byFile.size === 0) {
    out.push(paint('green', 'No findings.'));
    out.push('');
  }
  for (const [file, findings] of byFile) {
    out.push(paint('bold', file));
    for (const f of findings) {
      const where = `${f.location.startLine}${f.location.startColumn !== undefined ? `:${f.location.startColumn}` : ''}`;
      const sev = paint(SEVERITY_STYLE[f.severity], f.severity.padEnd(8));
      const suppressed = f.suppression ? paint('dim', ` [suppressed: ${f.suppression.kind}, ${f.suppression.reason}${f.suppression.expires ? `, until ${f.suppression.expires}` : ''}]`) : '';
      const old = !f.suppression ? f.expiredSuppression : undefined;
      const expired = old
        ? paint('yellow', ` [expired suppression: ${old.kind}, ${old.reason}${old.by ? `, approved by ${old.by}` : ''}${old.expires ? `, until ${old.expires}` : ''}]`)
        : '';
      out.push(`  ${where.padEnd(7)} ${sev} ${paint('cyan', f.ruleId)}  ${f.message}${suppressed}${expired}`);
      const controls = formatControls(f);
      if (controls) out.push(`          ${paint('dim', controls)}`);
      if (f.snippet) out.push(`          ${paint('dim', `> ${f.snippet}`)}`);
    }
    out.push('');
  }

  for (const framework of result.frameworks) {
    const controls = result.controls.filter((c) => c.framework === framework);
    const failing = controls.filter((c) => c.status === 'fail');
    out.push(`${paint('bold', `${frameworkName(framework)} controls`)}: ${statusLine(controls, paint)}`);
    for (const c of failing) {
      out.push(`  ${paint('red', 'fail')}  ${c.id} ${c.title} — ${c.findings.length} finding${c.findings.length === 1 ? '' : 's'}`);
    }
    const passing = controls.filter((c) => c.status === 'pass');
    for (const c of passing) out.push(`  ${paint('green', 'pass')}  ${c.id} ${c.title} — ${c.basis.reason}`);
    out.push('');
  }

  if (result.errors.length > 0) {
    out.push(paint('bold', 'Parse errors (these files were not fully analysed)'));
    for (const e of result.errors) {
      const where = e.line !== undefined ? `:${e.line}${e.column !== undefined ? `:${e.column}` : ''}` : '';
      out.push(`  ${e.file}${where}  ${e.reason}`);
    }
    out.push('');
  }
  if (result.warnings.length > 0) {
    out.push(paint('bold', 'Warnings'));
    for (const w of result.warnings) {
      const where = w.file !== undefined ? `${w.file}${w.line !== undefined ? `:${w.line}` : ''}  ` : '';
      out.push(`  ${paint('yellow', '!')} ${where}${w.message}`);
    }
    out.push('');
  }
  if (cov.skipped.length > 0) {
    const reasons = new Map<string, number>();
    for (const s of cov.skipped) reasons.set(s.reason, (reasons.get(s.reason) ?? 0) + 1);
    const parts = [...reasons].sort(([a], [b]) => compareStrings(a, b)).map(([r, n]) => `${n} × ${r}`);
    out.push(`${paint('dim', `Skipped ${cov.skipped.length}: ${parts.join('; ')}`)}`);
    out.push('');
  }

  const s = result.summary.findings;
  const sevParts = [...SEVERITIES].reverse().filter((sev) => s.bySeverity[sev] > 0).map((sev) => `${s.bySeverity[sev]} ${sev}`);
  out.push(
    `${paint('bold', `${s.total} finding${s.total === 1 ? '' : 's'}`)}${sevParts.length > 0 ? ` (${sevParts.join(', ')})` : ''}, ${s.suppressed} suppressed`,
  );
  for (const framework of result.frameworks) {
    const c = result.summary.controls[framework];
    if (!c) continue;
    const mapped = result.findings.filter((f) => f.controls.some((ref) => ref.framework === framework));
    const open = mapped.filter((f) => !f.suppression).length;
    const baselined = mapped.filter((f) => f.suppression?.kind === 'baseline').length;
    const suppressed = mapped.filter((f) => f.suppression && f.suppression.kind !== 'baseline').length;
    const expired = mapped.filter((f) => !f.suppression && f.expiredSuppression).length;
    out.push(
      `${frameworkName(framework)}: controls ${c.pass} pass, ${c.fail} fail, ${c.manual} manual, ${c.not_applicable} not applicable` +
        `${result.diff ? ' (partial: diff scan)' : ''}; findings ${open} new, ${baselined} baselined, ${suppressed} suppressed, ${expired} expired`,
    );
  }
  return `${out.join('\n')}\n`;
};

function formatControls(f: Finding): string {
  const parts: string[] = [];
  // Built-in and custom frameworks, in the order the finding lists them.
  for (const fw of new Set(f.controls.map((c) => c.framework))) {
    const ids = f.controls.filter((c) => c.framework === fw).map((c) => c.id);
    if (ids.length > 0) parts.push(`${frameworkName(fw)} ${ids.join(', ')}`);
  }
  return parts.join(' · ');
}

function statusLine(controls: readonly ControlResult[], paint: (s: Style, t: string) => string): string {
  const count = (status: ControlResult['status']): number => controls.filter((c) => c.status === status).length;
  return [
    paint('red', `${count('fail')} fail`),
    paint('green', `${count('pass')} pass`),
    `${count('manual')} manual`,
    `${count('not_applicable')} not applicable`,
  ].join(', ');
}
