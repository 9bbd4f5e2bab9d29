/**
 * Custom frameworks: an organisation's own control catalog (same schema as
 * `policies/frameworks/*.yaml`) plus a mapping file that names, for each of its
 * controls, the Evident checks that give evidence for it. Referenced from
 * `.evident.yml` (`customFrameworks: [{ catalog, mapping }]`, paths relative to
 * the scan root). Loading validates everything and throws ConfigError; nothing
 * here prints.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadAll } from 'js-yaml';
import { FRAMEWORKS, type CheckInfo, type FrameworkId } from '../checks/metadata.js';
import type { CheckCatalog } from '../checks/registry.js';
import { CatalogError, ConfigError, UsageError } from '../errors.js';
import { compile, formatErrors } from '../json-schema.js';
import { packageRoot } from '../package-root.js';
import { loadFramework, parseCatalog, type Framework } from './catalog.js';

/** The mapping file as written (evidence/schemas/framework-mapping.schema.json). */
export interface FrameworkMappingFile {
  framework: string;
  /** Control id → check ids or aliases. */
  controls: Record<string, string[]>;
}

/** A loaded, validated custom framework. */
export interface CustomFramework {
  /** The catalog, validated like the built-in ones. */
  framework: Framework;
  /** Control id → canonical check ids, in catalog order (controls without checks left out). */
  mapping: ReadonlyMap<string, readonly string[]>;
  /** Check id → the control ids it maps to in this framework, in catalog order. */
  byCheck: ReadonlyMap<string, readonly string[]>;
  /** The files it came from, as written in the config. */
  catalogFile: string;
  mappingFile: string;
}

/** Custom framework mappings by framework id: what replaces check metadata's `controls[fw]` for those frameworks. */
export type CustomMappings = ReadonlyMap<string, CustomFramework>;

let mappingValidator: ReturnType<typeof compile<FrameworkMappingFile>> | undefined;

function validator(): ReturnType<typeof compile<FrameworkMappingFile>> {
  if (!mappingValidator) {
    const path = join(packageRoot, 'evidence', 'schemas', 'framework-mapping.schema.json');
    mappingValidator = compile<FrameworkMappingFile>(JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>);
  }
  return mappingValidator;
}

/**
 * Loads the custom frameworks named in the config. `root` is the folder the
 * paths are relative to (the scan root); `checks` resolves check ids and aliases.
 * Throws ConfigError for a missing or invalid file, a framework id that is
 * built in or used twice, a mapping for another framework, and unknown control
 * or check ids.
 */
export function loadCustomFrameworks(
  root: string,
  entries: ReadonlyArray<{ catalog: string; mapping: string }> | undefined,
  checks: Pick<CheckCatalog, 'resolve'>,
): CustomFramework[] {
  const out: CustomFramework[] = [];
  const seen = new Map<string, string>();
  (entries ?? []).forEach((entry, index) => {
    const at = `customFrameworks[${index}]`;
    const framework = readCatalog(root, entry.catalog, `${at}.catalog`);
    const id = framework.framework;
    if ((FRAMEWORKS as readonly string[]).includes(id)) {
      throw new ConfigError(
        `${at}.catalog: ${entry.catalog} declares framework ${id}, which is built in and cannot be redefined`,
        'give the custom framework its own id (e.g. acme)',
      );
    }
    const earlier = seen.get(id);
    if (earlier !== undefined) throw new ConfigError(`${at}.catalog: framework ${id} is already defined by ${earlier}`);
    seen.set(id, entry.catalog);
    const file = readMapping(root, entry.mapping, `${at}.mapping`);
    if (file.framework !== id) {
      throw new ConfigError(`${at}.mapping: ${entry.mapping} maps framework ${file.framework}, but ${entry.catalog} defines ${id}`);
    }
    out.push(buildMapping(framework, file, checks, entry));
  });
  return out;
}

