/**
 * SARIF 2.1.0 (OASIS): one run whose driver describes every check of the scan
 * as a rule, one result per finding (suppressed ones included, with their
 * `suppressions`), parse errors and skipped files as tool execution
 * notifications, warnings as tool configuration notifications. Locations are
 * relative to the scan root (`uriBaseId: SRCROOT`). Valid against the OASIS
 * schema (test/report/schemas/sarif-schema-2.1.0.json); accepted by GitHub
 * code scanning (`security-severity`, `partialFingerprints`).
 */
import type { CheckMeta, Severity } from '../checks/metadata.js';
import type { Finding, Suppression } from '../findings/finding.js';
import type { CheckRun, ScanResult } from '../scan-result.js';
import { endedAt, frameworkTitle, pathToUriReference, startedAtIso } from './model.js';
import type { ReportOptions, Reporter } from './types.js';

const SARIF_SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
/** Where Evident is described; used as the driver's informationUri. */
export const EVIDENT_URI = 'https://evident.dev';
/** The key of our fingerprint in `partialFingerprints`. */
export const FINGERPRINT_KEY = 'evident/v1';
const SRCROOT = 'SRCROOT';

type Level = 'error' | 'warning' | 'note';

/** critical/high → error, medium → warning, low → note. */
export const SARIF_LEVEL: Readonly<Record<Severity, Level>> = { critical: 'error', high: 'error', medium: 'warning', low: 'note' };

/** GitHub's `security-severity` scale (0.0–10.0; ≥9 critical, ≥7 high, ≥4 medium, else low). */
export const SECURITY_SEVERITY: Readonly<Record<Severity, string>> = { critical: '9.5', high: '8.0', medium: '5.5', low: '2.0' };

interface Message {
  text: string;
  markdown?: string;
}

interface ArtifactLocation {
  uri?: string;
  uriBaseId?: string;
  description?: Message;
}

interface Region {
  startLine: number;
  startColumn?: number;
  endLine?: number;
  endColumn?: number;
  snippet?: { text: string };
}

interface Location {
  physicalLocation: { artifactLocation: ArtifactLocation; region?: Region };
  logicalLocations?: Array<{ fullyQualifiedName: string; kind: string }>;
}

interface ReportingDescriptor {
  id: string;
  name: string;
  shortDescription: Message;
  fullDescription: Message;
  help: Message;
  defaultConfiguration: { enabled?: boolean; level: Level };
  properties: Record<string, unknown>;
}

interface SarifSuppression {
  kind: 'inSource' | 'external';
  status: 'accepted';
  justification: string;
  properties: Record<string, unknown>;
}

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  kind: 'fail';
  level: Level;
  message: Message;
  locations: Location[];
  partialFingerprints: Record<string, string>;
  baselineState?: 'new' | 'unchanged';
  suppressions?: SarifSuppression[];
  properties: Record<string, unknown>;
}

interface Notification {
  descriptor: { id: string; index: number };
  level: Level;
  message: Message;
  locations?: Location[];
}

/** Notification descriptors of the driver, by id; their index is their position. */
const NOTIFICATIONS = [
  { id: 'parse-error', text: 'A file could not be parsed; it was not (fully) analysed.' },
  { id: 'skipped-file', text: 'A file was deliberately not analysed (vendored, generated, binary, too large…).' },
  { id: 'scan-warning', text: 'A problem that did not stop the scan but needs a person: an exception without a reason, an expired waiver or attestation…' },
] as const;

type NotificationId = (typeof NOTIFICATIONS)[number]['id'];

function descriptor(id: NotificationId): { id: string; index: number } {
  return { id, index: NOTIFICATIONS.findIndex((n) => n.id === id) };
}

