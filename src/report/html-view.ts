/**
 * The HTML report's view model: everything the Handlebars templates show,
 * computed from the scan result (and the built-in control catalogs for group
 * titles and auditor guidance). Every field is present — `null` when there is
 * nothing to show — so the templates render in Handlebars' strict mode.
 * Strings taken from scanned files stay raw here; the templates escape them.
 */
import { SEVERITIES, type Severity } from '../checks/metadata.js';
import { BUILTIN_CATALOGS, loadFramework, type Control, type Framework } from '../controls/catalog.js';
import type { Finding, Suppression } from '../findings/finding.js';
import { compareStrings } from '../findings/order.js';
import type { AttestationRecord, ControlStatus, ScanResult } from '../scan-result.js';
import { barChart, donutChart, type BarChart, type DonutChart } from './charts.js';

const SHORT_NAMES: Readonly<Record<string, string>> = { hipaa: 'HIPAA', gdpr: 'GDPR' };

/** Report order of control statuses, with their labels and colour classes. */
const STATUSES: ReadonlyArray<{ status: ControlStatus; label: string }> = [
  { status: 'fail', label: 'Fail' },
  { status: 'pass', label: 'Pass' },
  { status: 'manual', label: 'Manual' },
  { status: 'not_applicable', label: 'Not applicable' },
];
const STATUS_LABEL = Object.fromEntries(STATUSES.map((s) => [s.status, s.label])) as Record<ControlStatus, string>;
const KIND_LABEL: Readonly<Record<string, string>> = { automated: 'automated', partly: 'partly automated', manual: 'manual' };
const SUPPRESSION_LABEL: Readonly<Record<string, string>> = { inline: 'inline comment', waiver: 'waiver', baseline: 'baseline' };
const ATTESTATION_LABEL: Readonly<Record<AttestationRecord['status'], string>> = {
  implemented: 'implemented',
  alternative: 'alternative measure',
  not_applicable: 'not applicable',
  not_implemented: 'not implemented',
};

export interface SuppressionView {
  kind: string;
  reason: string;
  by: string | null;
  expires: string | null;
}

export interface FindingView {
  severity: Severity;
  ruleId: string;
  title: string;
  message: string;
  file: string;
  /** `line` or `line:column`. */
  position: string;
  resource: string | null;
  snippet: string | null;
  dataCategories: string | null;
  /** e.g. `HIPAA 164.312(a)(1); GDPR Art.32(1)(a)`. */
  controls: string;
  fingerprint: string;
  suppression: SuppressionView | null;
  expiredSuppression: SuppressionView | null;
}

export interface EvidenceView {
  /** A file path (with its digest) or a URL — shown as text, never as a link. */
  label: string;
  sha256: string | null;
  missing: boolean;
}

export interface AttestationView {
  control: string;
  status: string;
  statement: string | null;
  owner: string;
  date: string;
  expires: string;
  applied: boolean;
  problem: string | null;
  evidence: EvidenceView[];
}

export interface CheckBasisView {
  id: string;
  title: string;
  severity: string;
  applicable: number;
  findings: number;
  skipped: string | null;
}

export interface ControlView {
  anchor: string;
  id: string;
  title: string;
  kind: string;
  requirement: string | null;
  status: ControlStatus;
  statusLabel: string;
  partial: boolean;
  reason: string;
  guidance: string | null;
  checks: CheckBasisView[];
  open: FindingView[];
  suppressed: FindingView[];
  attestations: AttestationView[];
}

export interface GroupView {
  title: string;
  controls: ControlView[];
}

export interface StatusCount {
  status: ControlStatus;
  label: string;
  count: number;
}

export interface FrameworkView {
  anchor: string;
  id: string;
  name: string;
  title: string;
  version: string | null;
  counts: StatusCount[];
  donut: DonutChart;
  failing: Array<{ anchor: string; id: string; title: string; findings: number }>;
  groups: GroupView[];
}

