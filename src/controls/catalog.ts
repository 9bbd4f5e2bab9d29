import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadAll } from 'js-yaml';
import { sha256 } from '../checks/manifest.js';
import { CatalogError } from '../errors.js';
import { compile, formatErrors } from '../json-schema.js';
import { packageRoot } from '../package-root.js';

export type ControlKind = 'automated' | 'partly' | 'manual';

export interface Control {
  id: string;
  group: string;
  parent?: string;
  title: string;
  requirement?: 'standard' | 'required' | 'addressable';
  kind: ControlKind;
  description: string;
  guidance: string;
}

export interface Framework {
  framework: string;
  title: string;
  version: string;
  source: string;
  description: string;
  groups: Array<{ id: string; title: string }>;
  controls: Control[];
}

export const FRAMEWORKS_DIR = join(packageRoot, 'policies', 'frameworks');

/** The built-in catalogs, by framework id, in report order. */
export const BUILTIN_CATALOGS: Readonly<Record<string, string>> = {
  hipaa: 'hipaa-security.yaml',
  gdpr: 'gdpr.yaml',
};

let schemaValidator: ReturnType<typeof compile<Framework>> | undefined;

function validator(): ReturnType<typeof compile<Framework>> {
  if (!schemaValidator) {
    const schema = JSON.parse(readFileSync(join(FRAMEWORKS_DIR, 'framework.schema.json'), 'utf8')) as Record<string, unknown>;
    schemaValidator = compile<Framework>(schema);
  }
  return schemaValidator;
}

/**
 * Parses and validates one catalog: schema, unique ids, and group/parent joins.
 * `builtIn`: a catalog shipped in policies/frameworks/, whose schema validity
 * test/controls/catalog-data.test.ts asserts: the schema is not checked again
 * at every scan (compiling its validator costs 60–80 ms of a cold process);
 * ids and joins still are.
 */
export function parseCatalog(text: string, source: string, builtIn = false): Framework {
  let docs: unknown[];
  try {
    docs = loadAll(text);
  } catch (error) {
    throw new CatalogError(`${source} is not valid YAML: ${String((error as Error).message).split('\n')[0]}`);
  }
  const value = docs[0] as Framework;
  if (docs.length !== 1) throw new CatalogError(`invalid control catalog ${source}: expected one YAML document`);
  if (!builtIn) {
    const validate = validator();
    if (!validate(value)) throw new CatalogError(`invalid control catalog ${source}: ${formatErrors(validate.errors).join('; ')}`);
  }
  return checkJoins(value, source);
}

/** Unique control ids, and every group and parent a control names exists. */
function checkJoins(value: Framework, source: string): Framework {
  const problems: string[] = [];
  const ids = new Set<string>();
  const groups = new Set(value.groups.map((g) => g.id));
  for (const control of value.controls) {
    if (ids.has(control.id)) problems.push(`duplicate control id ${control.id}`);
    ids.add(control.id);
    if (!groups.has(control.group)) problems.push(`${control.id}: unknown group ${control.group}`);
  }
  for (const control of value.controls) {
    if (control.parent !== undefined && !ids.has(control.parent)) problems.push(`${control.id}: unknown parent ${control.parent}`);
  }
  if (problems.length > 0) throw new CatalogError(`invalid control catalog ${source}: ${problems.join('; ')}`);
  return value;
}

/**
 * policies/bundle/catalogs.json, written by `npm run policies:build`: each
 * built-in catalog already parsed and schema-validated, with the SHA-256 of
 * the YAML it came from. Parsing the two YAML files took 30–40 ms of every
 * cold scan; JSON takes about 1 ms.
 */
export const COMPILED_CATALOGS_FILE = join(packageRoot, 'policies', 'bundle', 'catalogs.json');

export interface CompiledCatalog {
  /** The YAML file, relative to the package root. */
  source: string;
  /** SHA-256 of its text (UTF-8). */
  sha256: string;
  framework: Framework;
}

export interface CompiledCatalogs {
  schemaVersion: 1;
  catalogs: Record<string, CompiledCatalog>;
}

/** What `npm run policies:build` writes to {@link COMPILED_CATALOGS_FILE}: the YAML catalogs parsed, fully validated. */
export function compileCatalogs(readText: (file: string) => string = (file) => readFileSync(join(FRAMEWORKS_DIR, file), 'utf8')): CompiledCatalogs {
  const catalogs: Record<string, CompiledCatalog> = {};
  for (const [id, file] of Object.entries(BUILTIN_CATALOGS)) {
    const text = readText(file);
    const source = `policies/frameworks/${file}`;
    catalogs[id] = { source, sha256: sha256(text), framework: parseCatalog(text, source) };
  }
  return { schemaVersion: 1, catalogs };
}

let compiledCatalogs: Record<string, CompiledCatalog> | null | undefined;

function compiledCatalog(id: string): CompiledCatalog | undefined {
  if (compiledCatalogs === undefined) {
    try {
      const value = JSON.parse(readFileSync(COMPILED_CATALOGS_FILE, 'utf8')) as Partial<CompiledCatalogs>;
      compiledCatalogs = value.schemaVersion === 1 && typeof value.catalogs === 'object' && value.catalogs !== null ? value.catalogs : null;
    } catch {
      compiledCatalogs = null;
    }
  }
  return compiledCatalogs?.[id];
}

/**
 * A built-in catalog from its YAML text: the compiled copy when its digest is
 * that of the text (a YAML edited since the last `policies:build` is parsed
 * again, so the catalog is never stale), else the YAML parsed. Ids and joins
 * are checked either way.
 */
export function builtInCatalog(text: string, source: string, compiled: CompiledCatalog | undefined): Framework {
  if (compiled !== undefined && compiled.sha256 === sha256(text)) return checkJoins(compiled.framework, source);
  return parseCatalog(text, source, true);
}

const cache = new Map<string, Framework>();

/** Loads a built-in catalog by framework id (cached). */
export function loadFramework(id: string): Framework {
  const cached = cache.get(id);
  if (cached) return cached;
  const file = BUILTIN_CATALOGS[id];
  if (file === undefined) throw new CatalogError(`unknown framework ${id}`, `known frameworks: ${Object.keys(BUILTIN_CATALOGS).join(', ')}`);
  const framework = builtInCatalog(readFileSync(join(FRAMEWORKS_DIR, file), 'utf8'), `policies/frameworks/${file}`, compiledCatalog(id));
  if (framework.framework !== id) throw new CatalogError(`policies/frameworks/${file} declares framework ${framework.framework}, expected ${id}`);
  cache.set(id, framework);
  return framework;
}
