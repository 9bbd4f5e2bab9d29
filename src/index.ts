/**
 * Evident's library API. The CLI (src/cli/) is a thin shell over these
 * functions; nothing here prints, exits or reads argv.
 */
import { buildCatalog, type CheckCatalog } from './checks/registry.js';
import { codeRuleChecks } from './checks/code-rules.js';
import type { CheckInfo } from './checks/metadata.js';
import { loadConfig } from './config/load.js';
import { loadFramework, type Control, type Framework } from './controls/catalog.js';
import { controlIdsOf, loadCustomFrameworks, type CustomFramework } from './controls/custom.js';
import { PolicyEngine } from './engine/rego.js';
import { binaryReporters, reporters, type BinaryFormatName, type FormatName } from './report/index.js';
import type { ReportOptions } from './report/types.js';
import type { ScanResult } from './scan-result.js';

export { scan, type ScanOptions, type ScanStats } from './engine/pipeline.js';
export { gate, type FailOn } from './gate.js';
export { FORMAT_NAMES, reporters, type FormatName } from './report/index.js';
export type { ReportOptions } from './report/types.js';
export { renderTemplate, TEMPLATE_HELPERS } from './report/template.js';
export { parseScanResult, readScanResult } from './result-file.js';
export { BINARY_FORMAT_NAMES, binaryReporters, isBinaryFormat, type BinaryFormatName } from './report/index.js';
export type { BinaryReporter } from './report/types.js';
export { findBrowser, requireBrowser, BROWSER_COMMANDS, BROWSER_ENV, type PdfOptions } from './report/pdf.js';
export type { ScannedFile } from './engine/pipeline.js';
export { buildEvidencePack, type EvidencePack, type EvidencePackOptions } from './evidence/pack.js';
export { verifyEvidencePack, type VerifyOptions, type VerifyReport } from './evidence/verify.js';
export type { PackFile, PackManifest } from './evidence/manifest.js';
export type { ScanResult, ControlResult, ControlStatus, CheckRun, AttestationRecord } from './scan-result.js';
export {
  applyAttestations,
  loadAttestations,
  parseAttestations,
  DEFAULT_ATTESTATIONS_FILE,
  type AttestationEntry,
  type AttestationOutcome,
  type LoadedAttestations,
  type PreparedAttestation,
} from './controls/attestations.js';
export { loadCustomFrameworks, type CustomFramework, type FrameworkMappingFile } from './controls/custom.js';
export type { Finding, RawFinding, FindingLocation, ControlRef, Suppression } from './findings/finding.js';
export { baselineEntries, formatBaseline, parseBaseline, readBaseline, type BaselineEntry, type BaselineFile, type LoadedBaseline } from './findings/baseline.js';
export { applyExceptions, type ExceptionContext, type ExceptionOutcome, type ExceptionSubject } from './findings/exceptions.js';
export { parseDirectives, commentSyntaxFor, type SuppressionDirective, type CommentSyntax } from './findings/suppress.js';
export { loadWaivers, parseWaivers, DEFAULT_WAIVERS_FILE, type LoadedWaivers, type Waiver } from './findings/waivers.js';
export type { CheckInfo, CheckMeta, FrameworkId, Severity } from './checks/metadata.js';
export { FRAMEWORKS, SEVERITIES } from './checks/metadata.js';
export type { Control, Framework } from './controls/catalog.js';
export { EvidentError, UsageError, ConfigError, PolicyBundleError, CatalogError, BrowserError, EvidencePackError } from './errors.js';

/** Renders a scan result in one of the output formats. Pure. */
export function render(result: ScanResult, format: FormatName, options: ReportOptions = {}): string {
  return reporters[format](result, options);
}

/** Renders a scan result in a binary format (pdf: prints the HTML report with a headless browser). */
export async function renderBinary(result: ScanResult, format: BinaryFormatName, options: ReportOptions = {}): Promise<Uint8Array> {
  return binaryReporters[format](result, options);
}

/** Every check (Rego and source-code rules), sorted by id. */
export async function loadCheckCatalog(bundleDir?: string): Promise<CheckCatalog> {
  const engine = await PolicyEngine.load(bundleDir);
  // Generated metadata: listing checks never loads the rules (and ts-morph).
  return buildCatalog(engine.manifest, codeRuleChecks());
}

export async function listChecks(bundleDir?: string): Promise<CheckInfo[]> {
  return (await loadCheckCatalog(bundleDir)).checks;
}

/** A control with the checks that map to it (the derived reverse view). */
export interface ControlEntry extends Control {
  /** `hipaa`, `gdpr`, or the id of a custom framework. */
  framework: string;
  checks: string[];
}

/**
 * The controls of the given frameworks, each with the ids of the checks that
 * map to it. `custom` holds the loaded custom frameworks (loadConfiguredFrameworks):
 * their ids may be listed in `frameworks`, and their mapping replaces check metadata.
 */
export async function listControls(
  frameworks: readonly string[],
  bundleDir?: string,
  custom: readonly CustomFramework[] = [],
): Promise<{ frameworks: Framework[]; controls: ControlEntry[] }> {
  const catalog = await loadCheckCatalog(bundleDir);
  const mappings = new Map(custom.map((c) => [c.framework.framework, c]));
  const loaded = frameworks.map((id) => mappings.get(id)?.framework ?? loadFramework(id));
  const controls: ControlEntry[] = [];
  for (const framework of loaded) {
    const fw = framework.framework;
    for (const control of framework.controls) {
      controls.push({
        framework: fw,
        ...control,
        checks: catalog.checks.filter((c) => controlIdsOf(c, fw, mappings).includes(control.id)).map((c) => c.id),
      });
    }
  }
  return { frameworks: loaded, controls };
}

/**
 * The custom frameworks of a folder's config, loaded as scan() loads them:
 * `configPath`, else `.evident.yml`/`.evident.yaml` in `root` (default: the
 * current directory); catalog and mapping paths are relative to `root`.
 */
export async function loadConfiguredFrameworks(options: { root?: string; configPath?: string; bundleDir?: string } = {}): Promise<CustomFramework[]> {
  const root = options.root ?? process.cwd();
  const { config } = loadConfig(root, options.configPath);
  if (!config.customFrameworks || config.customFrameworks.length === 0) return [];
  return loadCustomFrameworks(root, config.customFrameworks, await loadCheckCatalog(options.bundleDir));
}