export interface HtmlView {
  title: string;
  cover: {
    target: string;
    commit: string | null;
    dirty: boolean | null;
    startedAt: string;
    durationMs: number;
    tool: string;
    bundleDigest: string;
    opaVersion: string;
    checks: number;
    frameworks: Array<{ name: string; title: string; version: string | null }>;
    configFile: string | null;
    failOn: string;
    diff: { since: string; files: string[] } | null;
  };
  summary: {
    total: number;
    open: number;
    suppressed: number;
    baselined: number;
    expired: number;
    bySeverity: BarChart;
    byCategory: BarChart;
    frameworks: FrameworkView[];
  };
  frameworks: FrameworkView[];
  findings: FindingView[];
  exceptions: {
    waiversFile: string | null;
    waivers: Array<{
      check: string;
      path: string;
      resource: string | null;
      reason: string;
      approvedBy: string;
      expires: string;
      status: string;
      matched: number;
    }>;
    baseline: { file: string; fingerprints: number; matched: number } | null;
  };
  attestations: AttestationView[];
  warnings: Array<{ message: string; where: string | null }>;
  errors: Array<{ file: string; where: string | null; reason: string }>;
  coverage: {
    files: number;
    parsed: number;
    lines: number;
    ignored: number;
    byType: Array<{ type: string; files: number; resources: number | null }>;
    skipped: Array<{ file: string; reason: string }>;
    skippedReasons: Array<{ reason: string; count: number }>;
  };
  checks: CheckBasisView[];
}

/** Optional fields a scan result may carry beyond the core contract (e.g. set by a git-aware caller). */
interface Provenance {
  git?: { commit?: unknown; dirty?: unknown };
}

