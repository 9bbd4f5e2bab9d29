import { existsSync, statSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { SEVERITIES, type CheckInfo, type Severity } from '../checks/metadata.js';
import { buildCatalog, type CheckCatalog } from '../checks/registry.js';
import { codeRuleChecks } from '../checks/code-rules.js';
import { loadConfig, type ConfigFile } from '../config/load.js';
import type { Framework } from '../controls/catalog.js';
import { applyAttestations, loadAttestations } from '../controls/attestations.js';
import { controlIdsOf, knownCatalogs, loadCustomFrameworks, selectFrameworks as pickFrameworks, type CustomFramework, type CustomMappings } from '../controls/custom.js';
import { evaluateControls } from '../controls/evaluate.js';
import { discover, type DiscoveredFile } from '../discover/walk.js';
import { detectStructured } from '../discover/detect.js';
import { changedSince } from '../discover/git.js';
import { countLines, readText, type ReadOutcome } from '../discover/read.js';
import { ConfigError, describeThrown, UsageError } from '../errors.js';
import type { Finding, RawFinding } from '../findings/finding.js';
import { readBaseline, type LoadedBaseline } from '../findings/baseline.js';
import { applyExceptions, type ExceptionContext, type ExceptionOutcome } from '../findings/exceptions.js';
import { assignFingerprints, stablePath } from '../findings/fingerprint.js';
import { parseDirectives, type SuppressionDirective } from '../findings/suppress.js';
import { utcDay } from '../dates.js';
import { loadWaivers, type CheckResolver } from '../findings/waivers.js';
import { compareFindings, compareStrings } from '../findings/order.js';
import { redactAssignedValue, redactText } from '../findings/redact.js';
import { toolInfo } from '../package-root.js';
import { isCloudFormationTemplate } from '../parsers/cloudformation.js';
import { indexComposeBuilds } from '../parsers/compose-builds.js';
import { iacFormats, isIacInputType, type IacInputType, type LoadContext } from '../parsers/index.js';
import { indexKustomizations, isKustomizationFile } from '../parsers/kustomize.js';
import { indexModuleGraph } from '../parsers/terraform-graph.js';
import type { FileError, InputType, NormalizedDocument, NormalizedResource, ParsedDocument, SkippedFile, SourceText } from '../parsers/types.js';
import type { CheckRun, ScanResult } from '../scan-result.js';
import type { ClassifierOptions } from './code/data-classifier.js';
import type { FileAnalysis, Jobs, PoolRun } from './code/pool.js';
import { PolicyEngine, type RegoFinding } from './rego.js';
import { evaluateInParts } from './parts.js';

export interface ScanOptions {
  /** Files or folders to scan. Default: the current directory. */
  paths?: string[];
  /** Folder that finding paths are relative to. Default: the single folder scanned, else the current directory. */
  root?: string;
  /** Explicit config file; default: .evident.yml in the root, if any. */
  configPath?: string;
  /** Frameworks to report (built-in or custom ids); default: the config's, else every built-in and custom framework. */
  frameworks?: string[];
  /** "Today" for expiry dates (attestations, inline `until=`, waivers), compared as a UTC YYYY-MM-DD day; default: the current time. */
  now?: Date;
  /** Baseline file (relative to the working directory): its findings are marked baselined. Overrides the config's `baseline`. */
  baseline?: string;
  /**
   * The baseline file the caller will write from this result (the library
   * never writes it). When it is also the baseline to read and does not exist
   * yet, the scan starts without a baseline instead of failing.
   */
  writeBaseline?: string;
  /** Overrides the config's failOn (recorded in the result). */
  failOn?: Severity | 'none';
  /** Controls (`<framework>:<id>`) that fail the scan when they fail; added to the config's failOnControls. */
  failOnControls?: string[];
  /** Policy bundle folder; default: the one shipped with Evident. */
  bundleDir?: string;
  /**
   * Diff scan: report and gate only findings in files added or changed since
   * this git ref (committed, staged or not). Everything is still parsed and
   * evaluated (a Terraform module needs all its files), and control statuses
   * are marked partial.
   */
  changedSince?: string;
  /**
   * Worker threads for the source-code analysis: a number (1 = none) or
   * `auto` (two when the JS/TS corpus is large and the machine has spare
   * cores, else none: see code/pool.ts). Overrides the config's `jobs`. The
   * result does not depend on it.
   */
  jobs?: Jobs;
  /** Analyse JS/TS test code too; overrides the config's `includeTests` (default: skipped and listed). */
  includeTests?: boolean;
  /**
   * Called once, when the scan's settings are resolved and before any file is
   * discovered, with the worker threads the source-code analysis may use
   * (`jobs` from the options, else the config, else `auto`). The command
   * lowers the priority of its background threads here
   * (src/cli/thread-priority.ts); a library caller can leave it out.
   */
  prepareProcess?: (settings: { jobs: Jobs }) => void;
  /** Filled with per-stage timings and counts (for the bench); not part of the result. */
  stats?: ScanStats;
  /**
   * Filled with every file whose bytes the scan read (analysed, unparseable,
   * or skipped after reading), with the SHA-256 of those bytes, in read
   * order; not part of the result. Evidence packs record it.
   */
  scannedFiles?: ScannedFile[];
}

/** A file the scan read, with the digest of the bytes it read. */
export interface ScannedFile {
  /** Relative to the scan root, POSIX separators. */
  path: string;
  sha256: string;
  bytes: number;
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
  /** Source-code analysis (read + parse + rules), wall time of the stage; `workers`: worker threads used (0 = main thread). */
  code: StageStats & { workers?: number; fallbackBatches?: number };
  /** Findings, controls and result assembly. */
  assemble: StageStats;
  total: StageStats;
}

const DEFAULT_MAX_FILE_SIZE = 5 * 1024 * 1024;

/**
 * Everything in a document a finding can point at, by id: its resources, and
 * the located objects of its other top-level lists (Terraform providers,
 * variables, tfvars assignments), so a module-level or credential finding
 * can name a provider block or a variable.
 */
function locatables(doc: NormalizedDocument): Map<string, NormalizedResource> {
  const index = new Map<string, NormalizedResource>();
  for (const [key, list] of Object.entries(doc)) {
    if (key === 'resources' || !Array.isArray(list)) continue;
    for (const item of list as unknown[]) {
      const r = item as Partial<NormalizedResource> | null;
      if (r !== null && typeof r === 'object' && typeof r.id === 'string' && typeof r.file === 'string' && typeof r.startLine === 'number') {
        index.set(r.id, r as NormalizedResource);
      }
    }
  }
  for (const r of doc.resources) index.set(r.id, r);
  return index;
}

/** Why a `*.template` file (src/discover/classify.ts) was not analysed. */
export const NOT_A_TEMPLATE_REASON = '.template file that is not a CloudFormation template (other templates are not analysed)';

/** Runs a whole scan: discover → parse → evaluate → findings → controls. Never prints, never exits. */
export async function scan(options: ScanOptions = {}): Promise<ScanResult> {
  const startedAt = new Date();
  const t0 = performance.now();
  const stats = options.stats;
  const given = (options.paths && options.paths.length > 0 ? options.paths : ['.']).map((p) => resolve(p));
  const root = resolve(options.root ?? defaultRoot(given));
  const { path: configPath, config } = loadConfig(root, options.configPath);
  const attestations = loadAttestations(root, config.attestations);
  const failOn = options.failOn ?? config.failOn ?? 'low';
  const jobs = options.jobs ?? config.jobs ?? 'auto';
  options.prepareProcess?.({ jobs });

  const engine = await PolicyEngine.load(options.bundleDir);
  engine.configure({ allowed_regions: config.gdpr?.allowedRegions ?? [] });
  // Generated rule metadata: the rules (and ts-morph) are loaded only when there are JS/TS files.
  const catalog = buildCatalog(engine.manifest, codeRuleChecks());
  const disabled = resolveDisabled(catalog, config);
  const resolveCheck = checkResolver(catalog);
  const waivers = loadWaivers(root, config.waivers, resolveCheck);
  const baseline = loadBaselineOf(root, options, config);
  const custom = loadCustomFrameworks(root, config.customFrameworks, catalog);
  const customMappings: CustomMappings = new Map(custom.map((c) => [c.framework.framework, c]));
  const frameworks = selectFrameworks(options.frameworks, config.frameworks, custom);

  let mark = performance.now();
  const discovery = discover({
    root,
    paths: given,
    exclude: config.exclude,
    maxFileSize: config.maxFileSize ?? DEFAULT_MAX_FILE_SIZE,
    includeTests: options.includeTests ?? config.includeTests ?? false,
  });
  if (stats) stats.discover = { ms: performance.now() - mark, files: discovery.files.length, lines: 0, bytes: 0 };

  const state = new ScanState(catalog, disabled, stats);
  state.scannedFiles = options.scannedFiles;
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
    const read = state.read(file);
    if (read.kind === 'skip') {
      state.skipped.push({ file: file.path, reason: read.reason });
      continue;
    }
    let type: IacInputType;
    if (file.candidate === 'template') {
      if (read.kind === 'error' || !isCloudFormationTemplate(read.text)) {
        state.skipped.push({ file: file.path, reason: read.kind === 'error' ? read.reason : NOT_A_TEMPLATE_REASON });
        continue;
      }
      type = 'cloudformation';
    } else if (file.candidate === 'yaml' || file.candidate === 'json') {
      if (read.kind === 'error') {
        // Unreadable as text: what it was meant to be is unknown, so it is not counted as a format's file.
        state.skipped.push({ file: file.path, reason: read.reason });
        continue;
      }
      type = detectStructured(file.path, read.text, file.candidate);
    } else if (isIacInputType(file.candidate)) {
      type = file.candidate;
    } else {
      state.skipped.push({ file: file.path, reason: `no parser registered for ${file.candidate}` });
      continue;
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
  const isFile = (path: string): boolean => discovered.has(path);
  const kustomizations = [...groups.values()].flatMap((byDir) => [...byDir.values()].flat()).filter((e) => isKustomizationFile(e.file.path));
  const context: LoadContext = {
    isFile,
    // Kustomize patches may be read as any format (a JSON 6902 op list is config): the index reads the texts it needs now.
    kustomize: indexKustomizations(
      kustomizations.map((e): SourceText => ({ path: e.file.path, text: e.text })),
      isFile,
      (path) => {
        for (const byDir of groups.values()) {
          const entry = byDir.get(dirOf(path))?.find((e) => e.file.path === path);
          if (entry !== undefined) return entry.text;
        }
        return undefined;
      },
    ),
    terraformModules: indexModuleGraph(
      new Map([...(groups.get('terraform') ?? new Map<string, Array<{ file: DiscoveredFile; text: string }>>())].map(([dir, entries]) => [dir, entries.map((e): SourceText => ({ path: e.file.path, text: e.text }))])),
    ),
    composeBuilds: indexComposeBuilds(
      [...(groups.get('compose')?.values() ?? [])].flat().map((e): SourceText => ({ path: e.file.path, text: e.text })),
    ),
    ...(config.classifier !== undefined ? { classifier: config.classifier } : {}),
  };
  // A file a Kustomization names as a patch, taken for configuration by its content (a JSON 6902 op list, a
  // strategic-merge patch without apiVersion and kind), is read with the manifests: applied to the objects it
  // patches, or checked as an overlay's patch for what it sets (src/parsers/kubernetes.ts).
  const configs = groups.get('config') ?? new Map<string, Array<{ file: DiscoveredFile; text: string }>>();
  for (const [dir, entries] of configs) {
    const patches: typeof entries = [];
    const rest: typeof entries = [];
    for (const e of entries) (context.kustomize?.patchOf(e.file.path) === undefined ? rest : patches).push(e);
    if (patches.length === 0) continue;
    if (rest.length > 0) configs.set(dir, rest);
    else configs.delete(dir);
    const manifests = groups.get('kubernetes') ?? new Map<string, Array<{ file: DiscoveredFile; text: string }>>();
    manifests.set(dir, [...(manifests.get(dir) ?? []), ...patches]);
    groups.set('kubernetes', manifests);
    for (const e of patches) state.moveFile('config', 'kubernetes', e.file.size, e.text);
  }
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

  if (sources.length > 0) await state.analyzeSources(sources, jobs, config.classifier);

  mark = performance.now();
  const frameworkIds = frameworks.map((f) => f.framework);
  const changed = options.changedSince === undefined ? undefined : changedSince(root, options.changedSince);
  const changedSet = changed === undefined ? undefined : new Set(changed);
  const today = utcDay(options.now ?? new Date());
  const finished = finishFindings(state.findings, catalog, frameworkIds, customMappings, {
    today,
    directives: state.directives,
    resolveCheck,
    ranChecks: new Set(catalog.checks.map((c) => c.id).filter((id) => !disabled.has(id))),
    ...(waivers !== undefined ? { waivers } : {}),
    ...(baseline !== undefined ? { baseline } : {}),
  });
  const findings = finished.findings.filter((f) => changedSet === undefined || changedSet.has(f.location.file));
  const runs = state.checkRuns(findings);
  const attested = applyAttestations(
    evaluateControls(frameworks, catalog.checks, new Map(runs.map((r) => [r.id, r])), findings, customMappings),
    attestations.attestations,
    { today, catalogs: knownCatalogs(custom), file: attestations.file },
  );
  const controls = attested.controls;
  const result: ScanResult = {
    schemaVersion: '1.0',
    tool: toolInfo,
    policyBundle: { digest: `sha256:${engine.digest}`, opaVersion: engine.manifest.opaVersion, checks: engine.manifest.checks.length },
    target: displayTarget(root),
    startedAt: startedAt.toISOString(),
    durationMs: 0,
    frameworks: frameworkIds,
    config: {
      file: configPath === undefined ? null : toPosix(relative(root, configPath)) || configPath,
      failOn,
      failOnControls: [...new Set([...(config.failOnControls ?? []), ...(options.failOnControls ?? [])])].sort(compareStrings),
    },
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
    errors: [...state.errors, ...attested.errors].sort((a, b) => compareStrings(a.file, b.file) || (a.line ?? 0) - (b.line ?? 0)),
    warnings: [...finished.warnings, ...attested.warnings],
    exceptions: finished.exceptions,
    attestations: attested.records,
    summary: summarize(findings, controls),
  };
  if (changed !== undefined && options.changedSince !== undefined) {
    result.diff = { since: options.changedSince, files: changed };
    for (const control of result.controls) control.partial = true;
  }
  result.durationMs = Math.round(performance.now() - t0);
  if (stats) {
    stats.assemble = { ms: performance.now() - mark, files: 0, lines: 0, bytes: 0 };
    stats.total = { ms: performance.now() - t0, files: state.filesRead, lines: state.lines, bytes: state.bytes };
  }
  return result;
}

/** Mutable bookkeeping of one scan. */
class ScanState {
  readonly findings: PendingFinding[] = [];
  /** `evident-ignore` directives of every file read, collected while its text is at hand. */
  readonly directives: SuppressionDirective[] = [];
  private readonly directiveFiles = new Set<string>();
  readonly errors: FileError[] = [];
  readonly skipped: SkippedFile[] = [];
  readonly byType: Partial<Record<InputType, number>> = {};
  readonly resources: Partial<Record<InputType, number>> = {};
  readonly applicable = new Map<string, number>();
  /** Documents each Rego check could not be evaluated on (check id → count); listed in errors. */
  readonly checkErrors = new Map<string, number>();
  filesRead = 0;
  lines = 0;
  bytes = 0;
  /** When set, every file read is recorded here with its digest (ScanOptions.scannedFiles). */
  scannedFiles: ScannedFile[] | undefined;

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

  private readonly regoChecksByType = new Map<InputType, ReadonlyArray<{ id: string; kinds: readonly string[] | undefined }>>();

  /** The Rego checks of an input type with the distinct resource kinds they select: listed once per type, not per document. */
  private regoChecksOf(type: InputType): ReadonlyArray<{ id: string; kinds: readonly string[] | undefined }> {
    let checks = this.regoChecksByType.get(type);
    if (checks === undefined) {
      checks = this.catalog.checks
        .filter((check) => check.engine === 'rego' && check.selector.input === type)
        .map((check) => ({ id: check.id, kinds: check.selector.resources ? [...new Set(check.selector.resources)] : undefined }));
      this.regoChecksByType.set(type, checks);
    }
    return checks;
  }

  /** Reads one discovered file (once), recording its digest when asked. */
  read(file: DiscoveredFile): ReadOutcome {
    const read = readText(file.absolutePath, { digest: this.scannedFiles !== undefined });
    if (this.scannedFiles && read.digest) this.scannedFiles.push({ path: file.path, ...read.digest });
    return read;
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

  /** A file counted as `from` is read as `to` (a Kustomize patch taken for configuration). */
  moveFile(from: InputType, to: InputType, size: number, text: string): void {
    this.byType[from] = (this.byType[from] ?? 1) - 1;
    if (this.byType[from] === 0) delete this.byType[from];
    this.byType[to] = (this.byType[to] ?? 0) + 1;
    if (!this.stats) return;
    const lines = countLines(text);
    const source = this.stats.parse[from];
    if (source !== undefined) {
      source.files--;
      source.bytes -= size;
      source.lines -= lines;
    }
    const target = (this.stats.parse[to] ??= { ms: 0, files: 0, lines: 0, bytes: 0 });
    target.files++;
    target.bytes += size;
    target.lines += lines;
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
    const index = locatables(doc);
    // The document's files, and those of items kept beside its resources (Kustomize patch fragments): a finding may be located there.
    for (const file of new Set([...doc.files, ...[...index.values()].map((r) => r.file)])) {
      const text = texts.get(file);
      if (text !== undefined) this.collectDirectives(file, text);
    }
    this.resources[doc.type] = (this.resources[doc.type] ?? 0) + doc.resources.length;
    // Resources per kind, counted once: each check of the input type sums the kinds it selects.
    const perKind = new Map<string, number>();
    for (const r of doc.resources) {
      const kind = resourceKind(r);
      perKind.set(kind, (perKind.get(kind) ?? 0) + 1);
    }
    for (const { id, kinds } of this.regoChecksOf(doc.type)) {
      let n = doc.resources.length;
      if (kinds) {
        n = 0;
        for (const kind of kinds) n += perKind.get(kind) ?? 0;
      }
      this.applicable.set(id, (this.applicable.get(id) ?? 0) + n);
    }
    const t = performance.now();
    let regoFindings: RegoFinding[];
    try {
      regoFindings = evaluateInParts(engine, doc, (failure) => {
        const check = this.catalog.byRegoKey.get(failure.check);
        this.errors.push({ file: doc.path, reason: `${check?.id ?? failure.check} could not be evaluated: ${failure.reason}` });
        if (check !== undefined) this.checkErrors.set(check.id, (this.checkErrors.get(check.id) ?? 0) + 1);
      });
    } catch (error) {
      this.errors.push({ file: doc.path, reason: describeThrown(error) });
      // No check of this input type could be evaluated on the document.
      for (const { id } of this.regoChecksOf(doc.type)) this.checkErrors.set(id, (this.checkErrors.get(id) ?? 0) + 1);
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
        ...(rf.path && rf.path.length > 0 ? { path: stablePath(resource, rf.path) } : {}),
        ...(resource !== undefined ? { anchorLine: resource.startLine } : {}),
      });
    }
  }

  /** Records the `evident-ignore` directives of one file (once per file). */
  collectDirectives(file: string, text: string): void {
    if (this.directiveFiles.has(file)) return;
    this.directiveFiles.add(file);
    this.directives.push(...parseDirectives(file, text));
  }

  /**
   * Reads, parses and analyses the JS/TS files (in worker threads when that
   * pays: see code/pool.ts), taking the results in file order, so the result
   * does not depend on `jobs`. Files are read and analysed in batches and
   * only their findings are kept: memory stays flat.
   */
  async analyzeSources(files: readonly DiscoveredFile[], jobs: Jobs, classifier?: ClassifierOptions): Promise<PoolRun> {
    const { analyzeFiles } = await import('./code/pool.js');
    const ruleIds = this.catalog.checks.filter((c) => c.engine === 'code' && !this.disabled.has(c.id)).map((c) => c.id);
    const t = performance.now();
    const run = await analyzeFiles(
      files,
      { ruleIds, jobs, digest: this.scannedFiles !== undefined, ...(classifier !== undefined ? { classifier } : {}) },
      (analysis) => this.recordSource(analysis, ruleIds),
    );
    if (this.stats) {
      this.stats.code.ms += performance.now() - t;
      this.stats.code.workers = run.workers;
      this.stats.code.fallbackBatches = run.fallbackBatches;
    }
    return run;
  }

  /** Records what analysing one JS/TS file produced (called in file order). */
  private recordSource(analysis: FileAnalysis, ruleIds: readonly string[]): void {
    const file = analysis.path;
    if (this.scannedFiles && analysis.digest) this.scannedFiles.push({ path: file, ...analysis.digest });
    const read = analysis.read;
    if (read.kind === 'skip') {
      this.skipped.push({ file, reason: read.reason });
      return;
    }
    const size = analysis.size;
    if (read.kind === 'error') {
      this.countFile('source', size);
      this.errors.push({ file, reason: read.reason });
      return;
    }
    const outcome = analysis.result;
    if (outcome === undefined) return;
    if (outcome.skipped) {
      // Generated or minified: looked at, deliberately not analysed.
      this.skipped.push(outcome.skipped);
      return;
    }
    this.countFile('source', size);
    this.lines += read.lines;
    this.directives.push(...analysis.directives);
    this.directiveFiles.add(file);
    if (outcome.error) this.errors.push(outcome.error);
    for (const id of ruleIds) this.applicable.set(id, (this.applicable.get(id) ?? 0) + 1);
    for (const finding of outcome.findings) this.findings.push(finding);
    if (this.stats) {
      this.stats.code.files++;
      this.stats.code.lines += read.lines;
      this.stats.code.bytes += size;
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
      ...(this.checkErrors.has(check.id) ? { errors: this.checkErrors.get(check.id) } : {}),
      ...(this.disabled.has(check.id) ? { skipped: 'disabled in the configuration (checks.disable)' } : {}),
    }));
  }
}

