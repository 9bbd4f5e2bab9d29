/**
 * Evident's library API. The CLI (src/cli/) is a thin shell over these
 * functions; nothing here prints, exits or reads argv.
 */
import { buildCatalog, type CheckCatalog } from './checks/registry.js';
import type { CheckInfo, FrameworkId } from './checks/metadata.js';
import { loadFramework, type Control, type Framework } from './controls/catalog.js';
import { PolicyEngine } from './engine/rego.js';
import { reporters, type FormatName } from './report/index.js';
import type { ReportOptions } from './report/types.js';
import type { ScanResult } from './scan-result.js';

export { scan, type ScanOptions, type ScanStats } from './engine/pipeline.js';
export { gate, type FailOn } from './gate.js';
export { FORMAT_NAMES, reporters, type FormatName } from './report/index.js';
export type { ReportOptions } from './report/types.js';
export type { ScanResult, ControlResult, ControlStatus, CheckRun } from './scan-result.js';
export type { Finding, RawFinding, FindingLocation, ControlRef, Suppression } from './findings/finding.js';
export type { CheckInfo, CheckMeta, FrameworkId, Severity } from './checks/metadata.js';
export { FRAMEWORKS, SEVERITIES } from './checks/metadata.js';
export type { Control, Framework } from './controls/catalog.js';
export { EvidentError, UsageError, ConfigError, PolicyBundleError, CatalogError } from './errors.js';

/** Renders a scan result in one of the output formats. Pure. */
export function render(result: ScanResult, format: FormatName, options: ReportOptions = {}): string {
  return reporters[format](result, options);
}

/** Every check (Rego and source-code rules), sorted by id. */
export async function loadCheckCatalog(bundleDir?: string): Promise<CheckCatalog> {
  const engine = await PolicyEngine.load(bundleDir);
  const { codeRules } = await import('./rules/index.js');
  return buildCatalog(
    engine.manifest,
    codeRules.map((rule) => ({ meta: rule.meta, source: `src/rules/${rule.meta.slug}.ts` })),
  );
}

export async function listChecks(bundleDir?: string): Promise<CheckInfo[]> {
  return (await loadCheckCatalog(bundleDir)).checks;
}

/** A control with the checks that map to it (the derived reverse view). */
export interface ControlEntry extends Control {
  framework: FrameworkId;
  checks: string[];
}

/** The controls of the given frameworks, each with the ids of the checks that map to it. */
export async function listControls(frameworks: readonly FrameworkId[], bundleDir?: string): Promise<{ frameworks: Framework[]; controls: ControlEntry[] }> {
  const catalog = await loadCheckCatalog(bundleDir);
  const loaded = frameworks.map((id) => loadFramework(id));
  const controls: ControlEntry[] = [];
  for (const framework of loaded) {
    const fw = framework.framework as FrameworkId;
    for (const control of framework.controls) {
      controls.push({
        framework: fw,
        ...control,
        checks: catalog.checks.filter((c) => (c.controls[fw] ?? []).includes(control.id)).map((c) => c.id),
      });
    }
  }
  return { frameworks: loaded, controls };
}