/** Builds the whole view of a scan result. Pure apart from reading the (cached) built-in catalogs. */
export function buildHtmlView(result: ScanResult): HtmlView {
  const findingsByFingerprint = new Map(result.findings.map((f) => [f.fingerprint, f]));
  const views = new Map(result.findings.map((f) => [f, findingView(f)]));
  const view = (f: Finding): FindingView => views.get(f) ?? findingView(f);
  const checkById = new Map(result.checks.map((c) => [c.id, c]));

  // Findings by control, from each finding's own control references (suppressed ones included).
  const byControl = new Map<string, Finding[]>();
  for (const f of result.findings) {
    for (const ref of f.controls) {
      const key = controlKey(ref.framework, ref.id);
      const list = byControl.get(key) ?? [];
      list.push(f);
      byControl.set(key, list);
    }
  }
  const attestationsByControl = new Map<string, AttestationView[]>();
  const attestations = result.attestations.map((a) => {
    const v = attestationView(a);
    const list = attestationsByControl.get(a.control) ?? [];
    list.push(v);
    attestationsByControl.set(a.control, list);
    return v;
  });

  const frameworks = result.frameworks.map((fwId, index): FrameworkView => {
    const catalog = builtinCatalog(fwId);
    const name = SHORT_NAMES[fwId] ?? fwId;
    const controls = result.controls.filter((c) => c.framework === fwId);
    const catalogControls = new Map<string, Control>((catalog?.controls ?? []).map((c) => [c.id, c]));
    const controlViews = controls.map((c, i): { group: string | undefined; view: ControlView } => {
      const meta = catalogControls.get(c.id);
      const related = byControl.get(controlKey(fwId, c.id)) ?? [];
      const open = c.findings.map((fp) => findingsByFingerprint.get(fp)).filter((f): f is Finding => f !== undefined);
      return {
        group: meta?.group,
        view: {
          anchor: `control-${index + 1}-${i + 1}`,
          id: c.id,
          title: c.title,
          kind: KIND_LABEL[c.kind] ?? c.kind,
          requirement: meta?.requirement ?? null,
          status: c.status,
          statusLabel: STATUS_LABEL[c.status],
          partial: c.partial === true,
          reason: c.basis.reason,
          guidance: meta?.guidance ?? null,
          checks: c.basis.checks.map((b) => {
            const run = checkById.get(b.id);
            return {
              id: b.id,
              title: run?.title ?? '',
              severity: run?.severity ?? '',
              applicable: b.applicable,
              findings: b.findings,
              skipped: run?.skipped ?? null,
            };
          }),
          open: open.map(view),
          suppressed: related.filter((f) => f.suppression !== undefined).map(view),
          attestations: attestationsByControl.get(`${fwId}:${c.id}`) ?? [],
        },
      };
    });
    const groups: GroupView[] = [];
    for (const g of catalog?.groups ?? []) {
      const members = controlViews.filter((c) => c.group === g.id).map((c) => c.view);
      if (members.length > 0) groups.push({ title: g.title, controls: members });
    }
    const known = new Set((catalog?.groups ?? []).map((g) => g.id));
    const others = controlViews.filter((c) => c.group === undefined || !known.has(c.group)).map((c) => c.view);
    if (others.length > 0) groups.push({ title: catalog ? 'Other controls' : 'Controls', controls: others });

    const counts = STATUSES.map((s) => ({ status: s.status, label: s.label, count: controls.filter((c) => c.status === s.status).length }));
    return {
      anchor: `framework-${index + 1}`,
      id: fwId,
      name,
      title: catalog?.title ?? name,
      version: catalog?.version ?? null,
      counts,
      donut: donutChart(
        `${name} control status`,
        counts.map((c) => ({ label: c.label, value: c.count, tone: `status-${c.status}` })),
      ),
      failing: controlViews
        .filter((c) => c.view.status === 'fail')
        .map((c) => ({ anchor: c.view.anchor, id: c.view.id, title: c.view.title, findings: c.view.open.length })),
      groups,
    };
  });

  const s = result.summary.findings;
  const open = result.findings.filter((f) => f.suppression === undefined);
  const categories = new Map<string, number>();
  for (const f of open) {
    const list = f.dataCategories && f.dataCategories.length > 0 ? f.dataCategories : ['not classified'];
    for (const c of list) categories.set(c, (categories.get(c) ?? 0) + 1);
  }
  const categoryRows = [...categories]
    .sort(([a, x], [b, y]) => y - x || compareStrings(a, b))
    .map(([label, value]) => ({ label, value, tone: label === 'not classified' ? 'tone-neutral' : 'tone-category' }));

  const provenance = (result as ScanResult & Provenance).git;
  const skippedReasons = new Map<string, number>();
  for (const sk of result.coverage.skipped) skippedReasons.set(sk.reason, (skippedReasons.get(sk.reason) ?? 0) + 1);

  return {
    title: `Evident compliance report: ${result.target}`,
    cover: {
      target: result.target,
      commit: typeof provenance?.commit === 'string' ? provenance.commit : null,
      dirty: typeof provenance?.dirty === 'boolean' ? provenance.dirty : null,
      startedAt: formatTimestamp(result.startedAt),
      durationMs: result.durationMs,
      tool: `${result.tool.name} ${result.tool.version}`,
      bundleDigest: result.policyBundle.digest,
      opaVersion: result.policyBundle.opaVersion,
      checks: result.policyBundle.checks,
      frameworks: frameworks.map((f) => ({ name: f.name, title: f.title, version: f.version })),
      configFile: result.config.file,
      failOn: result.config.failOn,
      diff: result.diff ? { since: result.diff.since, files: result.diff.files } : null,
    },
    summary: {
      total: s.total,
      open: s.total - s.suppressed - s.baselined,
      suppressed: s.suppressed,
      baselined: s.baselined,
      expired: s.expired,
      bySeverity: barChart(
        'Open findings by severity',
        [...SEVERITIES].reverse().map((sev) => ({ label: sev, value: s.bySeverity[sev], tone: `severity-${sev}` })),
      ),
      byCategory: barChart('Open findings by personal-data category', categoryRows.length > 0 ? categoryRows : [{ label: 'none', value: 0, tone: 'tone-neutral' }]),
      frameworks,
    },
    frameworks,
    findings: result.findings.map(view),
    exceptions: {
      waiversFile: result.exceptions.waivers.file,
      waivers: result.exceptions.waivers.entries.map((w) => ({
        check: w.check,
        path: w.path,
        resource: w.resource ?? null,
        reason: w.reason,
        approvedBy: w.approvedBy,
        expires: w.expires,
        status: w.status,
        matched: w.matched,
      })),
      baseline: result.exceptions.baseline,
    },
    attestations,
    warnings: result.warnings.map((w) => ({ message: w.message, where: w.file === undefined ? null : `${w.file}${w.line !== undefined ? `:${w.line}` : ''}` })),
    errors: result.errors.map((e) => ({
      file: e.file,
      where: e.line === undefined ? null : `${e.line}${e.column !== undefined ? `:${e.column}` : ''}`,
      reason: e.reason,
    })),
    coverage: {
      files: result.coverage.files,
      parsed: result.coverage.parsed,
      lines: result.coverage.lines,
      ignored: result.coverage.ignored,
      byType: Object.entries(result.coverage.byType).map(([type, files]) => ({
        type,
        files: files ?? 0,
        resources: result.coverage.resources[type as keyof typeof result.coverage.resources] ?? null,
      })),
      skipped: result.coverage.skipped.map((sk) => ({ file: sk.file, reason: sk.reason })),
      skippedReasons: [...skippedReasons].sort(([a], [b]) => compareStrings(a, b)).map(([reason, count]) => ({ reason, count })),
    },
    checks: result.checks.map((c) => ({
      id: c.id,
      title: c.title,
      severity: c.severity,
      applicable: c.applicable,
      findings: c.findings,
      skipped: c.skipped ?? null,
    })),
  };
}

