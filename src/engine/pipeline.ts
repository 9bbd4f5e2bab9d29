import { statSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { FRAMEWORKS, SEVERITIES, type CheckInfo, type FrameworkId, type Severity } from '../checks/metadata.js';
import { buildCatalog, type CheckCatalog } from '../checks/registry.js';
import { loadConfig, type ConfigFile } from '../config/load.js';
import { loadFramework, type Framework } from '../controls/catalog.js';
import { evaluateControls } from '../controls/evaluate.js';
import { discover, type DiscoveredFile } from '../discover/walk.js';
import { readText } from '../discover/read.js';
import { ConfigError, describeThrown, UsageError } from '../errors.js';
import type { Finding, RawFinding } from '../findings/finding.js';
import { assignFingerprints } from '../findings/fingerprint.js';
import { compareFindings, compareStrings } from '../findings/order.js';
import { redactAssignedValue, redactText } from '../findings/redact.js';
import { toolInfo } from '../package-root.js';
import { iacFormats, type IacInputType } from '../parsers/index.js';
import { isKubernetesManifest } from '../parsers/kubernetes.js';
import type { FileError, InputType, NormalizedResource, ParsedDocument, SkippedFile, SourceText } from '../parsers/types.js';
import type { CheckRun, ScanResult } from '../scan-result.js';
import type { CodeRule } from './code/define-rule.js';
import { PolicyEngine, type RegoFinding } from './rego.js';

export interface ScanOptions {
  /** Files or folders to scan. Default: the current directory. */
  paths?: string[];
  /** Folder that finding paths are relative to. Default: the single folder scanned, else the current directory. */
  root?: string;
  /** Explicit config file; default: .evident.yml in the root, if any. */
  configPath?: string;
  /** Frameworks to report; default: the config's, else every built-in framework. */
  frameworks?: FrameworkId[];
  /** Overrides the config's failOn (recorded in the result). */
  failOn?: Severity | 'none';
  /** Policy bundle folder; default: the one shipped with Evident. */
  bundleDir?: string;
  /** Filled with per-stage timings and counts (for the bench); not part of the result. */
  stats?: ScanStats;
}

export interface StageStats {
  ms: number;
  files: number;
  lines: number;
  bytes: number;
}

export interface ScanStats {
  discover: StageStats;
  /** Per input type: reading and parsing files into documents. */
  parse: Partial<Record<InputType, StageStats>>;
  /** Rego evaluation of IaC documents. */
  evaluate: StageStats & { documents: number; resources: number };
  /** Source-code analysis (parse + rules in one walk). */
  code: StageStats;
  /** Findings, controls and result assembly. */
  assemble: StageStats;
  total: StageStats;
}

const DEFAULT_MAX_FILE_SIZE = 5 * 1024 * 1024;

/** Runs a whole scan: discover → parse → evaluate → findings → controls. Never prints, never exits. */
export async function scan(options: ScanOptions = {}): Promise<ScanResult> {
  const startedAt = new Date();
  const t0 = performance.now();
  const stats = options.stats;
  const given = (options.paths && options.paths.length > 0 ? options.paths : ['.']).map((p) => resolve(p));
  const root = resolve(options.root ?? defaultRoot(given));
  const { path: configPath, config } = loadConfig(root, options.configPath);
  const frameworks = selectFrameworks(options.frameworks ?? config.frameworks);
  const failOn = options.failOn ?? config.failOn ?? 'low';

  const engine = await PolicyEngine.load(options.bundleDir);
  const { codeRules } = await import('../rules/index.js');
  const catalog = buildCatalog(
    engine.manifest,
    codeRules.map((rule) => ({ meta: rule.meta, source: `src/rules/${rule.meta.slug}.ts` })),
  );
  const disabled = resolveDisabled(catalog, config);

  let mark = performance.now();
  const discovery = discover({
    root,
    paths: given,
    exclude: config.exclude,
    maxFileSize: config.maxFileSize ?? DEFAULT_MAX_FILE_SIZE,
  });
  if (stats) stats.discover = { ms: performance.now() - mark, files: discovery.files.length, lines: 0, bytes: 0 };

  const state = new ScanState(catalog, disabled, stats);
  state.skipped.push(...discovery.skipped);

  // IaC: group files by directory per format (a Terraform module, a folder of manifests).
  const groups = new Map<IacInputType, Map<string, Array<{ file: DiscoveredFile; text: string }>>>();
  const sources: DiscoveredFile[] = [];
  for (const file of discovery.files) {
    if (file.candidate === 'source') {
      sources.push(file);
      continue;
    }
    const t = performance.now();
    const read = readText(file.absolutePath);
    if (read.kind === 'skip') {
      state.skipped.push({ file: file.path, reason: read.reason });
      continue;
    }
    let type: IacInputType;
    if (file.candidate === 'yaml') {
      if (read.kind === 'error' || !isKubernetesManifest(read.text)) {
        state.skipped.push({ file: file.path, reason: read.kind === 'error' ? read.reason : 'YAML file that is not a Kubernetes manifest (no apiVersion and kind)' });
        continue;
      }
      type = 'kubernetes';
    } else {
      type = file.candidate;
    }
    state.countFile(type, file.size);
    if (read.kind === 'error') {
      state.errors.push({ file: file.path, reason: read.reason });
      continue;
    }
    state.lines += read.lines;
    state.addParseTime(type, performance.now() - t, read.lines, 0);
    const byDir = groups.get(type) ?? new Map<string, Array<{ file: DiscoveredFile; text: string }>>();
    const dir = dirOf(file.path);
    const list = byDir.get(dir) ?? [];
    list.push({ file, text: read.text });
    byDir.set(dir, list);
    groups.set(type, byDir);
  }

  const discovered = new Set(discovery.files.map((f) => f.path));
  const context = { isFile: (path: string) => discovered.has(path) };
  for (const type of Object.keys(iacFormats).sort() as IacInputType[]) {
    const byDir = groups.get(type);
    if (!byDir) continue;
    for (const dir of [...byDir.keys()].sort(compareStrings)) {
      const entries = byDir.get(dir) ?? [];
      const texts = new Map(entries.map((e) => [e.file.path, e.text]));
      const t = performance.now();
      const loaded = iacFormats[type].load(dir, entries.map((e): SourceText => ({ path: e.file.path, text: e.text })), context);
      state.addParseTime(type, performance.now() - t, 0, 0);
      state.errors.push(...loaded.errors);
      state.skipped.push(...loaded.skipped);
      for (const parsed of loaded.documents) state.evaluateDocument(engine, parsed, texts);
    }
    groups.delete(type);
  }

  if (sources.length > 0) await state.analyzeSources(sources, codeRules);

  mark = performance.now();
  const frameworkIds = frameworks.map((f) => f.framework as FrameworkId);
  const findings = finishFindings(state.findings, catalog, frameworkIds);
  const runs = state.checkRuns(findings);
  const controls = evaluateControls(frameworks, catalog.checks, new Map(runs.map((r) => [r.id, r])), findings);
  const result: ScanResult = {
    schemaVersion: '1.0',
    tool: toolInfo,
    policyBundle: { digest: `sha256:${engine.digest}`, opaVersion: engine.manifest.opaVersion, checks: engine.manifest.checks.length },
    target: displayTarget(root),
    startedAt: startedAt.toISOString(),
    durationMs: 0,
    frameworks: frameworkIds,
    config: { file: configPath === undefined ? null : toPosix(relative(root, configPath)) || configPath, failOn },
    checks: runs,
    findings,
    controls,
    coverage: {
      files: state.filesRead,
      byType: sortKeys(state.byType),
      parsed: state.filesRead - new Set(state.errors.map((e) => e.file)).size,
      resources: sortKeys(state.resources),
      lines: state.lines,
      skipped: [...state.skipped].sort((a, b) => compareStrings(a.file, b.file)),
      ignored: discovery.ignored,
    },
    errors: [...state.errors].sort((a, b) => compareStrings(a.file, b.file) || (a.line ?? 0) - (b.line ?? 0)),
    warnings: [],
    exceptions: { waivers: { file: null, entries: [] }, baseline: null },
    attestations: [],
    summary: summarize(findings, controls),
  };
  result.durationMs = Math.round(performance.now() - t0);
  if (stats) {
    stats.assemble = { ms: performance.now() - mark, files: 0, lines: 0, bytes: 0 };
    stats.total = { ms: performance.now() - t0, files: state.filesRead, lines: state.lines, bytes: state.bytes };
  }
  return result;
}

/** Mutable bookkeeping of one scan. */
class ScanState {
  readonly findings: Array<RawFinding & { path?: ReadonlyArray<string | number> }> = [];
  readonly errors: FileError[] = [];
  readonly skipped: SkippedFile[] = [];
  readonly byType: Partial<Record<InputType, number>> = {};
  readonly resources: Partial<Record<InputType, number>> = {};
  readonly applicable = new Map<string, number>();
  filesRead = 0;
  lines = 0;
  bytes = 0;

  constructor(
    readonly catalog: CheckCatalog,
    readonly disabled: ReadonlySet<string>,
    readonly stats: ScanStats | undefined,
  ) {
    if (stats) {
      stats.parse = {};
      stats.evaluate = { ms: 0, files: 0, lines: 0, bytes: 0, documents: 0, resources: 0 };
      stats.code = { ms: 0, files: 0, lines: 0, bytes: 0 };
    }
  }

  countFile(type: InputType, size: number): void {
    this.filesRead++;
    this.bytes += size;
    this.byType[type] = (this.byType[type] ?? 0) + 1;
    if (this.stats && type !== 'source') {
      const s = (this.stats.parse[type] ??= { ms: 0, files: 0, lines: 0, bytes: 0 });
      s.files++;
      s.bytes += size;
    }
  }

  addParseTime(type: InputType, ms: number, lines: number, bytes: number): void {
    if (!this.stats) return;
    const s = (this.stats.parse[type] ??= { ms: 0, files: 0, lines: 0, bytes: 0 });
    s.ms += ms;
    s.lines += lines;
    s.bytes += bytes;
  }

  /** Evaluates one IaC document with the bundle and turns its findings into located raw findings. */
  evaluateDocument(engine: PolicyEngine, parsed: ParsedDocument, texts: ReadonlyMap<string, string>): void {
    const doc = parsed.document;
    const index = new Map<string, NormalizedResource>(doc.resources.map((r) => [r.id, r]));
    this.resources[doc.type] = (this.resources[doc.type] ?? 0) + doc.resources.length;
    for (const check of this.catalog.checks) {
      if (check.engine !== 'rego' || check.selector.input !== doc.type) continue;
      const kinds = check.selector.resources;
      const n = kinds ? doc.resources.filter((r) => kinds.includes(resourceKind(r))).length : doc.resources.length;
      this.applicable.set(check.id, (this.applicable.get(check.id) ?? 0) + n);
    }
    const t = performance.now();
    let regoFindings: RegoFinding[];
    try {
      regoFindings = engine.evaluate(doc);
    } catch (error) {
      this.errors.push({ file: doc.path, reason: describeThrown(error) });
      return;
    } finally {
      if (this.stats) {
        this.stats.evaluate.ms += performance.now() - t;
        this.stats.evaluate.documents++;
        this.stats.evaluate.resources += doc.resources.length;
        this.stats.evaluate.files += doc.files.length;
      }
    }
    for (const rf of regoFindings) {
      const check = this.catalog.byRegoKey.get(rf.check);
      if (!check) {
        this.errors.push({ file: doc.path, reason: `the policy bundle reported unknown check ${rf.check}` });
        continue;
      }
      if (this.disabled.has(check.id)) continue;
      const resource = rf.resource === undefined ? undefined : index.get(rf.resource);
      const file = resource?.file ?? doc.files[0] ?? doc.path;
      const range = resource && rf.path && rf.path.length > 0 ? parsed.locate(resource.id, rf.path) : undefined;
      const startLine = range?.startLine ?? resource?.startLine ?? 1;
      const location = range
        ? { file, startLine: range.startLine, startColumn: range.startColumn, endLine: range.endLine, endColumn: range.endColumn }
        : { file, startLine, endLine: resource?.endLine ?? startLine };
      const line = lineOf(texts.get(file), startLine);
      const snippet = line === undefined ? undefined : (rf as { secret?: boolean }).secret ? redactAssignedValue(line) : line;
      this.findings.push({
        ruleId: check.id,
        message: rf.msg,
        location,
        ...(rf.resource !== undefined ? { resource: rf.resource } : {}),
        ...(snippet !== undefined ? { snippet } : {}),
        ...(rf.path && rf.path.length > 0 ? { path: rf.path } : {}),
      });
    }
  }

  /** Parses and analyses JS/TS files one at a time, so memory stays flat. */
  async analyzeSources(files: readonly DiscoveredFile[], rules: CodeRuleList): Promise<void> {
    const { analyzeSource } = await import('./code/index.js');
    const enabled = rules.filter((rule) => !this.disabled.has(rule.meta.id));
    for (const file of files) {
      const t = performance.now();
      const read = readText(file.absolutePath);
      if (read.kind === 'skip') {
        this.skipped.push({ file: file.path, reason: read.reason });
        continue;
      }
      this.countFile('source', file.size);
      if (read.kind === 'error') {
        this.errors.push({ file: file.path, reason: read.reason });
        continue;
      }
      const outcome = analyzeSource({ path: file.path, text: read.text }, enabled);
      if (outcome.skipped) {
        // Generated or minified: looked at, deliberately not analysed.
        this.filesRead--;
        this.byType.source = (this.byType.source ?? 1) - 1;
        this.skipped.push(outcome.skipped);
        continue;
      }
      this.lines += read.lines;
      if (outcome.error) this.errors.push(outcome.error);
      for (const rule of enabled) this.applicable.set(rule.meta.id, (this.applicable.get(rule.meta.id) ?? 0) + 1);
      for (const finding of outcome.findings) this.findings.push(finding);
      if (this.stats) {
        this.stats.code.ms += performance.now() - t;
        this.stats.code.files++;
        this.stats.code.lines += read.lines;
        this.stats.code.bytes += file.size;
      }
    }
  }

  checkRuns(findings: readonly Finding[]): CheckRun[] {
    const counts = new Map<string, number>();
    for (const f of findings) counts.set(f.ruleId, (counts.get(f.ruleId) ?? 0) + 1);
    return this.catalog.checks.map((check) => ({
      id: check.id,
      title: check.title,
      severity: check.severity,
      engine: check.engine,
      applicable: this.applicable.get(check.id) ?? 0,
      findings: counts.get(check.id) ?? 0,
      ...(this.disabled.has(check.id) ? { skipped: 'disabled in the configuration (checks.disable)' } : {}),
    }));
  }
}

type CodeRuleList = readonly CodeRule[];

/** Adds metadata and controls, redacts secrets, sorts canonically and fingerprints. */
function finishFindings(
  raw: ReadonlyArray<RawFinding & { path?: ReadonlyArray<string | number> }>,
  catalog: CheckCatalog,
  frameworks: readonly FrameworkId[],
): Finding[] {
  const redacted = raw.map((f) => ({
    ...f,
    message: redactText(f.message),
    ...(f.snippet !== undefined ? { snippet: redactText(f.snippet) } : {}),
  }));
  redacted.sort(compareFindings);
  return assignFingerprints(redacted).map(({ path: _path, ...f }) => {
    const check = catalog.byId.get(f.ruleId) as CheckInfo;
    const controls = frameworks.flatMap((fw) => (check.controls[fw] ?? []).map((id) => ({ framework: fw, id })));
    const finding: Finding = {
      ruleId: f.ruleId,
      severity: check.severity,
      title: check.title,
      message: f.message,
      location: f.location,
      ...(f.resource !== undefined ? { resource: f.resource } : {}),
      ...(f.snippet !== undefined ? { snippet: f.snippet } : {}),
      ...(f.dataCategories !== undefined ? { dataCategories: f.dataCategories } : {}),
      controls,
      fingerprint: f.fingerprint,
    };
    return finding;
  });
}

function resourceKind(resource: NormalizedResource): string {
  if (typeof resource.type === 'string') return resource.mode === 'data' ? `data.${resource.type}` : resource.type;
  if (typeof resource.kind === 'string') return resource.kind;
  return '';
}

function lineOf(text: string | undefined, line: number): string | undefined {
  if (text === undefined) return undefined;
  let start = 0;
  for (let i = 1; i < line; i++) {
    const next = text.indexOf('\n', start);
    if (next === -1) return undefined;
    start = next + 1;
  }
  const end = text.indexOf('\n', start);
  const raw = text.slice(start, end === -1 ? undefined : end).trim();
  return raw.length > 200 ? `${raw.slice(0, 199)}…` : raw;
}

function summarize(findings: readonly Finding[], controls: ScanResult['controls']): ScanResult['summary'] {
  const bySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  let suppressed = 0;
  let baselined = 0;
  let expired = 0;
  for (const f of findings) {
    if (f.suppression?.kind === 'baseline') baselined++;
    else if (f.suppression) suppressed++;
    else bySeverity[f.severity]++;
    if (!f.suppression && f.expiredSuppression) expired++;
  }
  const byFramework: ScanResult['summary']['controls'] = {};
  for (const c of controls) {
    const counts = (byFramework[c.framework] ??= { pass: 0, fail: 0, manual: 0, not_applicable: 0 });
    counts[c.status]++;
  }
  const open = findings.length - suppressed - baselined;
  return { findings: { total: findings.length, bySeverity, new: open, baselined, suppressed, expired }, controls: byFramework };
}

function selectFrameworks(ids: readonly string[] | undefined): Framework[] {
  const wanted: readonly string[] = ids && ids.length > 0 ? ids : FRAMEWORKS;
  for (const id of wanted) {
    if (!(FRAMEWORKS as readonly string[]).includes(id)) {
      throw new ConfigError(`unknown framework ${id}`, `built-in frameworks: ${FRAMEWORKS.join(', ')}`);
    }
  }
  return FRAMEWORKS.filter((id) => wanted.includes(id)).map((id) => loadFramework(id));
}

function resolveDisabled(catalog: CheckCatalog, config: ConfigFile): Set<string> {
  const out = new Set<string>();
  for (const id of config.checks?.disable ?? []) {
    try {
      out.add(catalog.resolve(id).id);
    } catch (error) {
      if (error instanceof UsageError) throw new ConfigError(`checks.disable: unknown check ${id}`, 'list the checks with: evident checks');
      throw error;
    }
  }
  return out;
}

function defaultRoot(paths: readonly string[]): string {
  if (paths.length === 1) {
    const only = paths[0] as string;
    try {
      return statSync(only).isDirectory() ? only : dirname(only);
    } catch {
      return process.cwd();
    }
  }
  return process.cwd();
}

function displayTarget(root: string): string {
  const rel = toPosix(relative(process.cwd(), root));
  return rel === '' ? '.' : rel;
}

function dirOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i === -1 ? '.' : path.slice(0, i);
}

function toPosix(p: string): string {
  return p.split('\\').join('/');
}

function sortKeys<T>(record: Partial<Record<string, T>>): Partial<Record<string, T>> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => compareStrings(a, b))) as Partial<Record<string, T>>;
}