/**
 * A raw finding on its way to the result: `path` (inside its resource) feeds
 * the fingerprint; `anchorLine`, the first line of its IaC resource, is where
 * an inline directive may also sit.
 */
type PendingFinding = RawFinding & { path?: ReadonlyArray<string | number>; anchorLine?: number };

/**
 * Adds metadata and controls, redacts secrets, sorts canonically,
 * fingerprints, then applies exceptions (inline, waiver, baseline).
 */
function finishFindings(
  raw: readonly PendingFinding[],
  catalog: CheckCatalog,
  frameworks: readonly string[],
  custom: CustomMappings,
  exceptions: ExceptionContext,
): ExceptionOutcome {
  const redacted = raw.map((f) => ({
    ...f,
    message: redactText(f.message),
    ...(f.snippet !== undefined ? { snippet: redactText(f.snippet) } : {}),
  }));
  redacted.sort(compareFindings);
  // Fields are read one by one: object rest (`{ path, ...f }`) costs about 15 µs a finding on Node 20.
  const subjects = assignFingerprints(redacted).map((f) => {
    const anchorLine = f.anchorLine;
    const check = catalog.byId.get(f.ruleId) as CheckInfo;
    const controls = frameworks.flatMap((fw) => controlIdsOf(check, fw, custom).map((id) => ({ framework: fw, id })));
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
    const lines = anchorLine === undefined || anchorLine === f.location.startLine ? [f.location.startLine] : [f.location.startLine, anchorLine];
    return { finding, lines };
  });
  return applyExceptions(subjects, exceptions);
}