/** Renders the result as a SARIF 2.1.0 log (pretty-printed JSON). */
export const renderSarif: Reporter = (result: ScanResult, options: ReportOptions = {}) => {
  const meta = new Map((options.checks ?? []).map((c) => [c.id, c]));
  const checks = [...result.checks];
  // A finding of a check the result does not list still needs a rule.
  for (const f of result.findings) {
    if (!checks.some((c) => c.id === f.ruleId)) {
      checks.push({ id: f.ruleId, title: f.title, severity: f.severity, engine: 'rego', applicable: 0, findings: 0 });
    }
  }
  const ruleIndex = new Map(checks.map((c, i) => [c.id, i]));
  const rules = checks.map((run) => rule(run, meta.get(run.id), result));

  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: result.tool.name,
            ...(semver(result.tool.version) ? { semanticVersion: result.tool.version } : {}),
            version: result.tool.version,
            informationUri: EVIDENT_URI,
            rules,
            notifications: NOTIFICATIONS.map((n) => ({ id: n.id, shortDescription: { text: n.text } })),
          },
        },
        invocations: [
          {
            executionSuccessful: true,
            startTimeUtc: startedAtIso(result),
            endTimeUtc: endedAt(result),
            toolExecutionNotifications: [
              ...result.errors.map((e): Notification => ({
                descriptor: descriptor('parse-error'),
                level: 'error',
                message: { text: e.reason },
                locations: [fileLocation(e.file, e.line, e.column)],
              })),
              ...result.coverage.skipped.map((s): Notification => ({
                descriptor: descriptor('skipped-file'),
                level: 'note',
                message: { text: `skipped: ${s.reason}` },
                locations: [fileLocation(s.file)],
              })),
            ],
            toolConfigurationNotifications: result.warnings.map((w): Notification => ({
              descriptor: descriptor('scan-warning'),
              level: 'warning',
              message: { text: w.message },
              ...(w.file !== undefined ? { locations: [fileLocation(w.file, w.line)] } : {}),
            })),
          },
        ],
        originalUriBaseIds: { [SRCROOT]: srcRoot(result.target) },
        results: result.findings.map((f) => sarifResult(f, ruleIndex.get(f.ruleId) ?? 0, result)),
        properties: {
          target: result.target,
          policyBundle: result.policyBundle,
          frameworks: result.frameworks,
          config: result.config,
          summary: result.summary,
          ...(result.diff ? { diff: result.diff } : {}),
        },
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};

function rule(run: CheckRun, meta: CheckMeta | undefined, result: ScanResult): ReportingDescriptor {
  const controls = ruleControls(run.id, meta, result);
  const description = meta?.description ?? run.title;
  const remediation = meta?.remediation;
  const controlLines = Object.entries(controls).map(([fw, ids]) => `${frameworkTitle(fw)}: ${ids.join(', ')}`);
  const references = meta?.references ?? [];
  const helpText = [
    description,
    ...(remediation ? ['', `Remediation: ${remediation}`] : []),
    ...(controlLines.length > 0 ? ['', 'Controls:', ...controlLines.map((l) => `- ${l}`)] : []),
    ...(references.length > 0 ? ['', 'References:', ...references.map((r) => `- ${r}`)] : []),
  ].join('\n');
  const helpMarkdown = [
    description,
    ...(remediation ? ['', `**Remediation:** ${remediation}`] : []),
    ...(controlLines.length > 0 ? ['', '**Controls:**', '', ...controlLines.map((l) => `- ${l}`)] : []),
    ...(references.length > 0 ? ['', '**References:**', '', ...references.map((r) => `- <${r}>`)] : []),
  ].join('\n');
  const input = meta?.selector.input;
  return {
    id: run.id,
    name: ruleName(meta?.slug ?? run.title),
    shortDescription: { text: run.title },
    fullDescription: { text: description },
    help: { text: helpText, markdown: helpMarkdown },
    defaultConfiguration: { ...(run.skipped !== undefined ? { enabled: false } : {}), level: SARIF_LEVEL[run.severity] },
    properties: {
      severity: run.severity,
      'security-severity': SECURITY_SEVERITY[run.severity],
      tags: ['compliance', 'security', ...(input ? [input] : []), ...Object.keys(controls)],
      controls,
      engine: run.engine,
      ...(meta?.aliases && meta.aliases.length > 0 ? { aliases: meta.aliases } : {}),
      ...(run.skipped !== undefined ? { skipped: run.skipped } : {}),
    },
  };
}

/**
 * The controls of a check per reported framework: those its metadata names
 * (in that order), then those whose basis lists the check (custom frameworks),
 * then those its findings name.
 */
