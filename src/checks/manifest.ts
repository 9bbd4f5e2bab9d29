import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { CheckMeta } from './metadata.js';

/** policies/bundle/manifest.json: what was compiled into policy.wasm, and from what. */
export interface BundleManifest {
  schemaVersion: 1;
  /** The wasm entrypoint that returns every finding of a document. */
  entrypoint: string;
  /**
   * The wasm entrypoint that returns the findings of one check (`input.__check__`, its package
   * name): what the scanner falls back to when evaluating every check together fails.
   */
  checkEntrypoint: string;
  opaVersion: string;
  /** `optimizer`: the binaryen wasm-opt pass and version the wasm went through after `opa build`. */
  wasm: { file: string; sha256: string; optimizer?: string };
  /** SHA-256 of every Rego source compiled into the bundle (tests excluded), by path relative to the package root. */
  sources: Record<string, string>;
  /**
   * Check metadata, extracted from the sources' # METADATA, sorted by id.
   * `triggers`: the resource types without which the check cannot report
   * anything, derived from its code (src/checks/triggers.ts); the entrypoint
   * evaluates the check only on documents that have one. Absent: evaluated on
   * every document of its input type.
   */
  checks: Array<CheckMeta & { key: string; source: string; triggers?: string[] }>;
}

export const ENTRYPOINT = 'evident/main/findings';
export const CHECK_ENTRYPOINT = 'evident/main/check_findings';

/** Key order of check metadata in the manifest (the schema's order), for byte-stable output. */
const META_KEYS: ReadonlyArray<keyof CheckMeta> = [
  'id', 'slug', 'title', 'description', 'severity', 'remediation', 'selector',
  'controls', 'rationale', 'references', 'aliases', 'deprecated',
];

export function orderMeta<T extends CheckMeta>(meta: T): T {
  const out: Record<string, unknown> = {};
  for (const key of META_KEYS) if (meta[key] !== undefined) out[key] = meta[key];
  for (const [key, value] of Object.entries(meta)) if (!(key in out)) out[key] = value;
  return out as T;
}

export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** Every `.rego` file under `dir` that is compiled into the bundle (not `_test.rego`), sorted, relative to `base`, POSIX. */
export function regoSources(dir: string, base: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.rego') && !entry.name.endsWith('_test.rego')) out.push(relative(base, full).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

/** Digests of the Rego sources, as recorded in the manifest. */
export function sourceDigests(policiesDir: string, base: string): Record<string, string> {
  const digests: Record<string, string> = {};
  for (const path of regoSources(policiesDir, base)) digests[path] = sha256(readFileSync(join(base, path)));
  return digests;
}