/** Check id or alias → canonical id, undefined when unknown. */
function checkResolver(catalog: CheckCatalog): CheckResolver {
  return (idOrAlias) => {
    try {
      return catalog.resolve(idOrAlias).id;
    } catch (error) {
      if (error instanceof UsageError) return undefined;
      throw error;
    }
  };
}

/**
 * The baseline of a scan: `--baseline` (relative to the working directory),
 * else the config's `baseline` (relative to the scan root), else none. A
 * missing or invalid file is a ConfigError — except the file about to be
 * written with --write-baseline, which may not exist yet.
 */
function loadBaselineOf(root: string, options: ScanOptions, config: ConfigFile): LoadedBaseline | undefined {
  const given = options.baseline ?? config.baseline;
  if (given === undefined) return undefined;
  const full = options.baseline !== undefined ? resolve(options.baseline) : resolve(root, given);
  const shown = toPosix(relative(root, full)) || given;
  if (options.writeBaseline !== undefined && resolve(options.writeBaseline) === full && !existsSync(full)) return undefined;
  return readBaseline(full, shown);
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

/**
 * The frameworks of this scan: the --framework ids (a wrong one is a usage
 * error), else the config's (a config error), else every built-in and custom one.
 */
function selectFrameworks(fromOptions: readonly string[] | undefined, fromConfig: readonly string[] | undefined, custom: readonly CustomFramework[]): Framework[] {
  if (fromOptions && fromOptions.length > 0) {
    return pickFrameworks(fromOptions, custom, (id, available) => new UsageError(`unknown framework ${id}`, `choose from: ${available.join(', ')}`));
  }
  return pickFrameworks(
    fromConfig,
    custom,
    (id, available) => new ConfigError(`frameworks: unknown framework ${id}`, `known frameworks: ${available.join(', ')} (custom ones are defined by customFrameworks)`),
  );
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