function ruleControls(checkId: string, meta: CheckMeta | undefined, result: ScanResult): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const add = (framework: string, id: string): void => {
    if (!result.frameworks.includes(framework)) return;
    const list = (out[framework] ??= []);
    if (!list.includes(id)) list.push(id);
  };
  for (const fw of result.frameworks) {
    for (const id of (meta?.controls as Partial<Record<string, string[]>> | undefined)?.[fw] ?? []) add(fw, id);
    for (const c of result.controls) if (c.framework === fw && c.basis.checks.some((b) => b.id === checkId)) add(fw, c.id);
    for (const f of result.findings) if (f.ruleId === checkId) for (const c of f.controls) if (c.framework === fw) add(fw, c.id);
  }
  return out;
}

function sarifResult(f: Finding, ruleIndex: number, result: ScanResult): SarifResult {
  const region: Region = { startLine: f.location.startLine };
  if (f.location.startColumn !== undefined) region.startColumn = f.location.startColumn;
  if (f.location.endLine !== undefined) region.endLine = f.location.endLine;
  if (f.location.endColumn !== undefined) region.endColumn = f.location.endColumn;
  if (f.snippet !== undefined) region.snippet = { text: f.snippet };
  const location: Location = {
    physicalLocation: { artifactLocation: { uri: pathToUriReference(f.location.file), uriBaseId: SRCROOT }, region },
    ...(f.resource !== undefined ? { logicalLocations: [{ fullyQualifiedName: f.resource, kind: 'resource' }] } : {}),
  };
  const controls: Record<string, string[]> = {};
  for (const c of f.controls) (controls[c.framework] ??= []).push(c.id);
  return {
    ruleId: f.ruleId,
    ruleIndex,
    kind: 'fail',
    level: SARIF_LEVEL[f.severity],
    message: { text: f.message },
    locations: [location],
    partialFingerprints: { [FINGERPRINT_KEY]: f.fingerprint },
    ...(result.exceptions.baseline !== null ? { baselineState: f.suppression?.kind === 'baseline' ? ('unchanged' as const) : ('new' as const) } : {}),
    ...(f.suppression ? { suppressions: [suppression(f.suppression)] } : {}),
    properties: {
      severity: f.severity,
      title: f.title,
      controls,
      ...(f.dataCategories && f.dataCategories.length > 0 ? { dataCategories: f.dataCategories } : {}),
      ...(f.resource !== undefined ? { resource: f.resource } : {}),
      // An expired exception is not a suppression: the finding is open, and says why it is back.
      ...(f.expiredSuppression ? { expiredSuppression: f.expiredSuppression } : {}),
    },
  };
}

function suppression(s: Suppression): SarifSuppression {
  return {
    kind: s.kind === 'inline' ? 'inSource' : 'external',
    status: 'accepted',
    justification: s.reason,
    properties: { evidentKind: s.kind, ...(s.by !== undefined ? { by: s.by } : {}), ...(s.expires !== undefined ? { expires: s.expires } : {}) },
  };
}

function fileLocation(file: string, line?: number, column?: number): Location {
  const region: Region | undefined = line !== undefined ? { startLine: line, ...(column !== undefined ? { startColumn: column } : {}) } : undefined;
  return { physicalLocation: { artifactLocation: { uri: pathToUriReference(file), uriBaseId: SRCROOT }, ...(region ? { region } : {}) } };
}

/**
 * The scan root as an `originalUriBaseIds` entry: an absolute `file:` URI when
 * the target is an absolute path; otherwise only a description, because a
 * relative root cannot be a base URI and reporters do not look at the disk.
 */
function srcRoot(target: string): ArtifactLocation {
  const description = { text: `The scan root: ${target} (finding paths are relative to it).` };
  const posix = target.replace(/\\/g, '/');
  if (posix.startsWith('/') || /^[A-Za-z]:\//.test(posix)) {
    const path = posix.startsWith('/') ? posix : `/${posix}`;
    return { uri: `file://${pathToUriReference(path).replace(/%3A/g, ':')}${path.endsWith('/') ? '' : '/'}`, description };
  }
  return { description };
}

/** `sensitive-data-in-logs` / `s3_bucket_unencrypted` / a title → `SensitiveDataInLogs`. */
function ruleName(text: string): string {
  return text
    .split(/[^A-Za-z0-9]+/)
    .filter((w) => w !== '')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('');
}

function semver(version: string): boolean {
  return /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/.test(version);
}