/** Joins a validated mapping file to its catalog and to the known checks (pure apart from `checks.resolve`). */
export function buildMapping(
  framework: Framework,
  file: FrameworkMappingFile,
  checks: Pick<CheckCatalog, 'resolve'>,
  source: { catalog: string; mapping: string },
): CustomFramework {
  const known = new Set(framework.controls.map((c) => c.id));
  const problems: string[] = [];
  const resolved = new Map<string, string[]>();
  for (const [controlId, ids] of Object.entries(file.controls)) {
    if (!known.has(controlId)) {
      problems.push(`controls.${controlId}: unknown control of ${framework.framework}`);
      continue;
    }
    const list: string[] = [];
    ids.forEach((raw, i) => {
      try {
        const id = checks.resolve(raw).id;
        if (!list.includes(id)) list.push(id);
      } catch (error) {
        if (!(error instanceof UsageError)) throw error;
        problems.push(`controls.${controlId}[${i}]: unknown check ${raw}`);
      }
    });
    resolved.set(controlId, list);
  }
  if (problems.length > 0) {
    throw new ConfigError(`invalid framework mapping ${source.mapping}: ${problems.join('; ')}`, 'list the checks with: evident checks; the controls with: evident controls');
  }
  const mapping = new Map<string, readonly string[]>();
  const byCheck = new Map<string, string[]>();
  for (const control of framework.controls) {
    const ids = resolved.get(control.id);
    if (!ids || ids.length === 0) continue;
    mapping.set(control.id, ids);
    for (const id of ids) {
      const list = byCheck.get(id) ?? [];
      list.push(control.id);
      byCheck.set(id, list);
    }
  }
  return { framework, mapping, byCheck, catalogFile: source.catalog, mappingFile: source.mapping };
}

/**
 * The control ids a check maps to in one framework: the custom mapping when the
 * framework is custom, else the check's own metadata (built-in frameworks).
 */
export function controlIdsOf(check: CheckInfo, framework: string, custom?: CustomMappings): readonly string[] {
  const mapped = custom?.get(framework);
  if (mapped) return mapped.byCheck.get(check.id) ?? [];
  if ((FRAMEWORKS as readonly string[]).includes(framework)) return check.controls[framework as FrameworkId] ?? [];
  return [];
}

/** Built-in and custom framework ids, in report order (built-ins first). */
export function availableFrameworks(custom: readonly CustomFramework[]): string[] {
  return [...FRAMEWORKS, ...custom.map((c) => c.framework.framework)];
}

/**
 * The catalogs to report on: `wanted` (default: every built-in and custom
 * framework), built-ins first in their canonical order, then custom ones in
 * config order. An unknown id throws `unknown(id, available)`.
 */
export function selectFrameworks(
  wanted: readonly string[] | undefined,
  custom: readonly CustomFramework[],
  unknown: (id: string, available: readonly string[]) => Error,
): Framework[] {
  const available = availableFrameworks(custom);
  const ids = wanted && wanted.length > 0 ? wanted : available;
  for (const id of ids) {
    if (!available.includes(id)) throw unknown(id, available);
  }
  return available
    .filter((id) => ids.includes(id))
    .map((id) => custom.find((c) => c.framework.framework === id)?.framework ?? loadFramework(id));
}

function readFile(root: string, path: string, at: string): string {
  const full = resolve(root, path);
  if (!existsSync(full) || !statSync(full).isFile()) {
    throw new ConfigError(`${at}: file not found: ${path}`, 'paths in .evident.yml are relative to the scanned folder');
  }
  try {
    return readFileSync(full, 'utf8');
  } catch (error) {
    throw new ConfigError(`${at}: cannot read ${path}: ${(error as Error).message}`);
  }
}

function readCatalog(root: string, path: string, at: string): Framework {
  const text = readFile(root, path, at);
  try {
    return parseCatalog(text, path);
  } catch (error) {
    if (error instanceof CatalogError) throw new ConfigError(`${at}: ${error.message}`, 'custom catalogs use the schema of policies/frameworks/framework.schema.json');
    throw error;
  }
}

function readMapping(root: string, path: string, at: string): FrameworkMappingFile {
  const text = readFile(root, path, at);
  let docs: unknown[];
  try {
    docs = loadAll(text);
  } catch (error) {
    throw new ConfigError(`${at}: ${path} is not valid YAML: ${String((error as Error).message).split('\n')[0]}`);
  }
  const hint = 'see evidence/schemas/framework-mapping.schema.json';
  if (docs.length !== 1) throw new ConfigError(`${at}: invalid framework mapping ${path}: expected one YAML document`, hint);
  const validate = validator();
  const value = docs[0];
  if (!validate(value)) {
    throw new ConfigError(`${at}: invalid framework mapping ${path}: ${formatErrors(validate.errors).join('; ')}`, hint);
  }
  return value;
}

/** Every framework known to a scan, reported or not: the built-in catalogs and the custom ones, by id. */
export function knownCatalogs(custom: readonly CustomFramework[]): Map<string, Framework> {
  const out = new Map<string, Framework>(FRAMEWORKS.map((id) => [id, loadFramework(id)]));
  for (const c of custom) out.set(c.framework.framework, c.framework);
  return out;
}