function controlKey(framework: string, id: string): string {
  return `${framework}\u0000${id}`;
}

/** The built-in catalog of a framework id, or undefined for a custom framework (its controls are then listed ungrouped). */
function builtinCatalog(id: string): Framework | undefined {
  return BUILTIN_CATALOGS[id] === undefined ? undefined : loadFramework(id);
}

function findingView(f: Finding): FindingView {
  const loc = f.location;
  const controls: string[] = [];
  const frameworks = [...new Set(f.controls.map((c) => c.framework as string))];
  for (const fw of frameworks) {
    controls.push(`${SHORT_NAMES[fw] ?? fw} ${f.controls.filter((c) => c.framework === fw).map((c) => c.id).join(', ')}`);
  }
  return {
    severity: f.severity,
    ruleId: f.ruleId,
    title: f.title,
    message: f.message,
    file: loc.file,
    position: `${loc.startLine}${loc.startColumn !== undefined ? `:${loc.startColumn}` : ''}`,
    resource: f.resource ?? null,
    snippet: f.snippet ?? null,
    dataCategories: f.dataCategories && f.dataCategories.length > 0 ? f.dataCategories.join(', ') : null,
    controls: controls.join('; '),
    fingerprint: f.fingerprint,
    suppression: f.suppression ? suppressionView(f.suppression) : null,
    expiredSuppression: f.expiredSuppression ? suppressionView(f.expiredSuppression) : null,
  };
}

function suppressionView(s: Suppression): SuppressionView {
  return { kind: SUPPRESSION_LABEL[s.kind] ?? s.kind, reason: s.reason, by: s.by ?? null, expires: s.expires ?? null };
}

function attestationView(a: AttestationRecord): AttestationView {
  return {
    control: a.control,
    status: ATTESTATION_LABEL[a.status] ?? a.status,
    statement: a.statement === '' ? null : a.statement,
    owner: a.owner,
    date: a.date,
    expires: a.expires,
    applied: a.applied,
    problem: a.problem ?? null,
    evidence: a.evidence.map((e) =>
      'url' in e
        ? { label: e.url, sha256: null, missing: false }
        : { label: e.file, sha256: e.sha256 ?? null, missing: e.missing === true },
    ),
  };
}

/** `2025-01-31T12:00:00.000Z` → `2025-01-31 12:00:00 UTC`; anything else unchanged. */
function formatTimestamp(iso: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}:\d{2})(?:\.\d+)?Z$/.exec(iso);
  return m ? `${m[1]} ${m[2]} UTC` : iso;
}
