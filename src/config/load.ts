import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { loadAll } from 'js-yaml';
import type { Severity } from '../checks/metadata.js';
import type { ClassifierOptions } from '../engine/code/data-classifier.js';
import { ConfigError } from '../errors.js';
import { compile, formatErrors } from '../json-schema.js';
import schema from './config.schema.json' with { type: 'json' };

/** The `.evident.yml` file, as written by the user (validated by config.schema.json). */
export interface ConfigFile {
  /** Built-in (`hipaa`, `gdpr`) and custom framework ids. */
  frameworks?: string[];
  failOn?: Severity | 'none';
  /** `<framework>:<control id>` entries that fail the scan when the control fails. */
  failOnControls?: string[];
  exclude?: string[];
  maxFileSize?: number;
  /** Analyse JS/TS test code (test folders, `*.test.*`, `*.spec.*`) too; default false: skipped and listed. */
  includeTests?: boolean;
  /** Worker threads for the source-code analysis: a number (1 = none) or `auto` (the default). */
  jobs?: number | 'auto';
  checks?: { disable?: string[] };
  /** Paths relative to the scan root. */
  waivers?: string;
  attestations?: string;
  baseline?: string;
  customFrameworks?: Array<{ catalog: string; mapping: string }>;
  /** GDPR settings: `allowedRegions` is the data-residency allow-list of cloud regions (Chapter V transfers). */
  gdpr?: { allowedRegions?: string[] };
  /** Configuration of the sensitive-data classifier of the source-code rules (`extraNames`, `ignoreNames`). */
  classifier?: ClassifierOptions;
}

export interface LoadedConfig {
  /** The file the config came from, or undefined when none was found. */
  path: string | undefined;
  config: ConfigFile;
}

export const CONFIG_FILE_NAMES = ['.evident.yml', '.evident.yaml'] as const;

let configValidator: ReturnType<typeof compile<ConfigFile>> | undefined;

/** The config file's validator, compiled on first use (a scan without a config file never needs it). */
function validator(): ReturnType<typeof compile<ConfigFile>> {
  configValidator ??= compile<ConfigFile>(schema as Record<string, unknown>);
  return configValidator;
}

/**
 * Loads the config: `explicitPath` when given (it must exist), otherwise the
 * first of `.evident.yml`/`.evident.yaml` in the scan root, otherwise an
 * empty config. Throws ConfigError with the JSON path of every problem.
 */
export function loadConfig(root: string, explicitPath?: string): LoadedConfig {
  let path: string | undefined;
  if (explicitPath !== undefined) {
    path = resolve(explicitPath);
    if (!existsSync(path)) {
      throw new ConfigError(`config file not found: ${explicitPath}`, 'check the --config path');
    }
  } else {
    path = CONFIG_FILE_NAMES.map((name) => join(root, name)).find((p) => existsSync(p));
  }
  if (path === undefined) return { path: undefined, config: {} };
  const shown = displayPath(path);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new ConfigError(`cannot read config file ${shown}: ${(error as Error).message}`);
  }
  return { path, config: parseConfig(text, shown) };
}

/** Parses and validates config text; `source` names it in messages. */
export function parseConfig(text: string, source: string): ConfigFile {
  let documents: unknown[];
  try {
    documents = loadAll(text);
  } catch (error) {
    const first = String((error as Error).message).split('\n')[0];
    throw new ConfigError(`${source} is not valid YAML: ${first}`);
  }
  if (documents.length > 1) throw new ConfigError(`${source} must hold one YAML document, found ${documents.length}`);
  const value = documents[0] ?? {};
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new ConfigError(`${source} must be a mapping of settings`, 'see the README section "Configuration"');
  }
  const validate = validator();
  if (!validate(value)) {
    const problems = formatErrors(validate.errors);
    throw new ConfigError(
      `invalid config ${source}: ${problems.join('; ')}`,
      'see the README section "Configuration" for the allowed keys',
    );
  }
  return value;
}

function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? path : rel;
}
